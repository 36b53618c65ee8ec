"""Rich display in Jupyter: a map shows itself as an SVG diagram, or as text without Graphviz.

>>> from argmap.diagram._sample import sample_map
>>> bundle = repr_mimebundle(sample_map())
>>> sorted(bundle) in (["image/svg+xml"], ["text/plain"])
True
>>> print(summary(sample_map()).splitlines()[0])
The Riverside tram: 7 claims, 2 arguments, 3 rebuttals, 3 actors, 6 attributions
"""

from __future__ import annotations

from typing import Any

from argmap.analysis.summary import summarise
from argmap.diagram.render import to_svg
from argmap.exceptions import RenderError
from argmap.model import ArgumentMap

__all__ = ["repr_mimebundle", "summary"]


def summary(argument_map: ArgumentMap) -> str:
    """Return a short text summary of a map: its counts, question and central claim."""
    title = argument_map.title or "Argument map"
    counts = summarise(argument_map).counts
    shown = ", ".join(f"{n} {kind}" for kind, n in counts.items() if kind != "sources")
    lines = [f"{title}: {shown}"]
    if argument_map.question:
        lines.append(f"Question: {argument_map.question}")
    if argument_map.central is not None:
        lines.append(f"Central claim: {argument_map.central.text}")
    return "\n".join(lines)


def repr_mimebundle(argument_map: ArgumentMap, **options: Any) -> dict[str, str]:
    """Return a Jupyter MIME bundle: the SVG diagram, or a text summary when ``dot`` is missing.

    Meant to back ``ArgumentMap._repr_mimebundle_(include=None, exclude=None)``.
    """
    try:
        return {"image/svg+xml": to_svg(argument_map, **options)}
    except RenderError:
        return {"text/plain": summary(argument_map)}
