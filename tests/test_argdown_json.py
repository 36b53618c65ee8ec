"""Reading Argdown's own JSON export: the same map as the Argdown file it was exported from.

``../shared/corpora/argdown-reference/<name>.json`` is what Argdown 1.7.5 exported for each
corpus file; ``argdown-json/`` holds exports found elsewhere. Both skip cleanly without the
corpora; the small examples below always run.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import argmap
from argmap.exceptions import DocumentError
from argmap.formats import argdown, argdown_json
from argmap.formats.registry import detect

CORPORA = Path(__file__).resolve().parents[2] / "shared" / "corpora"
REFERENCE = CORPORA / "argdown-reference"
EXPORTS = sorted(p for p in REFERENCE.glob("*.json") if not p.name.endswith(".map.json"))
OTHERS = sorted((CORPORA / "argdown-json").glob("*.json"))
# Argdown's strict mode writes "A - B" between statements as the symmetric relation "contrary";
# argmap reads that as two rebuttals, the text's "-" as one.
ONE_WAY_CONTRARY = {"cv-semmelweis_betz"}


def _ids(paths: list[Path]) -> list[str]:
    return [p.stem for p in paths]


@pytest.mark.skipif(not EXPORTS, reason="../shared/corpora/argdown-reference is absent")
@pytest.mark.parametrize("path", EXPORTS, ids=_ids(EXPORTS))
def test_an_export_reads_as_its_argdown_file(path: Path) -> None:
    from_json = argdown_json.loads(path.read_text(encoding="utf-8"), filename=path.name)
    source = CORPORA / "argdown" / f"{path.stem}.argdown"
    from_text = argdown.loads(source.read_text(encoding="utf-8"))
    assert sorted(c.id for c in from_json.claims) == sorted(c.id for c in from_text.claims)
    assert sorted((a.premises, a.conclusion) for a in from_json.arguments) == sorted(
        (a.premises, a.conclusion) for a in from_text.arguments
    )
    if path.stem not in ONE_WAY_CONTRARY:
        assert len(from_json.rebuttals) == len(from_text.rebuttals)
    assert {c.id: c.tags for c in from_json.claims} == {c.id: c.tags for c in from_text.claims}


@pytest.mark.skipif(not OTHERS, reason="../shared/corpora/argdown-json is absent")
@pytest.mark.parametrize("path", OTHERS, ids=_ids(OTHERS))
def test_a_plain_json_export_is_told_by_its_keys_and_read(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert detect(path, text).name == "argdown-json"
    m = argmap.load(path)
    assert m.claims and m.arguments


SMALL = {
    "statements": {
        "Ban": {"members": [{"text": "Ban cars #city now.", "tags": ["city"], "startLine": 3}]},
        "Untitled 1": {"members": [{"text": "Cleaner air. #health", "tags": ["health"]}]},
        "Trade": {
            "members": [
                {
                    "text": "Shops lose trade.",
                    "data": {"note": "see the survey"},
                    "ranges": [{"type": "link", "start": 0, "stop": 4, "url": "https://x.org"}],
                }
            ]
        },
    },
    "arguments": {
        "Air": {
            "members": [{"text": "Air matters."}],
            "pcs": [
                {"title": "Untitled 1", "role": "premise"},
                {
                    "title": "Ban",
                    "role": "main-conclusion",
                    "inference": {"inferenceRules": ["Modus ponens"], "data": {}},
                },
            ],
        }
    },
    "relations": [
        {"relationType": "attack", "from": "Trade", "fromType": "equivalence-class",
         "to": "Air", "toType": "inference"},
        {"relationType": "contradictory", "from": "Trade", "fromType": "equivalence-class",
         "to": "Untitled 1", "toType": "equivalence-class"},
    ],
}  # fmt: skip


def test_a_small_export_reads_as_the_text_reader_would() -> None:
    m = argdown_json.loads(json.dumps(SMALL), filename="small.json")
    assert [(c.id, c.title, c.text, c.tags) for c in m.claims] == [
        ("ban", "Ban", "Ban cars #city now.", ("city",)),
        ("cleaner-air", None, "Cleaner air.", ("health",)),
        ("trade", "Trade", "[Shops](https://x.org) lose trade.", ()),
    ]
    assert m.get("trade").note == "see the survey"
    [air] = m.arguments
    assert (air.id, air.premises, air.conclusion, air.scheme) == (
        "air",
        ("cleaner-air",),
        "ban",
        "Modus ponens",
    )
    assert sorted((r.kind.value, r.attacker, r.target) for r in m.rebuttals) == [
        ("rebut", "cleaner-air", "trade"),
        ("undercut", "trade", "air"),
        ("undermine", "trade", "cleaner-air"),  # a premise of Air
    ]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("[1, 2", "not valid JSON"),
        ('{"argmap": 1, "statements": {}, "arguments": {}}', "not an Argdown JSON export"),
        ('{"statements": [], "arguments": {}}', "not an Argdown JSON export"),
        ('{"statements": {"A": 3}, "arguments": {}}', "must be a JSON object"),
        ('{"statements": {"A": {"members": 3}}, "arguments": {}}', "must be a JSON list"),
        ('{"statements": {}, "arguments": {"X": {"pcs": [{"title": "B"}]}}}', "lacks"),
        ('{"statements": {}, "arguments": {}, "relations": [{"relationType": "x"}]}', "unknown"),
        (
            '{"statements": {}, "arguments": {}, "relations": [{"relationType": "attack", '
            '"from": "A", "to": "B"}]}',
            "lacks",
        ),
        ('{"statements": {"A": {"members": [{"text": "\\ud800"}]}}, "arguments": {}}', "surrogate"),
    ],
)
def test_bad_exports_are_document_errors_naming_the_file(text: str, words: str) -> None:
    with pytest.raises(DocumentError, match=words) as info:
        argdown_json.loads(text, filename="bad.json")
    assert info.value.file == "bad.json"
