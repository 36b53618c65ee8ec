"""The legend: one entry for every shape, colour and line style a diagram uses, and no other.

The builder records what it draws as legend keys; :func:`add_legend` draws those entries in
a fixed order, so the legend is as deterministic as the rest.

>>> [key for key in LEGEND_ORDER if key in {"rebut", "claim", "support"}]
['claim', 'support', 'rebut']
"""

from __future__ import annotations

import itertools

import graphviz

from argmap.diagram.quoting import escape_html
from argmap.diagram.styles import NODE_STYLES, STANCE_STYLES, node_attrs
from argmap.diagram.themes import EDGE_STYLES, Theme
from argmap.model import Stance

__all__ = ["LEGEND_ORDER", "add_legend", "legend_words"]

_NODE_ENTRIES = {key: look.meaning for key, look in NODE_STYLES.items()}
_STANCE_KEYS = {f"stance-{stance.value}": stance for stance in STANCE_STYLES}
_SPEAKER_LINES = "small type under a claim: stance, speaker, outlet · reporting verb"
_EDGE_ENTRIES = {
    "support": EDGE_STYLES["support"].meaning,
    "linked": "premise of a linked argument",
    "rebut": EDGE_STYLES["rebut"].meaning,
    "undermine": EDGE_STYLES["undermine"].meaning,
    "undercut": EDGE_STYLES["undercut"].meaning,
    "answers": "answers the question",
}
LEGEND_ORDER = (
    "question",
    "claim",
    "central",
    "inference",
    "quote",
    "paraphrase",
    "status-in",
    "status-out",
    "status-undec",
    "status-defensible",
    "strength",
    *_STANCE_KEYS,
    "support",
    "linked",
    "rebut",
    "undermine",
    "undercut",
    "answers",
)
"""Every legend key, in the order the legend shows them."""


def legend_words(key: str) -> str:
    """Return the legend's explanation for ``key``.

    >>> legend_words("undercut")
    'undercuts (the inference)'
    """
    if key in _STANCE_KEYS:
        return STANCE_STYLES[_STANCE_KEYS[key]].meaning
    return _NODE_ENTRIES.get(key) or _EDGE_ENTRIES[key]


def _edge_attrs(key: str, colours: Theme) -> dict[str, str]:
    if key == "linked":
        return {"arrowhead": "none"}
    if key == "answers":
        return {"arrowhead": "none", "style": "dotted", "color": colours.border}
    style = EDGE_STYLES[key]
    return {
        "style": style.style,
        "arrowhead": style.arrowhead,
        "penwidth": style.penwidth,
        "color": colours.edge(key),
    }


def _is_node(key: str) -> bool:
    return key in _NODE_ENTRIES or key == "stances"


def _rows(keys: list[str]) -> list[list[str]]:
    """Node entries three to a row, edge entries two to a row."""
    rows: list[list[str]] = []
    for key in keys:
        is_node = _is_node(key)
        if key == "stances" or (rows and rows[-1][0] == "stances"):
            rows.append([key])
        elif rows and _is_node(rows[-1][0]) == is_node and len(rows[-1]) < 2 + is_node:
            rows[-1].append(key)
        else:
            rows.append([key])
    return rows


def add_legend(
    graph: graphviz.Digraph, used: set[str], colours: Theme, *, direction: str = "BT"
) -> None:
    """Add a ``cluster_legend`` to ``graph`` with an entry for each key in ``used``.

    Args:
        graph: the diagram.
        used: legend keys recorded while drawing (see :data:`LEGEND_ORDER`).
        colours: the diagram's theme.
        direction: the diagram's rank direction, so the legend reads from the top.
    """
    keys = [key for key in LEGEND_ORDER if key in used and key not in _STANCE_KEYS]
    stances = [_STANCE_KEYS[key] for key in LEGEND_ORDER if key in used and key in _STANCE_KEYS]
    if not keys and not stances:
        return
    with graph.subgraph(name="cluster_legend") as legend:
        legend.attr(label="Legend", fontsize="11", style="rounded", color=colours.border)
        legend.attr(fontcolor=colours.text, id="legend")
        if stances:
            keys.append("stances")
        if direction == "LR":
            _columns(legend, keys, colours, stances)
            return
        previous: str | None = None
        for row_keys in _rows(keys):
            first = f"legend_{row_keys[0]}"
            with legend.subgraph() as row:
                row.attr(rank="same")
                for key in row_keys:
                    _entry(row, key, colours, stances)
            if previous is not None:
                tail, head = (first, previous) if direction == "BT" else (previous, first)
                legend.edge(tail, head, style="invis")
            previous = first


def _columns(
    legend: graphviz.Digraph, keys: list[str], colours: Theme, stances: list[Stance]
) -> None:
    """Left to right: one column of shapes, then the edge samples, each kept in order by
    invisible edges inside its column (flat edges order the nodes of one rank)."""
    nodes = [k for k in keys if _is_node(k)]
    edges = [k for k in keys if not _is_node(k)]
    columns = [
        [f"legend_{k}" for k in nodes],
        [f"legend_{k}" for k in edges],
        [f"legend_{k}_end" for k in edges],
    ]
    with legend.subgraph() as column:
        column.attr(rank="same")
        for key in nodes:
            _entry(column, key, colours, stances)
    for key in edges:
        _entry(legend, key, colours, stances)
    for names in columns:
        with legend.subgraph() as column:
            column.attr(rank="same")
            for upper, lower in itertools.pairwise(names):
                column.edge(lower, upper, style="invis")  # a flat edge in LR points upwards
    if nodes and edges:  # the edge samples in the next columns, not below the shapes
        legend.edge(columns[0][0], columns[1][0], style="invis")


def _stances(row: graphviz.Digraph, stances: list[Stance], colours: Theme) -> None:
    """One text entry: what the small lines under a claim say, and each stance mark used."""
    lines = [f"<I>{escape_html(_SPEAKER_LINES)}</I>"]
    for stance in stances:
        style = STANCE_STYLES[stance]
        marked = escape_html(f"{style.mark} {style.participle}")
        coloured = f'<FONT COLOR="{colours.stance(stance)}"><B>{marked}</B></FONT>'
        lines.append(escape_html(style.meaning).replace(marked, coloured, 1))
    row.node(
        "legend_stances",
        label="<" + '<BR ALIGN="LEFT"/>'.join(lines) + '<BR ALIGN="LEFT"/>>',
        id="legend-stances",
        shape="plaintext",
        style="",
        fontsize="10",
        fontcolor=colours.text,
    )


def _entry(row: graphviz.Digraph, key: str, colours: Theme, stances: list[Stance]) -> None:
    first = f"legend_{key}"
    if key == "stances":
        _stances(row, stances, colours)
        return
    if key in _NODE_ENTRIES:
        row.node(
            first,
            label=_NODE_ENTRIES[key],
            id=f"legend-{key}",
            fontcolor=colours.text,
            fontsize="10",
            **node_attrs(key, colours),
        )
        return
    last = f"legend_{key}_end"
    row.node(first, label="", shape="point", width="0.05", color=colours.border)
    row.node(
        last,
        label=_EDGE_ENTRIES[key],
        shape="plaintext",
        style="",
        fontsize="10",
        fontcolor=colours.text,
    )
    row.edge(
        first, last, id=f"legend-{key}", tooltip=legend_words(key), **_edge_attrs(key, colours)
    )
