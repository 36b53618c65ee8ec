"""Dates known to a year, a month or a day."""

from __future__ import annotations

import re

from attrs import field, frozen

from argmap.exceptions import ModelError

__all__ = ["PartialDate"]

_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


@frozen(order=True)
class PartialDate:
    """A calendar date with the precision the source gives: a year, a month or a day.

    >>> PartialDate.parse("2010-05")
    PartialDate(year=2010, month=5, day=None)
    >>> str(PartialDate(year=2010, month=5, day=6))
    '2010-05-06'
    >>> PartialDate.parse("2010-02-30")
    Traceback (most recent call last):
    ...
    argmap.exceptions.ModelError: '2010-02-30' is not a date: February 2010 has no day 30
    """

    year: int = field()
    month: int | None = field(default=None)
    day: int | None = field(default=None)

    def __attrs_post_init__(self) -> None:
        _check(self.year, self.month, self.day, str(self))

    @classmethod
    def parse(cls, text: str) -> PartialDate:
        """Read ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``.

        Raises:
            ModelError: the text is not such a date, or names a day the calendar lacks.
        """
        match = _DATE.match(text.strip()) if isinstance(text, str) else None
        if match is None:
            raise ModelError(f"{text!r} is not a date: expected YYYY, YYYY-MM or YYYY-MM-DD")
        year, month, day = (int(g) if g else None for g in match.groups())
        assert year is not None
        _check(year, month, day, text)
        return cls(year=year, month=month, day=day)

    @property
    def precision(self) -> str:
        """``"year"``, ``"month"`` or ``"day"``."""
        if self.day is not None:
            return "day"
        return "month" if self.month is not None else "year"

    def __str__(self) -> str:
        text = f"{self.year:04d}"
        if self.month is not None:
            text += f"-{self.month:02d}"
        if self.day is not None:
            text += f"-{self.day:02d}"
        return text


def _check(year: int, month: int | None, day: int | None, text: str) -> None:
    if not isinstance(year, int) or not 1 <= year <= 9999:
        raise ModelError(f"{text!r} is not a date: the year must be from 1 to 9999")
    if month is None:
        if day is not None:
            raise ModelError(f"{text!r} is not a date: a day needs a month")
        return
    if not 1 <= month <= 12:
        raise ModelError(f"{text!r} is not a date: there is no month {month}")
    if day is not None:
        import calendar  # only a full date needs it (and with it datetime and locale)

        last = calendar.monthrange(year, month)[1]
        if not 1 <= day <= last:
            raise ModelError(
                f"{text!r} is not a date: {calendar.month_name[month]} {year} has no day {day}"
            )


def to_date(value: PartialDate | str | None) -> PartialDate | None:
    """Converter for date fields: accepts a [`PartialDate`][], an ISO string or ``None``."""
    if value is None or isinstance(value, PartialDate):
        return value
    return PartialDate.parse(value)
