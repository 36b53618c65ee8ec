"""When two elements of different maps are one: the identity rules of a merge.

* actors: their names match after Unicode (NFKC), case and white-space folding, or an alias
  declares one name to be the other;
* sources: their ``url`` matches, or their outlet, title and date do (at least outlet or date
  given);
* claims: their ids and texts match (near-identical texts are only candidates, see
  [`text_similarity`][]);
* arguments: the same premises and conclusion; rebuttals: the same kind, attacker and target;
  attributions: the same claim, actor, source, mode and quoted words (after the ids they name
  are mapped into the merged map).

>>> fold_name("  Karl\\u00a0BITAR ")
'karl bitar'
>>> text_similarity("Labour lost touch with its voters", "Labour lost touch with voters")
0.909
"""

from __future__ import annotations

import unicodedata
from collections.abc import Hashable

from argmap.model import Actor, Argument, Attribution, Claim, Element, Rebuttal, Source
from argmap.quotes.similarity import comparison_words as claim_words
from argmap.quotes.similarity import similarity_at_least, text_similarity

__all__ = [
    "CANDIDATE_SIMILARITY",
    "claim_words",
    "fold_name",
    "identity_key",
    "similar_enough",
    "source_keys",
    "text_similarity",
]

CANDIDATE_SIMILARITY = 0.8
"""Claims whose texts share at least this share of words are reported as candidates."""


def fold_name(name: str) -> str:
    """A name folded for comparison: NFKC, case-folded, white space collapsed.

    >>> fold_name("Ｍr  Bitar") == fold_name("mr bitar")
    True
    """
    return " ".join(unicodedata.normalize("NFKC", name).casefold().split())


def similar_enough(first: list[str], second: list[str]) -> float | None:
    """The word similarity of two claims' words when it reaches [`CANDIDATE_SIMILARITY`][]."""
    return similarity_at_least(first, second, CANDIDATE_SIMILARITY)


def identity_key(element: Element, aliases: dict[str, str]) -> Hashable | None:
    """What makes an element (with its references already mapped) the same as another.

    Args:
        element: the element.
        aliases: folded alias name to folded canonical name.

    Returns:
        A key equal for elements that are one, or None when the element is matched only by
        id (claims) or has nothing to match on.
    """
    if isinstance(element, Actor):
        name = fold_name(element.name)
        return ("actor", aliases.get(name, name))
    if isinstance(element, Argument):
        return ("argument", frozenset(element.premises), element.conclusion)
    if isinstance(element, Rebuttal):
        return ("rebuttal", element.kind, element.attacker, element.target)
    if isinstance(element, Attribution):
        return (
            "attribution",
            element.claim,
            element.actor,
            element.source,
            element.mode,
            element.quote,
            element.fragments,
            element.paraphrase,
        )
    if isinstance(element, Claim):
        return ("claim", element.id, element.text)
    return None


def source_keys(source: Source) -> list[Hashable]:
    """The keys under which a source is the same as another: its url, its outlet+title+date."""
    keys: list[Hashable] = []
    if source.url is not None:
        keys.append(("url", source.url.strip()))
    if source.outlet is not None or source.date is not None:
        outlet = None if source.outlet is None else fold_name(source.outlet)
        keys.append(("published", outlet, fold_name(source.title), source.date))
    return keys
