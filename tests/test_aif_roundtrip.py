"""Round trip argmap -> AIF -> argmap keeps claims, arguments, rebuttal kinds and attributions
(speaker, quote, stance, reporter), for any map of the kinds AIF can hold."""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from argmap.formats.aif import dumps, loads
from argmap.model import ArgumentMap, AttackKind, Stance

TEXT = st.text(
    st.characters(codec="utf-8", exclude_categories=("Cs",), exclude_characters="\x00"),
    min_size=1,
    max_size=30,
).filter(lambda t: t.strip() != "")


@st.composite
def aif_maps(draw: st.DrawFn) -> ArgumentMap:
    """Maps with claims, linked arguments (some rephrases), attacks of every kind by claims
    and arguments, and attributions by distinctly named actors, some reported."""
    m = ArgumentMap()
    claims = [m.claim(draw(TEXT)) for _ in range(draw(st.integers(1, 7)))]
    arguments = []
    if len(claims) > 1:
        for _ in range(draw(st.integers(0, 4))):
            conclusion = draw(st.sampled_from(claims))
            others = [c for c in claims if c.id != conclusion.id]
            premises = draw(st.lists(st.sampled_from(others), min_size=1, max_size=3, unique=True))
            scheme = draw(st.sampled_from([None, None, "rephrase", "Expert Opinion"]))
            arguments.append(m.support(conclusion, by=premises, scheme=scheme))
        for _ in range(draw(st.integers(0, 4))):
            kind = draw(st.sampled_from(AttackKind))
            pool: list[Any] = {
                AttackKind.UNDERCUT: arguments,
                AttackKind.UNDERMINE: [c for c in claims if m.arguments_using(c)],
                AttackKind.REBUT: claims,
            }[kind]
            if not pool:
                continue
            target = draw(st.sampled_from(pool))
            attacker = draw(st.sampled_from([e for e in [*claims, *arguments] if e != target]))
            m.attack(kind, target, by=attacker)
    names = draw(st.lists(TEXT, max_size=3, unique_by=lambda n: n.strip()))
    actors = [m.actor(name) for name in names]
    source = m.source("Debate")
    for _ in range(draw(st.integers(0, 4)) if actors else 0):
        actor = draw(st.sampled_from(actors))
        reporters = [a for a in actors if a.id != actor.id]
        words = draw(
            st.sampled_from(["quote", "paraphrase", "fragments"]).flatmap(
                lambda kind: st.fixed_dictionaries(
                    {"paraphrase": TEXT, "fragments": st.lists(TEXT, min_size=1, max_size=2)}
                    if kind == "fragments"
                    else {kind: TEXT}
                )
            )
        )
        m.attribute(
            draw(st.sampled_from(claims)),
            actor,
            source,
            **words,
            stance=draw(st.sampled_from(Stance)),
            cue=draw(st.sampled_from([None, "said", "Agreeing", "Challenging"])),
            reported_by=draw(st.none() | st.sampled_from(reporters)) if reporters else None,
        )
    return m


def _shape(m: ArgumentMap) -> dict[str, Any]:
    """What AIF keeps, with ids replaced by positions (the reader makes its own ids)."""
    position = {e.id: n for n, e in enumerate([*m.claims, *m.arguments])}
    names = {a.id: a.name for a in m.actors}
    return {
        "claims": [c.text for c in m.claims],
        "arguments": [
            ([position[p] for p in a.premises], position[a.conclusion], a.scheme)
            for a in m.arguments
        ],
        "rebuttals": [(r.kind, position[r.attacker], position[r.target]) for r in m.rebuttals],
        "attributions": [
            (
                position[a.claim],
                names[a.actor],
                a.mode,
                a.quote.strip() if a.quote else None,
                a.paraphrase.strip() if a.paraphrase and not a.fragments else a.paraphrase,
                a.fragments,
                a.cue,
                a.stance,
                names[a.reported_by] if a.reported_by else None,
            )
            for a in m.attributions
        ],
    }


@settings(max_examples=150, deadline=None)
@given(aif_maps())
def test_round_trip_keeps_what_aif_can_hold(m: ArgumentMap) -> None:
    assert _shape(loads(dumps(m))) == _shape(m)


@settings(max_examples=50, deadline=None)
@given(aif_maps())
def test_export_is_stable_after_one_round_trip(m: ArgumentMap) -> None:
    once = dumps(loads(dumps(m)))
    assert dumps(loads(once)) == once


def _public_maps() -> Any:
    try:
        from argmap.strategies import maps
    except ImportError:  # the public strategies are not on this branch yet
        return None
    return maps(max_claims=8)


PUBLIC_MAPS = _public_maps()


def _structure(m: ArgumentMap) -> dict[str, Any]:
    shape = _shape(m)
    del shape["attributions"]  # general maps hold what AIF cannot: paraphrases, same names
    return shape


if PUBLIC_MAPS is not None:

    @settings(max_examples=100, deadline=None)
    @given(PUBLIC_MAPS)
    def test_round_trip_of_any_map_keeps_its_structure(m: ArgumentMap) -> None:
        assert _structure(loads(dumps(m))) == _structure(m)
