"""The common line shapes (``formats/argdown/_shapes.py``) give the tree the general path gives.

The parser reads a relation to a bare reference, a top-level definition and a numbered
statement by one expression each (``parse(..., shapes=True)``, the default); with
``shapes=False`` every line takes the general path. Both must give the same syntax tree
(every element's kind, title, line, column, text, tags, data, structure and class, every
relation and heading) or the same error, message and location, for any text: generated lines
with hostile spellings (tabs, trailing and Unicode spaces, markers inside text, escaped
brackets, comment marks), maps drawn from ``argmap.strategies`` as written, the frozen test's
soups and mutations, the benchmark's file and every real corpus file.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from argmap.exceptions import DocumentError
from argmap.formats.argdown import dumps
from argmap.formats.argdown._shapes import DEFINITION, PREMISE, RELATION
from argmap.formats.argdown._syntax import parse
from argmap.formats.argdown._tree import Document, Element, Inference
from argmap.model import ArgumentMap
from argmap.strategies import maps

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from bench_argdown import generate
from test_argdown_frozen import _HAND, CORPUS_FILES, _line_soups, _mutations, _soups


def _inference(inference: Inference | None) -> Any:
    return None if inference is None else (inference.rule, inference.data, inference.line)


def _tree(doc: Document) -> Any:
    """Everything the tree holds, elements named by their position in it."""
    at = {id(e): n for n, e in enumerate(doc.elements)}
    classes = doc.classes or {}
    key_of = {id(c): key for key, c in classes.items()}

    def element(e: Element) -> Any:
        return (
            e.kind, e.title, e.line, e.column, e.text, e.tags, e.data, e.raw,
            [at[id(s)] for s in e.pcs], [_inference(i) for i in e.inferences],
            None if e.argument is None else at[id(e.argument)],
            key_of.get(id(e.cls)),
        )  # fmt: skip

    return {
        "front": doc.front,
        "headings": doc.headings,
        "elements": [element(e) for e in doc.elements],
        "relations": [(at[id(r.parent)], r.marker, at[id(r.child)], r.line) for r in doc.relations],
        "classes": [
            (key, c.kind, c.title, at[id(c.element)], c.text, c.others, c.tags, c.data)
            for key, c in classes.items()
        ],
    }


def _read(text: str, *, shapes: bool) -> Any:
    try:
        return _tree(parse(text, file="x.argdown", shapes=shapes))
    except DocumentError as error:
        return ("error", str(error), error.line, error.column)


def _same(text: str) -> None:
    assert _read(text, shapes=True) == _read(text, shapes=False), text


# Pieces of lines, many of them hostile to a quick reading; the plain ones come often, so that
# most lines are of a shape, or one character away from one.
_PLAIN = ["S1", "S2", "A", "a b", "Tax", "é"] * 4
_SPACES = st.sampled_from(["", " ", "  ", "    ", "\t", " \t", "\u00a0", "\u2003", "  \u3000"])
_TRAILING = st.sampled_from(["", "", "", "", "", "", " ", "\t", "\u00a0", "\x01"])
_GAP = st.sampled_from([" ", " ", " ", "  ", "\t", "\u00a0", ""])
_MARKER = st.sampled_from(
    ["+", "-", "<+", "<-", "<_", "+>", "->", "_>", "><", "_"] * 2
    + ["--", "<", "+-", "#", "*", "1."]
)
_WORD = st.sampled_from(
    [
        *_PLAIN, " T ", "T\t", "\u00a0x", "x\u2003", "<+ x", "x <- y",
        "\\[x\\]", "a\\]b", "[", "]", "<", ">", "a>b", "a]b", "_x", "+x", "-", "(1)", "1",
        "x // c", "/* c */ x", "<!-- c -->", "#t", "#(a b)", "{w: 1}", "{uses: [1]}", "{", "}",
        ":", "a: b", "", "\\", "x\\", "\x01",
    ]
)  # fmt: skip
_TEXT = st.lists(_WORD, max_size=4).map(" ".join)


@st.composite
def _element(draw: st.DrawFn) -> str:
    """A definition or reference as it may be written: brackets, title, colon, text."""
    brackets = [("[", "]")] * 3 + [("<", ">")] * 2 + [("[", ">"), ("<", "]")]
    opener, closer = draw(st.sampled_from(brackets))
    title = draw(_WORD)
    colon = draw(st.sampled_from(["", "", ":", ": ", ": ", ": ", ":  ", ":\t", ":\u00a0", "::"]))
    text = draw(_TEXT) if colon else draw(st.sampled_from(["", "", "", " #t", " {w: 1}", " x"]))
    return opener + title + closer + colon + text + draw(_TRAILING)


@st.composite
def _line(draw: st.DrawFn) -> str:
    shape = draw(st.integers(0, 9))
    if shape <= 3:  # a relation
        indent = draw(st.sampled_from(["  ", "  ", "    ", "      "]) | _SPACES) or " "
        gap = draw(_GAP)
        return indent + draw(_MARKER) + gap + draw(st.one_of(_element(), _TEXT))
    if shape <= 5:  # a definition, maybe indented
        return draw(st.sampled_from(["", "", " ", "\t"])) + draw(_element())
    if shape == 6:  # a numbered statement
        number = draw(st.sampled_from(["(1)", "(2)", "(12)"] * 3 + ["(1)(2)", "(x)", "(\u0663)"]))
        gap = draw(_GAP)
        return draw(st.sampled_from(["", "", "", " "])) + number + gap + draw(_element())
    if shape == 7:  # an inference
        return draw(st.sampled_from(["----", "--", "-- MP --", "-- a\n", "---", "-- r {x: 1} --"]))
    if shape == 8:  # a heading, a list item, plain text
        return draw(st.sampled_from(["# H", "## H", "* ", "1. ", "", "x "])) + draw(_TEXT)
    return draw(_SPACES)  # a blank line, or one of white space only


_TEXTS = st.lists(_line(), min_size=1, max_size=14).map("\n".join)


@settings(max_examples=600, deadline=None)
@given(_TEXTS)
def test_the_shapes_read_generated_lines_as_the_general_path_does(text: str) -> None:
    _same(text)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(["", "  "]) | _line(), min_size=1, max_size=10), _TEXTS)
def test_the_shapes_read_lines_after_front_matter_and_comments_alike(
    lines: list[str], more: str
) -> None:
    _same("===\ntitle: t\n===\n" + "\n".join(lines) + "\n/* a\ncomment */\n" + more)


@settings(max_examples=60, deadline=None)
@given(maps())
def test_the_shapes_read_written_maps_as_the_general_path_does(m: ArgumentMap) -> None:
    _same(dumps(m))


def test_the_shapes_read_soups_mutations_and_hand_written_files_alike() -> None:
    texts = [*_soups(16, 150), *_line_soups(17, 150), *_HAND]
    texts += [t for base in _line_soups(18, 10) for t in _mutations(base, 19, 10)]
    for text in texts:
        _same(text)


def test_the_shapes_read_the_benchmark_file_alike() -> None:
    text = generate(60_000)
    _same(text)
    shaped = [line for line in text.split("\n") if _shape_of(line)]
    assert len(shaped) > len(text.split("\n")) // 2  # the shapes are what such files hold


@pytest.mark.skipif(not CORPUS_FILES, reason="../shared/corpora is not beside the repository")
@pytest.mark.parametrize("path", CORPUS_FILES, ids=lambda p: p.name)
def test_the_shapes_read_every_corpus_file_alike(path: Path) -> None:
    _same(path.read_text(encoding="utf-8"))


def _shape_of(line: str) -> bool:
    return any(shape.fullmatch(line) for shape in (RELATION, DEFINITION, PREMISE))


@pytest.mark.parametrize(
    ("line", "shaped"),
    [
        ("  <+ [S1]", True),
        ("  -> <A1>: An argument.", True),
        ("[S1]: Text #t {w: 1}", True),
        ("<R1>", True),
        ("(3) [S9]", True),
        ("  <+ [S1] ", False),  # trailing space: the general path strips it
        ("\t<+ [S1]", False),  # a tab
        ("  <+\u00a0[S1]", False),  # a Unicode space
        ("  <+ [S1] text", False),  # text after a reference without a colon
        ("[S1]:text", False),  # no space after the colon: not a title
        ("[a\\]b]: x", False),  # an escape
        ("<+ x>", False),  # a relation at the top level, not an argument "+ x"
        ("[S1>: x", False),  # unmatched brackets: the general path names the error
        ("(1) <A>", False),  # an argument as a premise: the general path refuses it
    ],
)
def test_a_shape_takes_only_lines_it_reads_exactly(line: str, shaped: bool) -> None:
    assert _shape_of(line) is shaped
