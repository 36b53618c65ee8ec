"""Quoting a user's value in an error message: a short prefix, never the whole value.

A hostile file can hold a megabyte-long name or, in YAML, a "billion laughs" of nested
aliases whose full ``repr`` would take gigabytes; every message quotes through here.

>>> quoted("a" * 100, limit=12)
"'aaaaaaaaa…'"
>>> quoted([[1, 2, 3, 4, 5, 6, 7]] * 50, limit=20)
'[[1, 2, 3, 4, 5, 6,…'
"""

from __future__ import annotations

import reprlib

__all__ = ["place", "quoted"]

_REPR = reprlib.Repr()
_REPR.maxlevel = 3
_REPR.maxlist = _REPR.maxtuple = _REPR.maxdict = _REPR.maxset = 6
_REPR.maxstring = _REPR.maxother = 200


def quoted(value: object, limit: int = 60) -> str:
    """The ``repr`` of ``value``, cut to about ``limit`` characters (nested values too)."""
    if isinstance(value, str):
        return repr(value if len(value) <= limit - 2 else value[: limit - 3] + "…")
    text = _REPR.repr(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def place(text: str, offset: int) -> tuple[int, int]:
    """The 1-based line and column of a character offset in ``text``.

    >>> place("ab\\ncd", 4)
    (2, 2)
    """
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1
