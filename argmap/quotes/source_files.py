"""Find and read the text files of a map's sources.

The rule: a source's text is the file named by its ``file`` field, relative to the directory
of texts; a source without ``file`` is looked for as ``<source id>.txt`` there. Files are read
as UTF-8, with line endings kept as they are, so that character offsets count every character
of the file.

Only sources that need a text are read: those with a ``file`` field, and those that a direct or
mixed attribution quotes. A source that needs a text and has none is an error naming the source
and the file.

Files are confined to the directory of texts: a ``file`` (or source id) that is an absolute
path, that climbs out with ``..``, or that is a symlink leading out of the directory is refused
unless the caller passes ``allow_outside=True``, so that checking a map from an untrusted author
cannot read ``/proc/self/environ`` or ``../secret.txt`` and print a passage of it.

>>> import tempfile, pathlib
>>> from argmap.model import ArgumentMap
>>> m = ArgumentMap()
>>> ft = m.source("Rearguard action by the far-Left", id="ft")
>>> _ = m.attribute(m.claim("Be careful"), m.actor("Diane Abbott"), ft, quote="careful")
>>> with tempfile.TemporaryDirectory() as folder:
...     _ = pathlib.Path(folder, "ft.txt").write_text("We need to be careful.", encoding="utf-8")
...     load_source_texts(m, folder)
{'ft': 'We need to be careful.'}
"""

from __future__ import annotations

from pathlib import Path

from argmap.exceptions import DocumentError, SourceTextError
from argmap.files import read_text
from argmap.model import ArgumentMap, Source

__all__ = ["SourceTextError", "load_source_texts", "source_text_path"]


def source_text_path(source: Source, directory: str | Path) -> Path:
    """The path where a source's text is expected.

    Args:
        source: the source.
        directory: the directory of source texts.

    Returns:
        ``directory / source.file`` when the source names a file, else
        ``directory / "<source id>.txt"``.

    >>> source_text_path(Source(id="ft", title="FT"), "texts").as_posix()
    'texts/ft.txt'
    >>> source_text_path(Source(id="ft", title="FT", file="ft-2010.txt"), "texts").as_posix()
    'texts/ft-2010.txt'
    """
    return Path(directory) / (source.file if source.file is not None else f"{source.id}.txt")


def load_source_texts(
    argument_map: ArgumentMap, directory: str | Path, *, allow_outside: bool = False
) -> dict[str, str]:
    """Read the text of every source that needs one, keyed by source id.

    Args:
        argument_map: the map whose sources to read.
        directory: the directory of source texts.
        allow_outside: read files outside ``directory`` too (absolute paths, ``..``, symlinks
            leading out). Only for maps you trust.

    Returns:
        ``{source id: text}``, in the map's order of sources.

    Raises:
        SourceTextError: a needed file is missing, is not a file, is not UTF-8, or lies outside
            ``directory`` when that is not allowed; the message names the source and the file.
    """
    quoted = {a.source for a in argument_map.attributions if a.quoted_texts}
    texts: dict[str, str] = {}
    for source in argument_map.sources:
        if source.file is None and source.id not in quoted:
            continue
        path = source_text_path(source, directory)
        how = f"its file field says {source.file!r}" if source.file else "it has no file field"
        where = f"source {source.id!r}: text file {str(path)!r}"
        if not allow_outside and not _inside(path, directory):
            raise SourceTextError(
                f"{where} is outside the sources folder ({how}); give a path inside the "
                "folder, or allow reading outside it (allow_outside=True, "
                "argmap check --allow-outside-sources) for a map you trust"
            )
        if not path.is_file():
            raise SourceTextError(
                f"{where} not found ({how}); put the source's text there, or set the "
                "source's file field to the name of its text file"
            )
        try:
            texts[source.id], _ = read_text(path)
        except DocumentError as error:
            raise SourceTextError(f"{where}: {error.message}") from None
    return texts


def _inside(path: Path, directory: str | Path) -> bool:
    """Whether ``path`` stays inside ``directory``: not absolute, no ``..``, no symlink out."""
    relative = path.relative_to(directory) if path.is_relative_to(directory) else None
    if relative is None or relative.is_absolute() or ".." in relative.parts:
        return False
    root = Path(directory).resolve()
    return path.resolve().is_relative_to(root)
