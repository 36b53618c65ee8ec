"""Reading and writing maps: argmap's own JSON and YAML document, and foreign formats.

Every format is a row of :data:`argmap.formats.registry.REGISTRY`, in the shape of
:class:`argmap.formats.contract.Format`.

>>> from argmap.model import ArgumentMap
>>> m = ArgumentMap(title="Tram")
>>> loads(dumps(m, "yaml"), "yaml") == m
True
"""

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
