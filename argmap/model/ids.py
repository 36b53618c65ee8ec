"""Readable, stable ids derived from text.

The same text always gives the same id, so a map built twice has the same ids twice.

>>> slugify("Immigration lost Labour the 2010 election!")
'immigration-lost-labour-the-2010-election'
>>> slugify("Ed Balls")
'ed-balls'
>>> slugify("¿Qué?")
'que'
>>> slugify("!!!")
'x'
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Container
from operator import itemgetter

__all__ = ["slugify", "slugify_all", "unique_id"]

_WORD = re.compile(r"[A-Za-z0-9]+")
_WORD_BYTES = frozenset(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789\x00")
_SPACED_WORDS = bytes(b if b in _WORD_BYTES else 32 for b in range(256)).lower()
"""A ``bytes.translate`` table: ASCII letters lower-cased, digits and the separator
`slugify_all` puts between texts (no word holds it) kept, every other byte a space."""
MAX_WORDS = 6
MAX_LENGTH = 48


def slugify(text: str, *, max_words: int = MAX_WORDS, max_length: int = MAX_LENGTH) -> str:
    """Turn text into a short lower-case id of ASCII words joined by hyphens.

    Args:
        text: any text.
        max_words: keep at most this many words.
        max_length: cut the id to at most this many characters, at a word boundary if possible.

    Returns:
        The id; ``"x"`` when the text has no letters or digits that survive.
    """
    if not text.isascii():  # ASCII text is its own NFKD form: the round trip is skipped
        text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    # The words as one `findall`, lower-cased once joined (ASCII: only A-Z change).
    slug = "-".join(_WORD.findall(text)[:max_words]).lower()
    return _finished(slug, max_length)


def _finished(slug: str, max_length: int) -> str:
    """The words joined, cut to ``max_length`` at a word boundary if possible; ``"x"`` for
    none."""
    if len(slug) > max_length:
        cut = slug[:max_length]
        slug = cut.rsplit("-", 1)[0] if "-" in cut else cut
    return slug or "x"


def slugify_all(
    texts: list[str], *, max_words: int = MAX_WORDS, max_length: int = MAX_LENGTH
) -> list[str]:
    """``[slugify(text) for text in texts]``, a column at a time when they are ASCII.

    The texts are joined with a separator no word holds, lower-cased with every character
    that is no letter or digit a space by one ``bytes.translate`` (a regex `findall` over
    them costs 2.5x as much), and split back into texts and words: no Python call per
    text. Texts that are not all ASCII (or hold the separator) are slugged one by one.

    >>> slugify_all(["Tax is theft!", "", "Fees: 2 much"], max_words=2)
    ['tax-is', 'x', 'fees-2']
    """
    joined = "\x00".join(texts)
    if not joined.isascii() or joined.count("\x00") != len(texts) - 1 or not texts:
        return [slugify(text, max_words=max_words, max_length=max_length) for text in texts]
    words = joined.encode().translate(_SPACED_WORDS).decode().split("\x00")
    slugs = list(map("-".join, map(itemgetter(slice(max_words)), map(str.split, words))))
    if max(map(len, slugs)) > max_length or "" in slugs:
        return [_finished(slug, max_length) for slug in slugs]
    return slugs


def unique_id(
    base: str,
    *taken: Container[str],
    counters: dict[str, int] | None = None,
    pattern: str = "{}-{}",
) -> str:
    """Return ``base``, or ``base-2``, ``base-3``... whichever is first in none of ``taken``.

    The one id de-duplicator: the map, the readers and the writers all call it.

    Args:
        base: the wanted id.
        *taken: the ids in use (sets, maps, anything that answers ``in``).
        counters: the last number given for each base; pass the same dict on every call to
            make many ids from one base in linear time (numbers given once are not reused).
        pattern: how a number is added to the base.

    >>> unique_id("claim", {"claim", "claim-2"})
    'claim-3'
    >>> unique_id("Tram", {"Tram"}, pattern="{} ({})")
    'Tram (2)'
    """
    if not any(base in ids for ids in taken):
        return base
    number = 1 if counters is None else counters.get(base, 1)
    while True:
        number += 1
        candidate = pattern.format(base, number)
        if not any(candidate in ids for ids in taken):
            if counters is not None:
                counters[base] = number
            return candidate
