"""Claim boxes a column at a time: the diagram's bulk path for labels and tooltips.

[`labels`][argmap.diagram.labels] makes one claim's box; the functions here make the boxes of
many claims at once with the same bytes (wrapping and escaping all texts in one pass, an
attribution line once per key), and are property-tested against it
(``tests/test_diagram_batch.py``).

>>> from argmap.diagram.labels import wrap
>>> texts = ["one two three", "four"]
>>> wrap_all(texts, 8) == ["\\n".join(wrap(text, 8)) for text in texts]
True
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from argmap.diagram._emit import quote_texts, quoted_insides
from argmap.diagram.labels import (
    _BR,
    LabelMemo,
    _attribution_lines,
    _line_key,
    _style,
    attribution_line,
    claim_texts,
    quoted_words,
    wrap,
)
from argmap.diagram.quoting import all_printable, clean_all, escape_clean_html_all
from argmap.diagram.themes import Theme
from argmap.model import ArgumentMap, Attribution, Claim, Stance

__all__ = ["claim_texts_all", "own_markup", "text_lines", "wrap_all"]

_LINES: dict[int, re.Pattern[str]] = {}


def _gapped(joined: str) -> bool:
    """Whether collapsing white space changes printable texts joined by newlines inside: a
    double space, or a space at a text's start or end (but the first's start, the last's end)."""
    return "  " in joined or " \n" in joined or "\n " in joined


def wrap_all(texts: list[str], width: int) -> list[str]:
    """``["\\n".join(wrap(text, width)) for text in texts]``, most of them wrapped in one pass.

    Texts of printable characters (almost all) have their white space collapsed and are
    joined by newlines; one regular expression (in C) then finds every greedy line of
    `labels._fill` and every text's end. A word longer than ``width`` would be cut into lines
    the pattern does not find whole: then fewer characters come out than went in, and the
    texts that have one go through `labels.wrap`, as do the others.

    >>> texts = ["one two three four", "", "a verylongword", "tab\\tthere and back"]
    >>> wrap_all(texts, 8) == ["\\n".join(wrap(text, 8)) for text in texts]
    True
    """
    if not texts:
        return []
    lines = _LINES.get(width)
    if lines is None:
        lines = _LINES[width] = re.compile(rf"\S.{{0,{width - 1}}}(?= |$)|\n", re.MULTILINE)
    # A printable text holds no newline, and no white space but the ASCII space; collapsed,
    # its only white space is single spaces. Most texts are so already (checked at once).
    joined = "\n".join(texts) if all_printable(texts) else None
    if joined is not None and " " not in (joined[:1], joined[-1:]) and not _gapped(joined):
        collapsed = list(texts)
    else:
        collapsed = [" ".join(text.split()) if text.isprintable() else "" for text in texts]
        joined = None
    others = (
        [number for number, text in enumerate(collapsed) if not text] if "" in collapsed else []
    )
    for number in others:
        collapsed[number] = "x"  # a stand-in, so that no text is empty
    if joined is None or others:
        joined = "\n".join(collapsed)
    # The lines of one text are joined by a newline where a space parted them; the newline
    # between two texts is found as a line of its own, and so becomes three.
    broken = "\n".join(lines.findall(joined))
    if len(broken) != len(joined) + 2 * (len(texts) - 1):  # a long word was cut
        long_word = re.compile(rf"\S{{{width + 1}}}").search
        stand_ins = set(others)
        others = [n for n, text in enumerate(collapsed) if n in stand_ins or long_word(text)]
        for number in others:
            collapsed[number] = "x"
        broken = "\n".join(lines.findall("\n".join(collapsed)))
    wrapped = broken.split("\n\n\n")
    for number in others:
        wrapped[number] = "\n".join(wrap(texts[number], width))
    return wrapped


def text_lines(
    texts: list[str], width: int, *, italic: bool = False, small: bool = False
) -> list[str]:
    """The markup of many texts: ``[_lines(text, width, ...) for text in texts]``, wrapped and
    escaped in one pass.

    >>> texts = ["a < b", "one two three", "“quoted”"]
    >>> from argmap.diagram.labels import _lines
    >>> text_lines(texts, 8) == [_lines(text, 8) for text in texts]
    True
    >>> text_lines(texts, 8, italic=True, small=True) == [
    ...     _lines(text, 8, italic=True, small=True) for text in texts]
    True
    """
    wrapped = wrap_all(texts, width)
    if not (italic or small):
        return escape_clean_html_all(wrapped, line_break=_BR, end=_BR)
    opening, closing = _style(italic=italic, small=small)
    escaped = escape_clean_html_all(wrapped, line_break=closing + _BR + opening)
    empty = opening + closing  # a blank line's, dropped as in `_lines`
    return [(opening + markup + closing).replace(empty, "") + _BR for markup in escaped]


def own_markup(claims: list[Claim], width: int) -> list[str]:
    """The markup of each claim's title (if any) and text, the start of its label; all
    escaped in one pass (see `labels.claim_texts`'s ``own``).

    >>> from argmap.diagram._sample import sample_map
    >>> from argmap.diagram.themes import theme
    >>> claims = sample_map().claims
    >>> from argmap.diagram.labels import _own
    >>> own_markup(claims, 20) == [_own(claim, 20) for claim in claims]
    True
    """
    lines = text_lines([claim.text for claim in claims], width)
    titled = [number for number, claim in enumerate(claims) if claim.title]
    titles = escape_clean_html_all(clean_all([claims[number].title or "" for number in titled]))
    for number, title in zip(titled, titles, strict=True):
        lines[number] = f"<B>{title}</B>{_BR}{lines[number]}"
    return lines


def claim_texts_all(
    argument_map: ArgumentMap,
    claims: list[Claim],
    attributions: Mapping[str, list[Attribution]],
    own: list[str],
    *,
    detail: str,
    width: int,
    colours: Theme,
    memo: LabelMemo,
) -> tuple[list[str], list[str]]:
    """Every claim's label (without a status line) and its tooltip quoted as a DOT string:
    `labels.claim_texts` of each, the tooltip through `_emit.quote_text`, most in bulk.

    A claim with one attribution (most claims that have any) has no remark to look for, and
    its label and tooltip are its own markup and text followed by what that attribution adds.
    Those are built a column at a time: the attribution lines and their markup once per line
    key (speaker, source, stance, cue: `LabelMemo`'s), the quoted words of all of them
    wrapped and escaped in one pass ([`text_lines`][]), then one join per claim; their
    tooltips are joined from pieces escaped and quoted in bulk ([`quoted_tooltips`][]). A
    claim with no attribution keeps its own markup and text; one with several goes through
    `labels.claim_texts`.

    Args:
        attributions: claim id -> the claim's attributions, for the claims that have any
            (``ArgumentMap.attributions_by_claim``).
        own: the markup of each claim's title and text ([`own_markup`][]).
        argument_map, detail, width, colours, memo: as for `labels.claim_texts`.

    Returns:
        The labels and the quoted tooltips, in the order of ``claims``.

    >>> from argmap.diagram._sample import sample_map
    >>> from argmap.diagram._emit import quote_text
    >>> from argmap.diagram.themes import theme
    >>> m, colours = sample_map(), theme("default")
    >>> by_claim = m.attributions_by_claim()
    >>> labels, tips = claim_texts_all(m, m.claims, by_claim, own_markup(m.claims, 20),
    ...     detail="quotes", width=20, colours=colours, memo=LabelMemo())
    >>> each = [claim_texts(m, c, detail="quotes", width=20, colours=colours) for c in m.claims]
    >>> labels == [label for label, _ in each]
    True
    >>> tips == [quote_text(tip, tooltip=True) for _, tip in each]
    True
    """
    labels, tips = list(own), [claim.text for claim in claims]
    found = list(map(attributions.get, [claim.id for claim in claims]))
    singles = [number for number, these in enumerate(found) if these and len(these) == 1]
    for number, these in enumerate(found):
        if these and len(these) > 1:
            labels[number], tips[number] = claim_texts(
                argument_map,
                claims[number],
                detail=detail,
                width=width,
                colours=colours,
                attributions=these,
                memo=memo,
                own=own[number],
            )
    if not singles:
        return labels, quote_texts(tips, tooltip=True)
    chosen = [found[number][0] for number in singles]  # type: ignore[index]
    single_labels, single_tips = _single_texts(
        argument_map,
        chosen,
        [labels[number] for number in singles],
        [tips[number] for number in singles],
        detail=detail,
        width=width,
        colours=colours,
        memo=memo,
    )
    if len(singles) == len(claims):  # every claim has one attribution
        return single_labels, single_tips
    others = [number for number, these in enumerate(found) if not these or len(these) > 1]
    other_tips = quote_texts([tips[number] for number in others], tooltip=True)
    for number, tip in zip(others, other_tips, strict=True):
        tips[number] = tip
    for number, label, tip in zip(singles, single_labels, single_tips, strict=True):
        labels[number], tips[number] = label, tip
    return labels, tips


def _single_texts(
    argument_map: ArgumentMap,
    attributions: list[Attribution],
    own: list[str],
    texts: list[str],
    *,
    detail: str,
    width: int,
    colours: Theme,
    memo: LabelMemo,
) -> tuple[list[str], list[str]]:
    """The labels and quoted tooltips of claims with one attribution each (``attributions``),
    their own markup ``own`` and texts ``texts``: see [`claim_texts_all`][]."""
    keys = list(map(_line_key, attributions))
    line_of: dict[tuple[str, str, Stance, str | None], str] = {}
    markup_of: dict[tuple[str, str, Stance, str | None], str] = {}
    for key, attribution in dict(zip(keys, attributions, strict=True)).items():  # one per key
        line = memo.lines.get(key) or memo.lines.setdefault(
            key, attribution_line(argument_map, attribution)
        )
        line_of[key] = line
        if detail != "claims":
            marked = (line, attribution.stance)
            markup_of[key] = memo.markup.get(marked) or memo.markup.setdefault(
                marked, _attribution_lines(attribution.stance, line, width, colours)
            )
    quoted = list(map(quoted_words, attributions))
    paraphrases = [attribution.paraphrase for attribution in attributions]
    said = [
        q or (f"paraphrase: {p}" if p else None) for q, p in zip(quoted, paraphrases, strict=True)
    ]
    inside_lines = quoted_insides(list(line_of.values()), tooltip=True)
    line_insides = dict(zip(line_of, inside_lines, strict=True))
    tips = quoted_tooltips(texts, list(map(line_insides.__getitem__, keys)), said)
    if detail == "claims":
        return own, tips
    labels = list(map(str.__add__, own, map(markup_of.__getitem__, keys)))
    if detail == "quotes":
        italic = _styled_all(quoted, width, italic=True)
        plain = _styled_all(
            [f"paraphrase: {p}" if p else None for p in paraphrases], width, italic=False
        )
        labels = [f"{a}{b}{c}" for a, b, c in zip(labels, italic, plain, strict=True)]
    return labels, tips


def quoted_tooltips(texts: list[str], line_insides: list[str], said: list[str | None]) -> list[str]:
    r"""The quoted tooltip of each claim with one attribution, from its text, the inside
    ([`_emit.quoted_insides`][argmap.diagram._emit.quoted_insides]) of its attribution line
    and the words said (or None): ``quote_text(f"{text}\n{line}: {said}", tooltip=True)``.

    The texts and the words are escaped a column at a time and joined inside the quotation
    marks (a tooltip of two lines is never a bare DOT ID). Cleaning a whole tooltip turns
    a text's final ``\r`` and the line end after it into one line end: that ``\r`` is left
    out of the text first.

    >>> from argmap.diagram._emit import quote_text
    >>> quoted_tooltips(['a "b"', "c\r"], ["x", "y"], ["“q”", None]) == [
    ...     quote_text('a "b"\nx: “q”', tooltip=True), quote_text("c\r\ny", tooltip=True)]
    True
    """
    if "\r" in "".join(texts):  # rare: a text with a carriage return
        texts = [text[:-1] if text.endswith("\r") else text for text in texts]
    text_insides = quoted_insides(texts, tooltip=True)
    word_insides = quoted_insides([words or "" for words in said], tooltip=True)
    return [
        f'"{text}\\n{line}: {inside}"' if words else f'"{text}\\n{line}"'
        for text, line, words, inside in zip(
            text_insides, line_insides, said, word_insides, strict=True
        )
    ]


def _styled_all(texts: list[str | None], width: int, *, italic: bool) -> list[str]:
    """The small-type markup of each text (``""`` for None), all in one pass."""
    present = [text for text in texts if text]
    markups = iter(text_lines(present, width, italic=italic, small=True))
    return [next(markups) if text else "" for text in texts]
