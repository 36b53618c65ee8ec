"""Which elements a diagram shows (focus), and into which cluster each claim goes (group).

Both walk the map iteratively (breadth first, with a queue), so a 100,000-step chain is fine.

>>> from argmap.model import ArgumentMap
>>> m = ArgumentMap()
>>> a, b, c, d = (m.claim(t, id=t) for t in "abcd")
>>> _ = m.support(a, by=b, id="ab"); _ = m.support(b, by=c, id="bc"); _ = m.rebut(c, by=d, id="dc")
>>> sorted(neighbourhood(m, "a", 1))
['a', 'b']
>>> sides(m, "a")
{'a': 'for', 'b': 'for', 'c': 'for', 'd': 'against'}
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterator

from argmap.diagram.options import DiagramOptionError
from argmap.model import Argument, ArgumentMap, Claim, Rebuttal

__all__ = ["claim_groups", "claims_of", "neighbourhood", "sides", "visible"]


def claims_of(argument_map: ArgumentMap, element_id: str) -> list[str]:
    """The claims an attacker or target stands for: itself, or an argument's claims."""
    element = argument_map.get(element_id)
    if isinstance(element, Argument):
        return [*element.premises, element.conclusion]
    return [element_id]


def _neighbours(argument_map: ArgumentMap, claim_id: str) -> Iterator[str]:
    for argument in argument_map.arguments_for(claim_id):
        yield from argument.premises
    for argument in argument_map.arguments_using(claim_id):
        yield argument.conclusion
    for rebuttal in argument_map.attacks_on(claim_id):
        yield from claims_of(argument_map, rebuttal.attacker)
    for rebuttal in argument_map.attacks_by(claim_id):
        target = argument_map.get(rebuttal.target)
        yield target.conclusion if isinstance(target, Argument) else target.id
    for argument in argument_map.arguments_for(claim_id):
        for rebuttal in argument_map.attacks_on(argument.id):  # undercuts of its support
            yield from claims_of(argument_map, rebuttal.attacker)


def neighbourhood(argument_map: ArgumentMap, focus: str, depth: int) -> set[str]:
    """Return the ids of the claims within ``depth`` steps of the claim ``focus``.

    One step is one argument (premise to conclusion) or one attack (attacker to target; an
    undercut reaches the conclusion of the argument it attacks), in either direction.

    Raises:
        DiagramOptionError: when ``focus`` is not a claim of the map.
    """
    if focus not in argument_map or not isinstance(argument_map.get(focus), Claim):
        raise DiagramOptionError(f"focus: {focus!r} is not a claim of this map")
    seen = {focus: 0}
    queue = deque([focus])
    while queue:
        current = queue.popleft()
        if seen[current] == depth:
            continue
        for neighbour in _neighbours(argument_map, current):
            if neighbour not in seen:
                seen[neighbour] = seen[current] + 1
                queue.append(neighbour)
    return set(seen)


def visible(
    argument_map: ArgumentMap, claims: set[str]
) -> tuple[list[Claim], list[Argument], list[Rebuttal]]:
    """Return the claims, arguments and rebuttals to draw when only ``claims`` are shown.

    An argument is drawn when its conclusion and at least one premise are shown, and then with
    all its premises (a linked argument is never drawn with half its reasons); a rebuttal when
    its attacker and its target are drawn.
    """
    every_claim = argument_map.claims
    if len(claims) == len(every_claim) and claims.issuperset([c.id for c in every_claim]):
        # The whole map (no focus): every premise and conclusion is a claim, so everything
        # is drawn; the lists are those the filters below would keep.
        return every_claim, argument_map.arguments, argument_map.rebuttals
    shown_arguments = [
        a
        for a in argument_map.arguments
        if a.conclusion in claims and any(p in claims for p in a.premises)
    ]
    claims = claims.union(*(a.premises for a in shown_arguments))
    shown_claims = [c for c in every_claim if c.id in claims]
    drawn = claims | {a.id for a in shown_arguments}
    shown_rebuttals = [
        r for r in argument_map.rebuttals if r.attacker in drawn and r.target in drawn
    ]
    return shown_claims, shown_arguments, shown_rebuttals


def _flip(side: str) -> str:
    return "against" if side == "for" else "for"


def sides(argument_map: ArgumentMap, central: str) -> dict[str, str]:
    """Return ``for`` or ``against`` (the central claim) for every claim connected to it.

    A reason has the side of what it supports; an attacker the other side of what it attacks
    (an undercut: the other side of the attacked argument's conclusion). A claim reached both
    ways keeps the side found first, walking breadth first in map order.
    """
    side = {central: "for"}
    queue = deque([central])
    while queue:
        current = queue.popleft()
        found: list[tuple[str, str]] = []
        for argument in argument_map.arguments_for(current):
            found += [(p, side[current]) for p in argument.premises]
            for rebuttal in argument_map.attacks_on(argument.id):
                found += [(c, _flip(side[current])) for c in _attackers(argument_map, rebuttal)]
        for rebuttal in argument_map.attacks_on(current):
            found += [(c, _flip(side[current])) for c in _attackers(argument_map, rebuttal)]
        for claim_id, claim_side in found:
            if claim_id not in side:
                side[claim_id] = claim_side
                queue.append(claim_id)
    return side


def _attackers(argument_map: ArgumentMap, rebuttal: Rebuttal) -> list[str]:
    attacker = argument_map.get(rebuttal.attacker)
    if isinstance(attacker, Argument):
        return [attacker.conclusion, *attacker.premises]
    return [attacker.id]


def claim_groups(argument_map: ArgumentMap, group: str) -> dict[str, tuple[str, str]]:
    """Return claim id -> (cluster key, cluster label) for the grouping ``group``.

    ``source`` and ``actor`` use a claim's first attribution; ``side`` needs a central claim.
    Claims that fit no group are left out (drawn outside every cluster).

    Raises:
        DiagramOptionError: for ``side`` when the map has no central claim.
    """
    result: dict[str, tuple[str, str]] = {}
    if group == "side":
        central = argument_map.central
        if central is None:
            raise DiagramOptionError(
                "group='side' needs a central claim; set one with claim(..., central=True)"
            )
        labels = {"for": "For the central claim", "against": "Against the central claim"}
        for claim_id, side in sides(argument_map, central.id).items():
            result[claim_id] = (side, labels[side])
        return result
    if group in ("source", "actor"):
        for attribution in argument_map.attributions:
            if attribution.claim in result:
                continue
            key = attribution.source if group == "source" else attribution.actor
            element = argument_map.get(key)
            label = str(getattr(element, "name", None) or getattr(element, "title", key))
            result[attribution.claim] = (key, label)
    return result
