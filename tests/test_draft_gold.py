"""How well ``argmap draft`` does on the two flagship articles, against a gold list written by
hand (``tests/draft_gold.yaml``); skipped cleanly when ``../shared/sources`` is absent.

Run with ``-s`` to see the figures (they are printed in ``docs/tutorial-draft.md`` too).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from argmap.draft import DraftResult, draft_result
from argmap.quotes import QuoteStatus, check_quotes, normalise_quote

# The same place the quote tests read the shared texts from (tests/test_quotes_sources.py).
SOURCES = Path(__file__).resolve().parents[2] / "shared" / "sources"
GOLD: dict[str, dict[str, Any]] = yaml.safe_load(
    (Path(__file__).parent / "draft_gold.yaml").read_text(encoding="utf-8")
)
NAMES = sorted(GOLD)


def _key(quote: str) -> str:
    return normalise_quote(quote).rstrip(" ,.;:")


@pytest.fixture(scope="module")
def drafts() -> dict[str, tuple[str, DraftResult]]:
    if not all((SOURCES / name).is_file() for name in NAMES):
        pytest.skip(f"the shared source texts are not in {SOURCES}")
    results = {}
    for name in NAMES:
        text = (SOURCES / name).read_text(encoding="utf-8")
        results[name] = (text, draft_result(text, file=name))
    return results


def _scores(name: str, result: DraftResult) -> dict[str, Any]:
    gold = {_key(q["quote"]): q for q in GOLD[name]["quotes"]}
    speech = {_key(q.text): q for q in result.quotes if q.kind == "speech" and q.attribution}
    long_gold = [k for k, q in gold.items() if len(q["quote"].split()) >= 3]
    found = [k for k in long_gold if k in speech]
    right = [k for k in found if speech[k].speaker == gold[k]["speaker"]]
    cues = [k for k in found if speech[k].cue == gold[k]["cue"]]
    return {
        "gold": len(long_gold),
        "found": len(found),
        "right speaker": len(right),
        "right cue": len(cues),
        "not quotes": sorted(k for k in speech if k not in gold),
        "wrong speakers": sorted(
            f"{k[:30]}: {speech[k].speaker} (gold {gold[k]['speaker']})"
            for k in found
            if k not in right
        ),
        "missed": sorted(k for k in long_gold if k not in speech),
    }


@pytest.mark.parametrize("name", NAMES)
def test_every_direct_quote_of_three_words_is_found(
    drafts: dict[str, tuple[str, DraftResult]], name: str
) -> None:
    scores = _scores(name, drafts[name][1])
    print(f"\n{name}: {scores}")
    assert scores["missed"] == []


def test_the_speaker_is_right_for_nine_quotes_in_ten(
    drafts: dict[str, tuple[str, DraftResult]],
) -> None:
    scores = [_scores(name, drafts[name][1]) for name in NAMES]
    found = sum(s["found"] for s in scores)
    right = sum(s["right speaker"] for s in scores)
    print(
        f"\nspeakers right: {right} of {found}; cues right: {sum(s['right cue'] for s in scores)}"
    )
    assert found and right / found >= 0.9


def test_precision_nothing_is_taken_for_a_quote_that_is_not_one(
    drafts: dict[str, tuple[str, DraftResult]],
) -> None:
    for name in NAMES:
        assert _scores(name, drafts[name][1])["not quotes"] == [], name


@pytest.mark.parametrize("name", NAMES)
def test_scare_quotes_and_titles_are_set_aside(
    drafts: dict[str, tuple[str, DraftResult]], name: str
) -> None:
    kinds = {_key(q.text): q.kind for q in drafts[name][1].quotes}
    expected = {_key(q["quote"]): q["kind"] for q in GOLD[name]["set_aside"]}
    assert {k: kinds.get(k) for k in expected} == expected


@pytest.mark.parametrize("name", NAMES)
def test_reported_speech_is_found_with_its_speaker_and_verb(
    drafts: dict[str, tuple[str, DraftResult]], name: str
) -> None:
    found = sorted((r.speaker, r.cue) for r in drafts[name][1].reported)
    expected = sorted((r["speaker"], r["cue"]) for r in GOLD[name]["reported"])
    assert found == expected


@pytest.mark.parametrize("name", NAMES)
def test_roles_are_those_the_article_gives_and_no_others(
    drafts: dict[str, tuple[str, DraftResult]], name: str
) -> None:
    roles = {a.name: a.role for a in drafts[name][1].map.actors if a.role}
    assert roles == GOLD[name]["roles"]


@pytest.mark.parametrize("name", NAMES)
def test_argmaps_own_checker_finds_every_quote_of_the_draft(
    drafts: dict[str, tuple[str, DraftResult]], name: str
) -> None:
    text, result = drafts[name]
    source = result.map.sources[0].id
    reports = check_quotes(result.map, {source: text})
    assert reports
    assert [r for r in reports if r.status is not QuoteStatus.FOUND] == []
    assert all(r.locator_matches for r in reports)


def test_one_actor_per_person_however_named(drafts: dict[str, tuple[str, DraftResult]]) -> None:
    result = drafts["ft-rearguard-action.txt"][1]
    names = [a.name for a in result.map.actors]
    assert len(names) == len(set(names))
    assert not {"Ms Majid", "Mr Finch", "Mr Straw", "Mr Balls", "Ms Abbott"} & set(names)
    majid = [q for q in result.quotes if q.speaker == "Hina Majid"]
    assert len({q.actor for q in majid}) == 1 and len(majid) == 4
