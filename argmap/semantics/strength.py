"""Gradual strength of a debate's claims: the map read as a bipolar framework for DF-QuAD.

The translation, in the style of online debate platforms:

- every claim and every argument is a node (base score 0.5 unless given);
- each premise *supports* the argument it is a premise of, and each argument *supports* its
  conclusion;
- a rebut or an undermine *attacks* the target claim, an undercut *attacks* the argument node;
  the attacker is the claim (or argument) that makes the attack.

>>> from argmap.model import ArgumentMap
>>> m = ArgumentMap()
>>> c, p, x = m.claim("C", id="c"), m.claim("P", id="p"), m.claim("X", id="x")
>>> _ = m.support(c, by=p, id="a")
>>> _ = m.rebut(c, by=x)
>>> {k: round(v, 3) for k, v in claim_strengths(m).items()}
{'c': 0.625, 'p': 0.5, 'x': 0.5}
>>> {k: round(v, 3) for k, v in claim_strengths(m, base_scores={"x": 0.0}).items()}
{'c': 0.875, 'p': 0.5, 'x': 0.0}
"""

from __future__ import annotations

from collections.abc import Mapping

from argmap.model import ArgumentMap
from argmap.semantics.gradual import BipolarFramework, dfquad

__all__ = ["bipolar_framework", "claim_strengths"]


def bipolar_framework(
    argument_map: ArgumentMap, *, base_scores: Mapping[str, float] | None = None
) -> BipolarFramework:
    """Translate a map into a [`BipolarFramework`][] over its claims and arguments."""
    nodes = [c.id for c in argument_map.claims] + [a.id for a in argument_map.arguments]
    supports = [(p, a.id) for a in argument_map.arguments for p in a.premises]
    supports += [(a.id, a.conclusion) for a in argument_map.arguments]
    attacks = [(r.attacker, r.target) for r in argument_map.rebuttals]
    return BipolarFramework(
        arguments=nodes,
        attacks=attacks,
        supports=supports,
        base_scores=dict(base_scores or {}),
    )


def claim_strengths(
    argument_map: ArgumentMap, *, base_scores: Mapping[str, float] | None = None
) -> dict[str, float]:
    """Return the DF-QuAD strength, between 0 and 1, of every claim of the map.

    Args:
        argument_map: the map.
        base_scores: base scores by claim or argument id (default 0.5).

    Raises:
        ConvergenceError: a cyclic map did not settle.
        FrameworkError: a base score names an unknown id or lies outside [0, 1].
    """
    strengths = dfquad(bipolar_framework(argument_map, base_scores=base_scores))
    return {c.id: strengths[c.id] for c in argument_map.claims}
