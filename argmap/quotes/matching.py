"""Find a quote in its source text, verbatim up to typesetting.

A quote is found when its normalised form (see :mod:`argmap.quotes.normalise`) stands in the
normalised source, starting and ending on word boundaries (``"abour"`` is not found in
``"Labour"``). Quotation marks at the quote's own ends are ignored. Case, words and punctuation
must match exactly.

A quote with an ellipsis (``...``, ``…``, ``[...]``) that is not in the source as written is
searched as fragments that must appear in that order; each fragment gets its own span.

>>> text = "Ms Abbott said: “We need to be careful about scapegoating immigrants.”"
>>> print(find_quote('"We need to be careful"', text))
"We need to be careful": found in paragraph 1, characters 17-38
>>> print(find_quote("We must be careful", text))
"We must be careful": not found; closest passage in paragraph 1 (similarity 0.67): \
We [-need to-] {+must+} be careful
"""

from __future__ import annotations

import re

from argmap.exceptions import EmptyQuoteError
from argmap.quotes._closest import closest_passage
from argmap.quotes.normalise import normalise
from argmap.quotes.report import Occurrence, QuoteCheck, QuoteStatus, Span
from argmap.quotes.source_text import SourceText

__all__ = ["EmptyQuoteError", "find_quote", "normalise_quote"]

_ELLIPSIS = re.compile(r" ?[\[(]?\.{3,}[\])]? ?")


def normalise_quote(quote: str) -> str:
    """Normalise a quote and drop quotation marks and white space at its ends.

    A closing single mark is dropped only when the quote opened with one, so a final
    apostrophe (``the members'``) stays.

    Args:
        quote: the quote as stored in a map or typed by a user.

    Returns:
        The normalised quote.

    >>> normalise_quote(" ‘Why did Labour lose?” ")
    'Why did Labour lose?'
    >>> normalise_quote("the members'")
    "the members'"
    """
    text = normalise(quote).text
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
        text: the source text, or a :class:`SourceText` prepared once for many quotes.

    Returns:
        The verdict: found (one occurrence), ambiguous (all occurrences) or not found (with
        the closest passage and a word-level difference). Spans are in characters of the
        original text.

    Raises:
        EmptyQuoteError: the quote has no words.
    """
    source = text if isinstance(text, SourceText) else SourceText.from_text(text)
    needle = normalise_quote(quote)
    if not needle:
        raise EmptyQuoteError(f"the quote {quote!r} has no words to look for")
    occurrences = [Occurrence(spans=(span,)) for span in _exact_spans(needle, source)]
    if not occurrences and _ELLIPSIS.search(needle):
        fragments = [part for part in _ELLIPSIS.split(needle) if any(c.isalnum() for c in part)]
        if fragments:
            occurrences = _fragment_occurrences(fragments, source)
    if len(occurrences) == 1:
        return QuoteCheck(quote=quote, status=QuoteStatus.FOUND, occurrences=occurrences)
    if occurrences:
        return QuoteCheck(quote=quote, status=QuoteStatus.AMBIGUOUS, occurrences=occurrences)
    return QuoteCheck(
        quote=quote,
        status=QuoteStatus.NOT_FOUND,
        closest=closest_passage(_ELLIPSIS.sub(" ", needle).strip(), source),
    )


def _exact_spans(needle: str, source: SourceText) -> list[Span]:
    """Every occurrence of the normalised needle on word boundaries, as original spans."""
    return [_span(source, start, start + len(needle)) for start in _positions(needle, source)]


def _positions(needle: str, source: SourceText, start: int = 0) -> list[int]:
    """Normalised offsets, from ``start`` on, where the needle stands on word boundaries."""
    haystack = source.normalised.text
    found: list[int] = []
    position = haystack.find(needle, start)
    while position >= 0:
        if _on_boundaries(haystack, needle, position):
            found.append(position)
        position = haystack.find(needle, position + 1)
    return found


def _first_position(needle: str, source: SourceText, start: int) -> int:
    """The first normalised offset from ``start`` where the needle stands on word boundaries."""
    haystack = source.normalised.text
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


def _span(source: SourceText, start: int, end: int) -> Span:
    """The original span of a normalised one, with its paragraph."""
    first, last = source.normalised.original_span(start, end)
    return Span(start=first, end=last, paragraph=source.paragraph_at(first))


def _fragment_occurrences(fragments: list[str], source: SourceText) -> list[Occurrence]:
    """Occurrences of the fragments in order, keeping only the tightest ones.

    From each place where the first fragment stands, every later fragment is put at its first
    place after the previous one. Two such occurrences ending at the same place are one
    occurrence found twice; only the one that starts last (the tightest) is kept.
    """
    placed: list[list[tuple[int, int]]] = []
    for first in _positions(fragments[0], source):
        spans = [(first, first + len(fragments[0]))]
        for fragment in fragments[1:]:
            position = _first_position(fragment, source, spans[-1][1])
            if position < 0:
                break
            spans.append((position, position + len(fragment)))
        else:
            placed.append(spans)
    tightest = [
        spans
        for index, spans in enumerate(placed)
        if index + 1 == len(placed) or placed[index + 1][-1][1] != spans[-1][1]
    ]
    return [Occurrence(spans=[_span(source, s, e) for s, e in spans]) for spans in tightest]
