"""Find a quote in its source text, verbatim up to typesetting.

A quote is found when its normalised form (see [`argmap.quotes.normalise`][argmap.quotes.normalise])
stands in the
normalised source, starting and ending on word boundaries (``"abour"`` is not found in
``"Labour"``). Quotation marks at the quote's own ends are ignored. Case, words and punctuation
must match exactly.

Newsroom conventions are understood (see [`argmap.quotes.conventions`][argmap.quotes.conventions]):

* an omission (``...``, ``. . .``, ``…``, ``[...]``) in a quote that is not in the source as
  written matches any words left out within one paragraph (across paragraphs only when the
  quote itself runs over a paragraph break); each fragment gets its own span;
* a reporter's bracketed insertion in the source may be left out of a quote (the check names
  the insertion it skipped), and a quote's own bracketed words, ``[sic]`` included, need not be
  in the source: the words around them must be, in order, close together;
* ``''`` is a double quotation mark, and the opening marks that continue a quotation into a
  new paragraph are not words.

>>> text = "Ms Abbott said: “We need to be careful about scapegoating immigrants.”"
>>> print(find_quote('"We need to be careful"', text))
"We need to be careful": found in paragraph 1, characters 17-38
>>> print(find_quote("We must be careful", text))
"We must be careful": not found (a miss); closest passage, paragraph 1, has 3 of its 4 words \
(similarity 0.66): We [-need to-] {+must+} be careful
"""

from __future__ import annotations

import re

from argmap.exceptions import EmptyQuoteError
from argmap.quotes._closest import closest_passage
from argmap.quotes.conventions import (
    Part,
    continuation_marks,
    editorial_insertions,
    has_paragraph_break,
    split_quote,
)
from argmap.quotes.normalise import NormalisedText, normalise
from argmap.quotes.report import Occurrence, QuoteCheck, QuoteStatus, Span
from argmap.quotes.source_text import SourceText

__all__ = ["EmptyQuoteError", "find_quote", "normalise_quote"]

_INSERTION_WORDS = 5  # at most this many source words stand where a quote has [brackets]
_GAPS = re.compile(r"\.\.\.|\. \. \.|\[[^\[\]]+\]")


def normalise_quote(quote: str, *, continued: bool = False) -> str:
    """Normalise a quote and drop quotation marks and white space at its ends.

    A closing single mark is dropped only when the quote opened with one, so a final
    apostrophe (``the members'``) stays.

    Args:
        quote: the quote as stored in a map or typed by a user.
        continued: leave out the quotation marks that open its second and later paragraphs
            (a quote copied over a paragraph break, where the source continued the quotation).

    Returns:
        The normalised quote.

    >>> normalise_quote(" ‘Why did Labour lose?” ")
    'Why did Labour lose?'
    >>> normalise_quote("the members'")
    "the members'"
    """
    text = normalise(quote, skip=continuation_marks(quote, always=True) if continued else ()).text
    opened_single = False
    while text[:1] in ("'", '"'):
        opened_single = opened_single or text[0] == "'"
        text = text[1:].lstrip()
    while text[-1:] == '"' or (opened_single and text[-1:] == "'"):
        text = text[:-1].rstrip()
    return text


def find_quote(quote: str, text: str | SourceText) -> QuoteCheck:
    """Check whether a quote stands verbatim in a source text.

    Args:
        quote: the quote (surrounding quotation marks are ignored).
        text: the source text, or a [`SourceText`][] prepared once for many quotes.

    Returns:
        The verdict: found (one occurrence), ambiguous (all occurrences) or not found (with
        the closest passage and a word-level difference). Spans are in characters of the
        original text; ``skipped`` names the source's bracketed insertions the quote left out,
        ``editorial`` the quote's own bracketed words.

    Raises:
        EmptyQuoteError: the quote has no words.
    """
    source = text if isinstance(text, SourceText) else SourceText.from_text(text)
    needle = normalise_quote(quote)
    if not needle:
        raise EmptyQuoteError(f"the quote {quote!r} has no words to look for")
    across = has_paragraph_break(quote)
    needles = [needle]
    if across and (continued := normalise_quote(quote, continued=True)) != needle:
        needles.append(continued)
    views = [source.normalised] + ([source.bracketless] if source.bracketless else [])
    occurrences: list[Occurrence] = []
    for view in views:
        for needle in needles:
            occurrences = _occurrences(needle, source, view, across=across)
            if occurrences:
                break
        if occurrences:
            break
    needle = needles[0]
    parts = split_quote(needle) if _GAPS.search(needle) else []
    editorial = tuple(text for _, _, text in editorial_insertions(needle))
    if occurrences:
        return QuoteCheck(
            quote=quote,
            status=QuoteStatus.FOUND if len(occurrences) == 1 else QuoteStatus.AMBIGUOUS,
            occurrences=occurrences,
            skipped=_skipped(source, occurrences),
            editorial=editorial,
        )
    words = " ".join(part.text for part in parts) if parts else needle
    return QuoteCheck(
        quote=quote,
        status=QuoteStatus.NOT_FOUND,
        closest=closest_passage(words, source),
        editorial=editorial,
    )


def _occurrences(
    needle: str, source: SourceText, view: NormalisedText, *, across: bool
) -> list[Occurrence]:
    """The occurrences of a needle in one view: as written, else by its parts."""
    occurrences = [Occurrence(spans=(span,)) for span in _exact_spans(needle, source, view)]
    if not occurrences and _GAPS.search(needle):
        parts = split_quote(needle)
        if parts:
            occurrences = _part_occurrences(parts, source, view, across=across)
    return occurrences


def _skipped(source: SourceText, occurrences: list[Occurrence]) -> tuple[str, ...]:
    """The source's insertions inside the occurrences that the quote does not carry."""
    skipped: list[str] = []
    for occurrence in occurrences:
        for start, end, text in source.insertions:
            inside = occurrence.start <= start and end <= occurrence.end
            if inside and text not in skipped:
                skipped.append(text)
    return tuple(skipped)


def _exact_spans(needle: str, source: SourceText, view: NormalisedText) -> list[Span]:
    """Every occurrence of the normalised needle on word boundaries, as original spans."""
    return [_span(source, view, start, start + len(needle)) for start in _positions(needle, view)]


def _positions(needle: str, view: NormalisedText, start: int = 0) -> list[int]:
    """Normalised offsets, from ``start`` on, where the needle stands on word boundaries."""
    haystack = view.text
    found: list[int] = []
    position = haystack.find(needle, start)
    while position >= 0:
        if _on_boundaries(haystack, needle, position):
            found.append(position)
        position = haystack.find(needle, position + 1)
    return found


def _first_position(needle: str, view: NormalisedText, start: int) -> int:
    """The first normalised offset from ``start`` where the needle stands on word boundaries."""
    haystack = view.text
    position = haystack.find(needle, start)
    while position >= 0 and not _on_boundaries(haystack, needle, position):
        position = haystack.find(needle, position + 1)
    return position


def _on_boundaries(haystack: str, needle: str, position: int) -> bool:
    """The needle at ``position`` does not start or end inside a word."""
    end = position + len(needle)
    if needle[0].isalnum() and position > 0 and haystack[position - 1].isalnum():
        return False
    return not (needle[-1].isalnum() and end < len(haystack) and haystack[end].isalnum())


def _span(source: SourceText, view: NormalisedText, start: int, end: int) -> Span:
    """The original span of a normalised one, with its paragraph."""
    first, last = view.original_span(start, end)
    return Span(start=first, end=last, paragraph=source.paragraph_at(first))


def _part_occurrences(
    parts: list[Part], source: SourceText, view: NormalisedText, *, across: bool
) -> list[Occurrence]:
    """Occurrences of the parts in order, keeping only the tightest ones.

    From each place where the first part stands, every later part is put at its first place
    after the previous one. After an insertion at most a few words may stand between two
    parts; after an omission any, within the paragraph unless ``across``. Two occurrences
    ending at the same place are one found twice; only the tightest (latest start) is kept.
    """
    placed: list[list[tuple[int, int]]] = []
    text = view.text
    for first in _positions(parts[0].text, view):
        spans = [(first, first + len(parts[0].text))]
        paragraph = source.paragraph_at(view.starts[first])
        for part in parts[1:]:
            position = _first_position(part.text, view, spans[-1][1])
            if position < 0:
                break
            if part.gap == "insertion" and len(text[spans[-1][1] : position].split()) > (
                _INSERTION_WORDS
            ):
                break
            if not across and source.paragraph_at(view.starts[position]) != paragraph:
                break
            spans.append((position, position + len(part.text)))
        else:
            placed.append(spans)
    tightest = [
        spans
        for index, spans in enumerate(placed)
        if index + 1 == len(placed) or placed[index + 1][-1][1] != spans[-1][1]
    ]
    return [Occurrence(spans=[_span(source, view, s, e) for s, e in spans]) for spans in tightest]
