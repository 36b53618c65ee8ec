"""The AIF reader gives today's answers: maps, notes and errors, file by file.

Two kinds of check. The goldens (``tests/data/aif_answers.json`` and ``aif_samples.json``) hold
digests of what the reader of ``main`` at commit 6436977 answered before the one-pass reader
existed (the map as a document and the notes, or the error with its place), for every AIF and
OVA file of ``../shared/corpora/aif`` (skipped cleanly when absent) and for a fixed sample of
hostile documents and written maps. And properties compare the one-pass reader
(``argmap.formats.aif._bulk``) with the checked, element-by-element path it falls back to, on
maps from ``argmap.strategies`` written by ``aif.dumps``, on the benchmark's generated maps, on
hostile AIF documents and on mutated corpus files: wherever the one-pass reader answers, it
answers what the checked path does.

To remake the goldens (only when an answer is meant to change, and say so in the commit)::

    ARGMAP_WRITE_GOLDENS=1 .venv/bin/python -m pytest -q tests/test_aif_same_answers.py
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings

from argmap import ArgumentMap
from argmap.exceptions import ArgmapError, DocumentError
from argmap.formats import aif
from argmap.formats.aif import _bulk, load_aif
from argmap.formats.aif.read_aif import _checked_load
from argmap.formats.document import to_document
from argmap.strategies import maps

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from bench_model import generate
from test_aif_fuzz import EXAMPLES, aif_documents, mutated

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "aif"
FILES = sorted(p for p in CORPUS.rglob("*.json") if p.name != "aif2arggraph.json")
GOLDENS = Path(__file__).with_name("data") / "aif_answers.json"
SAMPLES = Path(__file__).with_name("data") / "aif_samples.json"
"""159 inputs drawn once (hypothesis seeds 16 and 17) from ``aif_documents`` of
``test_aif_fuzz.py`` and from maps of ``argmap.strategies`` written by ``aif.dumps``, each with
the digest of main's answer at commit 6436977."""


def answer(text: str, filename: str) -> dict[str, Any]:
    """What a reading gives, as plain data: the document and notes, or the error and place."""
    try:
        m, notes = load_aif(text, filename=filename)
    except ArgmapError as error:
        place = (
            {k: getattr(error, k) for k in ("file", "line", "column", "location")}
            if isinstance(error, DocumentError)
            else {}
        )
        return {"error": type(error).__name__, "message": str(error), **place}
    return {"document": to_document(m), "notes": notes}


def digest(value: dict[str, Any]) -> str:
    text = json.dumps(value, sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _key(path: Path) -> str:
    return str(path.relative_to(CORPUS))


def test_write_goldens_when_asked() -> None:
    if not os.environ.get("ARGMAP_WRITE_GOLDENS"):
        pytest.skip("goldens are written only with ARGMAP_WRITE_GOLDENS=1")
    if not FILES:
        pytest.skip(f"the shared corpus ({CORPUS}) is absent")
    found = {_key(p): digest(answer(p.read_text(encoding="utf-8"), p.name)) for p in FILES}
    GOLDENS.write_text(json.dumps(found, indent=1, sort_keys=True) + "\n", encoding="utf-8")


@pytest.mark.parametrize("path", FILES, ids=_key)
def test_corpus_file_reads_as_on_main(path: Path) -> None:
    goldens = json.loads(GOLDENS.read_text(encoding="utf-8"))
    if _key(path) not in goldens:
        pytest.fail(f"{_key(path)} has no golden: a new corpus file? remake the goldens")
    assert digest(answer(path.read_text(encoding="utf-8"), path.name)) == goldens[_key(path)]


def test_sampled_inputs_read_as_on_main() -> None:
    samples = json.loads(SAMPLES.read_text(encoding="utf-8"))
    wrong = [
        row["text"][:200]
        for row in samples
        if digest(answer(row["text"], "sample.json")) != row["answer"]
    ]
    assert wrong == []


def test_every_golden_has_its_file() -> None:
    if not FILES:
        pytest.skip(f"the shared corpus ({CORPUS}) is absent")
    goldens = json.loads(GOLDENS.read_text(encoding="utf-8"))
    assert sorted(goldens) == sorted(map(_key, FILES))


# ---------------------------------------------------------------------------- fast and checked


def _both(text: str, filename: str = "x.json") -> tuple[Any, Any]:
    """The one-pass reader's answer (None when it leaves the text to the checked path) and the
    checked path's, as plain data."""
    fast = _bulk.read(text, filename=filename)
    try:
        m, notes = _checked_load(text, filename=filename)
    except ArgmapError as error:
        assert fast is None, f"the one-pass reader read what the checked path refuses: {error}"
        return None, None
    checked = {"document": to_document(m), "notes": notes}
    return None if fast is None else {"document": to_document(fast[0]), "notes": fast[1]}, checked


def assert_same(text: str, filename: str = "x.json") -> bool:
    """Where the one-pass reader answers, it answers as the checked path; True if it did."""
    fast, checked = _both(text, filename)
    if fast is not None:
        assert fast == checked
    return fast is not None


@pytest.mark.parametrize("claims", [1, 7, 60, 400])
def test_the_benchmark_maps_take_the_one_pass_reader_with_the_same_answer(claims: int) -> None:
    assert assert_same(aif.dumps(generate(claims)), "big.json")


@pytest.mark.parametrize("path", FILES, ids=_key)
def test_corpus_files_read_the_same_both_ways(path: Path) -> None:
    assert_same(path.read_text(encoding="utf-8"), path.name)


def test_most_corpus_files_take_the_one_pass_reader() -> None:
    """Most real files have nothing the checked path must note (49 of 68 on 2026-12-01)."""
    if not FILES:
        pytest.skip(f"the shared corpus ({CORPUS}) is absent")
    fast = [p for p in FILES if _bulk.read(p.read_text(encoding="utf-8"), filename=p.name)]
    assert len(fast) >= len(FILES) * 2 // 3


SAME = settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))


@SAME
@given(maps(max_claims=10))
def test_written_maps_read_the_same_both_ways(m: ArgumentMap) -> None:
    """And the one-pass reader leaves a written map to the checked path only when that path
    has something to note (a reporter who is the speaker, say)."""
    text = aif.dumps(m)
    assert assert_same(text) or _checked_load(text, filename="x.json")[1]


@SAME
@given(aif_documents())
def test_hostile_documents_read_the_same_both_ways(text: str) -> None:
    assert_same(text, "hostile.json")


@SAME
@given(mutated("aif"))
def test_mutated_corpus_files_read_the_same_both_ways(text: str) -> None:
    assert_same(text, "mutated.json")


@SAME
@given(aif_documents())
def test_repeated_keys_are_still_refused(text: str) -> None:
    """A key written twice anywhere is the checked parser's error, never a map."""
    doubled = text.replace('"type":', '"type": "I", "type":', 1)
    if doubled != text:
        assert _bulk.read(doubled, filename="x.json") is None
        with pytest.raises(DocumentError):  # "appears twice", unless an error comes first
            aif.loads(doubled, filename="x.json")
