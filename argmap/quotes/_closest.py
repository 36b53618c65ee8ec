"""Find the passage of a source most like a quote that is not in it, and show the difference.

The search works on words, in three steps that keep it near-linear in the length of the source:

1. slide a window of the quote's word count over the source and count, in one pass, how many of
   the quote's words (case-folded, punctuation dropped) each window holds;
2. for the few best, well-separated windows, move each edge a few words either way while that
   raises the number of words lined up with the quote (by `difflib.SequenceMatcher`),
   less a small cost for each word that lines up with nothing;
3. line the best passage up with the quote, so a quote whose first or last word was changed is
   shown against the source's word in that place, and render a word-level difference.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from difflib import SequenceMatcher

from argmap.quotes.report import ClosestPassage, Span
from argmap.quotes.source_text import SourceText, word_key, word_spans

__all__ = ["DiffPart", "closest_passage", "render_diff", "word_diff", "word_diff_parts"]

_CANDIDATES = 5  # windows refined with SequenceMatcher
_GAP_COST = 0.4  # score lost per window word that matches nothing in the quote
_CONTEXT = 3  # equal words kept on each side of a difference
_MARKS = "'\""  # normalised quotation marks
_EDGES = re.compile(r"(\W*)(.*?)(\W*)", re.DOTALL)  # punctuation, word, punctuation


def closest_passage(quote: str, source: SourceText) -> ClosestPassage | None:
    """The passage of ``source`` most like the quote, with the word-level difference.

    Args:
        quote: the normalised quote.
        source: the prepared source text.

    Returns:
        The closest passage, or None when the source shares no word with the quote.

    >>> source = SourceText.from_text("In May, Labour lost the election badly.")
    >>> passage = closest_passage("Labour won the election", source)
    >>> passage.text, passage.diff, passage.similarity
    ('Labour lost the election', 'Labour [-lost-] {+won+} the election', 0.75)
    """
    quote_keys = [word_key(quote[start:end]) for start, end in word_spans(quote)]
    keys = source.keys
    if not quote_keys or not set(quote_keys).intersection(keys):
        return None
    matcher = SequenceMatcher(None, autojunk=False)
    matcher.set_seq2(quote_keys)
    reach = 2 + len(quote_keys) // 10
    best = (float("-inf"), 0, 0)
    wanted = set(quote_keys)
    for start in _candidate_starts(quote_keys, keys):
        end = min(start + len(quote_keys), len(keys))
        while keys[start] not in wanted:  # a candidate window holds at least one wanted word
            start += 1
        while keys[end - 1] not in wanted:
            end -= 1
        refined = _refine(matcher, keys, start, end, reach)
        if refined[0] > best[0]:
            best = refined
    _, start, end = best
    start, end = _align(matcher, keys, start, end, len(quote_keys))
    begin, stop = _trim_marks(source, start, end, quote)
    first, last = source.normalised.original_span(begin, stop)
    passage = source.normalised.text[begin:stop]
    same, similarity = _exact_similarity(passage, quote)
    return ClosestPassage(
        span=Span(start=first, end=last, paragraph=source.paragraph_at(first)),
        text=source.original[first:last],
        similarity=similarity,
        diff=word_diff(passage, quote),
        matching_words=same,
        quote_words=len(word_spans(quote)),
    )


def _exact_similarity(passage: str, quote: str) -> tuple[int, float]:
    """How many of the quote's words stand in the passage exactly (case and punctuation
    included), and the similarity: difflib's ratio on those exact words, rounded down to
    two places and at most 0.99, since the passage is not the quote."""
    words = [[text[s:e] for s, e in word_spans(text)] for text in (passage, quote)]
    matcher = SequenceMatcher(None, words[0], words[1], autojunk=False)
    same = sum(block.size for block in matcher.get_matching_blocks())
    return same, min(math.floor(matcher.ratio() * 100) / 100, 0.99)


DiffPart = tuple[str, str]
"""One piece of a word diff: ``(kind, text)``, kind ``same``, ``gap`` (equal words left out,
text ``...``), ``removed`` (only in the passage) or ``added`` (only in the quote)."""

_SHOWN = {"same": "{}", "gap": "{}", "removed": "[-{}-]", "added": "{{+{}+}}"}


def word_diff(passage: str, quote: str) -> str:
    """Render the word-level difference from a passage of the source to the quote.

    Words only in the source show as ``[-...-]``, words only in the quote as ``{+...+}``; runs
    of more than a few equal words are shortened to ``...``. Quotation marks at the ends of a
    word are set aside when comparing words; when they (or dashes) are the only difference, the
    whole passage and quote are shown. [`word_diff_parts`][] gives the same pieces unrendered.

    Args:
        passage: the passage of the source, normalised.
        quote: the quote, normalised.

    Returns:
        One line of text.

    >>> word_diff("a b c d e f g h", "a b c d X f g h")
    'a b c d [-e-] {+X+} f g h'
    >>> word_diff("one two three four five six seven", "one two three four five six eight")
    '... four five six [-seven-] {+eight+}'
    >>> word_diff("catch-up", "catch up")
    '[-catch-up-] {+catch up+}'
    """
    return render_diff(word_diff_parts(passage, quote))


def render_diff(parts: Sequence[DiffPart]) -> str:
    """One line for the pieces of a word diff, as [`word_diff`][] writes it.

    >>> render_diff([("same", "across the"), ("removed", "county"), ("added", "country")])
    'across the [-county-] {+country+}'
    """
    return " ".join(_SHOWN[kind].format(text) for kind, text in parts)


def word_diff_parts(passage: str, quote: str) -> list[DiffPart]:
    """The pieces of [`word_diff`][], for a reader that draws them (the HTML map's panel).

    >>> word_diff_parts("one two three four five six seven", "one two three four five six eight")
    [('gap', '...'), ('same', 'four five six'), ('removed', 'seven'), ('added', 'eight')]
    """
    source_spans, quote_spans = word_spans(passage), word_spans(quote)
    opcodes = SequenceMatcher(
        None,
        [passage[s:e].strip(_MARKS) for s, e in source_spans],
        [quote[s:e].strip(_MARKS) for s, e in quote_spans],
        autojunk=False,
    ).get_opcodes()
    if all(tag == "equal" for tag, *_ in opcodes):
        return [("removed", passage), ("added", quote)]

    def run(text: str, spans: list[tuple[int, int]], first: int, stop: int) -> str:
        return text[spans[first][0] : spans[stop - 1][1]]

    parts: list[DiffPart] = []
    for index, (tag, a0, a1, b0, b1) in enumerate(opcodes):
        if tag != "equal":
            if a1 > a0:
                parts.append(("removed", run(passage, source_spans, a0, a1)))
            if b1 > b0:
                parts.append(("added", run(quote, quote_spans, b0, b1)))
            continue
        head = 0 if index == 0 else _CONTEXT
        tail = 0 if index == len(opcodes) - 1 else _CONTEXT
        if a1 - a0 <= head + tail + 1:
            parts.append(("same", run(passage, source_spans, a0, a1)))
            continue
        if head:
            parts.append(("same", run(passage, source_spans, a0, a0 + head)))
        parts.append(("gap", "..."))
        if tail:
            parts.append(("same", run(passage, source_spans, a1 - tail, a1)))
    return parts


def _trim_marks(source: SourceText, start: int, end: int, quote: str) -> tuple[int, int]:
    """Normalised offsets of words ``start``..``end - 1``, without the punctuation at their
    outer ends that the quote does not have (an opening mark, a closing mark and full stop)."""
    begin, stop = source.word_starts[start], source.word_ends[end - 1]
    spans = word_spans(quote)
    quote_lead, _ = _edges(quote[spans[0][0] : spans[0][1]])
    _, quote_trail = _edges(quote[spans[-1][0] : spans[-1][1]])
    source_lead, _ = _edges(source.passage(start, start + 1))
    _, source_trail = _edges(source.passage(end - 1, end))
    if source_lead.endswith(quote_lead):
        begin += len(source_lead) - len(quote_lead)
    if source_trail.startswith(quote_trail):
        stop -= len(source_trail) - len(quote_trail)
    return begin, max(stop, begin + 1)


def _edges(word: str) -> tuple[str, str]:
    """The punctuation before and after the letters and digits of a word."""
    match = _EDGES.fullmatch(word)
    if match is None or not match.group(2):
        return "", ""
    return match.group(1), match.group(3)


def _candidate_starts(quote_keys: Sequence[str], keys: Sequence[str]) -> list[int]:
    """Starts of the windows sharing most words with the quote, at least half a quote apart."""
    need = Counter(quote_keys)
    width = min(len(quote_keys), len(keys))
    have: Counter[str] = Counter()
    overlap = 0
    scores: list[tuple[int, int]] = []
    for index, key in enumerate(keys):
        if key in need:
            have[key] += 1
            if have[key] <= need[key]:
                overlap += 1
        if index >= width:
            gone = keys[index - width]
            if gone in need:
                have[gone] -= 1
                if have[gone] < need[gone]:
                    overlap -= 1
        if index >= width - 1:
            scores.append((overlap, index - width + 1))
    scores.sort(key=lambda item: (-item[0], item[1]))
    spacing = max(1, len(quote_keys) // 2)
    chosen: list[int] = []
    for score, start in scores:
        if score == 0 or len(chosen) == _CANDIDATES:
            break
        if all(abs(start - other) >= spacing for other in chosen):
            chosen.append(start)
    return chosen


def _refine(
    matcher: SequenceMatcher[str], keys: Sequence[str], start: int, end: int, reach: int
) -> tuple[float, int, int]:
    """Move the window's edges a few words while that raises its score.

    The score counts the window's words that line up with the quote, less a fraction of those
    that do not: a matching word is worth taking in across a gap of up to two other words.
    """

    def score(first: int, stop: int) -> float:
        matcher.set_seq1(keys[first:stop])
        matched = sum(block.size for block in matcher.get_matching_blocks())
        return matched - _GAP_COST * (stop - first - matched)

    best, start, end = score(start, end), start, end
    for _ in range(2):
        for first in range(max(0, start - reach), min(end - 1, start + reach) + 1):
            if (value := score(first, end)) > best:
                best, start = value, first
        for stop in range(max(start + 1, end - reach), min(len(keys), end + reach) + 1):
            if (value := score(start, stop)) > best:
                best, end = value, stop
    return best, start, end


def _align(
    matcher: SequenceMatcher[str], keys: Sequence[str], start: int, end: int, length: int
) -> tuple[int, int]:
    """Stretch or trim the passage so that its unmatched ends line up with the quote's."""
    matcher.set_seq1(keys[start:end])
    blocks = [block for block in matcher.get_matching_blocks() if block.size]
    if not blocks:
        return start, end
    first, last = blocks[0], blocks[-1]
    new_start = max(0, start + first.a - first.b)
    matched_end = start + last.a + last.size
    new_end = min(len(keys), matched_end + length - last.b - last.size)
    return new_start, max(new_end, new_start + 1)
