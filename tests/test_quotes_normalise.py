"""Tests of argmap.quotes.normalise: what is folded, what is kept, and the offset map."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from argmap.quotes.normalise import normalise

# Letters (with accents, precomposed and combining), digits, punctuation, every folded glyph.
ALPHABET = (
    "abcXYZéü019.,;:?!()"
    "\u0301"  # combining acute accent
    "‘’‚‛′‹›ʼ'“”„‟″«»\""  # quotation marks and primes
    "‐‑‒–—―−⸺⸻-"  # dashes
    " \u00a0\u2009\u202f\t\n\r\u3000"  # white space
    "\u00ad\u200b\ufeff"  # invisible
    "…ﬁ"
)
texts = st.text(alphabet=ALPHABET, max_size=80)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("‘a’ ‚b‛ ′c′ ‹d› ʼe' ", "'a' 'b' 'c' 'd' 'e'"),
        ('“a” „b‟ ″c″ «d» "e"', '"a" "b" "c" "d" "e"'),
        ("word – word", "word-word"),
        ("word - word", "word-word"),
        ("word—word", "word-word"),
        ("word -- word", "word-word"),
        ("word ‐ ‑ ‒ ― − word", "word-word"),
        ("left-leaning", "left-leaning"),
        ("a\u00a0b\u2009c\u202fd\te\r\nf\n\ng", "a b c d e f g"),
        ("  padded  ", "padded"),
        ("soft\u00adhyphen zero\u200bwidth \ufeffbom", "softhyphen zerowidth bom"),
        ("wait…", "wait..."),
        ("ﬁnal ﬂow", "final flow"),
        ("cafe\u0301", "café"),
    ],
)
def test_folds_typesetting(raw: str, expected: str) -> None:
    """Each typesetting variant folds to its plain form."""
    assert normalise(raw).text == expected


@pytest.mark.parametrize(
    ("left", "right"),
    [
        ("Labour", "labour"),  # case
        ("lost", "lose"),  # letters
        ("it's", 'it"s'),  # a single mark is not a double one
        ("yes.", "yes,"),  # punctuation
        ("1.5", "1,5"),
        ("word-word", "word word"),  # a dash is not a space
    ],
)
def test_keeps_what_was_said(left: str, right: str) -> None:
    """Differences of letters, case, marks and punctuation survive normalisation."""
    assert normalise(left).text != normalise(right).text


def test_offsets_point_into_the_original() -> None:
    """A normalised span maps back to the original characters, expansions included."""
    folded = normalise("He said\u00a0 “no…”")
    assert folded.text == 'He said "no..."'
    start, end = folded.original_span(8, 15)
    assert folded.original[start:end] == "“no…”"
    assert folded.original_span(7, 8) == (7, 9)  # the collapsed space covers both characters


def test_empty_or_bad_span_is_refused() -> None:
    """Asking for an empty or out-of-range span raises ValueError naming the span."""
    folded = normalise("abc")
    with pytest.raises(ValueError, match="span 2:2"):
        folded.original_span(2, 2)
    with pytest.raises(ValueError, match="span 0:4"):
        folded.original_span(0, 4)


def test_long_text_is_linear() -> None:
    """A long text of runs of spaces and dashes normalises in one pass (no quadratic blow-up)."""
    folded = normalise("a  –  " * 100_000)
    assert folded.text == "a-" * 99_999 + "a-"
    assert len(folded.starts) == len(folded.text)


@settings(max_examples=300, deadline=None)
@given(texts)
def test_normalisation_is_idempotent(text: str) -> None:
    """Normalising twice changes nothing more."""
    once = normalise(text).text
    assert normalise(once).text == once


@settings(max_examples=300, deadline=None)
@given(texts)
def test_letters_and_digits_are_kept_in_order(text: str) -> None:
    """Folding never adds, drops or changes a letter or digit (ligatures aside)."""
    plain = text.replace("ﬁ", "fi").replace("ʼ", "'")  # ʼ is a letter to Unicode, a mark to us
    plain = "".join(c for c in plain if c not in "\u00ad\u200b\ufeff")
    expected = [c for c in unicodedata.normalize("NFC", plain) if c.isalnum()]
    assert [c for c in normalise(text).text if c.isalnum()] == expected


@settings(max_examples=300, deadline=None)
@given(texts, st.data())
def test_spans_map_back_to_their_source(text: str, data: st.DataObject) -> None:
    """Any normalised span that does not cut a folded character comes from the original span."""
    folded = normalise(text)
    assert len(folded.starts) == len(folded.ends) == len(folded.text)
    cuts = [i for i in range(len(folded.text) + 1) if _clean_cut(folded.starts, i)]
    if len(cuts) < 2:
        return
    start = data.draw(st.sampled_from(cuts[:-1]))
    end = data.draw(st.sampled_from([c for c in cuts if c > start]))
    piece = folded.text[start:end]
    if piece != piece.strip():
        return  # a span with white space at its end normalises without it
    first, last = folded.original_span(start, end)
    assert normalise(text[first:last]).text == piece


def _clean_cut(starts: tuple[int, ...], index: int) -> bool:
    """A position between two normalised characters that came from different originals."""
    return index in (0, len(starts)) or starts[index - 1] != starts[index]
