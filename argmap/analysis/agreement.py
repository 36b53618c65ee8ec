"""Where actors agree and disagree, with the claims and the map elements as evidence.

Two actors **agree** when

* they take the same side on one claim: both hold it (assert or concede), or both deny it;
* one holds a premise of an argument whose conclusion the other holds (the argument is the
  reason).

* one holds a claim that attacks a claim the other denies (both are against it).

They **disagree** when

* one holds a claim that the other denies (asserting against denying is disagreement);
* one holds a premise of an argument whose conclusion the other denies;
* one holds a claim that attacks a claim the other holds (rebut, undermine), or that undercuts
  an argument for a claim the other holds (the rebuttal is the reason). An argument that
  attacks counts as its conclusion.

A pair of actors gets one relation, the way most of its evidence points (see
[`agreement`][]), so the actor map never joins two actors by both kinds of line.

A *questions* stance takes no side and is never evidence.

>>> from argmap.model import ArgumentMap
>>> m = ArgumentMap()
>>> s = m.source("Debate", id="s")
>>> ann, bob, cat = m.actor("Ann", id="ann"), m.actor("Bob", id="bob"), m.actor("Cat", id="cat")
>>> tram, traffic = m.claim("Build the tram", id="tram"), m.claim("It cuts traffic", id="cuts")
>>> cost = m.claim("It costs too much", id="cost")
>>> _ = m.support(tram, by=traffic, id="why")
>>> _ = m.rebut(tram, by=cost, id="too-dear")
>>> _ = m.attribute(tram, ann, s, paraphrase="build it")
>>> _ = m.attribute(traffic, bob, s, paraphrase="fewer cars")
>>> _ = m.attribute(cost, cat, s, paraphrase="too dear")
>>> _ = m.attribute(tram, cat, s, paraphrase="do not build it", stance="denies")
>>> for relation in agreement(m):
...     print(relation.first, relation.second, relation.kind, relation.claims, relation.reasons)
ann bob agree ('tram', 'cuts') ('why',)
ann cat disagree ('tram', 'cost') ('too-dear',)
bob cat disagree ('tram', 'cuts') ('why',)
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum
from itertools import combinations
from typing import Any

from attrs import field, frozen

from argmap.analysis._positions import actor_order, positions
from argmap.model import Argument, ArgumentMap

__all__ = ["Relation", "RelationKind", "agreement"]


class RelationKind(StrEnum):
    """Whether two actors agree or disagree."""

    AGREE = "agree"
    DISAGREE = "disagree"


def _kind(value: Any) -> RelationKind:
    return RelationKind(value)


def _strings(value: Iterable[str]) -> tuple[str, ...]:
    return tuple(value)


@frozen(kw_only=True)
class Relation:
    """Two actors agree, or disagree, and why.

    Attributes:
        first: the id of the actor that comes first in the map.
        second: the id of the other actor.
        kind: agree or disagree.
        claims: the ids of the claims the evidence involves, in map order.
        reasons: the ids of the arguments and rebuttals that connect the two actors' claims, in
            map order (empty when the evidence is only stances on the same claims).
        against: the claims of the weaker evidence the other way (they agree on most but
            disagree on these, or the reverse), in map order; empty when all points one way.
    """

    first: str
    second: str
    kind: RelationKind = field(converter=_kind)
    claims: tuple[str, ...] = field(converter=_strings)
    reasons: tuple[str, ...] = field(default=(), converter=_strings)
    against: tuple[str, ...] = field(default=(), converter=_strings)


_Key = tuple[str, str, RelationKind]


class _Evidence:
    """Collects the evidence for each (actor, actor, kind) without duplicates."""

    def __init__(self, order: dict[str, int]) -> None:
        self.order = order
        self.found: dict[_Key, tuple[dict[str, None], dict[str, None]]] = {}
        self.pieces: dict[_Key, set[tuple[str, str]]] = {}

    def note(
        self, a: str, b: str, kind: RelationKind, claims: Iterable[str], reason: str | None = None
    ) -> None:
        if a == b:
            return
        if self.order[a] > self.order[b]:
            a, b = b, a
        seen_claims, seen_reasons = self.found.setdefault((a, b, kind), ({}, {}))
        claims = tuple(claims)
        seen_claims.update(dict.fromkeys(claims))
        if reason is not None:
            seen_reasons[reason] = None
        # One piece of evidence: a stance on one claim, or one argument or rebuttal.
        piece = ("claim", claims[0]) if reason is None else ("reason", reason)
        self.pieces.setdefault((a, b, kind), set()).add(piece)


def agreement(argument_map: ArgumentMap) -> list[Relation]:
    """Return how each pair of actors stands: agreeing or disagreeing, never both.

    Each piece of evidence (a claim both take a stance on, an argument or a rebuttal joining
    their claims) counts once for agreement or for disagreement. A pair with evidence both ways
    gets the kind with more of it, disagreement on a tie (a denial is never drawn as support);
    the claims of the other side are kept in [`against`][Relation.against]. The order is stable: by
    the first actor's place in the map, then the second's. The work is linear in the map's size
    plus the number of (actor, actor) pairs found.

    Args:
        argument_map: the map.

    Returns:
        One relation per pair with evidence, in the order described.
    """
    index = positions(argument_map)
    order = actor_order(argument_map)
    evidence = _Evidence(order)
    holders, rejecters = index.holders, index.rejecters
    for side in (holders, rejecters):
        for claim, actors in side.items():
            for a, b in combinations(actors, 2):
                evidence.note(a, b, RelationKind.AGREE, (claim,))
    for claim, actors in holders.items():
        for a in actors:
            for b in rejecters.get(claim, ()):
                evidence.note(a, b, RelationKind.DISAGREE, (claim,))
    for argument in argument_map.arguments:
        for premise in argument.premises:
            pair = (premise, argument.conclusion)
            for a in holders.get(premise, ()):
                for b in holders.get(argument.conclusion, ()):
                    evidence.note(a, b, RelationKind.AGREE, pair, argument.id)
                for b in rejecters.get(argument.conclusion, ()):
                    evidence.note(a, b, RelationKind.DISAGREE, pair, argument.id)
    for rebuttal in argument_map.rebuttals:
        attacking = _as_claim(argument_map, rebuttal.attacker)
        attacked = _as_claim(argument_map, rebuttal.target)
        pair = (attacking, attacked)
        for a in holders.get(attacking, ()):
            for b in holders.get(attacked, ()):
                evidence.note(a, b, RelationKind.DISAGREE, pair, rebuttal.id)
            for b in rejecters.get(attacked, ()):  # both against the attacked claim
                evidence.note(a, b, RelationKind.AGREE, pair, rebuttal.id)
    place = {element.id: number for number, element in enumerate(argument_map)}
    pairs: dict[tuple[str, str], dict[RelationKind, tuple[dict[str, None], dict[str, None]]]] = {}
    for (a, b, kind), found in evidence.found.items():
        pairs.setdefault((a, b), {})[kind] = found
    relations = []
    for (a, b), kinds in pairs.items():
        weight = {kind: len(evidence.pieces[(a, b, kind)]) for kind in kinds}
        agree, disagree = weight.get(RelationKind.AGREE, 0), weight.get(RelationKind.DISAGREE, 0)
        kind = RelationKind.AGREE if agree > disagree else RelationKind.DISAGREE
        other = RelationKind.DISAGREE if kind is RelationKind.AGREE else RelationKind.AGREE
        claims, reasons = kinds[kind]
        against = kinds.get(other, ({}, {}))[0]
        relations.append(
            Relation(
                first=a,
                second=b,
                kind=kind,
                claims=sorted(claims, key=place.__getitem__),
                reasons=sorted(reasons, key=place.__getitem__),
                against=sorted(against, key=place.__getitem__),
            )
        )
    relations.sort(key=lambda r: (order[r.first], order[r.second]))
    return relations


def _as_claim(argument_map: ArgumentMap, ref: str) -> str:
    """The claim an attacker or target stands for: itself, or an argument's conclusion."""
    element = argument_map.get(ref)
    return element.conclusion if isinstance(element, Argument) else ref
