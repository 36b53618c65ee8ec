"""Choose the direction of a diagram by the map's shape, so a real debate fits a screen.

A debate is mostly a wide, shallow tree: many reasons for a few conclusions. Drawn bottom to
top it gets as wide as its widest level of reasons (the flagship: 3.2:1); drawn left to right
the same tree is as wide as it is deep. ``direction="auto"`` (the default) estimates both
pictures from the levels of the map (no layout run) and takes the one nearer to square. The
figures behind this choice are in ``docs/diagrams.md`` (section "Layout").

>>> from argmap.model import ArgumentMap
>>> m = ArgumentMap()
>>> top = m.claim("top", id="top")
>>> for n in range(12):
...     _ = m.support(top, by=m.claim(f"reason {n}", id=f"r{n}"))
>>> choose_direction(m, {c.id for c in m.claims})
'LR'
>>> chain = ArgumentMap()
>>> ids = [chain.claim(f"step {n}", id=f"s{n}").id for n in range(6)]
>>> for lower, upper in zip(ids[1:], ids):
...     _ = chain.support(upper, by=lower)
>>> choose_direction(chain, set(ids))
'BT'
"""

from __future__ import annotations

import math
from collections import Counter
from itertools import chain

from argmap.model import ArgumentMap

__all__ = ["BOX_HEIGHT", "BOX_WIDTH", "choose_direction", "levels"]

BOX_WIDTH = 3.0
"""A claim box's width over its height, about, at the default label width (with gaps)."""
BOX_HEIGHT = 1.0


def levels(argument_map: ArgumentMap, shown: set[str]) -> dict[str, int]:
    """Return each shown claim's level: 0 for a claim that supports or attacks nothing shown,
    else one more than the claim it supports or attacks, found breadth first (so cycles end).

    >>> from argmap.model import ArgumentMap
    >>> m = ArgumentMap()
    >>> _ = m.support(m.claim("a", id="a"), by=m.claim("b", id="b"))
    >>> levels(m, {"a", "b"})
    {'a': 0, 'b': 1}
    """
    below: dict[str, list[str]] = {}  # a shown claim: the shown claims under it, if any
    arguments = argument_map.arguments
    for argument in arguments:
        conclusion = argument.conclusion
        if conclusion not in shown:
            continue
        premises = argument.premises
        if len(premises) == 1:  # most arguments: no comprehension for one premise
            if premises[0] not in shown:
                continue
            reasons = list(premises)
        else:
            reasons = [premise for premise in premises if premise in shown]
        known = below.get(conclusion)
        if known is None:
            below[conclusion] = reasons
        else:
            known.extend(reasons)
    conclusions = {a.id: a.conclusion for a in arguments}  # an attacking argument's claim
    for rebuttal in argument_map.rebuttals:
        attacker = conclusions.get(rebuttal.attacker, rebuttal.attacker)
        target = conclusions.get(rebuttal.target, rebuttal.target)
        if target in shown and attacker in shown:
            known = below.get(target)
            if known is None:
                below[target] = [attacker]
            else:
                known.append(attacker)
    has_head = set(chain.from_iterable(below.values()))
    found = {c.id: 0 for c in argument_map.claims if c.id in shown and c.id not in has_head}
    # Breadth first, one level at a time (the order a queue would give, without one).
    level, depth, none = list(found), 0, ()
    while level:
        depth += 1
        following = []
        for current in level:
            for lower in below.get(current, none):
                if lower not in found:
                    found[lower] = depth
                    following.append(lower)
        level = following
    for claim_id in shown:  # a cycle with no way out: its claims sit at the top level
        found.setdefault(claim_id, 0)
    return found


def choose_direction(argument_map: ArgumentMap, shown: set[str]) -> str:
    """Return ``BT`` or ``LR``, whichever draws the shown claims nearer to a square.

    The estimate: bottom to top, the picture is as wide as the most crowded level (boxes side
    by side) and as tall as the number of levels; left to right the other way round.
    """
    if not shown:
        return "BT"
    counts = Counter(levels(argument_map, shown).values())
    depth, crowd = len(counts), max(counts.values())
    upright = (crowd * BOX_WIDTH) / (depth * BOX_HEIGHT * 2.5)  # ranks are further apart
    sideways = (depth * BOX_WIDTH * 1.4) / (crowd * BOX_HEIGHT)
    return "BT" if abs(math.log(upright)) <= abs(math.log(sideways)) else "LR"
