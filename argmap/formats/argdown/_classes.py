"""Argdown's equivalence classes: every occurrence of one title, the ids and the claims' fields.

All occurrences of ``[Title]`` (or ``<Title>``) are one statement (argument); what they say
(text, tags, inline data, a premise–conclusion structure) is gathered into one class, which
becomes one claim (or one argument). The [`reader`][argmap.formats.argdown.reader] builds the
map from these classes.

>>> from argmap.formats.argdown._syntax import parse
>>> classes = group(parse("[A]: a #t\\n\\n[A]: other words {kind: fact}\\n\\n[B]").elements)
>>> taken = assign_ids(classes)
>>> [claim_fields(c) for c in classes.values()]  # doctest: +NORMALIZE_WHITESPACE
[{'id': 'a', 'text': 'a', 'title': 'A', 'kind': 'fact', 'tags': ['t'],
  'note': 'Equivalent statement: other words'},
 {'id': 'b', 'text': 'B', 'title': 'B', 'kind': None, 'tags': [], 'note': None}]
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from argmap.formats._limits import short
from argmap.formats.argdown._slugs import slug_of
from argmap.formats.argdown._tree import EMPTY, NO_DATA, NO_TAGS, Element
from argmap.model import Claim, ClaimKind
from argmap.model.ids import unique_id

__all__ = [
    "Classes", "TitleClass", "assign_ids", "claim_columns", "claim_fields", "class_of",
    "describe", "group", "text_or_none",
]  # fmt: skip

_EQUIVALENT = "Equivalent statement: "
_CLAIM_KINDS = {k.value for k in ClaimKind}


class TitleClass:
    """Every occurrence of one statement or argument title: Argdown's equivalence class."""

    __slots__ = ("claim", "data", "element", "id", "kind", "others", "tags", "text", "title")

    def __init__(self, kind: str, title: str | None, element: Element) -> None:
        self.kind = kind
        self.title = title
        self.element = element  # the first occurrence (its line), or the one with a PCS
        self.text = ""
        self.others: list[str] = EMPTY  # texts of further definitions of the same title
        # The first occurrence's own tags and data while no other adds to them (read only).
        self.tags: list[str] = NO_TAGS
        self.data: dict[str, Any] = NO_DATA
        self.id = ""
        self.claim = ""  # the claim that stands for it in relations: its own, or a conclusion

    def absorb(self, element: Element) -> None:
        """Gather what a further occurrence says: its text (or other wording), tags and data.

        The parser calls it when an occurrence's text is complete, in reading order. The
        first tags (each once) and data are the occurrence's own lists and dicts, shared: a
        further occurrence's are added to a copy, so an element's never change.

        >>> from argmap.formats.argdown._syntax import parse
        >>> first, second = parse("[A]: a #t {x: 1}\\n\\n[A]: b #u #t {x: 2, y: 3}").elements
        >>> first.cls.tags, first.cls.data, first.cls.others
        (['t', 'u'], {'x': 1, 'y': 3}, ['b'])
        >>> first.tags, first.data, second.tags, second.data
        (['t'], {'x': 1}, ['u', 't'], {'x': 2, 'y': 3})
        """
        text, tags, data = element.text, element.tags, element.data
        if text and not self.text:
            self.text = text
        elif text and text != self.text and text not in self.others:
            self.others = [*self.others, text]
        if tags:
            if self.tags:
                self.tags = [*self.tags]
                self.tags.extend(t for t in tags if t not in self.tags)
            else:  # the first tags: the same, each once
                self.tags = tags if len(tags) == 1 else list(dict.fromkeys(tags))
        if data:
            if self.data:
                merged = dict(self.data)
                for key, value in data.items():
                    merged.setdefault(key, value)
                self.data = merged
            else:  # the first data: the same as setting each key
                self.data = data

    def absorb_pcs(self, element: Element) -> None:
        """Take the first occurrence with a premise–conclusion structure as the class's own."""
        if not self.element.pcs:
            self.element = element


Classes = dict[tuple[str, str | int], TitleClass]


def class_of(classes: Classes, element: Element, index: int) -> TitleClass:
    """The class of an occurrence (made when it is the first), kept as ``element.cls``;
    ``index`` tells an untitled occurrence, its own class, from the others."""
    key: tuple[str, str | int] = (element.kind, element.title or index)
    cls = classes.get(key)
    if cls is None:
        cls = classes[key] = TitleClass(element.kind, element.title, element)
    element.cls = cls
    return cls


def group(elements: Sequence[Element]) -> Classes:
    """The classes of complete elements in reading order (each also kept as ``element.cls``).

    The parser groups as it reads (the same calls, an occurrence at a time); this serves a
    tree made otherwise, such as Argdown's JSON export.
    """
    classes: Classes = {}
    for index, element in enumerate(elements):
        cls = class_of(classes, element, index)
        if element.text or element.tags or element.data:
            cls.absorb(element)
        if element.pcs:
            cls.absorb_pcs(element)
    return classes


def assign_ids(classes: Classes) -> set[str]:
    """Give every class its id: the one its data asks for, else its title's slug, unique.

    Returns:
        The ids given.
    """
    taken: set[str] = set()
    for cls in classes.values():
        wanted = cls.data.get("id")
        if isinstance(wanted, str) and wanted and wanted not in taken:
            cls.id = wanted
            taken.add(wanted)
    for cls in classes.values():
        if not cls.id:
            base = cls.title or cls.text or ("argument" if cls.kind == "argument" else "x")
            slug = slug_of(base)
            cls.id = slug if slug not in taken else unique_id(slug, taken)
            taken.add(cls.id)
    return taken


_CLAIM_FIELDS = ("id", "text", "title", "kind", "tags", "note")
_CLAIM_DATA = frozenset({"title", "text", "tags", "kind", "note"})  # the data a claim reads


def claim_fields(cls: TitleClass) -> dict[str, Any]:
    """The fields of a statement's claim, or of an argument's gist claim (an argument without
    a premise–conclusion structure)."""
    return dict(zip(_CLAIM_FIELDS, claim_values(cls), strict=True))


def claim_values(cls: TitleClass) -> tuple[Any, ...]:
    """[`claim_fields`][]' values, in their order: id, text, title, kind, tags, note."""
    data, others = cls.data, cls.others
    title = cls.title if cls.title != cls.id else None
    if not data or data.keys().isdisjoint(_CLAIM_DATA):  # the text and tags alone
        text = cls.text or cls.title or cls.id
        return cls.id, text, title, None, cls.tags, note(None, others) if others else None
    if "title" in data:
        title = text_or_none(data["title"])
    written = data.get("text")
    text = (written if isinstance(written, str) else None) or cls.text or cls.title or cls.id
    tags = cls.tags
    listed = data.get("tags")
    if isinstance(listed, list):
        tags = [str(t) for t in listed] + [t for t in tags if str(t) not in listed]
    kind = data.get("kind")
    kind = kind if isinstance(kind, str) and kind in _CLAIM_KINDS else None
    return cls.id, text, title, kind, tags, note(data.get("note"), others)


def claim_columns(classes: Sequence[TitleClass]) -> dict[str, list[Any]]:
    """The fields of the classes' claims as columns: what [`claim_fields`][] gives for each,
    a list per field (a class without data a claim reads, the common case, read in place).

    >>> from argmap.formats.argdown._syntax import parse
    >>> classes = group(parse("[A]: a #t\\n\\n[B] {kind: fact}").elements)
    >>> _ = assign_ids(classes)
    >>> claim_columns(list(classes.values()))  # doctest: +NORMALIZE_WHITESPACE
    {'id': ['a', 'b'], 'text': ['a', 'B'], 'title': ['A', 'B'], 'kind': [None, 'fact'],
     'tags': [['t'], []], 'note': [None, None]}
    """
    ids: list[Any] = []
    texts: list[Any] = []
    titles: list[Any] = []
    kinds: list[Any] = []
    tags: list[Any] = []
    notes: list[Any] = []
    for cls in classes:
        data = cls.data
        if data and not data.keys().isdisjoint(_CLAIM_DATA):  # else the text and tags alone
            id_, text, title, kind, tag_list, claim_note = claim_values(cls)
            ids.append(id_)
            texts.append(text)
            titles.append(title)
            kinds.append(kind)
            tags.append(tag_list)
            notes.append(claim_note)
            continue
        ids.append(cls.id)
        texts.append(cls.text or cls.title or cls.id)
        titles.append(cls.title if cls.title != cls.id else None)
        kinds.append(None)
        tags.append(cls.tags)
        others = cls.others
        notes.append(note(None, others) if others else None)
    return {"id": ids, "text": texts, "title": titles, "kind": kinds, "tags": tags, "note": notes}


def describe(owner: TitleClass | None, kind: type[Any]) -> str | None:
    """What the error of an element read for ``owner`` starts with: its statement or argument."""
    if owner is None:
        return None
    if kind is Claim:
        return f"{owner.kind} {short(owner.title or owner.text)!r}"
    return f"argument {short(owner.title or owner.id)!r}"


def note(value: Any, others: list[str]) -> str | None:
    """The claim's note, followed by the other wordings of an equivalence class."""
    if value is None and not others:
        return None
    lines = [str(value)] if value is not None else []
    lines += [f"{_EQUIVALENT}{text}" for text in others]
    return text_or_none("\n".join(lines))


def text_or_none(value: Any) -> str | None:
    """The value as text, ``None`` when it is missing or blank."""
    if value is None:
        return None
    text = str(value)
    return text if text.strip() else None
