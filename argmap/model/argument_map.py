"""The debate as a whole: an :class:`ArgumentMap` holding claims, arguments, rebuttals, actors,
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
from typing import Any, TypeVar, overload

import attrs

from argmap.exceptions import DuplicateIdError, InvalidAttackError, ModelError, UnknownIdError
from argmap.model.elements import (
    Actor,
    Argument,
    Attribution,
    Claim,
    Element,
    Rebuttal,
    Source,
)
from argmap.model.enums import AttackKind
from argmap.model.ids import slugify, unique_id
from argmap.model.references import REFERENCES, NamedId
from argmap.model.references import named_ids as _named_ids
from argmap.model.references import references as _references

__all__ = ["ArgumentMap", "Ref"]

T = TypeVar("T", bound=Element)
Ref = str | Claim | Argument | Rebuttal | Actor | Source | Attribution
"""A reference to an element: the element itself or its id."""

_KIND_NAMES: dict[type[Any], str] = {
    Claim: "claim",
    Argument: "argument",
    Rebuttal: "rebuttal",
    Actor: "actor",
    Source: "source",
    Attribution: "attribution",
}


def _id(ref: Ref) -> str:
    return ref if isinstance(ref, str) else ref.id


class ArgumentMap:
    """A debate map: metadata plus elements that refer to each other by id.

    Elements are frozen; the map is the one mutable thing. Every change is checked at once:
    an element that names an id not in the map, or the wrong kind of element, is refused with
    a message naming both ids.

    Args:
        title: the map's title.
        question: the question under debate.
        description: a longer description.

    The central claim is set with ``claim(..., central=True)`` or the :attr:`central` property.
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
        self._by_kind: dict[type[Any], dict[str, Any]] = {kind: {} for kind in _KIND_NAMES}
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

    # ----------------------------------------------------------------- builders

    def claim(
        self, text: str, *, id: str | None = None, central: bool = False, **fields: Any
    ) -> Claim:
        """Add a claim and return it.

        Args:
            text: the proposition.
            id: its id; derived from the text when omitted.
            central: make it the map's central claim.
            **fields: further :class:`Claim` fields (title, kind, tags, note).
        """
        claim = self.add(Claim(id=id or self._new_id(slugify(text)), text=text, **fields))
        if central:
            self.central = claim
        return claim

    def actor(self, name: str, *, id: str | None = None, **fields: Any) -> Actor:
        """Add an actor (person, organisation or group) and return it.

        ``affiliation`` may be given as an :class:`Actor` or its id.
        """
        if isinstance(fields.get("affiliation"), Actor):
            fields["affiliation"] = fields["affiliation"].id
        return self.add(Actor(id=id or self._new_id(slugify(name)), name=name, **fields))

    def source(self, title: str, *, id: str | None = None, **fields: Any) -> Source:
        """Add a source (article, speech, conference...) and return it."""
        return self.add(Source(id=id or self._new_id(slugify(title)), title=title, **fields))

    def argument(
        self,
        premises: Ref | Sequence[Ref],
        conclusion: Ref,
        *,
        id: str | None = None,
        **fields: Any,
    ) -> Argument:
        """Add an argument from linked premises to a conclusion and return it."""
        premise_ids = self._ids(premises)
        conclusion_id = _id(conclusion)
        new_id = id or self._new_id("arg-" + slugify(conclusion_id, max_words=5))
        return self.add(
            Argument(id=new_id, premises=premise_ids, conclusion=conclusion_id, **fields)
        )

    def support(self, conclusion: Ref, *, by: Ref | Sequence[Ref], **fields: Any) -> Argument:
        """Let ``by`` (one claim, or several linked premises) support ``conclusion``.

        Call it once per reason to make convergent arguments.
        """
        return self.argument(by, conclusion, **fields)

    def attack(
        self, kind: AttackKind | str, target: Ref, *, by: Ref, id: str | None = None, **fields: Any
    ) -> Rebuttal:
        """Add an attack of the given kind by ``by`` on ``target`` and return it."""
        kind = AttackKind(kind)
        attacker = _id(by)
        new_id = id or self._new_id(f"{kind.value}-{slugify(attacker, max_words=5)}")
        return self.add(
            Rebuttal(id=new_id, kind=kind, attacker=attacker, target=_id(target), **fields)
        )

    def rebut(self, target: Ref, *, by: Ref, **fields: Any) -> Rebuttal:
        """Let ``by`` rebut the claim ``target`` (argue that it is false)."""
        return self.attack(AttackKind.REBUT, target, by=by, **fields)

    def undermine(self, premise: Ref, *, by: Ref, **fields: Any) -> Rebuttal:
        """Let ``by`` undermine ``premise``, a claim used as a premise of some argument."""
        return self.attack(AttackKind.UNDERMINE, premise, by=by, **fields)

    def undercut(self, argument: Ref, *, by: Ref, **fields: Any) -> Rebuttal:
        """Let ``by`` undercut ``argument``: grant the premises, deny that they support."""
        return self.attack(AttackKind.UNDERCUT, argument, by=by, **fields)

    def attribute(
        self,
        claim: Ref,
        actor: Ref,
        source: Ref,
        *,
        id: str | None = None,
        **fields: Any,
    ) -> Attribution:
        """Record that ``actor`` put ``claim`` forward in ``source`` and return the attribution.

        Keyword fields are those of :class:`Attribution`: ``quote``, ``fragments``,
        ``paraphrase``, ``cue``, ``stance``, ``setting``, ``reported_by``, ``responds_to``,
        ``response``... Element-valued references may be given as elements or ids.
        """
        for ref in REFERENCES[Attribution]:
            value = fields.get(ref.field)
            if value is not None and not isinstance(value, str):
                fields[ref.field] = value.id
        claim_id, actor_id, source_id = _id(claim), _id(actor), _id(source)
        new_id = id or self._new_id(
            f"{slugify(actor_id, max_words=3)}-{slugify(source_id, max_words=3)}"
        )
        return self.add(
            Attribution(id=new_id, claim=claim_id, actor=actor_id, source=source_id, **fields)
        )

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
        self._by_kind[type(element)][element.id] = element
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
        The errors are those :meth:`add` raises, for the first element in order that has one.

        Args:
            elements: the elements, in the order the map keeps them.
            title, question, description: the map's metadata.
            central: the central claim.
            locations: where each element was read (``claims[3]``); when given, errors are
                :class:`~argmap.exceptions.DocumentError` naming that place and ``file``.
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
        self._by_kind[type(element)][element.id] = element
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
        del self._by_kind[type(element)][element.id]
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
        twin._by_kind = {kind: dict(elements) for kind, elements in self._by_kind.items()}
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
        counts = ", ".join(f"{len(self._by_kind[k])} {n}s" for k, n in _KIND_NAMES.items())
        return f"<ArgumentMap {self.title!r}: {counts}>"

    def _metadata(self) -> tuple[str | None, ...]:
        return (self.title, self.question, self.description, self._central)

    def _of(self, kind: type[T]) -> Iterator[T]:
        return iter(self._by_kind[kind].values())

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

    # ----------------------------------------------------------------- structure queries

    def _referring(self, ref: Ref, kind: type[T]) -> list[T]:
        users = self._referrers.get(_id(ref), {})
        return [e for e in map(self._elements.__getitem__, users) if type(e) is kind]

    def premises(self, argument: Ref) -> list[Claim]:
        """The premises of an argument, as claims."""
        return [self.get(p, Claim) for p in self.get(argument, Argument).premises]

    def arguments_for(self, claim: Ref) -> list[Argument]:
        """The arguments whose conclusion is ``claim``."""
        return [a for a in self._referring(claim, Argument) if a.conclusion == _id(claim)]

    def arguments_using(self, claim: Ref) -> list[Argument]:
        """The arguments in which ``claim`` is a premise."""
        return [a for a in self._referring(claim, Argument) if _id(claim) in a.premises]

    def attacks_on(self, ref: Ref) -> list[Rebuttal]:
        """The rebuttals whose target is this claim or argument."""
        return [r for r in self._referring(ref, Rebuttal) if r.target == _id(ref)]

    def attacks_by(self, ref: Ref) -> list[Rebuttal]:
        """The rebuttals in which this claim or argument is the attacker."""
        return [r for r in self._referring(ref, Rebuttal) if r.attacker == _id(ref)]

    def attributions_of(self, claim: Ref) -> list[Attribution]:
        """The attributions of a claim: who put it forward, denied or conceded it, where."""
        return [a for a in self._referring(claim, Attribution) if a.claim == _id(claim)]

    def attributions_by(self, actor: Ref) -> list[Attribution]:
        """The attributions whose speaker is ``actor``."""
        return [a for a in self._referring(actor, Attribution) if a.actor == _id(actor)]

    def attributions_in(self, source: Ref) -> list[Attribution]:
        """The attributions read in ``source``."""
        return [a for a in self._referring(source, Attribution) if a.source == _id(source)]

    def referrers(self, ref: Ref) -> list[Element]:
        """Every element that names ``ref``, in the order they were added."""
        return [self._elements[i] for i in self._referrers.get(_id(ref), {})]

    # ----------------------------------------------------------------- internals

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

    def _new_id(self, base: str) -> str:
        return unique_id(base, self._elements, counters=self._suffixes)

    def _ids(self, refs: Ref | Sequence[Ref]) -> list[str]:
        if isinstance(refs, str | Claim):
            return [_id(refs)]
        return [_id(r) for r in refs]  # type: ignore[union-attr]

    def _check_named(self, element: Element) -> None:
        """Check every id ``element`` names against this map (as :meth:`add` does)."""
        self._check_references(element, _named_ids(element))

    def _check_references(self, element: Element, named: list[NamedId]) -> None:
        elements = self._elements
        for label, ref, kinds in named:
            if kinds is None:
                continue
            found = elements.get(ref)
            if found is None or type(found) not in kinds:
                self._refuse_reference(element, label, ref, kinds)
        if isinstance(element, Rebuttal):
            self._check_attack(element)
        elif isinstance(element, Actor) and element.affiliation == element.id:
            raise ModelError(f"actor {element.id!r} cannot be its own affiliation")
        elif isinstance(element, Attribution) and element.responds_to == element.id:
            raise ModelError(f"attribution {element.id!r} cannot respond to itself")

    def _refuse_reference(
        self, owner: Element, field: str, ref: str, kinds: tuple[type[Any], ...]
    ) -> None:
        found = self._elements.get(ref)
        label = f"{_KIND_NAMES[type(owner)]} {owner.id!r}"
        if found is None:
            raise UnknownIdError(f"{label} names {field} {ref!r}, which is not in the map")
        wanted = " or ".join(_KIND_NAMES[k] for k in kinds)
        raise UnknownIdError(
            f"{label} names {field} {ref!r}, which is {_article(_KIND_NAMES[type(found)])}, "
            f"not {_article(wanted)}"
        )

    def _check_still_premises(self, claims: list[str], leaving: str) -> None:
        """Refuse to let ``leaving`` drop the last use as a premise of an undermined claim."""
        for claim in claims:
            others = [a for a in self.arguments_using(claim) if a.id != leaving]
            undermines = [r for r in self.attacks_on(claim) if r.kind is AttackKind.UNDERMINE]
            if undermines and not others:
                raise ModelError(
                    f"argument {leaving!r} is the last to use claim {claim!r} as a premise, "
                    f"which rebuttal {undermines[0].id!r} undermines; remove that first"
                )

    def _check_attack(self, rebuttal: Rebuttal) -> None:
        label = f"rebuttal {rebuttal.id!r}"
        target = self._elements.get(rebuttal.target)
        if target is None:
            raise UnknownIdError(
                f"{label} names target {rebuttal.target!r}, which is not in the map"
            )
        kind = rebuttal.kind
        if kind is AttackKind.UNDERCUT and not isinstance(target, Argument):
            raise InvalidAttackError(
                f"{label}: an undercut attacks an argument's inference, but "
                f"{target.id!r} is a {_KIND_NAMES[type(target)]}; use rebut or undermine"
            )
        if kind is not AttackKind.UNDERCUT and not isinstance(target, Claim):
            raise InvalidAttackError(
                f"{label}: a {kind.value} attacks a claim, but {target.id!r} is a "
                f"{_KIND_NAMES[type(target)]}"
                + ("; use undercut to attack an argument" if isinstance(target, Argument) else "")
            )
        if kind is AttackKind.UNDERMINE and not self.arguments_using(target.id):
            raise InvalidAttackError(
                f"{label}: an undermine attacks a premise, but claim {target.id!r} is not a "
                "premise of any argument; add the argument first, or use rebut"
            )


def _short(element: Element) -> str:
    text = getattr(element, "text", None) or getattr(element, "name", None)
    text = text or getattr(element, "title", None)
    if not text:
        return repr(element.id)
    return repr(text if len(text) <= 40 else text[:39] + "…")


def _article(noun: str) -> str:
    return f"an {noun}" if noun[0] in "aeiou" else f"a {noun}"
