"""A source text prepared once for checking many quotes against it.

>>> source = SourceText.from_text("First paragraph.\\n\\nSecond – “paragraph”.")
>>> source.normalised.text
'First paragraph. Second-"paragraph".'
>>> source.paragraph_at(20)
2
>>> source.keys
('first', 'paragraph', 'second', 'paragraph')
>>> source.passage(1, 4)
'paragraph. Second-"paragraph".'
"""

from __future__ import annotations

import re
from bisect import bisect_right

from attrs import field, frozen

from argmap.quotes.conventions import continuation_marks, editorial_insertions
from argmap.quotes.normalise import NormalisedText, normalise

__all__ = ["SourceText", "word_key", "word_spans"]

_PARAGRAPH_BREAK = re.compile(r"\n[^\S\n]*(?:\n[^\S\n]*)+")  # a line break, then blank line(s)
_WORD = re.compile(r"[^\s-]+")  # dashes separate words, as spaces do
_NOT_WORD = re.compile(r"[\W_]+")


def word_spans(text: str) -> list[tuple[int, int]]:
    """The spans of the words of a normalised text; spaces and dashes separate words.

    >>> word_spans('catch-up, "now"')
    [(0, 5), (6, 9), (10, 15)]
    """
    return [match.span() for match in _WORD.finditer(text)]


def word_key(word: str) -> str:
    """The comparison key of a word for approximate search: case-folded, letters and digits only.

    A word of punctuation alone keeps its punctuation.

    >>> word_key("“Labour’s"), word_key("-")
    ('labours', '-')
    """
    key = _NOT_WORD.sub("", word.casefold())
    return key or word


def _before(text: str, start: int) -> int:
    """Where the white space before ``start`` begins (an insertion is skipped with it)."""
    while start > 0 and text[start - 1].isspace() and text[start - 1] != "\n":
        start -= 1
    return start


@frozen(kw_only=True)
class SourceText:
    """A source text, normalised and cut into words, with its paragraph breaks.

    Attributes:
        normalised: the text with typesetting folded (it holds the original too).
        word_starts: start of each word in the normalised text.
        word_ends: end of each word in the normalised text.
        keys: the comparison key of each word (see [`word_key`][]).
        breaks: original offsets where paragraphs 2, 3, ... start.
        insertions: the reporter's bracketed insertions, ``(start, end, text)`` in the
            original.
        bracketless: the normalised text without those insertions, for quotes that leave
            them out (None when the text has none).

    The opening marks that continue a quotation into a new paragraph are left out of both
    normalised views (see [`continuation_marks`][]).
    """

    normalised: NormalisedText
    word_starts: tuple[int, ...] = field(repr=False)
    word_ends: tuple[int, ...] = field(repr=False)
    keys: tuple[str, ...] = field(repr=False)
    breaks: tuple[int, ...] = field(repr=False)
    insertions: tuple[tuple[int, int, str], ...] = field(default=(), repr=False)
    bracketless: NormalisedText | None = field(default=None, repr=False)

    @classmethod
    def from_text(cls, text: str) -> SourceText:
        """Prepare ``text`` for quote checks, in linear time.

        Args:
            text: the source text, as read from its file.

        Returns:
            The prepared text.
        """
        marks = continuation_marks(text)
        normalised = normalise(text, skip=marks)
        insertions = tuple(editorial_insertions(text))
        bracketless = None
        if insertions:
            inside = {i for start, end, _ in insertions for i in range(_before(text, start), end)}
            bracketless = normalise(text, skip=marks | inside)
        spans = word_spans(normalised.text)
        content = len(text) - len(text.lstrip())
        breaks = tuple(m.end() for m in _PARAGRAPH_BREAK.finditer(text) if m.start() > content)
        return cls(
            normalised=normalised,
            word_starts=tuple(s for s, _ in spans),
            word_ends=tuple(e for _, e in spans),
            keys=tuple(word_key(normalised.text[s:e]) for s, e in spans),
            breaks=breaks,
            insertions=insertions,
            bracketless=bracketless,
        )

    @property
    def original(self) -> str:
        """The text as given."""
        return self.normalised.original

    def passage(self, first: int, stop: int) -> str:
        """The normalised text of words ``first`` to ``stop - 1`` (``stop > first``)."""
        return self.normalised.text[self.word_starts[first] : self.word_ends[stop - 1]]

    def paragraph_at(self, offset: int) -> int:
        """The 1-based paragraph holding an original character offset.

        Args:
            offset: a character offset in the original text.

        Returns:
            The paragraph number; paragraphs are separated by blank lines.
        """
        return bisect_right(self.breaks, offset) + 1
