"""Who holds or rejects which claim: the stance index every query of this package starts from.

A stance is *for* a claim (asserts, concedes), *against* it (denies), or neither (questions).

>>> from argmap.model import ArgumentMap
>>> m = ArgumentMap()
>>> c, s = m.claim("Taxes are high", id="c"), m.source("Paper", id="s")
>>> a, b = m.actor("Ann", id="a"), m.actor("Bob", id="b")
>>> _ = m.attribute(c, a, s, paraphrase="taxes are high")
>>> _ = m.attribute(c, b, s, paraphrase="they are not", stance="denies")
>>> index = positions(m)
>>> index.holders["c"], index.rejecters["c"]
(['a'], ['b'])
"""

from __future__ import annotations

from attrs import frozen

from argmap.model import ArgumentMap, Stance

__all__ = ["FOR", "Positions", "actor_order", "positions"]

FOR = frozenset({Stance.ASSERTS, Stance.CONCEDES})
"""The stances that hold a claim."""


@frozen(kw_only=True)
class Positions:
    """Per claim id, the ids of the actors who hold it and who reject (deny) it.

    Each list is in the order of the actors in the map and names an actor once.
    """

    holders: dict[str, list[str]]
    rejecters: dict[str, list[str]]


def actor_order(argument_map: ArgumentMap) -> dict[str, int]:
    """Map each actor id to its position in the map (the stable order of every result)."""
    return {actor.id: index for index, actor in enumerate(argument_map.actors)}


def positions(argument_map: ArgumentMap) -> Positions:
    """Index the attributions by claim: who holds it, who denies it. Linear in the map's size."""
    order = actor_order(argument_map)
    holders: dict[str, dict[str, None]] = {}
    rejecters: dict[str, dict[str, None]] = {}
    for attribution in argument_map.attributions:
        if attribution.stance in FOR:
            holders.setdefault(attribution.claim, {})[attribution.actor] = None
        elif attribution.stance is Stance.DENIES:
            rejecters.setdefault(attribution.claim, {})[attribution.actor] = None
    return Positions(
        holders={c: sorted(actors, key=order.__getitem__) for c, actors in holders.items()},
        rejecters={c: sorted(actors, key=order.__getitem__) for c, actors in rejecters.items()},
    )
