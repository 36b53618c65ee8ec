"""Reading and writing framework files (shared by the ICCMA, ASPARTIX, TGF modules).

Files are written by argmap's one writer,
[`argmap._atomic.write_atomic`][argmap._atomic.write_atomic].
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from argmap._atomic import write_atomic
from argmap.semantics.errors import FrameworkFormatError

if TYPE_CHECKING:
    from argmap.semantics.framework import ArgumentationFramework

Loads = Callable[..., "ArgumentationFramework"]
Load = Callable[[str | os.PathLike[str]], "ArgumentationFramework"]
Dump = Callable[["ArgumentationFramework", str | os.PathLike[str]], None]

__all__ = ["file_functions", "read_text", "tokens"]

_WORD = re.compile(r"\S+")


def tokens(line: str) -> list[tuple[str, int]]:
    """Split a line at whitespace into (token, 1-based column) pairs.

    >>> tokens("  1 22")
    [('1', 3), ('22', 5)]
    """
    return [(match.group(), match.start() + 1) for match in _WORD.finditer(line)]


def read_text(path: str | os.PathLike[str]) -> str:
    """Return a UTF-8 file's text (argmap's one file reader,
    [`argmap.files.read_text`][argmap.files.read_text]).

    Raises:
        FrameworkFormatError: the file cannot be read or is not UTF-8.
    """
    from argmap.files import read_text as read_file

    return read_file(path, error=FrameworkFormatError)[0]


def file_functions(
    loads: Loads, dumps: Callable[[ArgumentationFramework], str], format_name: str
) -> tuple[Load, Dump]:
    """Make a format module's ``load(path)`` and ``dump(af, path)`` from its text functions."""

    def load(path: str | os.PathLike[str]) -> ArgumentationFramework:
        return loads(read_text(path), filename=str(path))

    def dump(af: ArgumentationFramework, path: str | os.PathLike[str]) -> None:
        write_atomic(path, dumps(af))

    load.__doc__ = f"""Read a {format_name} file.

    Raises:
        FrameworkFormatError: the file cannot be read or is malformed.
    """
    dump.__doc__ = f"""Write a {format_name} file (to a temporary file, renamed at the end).

    Raises:
        FrameworkFormatError: the framework cannot be expressed in {format_name}.
        OutputError: the file cannot be written (read-only, or its folder is missing).
    """
    for function in (load, dump):
        function.__module__ = loads.__module__
        function.__qualname__ = function.__name__
    return load, dump
