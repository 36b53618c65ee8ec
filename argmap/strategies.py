"""Hypothesis strategies that generate valid argument maps, for property tests.

Use them to test code built on argmap:

>>> from hypothesis import given, settings
>>> from argmap.strategies import maps
>>> @settings(max_examples=5)
... @given(maps(max_claims=6))
... def test_every_argument_has_premises(m):
...     assert all(m.premises(a) for a in m.arguments)
>>> test_every_argument_has_premises()

Every map uses the kinds of element the sizes allow: claims, linked and convergent arguments,
rebuts, undermines and undercuts, actors (with affiliations), sources (with partial dates),
and direct, indirect and mixed attributions with stances, settings, reported speech and
responses.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from argmap.exceptions import MissingDependencyError

try:
    from hypothesis import strategies as st
except ModuleNotFoundError:  # hypothesis is an extra: it installs a pytest plugin everywhere
    raise MissingDependencyError.of(
        "hypothesis", extra="hypothesis", purpose="argmap.strategies"
    ) from None

from argmap.model import (
    Actor,
    ActorKind,
    Argument,
    ArgumentMap,
    AttackKind,
    Attribution,
    Claim,
    ClaimKind,
    Locator,
    Mode,
    PartialDate,
    Response,
    Source,
    SourceKind,
    Stance,
)
from argmap.semantics.strategies import argument_names, frameworks

__all__ = [
    "argument_names",
    "frameworks",
    "ids",
    "maps",
    "news_texts",
    "partial_dates",
    "texts",
]

_ALPHABET = st.characters(codec="utf-8", exclude_categories=["Cs"], exclude_characters="\x00")


def texts(*, max_size: int = 40) -> st.SearchStrategy[str]:
    """Non-blank text of any Unicode: quotes, backslashes, newlines, emoji, right-to-left."""
    return st.text(_ALPHABET, min_size=1, max_size=max_size).filter(lambda t: t.strip() != "")


_NEWS_PIECES = (
    "Ann Lee",
    "Ms Lee",
    "Mr Okafor",
    "Dr. Bo Chen",
    "she",
    "he",
    "the former premier",
    "a spokesman",
    "Other critics",
    ", director of the Tram Trust,",
    "said",
    "said:",
    "told the BBC",
    "has claimed that",
    "warned",
    "added",
    "according to",
    "who said",
    "saying",
    "“",
    "”",
    "‘",
    "’",
    '"',
    "'",
    "''",
    "``",
    "«",
    "»",
    ",",
    ".",
    "?",
    ":",
    ";",
    " – ",
    "(",
    ")",
    "\n",
    "\n\n",
    "s’",
    "didn’t",
    "the tram will cut traffic",
    "costs are too high",
    "Labour",
    "the Council",
)


@st.composite
def news_texts(draw: st.DrawFn, *, max_pieces: int = 40) -> str:
    """Text shaped like news reporting: names, reporting verbs, quotation marks of every kind
    (paired or not), punctuation, line breaks, and stray Unicode, in any order."""
    pieces = draw(st.lists(st.sampled_from(_NEWS_PIECES) | texts(max_size=8), max_size=max_pieces))
    return " ".join(pieces)


def ids() -> st.SearchStrategy[str]:
    """Ids as users write them: letters, digits and a few marks, no spaces."""
    return st.from_regex(r"[a-z][a-z0-9_.:-]{0,11}", fullmatch=True)


@st.composite
def partial_dates(draw: st.DrawFn) -> PartialDate:
    """Dates known to a year, a month or a day."""
    year = draw(st.integers(1900, 2100))
    month = draw(st.none() | st.integers(1, 12))
    day = None if month is None else draw(st.none() | st.integers(1, 28))
    return PartialDate(year=year, month=month, day=day)


def _optional(strategy: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    return st.none() | strategy


@st.composite
def maps(draw: st.DrawFn, *, min_claims: int = 1, max_claims: int = 12) -> ArgumentMap:
    """A valid [`ArgumentMap`][] with between ``min_claims`` and ``max_claims`` claims.

    Args:
        min_claims: the fewest claims a map has (at least 1).
        max_claims: the most claims a map has.
    """
    m = ArgumentMap(
        title=draw(_optional(texts())),
        question=draw(_optional(texts())),
        description=draw(_optional(texts(max_size=80))),
    )
    unique_ids = draw(
        st.lists(ids(), min_size=max(min_claims, 1) + 6, max_size=max_claims + 40, unique=True)
    )
    pool = iter(unique_ids)
    claim_count = draw(st.integers(max(min_claims, 1), max(max_claims, min_claims, 1)))
    claims = _add_claims(draw, m, pool, min(claim_count, len(unique_ids) - 6))
    if len(claims) >= 2:
        arguments = _add_arguments(draw, m, claims, pool)
        _add_attacks(draw, m, claims, arguments, pool)
    actors = _add_actors(draw, m)
    sources = _add_sources(draw, m)
    if actors and sources:
        _add_attributions(draw, m, claims, actors, sources)
    return m


def _add_claims(draw: st.DrawFn, m: ArgumentMap, pool: Iterator[str], count: int) -> list[Claim]:
    claims = [
        m.claim(
            draw(texts()),
            id=next(pool),
            title=draw(_optional(texts(max_size=15))),
            kind=draw(_optional(st.sampled_from(ClaimKind))),
            tags=draw(st.lists(texts(max_size=8), max_size=2)),
            note=draw(_optional(texts())),
        )
        for _ in range(count)
    ]
    if draw(st.booleans()):
        m.central = draw(st.sampled_from(claims))
    return claims


def _add_arguments(
    draw: st.DrawFn, m: ArgumentMap, claims: list[Claim], pool: Iterator[str]
) -> list[Argument]:
    """Linked (several premises) and convergent (several arguments) support."""
    arguments = []
    for _ in range(draw(st.integers(0, len(claims)))):
        conclusion = draw(st.sampled_from(claims))
        others = [c for c in claims if c.id != conclusion.id]
        premises = draw(st.lists(st.sampled_from(others), min_size=1, max_size=3, unique=True))
        new_id = next(pool, None)
        if new_id is None:
            break
        arguments.append(
            m.support(
                conclusion,
                by=premises,
                id=new_id,
                scheme=draw(_optional(texts(max_size=15))),
                title=draw(_optional(texts(max_size=15))),
            )
        )
    return arguments


def _add_attacks(
    draw: st.DrawFn,
    m: ArgumentMap,
    claims: list[Claim],
    arguments: list[Argument],
    pool: Iterator[str],
) -> None:
    """Rebuts, undermines (of premises) and undercuts; claims and arguments attack."""
    for _ in range(draw(st.integers(0, len(claims)))):
        kind = draw(st.sampled_from(AttackKind))
        if kind is AttackKind.UNDERCUT:
            if not arguments:
                continue
            target: Claim | Argument = draw(st.sampled_from(arguments))
        elif kind is AttackKind.UNDERMINE:
            used = [c for c in claims if m.arguments_using(c)]
            if not used:
                continue
            target = draw(st.sampled_from(used))
        else:
            target = draw(st.sampled_from(claims))
        candidates: list[Claim | Argument] = [*claims, *arguments]
        attackers = [e for e in candidates if e.id != target.id]
        new_id = next(pool, None)
        if new_id is None:
            break
        m.attack(kind, target, by=draw(st.sampled_from(attackers)), id=new_id)


def _add_actors(draw: st.DrawFn, m: ArgumentMap) -> list[Actor]:
    actors: list[Actor] = []
    for number in range(draw(st.integers(0, 3))):
        affiliation = draw(_optional(st.sampled_from(actors))) if actors else None
        actors.append(
            m.actor(
                draw(texts(max_size=20)),
                id=f"Actor-{number}",
                kind=draw(st.sampled_from(ActorKind)),
                role=draw(_optional(texts(max_size=20))),
                affiliation=affiliation,
            )
        )
    return actors


def _add_sources(draw: st.DrawFn, m: ArgumentMap) -> list[Source]:
    return [
        m.source(
            draw(texts(max_size=20)),
            id=f"Source-{number}",
            kind=draw(st.sampled_from(SourceKind)),
            outlet=draw(_optional(texts(max_size=15))),
            date=draw(_optional(partial_dates())),
            url=draw(_optional(st.just("https://example.org/a?b=1&c=2"))),
            file=draw(_optional(st.just(f"source-{number}.txt"))),
        )
        for number in range(draw(st.integers(0, 2)))
    ]


def _add_attributions(
    draw: st.DrawFn,
    m: ArgumentMap,
    claims: list[Claim],
    actors: list[Actor],
    sources: list[Source],
) -> None:
    """Attributions of every mode and stance, with settings, reported speech and responses."""
    attributions: list[Attribution] = []
    for number in range(draw(st.integers(0, 4))):
        fields = _words(draw)
        actor = draw(st.sampled_from(actors))
        reporters = [a for a in actors if a.id != actor.id]
        reported, responds = draw(st.booleans()), draw(st.booleans())
        if reporters and reported:
            fields["reported_by"] = draw(st.sampled_from(reporters))
        if attributions and responds:
            fields["responds_to"] = draw(st.sampled_from(attributions))
            fields["response"] = draw(st.sampled_from(Response))
        attributions.append(
            m.attribute(
                draw(st.sampled_from(claims)),
                actor,
                draw(st.sampled_from(sources)),
                id=f"Attribution-{number}",
                cue=draw(_optional(st.sampled_from(["said", "warned", "claimed", "agreed"]))),
                stance=draw(st.sampled_from(Stance)),
                setting=draw(_optional(st.sampled_from(sources))),
                **fields,
            )
        )


def _words(draw: st.DrawFn) -> dict[str, Any]:
    """The reported words of one attribution: a quote, fragments, or a paraphrase."""
    fields: dict[str, Any] = {}
    mode = draw(st.sampled_from(Mode))
    if mode is Mode.DIRECT:
        fields["quote"] = draw(texts())
        if draw(st.booleans()):
            start = draw(st.integers(0, 1000))
            fields["locators"] = [Locator(start=start, end=start + len(fields["quote"]))]
    elif mode is Mode.MIXED:
        fields["fragments"] = draw(st.lists(texts(max_size=10), min_size=1, max_size=2))
        fields["paraphrase"] = draw(_optional(texts()))
    else:
        fields["paraphrase"] = draw(_optional(texts()))
    return fields
