"""Reading and atomically writing framework files (shared by the ICCMA, ASPARTIX, TGF modules)."""

from __future__ import annotations

import os
import re
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from argmap.semantics.errors import FrameworkFormatError

if TYPE_CHECKING:
    from argmap.semantics.framework import ArgumentationFramework

Loads = Callable[..., "ArgumentationFramework"]
Load = Callable[[str | os.PathLike[str]], "ArgumentationFramework"]
Dump = Callable[["ArgumentationFramework", str | os.PathLike[str]], None]

__all__ = ["file_functions", "read_text", "tokens", "write_atomic"]

_WORD = re.compile(r"\S+")


def tokens(line: str) -> list[tuple[str, int]]:
    """Split a line at whitespace into (token, 1-based column) pairs.

    >>> tokens("  1 22")
    [('1', 3), ('22', 5)]
    """
    return [(match.group(), match.start() + 1) for match in _WORD.finditer(line)]


def read_text(path: str | os.PathLike[str]) -> str:
    """Return a UTF-8 file's text.

    Raises:
        FrameworkFormatError: the file cannot be read or is not UTF-8.
    """
    try:
        return Path(path).read_text(encoding="utf-8")
    except UnicodeDecodeError as error:
        raise FrameworkFormatError(
            f"not UTF-8 text (byte {error.start}): save the file as UTF-8", file=str(path)
        ) from None
    except OSError as error:
        raise FrameworkFormatError(f"cannot read: {error.strerror}", file=str(path)) from None


def write_atomic(path: str | os.PathLike[str], text: str) -> None:
    """Write ``text`` to a temporary file beside ``path``, then rename it over ``path``.

    A reader never sees a half-written file, and a failed write leaves the old file intact.
    """
    target = Path(path)
    handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.")
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
            stream.write(text)
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


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
    """
    for function in (load, dump):
        function.__module__ = loads.__module__
        function.__qualname__ = function.__name__
    return load, dump
