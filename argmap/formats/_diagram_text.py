"""The diagram writers of the registry: one signature for every drawing of a map.

Each takes the map and diagram options (see
[`DiagramOptions`][argmap.diagram.options.DiagramOptions]), plus
``actors`` (draw the actor map) and ``timeout`` (seconds ``dot`` may take), and returns the text
or bytes of the file. DOT and Mermaid need no Graphviz; SVG, PNG and PDF run ``dot``.

>>> from argmap.diagram._sample import sample_map
>>> dot(sample_map()).startswith("digraph")
True
>>> mermaid(sample_map()).startswith("flowchart BT")
True
"""

from __future__ import annotations

import importlib
from typing import Any

from argmap.exceptions import RenderError
from argmap.model import ArgumentMap

__all__ = ["dot", "html", "mermaid", "pdf", "png", "svg"]


def _graphviz(argument_map: ArgumentMap, output: str, options: dict[str, Any]) -> bytes:
    from argmap.diagram.render import diagram_bytes

    return diagram_bytes(argument_map, output, **options)


def dot(argument_map: ArgumentMap, **options: Any) -> str:
    """Graphviz DOT source."""
    from argmap.diagram.render import diagram_source

    return diagram_source(argument_map, **options)


def svg(argument_map: ArgumentMap, **options: Any) -> str:
    """SVG, laid out by ``dot``."""
    return _graphviz(argument_map, "svg", options).decode("utf-8")


def png(argument_map: ArgumentMap, **options: Any) -> bytes:
    """PNG, laid out by ``dot``."""
    return _graphviz(argument_map, "png", options)


def pdf(argument_map: ArgumentMap, **options: Any) -> bytes:
    """PDF, laid out by ``dot``."""
    return _graphviz(argument_map, "pdf", options)


def _text_only(name: str, options: dict[str, Any]) -> dict[str, Any]:
    if options.pop("actors", False):
        raise RenderError(f"the actor map is drawn by Graphviz (dot, svg, png, pdf), not {name}")
    options.pop("timeout", None)
    return options


def mermaid(argument_map: ArgumentMap, **options: Any) -> str:
    """Mermaid flowchart text."""
    from argmap.diagram.mermaid import to_mermaid

    return to_mermaid(argument_map, **_text_only("Mermaid", options))


def html(argument_map: ArgumentMap, **options: Any) -> str:
    """The interactive HTML map (``argmap.diagram.to_html``)."""
    diagram: Any = importlib.import_module("argmap.diagram")
    text: str = diagram.to_html(argument_map, **_text_only("HTML", options))
    return text
