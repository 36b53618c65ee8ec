"""The JSON Schema of argmap's document, shipped inside the package.

>>> schema()["properties"]["argmap"]
{'const': 1, 'description': 'The format version.'}
"""

from __future__ import annotations

import json
from functools import cache
from importlib.resources import files
from typing import Any

__all__ = ["SCHEMA_FILE", "schema"]

SCHEMA_FILE = "argmap-1.schema.json"


@cache
def schema() -> dict[str, Any]:
    """Return the JSON Schema (draft 2020-12) of the current document format."""
    loaded: dict[str, Any] = json.loads(files(__package__).joinpath(SCHEMA_FILE).read_text("utf-8"))
    return loaded
