"""Who said what: every stance an actor took, and every actor who took a stance on a claim.

>>> from argmap.model import ArgumentMap
>>> m = ArgumentMap()
>>> s = m.source("Radio debate", id="radio", date="2024-03")
>>> ann, bob = m.actor("Ann", id="ann"), m.actor("Bob", id="bob")
>>> tram = m.claim("Build the tram", id="tram")
>>> _ = m.attribute(tram, ann, s, quote="Build it now", cue="said")
>>> _ = m.attribute(tram, bob, s, paraphrase="it is a waste", stance="denies")
>>> [(st.stance, st.words) for st in statements_by(m, "ann").statements]
[(<Stance.ASSERTS: 'asserts'>, '“Build it now”')]
>>> on_tram = statements_on(m, "tram")
>>> on_tram.asserted_by, on_tram.denied_by
(('ann',), ('bob',))
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from attrs import frozen

from argmap.analysis._lookup import require
from argmap.model import Actor, ArgumentMap, Attribution, Claim, Mode, Source, Stance

__all__ = [
    "ActorRow",
    "ActorStatements",
    "ClaimStatements",
    "Statement",
    "actor_table",
    "statements_by",
    "statements_on",
    "words_of",
]


@frozen(kw_only=True)
class Statement:
    """One attribution, with the names and titles a reader needs beside the ids.

    Attributes:
        attribution: the attribution's id.
        claim, claim_text: the claim's id and text.
        actor, actor_name: the speaker's id and name.
        stance: asserts, denies, concedes or questions.
        mode: direct, indirect or mixed.
        words: the quote in curly quotes, the fragments in curly quotes joined by " … ", or the
            paraphrase, whichever the attribution has (a mixed one shows the paraphrase too).
        cue: the reporting verb, if recorded.
        source, source_title: where it was read.
        date: the source's date as written (``"2024-03"``), if known.
    """

    attribution: str
    claim: str
    claim_text: str
    actor: str
    actor_name: str
    stance: Stance
    mode: Mode
    words: str | None
    cue: str | None
    source: str
    source_title: str
    date: str | None


@frozen(kw_only=True)
class ActorStatements:
    """Everything one actor said, in map order."""

    actor: str
    name: str
    statements: tuple[Statement, ...]

    def with_stance(self, stance: Stance | str) -> tuple[Statement, ...]:
        """The statements with one stance, e.g. ``"denies"``."""
        return tuple(s for s in self.statements if s.stance == Stance(stance))


@frozen(kw_only=True)
class ClaimStatements:
    """Everything said about one claim, in map order, and who took which side."""

    claim: str
    text: str
    statements: tuple[Statement, ...]

    @property
    def asserted_by(self) -> tuple[str, ...]:
        """The ids of the actors who put the claim forward, each once."""
        return self._actors(Stance.ASSERTS)

    @property
    def denied_by(self) -> tuple[str, ...]:
        """The ids of the actors who denied the claim, each once."""
        return self._actors(Stance.DENIES)

    @property
    def conceded_by(self) -> tuple[str, ...]:
        """The ids of the actors who conceded the claim, each once."""
        return self._actors(Stance.CONCEDES)

    def _actors(self, stance: Stance) -> tuple[str, ...]:
        return tuple(dict.fromkeys(s.actor for s in self.statements if s.stance is stance))


@frozen(kw_only=True)
class ActorRow:
    """One line of the table of actors: who they are and how often they took each stance."""

    actor: str
    name: str
    kind: str
    role: str | None
    asserts: int
    denies: int
    concedes: int
    questions: int
    sources: int


def statements_by(argument_map: ArgumentMap, actor: str | Actor) -> ActorStatements:
    """Return every claim an actor put forward, denied, conceded or questioned.

    Raises:
        UnknownIdError: when the map has no such actor (the message lists close ids).
    """
    found = require(argument_map, actor, Actor)
    attributions = argument_map.attributions_by(found.id)
    return ActorStatements(
        actor=found.id, name=found.name, statements=_statements(argument_map, attributions)
    )


def statements_on(argument_map: ArgumentMap, claim: str | Claim) -> ClaimStatements:
    """Return everyone who took a stance on a claim, with their words and sources.

    Raises:
        UnknownIdError: when the map has no such claim (the message lists close ids).
    """
    found = require(argument_map, claim, Claim)
    attributions = argument_map.attributions_of(found.id)
    return ClaimStatements(
        claim=found.id, text=found.text, statements=_statements(argument_map, attributions)
    )


def actor_table(argument_map: ArgumentMap) -> list[ActorRow]:
    """Return one row per actor, in map order: stance counts and the number of sources."""
    stances: dict[str, Counter[Stance]] = {a.id: Counter() for a in argument_map.actors}
    sources: dict[str, set[str]] = {a.id: set() for a in argument_map.actors}
    for attribution in argument_map.attributions:
        stances[attribution.actor][attribution.stance] += 1
        sources[attribution.actor].add(attribution.source)
    return [
        ActorRow(
            actor=a.id,
            name=a.name,
            kind=a.kind.value,
            role=a.role,
            asserts=stances[a.id][Stance.ASSERTS],
            denies=stances[a.id][Stance.DENIES],
            concedes=stances[a.id][Stance.CONCEDES],
            questions=stances[a.id][Stance.QUESTIONS],
            sources=len(sources[a.id]),
        )
        for a in argument_map.actors
    ]


def words_of(attribution: Attribution) -> str | None:
    """The words an attribution reports, as a reader should see them.

    >>> words_of(Attribution(id="x", claim="c", actor="a", source="s", fragments=["a", "b"],
    ...                      paraphrase="he said a and b"))
    '“a” … “b” (he said a and b)'
    """
    if attribution.quote is not None:
        return f"“{attribution.quote}”"
    quoted = " … ".join(f"“{f}”" for f in attribution.fragments)
    if quoted and attribution.paraphrase:
        return f"{quoted} ({attribution.paraphrase})"
    return quoted or attribution.paraphrase


def _statements(
    argument_map: ArgumentMap, attributions: Iterable[Attribution]
) -> tuple[Statement, ...]:
    statements = []
    for a in attributions:
        claim = argument_map.get(a.claim, Claim)
        actor = argument_map.get(a.actor, Actor)
        src = argument_map.get(a.source, Source)
        statements.append(
            Statement(
                attribution=a.id,
                claim=claim.id,
                claim_text=claim.text,
                actor=actor.id,
                actor_name=actor.name,
                stance=a.stance,
                mode=a.mode,
                words=words_of(a),
                cue=a.cue,
                source=src.id,
                source_title=src.title,
                date=None if src.date is None else str(src.date),
            )
        )
    return tuple(statements)
