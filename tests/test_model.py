"""The model refuses mistakes where they are made and answers structure queries."""

from __future__ import annotations

import attrs
import pytest
from hypothesis import given, settings

from argmap import (
    ArgumentMap,
    Attribution,
    Claim,
    DuplicateIdError,
    InvalidAttackError,
    Locator,
    Mode,
    ModelError,
    UnknownIdError,
)
from argmap.strategies import maps


@pytest.fixture
def debate() -> ArgumentMap:
    m = ArgumentMap(title="t", question="q?")
    m.claim("Conclusion", id="c", central=True)
    m.claim("Premise one", id="p1")
    m.claim("Premise two", id="p2")
    m.claim("Objection", id="o")
    m.support("c", by=["p1", "p2"], id="arg")
    return m


def test_ids_are_derived_from_text_and_stable() -> None:
    first, second = ArgumentMap(), ArgumentMap()
    for m in (first, second):
        m.claim("Immigration lost Labour the election")
        m.claim("Immigration lost Labour the election")
    assert [c.id for c in first.claims] == [
        "immigration-lost-labour-the-election",
        "immigration-lost-labour-the-election-2",
    ]
    assert first == second


def test_unknown_id_names_both_ids(debate: ArgumentMap) -> None:
    with pytest.raises(UnknownIdError, match="argument 'a2' names premise 'ghost'"):
        debate.support("c", by="ghost", id="a2")
    assert "a2" not in debate


def test_duplicate_id_is_refused(debate: ArgumentMap) -> None:
    with pytest.raises(DuplicateIdError, match="'p1' is already taken by the claim 'Premise one'"):
        debate.claim("Other", id="p1")


@pytest.mark.parametrize(
    ("kind", "target", "message"),
    [
        ("undercut", "c", "an undercut attacks an argument's inference"),
        ("rebut", "arg", "use undercut"),
        ("undermine", "c", "not a premise of any argument"),
    ],
)
def test_attack_kind_must_fit_target(
    debate: ArgumentMap, kind: str, target: str, message: str
) -> None:
    with pytest.raises(InvalidAttackError, match=message):
        debate.attack(kind, target, by="o")
    assert debate.rebuttals == []


def test_self_attack_and_empty_argument_are_refused(debate: ArgumentMap) -> None:
    with pytest.raises(ModelError, match="cannot attack itself"):
        debate.rebut("o", by="o")
    with pytest.raises(ModelError, match="at least one premise"):
        debate.support("c", by=[])


def test_structure_queries(debate: ArgumentMap) -> None:
    debate.undermine("p1", by="o", id="u")
    debate.undercut("arg", by="o", id="x")
    assert [c.id for c in debate.premises("arg")] == ["p1", "p2"]
    assert [a.id for a in debate.arguments_using("p2")] == ["arg"]
    assert [a.id for a in debate.arguments_for("c")] == ["arg"]
    assert [r.id for r in debate.attacks_by("o")] == ["u", "x"]
    assert [r.id for r in debate.attacks_on("arg")] == ["x"]


def test_attribution_mode_is_inferred_and_quotes_required() -> None:
    base = {"id": "a", "claim": "c", "actor": "x", "source": "s"}
    assert Attribution(**base, quote="words").mode is Mode.DIRECT
    assert Attribution(**base, fragments=["w"]).mode is Mode.MIXED
    assert Attribution(**base, paraphrase="p").mode is Mode.INDIRECT
    with pytest.raises(ModelError, match="direct attribution needs the quote"):
        Attribution(**base, mode="direct")
    with pytest.raises(ModelError, match="2 locators for 1 quoted texts"):
        Attribution(**base, quote="w", locators=[Locator(start=0, end=1), Locator(start=1, end=2)])


def test_attribution_references_are_checked(debate: ArgumentMap) -> None:
    actor = debate.actor("Ed Balls")
    source = debate.source("FT report")
    attribution = debate.attribute("c", actor, source, quote="Conclusion")
    assert debate.attributions_of("c") == [attribution]
    assert debate.attributions_by(actor) == [attribution]
    with pytest.raises(UnknownIdError, match="names setting 'nowhere'"):
        debate.attribute("c", actor, source, quote="x", setting="nowhere")
    with pytest.raises(UnknownIdError, match="which is a claim, not an actor"):
        debate.attribute("c", "p1", source, quote="x")


def test_remove_refuses_elements_in_use(debate: ArgumentMap) -> None:
    with pytest.raises(ModelError, match="'arg' refer to it"):
        debate.remove("p1")
    debate.remove("arg")
    assert debate.remove("p1") == Claim(id="p1", text="Premise one")


def test_replace_keeps_index_consistent(debate: ArgumentMap) -> None:
    debate.replace(attrs.evolve(debate.get("arg"), premises=("p2",)))
    assert debate.arguments_using("p1") == []
    assert [a.id for a in debate.arguments_using("p2")] == ["arg"]


def test_last_premise_use_of_undermined_claim_cannot_go(debate: ArgumentMap) -> None:
    debate.undermine("p1", by="o")
    with pytest.raises(ModelError, match="undermines"):
        debate.remove("arg")


def test_long_chain_needs_no_recursion() -> None:
    m = ArgumentMap()
    previous = m.claim("step 0", id="s0")
    for number in range(1, 100_001):
        current = m.claim(f"step {number}", id=f"s{number}")
        m.support(current, by=previous, id=f"a{number}")
        previous = current
    assert len(m.claims) == 100_001


# ------------------------------------------------------------------ the reference table


def test_the_reference_table_lists_every_field_that_holds_an_id() -> None:
    """A new field validated as an id must join REFERENCES, or the map would not check it."""
    from argmap.model._checks import check_id, check_ids, check_optional_id
    from argmap.model.references import REFERENCES

    id_checks = (check_id, check_ids, check_optional_id)
    for cls, refs in REFERENCES.items():
        holding_ids = [
            f.name for f in attrs.fields(cls) if f.validator in id_checks and f.name != "id"
        ]
        assert [ref.field for ref in refs] == holding_ids, cls.__name__


@settings(max_examples=30, deadline=None)
@given(maps(max_claims=8))
def test_referrers_are_exactly_the_elements_that_name_an_id(m: ArgumentMap) -> None:
    from argmap.model.references import references

    for element in m:
        expected = [other.id for other in m if element.id in references(other)]
        assert [r.id for r in m.referrers(element)] == expected


def test_attribute_takes_elements_for_every_reference() -> None:
    m = ArgumentMap()
    ann, paper = m.actor("Ann", id="ann"), m.source("Paper", id="paper")
    bob = m.actor("Bob", id="bob")
    hall = m.source("Town hall", id="hall")
    first = m.attribute(m.claim("Tram", id="tram"), ann, paper, quote="Tram")
    second = m.attribute(
        "tram",
        ann,
        paper,
        id="again",
        setting=hall,
        reported_by=bob,
        responds_to=first,
        response="echoes",
        quote="Tram",
    )
    assert (second.setting, second.reported_by, second.responds_to) == ("hall", "bob", first.id)


def test_made_ids_count_on_from_the_last_number_given_for_a_base() -> None:
    """The map's ids never reuse a number, even after the element that had it is removed."""
    m = ArgumentMap()
    first, second = m.claim("Tram"), m.claim("Tram")
    m.remove(second)
    assert (first.id, second.id, m.claim("Tram").id) == ("tram", "tram-2", "tram-3")


def test_unique_id_looks_in_every_collection_it_is_given() -> None:
    from argmap.model import unique_id

    counters: dict[str, int] = {}
    assert unique_id("x", {"x"}, {"x-2"}, counters=counters) == "x-3"
    assert unique_id("x", {"x"}, counters=counters) == "x-4"
    assert counters == {"x": 4}


# ------------------------------------------------------------------ error paths


def test_lookups_of_the_wrong_kind_say_what_the_id_is(debate: ArgumentMap) -> None:
    with pytest.raises(UnknownIdError, match=r"'arg' is an argument, not a claim"):
        debate.get("arg", Claim)
    with pytest.raises(UnknownIdError, match=r"no element has the id 'nobody'"):
        debate.get("nobody")
    with pytest.raises(UnknownIdError, match=r"'arg' is an argument, not a claim"):
        debate.central = "arg"


def test_a_reference_to_the_wrong_kind_names_the_field(debate: ArgumentMap) -> None:
    with pytest.raises(UnknownIdError, match=r"names premise 'arg', which is an argument, not a"):
        debate.support("c", by="arg")
    ann = debate.actor("Ann", id="ann")
    with pytest.raises(UnknownIdError, match=r"names source 'ann', which is an actor, not a"):
        debate.attribute("c", ann, "ann", quote="Hi")


def test_an_actor_cannot_be_its_own_affiliation_nor_an_attribution_answer_itself() -> None:
    m = ArgumentMap()
    ann = m.actor("Ann", id="ann")
    with pytest.raises(ModelError, match="cannot be its own affiliation"):
        m.update(ann, affiliation="ann")
    said = m.attribute(m.claim("Tram", id="tram"), ann, m.source("Paper"), quote="Tram")
    with pytest.raises(ModelError, match="cannot respond to itself"):
        m.update(said, responds_to=said.id, response="echoes")


def test_replace_refuses_another_type_and_unknown_ids(debate: ArgumentMap) -> None:
    from argmap import Actor

    with pytest.raises(ModelError, match=r"cannot replace the claim 'c' by a"):
        debate.replace(Actor(id="c", name="C"))
    with pytest.raises(UnknownIdError):
        debate.replace(Claim(id="nobody", text="x"))


def test_replace_cannot_drop_the_last_premise_use_of_an_undermined_claim(
    debate: ArgumentMap,
) -> None:
    debate.undermine("p1", by="o", id="u")
    with pytest.raises(ModelError, match="last to use claim 'p1' as a premise"):
        debate.update("arg", premises=("p2",))
    assert debate.get("arg").premises == ("p1", "p2")  # type: ignore[union-attr]


def test_a_failed_change_leaves_the_map_as_it_was(debate: ArgumentMap) -> None:
    before = debate.copy()
    for change in (
        lambda: debate.rebut("arg", by="o"),
        lambda: debate.support("c", by="nobody"),
        lambda: debate.remove("p1"),
        lambda: debate.claim("Conclusion", id="c"),
    ):
        with pytest.raises((ModelError, UnknownIdError, InvalidAttackError, DuplicateIdError)):
            change()
        assert debate == before


def test_removing_the_central_claim_clears_it() -> None:
    m = ArgumentMap()
    m.claim("Only", id="only", central=True)
    m.remove("only")
    assert m.central is None and len(m) == 0


def test_maps_compare_by_content_and_not_with_other_types(debate: ArgumentMap) -> None:
    assert debate == debate.copy()
    assert debate != "a map"
    assert (debate == 1) is False
    assert "<ArgumentMap 't': 4 claims, 1 arguments" in repr(debate)
    assert debate.get("c") in debate and Claim(id="c", text="Other") not in debate
