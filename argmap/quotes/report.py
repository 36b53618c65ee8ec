"""The result of checking one quote against one source text.

>>> span = Span(start=10, end=24, paragraph=2)
>>> str(QuoteCheck(quote="immigration lost us", status="found",
...                occurrences=(Occurrence(spans=(span,)),)))
'"immigration lost us": found in paragraph 2, characters 10-24'
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum

from attrs import field, frozen, validators

__all__ = ["ClosestPassage", "Occurrence", "QuoteCheck", "QuoteStatus", "Span"]

_QUOTE_MARKS = "\"'“”‘’„‟‚‛«» "
_SHOWN_QUOTE = 40  # characters of the quote shown in a one-line report


class QuoteStatus(StrEnum):
    """Whether a quote is in its source."""

    FOUND = "found"
    """Exactly once."""
    AMBIGUOUS = "ambiguous"
    """More than once: the quote does not pin down one place."""
    NOT_FOUND = "not_found"
    """Not verbatim: see the closest passage."""


def _to_spans(spans: Iterable[Span]) -> tuple[Span, ...]:
    return tuple(spans)


def _to_texts(texts: Iterable[str]) -> tuple[str, ...]:
    return tuple(texts)


def _to_occurrences(occurrences: Iterable[Occurrence]) -> tuple[Occurrence, ...]:
    return tuple(occurrences)


@frozen(kw_only=True)
class Span:
    """A stretch of the original source text.

    Attributes:
        start: offset of the first character, counted in characters of the original text.
        end: offset one past the last character.
        paragraph: 1-based number of the paragraph where the span starts (paragraphs are
            separated by blank lines).
    """

    start: int = field(validator=validators.ge(0))
    end: int = field(validator=validators.ge(0))
    paragraph: int = field(validator=validators.ge(1))

    def __attrs_post_init__(self) -> None:
        if self.end <= self.start:
            raise ValueError(f"Span end ({self.end}) must be greater than start ({self.start})")

    def __str__(self) -> str:
        return f"paragraph {self.paragraph}, characters {self.start}-{self.end}"


@frozen(kw_only=True)
class Occurrence:
    """One place where a quote stands in the source.

    A plain quote has one span; a quote with an ellipsis (``first part ... second part``) has
    one span per fragment, in order.
    """

    spans: tuple[Span, ...] = field(converter=_to_spans, validator=validators.min_len(1))

    @property
    def start(self) -> int:
        """Offset where the first fragment starts."""
        return self.spans[0].start

    @property
    def end(self) -> int:
        """Offset where the last fragment ends."""
        return self.spans[-1].end

    @property
    def paragraph(self) -> int:
        """Paragraph where the occurrence starts."""
        return self.spans[0].paragraph

    def __str__(self) -> str:
        if len(self.spans) == 1:
            return str(self.spans[0])
        places = ", ".join(f"{s.start}-{s.end}" for s in self.spans)
        return f"paragraph {self.paragraph}, characters {places}"


@frozen(kw_only=True)
class ClosestPassage:
    """The passage of the source most like a quote that was not found.

    Attributes:
        span: where the passage is in the original text.
        text: the passage as it stands in the original text.
        similarity: how alike the passage and the quote are, from 0 (no word in common) to
            0.99: the share of words the two have in common, exactly as written (case and
            punctuation count), rounded down. It is never 1: the passage is *not* the quote.
        diff: the word-level difference, ``[-source words-] {+quote words+}``, with long runs
            of equal words shortened to ``...``.
        matching_words: how many of the quote's words stand in the passage exactly, in order.
        quote_words: how many words the quote has.
    """

    span: Span
    text: str
    similarity: float = field(validator=[validators.ge(0), validators.lt(1)])
    diff: str
    matching_words: int = 0
    quote_words: int = 0


@frozen(kw_only=True)
class QuoteCheck:
    """The verdict on one quote.

    Attributes:
        quote: the quote as given.
        status: found, ambiguous or not found.
        occurrences: every place the quote stands, in text order (one when found, several when
            ambiguous, none when not found).
        closest: for a quote not found, the most similar passage (None when no word of the
            quote is in the source).
        skipped: the source's bracketed insertions (``[after the leak]``) inside the place
            found that the quote leaves out.
        editorial: the quote's own bracketed words (``[sic]``, ``[he]``), which need not be in
            the source.
    """

    quote: str
    status: QuoteStatus = field(converter=QuoteStatus)
    occurrences: tuple[Occurrence, ...] = field(default=(), converter=_to_occurrences)
    closest: ClosestPassage | None = None
    skipped: tuple[str, ...] = field(default=(), converter=_to_texts)
    editorial: tuple[str, ...] = field(default=(), converter=_to_texts)

    def __attrs_post_init__(self) -> None:
        count = len(self.occurrences)
        expected = {
            QuoteStatus.FOUND: count == 1,
            QuoteStatus.AMBIGUOUS: count >= 2,
            QuoteStatus.NOT_FOUND: count == 0,
        }
        if not expected[self.status]:
            raise ValueError(f"a {self.status} quote cannot have {count} occurrence(s)")
        if self.closest is not None and self.status is not QuoteStatus.NOT_FOUND:
            raise ValueError(
                f"only a quote not found has a closest passage, not a {self.status} one"
            )

    @property
    def found(self) -> bool:
        """True when the quote is in the source exactly once."""
        return self.status is QuoteStatus.FOUND

    @property
    def spans(self) -> tuple[Span, ...]:
        """Every span of every occurrence, in order."""
        return tuple(span for occurrence in self.occurrences for span in occurrence.spans)

    @property
    def paragraphs(self) -> tuple[int, ...]:
        """The paragraph of each occurrence."""
        return tuple(occurrence.paragraph for occurrence in self.occurrences)

    def __str__(self) -> str:
        quote = " ".join(self.quote.split()).strip(_QUOTE_MARKS)
        if len(quote) > _SHOWN_QUOTE:
            quote = quote[: _SHOWN_QUOTE - 1] + "…"
        head = f'"{quote}": '
        notes = "".join(f" (skipped the source's insertion {s})" for s in self.skipped)
        if self.status is QuoteStatus.FOUND:
            return f"{head}found in {self.occurrences[0]}{notes}"
        if self.status is QuoteStatus.AMBIGUOUS:
            places = "; ".join(str(o) for o in self.occurrences)
            return f"{head}found {len(self.occurrences)} times: {places}{notes}"
        if self.closest is None:
            return f"{head}not found (a miss); no similar passage in the source"
        closest = self.closest
        words = (
            f", has {closest.matching_words} of its {closest.quote_words} words"
            if closest.quote_words
            else ""
        )
        return (
            f"{head}not found (a miss); closest passage, paragraph {closest.span.paragraph}"
            f"{words} (similarity {closest.similarity:.2f}): {closest.diff}"
        )
