"""Agreement between actors: exact evidence on a hand-built debate, invariants on random maps."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from argmap.analysis import Relation, RelationKind, agreement
from argmap.model import ArgumentMap, Stance
from tests._analysis_maps import random_maps, tram_debate


def test_agreement_on_the_tram_debate_gives_exact_evidence() -> None:
    assert agreement(tram_debate()) == [
        Relation(
            first="ann", second="bob", kind="agree", claims=("tram", "cuts"), reasons=("why",)
        ),
        Relation(
            first="ann",
            second="cat",
            kind="disagree",
            claims=("tram", "cost", "fares", "old"),
            reasons=("too-dear", "fares-pay", "old-data"),
        ),
        Relation(
            first="bob",
            second="cat",
            kind="disagree",
            claims=("tram", "cuts", "cost", "old"),
            reasons=("why", "too-dear", "old-data"),
        ),
    ]


def test_both_denying_a_claim_is_agreement_and_questioning_is_not_evidence() -> None:
    m = ArgumentMap()
    s = m.source("s", id="s")
    for name in "abc":
        m.actor(name, id=name)
    m.claim("k", id="k")
    m.attribute("k", "a", s, paraphrase="no", stance="denies")
    m.attribute("k", "b", s, paraphrase="no", stance="denies")
    m.attribute("k", "c", s, paraphrase="?", stance="questions")
    assert agreement(m) == [Relation(first="a", second="b", kind="agree", claims=("k",))]


def test_an_actor_is_never_related_to_itself() -> None:
    m = ArgumentMap()
    s, a = m.source("s", id="s"), m.actor("a", id="a")
    m.claim("c", id="c")
    m.attribute("c", a, s, paraphrase="yes")
    m.attribute("c", a, s, paraphrase="no", stance="denies")
    assert agreement(m) == []


def test_an_attacking_argument_counts_as_its_conclusion() -> None:
    m = ArgumentMap()
    s = m.source("s", id="s")
    m.actor("a", id="a"), m.actor("b", id="b")
    for c in ("x", "y", "z"):
        m.claim(c, id=c)
    m.support("y", by="x", id="g")
    m.rebut("z", by="g", id="r")
    m.attribute("y", "a", s, paraphrase="y")
    m.attribute("z", "b", s, paraphrase="z")
    assert agreement(m) == [
        Relation(first="a", second="b", kind="disagree", claims=("y", "z"), reasons=("r",))
    ]


@settings(max_examples=150, deadline=None)
@given(random_maps())
def test_agreement_is_ordered_unique_and_each_relation_is_backed(m: ArgumentMap) -> None:
    relations = agreement(m)
    order = {a.id: i for i, a in enumerate(m.actors)}
    keys = [(order[r.first], order[r.second], r.kind) for r in relations]
    assert keys == sorted(keys, key=lambda k: (k[0], k[1], list(RelationKind).index(k[2])))
    assert len(set(keys)) == len(keys)
    for r in relations:
        assert order[r.first] < order[r.second]
        assert r.claims
        # Both actors took a side on some claim of the evidence.
        sides = {
            a.actor for a in m.attributions if a.claim in r.claims and a.stance != Stance.QUESTIONS
        }
        assert {r.first, r.second} <= sides


@settings(max_examples=150, deadline=None)
@given(random_maps())
def test_agreement_does_not_depend_on_the_order_of_attributions(m: ArgumentMap) -> None:
    """Evidence is symmetric: listing the attributions backwards gives the same relations."""
    reordered = ArgumentMap()
    reordered.extend(e for e in m if e not in m.attributions)
    reordered.extend(reversed(m.attributions))
    assert agreement(reordered) == agreement(m)


def test_asserting_against_denying_is_disagreement_and_never_both() -> None:
    """The bug of issue 10: one pair got an agree and a disagree relation (two actor-map edges)."""
    m = ArgumentMap()
    s = m.source("s", id="s")
    m.actor("a", id="a"), m.actor("b", id="b")
    for c in ("x", "y", "z"):
        m.claim(c, id=c)
    m.support("x", by="y", id="yx")
    m.attribute("x", "a", s, paraphrase="x")
    m.attribute("y", "b", s, paraphrase="y")  # a reason for a's claim: agreement
    m.attribute("z", "a", s, paraphrase="z")
    m.attribute("z", "b", s, paraphrase="not z", stance="denies")  # disagreement
    m.attribute("x", "b", s, paraphrase="not x", stance="denies")  # disagreement
    assert agreement(m) == [
        Relation(
            first="a",
            second="b",
            kind="disagree",
            claims=("x", "z"),
            against=("x", "y"),
        )
    ]


def test_attacking_what_the_other_denies_is_agreement() -> None:
    m = ArgumentMap()
    s = m.source("s", id="s")
    m.actor("a", id="a"), m.actor("b", id="b")
    m.claim("x", id="x"), m.claim("y", id="y")
    m.rebut("x", by="y", id="r")
    m.attribute("y", "a", s, paraphrase="y")
    m.attribute("x", "b", s, paraphrase="not x", stance="denies")
    assert agreement(m) == [
        Relation(first="a", second="b", kind="agree", claims=("x", "y"), reasons=("r",))
    ]


@settings(max_examples=150, deadline=None)
@given(random_maps())
def test_a_pair_of_actors_is_never_both_agreeing_and_disagreeing(m: ArgumentMap) -> None:
    pairs = [(r.first, r.second) for r in agreement(m)]
    assert len(pairs) == len(set(pairs))


_FLIP = {
    Stance.ASSERTS: Stance.DENIES,
    Stance.CONCEDES: Stance.DENIES,
    Stance.DENIES: Stance.ASSERTS,
}


@settings(max_examples=150, deadline=None)
@given(
    random_maps(),
    st.sampled_from(list(_FLIP)),
    st.sampled_from(list(_FLIP)),
)
def test_flipping_one_stance_flips_the_relation(
    m: ArgumentMap, mine: Stance, yours: Stance
) -> None:
    """Two newcomers who speak only on one new claim: same side agrees; flip one, they disagree."""
    s = m.source("newcomers' source", id="new-s")
    m.actor("x", id="new-x"), m.actor("y", id="new-y")
    claim = m.claim("a new claim", id="new-k").id
    m.attribute(claim, "new-x", s, paraphrase="x says", stance=mine, id="new-ax")
    before = ArgumentMap()
    before.extend(m)
    m.attribute(claim, "new-y", s, paraphrase="y says", stance=yours, id="new-ay")
    before.attribute(claim, "new-y", s, paraphrase="y says", stance=_FLIP[yours], id="new-ay")

    def kind(map_: ArgumentMap) -> RelationKind:
        (relation,) = [r for r in agreement(map_) if {r.first, r.second} == {"new-x", "new-y"}]
        return relation.kind

    same_side = (mine is Stance.DENIES) == (yours is Stance.DENIES)
    assert kind(m) is (RelationKind.AGREE if same_side else RelationKind.DISAGREE)
    assert kind(before) is not kind(m)
