"""The one table of how each kind of node and each stance looks, read by the diagram and its legend.

A node look names theme colours by field (``fill="status_undec"``), so one row serves every
theme; [`node_attrs`][] turns a row into Graphviz attributes for a theme. The legend draws its
swatches from the same rows, so it cannot drift from the diagram.

>>> from argmap.diagram.themes import theme
>>> node_attrs("status-undec", theme("default"))["style"]
'filled,dashed'
>>> STANCE_STYLES[Stance.DENIES].mark, STANCE_STYLES[Stance.DENIES].participle
('✗', 'denied')
"""

from __future__ import annotations

from attrs import frozen

from argmap.diagram.themes import Theme, strength_fill
from argmap.model import Stance

__all__ = ["NODE_STYLES", "STANCE_STYLES", "NodeStyle", "StanceStyle", "node_attrs"]


@frozen(kw_only=True)
class NodeStyle:
    """How one kind of node is drawn, and what the legend says of it.

    Attributes:
        meaning: the legend's words.
        shape: the Graphviz shape.
        style: the Graphviz style (``filled``, ``filled,dashed``...).
        fill: the [`Theme`][argmap.diagram.themes.Theme] field of the fill colour, or
            ``strength`` for the strongest strength colour; empty for no fill.
        peripheries: how many outlines ("" for Graphviz's default of one).
        penwidth: the outline's width ("" for the default).
    """

    meaning: str
    shape: str = "box"
    style: str = "filled"
    fill: str = "claim_fill"
    peripheries: str = ""
    penwidth: str = ""


NODE_STYLES: dict[str, NodeStyle] = {
    "question": NodeStyle(
        meaning="the question under debate", style="rounded,filled,bold", fill="question_fill"
    ),
    "claim": NodeStyle(meaning="claim"),
    "central": NodeStyle(
        meaning="central claim", fill="central_fill", peripheries="2", penwidth="2"
    ),
    "inference": NodeStyle(
        meaning="inference: linked premises meet here", shape="plaintext", style="", fill=""
    ),
    "quote": NodeStyle(
        meaning="direct quote (italic, in quotation marks)", shape="plaintext", style="", fill=""
    ),
    "paraphrase": NodeStyle(
        meaning="reported words, not verbatim", shape="plaintext", style="", fill=""
    ),
    "status-in": NodeStyle(meaning="✓ in: accepted by the evaluation", fill="status_in"),
    "status-out": NodeStyle(meaning="✗ out: rejected by the evaluation", fill="status_out"),
    "status-undec": NodeStyle(
        meaning="? undecided by the evaluation", style="filled,dashed", fill="status_undec"
    ),
    "status-defensible": NodeStyle(
        meaning="◐ defensible: in some extensions", fill="status_defensible"
    ),
    "strength": NodeStyle(
        meaning="fill: strength from the evaluation (darker is stronger)", fill="strength"
    ),
}
"""Legend key -> node look, for every kind of node a diagram draws."""


def node_attrs(key: str, colours: Theme) -> dict[str, str]:
    """Return the Graphviz attributes of the node look ``key`` in the theme ``colours``."""
    look = NODE_STYLES[key]
    attrs = {"shape": look.shape, "style": look.style}
    if look.fill == "strength":
        attrs["fillcolor"] = strength_fill(colours, 1.0)
    elif look.fill:
        attrs["fillcolor"] = getattr(colours, look.fill)
    if look.peripheries:
        attrs["peripheries"] = look.peripheries
    if look.penwidth:
        attrs["penwidth"] = look.penwidth
    return attrs


@frozen(kw_only=True)
class StanceStyle:
    """How an attribution line shows a stance: a mark and a word, both in the stance's colour.

    Attributes:
        mark: a sign that reads without colour (✓ ✗ ~ ?).
        participle: the word after the mark ("denied" in "✗ denied by Will Straw").
        meaning: the legend's words.
    """

    mark: str
    participle: str
    meaning: str


STANCE_STYLES: dict[Stance, StanceStyle] = {
    Stance.ASSERTS: StanceStyle(
        mark="✓", participle="asserted", meaning="✓ asserted by: the speaker holds the claim"
    ),
    Stance.DENIES: StanceStyle(
        mark="✗", participle="denied", meaning="✗ denied by: the speaker rejects it"
    ),
    Stance.CONCEDES: StanceStyle(
        mark="~", participle="conceded", meaning="~ conceded by: granted, reluctantly"
    ),
    Stance.QUESTIONS: StanceStyle(
        mark="?", participle="questioned", meaning="? questioned by: doubted or asked"
    ),
}
"""Every stance of [`Stance`][argmap.model.Stance], with its mark, word and legend entry."""
