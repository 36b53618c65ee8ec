"""The elements an Argdown file describes, made and checked at once when the reader is done.

The reader hands over each element as its class and fields, in reading order (claims, then
inference steps, supports, attacks), with its line and the owner its error names.
`Pending.make_map` makes them a column at a time
([`structure_chunk`][argmap.formats._document_columns.structure_chunk]: no validator run per
element) and builds the map in one pass
([`build_at_lines`][argmap.formats._fields.build_at_lines]). When a column holds anything
unusual, the elements are made one by one in reading order instead, so that the first one at
fault words the error, at its line, after any fault of an element read before it: the errors
are those of adding each element in turn.

>>> from argmap.model import Argument, Claim
>>> pending = Pending(file="x.argdown")
>>> pending.add(Claim, {"id": "c", "text": "C"}, 1)
>>> pending.add(Argument, {"id": "a", "premises": ["p"], "conclusion": "c"}, 2)
>>> pending.make_map()
Traceback (most recent call last):
...
argmap.exceptions.DocumentError: x.argdown:2: argument 'a' names premise 'p', which is not in \
the map
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise
from typing import Any

from argmap.exceptions import ArgmapError, DocumentError
from argmap.formats._document_columns import structure_chunk
from argmap.formats._fields import build_at_lines
from argmap.formats._limits import shorten
from argmap.model import ArgumentMap

__all__ = ["Pending"]

# What an element's error starts with, from its owner and its class (None: the bare message).
Describe = Callable[[Any, type[Any]], str | None]


def _bare(owner: Any, kind: type[Any]) -> str | None:
    return None


class Pending:
    """The elements read so far, each with its line and owner, in reading order."""

    def __init__(
        self,
        *,
        file: str | None = None,
        describe: Describe = _bare,
        title: str | None = None,
        question: str | None = None,
        description: str | None = None,
    ) -> None:
        self.file = file
        self.describe = describe
        self.metadata = {"title": title, "question": question, "description": description}
        self.kinds: list[type[Any]] = []
        self.fields: list[dict[str, Any]] = []
        self.lines: list[int] = []
        self.owners: list[Any] = []
        self.starts: list[int] = []  # where each run of one class begins
        self.last: type[Any] | None = None

    def add(self, kind: type[Any], fields: dict[str, Any], line: int, owner: Any = None) -> None:
        """Keep an element to make: its class, its fields (lists for tuples), its line."""
        if kind is not self.last:
            self.starts.append(len(self.kinds))
            self.last = kind
        self.kinds.append(kind)
        self.fields.append(fields)
        self.lines.append(line)
        self.owners.append(owner)

    def extend(
        self,
        kind: type[Any],
        fields: list[dict[str, Any]],
        lines: list[int],
        owners: list[Any] | None = None,
    ) -> None:
        """Keep many elements of one class, as `add` keeps each (``owners``: none)."""
        if not fields:
            return
        if kind is not self.last:
            self.starts.append(len(self.kinds))
            self.last = kind
        self.kinds += [kind] * len(fields)
        self.fields += fields
        self.lines += lines
        self.owners += [None] * len(fields) if owners is None else owners

    def make_map(self) -> ArgumentMap:
        """Make every element and build the map.

        Raises:
            DocumentError: the first element at fault, at its line: an invalid field, a
                taken id, or a reference that does not hold.
        """
        elements = self._columns()
        if elements is None:
            elements = self._one_by_one()
        return self._build(elements, len(elements))

    def _columns(self) -> list[Any] | None:
        """The elements made a class at a time (reading order keeps each class together)."""
        elements: list[Any] = []
        bounds = [*self.starts, len(self.kinds)]
        for start, end in pairwise(bounds):
            made = structure_chunk(self.fields[start:end], self.kinds[start])
            if made is None:
                return None
            elements.extend(made[0])
        return elements

    def _one_by_one(self) -> list[Any]:
        elements: list[Any] = []
        for index, (kind, fields) in enumerate(zip(self.kinds, self.fields, strict=True)):
            try:
                elements.append(kind(**fields))
            except ArgmapError as exc:
                self._build(elements, index)  # a fault before this one is named first
                prefix = self.describe(self.owners[index], kind)
                message = f"{prefix}: {shorten(exc)}" if prefix else shorten(exc)
                raise DocumentError(message, file=self.file, line=self.lines[index]) from None
        return elements

    def _build(self, elements: list[Any], count: int) -> ArgumentMap:
        owners, kinds, describe = self.owners, self.kinds, self.describe

        def word(index: int, message: str) -> str:
            prefix = describe(owners[index], kinds[index])
            return f"{prefix}: {message}" if prefix else message

        return build_at_lines(
            elements[:count],
            self.lines[:count],
            file=self.file,
            describe=word,
            **self.metadata,
        )
