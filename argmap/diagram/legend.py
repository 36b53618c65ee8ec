"""The legend: one entry for every shape, colour and line style a diagram uses, and no other.

The builder records what it draws as legend keys; [`add_legend`][] draws those entries in
a fixed order, so the legend is as deterministic as the rest.

>>> [key for key in LEGEND_ORDER if key in {"rebut", "claim", "support"}]
['claim', 'support', 'rebut']
"""

from __future__ import annotations

import itertools

import graphviz

from argmap.diagram.themes import EDGE_STYLES, Theme, strength_fill

__all__ = ["LEGEND_ORDER", "add_legend", "legend_words"]

_NODE_ENTRIES = {
    "question": "the question under debate",
    "claim": "claim",
    "central": "central claim",
    "inference": "inference: linked premises meet here",
    "quote": "“italic”: direct quote",
    "paraphrase": "paraphrase: reported words",
    "status-in": "✓ in: accepted by the evaluation",
    "status-out": "✗ out: rejected by the evaluation",
    "status-undec": "? undecided by the evaluation",
    "status-defensible": "◐ defensible: in some extensions",
    "strength": "fill: strength from the evaluation (darker is stronger)",
}
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
    return _NODE_ENTRIES.get(key) or _EDGE_ENTRIES[key]


def _node_attrs(key: str, colours: Theme) -> dict[str, str]:
    base = {"shape": "box", "style": "filled", "fillcolor": colours.claim_fill, "fontsize": "10"}
    if key == "question":
        base.update(style="rounded,filled,bold", fillcolor=colours.question_fill)
    elif key == "central":
        base.update(fillcolor=colours.central_fill, peripheries="2", penwidth="2")
    elif key in ("inference", "quote", "paraphrase"):
        base.update(shape="plaintext", style="")
    elif key.startswith("status-"):
        base.update(fillcolor=getattr(colours, key.replace("-", "_")))
    elif key == "strength":
        base.update(fillcolor=strength_fill(colours, 1.0))
    return base


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


def _rows(keys: list[str]) -> list[list[str]]:
    """Node entries three to a row, edge entries two to a row."""
    rows: list[list[str]] = []
    for key in keys:
        is_node = key in _NODE_ENTRIES
        if rows and (rows[-1][0] in _NODE_ENTRIES) == is_node and len(rows[-1]) < 2 + is_node:
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
        used: legend keys recorded while drawing (see [`LEGEND_ORDER`][]).
        colours: the diagram's theme.
        direction: the diagram's rank direction, so the legend reads from the top.
    """
    keys = [key for key in LEGEND_ORDER if key in used]
    if not keys:
        return
    with graph.subgraph(name="cluster_legend") as legend:
        legend.attr(label="Legend", fontsize="11", style="rounded", color=colours.border)
        legend.attr(fontcolor=colours.text, id="legend")
        if direction == "LR":
            _columns(legend, keys, colours)
            return
        previous: str | None = None
        for row_keys in _rows(keys):
            first = f"legend_{row_keys[0]}"
            with legend.subgraph() as row:
                row.attr(rank="same")
                for key in row_keys:
                    _entry(row, key, colours)
            if previous is not None:
                tail, head = (first, previous) if direction == "BT" else (previous, first)
                legend.edge(tail, head, style="invis")
            previous = first


def _columns(legend: graphviz.Digraph, keys: list[str], colours: Theme) -> None:
    """Left to right: one column of shapes, then the edge samples, each kept in order by
    invisible edges inside its column (flat edges order the nodes of one rank)."""
    nodes = [k for k in keys if k in _NODE_ENTRIES]
    edges = [k for k in keys if k not in _NODE_ENTRIES]
    columns = [
        [f"legend_{k}" for k in nodes],
        [f"legend_{k}" for k in edges],
        [f"legend_{k}_end" for k in edges],
    ]
    with legend.subgraph() as column:
        column.attr(rank="same")
        for key in nodes:
            _entry(column, key, colours)
    for key in edges:
        _entry(legend, key, colours)
    for names in columns:
        with legend.subgraph() as column:
            column.attr(rank="same")
            for upper, lower in itertools.pairwise(names):
                column.edge(lower, upper, style="invis")  # a flat edge in LR points upwards
    if nodes and edges:  # the edge samples in the next columns, not below the shapes
        legend.edge(columns[0][0], columns[1][0], style="invis")


def _entry(row: graphviz.Digraph, key: str, colours: Theme) -> None:
    first = f"legend_{key}"
    if key in _NODE_ENTRIES:
        label = "●  " + _NODE_ENTRIES[key] if key == "inference" else _NODE_ENTRIES[key]
        row.node(
            first,
            label=label,
            id=f"legend-{key}",
            fontcolor=colours.text,
            **_node_attrs(key, colours),
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
