"""Check that quotes stand verbatim in their source texts.

>>> from argmap.quotes import find_quote
>>> find_quote("lost us the election", "immigration lost us the election").status
<QuoteStatus.FOUND: 'found'>
"""

from argmap.quotes.matching import EmptyQuoteError, find_quote, normalise_quote
from argmap.quotes.normalise import NormalisedText, normalise
from argmap.quotes.report import ClosestPassage, Occurrence, QuoteCheck, QuoteStatus, Span
from argmap.quotes.source_text import SourceText

__all__ = [
    "ClosestPassage",
    "EmptyQuoteError",
    "NormalisedText",
    "Occurrence",
    "QuoteCheck",
    "QuoteStatus",
    "SourceText",
    "Span",
    "find_quote",
    "normalise",
    "normalise_quote",
]
