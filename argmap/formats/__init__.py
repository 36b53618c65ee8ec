"""Reading and writing maps: argmap's own JSON and YAML document, and foreign formats.

>>> from argmap.model import ArgumentMap
>>> m = ArgumentMap(title="Tram")
>>> loads(dumps(m, "yaml"), "yaml") == m
True
"""

from argmap.formats.document import FORMAT_VERSION, from_document, to_document
from argmap.formats.registry import FORMATS, MapFormat, dumps, format_for_path, get_format, loads

__all__ = [
    "FORMATS",
    "FORMAT_VERSION",
    "MapFormat",
    "dumps",
    "format_for_path",
    "from_document",
    "get_format",
    "loads",
    "to_document",
]
