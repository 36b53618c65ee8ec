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

from collections.abc import Callable, Iterator
from typing import Any

from argmap.exceptions import ArgmapError, DocumentError
from argmap.formats._document_columns import structure_chunk, structure_columns
from argmap.formats._fields import build_at_lines
from argmap.formats._limits import shorten
from argmap.model import ArgumentMap

__all__ = ["Pending", "Rows"]

# What an element's error starts with, from its owner and its class (None: the bare message).
Describe = Callable[[Any, type[Any]], str | None]


# A run of one class: a dict of fields per element, or a list per field (the columns).
Run = list[dict[str, Any]] | dict[str, list[Any]]


def _bare(owner: Any, kind: type[Any]) -> str | None:
    return None


class Rows:
    """Elements of one class gathered a row at a time (a tuple of fields, with a line and an
    owner per element), kept by a [`Pending`][] at once as columns with `hand_over`.

    >>> from argmap.model import Claim
    >>> rows, pending = Rows(Claim, ["id", "text"]), Pending()
    >>> rows.add(("c", "C"), 4)
    >>> rows.add(("d", "D"), 5)
    >>> rows.hand_over(pending)
    >>> pending.runs[0][1], rows.lines
    ({'id': ['c', 'd'], 'text': ['C', 'D']}, [])
    """

    __slots__ = ("kind", "lines", "names", "owners", "rows")

    def __init__(self, kind: type[Any], names: list[str]) -> None:
        self.kind = kind
        self.names = names
        self.rows: list[tuple[Any, ...]] = []
        self.lines: list[int] = []
        self.owners: list[Any] = []

    def add(self, values: tuple[Any, ...], line: int, owner: Any = None) -> None:
        """Keep an element to make: its fields in the order of the names, its line, owner."""
        self.rows.append(values)
        self.lines.append(line)
        self.owners.append(owner)

    def hand_over(self, pending: Pending) -> None:
        """Keep the rows gathered so far in ``pending`` as columns, and start afresh.

        Raises:
            ValueError: a row without one value for each name.
        """
        if self.lines:
            fields = map(list, zip(*self.rows, strict=True))
            columns = dict(zip(self.names, fields, strict=True))
            pending.extend_columns(self.kind, columns, self.lines, self.owners)
            self.rows, self.lines, self.owners = [], [], []


class Pending:
    """The elements read so far, each with its line and owner, in reading order.

    They are kept in runs of one class: a run of fields (a dict per element, from `add` and
    `extend`) or a run of columns (from `extend_columns`), each made at once by `make_map`.
    """

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
        self.lines: list[int] = []
        self.owners: list[Any] = []
        self.runs: list[tuple[type[Any], Run]] = []
        self.last: list[dict[str, Any]] | None = None  # the run `add` appends to
        self.counts: dict[int, int] = {}  # the number of elements of each run of columns

    def add(self, kind: type[Any], fields: dict[str, Any], line: int, owner: Any = None) -> None:
        """Keep an element to make: its class, its fields (lists for tuples), its line."""
        if self.last is None or self.kinds[-1] is not kind:
            self.last = []
            self.runs.append((kind, self.last))
        self.last.append(fields)
        self.kinds.append(kind)
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
        self.runs.append((kind, fields))
        self._keep(kind, lines, owners)
        self.last = None

    def extend_columns(
        self,
        kind: type[Any],
        columns: dict[str, list[Any]],
        lines: list[int],
        owners: list[Any] | None = None,
    ) -> None:
        """Keep many elements of one class given as columns: a list per field (one value per
        element, in order; lists for tuples), as `extend` keeps a dict per element.

        >>> from argmap.model import Claim
        >>> pending = Pending()
        >>> pending.extend_columns(Claim, {"id": ["c", "d"], "text": ["C", "D"]}, [1, 2])
        >>> [c.id for c in pending.make_map().claims]
        ['c', 'd']
        """
        if not lines:
            return
        self.runs.append((kind, columns))
        self.counts[len(self.runs) - 1] = len(lines)
        self._keep(kind, lines, owners)
        self.last = None

    def _keep(self, kind: type[Any], lines: list[int], owners: list[Any] | None) -> None:
        self.kinds += [kind] * len(lines)
        self.lines += lines
        self.owners += [None] * len(lines) if owners is None else owners

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
        """The elements made a run at a time (reading order keeps each class together)."""
        elements: list[Any] = []
        for index, (kind, run) in enumerate(self.runs):
            if isinstance(run, dict):
                made = structure_columns(run, kind, self.counts[index])
            else:
                made = structure_chunk(run, kind)
            if made is None:
                return None
            elements.extend(made[0])
        return elements

    def fields(self) -> Iterator[dict[str, Any]]:
        """The fields of every element, a dict each, in reading order."""
        for _kind, run in self.runs:
            if isinstance(run, dict):
                names = list(run)
                for values in zip(*run.values(), strict=True):
                    yield dict(zip(names, values, strict=True))
            else:
                yield from run

    def _one_by_one(self) -> list[Any]:
        elements: list[Any] = []
        for index, (kind, fields) in enumerate(zip(self.kinds, self.fields(), strict=True)):
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
