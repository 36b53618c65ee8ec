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

from argmap._messages import quoted
from argmap.exceptions import DocumentError
from argmap.formats.document import from_document, to_document
from argmap.model import ArgumentMap

__all__ = ["dumps", "loads"]

_BaseLoader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_BaseDumper: Any = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
_STEP = re.compile(r"([^.\[\]]+)|\[(\d+)\]")


ALIAS_LIMIT = 100_000
"""How many values aliases may add to a document once expanded (a "billion laughs" of 400
bytes would add 387 million)."""


class _LineLoader(_BaseLoader):  # type: ignore[misc]
    """A safe loader that remembers the line of every mapping key and sequence item, and
    refuses keys that are not plain values, keys given twice and values Python cannot hold."""

    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        self.lines: dict[int, dict[Any, int]] = {}

    def construct_object(self, node: Any, deep: bool = False) -> Any:
        try:
            return super().construct_object(node, deep=deep)
        except (ValueError, TypeError, OverflowError) as error:
            # Python's limit on an integer's digits, a date like 2024-13-45...
            problem = (
                "a number of more than 4,300 digits"
                if "limit" in str(error) and "digits" in str(error)
                else f"cannot read this value: {str(error)[:120]}"
            )
            raise yaml.constructor.ConstructorError(None, None, problem, node.start_mark) from None

    def construct_line_map(self, node: Any) -> Any:
        mapping: dict[Any, Any] = {}
        lines: dict[Any, int] = {}
        for key, _ in node.value:
            if not isinstance(key, yaml.ScalarNode):
                raise yaml.constructor.ConstructorError(
                    None,
                    None,
                    "a key must be a plain value, not a list or mapping",
                    key.start_mark,
                )
            if key.value in lines and key.tag != "tag:yaml.org,2002:merge":
                raise yaml.constructor.ConstructorError(
                    None,
                    None,
                    f"the key {quoted(key.value)} appears twice in one mapping",
                    key.start_mark,
                )
            lines[key.value] = key.start_mark.line + 1
        self.lines[id(mapping)] = lines
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
        node = loader.get_single_node()
        if node is not None and "*" in text:
            _check_aliases(node)
        document = None if node is None else loader.construct_document(node)
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


def _check_aliases(root: Any) -> None:
    """Refuse aliases that expand the document by more than `ALIAS_LIMIT` values, or
    that contain themselves.

    Raises:
        yaml.constructor.ConstructorError: naming the line of the node that passes the limit.
    """
    sizes: dict[int, int] = {}
    distinct = 0
    stack: list[tuple[Any, bool]] = [(root, False)]
    active: set[int] = set()
    while stack:
        node, done = stack.pop()
        key = id(node)
        if done:
            active.discard(key)
            children = _children(node)
            sizes[key] = 1 + sum(sizes[id(child)] for child in children)
            if sizes[key] - distinct > ALIAS_LIMIT:
                raise yaml.constructor.ConstructorError(
                    None,
                    None,
                    f"aliases expand the document by more than {ALIAS_LIMIT:,} values",
                    node.start_mark,
                )
            continue
        if key in sizes:
            continue
        if key in active:
            raise yaml.constructor.ConstructorError(
                None, None, "an alias refers to a value that contains it", node.start_mark
            )
        distinct += 1
        active.add(key)
        stack.append((node, True))
        stack.extend((child, False) for child in _children(node) if id(child) not in sizes)


def _children(node: Any) -> list[Any]:
    if isinstance(node, yaml.SequenceNode):
        return list(node.value)
    if isinstance(node, yaml.MappingNode):
        return [part for pair in node.value for part in pair]
    return []


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
