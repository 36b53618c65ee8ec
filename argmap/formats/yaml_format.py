"""argmap's document as YAML: the form for writing maps by hand.

YAML is read with PyYAML's safe loader: no document can run code. Errors name the line.

>>> m = loads('''
... argmap: 1
... claims:
...   - id: tram
...     text: The tram cuts traffic
... ''')
>>> m.claims[0].text
'The tram cuts traffic'
>>> loads('''
... argmap: 1
... claims:
...   - id: tram
...     txt: The tram cuts traffic
... ''', filename="map.yaml")
Traceback (most recent call last):
...
argmap.exceptions.DocumentError: map.yaml:5: claims[0].txt: unknown field; claim fields are: id, \
text, title, kind, tags, note
"""

from __future__ import annotations

import re
from typing import Any

import yaml

from argmap.exceptions import DocumentError
from argmap.formats.document import from_document, to_document
from argmap.model import ArgumentMap

__all__ = ["dumps", "loads"]

_BaseLoader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_BaseDumper: Any = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
_STEP = re.compile(r"([^.\[\]]+)|\[(\d+)\]")


class _LineLoader(_BaseLoader):  # type: ignore[misc]
    """A safe loader that remembers the line of every mapping key and sequence item."""

    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        self.lines: dict[int, dict[Any, int]] = {}

    def construct_line_map(self, node: Any) -> Any:
        mapping: dict[Any, Any] = {}
        self.lines[id(mapping)] = {key.value: key.start_mark.line + 1 for key, _ in node.value}
        yield mapping
        mapping.update(self.construct_mapping(node))

    def construct_line_seq(self, node: Any) -> Any:
        sequence: list[Any] = []
        self.lines[id(sequence)] = {
            i: item.start_mark.line + 1 for i, item in enumerate(node.value)
        }
        yield sequence
        sequence.extend(self.construct_sequence(node))


_LineLoader.add_constructor("tag:yaml.org,2002:map", _LineLoader.construct_line_map)
_LineLoader.add_constructor("tag:yaml.org,2002:seq", _LineLoader.construct_line_seq)


def loads(text: str, *, filename: str | None = None) -> ArgumentMap:
    """Read a map from YAML text.

    Raises:
        DocumentError: the text is not YAML, or not a valid map; the message gives the line.
    """
    loader = _LineLoader(text)
    try:
        document = loader.get_single_data()
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark
        raise DocumentError(
            f"not valid YAML: {error.problem}",
            file=filename,
            line=mark.line + 1 if mark else None,
            column=mark.column + 1 if mark else None,
        ) from None
    except (yaml.YAMLError, RecursionError) as error:
        raise DocumentError(f"not valid YAML: {error}", file=filename) from None
    finally:
        loader.dispose()

    def where(location: str) -> int | None:
        """The line of the deepest part of ``location`` that the document has."""
        line = None
        node: Any = document
        for name, index in _STEP.findall(location):
            key: Any = int(index) if index else name
            lines = loader.lines.get(id(node), {})
            if key not in lines:
                break
            line = lines[key]
            try:
                node = node[key]
            except (KeyError, IndexError, TypeError):
                break
        return line

    return from_document(document, where=where, file=filename)


def dumps(argument_map: ArgumentMap) -> str:
    """Write a map as YAML text, in the document's order, Unicode kept as it is."""
    return str(
        yaml.dump(
            to_document(argument_map),
            Dumper=_BaseDumper,
            sort_keys=False,
            allow_unicode=True,
            width=100,
        )
    )
