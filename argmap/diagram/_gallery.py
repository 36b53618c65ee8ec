"""Render the docs gallery: ``python -m argmap.diagram._gallery docs/gallery``.

Draws the small tram debate of [`_sample`][argmap.diagram._sample] in several option
combinations,
and the flagship example ``examples/labour_immigration.py`` (its ``build()``) when present: its
SVG, its actor map and its interactive map (``labour-immigration.html``, which the docs embed
in an ``<iframe>``). Needs Graphviz's ``dot``.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from typing import Any

from argmap.diagram._sample import sample_map
from argmap.diagram.render import render
from argmap.model import ArgumentMap

__all__ = ["GALLERY", "main"]

GALLERY: dict[str, dict[str, Any]] = {
    "tram-speakers": {},
    "tram-quotes-sides": {"detail": "quotes", "group": "side", "direction": "LR"},
    "tram-print-sources": {"theme": "print", "group": "source"},
    "tram-dark-status": {
        "theme": "dark",
        "detail": "claims",
        "status": {"tram": "out", "cost": "in", "buses": "undec", "traffic": 0.4},
    },
    "tram-focus": {"focus": "traffic", "depth": 1},
    "tram-actors": {"actors": True},
}
"""File stem -> options of each gallery picture of the tram debate."""


def _flagship(root: Path) -> ArgumentMap | None:
    path = root / "examples" / "labour_immigration.py"
    if not path.exists():
        return None
    spec = importlib.util.spec_from_file_location("labour_immigration", path)
    if spec is None or spec.loader is None:
        return None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    built: ArgumentMap = module.build()
    return built


def main(out_dir: str = "docs/gallery") -> list[Path]:
    """Write the gallery's SVG files to ``out_dir`` and return their paths."""
    target = Path(out_dir)
    target.mkdir(parents=True, exist_ok=True)
    written = [render(sample_map(), target / f"{stem}.svg", **o) for stem, o in GALLERY.items()]
    flagship = _flagship(Path.cwd())
    if flagship is not None:
        written.append(render(flagship, target / "labour-immigration.svg", detail="speakers"))
        written.append(render(flagship, target / "labour-immigration-actors.svg", actors=True))
        written.append(render(flagship, target / "labour-immigration.html"))
    return written


if __name__ == "__main__":  # pragma: no cover
    for path in main(*sys.argv[1:2]):
        print(path)
