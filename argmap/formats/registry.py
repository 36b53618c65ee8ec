"""The table of map formats: which module reads and writes each, and by which file names.

Format modules are imported only when used, so an unused format costs nothing.

>>> FORMATS["yaml"].extensions
('.yaml', '.yml')
>>> format_for_path("debate.yml").name
'yaml'
"""

from __future__ import annotations

import importlib
import json
from pathlib import Path
from typing import Any

from attrs import frozen

from argmap.exceptions import DocumentError
from argmap.model import ArgumentMap

__all__ = [
    "FORMATS",
    "MapFormat",
    "dumps",
    "format_for_path",
    "format_for_text",
    "get_format",
    "loads",
]


@frozen(kw_only=True)
class MapFormat:
    """A file format for whole maps.

    Attributes:
        name: the name users give (``--to yaml``).
        module: the module with ``loads(text, *, filename=None)`` and/or ``dumps(map)``.
        extensions: file name endings that mean this format, longest first wins.
        description: one line for ``--help`` and the docs.
        reads: whether the module can read the format.
        writes: whether the module can write it.
    """

    name: str
    module: str
    extensions: tuple[str, ...]
    description: str
    reads: bool = True
    writes: bool = True

    def _module(self) -> Any:
        return importlib.import_module(self.module)

    def loads(self, text: str, *, filename: str | None = None) -> ArgumentMap:
        """Read a map from text in this format."""
        if not self.reads:
            raise DocumentError(f"argmap can write {self.name} but not read it", file=filename)
        result: ArgumentMap = self._module().loads(text, filename=filename)
        return result

    def dumps(self, argument_map: ArgumentMap) -> str:
        """Write a map as text in this format."""
        if not self.writes:
            raise DocumentError(f"argmap can read {self.name} but not write it")
        result: str = self._module().dumps(argument_map)
        return result


FORMATS: dict[str, MapFormat] = {
    f.name: f
    for f in (
        MapFormat(
            name="json",
            module="argmap.formats.json_format",
            extensions=(".json",),
            description="argmap's own document, as JSON",
        ),
        MapFormat(
            name="yaml",
            module="argmap.formats.yaml_format",
            extensions=(".yaml", ".yml"),
            description="argmap's own document, as YAML (for writing by hand)",
        ),
        MapFormat(
            name="argdown",
            module="argmap.formats.argdown",
            extensions=(".argdown", ".ad"),
            description="Argdown text (classic 1.x syntax)",
        ),
        MapFormat(
            name="aif",
            module="argmap.formats.aif",
            extensions=(".aif.json", ".aif"),
            description="AIF JSON as AIFdb and OVA write it (OVA3 and OVA2 read too)",
        ),
        MapFormat(
            name="sadface",
            module="argmap.formats.sadface",
            extensions=(".sadface.json", ".sadface"),
            description="SADFace JSON (atoms, schemes, conflicts, text spans)",
        ),
        MapFormat(
            name="mermaid",
            module="argmap.diagram.mermaid",
            extensions=(".mmd", ".mermaid"),
            description="Mermaid flowchart text (renders in GitHub and GitLab Markdown)",
            reads=False,
        ),
        MapFormat(
            name="kialo",
            module="argmap.formats.kialo",
            extensions=(".kialo.txt", ".kialo"),
            description="Kialo discussion text export (numbered pro/con tree), read only",
            writes=False,
        ),
        MapFormat(
            name="microtexts",
            module="argmap.formats.microtexts",
            extensions=(".xml",),
            description="argumentative microtexts XML (arggraph), read only",
            writes=False,
        ),
    )
}
"""Every format argmap knows, by name."""


def get_format(name: str) -> MapFormat:
    """Return the format of this name.

    Raises:
        DocumentError: no format has that name (the message lists them).
    """
    try:
        return FORMATS[name.lower()]
    except KeyError:
        raise DocumentError(
            f"unknown format {name!r}; argmap knows: {', '.join(FORMATS)}"
        ) from None


def format_for_path(path: str | Path) -> MapFormat:
    """Guess a file's format from its name (the longest matching ending wins).

    Raises:
        DocumentError: when no format claims the file name.
    """
    name = str(path).lower()
    matches = [
        (len(ext), f) for f in FORMATS.values() for ext in f.extensions if name.endswith(ext)
    ]
    if not matches:
        known = ", ".join(ext for f in FORMATS.values() for ext in f.extensions)
        raise DocumentError(
            f"cannot tell the format from the file name; use one of {known} or name the format",
            file=str(path),
        )
    return max(matches, key=lambda match: match[0])[1]


def format_for_text(path: str | Path, text: str) -> MapFormat:
    """Like :func:`format_for_path`, but tell a plain ``.json`` file by its top-level keys.

    AIFdb, OVA and SADFace files are often named just ``.json``: a document with ``argmap`` is
    argmap's own, one with ``AIF`` or ``nodes`` and ``edges`` is AIF, and one that also has
    ``resources`` is SADFace.

    >>> format_for_text("corpus.json", '{"nodes": [], "edges": []}').name
    'aif'
    """
    if str(path).lower().endswith(".txt") and text.lstrip("\ufeff").startswith("Discussion Title:"):
        return FORMATS["kialo"]  # every kialo.com export starts so
    chosen = format_for_path(path)
    if chosen.name != "json":
        return chosen
    try:
        document = json.loads(text)
    except ValueError:
        return chosen
    if not isinstance(document, dict) or "argmap" in document:
        return chosen
    if {"nodes", "edges", "resources"} <= document.keys():
        return FORMATS["sadface"]
    if "AIF" in document or {"nodes", "edges"} <= document.keys():
        return FORMATS["aif"]
    return chosen


def loads(text: str, format: str, *, filename: str | None = None) -> ArgumentMap:
    """Read a map from text in the named format."""
    return get_format(format).loads(text, filename=filename)


def dumps(argument_map: ArgumentMap, format: str) -> str:
    """Write a map as text in the named format."""
    return get_format(format).dumps(argument_map)
