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
from typing import NamedTuple

from argmap.diagram._emit import quote_texts, quoted_insides
from argmap.diagram.labels import (
    _BR,
    LabelMemo,
    _attribution_lines,
    _line_key,
    _style,
    attribution_line,
    claim_texts,
    paraphrased,
    quoted_words,
    wrap,
)
from argmap.diagram.quoting import all_printable, clean_all, escape_clean_html_all
from argmap.diagram.themes import Theme
from argmap.model import ArgumentMap, Attribution, Claim, Stance

__all__ = [
    "BoxSettings",
    "claim_statements_all",
    "claim_texts_all",
    "own_markup",
    "plain_statement",
    "text_lines",
    "texts_alone",
    "wrap_all",
]

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
    found = list(map(attributions.get, [claim.id for claim in claims]))
    singles, others = _singles_and_others(found)
    settings = BoxSettings(argument_map, detail, width, colours, memo)
    other_labels, other_tips = _other_texts(claims, found, own, others, settings)
    if not singles:
        return other_labels, other_tips
    pieces = _single_pieces(found, own, claims, singles, settings)
    single_labels, single_tips = _labels_of(pieces.labels), _tips_of(pieces)
    return (
        _placed(len(claims), (singles, single_labels), (others, other_labels)),
        _placed(len(claims), (singles, single_tips), (others, other_tips)),
    )


def claim_statements_all(
    argument_map: ArgumentMap,
    claims: list[Claim],
    attributions: Mapping[str, list[Attribution]],
    own: list[str],
    names: list[str],
    element_ids: list[str],
    *,
    detail: str,
    width: int,
    colours: Theme,
    memo: LabelMemo,
) -> list[str]:
    """Every claim's node statement as a plain box ([`plain_statement`][] of its DOT name,
    quoted id, and [`claim_texts_all`][]'s label and tooltip), most in bulk.

    A claim with one attribution has its statement written in one go from the pieces of its
    label and tooltip (no label or tooltip string made on the way).

    Args:
        names: the DOT name of each claim, quoted.
        element_ids: the ``id`` attribute of each claim, quoted.
        argument_map, claims, attributions, own, detail, width, colours, memo: as for
            [`claim_texts_all`][].

    >>> from argmap.diagram._sample import sample_map
    >>> from argmap.diagram.themes import theme
    >>> m, colours = sample_map(), theme("default")
    >>> by_claim, own = m.attributions_by_claim(), own_markup(m.claims, 20)
    >>> names = [f'"n_{c.id}"' for c in m.claims]
    >>> labels, tips = claim_texts_all(m, m.claims, by_claim, own,
    ...     detail="speakers", width=20, colours=colours, memo=LabelMemo())
    >>> claim_statements_all(m, m.claims, by_claim, own, names, names, detail="speakers",
    ...     width=20, colours=colours, memo=LabelMemo()) == list(
    ...     map(plain_statement, names, names, labels, tips))
    True
    """
    found = list(map(attributions.get, [claim.id for claim in claims]))
    singles, others = _singles_and_others(found)
    settings = BoxSettings(argument_map, detail, width, colours, memo)
    other_labels, other_tips = _other_texts(claims, found, own, others, settings)
    other_statements = list(
        map(
            plain_statement,
            [names[number] for number in others],
            [element_ids[number] for number in others],
            other_labels,
            other_tips,
        )
    )
    if not singles:
        return other_statements
    pieces = _single_pieces(found, own, claims, singles, settings)
    single_statements = _single_statements(
        [names[number] for number in singles],
        [element_ids[number] for number in singles],
        pieces,
    )
    if not others:  # every claim has one attribution
        return single_statements
    return _placed(len(claims), (singles, single_statements), (others, other_statements))


def plain_statement(name: str, element_id: str, label: str, tip: str) -> str:
    """The node statement of a claim with the look of a plain box: its DOT ``name``, quoted
    ``element_id``, ``label`` markup (without ``<`` ``>``) and quoted tooltip ``tip``.

    >>> plain_statement("c", "c", "Text", '"Text"')
    '\\tc [id=c label=<Text> tooltip="Text"]\\n'
    """
    return f"\t{name} [id={element_id} label=<{label}> tooltip={tip}]\n"


class BoxSettings(NamedTuple):
    """What every claim box of one diagram is made with."""

    argument_map: ArgumentMap
    detail: str
    width: int
    colours: Theme
    memo: LabelMemo


class _Pieces(NamedTuple):
    """The pieces of the labels and quoted tooltips of claims with one attribution each, a
    list per piece (one item per claim)."""

    labels: list[list[str]]
    """The pieces that, joined, make each label: own markup, then (unless only claims are
    shown) the attribution line's markup, then (with quotes) the words'."""
    texts: list[str]
    """The inside of each claim's quoted text (`_emit.quoted_insides`)."""
    lines: list[str]
    """The inside of each quoted attribution line."""
    said: list[str | None]
    """The words said (quoted words or paraphrase), or None."""
    words: list[str]
    """The inside of the words said, quoted (``""`` for None)."""


def _singles_and_others(found: list[list[Attribution] | None]) -> tuple[list[int], list[int]]:
    """The positions of the claims with exactly one attribution, and of the others."""
    singles = [number for number, these in enumerate(found) if these and len(these) == 1]
    if len(singles) == len(found):
        return singles, []
    return singles, [number for number, these in enumerate(found) if not these or len(these) > 1]


def _placed(count: int, *columns: tuple[list[int], list[str]]) -> list[str]:
    """``count`` items, each column's items put at its positions (together, every position)."""
    placed = [""] * count
    for numbers, items in columns:
        for number, item in zip(numbers, items, strict=True):
            placed[number] = item
    return placed


def _other_texts(
    claims: list[Claim],
    found: list[list[Attribution] | None],
    own: list[str],
    numbers: list[int],
    settings: BoxSettings,
) -> tuple[list[str], list[str]]:
    """The labels and quoted tooltips of the claims at ``numbers``, which have no attribution
    (their own markup and text) or several (`labels.claim_texts`)."""
    labels, tips = [own[number] for number in numbers], [claims[n].text for n in numbers]
    for place, number in enumerate(numbers):
        these = found[number]
        if these:
            labels[place], tips[place] = texts_alone(settings, claims[number], these, own[number])
    return labels, quote_texts(tips, tooltip=True)


def texts_alone(
    settings: BoxSettings,
    claim: Claim,
    attributions: list[Attribution],
    own: str,
    status_line: str | None = None,
) -> tuple[str, str]:
    """One claim's label and tooltip (not quoted) through `labels.claim_texts`, given its
    ``attributions`` (``[]`` for none) and ``own`` markup ([`own_markup`][])."""
    return claim_texts(
        settings.argument_map,
        claim,
        detail=settings.detail,
        width=settings.width,
        colours=settings.colours,
        status_line=status_line,
        attributions=attributions,
        memo=settings.memo,
        own=own,
    )


def _single_pieces(
    found: list[list[Attribution] | None],
    own: list[str],
    claims: list[Claim],
    numbers: list[int],
    settings: BoxSettings,
) -> _Pieces:
    """The pieces of the labels and tooltips of the claims at ``numbers``, which have one
    attribution each: see [`claim_texts_all`][]."""
    argument_map, detail, width, colours, memo = settings
    attributions = [found[number][0] for number in numbers]  # type: ignore[index]
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
    paraphrases = [paraphrased(p) if (p := a.paraphrase) else None for a in attributions]
    said = [q or p for q, p in zip(quoted, paraphrases, strict=True)]
    inside_lines = quoted_insides(list(line_of.values()), tooltip=True)
    line_insides = dict(zip(line_of, inside_lines, strict=True))
    texts, words = _tooltip_insides([claims[number].text for number in numbers], said)
    labels = [[own[number] for number in numbers]]
    if detail != "claims":
        labels.append(list(map(markup_of.__getitem__, keys)))
    if detail == "quotes":
        labels.append(_styled_all(quoted, width, italic=True))
        labels.append(_styled_all(paraphrases, width, italic=False))
    return _Pieces(labels, texts, list(map(line_insides.__getitem__, keys)), said, words)


def _labels_of(columns: list[list[str]]) -> list[str]:
    """Each label joined from its pieces, a column each."""
    if len(columns) == 1:
        return columns[0]
    if len(columns) == 2:
        return list(map(str.__add__, *columns))
    return ["".join(pieces) for pieces in zip(*columns, strict=True)]


def _tips_of(pieces: _Pieces) -> list[str]:
    """Each quoted tooltip joined from its pieces."""
    return [
        f'"{text}\\n{line}: {inside}"' if words else f'"{text}\\n{line}"'
        for text, line, words, inside in zip(
            pieces.texts, pieces.lines, pieces.said, pieces.words, strict=True
        )
    ]


def _single_statements(names: list[str], element_ids: list[str], pieces: _Pieces) -> list[str]:
    """The node statements (see [`plain_statement`][]) of claims with one attribution each,
    each written in one go from its name, id and ``pieces``."""
    columns = pieces.labels
    own, markup = columns if len(columns) == 2 else (_labels_of(columns), [""] * len(names))
    return [
        f'\t{name} [id={element_id} label=<{a}{b}> tooltip="{text}\\n{line}: {inside}"]\n'
        if words
        else f'\t{name} [id={element_id} label=<{a}{b}> tooltip="{text}\\n{line}"]\n'
        for name, element_id, a, b, text, line, words, inside in zip(
            names,
            element_ids,
            own,
            markup,
            pieces.texts,
            pieces.lines,
            pieces.said,
            pieces.words,
            strict=True,
        )
    ]


def _tooltip_insides(texts: list[str], said: list[str | None]) -> tuple[list[str], list[str]]:
    """The insides of the quoted texts and words of tooltips: see [`quoted_tooltips`][]."""
    if "\r" in "".join(texts):  # rare: a text with a carriage return
        texts = [text[:-1] if text.endswith("\r") else text for text in texts]
    return quoted_insides(texts, tooltip=True), quoted_insides(
        [words or "" for words in said], tooltip=True
    )


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
    text_insides, word_insides = _tooltip_insides(texts, said)
    return _tips_of(_Pieces([], text_insides, line_insides, said, word_insides))


def _styled_all(texts: list[str | None], width: int, *, italic: bool) -> list[str]:
    """The small-type markup of each text (``""`` for None), all in one pass."""
    present = [text for text in texts if text]
    markups = iter(text_lines(present, width, italic=italic, small=True))
    return [next(markups) if text else "" for text in texts]
