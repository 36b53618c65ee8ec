"""argmap's document as JSON.

>>> from argmap.model import ArgumentMap
>>> m = ArgumentMap(title="Tram")
>>> print(dumps(m), end="")
{
  "argmap": 1,
  "title": "Tram"
}
>>> loads('{"argmap": 1,', filename="map.json")
Traceback (most recent call last):
...
argmap.exceptions.DocumentError: map.json:1:14: not valid JSON: Expecting property name enclosed \
in double quotes
"""

from __future__ import annotations

import json

from argmap.formats._json import parse_json
from argmap.formats.document import from_document, to_document
from argmap.model import ArgumentMap

__all__ = ["dumps", "loads"]


def loads(text: str, *, filename: str | None = None) -> ArgumentMap:
    """Read a map from JSON text.

    Raises:
        DocumentError: the text is not JSON, or not a valid map; the message says where.
    """
    document = parse_json(text, filename=filename)
    return from_document(document, file=filename)


def dumps(argument_map: ArgumentMap) -> str:
    """Write a map as JSON text (UTF-8, indented, ending with a newline)."""
    return json.dumps(to_document(argument_map), indent=2, ensure_ascii=False) + "\n"
