"""Who said what, contested claims, coverage and summary: exact results and invariants."""

from __future__ import annotations

import attrs
import pytest
from hypothesis import given, settings

from argmap.analysis import (
    actor_table,
    contested,
    coverage,
    source_coverage,
    statements_by,
    statements_on,
    summarise,
)
from argmap.exceptions import UnknownIdError
from argmap.model import ArgumentMap, Stance
from tests._analysis_maps import random_maps, tram_debate


def test_statements_by_lists_every_stance_with_words_and_source() -> None:
    said = statements_by(tram_debate(), "cat")
    assert said.name == "Cat"
    assert [(s.claim, s.stance.value, s.words, s.source) for s in said.statements] == [
        ("cost", "asserts", "too dear", "paper"),
        ("tram", "denies", "“No tram”", "radio"),
        ("old", "asserts", "old counts", "radio"),
    ]
    assert [s.claim for s in said.with_stance("denies")] == ["tram"]


def test_statements_on_a_claim_split_by_side() -> None:
    on = statements_on(tram_debate(), "tram")
    assert on.asserted_by == ("ann", "bob")
    assert on.denied_by == ("cat",)
    assert [(s.actor_name, s.source_title) for s in on.statements] == [
        ("Ann", "City paper"),
        ("Bob", "Radio debate"),
        ("Cat", "Radio debate"),
    ]
    assert statements_on(tram_debate(), "fares").conceded_by == ("ann",)


def test_unknown_ids_suggest_close_matches() -> None:
    with pytest.raises(UnknownIdError, match=r"no actor has the id 'bobb'; did you mean 'bob'\?"):
        statements_by(tram_debate(), "bobb")
    with pytest.raises(UnknownIdError, match="did you mean 'tram'"):
        statements_on(tram_debate(), "Build the tram")
    with pytest.raises(UnknownIdError, match="the claims are 'tram', 'cuts'"):
        statements_on(tram_debate(), "zzzzzzzz")
    with pytest.raises(UnknownIdError, match="no claim has the id 'ann'"):
        statements_on(tram_debate(), "ann")


def test_actor_table_counts_stances_and_sources() -> None:
    rows = {r.actor: r for r in actor_table(tram_debate())}
    assert list(rows) == ["ann", "bob", "cat", "dan"]
    assert (rows["ann"].asserts, rows["ann"].concedes, rows["ann"].sources) == (1, 1, 2)
    assert (rows["cat"].asserts, rows["cat"].denies, rows["cat"].sources) == (2, 1, 2)
    assert (rows["dan"].questions, rows["dan"].asserts) == (1, 0)


def test_contested_ranks_by_attacks_plus_split() -> None:
    ranked = contested(tram_debate())
    assert [(c.claim, c.score) for c in ranked] == [("tram", 3), ("cost", 1)]
    assert ranked[0].attacks == ("too-dear", "old-data")
    assert (ranked[0].held_by, ranked[0].denied_by) == (("ann", "bob"), ("cat",))
    assert contested(tram_debate(), limit=1) == ranked[:1]


def test_coverage_per_source_and_shared() -> None:
    report = coverage(tram_debate())
    assert [(s.source, s.attributions, s.claims, s.actors) for s in report.sources] == [
        ("paper", 3, ("tram", "cuts", "cost"), ("ann", "bob", "cat")),
        ("radio", 5, ("tram", "cost", "fares", "old"), ("ann", "bob", "cat", "dan")),
    ]
    assert report.claims_in_several == {"tram": ("paper", "radio"), "cost": ("paper", "radio")}
    assert report.actors_in_several == {
        "ann": ("paper", "radio"),
        "bob": ("paper", "radio"),
        "cat": ("paper", "radio"),
    }
    assert report.shared("radio", "paper") == ("tram", "cost")
    assert source_coverage(tram_debate(), "radio") == report.sources[1]


def test_summary_of_the_tram_debate() -> None:
    facts = summarise(tram_debate(), top=2)
    assert facts.counts == {
        "claims": 5,
        "arguments": 1,
        "rebuttals": 3,
        "actors": 4,
        "sources": 2,
        "attributions": 8,
    }
    assert facts.attack_kinds == {"rebut": 2, "undermine": 0, "undercut": 1}
    assert facts.stances == {"asserts": 5, "denies": 1, "concedes": 1, "questions": 1}
    assert facts.modes == {"direct": 3, "indirect": 5, "mixed": 0}
    assert facts.top_actors == (("cat", 3), ("ann", 2))
    assert (facts.central, facts.unattributed_claims, facts.isolated_claims) == ("tram", 0, 0)


@settings(max_examples=150, deadline=None)
@given(random_maps())
def test_summary_counts_equal_list_lengths(m: ArgumentMap) -> None:
    facts = summarise(m, top=100)
    assert facts.counts["claims"] == len(m.claims)
    assert sum(facts.attack_kinds.values()) == len(m.rebuttals)
    assert sum(facts.modes.values()) == sum(facts.stances.values()) == len(m.attributions)
    assert sum(n for _, n in facts.top_actors) == len(m.attributions)
    assert sum(facts.claim_kinds.values()) == len(m.claims)
    assert facts.isolated_claims <= len(m.claims)
    assert facts.unattributed_claims <= len(m.claims)


@settings(max_examples=150, deadline=None)
@given(random_maps())
def test_queries_agree_with_each_other(m: ArgumentMap) -> None:
    """who, coverage and contested are different views of the same attributions."""
    rows = actor_table(m)
    for row in rows:
        said = statements_by(m, row.actor)
        assert len(said.statements) == row.asserts + row.denies + row.concedes + row.questions
    total = sum(len(statements_on(m, c.id).statements) for c in m.claims)
    assert total == len(m.attributions)
    report = coverage(m)
    assert sum(s.attributions for s in report.sources) == len(m.attributions)
    for claim, sources in report.claims_in_several.items():
        assert len(sources) >= 2
        assert all(claim in source_coverage(m, s).claims for s in sources)
    scores = [c.score for c in contested(m)]
    assert scores == sorted(scores, reverse=True)
    for c in contested(m):
        on = statements_on(m, c.claim)
        held = set(on.asserted_by) | set(on.conceded_by)
        assert c.score == len(c.attacks) + min(len(held), len(on.denied_by)) > 0
        assert attrs.asdict(c)["claim"] == c.claim
    assert list(summarise(m).stances) == [str(x) for x in Stance]
