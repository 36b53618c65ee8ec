"""Summary statistics of a map: counts by kind, attack kinds, modes, stances, busiest actors.

>>> from argmap.model import ArgumentMap
>>> m = ArgumentMap(title="Tram")
>>> s, ann = m.source("Paper", id="paper"), m.actor("Ann", id="ann")
>>> _ = m.claim("Build the tram", id="tram"), m.claim("It costs too much", id="cost")
>>> _ = m.rebut("tram", by="cost", id="too-dear")
>>> _ = m.attribute("tram", ann, s, quote="Build it")
>>> facts = summarise(m)
>>> facts.counts
{'claims': 2, 'arguments': 0, 'rebuttals': 1, 'actors': 1, 'sources': 1, 'attributions': 1}
>>> facts.attack_kinds, facts.top_actors
({'rebut': 1, 'undermine': 0, 'undercut': 0}, (('ann', 1),))
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from enum import StrEnum

from attrs import frozen

from argmap.model import ArgumentMap, AttackKind, Mode, Stance, isolated_claims

__all__ = ["Summary", "summarise"]


@frozen(kw_only=True)
class Summary:
    """Summary statistics of a map; every count dict lists every value of its vocabulary.

    Attributes:
        title, question, central: the map's metadata (``central`` is a claim id).
        counts: number of claims, arguments, rebuttals, actors, sources, attributions.
        attack_kinds: rebuttals per kind (rebut, undermine, undercut).
        modes: attributions per mode (direct, indirect, mixed).
        stances: attributions per stance (asserts, denies, concedes, questions).
        claim_kinds: claims per kind, with ``"unset"`` for claims without one.
        unattributed_claims: claims no actor is recorded as taking a stance on.
        isolated_claims: claims no argument or rebuttal names, the central one aside
            ([`argmap.model.isolated_claims`][argmap.model.structure.isolated_claims], the claims
            ``argmap check`` warns about).
        top_actors: (actor id, attributions) for the most-quoted actors, most first.
        top_sources: (source id, attributions) for the sources carrying most, most first.
    """

    title: str | None
    question: str | None
    central: str | None
    counts: dict[str, int]
    attack_kinds: dict[str, int]
    modes: dict[str, int]
    stances: dict[str, int]
    claim_kinds: dict[str, int]
    unattributed_claims: int
    isolated_claims: int
    top_actors: tuple[tuple[str, int], ...]
    top_sources: tuple[tuple[str, int], ...]


def summarise(argument_map: ArgumentMap, *, top: int = 5) -> Summary:
    """Count what a map holds.

    Args:
        argument_map: the map.
        top: how many actors and sources to list in ``top_actors`` and ``top_sources``.

    Returns:
        The statistics; linear in the map's size.
    """
    m = argument_map
    attributions = m.attributions
    claim_kinds = Counter(c.kind.value if c.kind else "unset" for c in m.claims)
    attributed = {a.claim for a in attributions}
    return Summary(
        title=m.title,
        question=m.question,
        central=None if m.central is None else m.central.id,
        counts={
            "claims": len(m.claims),
            "arguments": len(m.arguments),
            "rebuttals": len(m.rebuttals),
            "actors": len(m.actors),
            "sources": len(m.sources),
            "attributions": len(attributions),
        },
        attack_kinds=_tally(AttackKind, (r.kind for r in m.rebuttals)),
        modes=_tally(Mode, (a.mode for a in attributions)),
        stances=_tally(Stance, (a.stance for a in attributions)),
        claim_kinds=dict(sorted(claim_kinds.items())),
        unattributed_claims=sum(c.id not in attributed for c in m.claims),
        isolated_claims=len(isolated_claims(m)),
        top_actors=_top((a.actor for a in attributions), [a.id for a in m.actors], top),
        top_sources=_top((a.source for a in attributions), [s.id for s in m.sources], top),
    )


def _tally(vocabulary: type[StrEnum], values: Iterable[StrEnum]) -> dict[str, int]:
    counted = Counter(values)
    return {member.value: counted[member] for member in vocabulary}


def _top(ids: Iterable[str], order: list[str], top: int) -> tuple[tuple[str, int], ...]:
    counted = Counter(ids)
    place = {i: n for n, i in enumerate(order)}
    ranked = sorted(counted.items(), key=lambda kv: (-kv[1], place[kv[0]]))
    return tuple(ranked[:top])
