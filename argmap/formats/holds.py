"""What of a map a format keeps, as a value to compare: the round-trip tests' yardstick.

A format's row says how much it [`Holds`][]; [`projection`][]
turns a map into what that level promises, so ``projection(holds, loads(dumps(m))) ==
projection(holds, m)`` is the round-trip property of every format, tested for all of them at
once (``tests/test_registry.py``).

>>> from argmap.model import ArgumentMap
>>> m = ArgumentMap()
>>> m.support(m.claim("Trams cut traffic"), by=m.claim("Trams carry 200 people")).id
'arg-trams-cut-traffic'
>>> projection(Holds.STRUCTURE, m)["arguments"]
[([1], 0, None)]
"""

from __future__ import annotations

from typing import Any

from argmap.formats.contract import Holds
from argmap.model import Argument, ArgumentMap, Claim

__all__ = ["Holds", "projection"]


def projection(holds: Holds, argument_map: ArgumentMap) -> Any:
    """Return what a format that keeps ``holds`` of a map keeps of ``argument_map``.

    Args:
        holds: the level a format's row declares.
        argument_map: the map.

    Returns:
        A value that compares equal for two maps exactly when the format cannot tell them
        apart at that level.
    """
    if holds is Holds.EVERYTHING:
        return argument_map
    if holds is Holds.ELEMENTS:
        return {
            "claims": argument_map.claims,
            "arguments": argument_map.arguments,
            "rebuttals": argument_map.rebuttals,
            "actors": sorted(argument_map.actors, key=repr),
            "sources": sorted(argument_map.sources, key=repr),
            "attributions": sorted(argument_map.attributions, key=repr),
            "about": (argument_map.title, argument_map.question, argument_map.description),
            "central": argument_map.central,
        }
    elements: list[Claim | Argument] = [*argument_map.claims, *argument_map.arguments]
    position = {e.id: n for n, e in enumerate(elements)}
    return {
        "claims": [c.text for c in argument_map.claims],
        "arguments": [
            ([position[p] for p in a.premises], position[a.conclusion], a.scheme)
            for a in argument_map.arguments
        ],
        "rebuttals": [
            (r.kind, position[r.attacker], position[r.target]) for r in argument_map.rebuttals
        ],
    }
