"""What every framework reader does to its text first: skip a byte order mark, and refuse
characters no file can carry (a NUL, a lone surrogate), naming the line and column.

>>> prepared("\\ufeffp af 1\\n")
'p af 1\\n'
>>> prepared("p af 1\\n# name 1 \\"\\ud800\\"\\n", "x.af")
Traceback (most recent call last):
...
argmap.exceptions.FrameworkFormatError: x.af:2:11: holds the character '\\ud800', \
which no file format can carry
"""

from __future__ import annotations

import re

from argmap._messages import place
from argmap.semantics.errors import FrameworkFormatError

__all__ = ["prepared"]

_UNWRITABLE = re.compile(r"[\x00\ud800-\udfff]")


def prepared(text: str, filename: str | None = None) -> str:
    """Return ``text`` without a leading byte order mark.

    Raises:
        FrameworkFormatError: the text holds a NUL or a lone surrogate (its place is named).
    """
    text = text.removeprefix("\ufeff")
    if text.isascii() and "\x00" not in text:  # no surrogate either: two C scans, no regex
        return text
    bad = _UNWRITABLE.search(text)
    if bad:
        line, column = place(text, bad.start())
        raise FrameworkFormatError(
            f"holds the character {bad.group()!r}, which no file format can carry",
            file=filename,
            line=line,
            column=column,
        )
    return text
