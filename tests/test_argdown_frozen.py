"""The Argdown reader gives the answers it gave before the speed work (issue #16).

``tests/data/argdown_frozen.json`` holds what ``main``'s reader made, on 2026-12-01 before the
fast tokenizer and the one-pass build, of: every ``.argdown`` file of ``../shared/corpora``
(skipped when absent), the benchmark's generated file at a small size (plain and dense), the
examples written by the Argdown writer, maps drawn from ``argmap.strategies`` written by the
writer (their text is stored), and seeded mutations of all of these and seeded random Argdown
token soups, most of them invalid. Each answer is the map as a document (a SHA-256 digest of
its canonical JSON, with its counts) or the error: message, line and column.

Regenerate only from a reader whose answers are known to be right::

    python tests/test_argdown_frozen.py --write
"""

from __future__ import annotations

import hashlib
import json
import random
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from argmap.exceptions import DocumentError  # noqa: E402
from argmap.formats.argdown import dumps, loads  # noqa: E402
from argmap.formats.document import to_document  # noqa: E402

FROZEN = Path(__file__).resolve().parent / "data" / "argdown_frozen.json"
CORPORA = ROOT.parent / "shared" / "corpora"
CORPUS_FILES = sorted(CORPORA.rglob("*.argdown")) if CORPORA.is_dir() else []
_SOUP = [
    "[A]", "[B]: b", "<C>", "<D>: d", "[A]: again", "(1) ", "(2) [A]", "----", "-- rule --",
    "--", "  + ", "  - ", "  <+ ", "  <- ", "  +> ", "  -> ", "  _ ", "  >< ", "    + ", "text",
    " #tag", " #(two words)", " {x: 1}", " {uses: [1]}", " {id: a}", "{", "}", "\n", "\n", "\n",
    "\n\n", "# Heading", "===\ntitle: t\n===\n", "//", "/*", "*/", "<!--", "-->", "\\", "[", "]",
    "<", ">", ":", "{speaker: Ann, source: FT}", " {kind: fact}", " {title: T}",
]  # fmt: skip

# Blocks for the builder: ids, equivalence classes, steps, the front matter's rebuttals.
_NAMES = [
    "[A]",
    "[B]",
    "[C]",
    "[A]: a",
    "[B]: b {id: a}",
    "[C]: c {id: d}",
    "<D>",
    "<E>",
    "<D>: d",
    "<E>: e {title: T, note: n}",
    "[F]: f {speaker: Ann, source: FT}",
    "[G]: g {attributions: [{speaker: Bo}, {speaker: Ann, quote: g}]}",
    "<A>: same title",
    "[H]: h {attributions: [{speaker: Ann, id: a}]}",
]
_MARKERS = ["+", "-", "<+", "<-", "+>", "->", "_", "<_", "_>", "><"]
_INFERENCES = ["----", "----", "-- MP --", "-- MP {uses: [1]} --", "-- r {uses: [2, 9]} --"]
_FRONTS = [
    "argmap: {rebuttals: {r1: [undermine, b, a], r2: [rebut, c, a], r3: [rebut, c, a]}}",
    "argmap: {rebuttals: {a: [rebut, c, a]}}",
    "argmap: {rebuttals: {r: [rebut, b, d], s: [undermine, c, b], t: [undercut, e, d]}}",
    "argmap: {rebuttals: {r: [undercut, b, d], s: [rebut, a, b], t: [undermine, b, a]}}",
    "argmap: {rebuttals: {r: [bogus, c, a]}}",
    "argmap: {rebuttals: {'': [undercut, c, d]}}",
    "argmap: {rebuttals: {r: [undercut, a, d, note], s: [undermine, e, a]}}\ncentral: c",
    "argmap: {actors: {ann: {name: Ann}}, sources: {ft: {title: FT}}}",
    "central: nowhere",
    "title: T",
]  # fmt: skip

# Files whose elements are invalid while being made, after or before other faults: the
# order in which the errors are found, and which is named.
_FRONT = "===\nargmap: {rebuttals: {%s}}\n===\n\n"
_ABC = "[A]: a\n  - [B]: b\n  - [C]: c"
_PCS = "<X>\n\n(1) [P]\n----\n(2) [Q]"
_HAND = [
    '[A]: a {id: "x y"}',
    "[A]: a\x00b",
    "<T\x00>\n  + [A]: a",
    "[A]: a\n  + <T\x00>",
    _FRONT % "a: [rebut, b, a], 'x y': [rebut, c, a]" + _ABC,
    _FRONT % "'x y': [rebut, b, a], a: [rebut, c, a]" + _ABC,
    _FRONT % "a: [rebut, b, a], r: [bogus, c, a]" + _ABC,
    _FRONT % 'r: [undercut, b, a], s: [rebut, c, a, "n\\0"]' + _ABC,
    _FRONT % "r: [undercut, b, a]"
    + "[A]: a\n  - [B]: b\n\n<X>\n\n(1) [P]\n-- r {uses: [9]} --\n(2) [Q]",
    _FRONT % "r: [undercut, b, a]" + "[A]: a\n  - [B]: b\n  + [A]",
    '[A]: a {title: "t\\0"}\n  + [B]: b',
    '<X>: x {note: "n\\0"}\n\n(1) [P]\n----\n(2) [Q]',
    "<X>: x {scheme: \"s\\0\"}\n\n(1) [P]\n----\n(2) [Q]\n  - [A]: a {id: 'b c'}",
    _FRONT % "'': [undercut, b, x], '': [rebut, c, q]" + _PCS + "\n  - [C]: c\n\n<X>\n  - [B]: b",
    _FRONT % "'': [undercut, b, x]" + _PCS + "\n\n<X>\n  - [B]: b\n\n[undercut-b]: u\n  + [Q]",
]


def outcome(text: str, filename: str | None = None) -> dict[str, Any]:
    """What reading ``text`` gives: the map's document digest and counts, or the error."""
    try:
        m = loads(text, filename=filename)
    except DocumentError as error:
        return {"error": str(error), "line": error.line, "column": error.column}
    document = to_document(m)
    canonical = json.dumps(document, sort_keys=True, ensure_ascii=True)
    counts = [len(m.claims), len(m.arguments), len(m.rebuttals), len(m.attributions)]
    return {"digest": hashlib.sha256(canonical.encode()).hexdigest(), "counts": counts}


def _mutations(text: str, seed: int, count: int) -> Iterator[str]:
    """Seeded edits of ``text``: a line dropped, doubled, swapped, re-indented or cut short."""
    rng = random.Random(seed)
    lines = text.split("\n")
    for _ in range(count):
        edited = list(lines)
        at = rng.randrange(len(edited))
        action = rng.randrange(6)
        if action == 0:
            del edited[at]
        elif action == 1:
            edited.insert(at, edited[at])
        elif action == 2 and at + 1 < len(edited):
            edited[at], edited[at + 1] = edited[at + 1], edited[at]
        elif action == 3:
            edited[at] = "  " * rng.randrange(4) + edited[at].lstrip()
        elif action == 4:
            edited[at] = edited[at][: rng.randrange(len(edited[at]) + 1)]
        else:
            edited.insert(at, rng.choice(_SOUP).strip("\n"))
        yield "\n".join(edited)


def _soups(seed: int, count: int) -> Iterator[str]:
    rng = random.Random(seed)
    for _ in range(count):
        yield "".join(rng.choices(_SOUP, k=rng.randrange(1, 40)))


def _line_soups(seed: int, count: int) -> Iterator[str]:
    """Seeded files of valid-looking blocks naming a few titles in many ways."""
    rng = random.Random(seed)
    for _ in range(count):
        blocks = [f"===\n{rng.choice(_FRONTS)}\n===\n"] if rng.random() < 0.6 else []
        for _ in range(rng.randrange(1, 8)):
            if rng.random() < 0.3:
                blocks.append(_pcs(rng))
                continue
            parent = rng.choice(_NAMES)
            lines = [parent]
            for _ in range(rng.randrange(4)):
                indent = "  " * rng.randrange(1, 3)
                child = rng.choice([n for n in _NAMES if n[1] != parent[1]])
                lines.append(f"{indent}{rng.choice(_MARKERS)} {child}")
            blocks.append("\n".join(lines))
        yield "\n\n".join(blocks) + "\n"


def _pcs(rng: random.Random) -> str:
    names = rng.sample(
        ["[A]", "[B]: b", "[C]", "[H]", "[I]: i", rng.choice(_NAMES[:6])], rng.randrange(2, 6)
    )
    steps = [f"({n}) {name}" for n, name in enumerate(names, start=1)]
    inferences = {len(steps) - 1} | set(rng.sample(range(1, len(steps)), rng.randrange(len(steps))))
    for at in inferences:
        steps[at] = rng.choice(_INFERENCES) + "\n" + steps[at]
    head = rng.choice([*_NAMES[6:], ""])
    return (head + "\n\n" if head else "") + "\n".join(steps)


def _generated() -> dict[str, str]:
    from bench_argdown import generate

    return {
        "generated": generate(60_000),
        "generated-dense": generate(30_000, dense=True),
    }


def _drawn_texts(count: int) -> list[str]:
    """Maps drawn from ``argmap.strategies.maps``, written by the Argdown writer."""
    from hypothesis import HealthCheck, given, settings

    from argmap.strategies import maps

    texts: list[str] = []

    @settings(
        max_examples=count,
        derandomize=True,
        database=None,
        deadline=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(maps())
    def collect(m: Any) -> None:
        texts.append(dumps(m))

    collect()
    return texts


def _example_texts() -> dict[str, str]:
    sys.path.insert(0, str(ROOT / "examples"))
    import labour_ft
    import labour_immigration
    import labour_tp

    return {
        name: dumps(module.build())
        for name, module in (
            ("labour_ft", labour_ft),
            ("labour_immigration", labour_immigration),
            ("labour_tp", labour_tp),
        )
    }


def write() -> None:
    """Freeze the answers of the reader as it is now."""
    examples = _example_texts()
    drawn = _drawn_texts(150)
    generated = _generated()
    corpus = {path.relative_to(CORPORA).as_posix(): path for path in CORPUS_FILES}
    frozen: dict[str, Any] = {
        "examples": {name: {"text": t, "outcome": outcome(t)} for name, t in examples.items()},
        "drawn": [{"text": t, "outcome": outcome(t)} for t in drawn],
        "generated": {name: outcome(t, f"{name}.argdown") for name, t in generated.items()},
        "corpus": {},
        "mutations": {},
        "soups": [outcome(t) for t in _soups(16, 400)],
        "line soups": [outcome(t) for t in _line_soups(23, 600)],
        "hand": [outcome(t) for t in _HAND],
    }
    sources = {**examples, **generated, **{f"drawn-{i}": t for i, t in enumerate(drawn[:40])}}
    for name, path in corpus.items():
        text = path.read_text(encoding="utf-8")
        frozen["corpus"][name] = outcome(text, path.name)
        if len(text) < 50_000:
            sources[name] = text
    for name, text in sources.items():
        frozen["mutations"][name] = [outcome(t, "m.argdown") for t in _mutations(text, 7, 12)]
    FROZEN.parent.mkdir(exist_ok=True)
    FROZEN.write_text(json.dumps(frozen, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


@pytest.fixture(scope="module")
def frozen() -> dict[str, Any]:
    value: dict[str, Any] = json.loads(FROZEN.read_text(encoding="utf-8"))
    return value


def test_the_examples_read_as_before(frozen: dict[str, Any]) -> None:
    for name, case in frozen["examples"].items():
        assert outcome(case["text"]) == case["outcome"], name


def test_maps_drawn_from_the_strategies_read_as_before(frozen: dict[str, Any]) -> None:
    for index, case in enumerate(frozen["drawn"]):
        assert outcome(case["text"]) == case["outcome"], (index, case["text"])


def test_the_generated_benchmark_file_reads_as_before(frozen: dict[str, Any]) -> None:
    for name, text in _generated().items():
        assert outcome(text, f"{name}.argdown") == frozen["generated"][name], name


@pytest.mark.skipif(not CORPUS_FILES, reason="../shared/corpora holds no .argdown file")
def test_every_corpus_file_reads_as_before(frozen: dict[str, Any]) -> None:
    for path in CORPUS_FILES:
        name = path.relative_to(CORPORA).as_posix()
        if name not in frozen["corpus"]:
            continue  # a file added since: nothing was frozen for it
        text = path.read_text(encoding="utf-8")
        assert outcome(text, path.name) == frozen["corpus"][name], name


def test_mutated_texts_give_the_same_maps_and_errors(frozen: dict[str, Any]) -> None:
    """Seeded edits of every frozen source: most are errors, whose message, line and column
    must not move."""
    examples = {name: case["text"] for name, case in frozen["examples"].items()}
    drawn = {f"drawn-{i}": case["text"] for i, case in enumerate(frozen["drawn"][:40])}
    sources = {**examples, **_generated(), **drawn}
    for path in CORPUS_FILES:
        name = path.relative_to(CORPORA).as_posix()
        if name in frozen["mutations"]:
            sources[name] = path.read_text(encoding="utf-8")
    assert set(frozen["mutations"]) >= set(sources)
    for name, text in sources.items():
        answers = [outcome(t, "m.argdown") for t in _mutations(text, 7, 12)]
        assert answers == frozen["mutations"][name], name


def test_token_soups_give_the_same_errors(frozen: dict[str, Any]) -> None:
    for index, (text, expected) in enumerate(zip(_soups(16, 400), frozen["soups"], strict=True)):
        assert outcome(text) == expected, (index, text)


def test_line_soups_give_the_same_maps_and_errors(frozen: dict[str, Any]) -> None:
    """Random files of whole lines that name the same ids in many ways: the builder's errors."""
    cases = zip(_line_soups(23, 600), frozen["line soups"], strict=True)
    for index, (text, expected) in enumerate(cases):
        assert outcome(text) == expected, (index, text)


def test_elements_invalid_while_being_made_are_named_in_reading_order(
    frozen: dict[str, Any],
) -> None:
    for text, expected in zip(_HAND, frozen["hand"], strict=True):
        assert outcome(text) == expected, text


if __name__ == "__main__":
    if sys.argv[1:] != ["--write"]:
        raise SystemExit("usage: python tests/test_argdown_frozen.py --write")
    write()
