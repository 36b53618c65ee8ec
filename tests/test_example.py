"""The flagship example: it builds, validates cleanly, and says only what the two reports say."""

from __future__ import annotations

import importlib.util
import shutil
from pathlib import Path
from types import ModuleType

import pytest

from argmap import ActorKind, ArgumentMap, AttackKind, Mode, Response, SourceKind
from argmap.cli.loading import load_map
from argmap.formats import dumps, loads
from argmap.quotes import QuoteStatus, check_quotes, load_source_texts, locate_quotes, normalise
from argmap.validation import validate

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "labour_immigration.py"
SOURCES = Path(__file__).resolve().parents[2] / "shared" / "sources"

# Every person the reports quote or paraphrase: (role, affiliation's name) exactly as written.
PEOPLE = {
    "Hina Majid": ("legal policy director", "Joint Council for the Welfare of Immigrants"),
    "Will Straw": ("editor", "Left Foot Forward"),
    "David Miliband": ("leadership candidate", "Labour party"),
    "Ed Balls": ("leadership candidate", "Labour party"),
    "Ed Miliband": (None, None),
    "Andy Burnham": (None, None),
    "Diane Abbott": (None, None),
    "Tim Finch": ("head of migration", "Institute for Public Policy Research"),
    "Deborah Mattinson": (None, None),
    "Sunder Katwala": (None, None),
    "Sadiq Khan": ("MP", None),
    "Kerry McCarthy": ("MP", None),
    "Jonathan Bartley": ("co-director", "Ekklesia"),
}
FILES = {"ft-rearguard-action.txt", "total-politics-fabian-debate.txt"}


def _load_example() -> ModuleType:
    spec = importlib.util.spec_from_file_location("labour_immigration", EXAMPLE)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def example() -> ModuleType:
    return _load_example()


@pytest.fixture(scope="module")
def argument_map(example: ModuleType) -> ArgumentMap:
    built = example.build()
    assert isinstance(built, ArgumentMap)
    return built


@pytest.fixture(scope="module")
def texts(argument_map: ArgumentMap) -> dict[str, str]:
    if not SOURCES.is_dir():
        pytest.skip(f"the source texts are not here: {SOURCES}")
    return load_source_texts(argument_map, SOURCES)


def test_builds_a_fresh_equal_map_each_time(example: ModuleType) -> None:
    first, second = example.build(), example.build()
    assert first == second
    assert first is not second


def test_question_and_central_claim(argument_map: ArgumentMap) -> None:
    assert argument_map.question == "Did immigration lose Labour the 2010 election?"
    central = argument_map.central
    assert central is not None
    assert central.text == "Immigration lost Labour the 2010 election."
    assert argument_map.arguments_for(central), "the case for is linked to the central claim"
    assert argument_map.attacks_on(central), "the case against is linked to the central claim"


def test_validates_without_warnings(argument_map: ArgumentMap) -> None:
    assert [str(problem) for problem in validate(argument_map)] == []


def test_size_is_that_of_a_real_debate(argument_map: ArgumentMap) -> None:
    assert 25 <= len(argument_map.claims) <= 50


def test_every_person_with_role_and_affiliation_as_written(argument_map: ArgumentMap) -> None:
    people = {a.name: a for a in argument_map.actors if a.kind is ActorKind.PERSON}
    assert set(people) == set(PEOPLE)
    for name, (role, affiliation) in PEOPLE.items():
        actor = people[name]
        found = None
        if actor.affiliation is not None:
            organisation = argument_map.get(actor.affiliation)
            assert organisation.kind is ActorKind.ORGANISATION  # type: ignore[union-attr]
            found = organisation.name  # type: ignore[union-attr]
        assert (actor.role, found) == (role, affiliation), name
        assert argument_map.attributions_by(actor), f"{name} says nothing in the map"


def test_reports_are_undated_news_articles_naming_their_files(argument_map: ArgumentMap) -> None:
    reports = [s for s in argument_map.sources if s.file is not None]
    assert {s.file for s in reports} == FILES
    for report in reports:
        assert report.kind is SourceKind.NEWS_ARTICLE
        assert report.date is None
        assert report.outlet in {"Financial Times", "Total Politics"}


def test_settings_are_sources_used_as_settings(argument_map: ArgumentMap) -> None:
    settings = {a.setting for a in argument_map.attributions if a.setting is not None}
    kinds = {argument_map.get(s).kind for s in settings}  # type: ignore[union-attr]
    assert {SourceKind.CONFERENCE, SourceKind.SPEECH, SourceKind.INTERVIEW} <= kinds
    outlets = {argument_map.get(s).outlet for s in settings}  # type: ignore[union-attr]
    assert {"Daily Mirror", "Financial Times"} <= outlets
    reports = {a.source for a in argument_map.attributions}
    assert not settings & reports, "a setting is where words were said, not where we read them"


def test_claim_in_both_reports_carries_both_attributions(argument_map: ArgumentMap) -> None:
    both = [
        claim
        for claim in argument_map.claims
        if {a.source for a in argument_map.attributions_of(claim)} >= {"ft", "total-politics"}
    ]
    texts = {claim.text for claim in both}
    assert "Labour was playing catch-up on immigration." in texts


def test_exchanges_are_modelled_as_responses(argument_map: ArgumentMap) -> None:
    responses = {
        (argument_map.get(a.responds_to).actor, a.actor, a.response)  # type: ignore[union-attr]
        for a in argument_map.attributions
        if a.responds_to is not None
    }
    assert ("deborah-mattinson", "sadiq-khan", Response.ECHOES) in responses
    assert ("sadiq-khan", "kerry-mccarthy", Response.COUNTERS) in responses
    assert ("diane-abbott", "will-straw", Response.AGREES) in responses


def test_alternative_explanations_attack_with_the_chosen_kind(argument_map: ArgumentMap) -> None:
    kinds = {(r.attacker, r.kind) for r in argument_map.rebuttals}
    assert ("proxy", AttackKind.UNDERCUT) in kinds
    assert ("parties-alike", AttackKind.UNDERCUT) in kinds
    assert ("communication", AttackKind.UNDERMINE) in kinds
    for reason in ("grassroots", "new-media", "centralised"):
        assert (reason, AttackKind.REBUT) in kinds


def test_every_attribution_mode_matches_its_words(argument_map: ArgumentMap) -> None:
    for attribution in argument_map.attributions:
        if attribution.mode is Mode.INDIRECT:
            assert attribution.paraphrase, attribution.id
        else:
            assert attribution.quoted_texts, attribution.id


def test_every_quote_and_fragment_is_found_once(
    argument_map: ArgumentMap, texts: dict[str, str]
) -> None:
    reports = check_quotes(argument_map, texts)
    quoted = sum(len(a.quoted_texts) for a in argument_map.attributions)
    assert len(reports) == quoted > 20
    assert [str(r) for r in reports if r.status is not QuoteStatus.FOUND] == []


def test_every_quote_is_located(argument_map: ArgumentMap, texts: dict[str, str]) -> None:
    located = locate_quotes(argument_map, texts)
    for attribution in located.attributions:
        assert len(attribution.locators) == len(attribution.quoted_texts), attribution.id
        for locator, quoted in zip(attribution.locators, attribution.quoted_texts, strict=True):
            passage = texts[attribution.source][locator.start : locator.end]
            assert normalise(passage).text == normalise(quoted).text


def test_paraphrases_use_the_reports_own_words(
    argument_map: ArgumentMap, texts: dict[str, str]
) -> None:
    folded = {source: normalise(text).text for source, text in texts.items()}
    missing = [
        a.id
        for a in argument_map.attributions
        if a.paraphrase and normalise(a.paraphrase).text not in folded[a.source]
    ]
    assert missing == []


def test_cues_are_the_reports_own_verbs(argument_map: ArgumentMap, texts: dict[str, str]) -> None:
    for attribution in argument_map.attributions:
        if attribution.cue is not None:
            assert attribution.cue in texts[attribution.source], attribution.id


@pytest.mark.exe
def test_script_writes_the_diagrams(tmp_path: Path) -> None:
    if shutil.which("dot") is None:
        pytest.skip("Graphviz 'dot' is not installed")
    example = _load_example()
    example.main([str(tmp_path)])
    svg = (tmp_path / "labour_immigration.svg").read_text(encoding="utf-8")
    assert "<svg" in svg
    assert (tmp_path / "labour_immigration.png").read_bytes().startswith(b"\x89PNG")


@pytest.mark.exe
def test_script_writes_the_interactive_map_and_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``make demo`` leaves the interactive map beside the pictures, and its last line names it."""
    if shutil.which("dot") is None:
        pytest.skip("Graphviz 'dot' is not installed")
    _load_example().main([str(tmp_path)])
    page = (tmp_path / "labour_immigration.html").read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and "<svg" in page
    said = capsys.readouterr().out.strip().splitlines()
    assert said and str(tmp_path / "labour_immigration.html") in said[-1]


def test_loadable_by_the_cli() -> None:
    loaded = load_map(str(EXAMPLE))
    assert loaded == _load_example().build()


def test_survives_a_json_round_trip(argument_map: ArgumentMap) -> None:
    assert loads(dumps(argument_map, "json"), "json") == argument_map
