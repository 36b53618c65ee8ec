"""The light syntax tree an Argdown text is read into: elements, inferences, relations.

The [`parser`][argmap.formats.argdown._syntax.parse] makes it from text, and Argdown's JSON
export reader ([`argdown_json`][argmap.formats.argdown_json]) from that export; the
[`reader`][argmap.formats.argdown.reader] builds the map from it.

>>> owner = Element(kind="argument", title="A", line=1, column=1)
>>> owner.pcs, owner.cls is None
([], True)
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define, field

if TYPE_CHECKING:
    from argmap.formats.argdown._classes import Classes, TitleClass

__all__ = ["EMPTY", "NO_DATA", "NO_TAGS", "Document", "Element", "Inference", "Relation"]

NO_TAGS: list[str] = []  # shared, never changed: most elements have no tags
NO_DATA: dict[str, Any] = {}  # shared, never changed: most elements have no data


class _Empty(list[Any]):
    """An empty list that cannot be filled: give the element a list of its own instead.

    >>> EMPTY.append(1)
    Traceback (most recent call last):
    ...
    TypeError: a shared empty list: give the element a list of its own
    """

    __slots__ = ()

    def _refuse(self, *_: Any) -> None:
        raise TypeError("a shared empty list: give the element a list of its own")

    append = extend = insert = __setitem__ = __iadd__ = _refuse  # type: ignore[assignment]


EMPTY: list[Any] = _Empty()
"""Shared by every element without raw text, and by every statement as its (never filled)
structure and inferences: most elements of a large file are bare references."""


@define(slots=True)
class Inference:
    """An inference line of a premise–conclusion structure: ``----`` or ``-- rule --``."""

    rule: str = ""
    data: dict[str, Any] = field(factory=dict)
    line: int = 0


class Element:
    """A statement or argument as written once: a definition ``[T]: text`` or a reference ``[T]``.

    ``pcs`` holds the numbered statements of an argument's premise–conclusion structure, and
    ``inferences`` the inference before each statement (``None`` for a premise). ``cls`` is
    the equivalence class of its title, once [grouped][argmap.formats.argdown._classes.group].
    A plain slotted class, not attrs: a 3 MB file makes tens of thousands of them. An
    element without raw text, and a statement's ``pcs`` and ``inferences``, are [`EMPTY`][]
    (a new list replaces it when there is something to keep).
    """

    __slots__ = (
        "argument", "cls", "column", "data", "inferences", "kind", "line", "pcs", "raw", "tags",
        "text", "title",
    )  # fmt: skip

    def __init__(self, kind: str, title: str | None, line: int, column: int) -> None:
        self.kind = kind
        self.title = title
        self.line = line
        self.column = column
        self.raw: list[str] = EMPTY
        self.text = ""
        self.tags: list[str] = NO_TAGS
        self.data: dict[str, Any] = NO_DATA
        self.pcs: list[Element]
        self.inferences: list[Inference | None]
        if kind == "argument":
            self.pcs, self.inferences = [], []
        else:  # a statement never has a structure
            self.pcs = self.inferences = EMPTY
        self.argument: Element | None = None
        self.cls: TitleClass | None = None


@define(slots=True)
class Relation:
    """A relation line: ``marker`` as written, between the element above and the child."""

    parent: Element
    marker: str
    child: Element
    line: int


@define(slots=True)
class Document:
    """What a parse yields: front matter, every element occurrence, relations, headings.

    ``classes`` holds the equivalence classes when the parser grouped the elements as it read
    them (``None``: the builder groups them).
    """

    front: dict[str, Any] = field(factory=dict)
    elements: list[Element] = field(factory=list)
    relations: list[Relation] = field(factory=list)
    headings: list[str] = field(factory=list)
    classes: Classes | None = None
