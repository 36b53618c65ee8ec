"""Round trips map -> Argdown -> map, with generated maps, and escaping of hostile text."""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from argmap.formats.argdown import dumps, loads
from argmap.model import ArgumentMap, AttackKind, ClaimKind, Stance
from argmap.strategies import maps as public_maps

# Any text the model accepts: no NUL, no lone surrogate, not blank.
_CHARS = st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00")
_HOSTILE = st.sampled_from(
    ["[a]", "<b>:", "#tag", "{x: 1}", "// c", "/* d */", "<!-- e -->", "\\", "\n", "  ", "(1)",
     "----", "-- f --", "+ g", "@[h]", "===", "\r", "\u2028", "\x85", "\x01", "é", "😀"]
)  # fmt: skip
TEXT = (
    st.lists(st.one_of(st.text(_CHARS, max_size=6), _HOSTILE), min_size=1, max_size=5)
    .map("".join)
    .filter(lambda t: bool(t.strip()))
)
IDS = st.text(st.characters(blacklist_categories=("Cs", "Zs", "Cc", "Zl", "Zp")), min_size=1)


@st.composite
def maps(draw: Any) -> ArgumentMap:
    """A map with claims, arguments, every kind of rebuttal and attributions."""
    m = ArgumentMap(
        title=draw(st.none() | TEXT),
        question=draw(st.none() | TEXT),
        description=draw(st.none() | TEXT),
    )
    claims = []
    for _ in range(draw(st.integers(1, 6))):
        fields = {
            "title": draw(st.none() | TEXT),
            "tags": draw(st.lists(TEXT, max_size=2)),
            "kind": draw(st.none() | st.sampled_from(ClaimKind)),
            "note": draw(st.none() | TEXT),
        }
        given_id = draw(st.none() | IDS.filter(lambda i: i not in m))
        claims.append(m.claim(draw(TEXT), id=given_id, **fields))
    if draw(st.booleans()):
        m.central = draw(st.sampled_from(claims))
    arguments = []
    if len(claims) > 1:
        for _ in range(draw(st.integers(0, 3))):
            conclusion = draw(st.sampled_from(claims))
            others = [c for c in claims if c != conclusion]
            premises = draw(st.lists(st.sampled_from(others), min_size=1, unique=True))
            arguments.append(
                m.support(
                    conclusion,
                    by=premises,
                    title=draw(st.none() | TEXT),
                    scheme=draw(st.none() | TEXT),
                    note=draw(st.none() | TEXT),
                )
            )
    for _ in range(draw(st.integers(0, 4))):
        attacker = draw(st.sampled_from(claims + arguments))
        kind = draw(st.sampled_from(AttackKind))
        if kind is AttackKind.UNDERCUT:
            targets: list[Any] = arguments
        elif kind is AttackKind.UNDERMINE:
            targets = [c for c in claims if m.arguments_using(c)]
        else:
            targets = claims
        targets = [t for t in targets if t.id != attacker.id]
        if targets:
            target = draw(st.sampled_from(targets))
            m.attack(kind, target, by=attacker, note=draw(st.none() | TEXT))
    actors = [
        m.actor(draw(TEXT), role=draw(st.none() | TEXT)) for _ in range(draw(st.integers(0, 2)))
    ]
    sources = [m.source(draw(TEXT), url=draw(st.none() | TEXT)) for _ in range(len(actors))]
    for actor, source in zip(actors, sources, strict=True):
        quote = draw(st.none() | TEXT)
        m.attribute(
            draw(st.sampled_from(claims)),
            actor,
            source,
            quote=quote,
            paraphrase=None if quote else draw(st.none() | TEXT),
            cue=draw(st.none() | TEXT),
            stance=draw(st.sampled_from(Stance)),
        )
    return m


def _same(a: ArgumentMap, b: ArgumentMap) -> None:
    assert b.claims == a.claims
    assert b.arguments == a.arguments
    assert b.rebuttals == a.rebuttals
    assert sorted(b.actors, key=repr) == sorted(a.actors, key=repr)
    assert sorted(b.sources, key=repr) == sorted(a.sources, key=repr)
    assert sorted(b.attributions, key=repr) == sorted(a.attributions, key=repr)
    assert (b.title, b.question, b.description) == (a.title, a.question, a.description)
    assert b.central == a.central


@settings(max_examples=150, deadline=None)
@given(maps())
def test_round_trip_keeps_every_element(m: ArgumentMap) -> None:
    """Claims, arguments, rebuttals (with kinds) and attributions survive the round trip."""
    _same(m, loads(dumps(m)))


@settings(max_examples=60, deadline=None)
@given(public_maps(max_claims=8))
def test_round_trip_of_the_public_strategy_maps(m: ArgumentMap) -> None:
    """The project's own generated maps (every element kind and field) survive too."""
    _same(m, loads(dumps(m)))


@settings(max_examples=100, deadline=None)
@given(TEXT, st.none() | TEXT)
def test_any_claim_text_and_title_survive(text: str, title: str | None) -> None:
    """Brackets, comment markers, '#', newlines and control characters are escaped or kept."""
    m = ArgumentMap()
    m.claim(text, title=title)
    back = loads(dumps(m))
    assert back.claims == m.claims


def test_the_output_is_plain_argdown() -> None:
    """A simple map reads as Argdown: statements, a PCS and attack relations, no data noise."""
    m = ArgumentMap()
    tax = m.claim("Taxes are high", id="tax")
    jobs = m.claim("Jobs leave", id="jobs")
    costs = m.claim("Costs rise", id="costs")
    argument = m.support(tax, by=[jobs, costs], id="why", scheme="Modus ponens")
    m.undercut(argument, by=m.claim("No link", id="no"), id="u")
    m.rebut(tax, by=jobs, id="r")
    text = dumps(m)
    assert "[tax]: Taxes are high\n" in text
    assert "<why>\n\n(1) [jobs]\n(2) [costs]\n-- Modus ponens --\n(3) [tax]\n" in text
    assert "<why>\n  _ [no]\n" in text
    assert "[tax]\n  - [jobs]\n" in text


def test_dumps_of_an_empty_map_reads_back_empty() -> None:
    assert len(loads(dumps(ArgumentMap()))) == 0


def test_a_tag_inside_the_text_is_written_as_argdown_reads_it() -> None:
    """A claim tag that is a word of the text stays there unescaped, so Argdown sees the tag."""
    m = ArgumentMap()
    m.claim("Cut a #tax now", id="cut", tags=["tax", "policy"])
    m.claim("We are #1", id="one")
    text = dumps(m)
    assert "[cut]: Cut a #tax now #policy" in text
    assert "[one]: We are \\#1" in text
    back = loads(text)
    assert [(c.text, c.tags) for c in back.claims] == [(c.text, c.tags) for c in m.claims]


@given(TEXT, st.lists(st.sampled_from(["a", "b-c", "two words", "x_y"]), max_size=3))
def test_texts_with_tag_words_survive(text: str, tags: list[str]) -> None:
    m = ArgumentMap()
    m.claim(" ".join([text, *(f"#{t}" for t in tags)]), id="c", tags=tags)
    assert loads(dumps(m)).claims == m.claims


def test_many_rebuttals_of_one_pair_keep_their_ids_and_notes_in_order() -> None:
    """Each relation line takes the next recorded rebuttal of its pair, first to last."""
    m = ArgumentMap()
    tax, jobs = m.claim("Taxes are high", id="tax"), m.claim("Jobs leave", id="jobs")
    for number in range(5):
        m.rebut(tax, by=jobs, id=f"r{number}", note=f"note {number}")
    back = loads(dumps(m))
    assert [(r.id, r.note) for r in back.rebuttals] == [(f"r{n}", f"note {n}") for n in range(5)]
