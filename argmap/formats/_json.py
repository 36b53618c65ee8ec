"""Parsing JSON text with errors that name the file, line and column: one place for every
JSON-based format (argmap's own, AIF, SADFace).

>>> parse_json('{"a": 1}')
{'a': 1}
>>> parse_json('{"a": }', filename="x.json")
Traceback (most recent call last):
...
argmap.exceptions.DocumentError: x.json:1:7: not valid JSON: Expecting value
"""

from __future__ import annotations

import json
from typing import Any

from argmap.exceptions import DocumentError

__all__ = ["parse_json"]


def parse_json(text: str, *, filename: str | None = None) -> Any:
    """Parse JSON text.

    Raises:
        DocumentError: the text is not JSON (with line and column) or nests too deeply.
    """
    try:
        return json.loads(text.removeprefix("\ufeff"))
    except json.JSONDecodeError as error:
        raise DocumentError(
            f"not valid JSON: {error.msg}", file=filename, line=error.lineno, column=error.colno
        ) from None
    except ValueError as error:  # a number of more than 4,300 digits
        raise DocumentError(f"not valid JSON: {str(error)[:120]}", file=filename) from None
    except RecursionError:
        raise DocumentError("not valid JSON: nested too deeply", file=filename) from None
