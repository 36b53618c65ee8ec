"""Merging maps of one debate: identity rules, renaming, candidates, and the properties (#11)."""

from __future__ import annotations

from collections.abc import Hashable
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from argmap.exceptions import DocumentError, ModelError
from argmap.formats import dumps, loads
from argmap.merging import merge, read_merge_mapping
from argmap.model import Actor, ArgumentMap, Attribution, Claim, Element, Source
from argmap.strategies import maps
from argmap.validation import Severity, validate

FEW = settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _bitar_abc() -> ArgumentMap:
    m = ArgumentMap(question="Why did Labor do badly in 2010?")
    swings = m.claim("Labor faced big swings across the country", id="swings")
    bitar = m.actor("Karl Bitar", id="bitar", role="national secretary")
    abc = m.source("Bitar speaks", id="abc", outlet="ABC", url="https://abc.example/bitar")
    m.attribute(
        swings,
        bitar,
        abc,
        id="bitar-abc",
        quote="We were facing swings of anywhere between 10 and 12 per cent across the county",
    )
    return m


def _bitar_smh() -> ArgumentMap:
    m = ArgumentMap()
    swings = m.claim("Labor faced big swings across the whole country", id="swings")
    bitar = m.actor("Mr  Bitar", id="mr-bitar")
    smh = m.source("Bitar speaks", id="abc", outlet="SMH")  # same id, another article
    m.attribute(
        swings,
        bitar,
        smh,
        id="bitar-smh",
        quote="We were facing swings of anywhere between 10 and 12 per cent across the country",
    )
    return m


def test_a_shared_claim_does_not_stop_the_merge() -> None:
    """``extend`` stops at the first shared claim; merge takes it as one claim."""
    a, b = ArgumentMap(), ArgumentMap()
    a.claim("Immigration lost Labour the election", id="lost")
    b.claim("Immigration lost Labour the election", id="lost")
    b.claim("Labour lost touch", id="touch")
    merged, report = merge(a, b)
    assert [c.id for c in merged.claims] == ["lost", "touch"]
    assert not report


def test_aliases_make_two_actors_one() -> None:
    merged, report = merge(_bitar_abc(), _bitar_smh(), aliases={"Mr Bitar": "Karl Bitar"})
    assert [a.id for a in merged.actors] == ["bitar"]
    assert (2, "mr-bitar", "bitar") in report.merged
    assert {a.actor for a in merged.attributions} == {"bitar"}
    # the other spelling of the name is not silently dropped
    assert any(d.field == "name" and d.dropped == "Mr  Bitar" for d in report.differences)


def test_without_the_alias_the_actors_stay_apart() -> None:
    merged, _ = merge(_bitar_abc(), _bitar_smh())
    assert [a.name for a in merged.actors] == ["Karl Bitar", "Mr  Bitar"]


def test_an_id_naming_another_thing_is_renamed_and_reported() -> None:
    merged, report = merge(_bitar_abc(), _bitar_smh())
    assert [s.outlet for s in merged.sources] == ["ABC", "SMH"]
    assert [(r.kind, r.old, r.new) for r in report.renamed] == [
        ("source", "abc", "abc-2"),
        ("claim", "swings", "swings-2"),
    ]
    assert merged.get("bitar-smh", Attribution).source == "abc-2"
    assert "outlet" in report.renamed[0].reason


def test_a_response_to_what_it_would_merge_into_stays_a_response() -> None:
    """A report where the speaker repeats a remark in answer to himself: the answer looks like
    the earlier map's remark, but an element cannot be the one it answers, so it is kept apart
    (merging it crashed on 'cannot respond to itself')."""
    first = _bitar_abc()
    second = _bitar_abc()
    said = second.get("bitar-abc")
    assert isinstance(said, Attribution)
    second.add(attrs.evolve(said, id="again", responds_to="bitar-abc", response="agrees"))
    merged, report = merge(first, second)
    answers = [a for a in merged.attributions if a.responds_to is not None]
    assert [(a.responds_to, a.claim, a.actor) for a in answers] == [
        ("bitar-abc", "swings", "bitar")
    ]
    assert len(merged.attributions) == 2 and report.ids[1]["again"] == answers[0].id


def test_an_alias_that_makes_an_actor_its_own_affiliation_keeps_them_apart() -> None:
    first, second = ArgumentMap(), ArgumentMap()
    first.actor("Labour", id="labour")
    second.actor("Labour", id="labour")
    second.actor("The Labour Party", id="party", affiliation="labour")
    merged, _ = merge(first, second, aliases={"The Labour Party": "Labour"})
    assert [(a.id, a.affiliation) for a in merged.actors] == [
        ("labour", None),
        ("party", "labour"),
    ]


def test_near_identical_claims_are_candidates_not_merged() -> None:
    merged, report = merge(_bitar_abc(), _bitar_smh())
    assert len(merged.claims) == 2
    (candidate,) = report.candidates
    assert (candidate.first, candidate.second, candidate.second_now) == (
        "swings",
        "swings",
        "swings-2",
    )
    assert candidate.first_text == "Labor faced big swings across the country"
    assert 0.8 <= candidate.similarity < 1
    assert "near-identical" in str(candidate) and "same=" in str(candidate)


def test_a_confirmed_candidate_is_one_claim() -> None:
    merged, report = merge(_bitar_abc(), _bitar_smh(), same={"swings": "swings"})
    assert [c.id for c in merged.claims] == ["swings"]
    assert {a.claim for a in merged.attributions} == {"swings"}
    assert report.candidates == ()
    assert any(d.field == "text" for d in report.differences)


def test_sources_are_the_same_by_url() -> None:
    a, b = ArgumentMap(), ArgumentMap()
    a.source("Bitar speaks", id="abc", url="https://abc.example/bitar")
    b.source("Bitar: the interview", id="abc-news", url="https://abc.example/bitar", author="X")
    merged, report = merge(a, b)
    (source,) = merged.sources
    assert source.author == "X"  # filled in from the second map
    assert report.merged == ((2, "abc-news", "abc"),)


def test_sources_are_the_same_by_outlet_title_and_date() -> None:
    a, b = ArgumentMap(), ArgumentMap()
    a.source("Bitar speaks", id="one", outlet="ABC", date="2010-11-01")
    b.source("Bitar speaks", id="two", outlet="ABC", date="2010-11-01")
    b.source("Bitar speaks", id="three", outlet="ABC", date="2010-11-02")
    merged, _ = merge(a, b)
    assert [s.id for s in merged.sources] == ["one", "three"]


def test_sources_with_different_urls_are_not_merged_by_title() -> None:
    a, b = ArgumentMap(), ArgumentMap()
    a.source("Bitar speaks", id="one", outlet="ABC", date="2010", url="https://a.example")
    b.source("Bitar speaks", id="two", outlet="ABC", date="2010", url="https://b.example")
    merged, _ = merge(a, b)
    assert len(merged.sources) == 2


def test_same_argument_in_two_maps_is_one() -> None:
    a, b = ArgumentMap(), ArgumentMap()
    for m in (a, b):
        m.claim("Labour lost", id="lost")
        m.claim("Immigration came up on the doorstep", id="doorstep")
    a.support("lost", by="doorstep", id="arg-a")
    b.support("lost", by="doorstep", id="arg-b", scheme="sign")
    merged, _ = merge(a, b)
    (argument,) = merged.arguments
    assert (argument.id, argument.scheme) == ("arg-a", "sign")


def test_same_must_name_ids_that_exist() -> None:
    with pytest.raises(ModelError, match="in no map after the first"):
        merge(_bitar_abc(), _bitar_smh(), same={"nothing": "swings"})
    with pytest.raises(ModelError, match="not in map 2"):
        merge(_bitar_abc(), _bitar_smh(), same=[{"nothing": "swings"}])
    with pytest.raises(ModelError, match="not in the maps merged before"):
        merge(_bitar_abc(), _bitar_smh(), same={"swings": "nothing"})
    with pytest.raises(ModelError, match="which is a claim"):
        merge(_bitar_abc(), _bitar_smh(), same={"mr-bitar": "swings"})


def test_one_mapping_serves_every_later_map() -> None:
    """An id of ``same=`` need only be in one of the later maps."""
    third = ArgumentMap()
    third.claim("Something else", id="other")
    merged, _ = merge(_bitar_abc(), third, _bitar_smh(), same={"swings": "swings"})
    assert [c.id for c in merged.claims] == ["swings", "other"]


def test_no_map_is_an_error() -> None:
    with pytest.raises(ModelError, match="at least one map"):
        merge()


def test_merge_changes_no_input() -> None:
    a, b = _bitar_abc(), _bitar_smh()
    before = (dumps(a, format="json"), dumps(b, format="json"))
    merge(a, b, aliases={"Mr Bitar": "Karl Bitar"}, same={"swings": "swings"})
    assert (dumps(a, format="json"), dumps(b, format="json")) == before


def test_merging_across_formats() -> None:
    """An AIF map of a radio debate merges into a YAML map of its press coverage."""
    radio = ArgumentMap()
    radio.claim("Immigration lost Labour the election", id="lost")
    radio.claim("Housing worried voters more", id="housing")
    radio.rebut("lost", by="housing")
    aif = loads(dumps(radio, format="aif"), format="aif")
    press = loads(dumps(_bitar_abc(), format="yaml"), format="yaml")
    merged, _ = merge(press, aif)
    assert len(merged.claims) == len(press.claims) + len(aif.claims)
    assert len(merged.rebuttals) == 1
    assert not [p for p in validate(merged) if p.severity is Severity.ERROR]


def test_mapping_file(tmp_path: Path) -> None:
    path = tmp_path / "same.yaml"
    path.write_text("aliases:\n  Mr Bitar: Karl Bitar\nsame:\n  swings: swings\n", "utf-8")
    mapping = read_merge_mapping(path)
    merged, report = merge(_bitar_abc(), _bitar_smh(), aliases=mapping.aliases, same=mapping.same)
    assert (len(merged.actors), len(merged.claims), report.candidates) == (1, 1, ())


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("[1, 2]", "expected a mapping"),
        ("colour: red", "unknown field 'colour'"),
        ("same: {a: [1]}", "same: expected text on both sides"),
        ("aliases: [x]", "aliases: expected a mapping of ids, got list"),
        ("same: {a: b\n", "not YAML"),
    ],
)
def test_a_bad_mapping_file_is_a_document_error(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "same.yaml"
    path.write_text(text, "utf-8")
    with pytest.raises(DocumentError, match=message) as caught:
        read_merge_mapping(path)
    assert str(path) in str(caught.value)


# ----------------------------------------------------------------------- properties


def _signature(m: ArgumentMap) -> set[Hashable]:
    """What a map says, with ids replaced by what they name (identity fields only)."""
    memo: dict[str, Hashable] = {}

    def sig(ref: str | None) -> Hashable:
        if ref is None:
            return None
        if ref not in memo:
            memo[ref] = ("pending", ref)
            memo[ref] = _element_signature(m.get(ref), sig)
        return memo[ref]

    return {sig(element.id) for element in m}


def _element_signature(element: Element, sig: Any) -> Hashable:
    if isinstance(element, Claim):
        return ("claim", element.text)
    if isinstance(element, Actor):
        return ("actor", " ".join(element.name.casefold().split()))
    if isinstance(element, Source):
        return ("source", element.title)
    if isinstance(element, Attribution):
        return (
            "attribution",
            sig(element.claim),
            sig(element.actor),
            sig(element.source),
            element.mode,
            element.quote,
            element.fragments,
        )
    fields = attrs.asdict(element, recurse=False)
    fields.pop("id")
    parts: list[Hashable] = [type(element).__name__]
    for name in ("premises", "conclusion", "kind", "attacker", "target"):
        if name in fields:
            value = fields[name]
            if name == "premises":
                parts.append(frozenset(map(sig, value)))
            else:
                parts.append(value if name == "kind" else sig(value))
    return tuple(parts)


@FEW
@given(maps(max_claims=6))
def test_merging_a_map_with_itself_changes_nothing(m: ArgumentMap) -> None:
    merged, report = merge(m, m)
    assert merged == m
    assert not report and report.merged == ()


@FEW
@given(maps(max_claims=5), maps(max_claims=5))
def test_every_element_of_each_input_is_in_the_output(a: ArgumentMap, b: ArgumentMap) -> None:
    merged, report = merge(a, b)
    assert not [p for p in validate(merged) if p.severity is Severity.ERROR]
    differences = {(d.id, d.field) for d in report.differences}
    for source, ids in zip((a, b), report.ids, strict=True):
        for element in source:
            new_id = ids[element.id]
            out = merged.get(new_id)
            assert type(out) is type(element)
            # every field it had is there, or the report says how it differs
            for field in attrs.fields(type(element)):
                theirs = getattr(element, field.name)
                if field.name == "id" or theirs in (None, ()) or theirs == field.default:
                    continue
                mine = getattr(out, field.name)
                if field.name in _reference_fields(type(element)):
                    theirs = _remapped(theirs, ids)
                assert mine == theirs or (new_id, field.name) in differences


def _reference_fields(kind: type[Any]) -> set[str]:
    from argmap.model.references import REFERENCES

    return {reference.field for reference in REFERENCES.get(kind, ())}


def _remapped(value: Any, ids: dict[str, str]) -> Any:
    """An id, or a tuple of ids, as renamed by the merge (a text that equals an id is no id)."""
    if isinstance(value, str):
        return ids.get(value, value)
    if isinstance(value, tuple) and all(isinstance(v, str) for v in value):
        return tuple(ids.get(v, v) for v in value)
    return value


@FEW
@given(maps(max_claims=5), maps(max_claims=5))
def test_the_report_names_every_renamed_id_and_every_candidate(
    a: ArgumentMap, b: ArgumentMap
) -> None:
    merged, report = merge(a, b)
    renamed = {(r.input, r.old): r.new for r in report.renamed}
    for number, ids in enumerate(report.ids, start=1):
        merged_away = {old for n, old, _ in report.merged if n == number}
        for old, new in ids.items():
            if old != new and old not in merged_away:
                assert renamed[(number, old)] == new
    # every pair of a claim of a and a new claim of b that are near-identical is a candidate
    from argmap.merging.identity import claim_words, similar_enough

    candidates = {(c.first, c.second) for c in report.candidates}
    kept = {b_id for b_id, new in report.ids[1].items() if new not in {c.id for c in a.claims}}
    for first in a.claims:
        for second in b.claims:
            if second.id not in kept:
                continue
            if similar_enough(claim_words(first.text), claim_words(second.text)) is not None:
                assert (first.id, second.id) in candidates
    assert all(c.first in merged and c.second_now in merged for c in report.candidates)


@FEW
@given(maps(max_claims=4), maps(max_claims=4), maps(max_claims=4))
def test_merging_is_associative_in_content(a: ArgumentMap, b: ArgumentMap, c: ArgumentMap) -> None:
    left = merge(merge(a, b).map, c).map
    right = merge(a, merge(b, c).map).map
    assert _signature(left) == _signature(right)


@FEW
@given(maps(max_claims=5), st.data())
def test_a_map_merged_with_a_part_of_itself_is_itself(m: ArgumentMap, data: st.DataObject) -> None:
    part = ArgumentMap()
    for claim in data.draw(st.lists(st.sampled_from(m.claims), unique=True)):
        part.add(claim)
    merged, report = merge(m, part)
    assert merged == m
    assert not report


# ----------------------------------------------------------------------- command line


def test_cli_merge_writes_the_map_and_prints_the_report(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from argmap.cli.main import cli

    (tmp_path / "abc.yaml").write_text(dumps(_bitar_abc(), format="yaml"), "utf-8")
    (tmp_path / "smh.json").write_text(dumps(_bitar_smh(), format="json"), "utf-8")
    out = tmp_path / "merged.yaml"
    runner = CliRunner()
    args = ["merge", str(tmp_path / "abc.yaml"), str(tmp_path / "smh.json"), "-o", str(out)]
    result = runner.invoke(cli, args)
    assert result.exit_code == 0, result.output
    assert "renamed: map 2's source 'abc' is 'abc-2'" in result.output
    assert "candidate: claim 'swings'" in result.output
    merged = loads(out.read_text("utf-8"), format="yaml")
    assert (len(merged.claims), len(merged.actors)) == (2, 2)

    mapping = tmp_path / "same.yaml"
    mapping.write_text("aliases: {Mr Bitar: Karl Bitar}\nsame: {swings: swings}\n", "utf-8")
    result = runner.invoke(cli, [*args, "--mapping", str(mapping), "--force"])
    assert result.exit_code == 0, result.output
    assert "0 candidates" in result.output
    merged = loads(out.read_text("utf-8"), format="yaml")
    assert (len(merged.claims), len(merged.actors)) == (1, 1)


def test_cli_merge_names_a_bad_mapping_file(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from argmap.cli.main import cli

    (tmp_path / "a.yaml").write_text(dumps(_bitar_abc(), format="yaml"), "utf-8")
    (tmp_path / "same.yaml").write_text("same: [b, a]\n", "utf-8")
    result = CliRunner().invoke(
        cli,
        [
            "merge",
            str(tmp_path / "a.yaml"),
            "-o",
            str(tmp_path / "o.yaml"),
            "--mapping",
            str(tmp_path / "same.yaml"),
        ],
    )
    assert result.exit_code == 1
    assert "same.yaml: same[0]: expected a mapping of ids" in result.output
