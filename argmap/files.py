"""Maps in files: [`load`][] and [`save`][], the format told by the name or the content.

Like `json.load` or networkx's readers, these take a path or an open file; the format is
told by the file name (``map.yaml``, ``debate.aif.json``, ``map.svg``) or, when the name does not
settle it, by the content (an AIFdb ``.json``, a Kialo ``.txt``), and ``format=`` overrides
both. Files are read as UTF-8 (a byte order mark is dropped) and written by argmap's one
writer (`argmap._atomic`): whole or not at all, keeping an existing file's mode.

Loading a map document never runs code (for Python files that build a map, see the command
line's ``FILE`` forms in ``docs/cli.md``).

>>> import tempfile, pathlib
>>> from argmap.model import ArgumentMap
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> m = ArgumentMap(title="Tram")
>>> m.claim("The city should build a tram").id
'the-city-should-build-a-tram'
>>> save(m, folder / "tram.yaml")
>>> load(folder / "tram.yaml") == m
True
>>> save(m, folder / "tram.dot")
>>> (folder / "tram.dot").read_text().startswith("digraph")
True
"""

from __future__ import annotations

import io
import os
from typing import IO, TYPE_CHECKING, Any

from argmap._atomic import write_atomic
from argmap._process_end import keep_until_exit
from argmap.exceptions import DocumentError
from argmap.formats.contract import Format, Kind
from argmap.formats.registry import detect_content, format_for_path, get_format

if TYPE_CHECKING:
    from argmap.model import ArgumentMap
    from argmap.semantics.framework import ArgumentationFramework

__all__ = ["load", "read", "read_text", "save"]

Source = str | os.PathLike[str] | IO[str] | IO[bytes]
"""A path, or a file open for reading (text or binary)."""
Target = str | os.PathLike[str] | IO[str] | IO[bytes]
"""A path, or a file open for writing (text or binary)."""


def _name(stream: IO[Any]) -> str | None:
    name = getattr(stream, "name", None)
    return name if isinstance(name, str) else None


def read_text(source: Source, *, error: type[DocumentError] = DocumentError) -> tuple[str, str]:
    """Return the text of ``source`` and the name to show in messages.

    Args:
        source: a path or an open file.
        error: the [`DocumentError`][] class to raise.

    Raises:
        DocumentError: the file is missing, a folder, unreadable or not UTF-8.
    """
    if isinstance(source, str | os.PathLike):
        shown = os.fspath(source)
        try:
            with open(source, "rb") as stream:
                data: str | bytes = stream.read()
        except FileNotFoundError:
            raise error("cannot read: no such file", file=shown) from None
        except IsADirectoryError:
            raise error("cannot read: is a folder, not a file", file=shown) from None
        except OSError as failure:
            raise error(f"cannot read: {failure.strerror}", file=shown) from None
    else:
        shown = _name(source) or "<stream>"
        data = source.read()
    if isinstance(data, str):
        return data.removeprefix("\ufeff"), shown
    try:
        return data.decode("utf-8-sig"), shown
    except UnicodeDecodeError as failure:
        raise error(
            f"not UTF-8 text (byte {failure.start} cannot be read): save the file as UTF-8",
            file=shown,
        ) from None


def read(source: Source, *kinds: Kind, format: str | None = None) -> tuple[Format, Any]:
    """Read a file of one of ``kinds`` (any kind when none is given): its format and value.

    Raises:
        DocumentError: the file cannot be read, its format cannot be told, or it is not valid.
    """
    text, shown = read_text(source)
    path = shown if isinstance(source, str | os.PathLike) or shown != "<stream>" else None
    if format:
        chosen = get_format(format, *kinds)
        return chosen, chosen.loads(text, filename=shown)
    chosen, content = detect_content(path, text, *kinds)
    keep_until_exit(content)  # its parsed value: a command-line run need not free it
    return chosen, chosen.loads(text, filename=shown, content=content)  # parsed once


def load(source: Source, *, format: str | None = None) -> ArgumentMap:
    """Read a map from a file, in any format argmap reads.

    Args:
        source: a path or an open file (text or binary).
        format: the format's name (``"yaml"``, ``"aif"``...), when neither the name nor the
            content should decide.

    Raises:
        DocumentError: the file cannot be read, its format cannot be told, or it is not a
            valid map; the message names the file and the place.
    """
    value: ArgumentMap = read(source, Kind.MAP, format=format)[1]
    return value


def save(
    value: ArgumentMap | ArgumentationFramework,
    target: Target,
    *,
    format: str | None = None,
    force: bool = False,
    inputs: tuple[str | os.PathLike[str], ...] = (),
    **options: Any,
) -> None:
    """Write a map (in a map or diagram format) or a framework to a file.

    Args:
        value: an [`ArgumentMap`][argmap.model.argument_map.ArgumentMap], or an
            ``ArgumentationFramework``.
        target: a path (written whole or not at all) or a file open for writing.
        format: the format's name, when the file name should not decide.
        force: overwrite one of ``inputs`` all the same.
        inputs: files this value was read from, which must not be overwritten.
        **options: diagram options for diagram formats (``detail="quotes"``, ``focus=...``,
            ``actors=True``, ``timeout=...``).

    Raises:
        DocumentError: unknown format, or one that cannot hold ``value``.
        OutputError: the file cannot be written (read-only, an input, a missing folder).
        RenderError: a diagram could not be drawn.
    """
    from argmap.model import ArgumentMap

    kinds = (Kind.MAP, Kind.DIAGRAM) if isinstance(value, ArgumentMap) else (Kind.FRAMEWORK,)
    named = target if isinstance(target, str | os.PathLike) else _name(target)
    if format:
        chosen = get_format(format, *kinds)
    elif named is None:
        raise DocumentError("cannot tell the format of an unnamed file; pass format=...")
    else:
        chosen = format_for_path(named, *kinds)
    if options and chosen.kind is not Kind.DIAGRAM:
        raise DocumentError(f"{chosen.name} takes no options (got {', '.join(options)})")
    data = chosen.dumps(value, **options)
    if isinstance(target, str | os.PathLike):
        write_atomic(target, data, inputs=inputs, force=force)
    else:
        _write_stream(target, data)


def _write_stream(stream: IO[Any], data: str | bytes) -> None:
    if isinstance(stream, io.TextIOBase):
        if isinstance(data, bytes):
            stream.flush()
            stream.buffer.write(data)
            stream.buffer.flush()
        else:
            stream.write(data)
        return
    stream.write(data.encode("utf-8") if isinstance(data, str) else data)
