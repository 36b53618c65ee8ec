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

from argmap.analysis.remarks import Remark, group_remarks, remark_where
from argmap.diagram.styles import STANCE_STYLES
from argmap.diagram.themes import Theme
from argmap.model import ArgumentMap, Attribution, Claim, Mode, Source
from tests._dot_reference.quoting import clean, escape_html

__all__ = [
    "STATUS_MARKS",
    "attribution_line",
    "claim_label",
    "shown_attributions",
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
    quoted = None
    if attribution.mode is Mode.DIRECT and attribution.quote:
        quoted = f"“{attribution.quote}”"
    elif attribution.fragments:
        quoted = " … ".join(f"“{fragment}”" for fragment in attribution.fragments)
    return quoted, attribution.paraphrase


def _lines(text: str, width: int, *, italic: bool = False, small: bool = False) -> str:
    parts = []
    for line in wrap(text, width):
        if not line:  # a blank line keeps its break alone: dot refuses an empty <I></I>
            parts.append(_BR)
            continue
        markup = escape_html(line)
        if italic:
            markup = f"<I>{markup}</I>"
        if small:
            markup = f'<FONT POINT-SIZE="10">{markup}</FONT>'
        parts.append(markup + _BR)
    return "".join(parts)


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
    parts = []
    if claim.title:
        parts.append(f"<B>{escape_html(claim.title)}</B>{_BR}")
    parts.append(_lines(claim.text, width))
    if detail != "claims":
        for attribution, remark in shown_attributions(argument_map, claim):
            parts.append(_attribution_lines(argument_map, attribution, width, colours, remark))
            if detail == "quotes":
                quoted, paraphrase = _words(attribution)
                if quoted:
                    parts.append(_lines(quoted, width, italic=True, small=True))
                if paraphrase:
                    parts.append(_lines(f"paraphrase: {paraphrase}", width, small=True))
    if status_line:
        parts.append(f'<FONT POINT-SIZE="10"><B>{escape_html(status_line)}</B></FONT>{_BR}')
    return "".join(parts)


def _attribution_lines(
    argument_map: ArgumentMap,
    attribution: Attribution,
    width: int,
    colours: Theme,
    remark: Remark | None = None,
) -> str:
    """The attribution label in small type, its stance mark and word bold in the stance colour."""
    style = STANCE_STYLES[attribution.stance]
    marked = escape_html(f"{style.mark} {style.participle}")
    coloured = f'<FONT COLOR="{colours.stance(attribution.stance)}"><B>{marked}</B></FONT>'
    line = attribution_line(argument_map, attribution, remark=remark)
    markup = _lines(line, width, small=True)
    return markup.replace(marked, coloured, 1)


def tooltip(argument_map: ArgumentMap, claim: Claim) -> str:
    """Return the plain text of a claim's tooltip: its full text and every attribution.

    A remark several sources report is listed once, followed by how each later report's words
    differ from the first's (``[-first's-] {+other's+}``).
    """
    lines = [claim.text]
    for attribution, remark in shown_attributions(argument_map, claim):
        quoted, paraphrase = _words(attribution)
        words = quoted or (f"paraphrase: {paraphrase}" if paraphrase else None)
        line = attribution_line(argument_map, attribution, remark=remark)
        lines.append(f"{line}: {words}" if words else line)
        if remark is not None:
            outlets = {version.attribution: version.outlet for version in remark.versions}
            lines.extend(f"  {outlets[other]}: {diff}" for _, other, diff in remark.differences())
    return "\n".join(lines)


def shown_attributions(
    argument_map: ArgumentMap, claim: Claim
) -> list[tuple[Attribution, Remark | None]]:
    """The attributions of a claim as a diagram shows them: a remark that several sources
    report (same speaker and stance, see [`group_remarks`][argmap.analysis.remarks.group_remarks])
    once, as its first report with the remark; every other attribution with None.
    """
    attributions = argument_map.attributions_of(claim)
    later: set[str] = set()
    first: dict[str, Remark] = {}
    for remark in group_remarks(argument_map, attributions):
        stances = {argument_map.get(v.attribution, Attribution).stance for v in remark.versions}
        if len({v.source for v in remark.versions}) > 1 and len(stances) == 1:
            first[remark.versions[0].attribution] = remark
            later.update(v.attribution for v in remark.versions[1:])
    return [(a, first.get(a.id)) for a in attributions if a.id not in later]
