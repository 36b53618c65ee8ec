"""The ICCMA 2023 framework format: ``p af N``, then one ``i j`` line per attack.

Arguments are the numbers 1..N (named ``"1"``..``"N"``); lines starting with ``#`` are
comments. To keep arbitrary names, [`dumps`][] writes the numbered file and the mapping as
comments ``# name <i> <JSON string>``, which ICCMA solvers ignore and [`loads`][] reads back.

>>> text = "p af 3\\n# a comment\\n1 2\\n2 3\\n"
>>> af = loads(text)
>>> af.arguments, af.attacks
(('1', '2', '3'), (('1', '2'), ('2', '3')))
>>> print(dumps(af), end="")
p af 3
1 2
2 3
"""

from __future__ import annotations

import json
import re
from itertools import repeat
from operator import sub
from typing import Any

from argmap._collector import collector_paused
from argmap._messages import quoted
from argmap.semantics import _vectorised
from argmap.semantics._files import file_functions, tokens
from argmap.semantics._reading import prepared
from argmap.semantics.errors import FrameworkError, FrameworkFormatError
from argmap.semantics.framework import ArgumentationFramework

__all__ = ["dump", "dumps", "load", "loads"]

_NAME_COMMENT = "# name "

MAX_ARGUMENTS = 50_000_000
"""The most arguments a header may declare: ``p af N`` makes N names before any attack line
is read, so a 19-byte file could otherwise ask for all the memory there is."""


def _number(word: str) -> int | None:
    """The value of a word of ASCII digits (``str.isdigit`` also takes ``²``), else None.

    Words longer than 19 digits count as larger than any framework may be.
    """
    if not (word.isascii() and word.isdigit()):
        return None
    return int(word) if len(word) <= 19 else MAX_ARGUMENTS + 1


def loads(text: str, *, filename: str | None = None) -> ArgumentationFramework:
    """Read a framework from ICCMA 2023 text.

    Args:
        text: the file's text.
        filename: the file name for error messages.

    Raises:
        FrameworkFormatError: no ``p af N`` header, a malformed line, an argument number
            outside 1..N, or a broken name comment; the message gives file:line:column.
    """

    text = prepared(text, filename)
    with collector_paused():
        try:
            framework = _loads_fast(text)
        except FrameworkError:  # a name given twice: the line-by-line reader says where
            framework = None
    if framework is not None:
        return framework

    return _LineReader(filename).read(text)


class _LineReader:
    """The checked reader, a line at a time: slower than `_loads_fast`, it words each
    error with the line and column."""

    def __init__(self, filename: str | None) -> None:
        self.filename = filename
        self.size: int | None = None
        self.edges: list[tuple[int, int]] = []
        self.names: dict[int, str] = {}
        self.named: dict[str, int] = {}

    def fail(self, message: str, line: int, column: int | None = None) -> FrameworkFormatError:
        return FrameworkFormatError(message, file=self.filename, line=line, column=column)

    def read(self, text: str) -> ArgumentationFramework:
        for number, line in enumerate(text.splitlines(), start=1):
            stripped = line.strip()
            if stripped.startswith(_NAME_COMMENT):
                self.name_comment(stripped, number)
            elif not stripped or stripped.startswith("#"):
                continue
            elif self.size is None:
                self.header(line, number)
            else:
                self.attack(line, number)
        return self.framework()

    def name_comment(self, stripped: str, number: int) -> None:
        if self.size is None:
            raise self.fail("a name comment before the 'p af N' header", number, 1)
        try:
            index, name = _parse_name(stripped, self.size)
        except ValueError as error:
            raise self.fail(str(error), number) from None
        if index in self.names:
            raise self.fail(f"argument {index} is named twice", number)
        if name in self.named:
            other = self.named[name]
            raise self.fail(
                f"argument {index} is named {quoted(name)}, as argument {other} is", number
            )
        self.names[index] = name
        self.named[name] = index

    def header(self, line: str, number: int) -> None:
        words = line.split()
        declared = _number(words[2]) if len(words) == 3 else None
        if words[:2] != ["p", "af"] or declared is None:
            raise self.fail(
                f"expected the header 'p af N' first, got {quoted(line.strip())}", number, 1
            )
        if declared > MAX_ARGUMENTS:
            raise self.fail(
                f"the header declares more than {MAX_ARGUMENTS:,} arguments, the most argmap reads",
                number,
                1,
            )
        self.size = declared

    def attack(self, line: str, number: int) -> None:
        words = tokens(line)
        size = self.size
        assert size is not None
        if words[0][0] == "p":
            raise self.fail("a second 'p af' header", number, 1)
        if len(words) != 2:
            got = quoted(line.strip())
            raise self.fail(f"expected an attack 'i j' (two numbers), got {got}", number, 1)
        pair = []
        for token, column in words:
            value = _number(token)
            if value is None or not 1 <= value <= size:
                raise self.fail(
                    f"argument {quoted(token)} is not a number in 1..{size}", number, column
                )
            pair.append(value - 1)
        self.edges.append((pair[0], pair[1]))

    def framework(self) -> ArgumentationFramework:
        size, names = self.size, self.names
        if size is None:
            raise self.fail("no 'p af N' header: the file declares no arguments", 1, 1)
        if names and len(names) != size:
            missing = min(set(range(1, size + 1)) - set(names))
            raise self.fail(
                f"name comments name {len(names)} of {size} arguments; {missing} has none", 1
            )
        arguments = (
            [names[i] for i in range(1, size + 1)] if names else map(str, range(1, size + 1))
        )
        return ArgumentationFramework.from_indices(arguments, self.edges)


_COMMENT_LINE = re.compile(r"^[ \t]*#[^\n]*\n?", re.MULTILINE)
_BLANK_LINE = re.compile(r"^[ \t\r\f\v]*\n", re.MULTILINE)


def _loads_fast(text: str) -> ArgumentationFramework | None:
    """Read a well-formed file in bulk (whole-text splits, no per-line loop), else None.

    Anything unusual (a header not on the first line, a bad token, a number out of range, a
    broken name comment) returns None, and the line-by-line reader then reports it exactly.
    """
    header, _, body = text.partition("\n")
    words = header.split()
    size = _number(words[2]) if len(words) == 3 and words[:2] == ["p", "af"] else None
    if size is None or size > MAX_ARGUMENTS:
        return None
    names: dict[int, str] = {}
    if "#" in body:
        for comment in _COMMENT_LINE.findall(body):
            stripped = comment.strip()
            if stripped.startswith(_NAME_COMMENT):
                try:
                    index, name = _parse_name(stripped, size)
                except ValueError:
                    return None
                if names.setdefault(index, name) is not name:
                    return None
        body = _COMMENT_LINE.sub("", body)
        if "#" in body or (names and len(names) != size):
            return None
    if _vectorised.AVAILABLE and size >= _vectorised.MIN_ARGUMENTS:
        columns = _vectorised.attack_columns(body, size)
        if columns is not None:
            return _numbered(size, names, None, None, columns)
    if _BLANK_LINE.search(body):
        body = _BLANK_LINE.sub("", body)
    # Each line must be exactly two tokens: mark line ends and check every third token.
    cells = body.replace("\n", " ; ").split()
    if cells and cells[-1] != ";":
        cells.append(";")
    ends = cells[2::3]
    firsts, seconds = cells[0::3], cells[1::3]
    if len(cells) % 3 or ends.count(";") != len(ends) or not _all_digits(firsts, seconds):
        return None
    widest = len(str(size))
    if firsts and max(max(map(len, firsts)), max(map(len, seconds))) > widest:
        return None  # a number too long to be in range (or to convert)
    sources = list(map(sub, map(int, firsts), repeat(1)))
    targets = list(map(sub, map(int, seconds), repeat(1)))
    if sources and not (
        min(sources) >= 0 <= min(targets) and max(max(sources), max(targets)) < size
    ):
        return None
    return _numbered(size, names, sources, targets)


def _numbered(
    size: int,
    names: dict[int, str],
    sources: list[int] | None,
    targets: list[int] | None,
    arrays: tuple[Any, Any] | None = None,
) -> ArgumentationFramework:
    """Make the framework of numbered arguments 1..size (or their name comments), from the
    attack columns as lists or, from the numpy reader, as ``arrays``."""
    if names:
        arguments = tuple(names[i] for i in range(1, size + 1))
        return ArgumentationFramework._from_columns(arguments, sources, targets, arrays=arrays)
    return ArgumentationFramework._from_columns(size, sources, targets, arrays=arrays)


def _all_digits(*columns: list[str]) -> bool:
    """Tell whether every token is made of ASCII digits only (one check per column)."""
    joined = ["".join(column) for column in columns]
    return all(text.isascii() and text.isdigit() for text in joined if text)


def _parse_name(comment: str, size: int) -> tuple[int, str]:
    """Read one ``# name <i> <JSON string>`` comment; ``ValueError`` says what is wrong."""
    number, _, written = comment[len(_NAME_COMMENT) :].partition(" ")
    index = _number(number)
    if index is None or not 1 <= index <= size:
        raise ValueError(f"name comment for {quoted(number)}, not a number in 1..{size}")
    try:
        name = json.loads(written)
    except (ValueError, RecursionError):
        name = None
    if not isinstance(name, str):
        raise ValueError(
            f"name comment: expected a JSON string after {number}, got {quoted(written)}"
        )
    return index, name


def dumps(af: ArgumentationFramework) -> str:
    """Write a framework as ICCMA 2023 text (arguments numbered in their order).

    Names other than ``"1"``..``"N"`` go into ``# name`` comments.

    >>> af = ArgumentationFramework(arguments=["x", "y"], attacks=[("y", "x")])
    >>> print(dumps(af), end="")
    p af 2
    # name 1 "x"
    # name 2 "y"
    2 1
    >>> loads(dumps(af)) == af
    True
    """
    lines = [f"p af {len(af)}"]
    if af.arguments != tuple(str(i) for i in range(1, len(af) + 1)):
        lines += [
            f"{_NAME_COMMENT}{i} {json.dumps(name)}" for i, name in enumerate(af.arguments, 1)
        ]
    number = af.index
    lines += [f"{number(a) + 1} {number(b) + 1}" for a, b in af.attacks]
    return "\n".join(lines) + "\n"


load, dump = file_functions(loads, dumps, "ICCMA 2023")
