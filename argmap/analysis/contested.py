"""Contested claims: attacked, or held by some actors and denied by others, ranked.

The **score** of a claim is

    attacks + split

where *attacks* counts the rebuttals on the claim (rebut, undermine) plus the undercuts of the
arguments for it, and *split* is the number of actors on the smaller side when some actors hold
the claim (assert or concede) and others deny it: a claim that four assert and nobody denies
has no split; a two-to-three split adds 2. A claim with score 0 is not contested and is left out.
Ties are broken by more attacks first, then by the claim's place in the map.

>>> from argmap.model import ArgumentMap
>>> m = ArgumentMap()
>>> s, ann, bob = m.source("s", id="s"), m.actor("Ann", id="ann"), m.actor("Bob", id="bob")
>>> _ = m.claim("Build the tram", id="tram"), m.claim("It costs too much", id="cost")
>>> _ = m.rebut("tram", by="cost", id="too-dear")
>>> _ = m.attribute("cost", ann, s, paraphrase="too dear")
>>> _ = m.attribute("cost", bob, s, paraphrase="not dear", stance="denies")
>>> [(c.claim, c.score, c.attacks, c.held_by, c.denied_by) for c in contested(m)]
[('tram', 1, ('too-dear',), (), ()), ('cost', 1, (), ('ann',), ('bob',))]
"""

from __future__ import annotations

from attrs import frozen

from argmap.analysis._positions import positions
from argmap.model import ArgumentMap, AttackKind

__all__ = ["Contested", "contested"]


@frozen(kw_only=True)
class Contested:
    """How contested one claim is.

    Attributes:
        claim, text: the claim's id and text.
        score: ``len(attacks) + min(len(held_by), len(denied_by))``.
        attacks: ids of the rebuttals on the claim and of the undercuts of arguments for it.
        held_by: ids of the actors who assert or concede it, in map order.
        denied_by: ids of the actors who deny it, in map order.
    """

    claim: str
    text: str
    score: int
    attacks: tuple[str, ...]
    held_by: tuple[str, ...]
    denied_by: tuple[str, ...]


def contested(argument_map: ArgumentMap, *, limit: int | None = None) -> list[Contested]:
    """Rank the contested claims, most contested first (see the module for the score).

    Args:
        argument_map: the map.
        limit: return at most this many.

    Returns:
        The contested claims, ranked; linear in the map's size plus a sort.
    """
    index = positions(argument_map)
    attacks: dict[str, list[str]] = {}
    conclusion_of = {a.id: a.conclusion for a in argument_map.arguments}
    for rebuttal in argument_map.rebuttals:
        target = rebuttal.target
        if rebuttal.kind is AttackKind.UNDERCUT:
            target = conclusion_of[target]
        attacks.setdefault(target, []).append(rebuttal.id)
    ranked = []
    for place, claim in enumerate(argument_map.claims):
        held = tuple(index.holders.get(claim.id, ()))
        denied = tuple(index.rejecters.get(claim.id, ()))
        on_claim = tuple(attacks.get(claim.id, ()))
        score = len(on_claim) + min(len(held), len(denied))
        if score:
            entry = Contested(
                claim=claim.id,
                text=claim.text,
                score=score,
                attacks=on_claim,
                held_by=held,
                denied_by=denied,
            )
            ranked.append((-score, -len(on_claim), place, entry))
    ranked.sort(key=lambda item: item[:3])
    entries = [item[3] for item in ranked]
    return entries if limit is None else entries[:limit]
