"""Hostile input for the Argdown and Kialo readers: a map or a located DocumentError, nothing else.

The contract (issue #14): for any input text, ``loads`` returns a map that every writer can
write, or raises :class:`~argmap.exceptions.DocumentError` naming the file (and the line where
there is one), with a short message; never another exception, never minutes or gigabytes.

Hand-made bombs pin the known holes; hypothesis fuzzes hostile text and mutations of the real
corpus files (``../shared/corpora``, skipped cleanly without it). The fuzz is bounded for CI;
for a long run set ``ARGMAP_FUZZ_EXAMPLES``, e.g.::

    ARGMAP_FUZZ_EXAMPLES=20000 .venv/bin/python -m pytest -q tests/test_argdown_hostile.py
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from argmap.exceptions import DocumentError
from argmap.formats import argdown, argdown_json, kialo
from argmap.formats.registry import Kind, formats
from argmap.model import ArgumentMap

Reader = Callable[..., ArgumentMap]
READERS: dict[str, Reader] = {
    "argdown": argdown.loads,
    "argdown-json": argdown_json.loads,
    "kialo": kialo.loads,
}
EXAMPLES = int(os.environ.get("ARGMAP_FUZZ_EXAMPLES", "150"))
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
CORPORA = Path(__file__).resolve().parents[2] / "shared" / "corpora"
MESSAGE_LIMIT = 1_000  # characters of an error message: a short quote, not the input
_BIG = "9" * 5_000  # more digits than Python's int() converts by default (4,300)
_LAUGHS = "{a: &a [x, x, x, x, x, x, x, x, x, x], " + ", ".join(
    f"{chr(98 + i)}: &{chr(98 + i)} [{', '.join([f'*{chr(97 + i)}'] * 10)}]" for i in range(8)
)  # nine levels of ten: 10**9 leaves from ~300 bytes


def check_contract(name: str, text: str) -> ArgumentMap | None:
    """Read ``text``; on success write the map with every writer, as UTF-8."""
    try:
        m = READERS[name](text, filename="hostile.txt")
    except DocumentError as error:
        assert error.file == "hostile.txt", repr(error)
        assert len(str(error)) < MESSAGE_LIMIT, str(error)[:300]
        return None
    for fmt in formats(Kind.MAP):
        if fmt.writes:
            written = fmt.dumps(m)
            if isinstance(written, str):
                written.encode("utf-8")
    return m


BOMBS = {
    "argdown": [
        "[A]: a {n: " + _BIG + "}",
        "[A]: a {n: [" + _BIG + "]}",
        "===\nn: " + _BIG + "\n===\n[A]: a",
        "===\nargmap: {actors: {x: {name: " + _BIG + "}}}\n===\n[A]: a",
        "[A]: a " + _LAUGHS + ", note: *i}",
        "[A]: a " + _LAUGHS + ", kind: *i}",
        "[A]: a " + _LAUGHS + ", tags: *i}",
        "[A]: a " + _LAUGHS + ", title: *i}",
        "[A]: a " + _LAUGHS + ", speaker: *i}",
        "===\n" + _LAUGHS.replace("{", "x: {", 1) + ", title: *i}\n===\n[A]: a",
        "[A]: a {kind: [1]}",
        "[A]: a {text: '\\ud800'}",
        '[A]: a {id: "\\udfff"}',
        "[A]: a \ud800 b",
        "[\ud800]: a",
        "===\nargmap: {actors: [1, 2]}\n===\n[A]: a",
        "===\nargmap: {actors: {x: [1]}}\n===\n[A]: a",
        "===\nargmap: {sources: {x: 3}}\n===\n[A]: a",
        "[A]: a {attributions: [{speaker: x, locators: [[1]]}]}",
        "[A]: a {attributions: [{speaker: x, locators: 5}]}",
        "[A]: a {attributions: [{speaker: [1, 2], bad: 1}]}",
        "===\nargmap: {rebuttals: {r: [[1], a, b]}}\n===\n[A]: a\n  - [B]: b",
        "[A]: a {uses: [1]}\n\n(1) A\n-- r {uses: [" + _BIG + "]} --\n(2) B",
        "[A]: a {" + "[" * 5_000 + "]" * 5_000 + "}",
        "===\nx: " + "[" * 5_000 + "]" * 5_000 + "\n===\n[A]: a",
        "\x00[A]: a\x00\n  - [B]: \x00",
        "[A]: a\n  + [A]",
    ],
    "argdown-json": [
        '{"statements": {"A": {"members": [{"text": "a", "data": {"n": ' + _BIG + "}}]}}}",
        '{"statements": {}, "arguments": {}, "x": ' + "[" * 100_000 + "]" * 100_000 + "}",
        '{"statements": {"\\ud800": {}}, "arguments": {}}',
        '{"statements": {"A": {"members": [{"text": "a", "data": {"kind": [1]}}]}}, '
        '"arguments": {}}',
        '{"statements": {"A": {"members": [{"text": "a", "startLine": "x", "ranges": 7}]}}, '
        '"arguments": {"B": {"members": [1], "pcs": []}}}',
        '{"statements": {"A": {"members": [{"text": "a"}]}}, "arguments": {"B": {"pcs": '
        '[{"title": "A", "inference": {"inferenceRules": 5}}]}}}',
        '{"statements": {"A": {"members": [{"text": "a"}]}}, "arguments": {}, "relations": '
        '[{"relationType": "support", "from": "A", "to": "A"}]}',
        '\ufeff{"statements": {"A": {"members": [{"text": "\\u0000"}]}}, "arguments": {}}',
    ],
    "kialo": [
        "1. a\x00b",
        "Discussion Title: t\x00\n\n1. a\n1.1. Pro: b\x00",
        "1. \ud800",
        "Discussion Title: \udfff\n\n1. a",
        "1. a\n" + "1." * 3000 + " Pro: deep",
        "1. a\n1." + _BIG + ". Pro: b",
    ],
}


@pytest.mark.parametrize(
    ("name", "text"),
    [(name, text) for name, texts in BOMBS.items() for text in texts],
    ids=[f"{name}-{i}" for name, texts in BOMBS.items() for i in range(len(texts))],
)
def test_bombs_give_a_map_or_a_located_document_error(name: str, text: str) -> None:
    check_contract(name, text)


@pytest.mark.parametrize("key", ["note", "kind", "tags", "title", "speaker"])
def test_an_alias_bomb_is_refused_before_it_expands(key: str) -> None:
    """The walk stops at its budget (no timing needed: the message says where it stopped)."""
    with pytest.raises(DocumentError, match="expands to more than"):
        argdown.loads(f"[A]: a {_LAUGHS}, {key}: *i}}", filename="bomb.argdown")


def test_a_self_relation_is_an_error_not_dropped() -> None:
    """``[A] + [A]`` would vanish without a word: say so, with the line."""
    for marker in ("+", "-", "<+", "->", "><"):
        with pytest.raises(DocumentError, match="itself") as info:
            argdown.loads(f"[A]: a\n  {marker} [A]", filename="self.argdown")
        assert info.value.line == 2


def test_a_bom_is_not_part_of_the_first_claim() -> None:
    m = argdown.loads("\ufeff[A]: first claim")
    assert (m.claims[0].id, m.claims[0].text) == ("a", "first claim")
    assert argdown.loads("\ufeff===\ntitle: T\n===\n[A]: a").title == "T"


def test_a_lone_surrogate_is_refused_with_its_line() -> None:
    for name, text, line in [
        ("argdown", "[A]: a\n[B]: b \ud800", 2),
        ("argdown", '[A]: a\n\n[B]: b {note: "\\ud800"}', 3),
        ("kialo", "1. a\n1.1. Pro: \ud800", 2),
    ]:
        with pytest.raises(DocumentError, match=r"surrogate|Unicode") as info:
            READERS[name](text, filename="x")
        assert info.value.line == line


def test_nul_in_a_kialo_line_is_a_located_error() -> None:
    with pytest.raises(DocumentError) as info:
        kialo.loads("1. thesis\n1.1. Pro: a\x00b", filename="k.txt")
    assert (info.value.file, info.value.line) == ("k.txt", 2)


# ------------------------------------------------------------------ fuzzing


_TOKENS = [
    "[", "]", "<", ">", ":", "{", "}", "#", "#(", ")", "\\", "//", "/*", "*/", "<!--", "-->",
    "===", "\n", "\r", "\r\n", "  ", "\t", "(1) ", "----", "-- r --", "--", "+ ", "- ", "_ ",
    "<+ ", "<- ", "+> ", "-> ", "><", "* ", "1. ", "@[", "&a ", "*a", "!!python/object", "? ",
    "'", '"', "\x00", "\ufeff", "\ud800", "\u2028", "\x85", _BIG[:4400], "Pro: ", "Con: ",
    "-> See 1.", "Discussion Title: ", "1.1. ", "1.1.1. ", "{n: " + _BIG[:4400] + "}",
    "{kind: [1]}", '{id: "\\udfff"}', _LAUGHS + ", note: *i}", "[A]: a\n  + [A]",
]  # fmt: skip
HOSTILE = st.lists(st.one_of(st.sampled_from(_TOKENS), st.text(max_size=8)), max_size=40).map(
    "".join
) | st.binary(max_size=300).map(lambda b: b.decode("utf-8", "replace"))


def _corpus(folder: str, limit: int = 60_000) -> list[str]:
    path = CORPORA / folder
    if not path.is_dir():
        return []
    files = sorted(p for p in path.iterdir() if p.is_file() and p.stat().st_size < limit)
    return [p.read_text(encoding="utf-8", errors="replace") for p in files]


CORPUS = {
    "argdown": _corpus("argdown"),
    "argdown-json": _corpus("argdown-json", 200_000),
    "kialo": [t for t in _corpus("kialo", 400_000) if "Discussion Title" in t],
}


@st.composite
def mutated(draw: st.DrawFn, texts: list[str]) -> str:
    """A real file with a few slices deleted, repeated, or replaced by hostile tokens."""
    text = draw(st.sampled_from(texts))
    for _ in range(draw(st.integers(1, 4))):
        start = draw(st.integers(0, len(text)))
        end = draw(st.integers(start, min(len(text), start + 200)))
        action = draw(st.sampled_from(["delete", "repeat", "insert"]))
        if action == "delete":
            text = text[:start] + text[end:]
        elif action == "repeat":
            text = text[:end] + text[start:end] + text[end:]
        else:
            text = text[:start] + draw(HOSTILE) + text[end:]
    return text


@pytest.mark.parametrize("name", sorted(READERS))
@FUZZ
@given(text=HOSTILE)
def test_fuzz_hostile_text(name: str, text: str) -> None:
    check_contract(name, text)


@pytest.mark.parametrize("name", sorted(READERS))
def test_fuzz_mutated_corpus_files(name: str) -> None:
    if not CORPUS[name]:
        pytest.skip(f"../shared/corpora has no {name} files")

    @FUZZ
    @given(text=mutated(CORPUS[name]))
    def run(text: str) -> None:
        check_contract(name, text)

    run()
