"""Limits that keep hostile text from hanging the text readers (Argdown, Kialo) or escaping them.

Three holes are closed here, once for both readers:

* a lone surrogate (``"\\ud800"``) cannot be written as UTF-8, so it is refused where it stands;
* YAML aliases can make a 300-byte mapping stand for 10**9 values ("billion laughs"): a value
  is walked with a budget of at most one value per character of its source (plus a little), so
  the expansion stays linear, and a value over budget is refused;
* numbers of more than 4,300 digits (Python's ``int()`` limit) and other conversion errors
  become a located [`DocumentError`][], quoting a short prefix only.

>>> bounded({"a": [1, 2, "x"]}, budget=10)
>>> bounded({"a": ["\\ud800"]}, budget=10)
'holds a lone surrogate (U+D800), which UTF-8 cannot carry'
>>> bounded([[1, 2, 3]] * 5, budget=10)
'expands to more than 10 values (YAML aliases?)'
>>> short("x" * 100)
'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx...'
"""

from __future__ import annotations

import re
from typing import Any

from argmap.exceptions import DocumentError

__all__ = ["EXTRA_VALUES", "MESSAGE_LIMIT", "bounded", "check_surrogates", "short", "shorten"]

EXTRA_VALUES = 1_000
"""Values a mapping may hold beyond one per character of its source."""

MESSAGE_LIMIT = 300
"""The longest message (in characters) a reader quotes from an error it turns into its own."""

_SURROGATE = re.compile("[\ud800-\udfff]")


def _surrogate(text: str) -> str | None:
    found = _SURROGATE.search(text)
    if found is None:
        return None
    return f"holds a lone surrogate (U+{ord(found.group()):04X}), which UTF-8 cannot carry"


def check_surrogates(text: str, *, file: str | None, first_line: int = 1) -> None:
    """Refuse text holding a lone surrogate, naming its line (text read from a file has none).

    Raises:
        DocumentError: at the first lone surrogate.

    >>> check_surrogates("a\\nb \\udc80", file="x.argdown")
    Traceback (most recent call last):
    ...
    argmap.exceptions.DocumentError: x.argdown:2: the text holds a lone surrogate (U+DC80), \
which UTF-8 cannot carry

    Quick when there is none: ASCII text holds none (``isascii`` is free), and text that UTF-8
    can encode holds none (encoding it is about three times as fast as searching it).
    """
    if text.isascii():
        return
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate, the only code point UTF-8 cannot encode
        found = _SURROGATE.search(text)
        if found is not None:
            line = first_line + text.count("\n", 0, found.start())
            raise DocumentError(
                f"the text {_surrogate(found.group())}", file=file, line=line
            ) from None


def bounded(value: Any, *, budget: int) -> str | None:
    """What is wrong with a parsed YAML value, or ``None``: too many values, a lone surrogate.

    Shared sub-values (YAML aliases) count every time they appear, so the walk itself stops
    after ``budget`` values, however far the value would expand.
    """
    stack = [value]
    seen = 0
    while stack:
        item = stack.pop()
        seen += 1
        if seen > budget:
            return f"expands to more than {budget} values (YAML aliases?)"
        if isinstance(item, str):
            problem = _surrogate(item)
            if problem:
                return problem
        elif isinstance(item, dict):
            stack.extend(item.keys())
            stack.extend(item.values())
        elif isinstance(item, list | tuple | set):
            stack.extend(item)
    return None


def short(text: str, limit: int = 60) -> str:
    """The text, or its first ``limit - 3`` characters and ``...``: for quoting in errors."""
    return text if len(text) <= limit else text[: limit - 3] + "..."


def shorten(error: BaseException) -> str:
    """An error's message on one line, cut to [`MESSAGE_LIMIT`][] characters.

    >>> shorten(ValueError("while parsing\\n  in line 1"))
    'while parsing in line 1'
    """
    return short(" ".join(str(error).split()), MESSAGE_LIMIT)
