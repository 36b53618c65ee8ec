"""Graphviz and Mermaid diagrams of argument maps.

>>> from argmap.diagram import to_dot, DiagramOptions
>>> from argmap.diagram._sample import sample_map
>>> dot = to_dot(sample_map(), options=DiagramOptions(detail="claims"), direction="LR")
>>> dot.source == to_dot(sample_map(), detail="claims", direction="LR").source
True

Every name is imported on first use (module ``__getattr__``, as in ``argmap``), so reading the
options (``argmap render --help``) does not import Graphviz or the drawing code.
"""

from __future__ import annotations

import importlib
import sys
import types
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from argmap.diagram.actor_map import actor_map
    from argmap.diagram.build import to_dot
    from argmap.diagram.html import InteractiveMap, interactive, to_html
    from argmap.diagram.jupyter import repr_mimebundle, summary
    from argmap.diagram.mermaid import to_mermaid
    from argmap.diagram.options import DiagramOptionError, DiagramOptions
    from argmap.diagram.quoting import escape_dot, escape_html
    from argmap.diagram.render import render, to_svg

_EXPORTS = {
    "DiagramOptionError": "argmap.diagram.options",
    "DiagramOptions": "argmap.diagram.options",
    "InteractiveMap": "argmap.diagram.html",
    "actor_map": "argmap.diagram.actor_map",
    "escape_dot": "argmap.diagram.quoting",
    "escape_html": "argmap.diagram.quoting",
    "interactive": "argmap.diagram.html",
    "render": "argmap.diagram.render",
    "repr_mimebundle": "argmap.diagram.jupyter",
    "summary": "argmap.diagram.jupyter",
    "to_dot": "argmap.diagram.build",
    "to_html": "argmap.diagram.html",
    "to_mermaid": "argmap.diagram.mermaid",
    "to_svg": "argmap.diagram.render",
}

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


def __getattr__(name: str) -> Any:
    if name not in _EXPORTS:
        raise AttributeError(f"module 'argmap.diagram' has no attribute {name!r}")
    value = getattr(importlib.import_module(_EXPORTS[name]), name)
    globals()[name] = value  # later look-ups skip this function
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})


class _Package(types.ModuleType):
    """This package, whose public names win over its submodules of the same name.

    Importing the submodule ``argmap.diagram.render`` binds the package's ``render`` to that
    module; the public ``render`` (and ``actor_map``) is the function, as it was when this
    package imported everything at once."""

    def __setattr__(self, name: str, value: Any) -> None:
        if name in _EXPORTS and isinstance(value, types.ModuleType):
            return
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package
