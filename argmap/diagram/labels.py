"""The text of claim boxes (HTML-like labels) and of their tooltips.

>>> from argmap.model import ArgumentMap
>>> m = ArgumentMap()
>>> c = m.claim("Immigration came up on the doorstep", id="c")
>>> _ = m.attribute(c, m.actor("Ed Balls"), m.source("Rearguard", outlet="Financial Times"),
...                 quote="It came up", id="a")
>>> attribution_line(m, m.get("a"))
'✓ asserted by Ed Balls, Financial Times'
>>> print(tooltip(m, c))
Immigration came up on the doorstep
✓ asserted by Ed Balls, Financial Times: “It came up”
"""

from __future__ import annotations

import re
from operator import attrgetter
from typing import TYPE_CHECKING, TypeAlias

from argmap.diagram.quoting import (
    clean,
    escape_clean_html,
    escape_html,
)
from argmap.diagram.styles import STANCE_STYLES
from argmap.diagram.themes import Theme
from argmap.model import ArgumentMap, Attribution, Claim, Mode, Source, Stance

if TYPE_CHECKING:  # the analysis package is imported only for a claim with a remark
    from argmap.analysis.remarks import Remark

__all__ = [
    "STATUS_MARKS",
    "LabelMemo",
    "attribution_line",
    "claim_label",
    "claim_texts",
    "paraphrased",
    "quoted_words",
    "shown_attributions",
    "status_markup",
    "tooltip",
    "wrap",
]

_BR = '<BR ALIGN="LEFT"/>'
STATUS_MARKS = {
    "in": "✓ in (accepted)",
    "out": "✗ out (rejected)",
    "undec": "? undecided",
    "defensible": "◐ defensible (in some extensions)",
}
"""The words shown in a claim box for each evaluation status."""


def wrap(text: str, width: int) -> list[str]:
    """Break ``text`` into lines of at most ``width`` characters, keeping its own line breaks.

    >>> wrap("one two three\\nfour", 8)
    ['one two', 'three', 'four']
    >>> wrap("a verylongword", 4)
    ['a', 'very', 'long', 'word']
    """
    lines: list[str] = []
    for paragraph in clean(text).split("\n"):
        if len(paragraph) <= width:  # fits whole: the common case, without the word loop
            lines.append(" ".join(paragraph.split()))
            continue
        words = paragraph.split()
        if words and max(map(len, words)) <= width:  # no word to cut: fill lines word by word
            lines.extend(_fill(words, width))
            continue
        line = ""
        for word in paragraph.split():
            while len(word) > width:  # a word longer than a line is cut
                if line:
                    lines.append(line)
                    line = ""
                lines.append(word[:width])
                word = word[width:]
            if not line:
                line = word
            elif len(line) + 1 + len(word) <= width:
                line += " " + word
            else:
                lines.append(line)
                line = word
        lines.append(line)
    return lines


_FILLS: dict[int, re.Pattern[str]] = {}


def _fill(words: list[str], width: int) -> list[str]:
    """Greedy lines of at most ``width`` characters of ``words``, none longer than ``width``.

    One regular expression (in C) takes, from each word on, the longest run of whole words
    that fits: the same lines as filling word by word.

    >>> _fill(["one", "two", "three", "four"], 9)
    ['one two', 'three', 'four']
    """
    pattern = _FILLS.get(width)
    if pattern is None:
        pattern = _FILLS[width] = re.compile(rf"\S.{{0,{width - 1}}}(?= |$)")
    return pattern.findall(" ".join(words))


def _where(source: Source) -> str:
    return source.outlet or source.title


def attribution_line(
    argument_map: ArgumentMap, attribution: Attribution, *, remark: Remark | None = None
) -> str:
    """Say how, by whom and where a claim was put forward: the one attribution label.

    The stance's mark and word come first, so a denial can never read as support; then the
    speaker, the outlet (left out when the speaker is the outlet itself) and the reporting
    verb (left out when it only repeats the stance).

    >>> from argmap.diagram._sample import sample_map
    >>> m = sample_map()
    >>> attribution_line(m, m.get("q4"))
    "✗ denied by Drivers' Club, Radio 4 & More"
    >>> attribution_line(m, m.get("q6"))
    '~ conceded by Prof. Lee, City Herald · admitted'

    Given the ``remark`` that several sources report (see [`shown_attributions`][]), the
    line names the setting and every outlet instead: ``"✓ asserted by Karl Bitar, on Channel
    Nine; reported by ABC and the SMH"``.
    """
    style = STANCE_STYLES[attribution.stance]
    actor = argument_map.get(attribution.actor)
    name = str(getattr(actor, "name", actor.id))
    where = _where(argument_map.get(attribution.source, Source))
    line = f"{style.mark} {style.participle} by {name}"
    if remark is not None:
        from argmap.analysis.remarks import remark_where

        where = remark_where(argument_map, remark)
        line += where if where.startswith(";") else f", {where}"
    elif where.casefold() != name.casefold():
        line += f", {where}"
    cue = attribution.cue
    if cue and cue.casefold() not in {style.participle, attribution.stance.value}:
        line += f" · {cue}"
    return line


def _words(attribution: Attribution) -> tuple[str | None, str | None]:
    """Return the quoted words (with quotation marks) and the paraphrase of an attribution."""
    return quoted_words(attribution), attribution.paraphrase


_DIRECT = Mode.DIRECT
"""Read once: an enum member looked up on its class costs a Python call in 3.11 (about 900
instructions), and `quoted_words` is asked once per claim of a diagram."""


def quoted_words(attribution: Attribution) -> str | None:
    """The words an attribution quotes, in quotation marks (fragments joined by `` … ``)."""
    if attribution.mode is _DIRECT and attribution.quote:
        return f"“{attribution.quote}”"
    if attribution.fragments:
        return " … ".join([f"“{fragment}”" for fragment in attribution.fragments])
    return None


def _style(*, italic: bool, small: bool) -> tuple[str, str]:
    """The opening and closing tags of a styled line (small type, italics)."""
    opening = ('<FONT POINT-SIZE="10">' if small else "") + ("<I>" if italic else "")
    closing = ("</I>" if italic else "") + ("</FONT>" if small else "")
    return opening, closing


def _lines(text: str, width: int, *, italic: bool = False, small: bool = False) -> str:
    """``text`` wrapped to ``width``, each line escaped, styled and ended with a left break."""
    # wrap has cleaned the text and split it at every line end: escape all lines in one go.
    if not (italic or small):  # a claim's own text
        return escape_clean_html("\n".join(wrap(text, width)), line_break=_BR) + _BR
    opening, closing = _style(italic=italic, small=small)
    breaks = closing + _BR + opening
    markup = opening + escape_clean_html("\n".join(wrap(text, width)), line_break=breaks)
    # A blank line (a paragraph break in a quote) would be an empty <I></I>, which dot refuses:
    # it keeps its break alone. Escaped text holds no "<", so only a blank line gives this.
    return (markup + closing).replace(opening + closing, "") + _BR


def _own(claim: Claim, width: int) -> str:
    """The markup of a claim's title (if any) and text."""
    lines = _lines(claim.text, width)
    return f"<B>{escape_html(claim.title)}</B>{_BR}{lines}" if claim.title else lines


_Shown: TypeAlias = "list[tuple[Attribution, Remark | None, str]]"
"""Shown attributions with their attribution lines: (attribution, remark, line)."""


class LabelMemo:
    """What many claim boxes of one diagram share, worked out once: attribution lines (by
    speaker, source, stance and cue) and their markup (by line and stance).

    Good for one map, one width and one theme: make a new one for each diagram.
    """

    __slots__ = ("lines", "markup")

    def __init__(self) -> None:
        self.lines: dict[tuple[str, str, Stance, str | None], str] = {}
        self.markup: dict[tuple[str, Stance], str] = {}


def _with_lines(
    argument_map: ArgumentMap,
    shown: list[tuple[Attribution, Remark | None]],
    memo: LabelMemo | None = None,
) -> _Shown:
    if memo is None:
        return [(a, r, attribution_line(argument_map, a, remark=r)) for a, r in shown]
    found: _Shown = []
    for attribution, remark in shown:
        if remark is not None:  # rare, and its line depends on every report
            line = attribution_line(argument_map, attribution, remark=remark)
        else:
            key = _line_key(attribution)
            line = memo.lines.get(key) or memo.lines.setdefault(
                key, attribution_line(argument_map, attribution)
            )
        found.append((attribution, remark, line))
    return found


_line_key = attrgetter("actor", "source", "stance", "cue")
"""What an attribution line (without a remark) depends on: [`LabelMemo`][]'s key."""
_stance_of = attrgetter("stance")


def claim_label(
    argument_map: ArgumentMap,
    claim: Claim,
    *,
    detail: str,
    width: int,
    colours: Theme,
    status_line: str | None = None,
) -> str:
    """Return the HTML-like label of a claim box (without the enclosing ``<`` ``>``).

    Args:
        argument_map: the map holding the claim.
        claim: the claim.
        detail: ``claims``, ``speakers`` or ``quotes``.
        width: the line width in characters.
        colours: the theme, for the colour of each stance mark.
        status_line: an evaluation mark to show last, if any.

    Returns:
        The label markup; every user string in it went through [`escape_html`][].
    """
    shown = [] if detail == "claims" else shown_attributions(argument_map, claim)
    return _label(claim, _with_lines(argument_map, shown), detail, width, colours, status_line)


def claim_texts(
    argument_map: ArgumentMap,
    claim: Claim,
    *,
    detail: str,
    width: int,
    colours: Theme,
    status_line: str | None = None,
    attributions: list[Attribution] | None = None,
    memo: LabelMemo | None = None,
    own: str | None = None,
) -> tuple[str, str]:
    """Return a claim's label (as [`claim_label`][]) and tooltip (as [`tooltip`][]) at once.

    The diagram's fast path: the shown attributions, the remark grouping and each
    attribution line are worked out once for both.

    Args:
        attributions: the claim's attributions, when the caller has them already (``[]``
            for none); otherwise they are looked up.
        memo: a [`LabelMemo`][] shared by the claims of one diagram.
        own: the markup of the claim's title and text, when the caller has it (from
            `_label_columns.own_markup`).
        argument_map, claim, detail, width, colours, status_line: as for [`claim_label`][].

    >>> from argmap.diagram._sample import sample_map
    >>> from argmap.diagram.themes import theme
    >>> m, colours = sample_map(), theme("default")
    >>> claim = m.get("tram")
    >>> claim_texts(m, claim, detail="quotes", width=20, colours=colours) == (
    ...     claim_label(m, claim, detail="quotes", width=20, colours=colours), tooltip(m, claim))
    True
    """
    if attributions == []:
        shown: _Shown = []
    else:
        found = shown_attributions(argument_map, claim, attributions)
        shown = _with_lines(argument_map, found, memo)
    label = _label(claim, shown, detail, width, colours, status_line, memo, own)
    return label, _tooltip(claim, shown)


def _label(
    claim: Claim,
    shown: _Shown,
    detail: str,
    width: int,
    colours: Theme,
    status_line: str | None,
    memo: LabelMemo | None = None,
    own: str | None = None,
) -> str:
    if own is None:
        own = _own(claim, width)
    if not (status_line or (shown and detail != "claims")):
        return own  # the commonest box: its title and text alone
    parts = [own]
    if detail != "claims":
        for attribution, _, line in shown:
            if memo is None:
                parts.append(_attribution_lines(attribution.stance, line, width, colours))
            else:
                key = (line, attribution.stance)
                markup = memo.markup.get(key) or memo.markup.setdefault(
                    key, _attribution_lines(attribution.stance, line, width, colours)
                )
                parts.append(markup)
            if detail == "quotes":
                quoted, paraphrase = _words(attribution)
                if quoted:
                    parts.append(_lines(quoted, width, italic=True, small=True))
                if paraphrase:
                    parts.append(_lines(paraphrased(paraphrase), width, small=True))
    if status_line:
        parts.append(status_markup(status_line))
    return "".join(parts)


def status_markup(status_line: str) -> str:
    """The markup of an evaluation mark, the last part of a claim's label.

    >>> status_markup("? undecided")
    '<FONT POINT-SIZE="10"><B>? undecided</B></FONT><BR ALIGN="LEFT"/>'
    """
    return f'<FONT POINT-SIZE="10"><B>{escape_html(status_line)}</B></FONT>{_BR}'


def _attribution_lines(stance: Stance, line: str, width: int, colours: Theme) -> str:
    """The attribution label in small type, its stance mark and word bold in the stance colour."""
    style = STANCE_STYLES[stance]
    marked = escape_html(f"{style.mark} {style.participle}")
    coloured = f'<FONT COLOR="{colours.stance(stance)}"><B>{marked}</B></FONT>'
    markup = _lines(line, width, small=True)
    return markup.replace(marked, coloured, 1)


def tooltip(argument_map: ArgumentMap, claim: Claim) -> str:
    """Return the plain text of a claim's tooltip: its full text and every attribution.

    A remark several sources report is listed once, followed by how each later report's words
    differ from the first's (``[-first's-] {+other's+}``).
    """
    return _tooltip(claim, _with_lines(argument_map, shown_attributions(argument_map, claim)))


def _tooltip(claim: Claim, shown: _Shown) -> str:
    if not shown:
        return claim.text
    lines = [claim.text]
    for attribution, remark, line in shown:
        lines.append(_said(attribution, line))
        if remark is not None:
            outlets = {version.attribution: version.outlet for version in remark.versions}
            lines.extend(f"  {outlets[other]}: {diff}" for _, other, diff in remark.differences())
    return "\n".join(lines)


def paraphrased(paraphrase: str) -> str:
    """How a paraphrase is shown, in a label and a tooltip alike.

    >>> paraphrased("said so")
    'paraphrase: said so'
    """
    return f"paraphrase: {paraphrase}"


def _said(attribution: Attribution, line: str) -> str:
    """An attribution's line of a tooltip: its attribution line and the words, if any."""
    quoted, paraphrase = _words(attribution)
    words = quoted or (paraphrased(paraphrase) if paraphrase else None)
    return f"{line}: {words}" if words else line


def shown_attributions(
    argument_map: ArgumentMap, claim: Claim, attributions: list[Attribution] | None = None
) -> list[tuple[Attribution, Remark | None]]:
    """The attributions of a claim as a diagram shows them: a remark that several sources
    report (same speaker and stance, see [`group_remarks`][argmap.analysis.remarks.group_remarks])
    once, as its first report with the remark; every other attribution with None.

    ``attributions`` are the claim's attributions when the caller has them already.
    """
    if attributions is None:
        attributions = argument_map.attributions_of(claim)
    if len(attributions) < 2:  # the commonest claim: no remark, and no search for one
        return [(a, None) for a in attributions]
    quoted = [a.actor for a in attributions if a.quoted_texts]
    if len(set(quoted)) == len(quoted):  # a remark needs two quotes by one speaker
        return [(a, None) for a in attributions]
    from argmap.analysis.remarks import group_remarks

    later: set[str] = set()
    first: dict[str, Remark] = {}
    for remark in group_remarks(argument_map, attributions):
        stances = {argument_map.get(v.attribution, Attribution).stance for v in remark.versions}
        if len({v.source for v in remark.versions}) > 1 and len(stances) == 1:
            first[remark.versions[0].attribution] = remark
            later.update(v.attribution for v in remark.versions[1:])
    return [(a, first.get(a.id)) for a in attributions if a.id not in later]
