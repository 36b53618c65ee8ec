"""Check that quotes stand verbatim in their source texts.

>>> from argmap.quotes import find_quote
>>> find_quote("lost us the election", "immigration lost us the election").status
<QuoteStatus.FOUND: 'found'>
"""

from argmap.quotes._closest import DiffPart, render_diff, word_diff, word_diff_parts
from argmap.quotes.check_map import (
    MissingSourceTextError,
    QuoteReport,
    check_quotes,
    locate_quotes,
)
from argmap.quotes.matching import EmptyQuoteError, find_quote, normalise_quote
from argmap.quotes.normalise import NormalisedText, normalise
from argmap.quotes.report import ClosestPassage, Occurrence, QuoteCheck, QuoteStatus, Span
from argmap.quotes.similarity import text_similarity
from argmap.quotes.source_files import SourceTextError, load_source_texts, source_text_path
from argmap.quotes.source_text import SourceText

__all__ = [
    "ClosestPassage",
    "DiffPart",
    "EmptyQuoteError",
    "MissingSourceTextError",
    "NormalisedText",
    "Occurrence",
    "QuoteCheck",
    "QuoteReport",
    "QuoteStatus",
    "SourceText",
    "SourceTextError",
    "Span",
    "check_quotes",
    "find_quote",
    "load_source_texts",
    "locate_quotes",
    "normalise",
    "normalise_quote",
    "render_diff",
    "source_text_path",
    "text_similarity",
    "word_diff",
    "word_diff_parts",
]
