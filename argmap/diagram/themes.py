"""Colours, line styles and shapes of the three themes.

Support and the three attacks differ by line style *and* arrowhead, so they read in grayscale
and for colour-blind readers; the default colours are from the Okabe-Ito palette.

>>> EDGE_STYLES["rebut"].style, EDGE_STYLES["rebut"].arrowhead
('dashed', 'tee')
>>> theme("print").support
'black'
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from attrs import frozen

if TYPE_CHECKING:  # the model is not needed to read the themes (``argmap render --help``)
    from argmap.model import Stance

__all__ = ["EDGE_STYLES", "THEMES", "EdgeStyle", "Theme", "strength_fill", "theme"]


@frozen(kw_only=True)
class EdgeStyle:
    """How one relation is drawn: line style, arrowhead, line width, and the legend's words."""

    style: str
    arrowhead: str
    penwidth: str
    meaning: str


EDGE_STYLES: dict[str, EdgeStyle] = {
    "support": EdgeStyle(style="solid", arrowhead="normal", penwidth="1.4", meaning="supports"),
    "rebut": EdgeStyle(style="dashed", arrowhead="tee", penwidth="1.6", meaning="rebuts"),
    "undermine": EdgeStyle(
        style="dotted", arrowhead="teeodot", penwidth="2", meaning="undermines (a premise)"
    ),
    "undercut": EdgeStyle(
        style="dashed", arrowhead="box", penwidth="2.4", meaning="undercuts (the inference)"
    ),
}
"""The relations, keyed by ``support`` and the attack kinds."""


@frozen(kw_only=True)
class Theme:
    """The colours of one theme."""

    background: str
    text: str
    border: str
    claim_fill: str
    central_fill: str
    question_fill: str
    cluster: str
    inference: str
    support: str
    rebut: str
    undermine: str
    undercut: str
    status_in: str
    status_out: str
    status_undec: str
    status_defensible: str
    strength_low: tuple[int, int, int]
    strength_high: tuple[int, int, int]
    stance_asserts: str
    stance_denies: str
    stance_concedes: str
    stance_questions: str

    def edge(self, relation: str) -> str:
        """Return the colour of a relation (``support`` or an attack kind)."""
        colour: str = getattr(self, relation)
        return colour

    def stance(self, stance: Stance) -> str:
        """Return the colour of a stance's mark and word (asserts, denies, concedes, questions).

        >>> from argmap.model import Stance
        >>> theme("default").stance(Stance.DENIES)
        '#b84a00'
        """
        colour: str = getattr(self, f"stance_{stance.value}")
        return colour


THEMES: dict[str, Theme] = {
    "default": Theme(
        background="white",
        text="#1a1a1a",
        border="#4d4d4d",
        claim_fill="#ffffff",
        central_fill="#fff4cc",
        question_fill="#e8e8e8",
        cluster="#f4f4f4",
        inference="#4d4d4d",
        support="#0072b2",
        rebut="#d55e00",
        undermine="#e69f00",
        undercut="#cc79a7",
        status_in="#cdeee4",
        status_out="#f7d6c4",
        status_undec="#e6e6e6",
        status_defensible="#dcecf7",
        strength_low=(255, 255, 255),
        strength_high=(140, 200, 235),
        stance_asserts="#00734f",
        stance_denies="#b84a00",
        stance_concedes="#7a5c00",
        stance_questions="#8e3f78",
    ),
    "print": Theme(
        background="white",
        text="black",
        border="black",
        claim_fill="white",
        central_fill="#eeeeee",
        question_fill="#dddddd",
        cluster="#f6f6f6",
        inference="black",
        support="black",
        rebut="black",
        undermine="black",
        undercut="black",
        status_in="white",
        status_out="#bbbbbb",
        status_undec="#e4e4e4",
        status_defensible="#f0f0f0",
        strength_low=(255, 255, 255),
        strength_high=(150, 150, 150),
        stance_asserts="black",
        stance_denies="black",
        stance_concedes="#444444",
        stance_questions="#444444",
    ),
    "dark": Theme(
        background="#1e1e1e",
        text="#eeeeee",
        border="#bbbbbb",
        claim_fill="#2b2b2b",
        central_fill="#4a3f14",
        question_fill="#3a3a3a",
        cluster="#262626",
        inference="#cccccc",
        support="#56b4e9",
        rebut="#ff8c42",
        undermine="#f0e442",
        undercut="#e89ccb",
        status_in="#1f4d3f",
        status_out="#5c2c14",
        status_undec="#3c3c3c",
        status_defensible="#1d3a4d",
        strength_low=(43, 43, 43),
        strength_high=(30, 90, 130),
        stance_asserts="#5fd3a8",
        stance_denies="#ff9a5c",
        stance_concedes="#f0d060",
        stance_questions="#f0a0d8",
    ),
}
"""Every theme by name; the options and the CLI list their choices from it."""


def theme(name: str) -> Theme:
    """Return the theme called ``name`` (default, print or dark)."""
    return THEMES[name]


def strength_fill(colours: Theme, strength: float) -> str:
    """Return the fill colour for a strength in [0, 1], from the theme's low to high colour.

    >>> strength_fill(theme("default"), 0.0), strength_fill(theme("default"), 1.0)
    ('#ffffff', '#8cc8eb')
    """
    low, high = colours.strength_low, colours.strength_high
    mixed = (round(a + (b - a) * strength) for a, b in zip(low, high, strict=True))
    return "#" + "".join(f"{channel:02x}" for channel in mixed)
