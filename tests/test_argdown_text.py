"""Argdown's inline text (``formats/argdown/_text.py``): the one-match reading of the common
shape gives what the general scan gives, for any text."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from argmap.formats.argdown import _text
from argmap.formats.argdown._text import scan_text, split_text
from argmap.strategies import texts

# Pieces that steer the text towards the shapes either path must tell apart.
_PIECES = st.sampled_from(
    ["#", "#tag", "#t-1", "#(two words)", "#é", "#a[b]", "{", "}", "{x: 1}", "{n: \"q\"}",
     "{l: [1]}", "{a: 'b'}", "\\", "\\#", "\\{", " ", "  ", "\t", "\u00a0", "\u3000", "\n", ".",
     "word", "w", "#\u00a0", "(", ")", "}{", "#{"]
)  # fmt: skip
RAW = st.lists(_PIECES | texts(max_size=4), max_size=12).map("".join)


def _read(raw: str, reader: object) -> object:
    try:
        return reader(raw)  # type: ignore[operator]
    except ValueError as error:
        return ("ValueError", str(error))


@settings(max_examples=800)  # a pure function of a short string: cheap
@given(RAW)
def test_split_text_reads_every_text_as_the_scan_does(raw: str) -> None:
    assert _read(raw, split_text) == _read(raw, scan_text)


@pytest.mark.parametrize(
    "raw",
    [
        "Costs are high #economy {weight: 2}",
        "Costs  are high #a #b",
        "a #t{x: 1}",
        "#first words",
        "#only #tags",
        "word#tag",
        "a#t {x: 1}",
        "a #t.b",
        "a {x: 1} b",
        "a {x: 1} #t",
        "a #(two words) {x: 1}",
        "a\u00a0#t",
        'a {x: "}"}',
        "a {never closed",
    ],
)
def test_split_text_agrees_with_the_scan_on_the_edges(raw: str) -> None:
    assert _read(raw, split_text) == _read(raw, scan_text)


# The tag characters as Argdown's lexer states them.
_TAG_RANGES = "a-zA-Z0-9\\-\\[\\]^_`\u00a0-\ud7ff\uf900-\ufdcf\ufdf0-\uffef"


@pytest.mark.parametrize(
    ("written", "ranges"),
    [
        (_text._TAG_CHAR, f"[{_TAG_RANGES}]"),
        (_text._SIMPLE_TAG_CHAR, "[" + _TAG_RANGES.replace("\\[\\]^_`", "") + "]"),
    ],
    ids=["tag", "simple tag"],
)
def test_the_character_classes_hold_exactly_the_characters_of_their_ranges(
    written: str, ranges: str
) -> None:
    """The tag classes are written as what they are not (quick to compile): every code point
    is in them exactly when it is in the ranges Argdown's lexer states."""
    fast, slow = re.compile(written), re.compile(ranges)
    differ = [c for c in range(0x110000) if bool(fast.match(chr(c))) != bool(slow.match(chr(c)))]
    assert differ == []
