"""The Argdown writer writes, byte for byte, what it wrote before its speed work (issue #16).

``tests/data/argdown_writer_frozen.json`` holds the SHA-256 digest and length of what the
writer on ``main`` wrote on 2026-12-01, before the speed work, for: the examples, every map of
``../shared/corpora`` that argmap reads (skipped when absent), the benchmark's model map at a
small size, and maps drawn from ``argmap.strategies`` (each stored as its document, so the
case does not depend on how hypothesis draws). The drawn maps include ones with edited texts,
titles, tags and attributions that reach the writer's rarer paths (control characters, line
breaks, escapes, inline tags, shared actor names).

Regenerate only from a writer whose output is known to be right::

    python tests/test_argdown_writer_frozen.py --write
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from argmap import load  # noqa: E402
from argmap.exceptions import ArgmapError  # noqa: E402
from argmap.formats.argdown import dumps  # noqa: E402
from argmap.formats.document import from_document, to_document  # noqa: E402
from argmap.model import ArgumentMap  # noqa: E402

FROZEN = Path(__file__).resolve().parent / "data" / "argdown_writer_frozen.json"
CORPORA = ROOT.parent / "shared" / "corpora"
_SUFFIXES = {".argdown", ".json", ".xml", ".txt"}
# Hostile bits spliced into drawn maps' texts, titles and tags.
_HOSTILE = [
    "a #tag b", "#tag", "50% [x] <y> {z}", "back\\slash\\", "tab\there", "line\nbreak",
    "ctl\x07x", "  spaced  out ", "// not a comment", "<!-- c -->", "é ü 漢字", "\u2028",
    "#(two words)", "x_y *z* @w", "+ start", "- start", "<- x", "", "#", "{a: 1}",
]  # fmt: skip


def digest(text: str) -> dict[str, Any]:
    return {"sha256": hashlib.sha256(text.encode("utf-8")).hexdigest(), "length": len(text)}


def corpus_maps() -> dict[str, ArgumentMap]:
    """Every file of the corpora that argmap reads, by its path in the corpora."""
    out: dict[str, ArgumentMap] = {}
    if not CORPORA.is_dir():
        return out
    # Read by the path inside the corpora: a Kialo map records its file's name as given, and the
    # digests must not depend on where the checkout is.
    with contextlib.chdir(CORPORA):
        for path in sorted(CORPORA.rglob("*")):
            if path.suffix not in _SUFFIXES or not path.is_file() or path.name.startswith("_"):
                continue
            name = path.relative_to(CORPORA).as_posix()
            try:
                out[name] = load(name)
            except (ArgmapError, ValueError, OSError):
                continue
    return out


def example_maps() -> dict[str, ArgumentMap]:
    sys.path.insert(0, str(ROOT / "examples"))
    import labour_ft
    import labour_immigration
    import labour_tp

    return {m.__name__: m.build() for m in (labour_ft, labour_immigration, labour_tp)}


def _hostile(document: dict[str, Any], index: int) -> dict[str, Any]:
    """The document with hostile text spliced into some fields, chosen by ``index``."""
    out = json.loads(json.dumps(document))
    bit = _HOSTILE[index % len(_HOSTILE)]
    for number, claim in enumerate(out.get("claims", [])):
        if number % 2 == index % 2:
            claim["text"] = f"{claim.get('text', '')} {bit}".strip() or "x"
        if number % 3 == 0:
            claim["title"] = bit or None
        if number % 4 == 1 and bit.strip():
            claim["tags"] = [*claim.get("tags", []), bit.strip("# ")] if bit.strip("# ") else []
    for argument in out.get("arguments", [])[::2]:
        argument["note"] = bit or None
        argument["scheme"] = bit.strip() or None
    return out


def drawn_documents(count: int) -> list[dict[str, Any]]:
    """Documents of maps drawn from ``argmap.strategies.maps`` (half of them made hostile)."""
    from hypothesis import HealthCheck, given, settings

    from argmap.strategies import maps

    documents: list[dict[str, Any]] = []

    @settings(
        max_examples=count,
        derandomize=True,
        database=None,
        deadline=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(maps())
    def collect(m: ArgumentMap) -> None:
        documents.append(to_document(m))

    collect()
    out = []
    for index, document in enumerate(documents):
        out.append(document)
        hostile = _hostile(document, index)
        try:
            from_document(hostile)
        except ArgmapError:
            continue
        out.append(hostile)
    return out


def write() -> None:
    """Freeze the writer's output as it is now."""
    from bench_model import generate

    drawn = drawn_documents(200)
    frozen = {
        "examples": {name: digest(dumps(m)) for name, m in example_maps().items()},
        "corpus": {name: digest(dumps(m)) for name, m in corpus_maps().items()},
        "model": {str(n): digest(dumps(generate(n))) for n in (50, 3000)},
        "drawn": [{"document": d, "written": digest(dumps(from_document(d)))} for d in drawn],
    }
    FROZEN.write_text(json.dumps(frozen, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


@pytest.fixture(scope="module")
def frozen() -> dict[str, Any]:
    value: dict[str, Any] = json.loads(FROZEN.read_text(encoding="utf-8"))
    return value


def test_the_examples_are_written_as_before(frozen: dict[str, Any]) -> None:
    for name, m in example_maps().items():
        assert digest(dumps(m)) == frozen["examples"][name], name


@pytest.mark.skipif(not CORPORA.is_dir(), reason="../shared/corpora is absent")
def test_every_corpus_map_is_written_as_before(frozen: dict[str, Any]) -> None:
    maps = corpus_maps()
    assert set(frozen["corpus"]) <= set(maps)
    for name, expected in frozen["corpus"].items():
        assert digest(dumps(maps[name])) == expected, name


def test_the_benchmark_model_map_is_written_as_before(frozen: dict[str, Any]) -> None:
    from bench_model import generate

    for size, expected in frozen["model"].items():
        assert digest(dumps(generate(int(size)))) == expected, size


def test_maps_drawn_from_the_strategies_are_written_as_before(frozen: dict[str, Any]) -> None:
    for index, case in enumerate(frozen["drawn"]):
        assert digest(dumps(from_document(case["document"]))) == case["written"], index


if __name__ == "__main__":
    if sys.argv[1:] != ["--write"]:
        raise SystemExit("usage: python tests/test_argdown_writer_frozen.py --write")
    write()
