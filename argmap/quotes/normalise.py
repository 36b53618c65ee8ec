"""Fold typesetting differences out of a text while remembering where every character came from.

A quote copied into a map is often re-typeset: straight marks for curly ones, a hyphen for a
dash, a plain space for a non-breaking one, a line break for a space. [`normalise`][] folds
exactly these differences, and nothing that changes what was said:

* quotation marks, apostrophes and primes: every single mark (``‘ ’ ‚ ‛ ′ ‹ › ʼ '``) becomes
  ``'`` and every double mark (``“ ” „ ‟ ″ « » "``) becomes ``"``. Single and double marks stay
  apart: an apostrophe is not a double quotation mark, but two single marks in a row (``''``,
  as some newspapers print a double mark) are one double mark;
* dashes: every dash or hyphen glyph (``‐ ‑ ‒ – — ― − ⸺ ⸻ -``) becomes ``-``, a run of them
  becomes one, and white space on either side of a dash is dropped, so ``word – word``,
  ``word - word``, ``word—word`` and ``word -- word`` all read ``word-word``;
* white space: any run of Unicode white space (spaces, non-breaking and thin spaces, tabs, line
  and paragraph breaks) becomes one space; white space at either end is dropped;
* invisible formatting characters (soft hyphen, zero-width space and joiners, word joiner, byte
  order mark) are removed;
* the ellipsis character ``…`` becomes ``...``; typographic ligatures (``ﬁ`` and friends) are
  spelled out; a letter followed by combining accents is composed (Unicode NFC).

Letters, case, digits, words and all other punctuation are kept as they are.

The result remembers, for each of its characters, the span of the original text it came from, so
a match found in the normalised text is reported in original character offsets.

>>> folded = normalise("Labour’s  “core”\\u00a0vote – again")
>>> folded.text
'Labour\\'s "core" vote-again'
>>> start, end = folded.original_span(9, 15)
>>> folded.original[start:end]
'“core”'
"""

from __future__ import annotations

import unicodedata
from collections.abc import Collection

from attrs import field, frozen

__all__ = ["NormalisedText", "normalise"]

_SINGLE_MARKS = "‘’‚‛′‹›ʼ'"
_DOUBLE_MARKS = '“”„‟″«»"'
_DASHES = "‐‑‒–—―−⸺⸻-"
_INVISIBLE = "\u00ad\u200b\u200c\u200d\u2060\ufeff"
_EXPANSIONS = {
    "…": "...",
    "ﬀ": "ff",
    "ﬁ": "fi",
    "ﬂ": "fl",
    "ﬃ": "ffi",
    "ﬄ": "ffl",
    "ﬅ": "st",
    "ﬆ": "st",
}

_FOLD: dict[str, str] = {
    **dict.fromkeys(_SINGLE_MARKS, "'"),
    **dict.fromkeys(_DOUBLE_MARKS, '"'),
    **dict.fromkeys(_INVISIBLE, ""),
    **_EXPANSIONS,
}


@frozen(kw_only=True)
class NormalisedText:
    """A text with typesetting folded out, and the way back to the original offsets.

    Attributes:
        original: the text as given.
        text: the normalised text.
        starts: for each character of ``text``, where its source begins in ``original``.
        ends: for each character of ``text``, where its source ends in ``original``.
    """

    original: str
    text: str
    starts: tuple[int, ...] = field(repr=False)
    ends: tuple[int, ...] = field(repr=False)

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """Translate a span of the normalised text into a span of the original.

        Args:
            start: first normalised character of the span.
            end: one past the last normalised character (``end > start``).

        Returns:
            ``(start, end)`` in the original text, covering every original character that
            produced the span (a folded ``“`` or a collapsed run of spaces counts whole).

        Raises:
            ValueError: the span is empty or outside the normalised text.

        >>> normalise("a\\u00a0 b").original_span(0, 3)
        (0, 4)
        """
        if not 0 <= start < end <= len(self.text):
            raise ValueError(
                f"span {start}:{end} is not a non-empty span of a {len(self.text)}-character text"
            )
        return self.starts[start], self.ends[end - 1]


def normalise(text: str, *, skip: Collection[int] = ()) -> NormalisedText:
    """Fold the typesetting differences listed in the module docstring, in linear time.

    Args:
        text: any text.
        skip: offsets of characters to leave out, as if they were not there (white space
            on both sides of them folds into one space); the offset map still points into
            ``text``.

    Returns:
        The normalised text with its offset map.

    >>> normalise("  ‘Why did Labour lose?”\\n\\n").text
    '\\'Why did Labour lose?"'
    >>> normalise("1990 — 91 and 1990-91").text
    '1990-91 and 1990-91'
    >>> normalise("''Yes,'' he said").text
    '"Yes," he said'
    >>> normalise("three weeks [after the leak] Julia", skip=range(12, 28)).text
    'three weeks Julia'
    """
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    space_start = -1  # start of pending white space not yet written, or -1
    space_end = -1
    after_dash = False  # the last written character is a dash (spaces after it are dropped)
    i = 0
    length = len(text)
    while i < length:
        char = text[i]
        if skip and i in skip:
            i += 1
            continue
        if char.isspace():
            if space_start < 0:
                space_start = i
            space_end = i + 1
            i += 1
            continue
        if char in _DASHES:
            space_start = -1
            if after_dash:
                ends[-1] = i + 1
            else:
                out.append("-")
                starts.append(i)
                ends.append(i + 1)
                after_dash = True
            i += 1
            continue
        end = i + 1
        while end < length and (unicodedata.combining(text[end]) or text[end] in _INVISIBLE):
            end += 1
        folded = _FOLD.get(char, char)
        if end > i + 1:  # a letter with combining accents: compose them
            accents = "".join(c for c in text[i + 1 : end] if c not in _INVISIBLE)
            folded = unicodedata.normalize("NFC", folded + accents)
        if folded == "'" and space_start < 0 and out and out[-1] == "'":
            out[-1] = '"'  # two single marks in a row print a double mark
            ends[-1] = end
        elif folded:
            if space_start >= 0 and out and not after_dash:
                out.append(" ")
                starts.append(space_start)
                ends.append(space_end)
            space_start = -1
            after_dash = False
            out.extend(folded)
            starts.extend([i] * len(folded))
            ends.extend([end] * len(folded))
        i = end
    return NormalisedText(original=text, text="".join(out), starts=tuple(starts), ends=tuple(ends))
