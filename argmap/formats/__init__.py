"""Reading and writing maps: argmap's own JSON and YAML document, and foreign formats.

Every format is a row of [`argmap.formats.registry.REGISTRY`][argmap.formats.registry.REGISTRY], in
the shape of
[`argmap.formats.contract.Format`][argmap.formats.contract.Format]. The table and its lookups are
light; the document
functions (which need cattrs) are imported on first use, so listing formats loads none.

>>> from argmap.model import ArgumentMap
>>> m = ArgumentMap(title="Tram")
>>> loads(dumps(m, "yaml"), "yaml") == m
True
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from argmap.formats.contract import Format, Holds, Kind
from argmap.formats.registry import (
    FORMATS,
    REGISTRY,
    MapFormat,
    detect,
    dumps,
    format_for_path,
    formats,
    get_format,
    loads,
)

if TYPE_CHECKING:
    from argmap.formats.document import FORMAT_VERSION, from_document, to_document

_DOCUMENT = ("FORMAT_VERSION", "from_document", "to_document")
"""The names of [`argmap.formats.document`][argmap.formats.document], imported on first use (it
needs cattrs)."""

__all__ = [
    "FORMATS",
    "FORMAT_VERSION",
    "REGISTRY",
    "Format",
    "Holds",
    "Kind",
    "MapFormat",
    "detect",
    "dumps",
    "format_for_path",
    "formats",
    "from_document",
    "get_format",
    "loads",
    "to_document",
]


def __getattr__(name: str) -> Any:
    if name not in _DOCUMENT:
        raise AttributeError(f"module 'argmap.formats' has no attribute {name!r}")
    value = getattr(importlib.import_module("argmap.formats.document"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
