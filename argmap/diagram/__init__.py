"""Graphviz and Mermaid diagrams of argument maps.

>>> from argmap.diagram import to_dot, DiagramOptions
>>> from argmap.diagram._sample import sample_map
>>> dot = to_dot(sample_map(), options=DiagramOptions(detail="claims"), direction="LR")
>>> dot.source == to_dot(sample_map(), detail="claims", direction="LR").source
True
"""

from argmap.diagram.actor_map import actor_map
from argmap.diagram.build import to_dot
from argmap.diagram.html import InteractiveMap, interactive, to_html
from argmap.diagram.jupyter import repr_mimebundle, summary
from argmap.diagram.mermaid import to_mermaid
from argmap.diagram.options import DiagramOptionError, DiagramOptions
from argmap.diagram.quoting import escape_dot, escape_html
from argmap.diagram.render import render, to_svg

__all__ = [
    "DiagramOptionError",
    "DiagramOptions",
    "InteractiveMap",
    "actor_map",
    "escape_dot",
    "escape_html",
    "interactive",
    "render",
    "repr_mimebundle",
    "summary",
    "to_dot",
    "to_html",
    "to_mermaid",
    "to_svg",
]
