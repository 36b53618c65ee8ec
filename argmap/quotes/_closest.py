"""Find the passage of a source most like a quote that is not in it, and show the difference.

The search works on words, in three steps that keep it near-linear in the length of the source:

1. slide a window of the quote's word count over the source and count, in one pass, how many of
   the quote's words (case-folded, punctuation dropped) each window holds;
2. for the few best, well-separated windows, move each edge a few words either way while that
   raises :class:`difflib.SequenceMatcher`'s similarity of the word lists;
3. line the best passage up with the quote, so a quote whose first or last word was changed is
   shown against the source's word in that place, and render a word-level difference.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from difflib import SequenceMatcher

from argmap.quotes.report import ClosestPassage, Span
from argmap.quotes.source_text import SourceText, word_key, word_spans

__all__ = ["closest_passage", "word_diff"]

_CANDIDATES = 5  # windows refined with SequenceMatcher
_CONTEXT = 3  # equal words kept on each side of a difference
_MARKS = "'\""  # normalised quotation marks


def closest_passage(quote: str, source: SourceText) -> ClosestPassage | None:
    """The passage of ``source`` most like the quote, with the word-level difference.

    Args:
        quote: the normalised quote.
        source: the prepared source text.

    Returns:
        The closest passage, or None when the source shares no word with the quote.

    >>> source = SourceText.from_text("In May, Labour lost the election badly.")
    >>> passage = closest_passage("Labour won the election", source)
    >>> passage.text, passage.diff
    ('Labour lost the election', 'Labour [-lost-] {+won+} the election')
    """
    quote_keys = [word_key(quote[start:end]) for start, end in word_spans(quote)]
    keys = source.keys
    if not quote_keys or not set(quote_keys).intersection(keys):
        return None
    matcher = SequenceMatcher(None, autojunk=False)
    matcher.set_seq2(quote_keys)
    reach = 2 + len(quote_keys) // 10
    best = (-1.0, 0, 0)
    for start in _candidate_starts(quote_keys, keys):
        end = min(start + len(quote_keys), len(keys))
        refined = _refine(matcher, keys, start, end, reach)
        if refined[0] > best[0]:
            best = refined
    _, start, end = best
    start, end = _align(matcher, keys, start, end, len(quote_keys))
    matcher.set_seq1(keys[start:end])
    begin, stop = _trim_marks(source, start, end, quote)
    first, last = source.normalised.original_span(begin, stop)
    return ClosestPassage(
        span=Span(start=first, end=last, paragraph=source.paragraph_at(first)),
        text=source.original[first:last],
        similarity=round(matcher.ratio(), 3),
        diff=word_diff(source.normalised.text[begin:stop], quote),
    )


def _trim_marks(source: SourceText, start: int, end: int, quote: str) -> tuple[int, int]:
    """Normalised offsets of words ``start``..``end - 1``, without the punctuation at their
    outer ends that the quote does not have (an opening mark, a closing mark and comma)."""
    begin, stop = source.word_starts[start], source.word_ends[end - 1]
    spans = word_spans(quote)
    first_quoted = quote[spans[0][0] : spans[0][1]]
    last_quoted = quote[spans[-1][0] : spans[-1][1]]
    first_word = source.passage(start, start + 1)
    last_word = source.passage(end - 1, end)
    extra = len(first_word) - len(first_quoted)
    if extra > 0 and first_word.endswith(first_quoted) and _is_punctuation(first_word[:extra]):
        begin += extra
    extra = len(last_word) - len(last_quoted)
    if extra > 0 and last_word.startswith(last_quoted) and _is_punctuation(last_word[-extra:]):
        stop -= extra
    return begin, max(stop, begin + 1)


def _is_punctuation(text: str) -> bool:
    return not any(char.isalnum() for char in text)


def word_diff(passage: str, quote: str) -> str:
    """Render the word-level difference from a passage of the source to the quote.

    Words only in the source show as ``[-...-]``, words only in the quote as ``{+...+}``; runs
    of more than a few equal words are shortened to ``...``. Quotation marks at the ends of a
    word are set aside when comparing words; when they (or dashes) are the only difference, the
    whole passage and quote are shown.

    Args:
        passage: the passage of the source, normalised.
        quote: the quote, normalised.

    Returns:
        One line of text.

    >>> word_diff("a b c d e f g h", "a b c d X f g h")
    '... b c d [-e-] {+X+} f g h'
    >>> word_diff("catch-up", "catch up")
    '[-catch-up-] {+catch up+}'
    """
    source_spans, quote_spans = word_spans(passage), word_spans(quote)
    opcodes = SequenceMatcher(
        None,
        [passage[s:e].strip(_MARKS) for s, e in source_spans],
        [quote[s:e].strip(_MARKS) for s, e in quote_spans],
        autojunk=False,
    ).get_opcodes()
    if all(tag == "equal" for tag, *_ in opcodes):
        return f"[-{passage}-] {{+{quote}+}}"

    def run(text: str, spans: list[tuple[int, int]], first: int, stop: int) -> str:
        return text[spans[first][0] : spans[stop - 1][1]]

    parts: list[str] = []
    for index, (tag, a0, a1, b0, b1) in enumerate(opcodes):
        if tag != "equal":
            if a1 > a0:
                parts.append("[-" + run(passage, source_spans, a0, a1) + "-]")
            if b1 > b0:
                parts.append("{+" + run(quote, quote_spans, b0, b1) + "+}")
            continue
        head = 0 if index == 0 else _CONTEXT
        tail = 0 if index == len(opcodes) - 1 else _CONTEXT
        if a1 - a0 <= head + tail + 1:
            parts.append(run(passage, source_spans, a0, a1))
            continue
        if head:
            parts.append(run(passage, source_spans, a0, a0 + head))
        parts.append("...")
        if tail:
            parts.append(run(passage, source_spans, a1 - tail, a1))
    return " ".join(parts)


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
    """Move the window's edges a few words while that raises the similarity to the quote."""

    def score(first: int, stop: int) -> float:
        matcher.set_seq1(keys[first:stop])
        return matcher.ratio()

    best, start, end = score(start, end), start, end
    for _ in range(2):
        for first in range(max(0, start - reach), min(end - 1, start + reach) + 1):
            if (ratio := score(first, end)) > best:
                best, start = ratio, first
        for stop in range(max(start + 1, end - reach), min(len(keys), end + reach) + 1):
            if (ratio := score(start, stop)) > best:
                best, end = ratio, stop
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
