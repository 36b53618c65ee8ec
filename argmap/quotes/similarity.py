"""How alike two texts are, word by word: for near-identical claims and versions of a remark.

>>> text_similarity("Labour lost touch with its voters", "Labour lost touch with voters")
0.909
>>> text_similarity("across the county", "Across the country")
0.667
"""

from __future__ import annotations

import unicodedata
from difflib import SequenceMatcher

from argmap.quotes.source_text import word_key, word_spans

__all__ = ["comparison_words", "similarity_at_least", "text_similarity"]


def comparison_words(text: str) -> list[str]:
    """The words of a text as compared: NFKC, case-folded, punctuation dropped.

    >>> comparison_words("Labour’s  core-vote!")
    ['labours', 'core', 'vote']
    """
    folded = unicodedata.normalize("NFKC", text)
    return [word_key(folded[start:end]) for start, end in word_spans(folded)]


def text_similarity(first: str, second: str) -> float:
    """The share of words two texts have in common, 0 to 1, rounded to 3 places.

    Words are compared case-folded with punctuation dropped, in order (difflib's ratio on
    words): 1 means the same words, perhaps differently cased or punctuated.
    """
    matcher = SequenceMatcher(None, comparison_words(first), comparison_words(second))
    return round(matcher.ratio(), 3)


def similarity_at_least(first: list[str], second: list[str], threshold: float) -> float | None:
    """The similarity of two word lists (see [`comparison_words`][]) when it reaches
    ``threshold``, else None; cheap bounds are tried first, so it is fast on unlike texts."""
    matcher = SequenceMatcher(None, first, second, autojunk=False)
    if matcher.real_quick_ratio() < threshold or matcher.quick_ratio() < threshold:
        return None
    ratio = matcher.ratio()
    return round(ratio, 3) if ratio >= threshold else None
