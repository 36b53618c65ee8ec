"""A source text prepared once for checking many quotes against it.

>>> source = SourceText.from_text("First paragraph.\\n\\nSecond “paragraph”.")
>>> source.normalised.text
'First paragraph. Second "paragraph".'
>>> source.paragraph_at(20)
2
>>> [source.word(i) for i in range(len(source.keys))]
['First', 'paragraph.', 'Second', '"paragraph".']
>>> source.keys
('first', 'paragraph', 'second', 'paragraph')
"""

from __future__ import annotations

import re
from bisect import bisect_right

from attrs import field, frozen

from argmap.quotes.normalise import NormalisedText, normalise

__all__ = ["SourceText", "word_key"]

_PARAGRAPH_BREAK = re.compile(r"\n[^\S\n]*(?:\n[^\S\n]*)+")  # a line break, then blank line(s)
_WORD = re.compile(r"\S+")
_NOT_WORD = re.compile(r"[\W_]+")


def word_key(word: str) -> str:
    """The comparison key of a word for approximate search: case-folded, letters and digits only.

    A word of punctuation alone keeps its punctuation.

    >>> word_key("“Labour’s"), word_key("-")
    ('labours', '-')
    """
    key = _NOT_WORD.sub("", word.casefold())
    return key or word


@frozen(kw_only=True)
class SourceText:
    """A source text, normalised and cut into words, with its paragraph breaks.

    Attributes:
        normalised: the text with typesetting folded (it holds the original too).
        word_starts: start of each word in the normalised text.
        word_ends: end of each word in the normalised text.
        keys: the comparison key of each word (see :func:`word_key`).
        breaks: original offsets where paragraphs 2, 3, ... start.
    """

    normalised: NormalisedText
    word_starts: tuple[int, ...] = field(repr=False)
    word_ends: tuple[int, ...] = field(repr=False)
    keys: tuple[str, ...] = field(repr=False)
    breaks: tuple[int, ...] = field(repr=False)

    @classmethod
    def from_text(cls, text: str) -> SourceText:
        """Prepare ``text`` for quote checks, in linear time.

        Args:
            text: the source text, as read from its file.

        Returns:
            The prepared text.
        """
        normalised = normalise(text)
        spans = [m.span() for m in _WORD.finditer(normalised.text)]
        content = len(text) - len(text.lstrip())
        breaks = tuple(m.end() for m in _PARAGRAPH_BREAK.finditer(text) if m.start() > content)
        return cls(
            normalised=normalised,
            word_starts=tuple(s for s, _ in spans),
            word_ends=tuple(e for _, e in spans),
            keys=tuple(word_key(normalised.text[s:e]) for s, e in spans),
            breaks=breaks,
        )

    @property
    def original(self) -> str:
        """The text as given."""
        return self.normalised.original

    def word(self, index: int) -> str:
        """The normalised word at ``index`` (punctuation attached, as in the text)."""
        return self.normalised.text[self.word_starts[index] : self.word_ends[index]]

    def paragraph_at(self, offset: int) -> int:
        """The 1-based paragraph holding an original character offset.

        Args:
            offset: a character offset in the original text.

        Returns:
            The paragraph number; paragraphs are separated by blank lines.
        """
        return bisect_right(self.breaks, offset) + 1

    def original_words_span(self, first: int, stop: int) -> tuple[int, int]:
        """The original span of words ``first`` to ``stop - 1`` (``stop > first``).

        Args:
            first: index of the first word.
            stop: one past the index of the last word.

        Returns:
            ``(start, end)`` in original characters.
        """
        return self.normalised.original_span(self.word_starts[first], self.word_ends[stop - 1])
