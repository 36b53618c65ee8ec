"""Coverage by source: which claims and actors each source carries, and what several share.

>>> from argmap.model import ArgumentMap
>>> m = ArgumentMap()
>>> ft, bbc = m.source("FT", id="ft"), m.source("BBC", id="bbc")
>>> ann, bob = m.actor("Ann", id="ann"), m.actor("Bob", id="bob")
>>> _ = m.claim("Build the tram", id="tram"), m.claim("It costs too much", id="cost")
>>> _ = m.attribute("tram", ann, ft, paraphrase="build")
>>> _ = m.attribute("tram", bob, bbc, paraphrase="do not", stance="denies")
>>> _ = m.attribute("cost", bob, bbc, paraphrase="dear")
>>> report = coverage(m)
>>> [(s.source, s.claims, s.actors) for s in report.sources]
[('ft', ('tram',), ('ann',)), ('bbc', ('tram', 'cost'), ('bob',))]
>>> report.claims_in_several, report.actors_in_several
({'tram': ('ft', 'bbc')}, {})
>>> report.shared("ft", "bbc")
('tram',)
"""

from __future__ import annotations

from attrs import frozen

from argmap.analysis._lookup import require
from argmap.model import ArgumentMap, Source

__all__ = ["Coverage", "SourceCoverage", "coverage", "source_coverage"]


@frozen(kw_only=True)
class SourceCoverage:
    """What one source carries: claims and actors in map order, and its number of attributions."""

    source: str
    title: str
    attributions: int
    claims: tuple[str, ...]
    actors: tuple[str, ...]


@frozen(kw_only=True)
class Coverage:
    """Coverage of every source, and the claims and actors found in more than one.

    Attributes:
        sources: one entry per source, in map order (sources with no attribution included).
        claims_in_several: claim id -> the ids of the sources that carry it (two or more).
        actors_in_several: actor id -> the ids of the sources that quote them (two or more).
    """

    sources: tuple[SourceCoverage, ...]
    claims_in_several: dict[str, tuple[str, ...]]
    actors_in_several: dict[str, tuple[str, ...]]

    def shared(self, first: str, second: str) -> tuple[str, ...]:
        """The claims two sources both carry, in the first source's order.

        Raises:
            KeyError: when either id is not a source of this report.
        """
        by_id = {s.source: s for s in self.sources}
        other = set(by_id[second].claims)
        return tuple(c for c in by_id[first].claims if c in other)


def coverage(argument_map: ArgumentMap) -> Coverage:
    """Report which claims and actors each source carries; linear in the map's size."""
    place = {e.id: n for n, e in enumerate(argument_map)}
    claims: dict[str, dict[str, None]] = {s.id: {} for s in argument_map.sources}
    actors: dict[str, dict[str, None]] = {s.id: {} for s in argument_map.sources}
    counts = dict.fromkeys(claims, 0)
    claim_sources: dict[str, dict[str, None]] = {}
    actor_sources: dict[str, dict[str, None]] = {}
    for a in argument_map.attributions:
        claims[a.source][a.claim] = None
        actors[a.source][a.actor] = None
        counts[a.source] += 1
        claim_sources.setdefault(a.claim, {})[a.source] = None
        actor_sources.setdefault(a.actor, {})[a.source] = None

    def ordered(ids: dict[str, None]) -> tuple[str, ...]:
        return tuple(sorted(ids, key=place.__getitem__))

    def several(found: dict[str, dict[str, None]]) -> dict[str, tuple[str, ...]]:
        return {
            k: ordered(v)
            for k, v in sorted(found.items(), key=lambda kv: place[kv[0]])
            if len(v) > 1
        }

    return Coverage(
        sources=tuple(
            SourceCoverage(
                source=s.id,
                title=s.title,
                attributions=counts[s.id],
                claims=ordered(claims[s.id]),
                actors=ordered(actors[s.id]),
            )
            for s in argument_map.sources
        ),
        claims_in_several=several(claim_sources),
        actors_in_several=several(actor_sources),
    )


def source_coverage(argument_map: ArgumentMap, source: str | Source) -> SourceCoverage:
    """The coverage of one source.

    Raises:
        UnknownIdError: when the map has no such source (the message lists close ids).
    """
    found = require(argument_map, source, Source)
    return next(s for s in coverage(argument_map).sources if s.source == found.id)
