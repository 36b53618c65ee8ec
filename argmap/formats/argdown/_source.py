"""An Argdown text made ready for the line parser: newlines, front matter, comments, YAML.

>>> text, first, front = prepare("===\\ntitle: T\\n===\\n[A]: a // note\\n")
>>> first, front, text.split("\\n")[0].replace(MARK, "_")
(4, 'title: T', '[A]: a _')
"""

from __future__ import annotations

import re
from typing import Any

import yaml

from argmap.exceptions import DocumentError
from argmap.formats._limits import EXTRA_VALUES, bounded, check_surrogates, shorten

__all__ = ["MARK", "load_yaml", "prepare"]

_COMMENT = re.compile(r"(?<!\\)[/<](?:\*.*?\*/|!--.*?-->|/[^\n]*)", re.DOTALL)
# What every comment opener _COMMENT looks for starts with ("/*", "<*", "/!--", "<!--", "//",
# "</"); text without any is left as it is. Two expressions, each with a literal first
# character that the search skips to: ten times faster than six substring searches.
_OPENERS = (re.compile(r"/[*!/]"), re.compile(r"<[*!/]"))
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when PyYAML has it
MARK = "\x01"
"""What stands for each line of a comment: the line is kept, so line numbers stay right."""
_FRONT = re.compile(r"\s*===[ \t]*\n(.*?)\n===[ \t]*(?:\n|$)", re.DOTALL)


def _blank_out(match: re.Match[str]) -> str:
    """Replace a comment by markers, keeping its newlines so line numbers stay right.

    A line that held only a comment is skipped, not read as a blank line ending a block.
    """
    start = match.start()
    if match.group().startswith("//") and start and not match.string[start - 1].isspace():
        return match.group()  # part of a URL such as https://...
    return re.sub(r"[^\n]+", MARK, match.group())


def prepare(text: str, file: str | None = None) -> tuple[str, int, str | None]:
    """The text with newlines made ``\\n``, without its front matter and with its comments
    blanked out; the number of its first line; the front matter's YAML source, if any.

    Raises:
        DocumentError: when the text holds a lone surrogate.
    """
    check_surrogates(text, file=file)
    text = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    first = 1
    source = None
    front = _FRONT.match(text)
    if front:
        first += text.count("\n", 0, front.end())
        source = front.group(1)
        text = text[front.end() :]
    if any(opener.search(text) for opener in _OPENERS):
        text = _COMMENT.sub(_blank_out, text)
    return text, first, source


def load_yaml(source: str, line: int, what: str, file: str | None = None) -> dict[str, Any]:
    """Read a YAML mapping (front matter, inline or inference data) written at ``line``.

    Raises:
        DocumentError: when it is not valid YAML, not a mapping, or too big for its text.
    """
    try:
        value = yaml.load(source, Loader=_LOADER)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        at = line + (mark.line if mark is not None else 0)
        raise DocumentError(
            f"{what} is not valid YAML: {shorten(exc)}", file=file, line=at
        ) from None
    except (ValueError, RecursionError, OverflowError, MemoryError) as exc:
        # int() past 4,300 digits, nesting deeper than the stack...
        raise DocumentError(
            f"{what} cannot be read: {shorten(exc)}", file=file, line=line
        ) from None
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise DocumentError(
            f"{what} must be a YAML mapping, got {type(value).__name__}", file=file, line=line
        )
    problem = bounded(value, budget=len(source) + EXTRA_VALUES)
    if problem is not None:
        raise DocumentError(f"{what} {problem}", file=file, line=line)
    return value
