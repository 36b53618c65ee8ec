"""Slugs without the general slugifier where the answer is plain: the Argdown reader and
writer make one for every title, tens of thousands in a big file.

[`slugify`][argmap.model.ids.slugify] normalises to NFKD, drops what is not ASCII, splits on
everything but letters and digits: about 6 µs a call. A title that is one ASCII word of
letters and digits (``S12``, ``Tax``) is its own slug once lower-cased.

>>> slug_of("S12"), slug_of("Taxes are high!"), is_slug("c12"), is_slug("Ed")
('s12', 'taxes-are-high', True, False)
"""

from __future__ import annotations

from argmap.model.ids import MAX_LENGTH, MAX_WORDS, slugify

__all__ = ["is_slug", "slug_of"]


def slug_of(text: str) -> str:
    """``slugify(text)``, without its work for one short ASCII word."""
    if text.isalnum() and text.isascii() and len(text) <= MAX_LENGTH:
        return text.lower()
    return slugify(text)


def is_slug(text: str) -> bool:
    """Whether ``text`` is surely its own slug (lower-case ASCII words joined by single
    hyphens, short enough): then ``slugify(text) == text`` without calling it.

    >>> is_slug("c12"), is_slug("ed-balls"), is_slug("Ed"), is_slug("a--b")
    (True, True, False, False)
    """
    if text.isalnum():  # one word: the common case
        return len(text) <= MAX_LENGTH and text.isascii() and text.islower()
    return (
        len(text) <= MAX_LENGTH
        and text.isascii()
        and text.islower()
        and text.replace("-", "").isalnum()
        and text[0] != "-"
        and text[-1] != "-"
        and "--" not in text
        and text.count("-") < MAX_WORDS
    )
