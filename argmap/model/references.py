"""Which fields of an element name other elements: the table, once.

The map checks these references when an element is added, indexes them to answer "who names
this id", and the readers use [`FORWARD`][] to know which fields may name an element that
comes later in the same list of a document (an actor's affiliation, an attribution that
answers a later one).

>>> [ref.field for ref in REFERENCES[Attribution]]
['claim', 'actor', 'source', 'setting', 'reported_by', 'responds_to']
>>> FORWARD[Attribution]
('responds_to', 'response')
>>> from argmap.model.elements import Argument
>>> named_ids(Argument(id="a", premises=("p", "q"), conclusion="c"))
[('premise', 'p', (<class 'argmap.model.elements.Claim'>,)), \
('premise', 'q', (<class 'argmap.model.elements.Claim'>,)), \
('conclusion', 'c', (<class 'argmap.model.elements.Claim'>,))]
"""

from __future__ import annotations

from typing import Any

from attrs import frozen

from argmap.model.elements import Actor, Argument, Attribution, Claim, Element, Rebuttal, Source

__all__ = ["FORWARD", "REFERENCES", "NamedId", "Reference", "named_ids", "references"]

NamedId = tuple[str, str, tuple[type[Any], ...] | None]
"""One id an element names: (what it is to the element, the id, the kinds it may be)."""


@frozen
class Reference:
    """One field of an element class that holds the id of another element (or several).

    Attributes:
        field: the attribute's name.
        role: how messages name one referenced id (``premise`` for ``premises``).
        kinds: the element classes the id may name; ``None`` when the check is elsewhere (a
            rebuttal's target depends on its attack kind).
        many: the field holds a tuple of ids.
        forward: a document may name an element that comes later in the same list.
        companions: fields that must wait with this one (a ``response`` needs its
            ``responds_to``).
    """

    field: str
    role: str
    kinds: tuple[type[Any], ...] | None
    many: bool = False
    forward: bool = False
    companions: tuple[str, ...] = ()


def _ref(field: str, *kinds: type[Any], **more: Any) -> Reference:
    return Reference(field, field, kinds or None, **more)


REFERENCES: dict[type[Any], tuple[Reference, ...]] = {
    Claim: (),
    Source: (),
    Actor: (_ref("affiliation", Actor, forward=True),),
    Argument: (
        Reference("premises", "premise", (Claim,), many=True),
        _ref("conclusion", Claim),
    ),
    Rebuttal: (_ref("attacker", Claim, Argument), _ref("target")),
    Attribution: (
        _ref("claim", Claim),
        _ref("actor", Actor),
        _ref("source", Source),
        _ref("setting", Source),
        _ref("reported_by", Actor),
        _ref("responds_to", Attribution, forward=True, companions=("response",)),
    ),
}
"""Every element class and the fields of it that name other elements, in field order."""

FORWARD: dict[type[Any], tuple[str, ...]] = {
    cls: tuple(name for ref in refs if ref.forward for name in (ref.field, *ref.companions))
    for cls, refs in REFERENCES.items()
    if any(ref.forward for ref in refs)
}
"""Fields a reader sets in a second pass, once every element of the list is in the map."""


# Per class, unpacked once: ArgumentMap.add calls named_ids for every element it adds.
_PLANS = {
    cls: tuple((r.field, r.role, r.kinds, r.many) for r in refs) for cls, refs in REFERENCES.items()
}


def named_ids(element: Element) -> list[NamedId]:
    """Every id ``element`` names, as (role, id, kinds), in the order of [`REFERENCES`][]."""
    named: list[NamedId] = []
    for field, role, kinds, many in _PLANS[type(element)]:
        value = getattr(element, field)
        if value is None:
            continue
        if many:
            named += [(role, item, kinds) for item in value]
        else:
            named.append((role, value, kinds))
    return named


def references(element: Element) -> list[str]:
    """The ids ``element`` names, for the referrer index.

    >>> from argmap.model.elements import Actor
    >>> references(Actor(id="ann", name="Ann", affiliation="party"))
    ['party']
    """
    return [ref for _, ref, _ in named_ids(element)]
