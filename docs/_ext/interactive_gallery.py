"""MkDocs hook: write the interactive flagship map the docs embed, at build time.

The page is generated output (it inlines the package's ``map.js`` and ``map.css`` and the
Graphviz SVG), so it is made from the flagship example for every docs build rather than kept in
git. Needs Graphviz's ``dot``, as the rest of the gallery does.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

TARGET = Path("docs/gallery/labour-immigration.html")


def on_pre_build(config: Any) -> None:
    """Write ``docs/gallery/labour-immigration.html`` when it is missing or out of date."""
    from argmap.diagram import to_html
    from argmap.diagram._gallery import _flagship

    flagship = _flagship(Path.cwd())
    if flagship is None:
        return
    page = to_html(flagship)
    if not TARGET.exists() or TARGET.read_text(encoding="utf-8") != page:
        TARGET.parent.mkdir(parents=True, exist_ok=True)
        TARGET.write_text(page, encoding="utf-8")
