"""What an article's first lines say about it: a headline, a byline, a date.

>>> header = read_header("Labour split\\n\\nBy Ann Lee\\n17 May 2010\\n\\nMr X said ...")
>>> header.title, header.author, header.date
('Labour split', 'Ann Lee', '2010-05-17')
>>> read_header("A long first paragraph, which is a sentence of the report itself.").title is None
True
"""

from __future__ import annotations

import datetime
import re

from attrs import frozen

__all__ = ["Header", "parse_date", "read_header"]

_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ),
        start=1,
    )
    for name in names
}
_WEEKDAY = r"(?:(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)[a-z]*,?\s+)?"
_DAY_MONTH_YEAR = re.compile(_WEEKDAY + r"(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]+)\.?,?\s+(\d{4})")
_MONTH_DAY_YEAR = re.compile(_WEEKDAY + r"([A-Za-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})")
_ISO = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_BYLINE = re.compile(r"^(?:By|BY)\s+([A-Z][\w’'.\-]*(?:\s+(?:[A-Z][\w’'.\-]*|and|de|van))*)")


@frozen(kw_only=True)
class Header:
    """What the first lines give, each None when they do not give it."""

    title: str | None = None
    author: str | None = None
    date: str | None = None
    lines: int = 0


def read_header(text: str) -> Header:
    """Read a headline (a short first line with no full stop), a byline and a date line.

    Args:
        text: the article.

    Returns:
        What the first lines give; ``lines`` counts the lines that were taken as header.
    """
    lines = [line.strip() for line in text.splitlines()]
    content = [(i, line) for i, line in enumerate(lines) if line][:4]
    title = author = date = None
    used = 0
    for position, (index, line) in enumerate(content):
        if position == 0 and _is_headline(line) and len(content) > 1:
            title, used = line, index + 1
            continue
        byline = _BYLINE.match(line)
        if byline is not None and author is None and len(line.split()) <= 8:
            author, used = byline.group(1), index + 1
            continue
        found = parse_date(line) if len(line.split()) <= 8 else None
        if found is not None and date is None:
            date, used = found, index + 1
            continue
        break
    return Header(title=title, author=author, date=date, lines=used)


def _is_headline(line: str) -> bool:
    return (
        len(line.split()) <= 16
        and not line.endswith((".", ",", ";", ":"))
        and (line[:1].isupper() or line[:1] in "“‘\"'")
    )


def parse_date(line: str) -> str | None:
    """An ISO date (``YYYY-MM-DD``) from a line that holds one, else None.

    >>> parse_date("Monday 17 May 2010 19.30 BST"), parse_date("May 17, 2010"), parse_date("soon")
    ('2010-05-17', '2010-05-17', None)
    """
    iso = _ISO.search(line)
    if iso is not None:
        return _valid(int(iso.group(1)), int(iso.group(2)), int(iso.group(3)))
    match = _DAY_MONTH_YEAR.search(line)
    if match is not None and match.group(2).lower() in _MONTHS:
        return _valid(int(match.group(3)), _MONTHS[match.group(2).lower()], int(match.group(1)))
    match = _MONTH_DAY_YEAR.search(line)
    if match is not None and match.group(1).lower() in _MONTHS:
        return _valid(int(match.group(3)), _MONTHS[match.group(1).lower()], int(match.group(2)))
    return None


def _valid(year: int, month: int, day: int) -> str | None:
    try:
        return datetime.date(year, month, day).isoformat()
    except ValueError:
        return None
