"""Find near-identical claim texts without comparing every pair: a prefix-filtered index.

Two word lists whose difflib ratio reaches ``t`` share, counted as multisets, at least
``t / 2 * (len(a) + len(b))`` words (the ratio is at most the Dice coefficient of the
multisets), and then each list's rarest ``len - ceil(overlap) + 1`` words hold a shared one:
the standard prefix filter of set-similarity joins. Only pairs sharing such a word are
compared with difflib.

>>> index = CandidateIndex(["labour lost touch with its voters".split()], threshold=0.8)
>>> index.add("a", "labour lost touch with its voters".split())
>>> index.similar("labour lost touch with voters".split())
[('a', 0.909)]
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable

from argmap.quotes.similarity import similarity_at_least

__all__ = ["CandidateIndex"]


class CandidateIndex:
    """Word lists indexed by the rarest words, to find those similar to a new list."""

    def __init__(self, corpus: Iterable[list[str]], *, threshold: float) -> None:
        """Args: corpus: every word list that will be added or asked about (for rarity);
        threshold: the least similarity reported."""
        self.threshold = threshold
        self.frequency: Counter[tuple[str, int]] = Counter()
        for words in corpus:
            self.frequency.update(_tokens(words))
        self.lists: dict[str, list[str]] = {}
        self.order: dict[str, int] = {}
        self.sets: dict[str, frozenset[tuple[str, int]]] = {}
        self.postings: dict[tuple[str, int], list[str]] = {}

    def add(self, key: str, words: list[str]) -> None:
        """Index a word list under ``key``."""
        self.lists[key] = words
        self.sets[key] = frozenset(_tokens(words))
        self.order[key] = len(self.order)
        for token in self._prefix(words):
            self.postings.setdefault(token, []).append(key)

    def similar(self, words: list[str]) -> list[tuple[str, float]]:
        """The keys of indexed lists at least ``threshold`` similar to ``words``, in the order
        they were added, with their similarity."""
        seen: dict[str, None] = {}
        for token in self._prefix(words):
            for key in self.postings.get(token, ()):
                seen[key] = None
        found = []
        order, tokens = self.order, frozenset(_tokens(words))
        for key in sorted(seen, key=order.__getitem__):
            other = self.sets[key]
            if 2 * len(tokens & other) < self.threshold * (len(tokens) + len(other)):
                continue  # not even the words in common, in any order, reach the threshold
            similarity = similarity_at_least(self.lists[key], words, self.threshold)
            if similarity is not None:
                found.append((key, similarity))
        return found

    def _prefix(self, words: list[str]) -> list[tuple[str, int]]:
        tokens = sorted(_tokens(words), key=lambda token: (self.frequency[token], token))
        if not tokens:
            return []
        size = len(tokens)
        least_partner = size * self.threshold / (2 - self.threshold)
        overlap = math.ceil(self.threshold / 2 * (size + least_partner) - 1e-9)
        return tokens[: max(1, size - overlap + 1)]


def _tokens(words: list[str]) -> list[tuple[str, int]]:
    """The words as a set: each with its number of earlier occurrences."""
    counts: dict[str, int] = {}
    tokens = []
    for word in words:
        seen = counts.get(word, 0)
        tokens.append((word, seen))
        counts[word] = seen + 1
    return tokens
