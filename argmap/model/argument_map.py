"""The debate as a whole: an [`ArgumentMap`][] holding claims, arguments, rebuttals, actors,
sources and attributions under one namespace of ids.

Build a map in a few lines; ids are derived from text unless given:

>>> m = ArgumentMap(title="Labour 2010", question="Did immigration lose Labour the election?")
>>> balls = m.actor("Ed Balls", role="schools secretary")
>>> ft = m.source("Labour fights rearguard action", outlet="Financial Times", date="2010-05-17")
>>> lost = m.claim("Immigration lost Labour the election", central=True)
>>> doorstep = m.claim("Immigration came up on the doorstep")
>>> attribution = m.attribute(doorstep, balls, ft, paraphrase="immigration came up", cue="said")
>>> argument = m.support(lost, by=[doorstep])
>>> proxy = m.claim("Immigration was a proxy for other worries")
>>> m.undercut(argument, by=proxy).id
'undercut-immigration-was-a-proxy-for'
>>> [c.id for c in m.premises(argument)]
['immigration-came-up-on-the-doorstep']
>>> m.rebut("nobody", by=proxy)
Traceback (most recent call last):
...
argmap.exceptions.UnknownIdError: rebuttal 'rebut-immigration-was-a-proxy-for' names target \
'nobody', which is not in the map
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from operator import attrgetter
from typing import Any, overload

import attrs

from argmap.exceptions import DuplicateIdError, ModelError, UnknownIdError
from argmap.model._building import Building
from argmap.model._integrity import Integrity
from argmap.model._map_base import KIND_NAMES as _KIND_NAMES
from argmap.model._map_base import Ref, T
from argmap.model._map_base import article as _article
from argmap.model._map_base import id_of as _id
from argmap.model._map_base import short as _short
from argmap.model._queries import Queries
from argmap.model.elements import (
    Actor,
    Argument,
    Attribution,
    Claim,
    Element,
    Rebuttal,
    Source,
)
from argmap.model.references import named_ids as _named_ids
from argmap.model.references import references as _references

__all__ = ["ArgumentMap", "Ref"]

_ELEMENT_ID = attrgetter("id")


class ArgumentMap(Building, Queries, Integrity):
    """A debate map: metadata plus elements that refer to each other by id.

    Elements are frozen; the map is the one mutable thing. Every change is checked at once:
    an element that names an id not in the map, or the wrong kind of element, is refused with
    a message naming both ids.

    Args:
        title: the map's title.
        question: the question under debate.
        description: a longer description.

    The central claim is set with ``claim(..., central=True)`` or the `central` property.
    """

    def __init__(
        self,
        *,
        title: str | None = None,
        question: str | None = None,
        description: str | None = None,
    ) -> None:
        self.title = title
        self.question = question
        self.description = description
        self._central: str | None = None
        self._elements: dict[str, Element] = {}
        # kind -> id -> element, in order. None after a bulk load, which keeps each kind's
        # elements as a list in ``_loaded`` instead: most loaded maps are only read, and the
        # dicts are made on the first change (see `_kinds`).
        self._by_kind: dict[type[Any], dict[str, Any]] | None = {kind: {} for kind in _KIND_NAMES}
        self._loaded: dict[type[Any], list[Any]] = {}
        # id -> ids of the elements that name it, in insertion order (a dict as ordered set).
        # None until first needed: a bulk load builds it once, on the first query.
        self._referrer_index: dict[str, dict[str, None]] | None = {}
        self._suffixes: dict[str, int] = {}

    # ----------------------------------------------------------------- metadata

    @property
    def central(self) -> Claim | None:
        """The central claim of the debate, if one is set."""
        if self._central is None:
            return None
        return self.get(self._central, Claim)

    @central.setter
    def central(self, ref: Ref | None) -> None:
        if ref is None:
            self._central = None
            return
        self.get(_id(ref), Claim)
        self._central = _id(ref)

    # ----------------------------------------------------------------- changes

    def add(self, element: T) -> T:
        """Add an element made by hand; check its id and every id it names.

        Raises:
            DuplicateIdError: when its id is taken.
            UnknownIdError: when it names an id that is not in the map.
            InvalidAttackError: when a rebuttal's kind does not fit its target.
        """
        if element.id in self._elements:
            other = self._elements[element.id]
            raise DuplicateIdError(
                f"{_KIND_NAMES[type(element)]} id {element.id!r} is already taken by the "
                f"{_KIND_NAMES[type(other)]} {_short(other)}"
            )
        named = _named_ids(element)
        self._check_references(element, named)
        self._elements[element.id] = element
        self._kinds[type(element)][element.id] = element
        referrers = self._referrer_index
        if referrers is not None:  # else it is built, this element included, when first needed
            for _, ref, _ in named:
                referrers.setdefault(ref, {})[element.id] = None
        return element

    def extend(self, elements: Iterable[Element]) -> None:
        """Add elements in order (each may refer to those before it)."""
        for element in elements:
            self.add(element)

    @classmethod
    def from_elements(
        cls,
        elements: Iterable[Element],
        *,
        title: str | None = None,
        question: str | None = None,
        description: str | None = None,
        central: Ref | None = None,
        locations: Sequence[str] | None = None,
        file: str | None = None,
    ) -> ArgumentMap:
        """Build a whole map at once: the fast way to load many elements (readers use it).

        Every reference is checked in one pass over the id table, so an element may name
        elements that come after it (an actor's affiliation, an answer to a later attribution).
        The errors are those `add` raises, for the first element in order that has one.

        Args:
            elements: the elements, in the order the map keeps them.
            title, question, description: the map's metadata.
            central: the central claim.
            locations: where each element was read (``claims[3]``); when given, errors are
                [`DocumentError`][argmap.exceptions.DocumentError] naming that place and ``file``.
            file: the file name for those errors.

        Raises:
            DuplicateIdError: two elements share an id.
            UnknownIdError: an element names an id that is not in the map, or the wrong kind.
            InvalidAttackError: a rebuttal's kind does not fit its target.
            ModelError: an actor is its own affiliation, an attribution answers itself.
            DocumentError: any of these, when ``locations`` is given.

        >>> from argmap.model import Actor
        >>> m = ArgumentMap.from_elements(
        ...     [Actor(id="a", name="Ann", affiliation="org"), Actor(id="org", name="Org")]
        ... )
        >>> m.get("a").affiliation, len(m)
        ('org', 2)
        """
        from argmap.model.bulk import build_map

        return build_map(
            elements,
            title=title,
            question=question,
            description=description,
            central=None if central is None else _id(central),
            locations=locations,
            file=file,
        )

    def replace(self, element: T) -> T:
        """Put ``element`` in place of the element with the same id (e.g. from ``attrs.evolve``).

        Raises:
            UnknownIdError: when no element has that id, or it names an unknown id.
            ModelError: when the element with that id is of another type.
        """
        old = self.get(element.id)
        if type(old) is not type(element):
            raise ModelError(
                f"cannot replace the {_KIND_NAMES[type(old)]} {element.id!r} by a "
                f"{_KIND_NAMES[type(element)]}"
            )
        self._check_references(element, _named_ids(element))
        if isinstance(old, Argument) and isinstance(element, Argument):
            kept = set(element.premises)
            self._check_still_premises([p for p in old.premises if p not in kept], old.id)
        referrers = self._referrers
        for ref in _references(old):
            referrers.get(ref, {}).pop(old.id, None)
        self._elements[element.id] = element
        self._kinds[type(element)][element.id] = element
        for ref in _references(element):
            referrers.setdefault(ref, {})[element.id] = None
        return element

    def update(self, ref: Ref, **changes: Any) -> Element:
        """Replace an element by a copy with some fields changed (``attrs.evolve``).

        >>> m = ArgumentMap()
        >>> m.update(m.claim("Taxes are high"), note="disputed").note
        'disputed'
        """
        return self.replace(attrs.evolve(self.get(_id(ref)), **changes))

    def remove(self, ref: Ref) -> Element:
        """Remove an element that nothing refers to, and return it.

        Raises:
            UnknownIdError: when no element has that id.
            ModelError: when other elements still refer to it (they are named).
        """
        element = self.get(_id(ref))
        users = list(self._referrers.get(element.id, {}))
        if users:
            raise ModelError(
                f"cannot remove {_KIND_NAMES[type(element)]} {element.id!r}: "
                f"{', '.join(map(repr, users[:5]))}{' ...' if len(users) > 5 else ''} "
                "refer to it"
            )
        if isinstance(element, Argument):
            self._check_still_premises(list(element.premises), element.id)
        if self._central == element.id:
            self._central = None
        del self._elements[element.id]
        del self._kinds[type(element)][element.id]
        referrers = self._referrers
        for target in _references(element):
            referrers.get(target, {}).pop(element.id, None)
        return element

    def copy(self) -> ArgumentMap:
        """Return an independent copy (elements are frozen, so they are shared safely).

        >>> m = ArgumentMap(title="Tram")
        >>> twin = m.copy()
        >>> _ = twin.claim("Only in the copy")
        >>> len(m), len(twin)
        (0, 1)
        """
        twin = ArgumentMap(title=self.title, question=self.question, description=self.description)
        twin._central = self._central
        twin._elements = dict(self._elements)
        kinds = self._by_kind
        twin._by_kind = None if kinds is None else {kind: dict(e) for kind, e in kinds.items()}
        twin._loaded = dict(self._loaded)  # lists never changed: made into dicts on a change
        index = self._referrer_index
        twin._referrer_index = None if index is None else {k: dict(v) for k, v in index.items()}
        twin._suffixes = dict(self._suffixes)
        return twin

    def _repr_mimebundle_(self, include: object = None, exclude: object = None) -> dict[str, str]:
        """Show the map as an SVG diagram in Jupyter (a text summary when Graphviz is missing)."""
        from argmap.diagram.jupyter import repr_mimebundle

        return repr_mimebundle(self)

    # ----------------------------------------------------------------- lookup

    @overload
    def get(self, ref: Ref) -> Element: ...

    @overload
    def get(self, ref: Ref, kind: type[T]) -> T: ...

    def get(self, ref: Ref, kind: type[Any] | None = None) -> Any:
        """Return the element with this id, optionally checking its type.

        Raises:
            UnknownIdError: no element has that id, or it is not of the given type.
        """
        element_id = _id(ref)
        element = self._elements.get(element_id)
        if element is None:
            raise UnknownIdError(f"no element has the id {element_id!r}")
        if kind is not None and not isinstance(element, kind):
            raise UnknownIdError(
                f"{element_id!r} is {_article(_KIND_NAMES[type(element)])}, "
                f"not {_article(_KIND_NAMES[kind])}"
            )
        return element

    def __contains__(self, ref: object) -> bool:
        if isinstance(ref, str):
            return ref in self._elements
        return getattr(ref, "id", None) in self._elements and self._elements[ref.id] == ref  # type: ignore[attr-defined]

    def __len__(self) -> int:
        return len(self._elements)

    def __iter__(self) -> Iterator[Element]:
        """All elements in the order they were added."""
        return iter(self._elements.values())

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ArgumentMap):
            return NotImplemented
        return self._metadata() == other._metadata() and all(
            list(self._of(kind)) == list(other._of(kind)) for kind in _KIND_NAMES
        )

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        counts = ", ".join(f"{self._count(k)} {n}s" for k, n in _KIND_NAMES.items())
        return f"<ArgumentMap {self.title!r}: {counts}>"

    def _metadata(self) -> tuple[str | None, ...]:
        return (self.title, self.question, self.description, self._central)

    def _of(self, kind: type[T]) -> Iterator[T]:
        kinds = self._by_kind
        if kinds is None:
            return iter(self._loaded.get(kind, ()))
        return iter(kinds[kind].values())

    def _count(self, kind: type[Any]) -> int:
        kinds = self._by_kind
        return len(self._loaded.get(kind, ()) if kinds is None else kinds[kind])

    @property
    def _kinds(self) -> dict[type[Any], dict[str, Any]]:
        """Per kind, id -> element in order: after a bulk load, made from its lists when the
        map first changes."""
        kinds = self._by_kind
        if kinds is None:
            loaded = self._loaded
            kinds = {kind: {} for kind in _KIND_NAMES}
            for kind, members in loaded.items():
                kinds[kind] = dict(zip(map(_ELEMENT_ID, members), members, strict=True))
            self._by_kind, self._loaded = kinds, {}
        return kinds

    @property
    def claims(self) -> list[Claim]:
        """The claims, in the order they were added."""
        return list(self._of(Claim))

    @property
    def arguments(self) -> list[Argument]:
        """The arguments, in the order they were added."""
        return list(self._of(Argument))

    @property
    def rebuttals(self) -> list[Rebuttal]:
        """The rebuttals (attacks of every kind), in the order they were added."""
        return list(self._of(Rebuttal))

    @property
    def actors(self) -> list[Actor]:
        """The actors, in the order they were added."""
        return list(self._of(Actor))

    @property
    def sources(self) -> list[Source]:
        """The sources, in the order they were added."""
        return list(self._of(Source))

    @property
    def attributions(self) -> list[Attribution]:
        """The attributions, in the order they were added."""
        return list(self._of(Attribution))

    @property
    def _referrers(self) -> dict[str, dict[str, None]]:
        """The referrer index (id -> the ids that name it, in order), built on first use."""
        index = self._referrer_index
        if index is None:
            index = {}
            for element in self._elements.values():
                for ref in _references(element):
                    index.setdefault(ref, {})[element.id] = None
            self._referrer_index = index
        return index
