"""A small file of merge decisions: actor aliases and confirmed identities.

The file is YAML (JSON is YAML too), read with the safe loader::

    aliases:            # actor names that are the same person or body
      Mr Bitar: Karl Bitar
    same:               # {id in a later map: id in the merged map}, for every later map
      catch-up-2: catch-up

``same`` may instead be a list with one such mapping per later map, in order.

>>> mapping = parse_merge_mapping("aliases: {Mr Bitar: Karl Bitar}\\nsame: {b: a}\\n")
>>> mapping.aliases, mapping.same
({'Mr Bitar': 'Karl Bitar'}, {'b': 'a'})
>>> parse_merge_mapping("same: [b, a]", filename="same.yaml")
Traceback (most recent call last):
...
argmap.exceptions.DocumentError: same.yaml: same[0]: expected a mapping of ids, got 'b'
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml
from attrs import frozen

from argmap.exceptions import DocumentError

__all__ = ["MergeMapping", "parse_merge_mapping", "read_merge_mapping"]

_FIELDS = ("aliases", "same")
_SHOWN = 40  # characters of a wrong value quoted in an error


@frozen(kw_only=True)
class MergeMapping:
    """The decisions of a mapping file, ready for [`merge`][argmap.merging.merge].

    Attributes:
        aliases: actor name to the name it is the same as.
        same: confirmed identities, one mapping for every later map or a list of them.
    """

    aliases: dict[str, str]
    same: dict[str, str] | list[dict[str, str]]


def read_merge_mapping(path: str | Path) -> MergeMapping:
    """Read a mapping file.

    Raises:
        DocumentError: the file cannot be read, is not YAML, or has the wrong shape; the
            message names the file and the place.
    """
    name = str(path)
    try:
        text = Path(path).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise DocumentError("no such file", file=name) from None
    except UnicodeDecodeError as error:
        raise DocumentError(f"not UTF-8 text (byte {error.start})", file=name) from None
    except OSError as error:
        raise DocumentError(f"cannot read: {error.strerror}", file=name) from None
    return parse_merge_mapping(text, filename=name)


def parse_merge_mapping(text: str, *, filename: str | None = None) -> MergeMapping:
    """Parse the text of a mapping file (see the module's docs for its shape).

    Raises:
        DocumentError: not YAML, or not of the shape above.
    """
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        line = None if mark is None else mark.line + 1
        raise DocumentError(
            f"not YAML: {getattr(error, 'problem', error)}", file=filename, line=line
        ) from None
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise DocumentError(f"expected a mapping with {' and '.join(_FIELDS)}", file=filename)
    unknown = [key for key in data if key not in _FIELDS]
    if unknown:
        raise DocumentError(
            f"unknown field {_short(unknown[0])}; the fields are {', '.join(_FIELDS)}",
            file=filename,
        )
    aliases = _names(data.get("aliases", {}), "aliases", filename)
    same_data = data.get("same", {})
    same: dict[str, str] | list[dict[str, str]]
    if isinstance(same_data, list):
        same = [_names(item, f"same[{i}]", filename) for i, item in enumerate(same_data)]
    else:
        same = _names(same_data, "same", filename)
    return MergeMapping(aliases=aliases, same=same)


def _names(value: Any, where: str, filename: str | None) -> dict[str, str]:
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise DocumentError(
            f"expected a mapping of ids, got {_short(value)}", file=filename, location=where
        )
    pairs: dict[str, str] = {}
    for key, item in value.items():
        if not isinstance(key, str) or not isinstance(item, str):
            raise DocumentError(
                f"expected text on both sides, got {_short(key)}: {_short(item)}",
                file=filename,
                location=where,
            )
        pairs[key] = item
    return pairs


def _short(value: Any) -> str:
    text = repr(value) if isinstance(value, str) else type(value).__name__
    return text if len(text) <= _SHOWN else text[: _SHOWN - 1] + "…"
