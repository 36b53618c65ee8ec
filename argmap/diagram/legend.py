"""The legend: one entry for every shape, colour, line style and stance mark a diagram uses.

The builder records what it draws as legend keys; [`add_legend`][] draws those entries in a
fixed order as one small table (a single node), so the legend stays small beside the map
whatever its size and direction. Node swatches come from the node-style table the diagram
uses ([`NODE_STYLES`][argmap.diagram.styles.NODE_STYLES]), edge samples from the edge
styles.

>>> [key for key in LEGEND_ORDER if key in {"rebut", "claim", "support"}]
['claim', 'support', 'rebut']
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from argmap.diagram.quoting import escape_html
from argmap.diagram.styles import NODE_STYLES, STANCE_STYLES, node_attrs
from argmap.diagram.themes import EDGE_STYLES, Theme

if TYPE_CHECKING:
    from argmap.diagram._dot_graph import DotGraph

__all__ = ["LEGEND_ORDER", "add_legend", "legend_words"]

_NODE_ENTRIES = {key: look.meaning for key, look in NODE_STYLES.items()}
_STANCE_KEYS = {f"stance-{stance.value}": stance for stance in STANCE_STYLES}
_SPEAKER_LINES = "small type: stance, speaker, outlet · reporting verb"
_EDGE_ENTRIES = {
    "support": EDGE_STYLES["support"].meaning,
    "linked": "premise of a linked argument",
    "rebut": EDGE_STYLES["rebut"].meaning,
    "undermine": EDGE_STYLES["undermine"].meaning,
    "undercut": EDGE_STYLES["undercut"].meaning,
    "answers": "answers the question",
}
_EDGE_SAMPLES = {  # a line drawn in text: its dashes and its end, as in the diagram
    "support": "────▶",
    "linked": "────●",
    "rebut": "– – – ┤",
    "undermine": "· · · ·o┤",
    "undercut": "– – – ■",
    "answers": "· · · · ·",
}
_PLAIN_SAMPLES = {"inference": "●", "quote": "<I>“…”</I>", "paraphrase": "paraphrase:"}
LEGEND_ORDER = (
    *NODE_STYLES,
    *_STANCE_KEYS,
    *_EDGE_ENTRIES,
)
"""Every legend key, in the order the legend shows them."""


def legend_words(key: str) -> str:
    """Return the legend's explanation for ``key``.

    >>> legend_words("undercut")
    'undercuts (the inference)'
    >>> legend_words("stance-denies")
    '✗ denied by: the speaker rejects it'
    """
    if key in _STANCE_KEYS:
        return STANCE_STYLES[_STANCE_KEYS[key]].meaning
    return _NODE_ENTRIES.get(key) or _EDGE_ENTRIES[key]


def _swatch(key: str, colours: Theme) -> str:
    """The cell that shows a node look: the same fill, outline style and outline count."""
    if key in _PLAIN_SAMPLES:
        return f"<TD>{_PLAIN_SAMPLES[key]}</TD>"
    attrs = node_attrs(key, colours)
    style = attrs["style"]
    cell = [f'ID="legend-{key}"', 'WIDTH="26"', f'COLOR="{colours.border}"']
    cell.append(f'BORDER="{2 if attrs.get("peripheries") else 1}"')
    if "fillcolor" in attrs:
        cell.append(f'BGCOLOR="{attrs["fillcolor"]}"')
    for word in ("dashed", "dotted", "rounded"):
        if word in style:
            cell.append(f'STYLE="{word}"')
    return f"<TD {' '.join(cell)}> </TD>"


def _edge_sample(key: str, colours: Theme) -> str:
    colour = colours.border if key in ("linked", "answers") else colours.edge(key)
    if key == "linked":
        colour = colours.edge("support")
    sample = escape_html(_EDGE_SAMPLES[key])
    return f'<TD ID="legend-{key}" ALIGN="RIGHT"><FONT COLOR="{colour}">{sample}</FONT></TD>'


def _row(key: str, colours: Theme) -> str:
    if key in _STANCE_KEYS:
        stance = _STANCE_KEYS[key]
        style = STANCE_STYLES[stance]
        marked = escape_html(f"{style.mark} {style.participle} by")
        words = escape_html(style.meaning.partition(": ")[2])
        left = (
            f'<TD ID="legend-{key}" ALIGN="RIGHT">'
            f'<FONT COLOR="{colours.stance(stance)}"><B>{marked}</B></FONT></TD>'
        )
        return f'<TR>{left}<TD ALIGN="LEFT">: {words}</TD></TR>'
    left = _swatch(key, colours) if key in _NODE_ENTRIES else _edge_sample(key, colours)
    words = _NODE_ENTRIES[key] if key in _NODE_ENTRIES else _EDGE_ENTRIES[key]
    return f'<TR>{left}<TD ALIGN="LEFT">{escape_html(words)}</TD></TR>'


def add_legend(graph: DotGraph, used: set[str], colours: Theme, *, direction: str = "BT") -> None:
    """Add a ``cluster_legend`` to ``graph`` with an entry for each key in ``used``.

    Args:
        graph: the diagram.
        used: legend keys recorded while drawing (see [`LEGEND_ORDER`][]).
        colours: the diagram's theme.
        direction: the diagram's rank direction (the table reads the same in every one).
    """
    keys = [key for key in LEGEND_ORDER if key in used]
    if not keys:
        return
    rows: list[str] = []
    for key in keys:
        if key in _STANCE_KEYS and not any(r.startswith("<TR><TD COLSPAN") for r in rows):
            rows.append(f'<TR><TD COLSPAN="2" ALIGN="LEFT"><I>{_SPEAKER_LINES}</I></TD></TR>')
        rows.append(_row(key, colours))
    table = (
        '<<TABLE BORDER="0" CELLBORDER="0" CELLSPACING="2" CELLPADDING="1">'
        + "".join(rows)
        + "</TABLE>>"
    )
    with graph.subgraph(name="cluster_legend") as legend:
        legend.attr(label="Legend", fontsize="11", style="rounded", color=colours.border)
        legend.attr(fontcolor=colours.text, id="legend")
        legend.node(
            "legend_table",
            label=table,
            shape="plaintext",
            style="",
            fontsize="10",
            fontcolor=colours.text,
            tooltip="legend",
        )
