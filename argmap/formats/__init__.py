"""Reading and writing maps: argmap's own JSON and YAML document, and foreign formats.

Every format is a row of :data:`argmap.formats.registry.REGISTRY`, in the shape of
:class:`argmap.formats.contract.Format`. Names are imported on first use, so importing the
registry alone (as the command line does to list formats) loads no format.

>>> from argmap.model import ArgumentMap
>>> m = ArgumentMap(title="Tram")
>>> loads(dumps(m, "yaml"), "yaml") == m
True
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from argmap.formats.contract import Format, Holds, Kind
    from argmap.formats.document import FORMAT_VERSION, from_document, to_document
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

_EXPORTS = {
    **dict.fromkeys(["Format", "Holds", "Kind"], "argmap.formats.contract"),
    **dict.fromkeys(["FORMAT_VERSION", "from_document", "to_document"], "argmap.formats.document"),
    **dict.fromkeys(
        [
            "FORMATS",
            "REGISTRY",
            "MapFormat",
            "detect",
            "dumps",
            "format_for_path",
            "formats",
            "get_format",
            "loads",
        ],
        "argmap.formats.registry",
    ),
}

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
    if name not in _EXPORTS:
        raise AttributeError(f"module 'argmap.formats' has no attribute {name!r}")
    value = getattr(importlib.import_module(_EXPORTS[name]), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
