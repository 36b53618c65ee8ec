"""The reporter's own words around the quotes: a masked text and its sentences.

Quoted passages are blanked out (each character becomes ``QUOTE_CHAR``) so that the words
inside a quote are never taken for a speaker or a reporting verb, and a full stop inside a
quote does not end the reporter's sentence unless the quote ends it.

>>> from argmap.draft.quote_marks import find_quotes
>>> text = "“We lost,” he said. Mr Smith, a voter, agreed."
>>> frame = Frame.of(text, find_quotes(text).quotes)
>>> frame.masked[:12].count(QUOTE_CHAR)
10
>>> [text[s:e] for s, e in frame.sentences]
['“We lost,” he said.', 'Mr Smith, a voter, agreed.']
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from functools import cached_property

from attrs import frozen

from argmap.draft.lexicon import word_set
from argmap.draft.quote_marks import QuotePassage, paragraph_spans

__all__ = ["QUOTE_CHAR", "Frame"]

QUOTE_CHAR = "\ufffc"
"""The character that stands for every character of a quoted passage in the masked text."""

_ABBREVIATIONS = word_set(
    "mr mrs ms dr prof st sen rep gov gen col capt rev revd no vs etc jr sr inc ltd co corp "
    "mt ft u.s u.k e.g i.e cllr lt sgt supt insp"
)
_STOP = re.compile(r"[.!?]+[\"')\]’”]*(?=\s+[\"'“‘(\[A-Z0-9" + QUOTE_CHAR + r"])")


@frozen(kw_only=True, slots=False)
class Frame:
    """A text with its quotes masked, cut into paragraphs and sentences.

    Attributes:
        text: the original text.
        masked: the text with every quoted passage (marks included) blanked out.
        paragraphs: (start, end) of each paragraph (each non-blank line).
        sentences: (start, end) of each sentence, in order; none crosses a paragraph.
    """

    text: str
    masked: str
    paragraphs: tuple[tuple[int, int], ...]
    sentences: tuple[tuple[int, int], ...]

    @classmethod
    def of(cls, text: str, quotes: Sequence[QuotePassage]) -> Frame:
        """Mask the quotes of ``text`` and cut it into sentences.

        Args:
            text: the article.
            quotes: its quoted passages (see [`find_quotes`][argmap.draft.quote_marks.find_quotes]).

        Returns:
            The frame.
        """
        chars = list(text)
        ends_sentence: set[int] = set()
        for quote in quotes:
            for i in range(quote.open_at, quote.close_end):
                chars[i] = QUOTE_CHAR
            if quote.text[-1:] in ".!?" or quote.continued or not quote.closed:
                ends_sentence.add(quote.close_end)
        masked = "".join(chars)
        paragraphs = tuple(paragraph_spans(text))
        sentences: list[tuple[int, int]] = []
        for p_start, p_end in paragraphs:
            cuts = [
                m.end() for m in _STOP.finditer(masked, p_start, p_end) if _real_stop(masked, m)
            ]
            cuts += [
                at
                for at in ends_sentence
                if p_start < at < p_end
                and re.match(r"\s+[\"'“‘A-Z" + QUOTE_CHAR + "]", masked[at : at + 3])
            ]
            start = p_start
            for cut in sorted(set(cuts)):
                if cut > start:
                    sentences.append(_trimmed(text, start, cut))
                    start = cut
            if start < p_end:
                sentences.append(_trimmed(text, start, p_end))
        return cls(
            text=text,
            masked=masked,
            paragraphs=paragraphs,
            sentences=tuple(s for s in sentences if s[1] > s[0]),
        )

    def sentence_at(self, offset: int) -> tuple[int, int]:
        """The sentence holding an offset (the last one starting at or before it)."""
        return self.sentences[self.sentence_index(offset)]

    def sentence_index(self, offset: int) -> int:
        """The index of the sentence holding an offset."""
        return max(bisect_right(self.sentence_starts, offset) - 1, 0)

    def paragraph_index(self, offset: int) -> int:
        """The 0-based index of the paragraph holding an offset."""
        return max(bisect_right(self.paragraph_starts, offset) - 1, 0)

    @cached_property
    def sentence_starts(self) -> list[int]:
        """Where each sentence starts."""
        return [start for start, _ in self.sentences]

    @cached_property
    def paragraph_starts(self) -> list[int]:
        """Where each paragraph starts."""
        return [start for start, _ in self.paragraphs]


def _real_stop(masked: str, match: re.Match[str]) -> bool:
    """A full stop that ends a sentence, not an abbreviation (``Mr.``) or an initial (``J.``)."""
    if masked[match.start()] != ".":
        return True
    word = re.search(r"([\w.]+)$", masked[max(0, match.start() - 12) : match.start()])
    if word is None:
        return True
    lowered = word.group(1).lower()
    return not (lowered in _ABBREVIATIONS or (len(lowered) == 1 and lowered.isalpha()))


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
