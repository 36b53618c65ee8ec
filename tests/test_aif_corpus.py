"""Every real AIFdb and OVA file of the shared corpus imports, with counts that match its nodes.

Skipped cleanly when ``../shared/corpora/aif`` is absent."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from argmap.exceptions import DocumentError
from argmap.formats._attacks import ATTACK_TAG
from argmap.formats.aif import dumps, load_aif, loads
from argmap.validation import validate

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "aif"
NOT_MAPS = {"aif2arggraph.json"}  # a table of nodeset names, not a map
FILES = sorted(p for p in CORPUS.rglob("*.json") if p.name not in NOT_MAPS)


def _graph(path: Path) -> dict[str, Any]:
    data = json.loads(path.read_text(encoding="utf-8"))
    graph: dict[str, Any] = data.get("AIF", data)
    return graph


def _said(graph: dict[str, Any]) -> int:
    """How many pairs ``L -YA-> I`` the graph has: each must become an attribution."""
    if "nodeID" not in graph["nodes"][0]:  # OVA2: no dialogue layer in our files
        return 0
    types = {str(n["nodeID"]): n["type"] for n in graph["nodes"]}
    into: dict[str, set[str]] = {}
    for edge in graph["edges"]:
        into.setdefault(str(edge["toID"]), set()).add(str(edge["fromID"]))
    return sum(
        1
        for target, sources in into.items()
        if types.get(target) == "I"
        for ya in sources
        if types.get(ya) == "YA"
        for speaker in into.get(ya, ())
        if types.get(speaker) == "L"
    )


def _attacks(m: Any) -> list[tuple[Any, str]]:
    """Rebuttal kinds and attackers by text (the reader makes its own ids)."""

    def text(element_id: str) -> str:
        element = m.get(element_id)
        return str(getattr(element, "text", None) or m.get(element.conclusion).text)

    return [(r.kind, text(r.attacker)) for r in m.rebuttals]


def _needs_corpus() -> None:
    if not FILES:
        pytest.skip("the shared corpus (../shared/corpora/aif) is absent")


@pytest.mark.parametrize("path", FILES, ids=lambda p: str(p.relative_to(CORPUS)))
def test_corpus_file_imports_with_sensible_counts(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    m, notes = load_aif(text, filename=path.name)
    types = Counter(n.get("type") for n in _graph(path)["nodes"])
    blank = sum(1 for n in _graph(path)["nodes"] if n.get("type") == "I" and not n["text"].strip())
    reified = [c for c in m.claims if ATTACK_TAG in c.tags]  # attacks on attacks
    assert len(m.claims) - len(reified) == types["I"] - blank
    arguments = len(m.arguments) - len(reified)
    assert arguments <= types["RA"] + types["MA"] + sum(1 for n in notes if "RA" in n)
    assert len(m.rebuttals) >= types["CA"] - sum(1 for n in notes if "(CA" in n)
    assert len(m.sources) == 1
    speechless = sum(1 for n in notes if "no speaker" in n)
    assert len(m.attributions) >= _said(_graph(path)) - speechless
    assert {a.actor for a in m.attributions} <= {a.id for a in m.actors}
    assert not [p for p in validate(m) if str(p.severity) == "error"]


@pytest.mark.parametrize("path", FILES, ids=lambda p: str(p.relative_to(CORPUS)))
def test_corpus_file_survives_export_and_import(path: Path) -> None:
    m = loads(path.read_text(encoding="utf-8"))
    again = loads(dumps(m))
    assert [c.text for c in again.claims] == [c.text for c in m.claims]
    assert _attacks(again) == _attacks(m)
    assert [(a.actor, a.quote, a.stance) for a in again.attributions] == [
        (a.actor, a.quote, a.stance) for a in m.attributions
    ]


def test_reported_speech_of_question_time_names_the_presenter() -> None:
    path = CORPUS / "qt30" / "nodeset21426.json"
    if not path.exists():
        pytest.skip("the shared corpus is absent")
    m = loads(path.read_text(encoding="utf-8"))
    reported = [(a.actor, a.reported_by) for a in m.attributions if a.reported_by]
    assert reported == [("kevin-collins", "fiona-bruce")]


def test_the_nodeset_table_is_refused_as_not_aif() -> None:
    path = CORPUS / "microtexts-aifdb" / "aif2arggraph.json"
    if not path.exists():
        pytest.skip("the shared corpus is absent")
    with pytest.raises(DocumentError, match=r"aif2arggraph\.json: not AIF JSON"):
        loads(path.read_text(encoding="utf-8"), filename=path.name)


def test_corpus_is_present_or_skipped() -> None:
    _needs_corpus()
    assert len(FILES) >= 60


SPEAKERS = {
    "more/us2016_nodeset11154.json": ({"TRUMP", "F_E_M_A"}, set()),
    "more/us2016_nodeset11262.json": (
        {"AlphaNeonic", "Hilary", "Anderson", "[deleted]", "-JustShy-", "VampireKillBot"},
        set(),
    ),
    "more/us2016_nodeset11271.json": ({"CARSON", "olegv40", "Bmorewiser", "[deleted]"}, set()),
    "qt30/nodeset20493.json": ({"Fiona Bruce", "Anneliese Dodds", "Grant Shapps"}, {"Chris"}),
}


@pytest.mark.parametrize("name", list(SPEAKERS))
def test_speakers_named_in_locutions_become_actors(name: str) -> None:
    """Reddit users quoting a candidate (``User : CANDIDATE : words``) and speakers only the
    analyst's copies name (``Chris: Fiona Bruce : ...``) are found; analysts are not actors."""
    _needs_corpus()
    m = loads((CORPUS / name).read_text(encoding="utf-8"), filename=name)
    found, absent = SPEAKERS[name]
    names = {a.name for a in m.actors}
    assert found <= names
    assert not absent & names


@pytest.mark.parametrize("path", FILES, ids=lambda p: str(p.relative_to(CORPUS)))
def test_every_speaker_prefix_of_a_used_locution_is_an_actor(path: Path) -> None:
    """The one who said the words (the last of nested prefixes) is an actor."""
    from argmap.formats.aif._speakers import split_names

    graph = _graph(path)
    if "nodeID" not in graph["nodes"][0]:
        return
    linked = {str(e["fromID"]) for e in graph["edges"]} | {str(e["toID"]) for e in graph["edges"]}
    expected = set()
    for node in graph["nodes"]:
        if node.get("type") == "L" and str(node["nodeID"]) in linked:
            names, _ = split_names(node.get("text") or "")
            if names:
                expected.add(names[-1])
    m = loads(path.read_text(encoding="utf-8"))
    assert expected <= {a.name for a in m.actors}
