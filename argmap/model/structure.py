"""Facts about a map's shape that more than one part of argmap reports: the definitions, once.

An *isolated* claim is one that no argument and no rebuttal names (as premise, conclusion,
attacker or target), other than the map's central claim, which may stand alone while a map
is begun. Attributions do not connect a claim: a quoted claim that nothing argues for or
against still sits alone in the diagram. ``argmap check`` warns about each, and
``argmap summary`` counts them.

>>> from argmap.model import ArgumentMap
>>> m = ArgumentMap()
>>> _ = m.claim("The question's answer", id="answer", central=True)
>>> _ = m.claim("Said but not argued", id="alone")
>>> _ = m.support(m.claim("Fares fall", id="fares"), by=m.claim("Buses cost", id="buses"))
>>> [c.id for c in isolated_claims(m)]
['alone']
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from argmap.model.elements import Argument, Claim, Rebuttal

if TYPE_CHECKING:
    from argmap.model.argument_map import ArgumentMap

__all__ = ["is_isolated", "isolated_claims"]


def is_isolated(argument_map: ArgumentMap, claim: Claim) -> bool:
    """Whether no argument or rebuttal names ``claim`` and it is not the central claim."""
    central = argument_map.central
    if central is not None and central.id == claim.id:
        return False
    return not any(isinstance(u, Argument | Rebuttal) for u in argument_map.referrers(claim))


def isolated_claims(argument_map: ArgumentMap) -> list[Claim]:
    """The isolated claims of a map (see the module), in the order they were added."""
    return [c for c in argument_map.claims if is_isolated(argument_map, c)]
