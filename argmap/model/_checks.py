"""Field validators and converters shared by the model's element classes."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from enum import StrEnum
from typing import Any, TypeVar

from argmap._ascii import made_of
from argmap._messages import quoted
from argmap.exceptions import ModelError

E = TypeVar("E", bound=StrEnum)

_ID = re.compile(r"[^\s\x00-\x1f\x7f\ud800-\udfff]+")
_BAD_TEXT = re.compile(r"[\x00\ud800-\udfff]")
_ID_ASCII = bytes(range(0x21, 0x7F))
"""The ASCII characters `_ID` allows (printable, not the space), for `argmap._ascii.made_of`."""


def unwritable(value: str) -> str | None:
    """The first character of ``value`` that no file format can carry (a NUL, a lone
    surrogate, which UTF-8 cannot encode), or None.

    >>> unwritable("ok"), unwritable("bad\\ud800")
    (None, '\\ud800')
    """
    bad = _BAD_TEXT.search(value)
    return bad.group() if bad else None


def all_ids(values: list[str]) -> bool:
    """Whether every string of ``values`` is an id [`check_id`][] accepts, in a few C passes.

    An ASCII id is one of printable characters other than the space; others go through the
    regular expression ``check_id`` uses.

    >>> all_ids(["c1", "arg-2"]), all_ids(["c1", ""]), all_ids(["a b"]), all_ids(["é\\u2003"])
    (True, False, False, False)
    """
    if not all(values):
        return False
    joined = "".join(values)  # each is non-empty, and every character must be allowed
    if joined.isascii():  # a flag of the string: deleting the allowed bytes leaves none
        return made_of(joined, _ID_ASCII)
    return bool(_ID.fullmatch(joined))


def all_writable(values: list[str]) -> bool:
    """Whether no string of ``values`` holds a character [`unwritable`][] names.

    >>> all_writable(["ok", "é"]), all_writable(["ok", "a\\x00"]), all_writable(["\\ud800"])
    (True, False, False)
    """
    joined = "".join(values)
    if joined.isascii():
        return "\x00" not in joined
    return _BAD_TEXT.search(joined) is None


def check_id(instance: Any, attribute: Any, value: str) -> None:
    """Refuse ids that are empty, not strings, or contain white space or control characters."""
    if not isinstance(value, str) or not _ID.fullmatch(value):
        raise ModelError(
            f"{_owner(instance)}.{attribute.name}: expected an id (a non-empty string without "
            f"spaces, control characters or lone surrogates), got {quoted(value)}"
        )


def check_text(instance: Any, attribute: Any, value: str) -> None:
    """Refuse text that is not a string, blank, or holds a NUL or a lone surrogate."""
    if not isinstance(value, str):
        raise ModelError(f"{_owner(instance)}.{attribute.name}: expected text, got {quoted(value)}")
    if not value.strip():
        raise ModelError(f"{_owner(instance)}.{attribute.name}: must not be empty")
    check_optional_text(instance, attribute, value)


def check_optional_text(instance: Any, attribute: Any, value: str | None) -> None:
    """Like [`check_text`][] for optional fields, where ``None`` is fine but blank text is not."""
    if value is None:
        return
    if not isinstance(value, str):
        raise ModelError(f"{_owner(instance)}.{attribute.name}: expected text, got {quoted(value)}")
    bad = unwritable(value)
    if bad:
        raise ModelError(
            f"{_owner(instance)}.{attribute.name}: holds the character {bad!r}, "
            "which no file format can carry"
        )


def check_optional_id(instance: Any, attribute: Any, value: str | None) -> None:
    """Like [`check_id`][], where ``None`` is fine."""
    if value is not None:
        check_id(instance, attribute, value)


def check_ids(instance: Any, attribute: Any, value: tuple[str, ...]) -> None:
    """Check every id of a tuple of ids."""
    for item in value:
        check_id(instance, attribute, item)


def check_texts(instance: Any, attribute: Any, value: tuple[str, ...]) -> None:
    """Check every text of a tuple of texts."""
    for item in value:
        check_text(instance, attribute, item)


def to_tuple(value: Iterable[Any] | str) -> tuple[Any, ...]:
    """Turn a list (or a single string) into a tuple, so frozen elements stay hashable."""
    if isinstance(value, str):
        return (value,)
    return tuple(value)


def enum_converter(enum: type[E]) -> Callable[[Any], E]:
    """A converter that accepts an enum member or its string value, with a clear error."""

    def convert(value: Any) -> E:
        if isinstance(value, enum):
            return value
        try:
            return enum(value)
        except ValueError:
            choices = ", ".join(member.value for member in enum)
            raise ModelError(
                f"{quoted(value)} is not a {enum.__name__}; expected one of: {choices}"
            ) from None

    return convert


def optional_enum_converter(enum: type[E]) -> Callable[[Any], E | None]:
    """Like [`enum_converter`][], letting ``None`` through."""
    convert = enum_converter(enum)

    def convert_optional(value: Any) -> E | None:
        return None if value is None else convert(value)

    return convert_optional


def _owner(instance: Any) -> str:
    element_id = getattr(instance, "id", None)
    name = type(instance).__name__
    return f"{name} {element_id!r}" if isinstance(element_id, str) else name
