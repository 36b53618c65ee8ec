"""The interactive map: one self-contained HTML file, [`to_html`][], and its Jupyter view.

The page inlines the Graphviz SVG (the same layout and options as [`render`][argmap.render]),
the panel data as JSON built from the model ([`panel_data`][argmap.diagram.panel.panel_data]), and
the script and style sheet shipped in ``argmap/diagram/static/`` (written for argmap, no third
party code), so it works offline, from ``file://``, in an ``<iframe>`` and on any static host.

>>> from argmap.diagram._sample import sample_map
>>> page = page_html(sample_map(), svg='<svg viewBox="0 0 10 10"></svg>')
>>> page.startswith("<!DOCTYPE html>"), "https://" in page.split("<svg")[0]
(True, False)
>>> '"tram"' in page and "</script>" in page
True
"""

from __future__ import annotations

import html
import json
import re
from importlib import resources
from typing import Any

from argmap.diagram.options import DEFAULT_TIMEOUT, make_options
from argmap.diagram.panel import panel_data
from argmap.diagram.render import to_svg
from argmap.diagram.themes import theme
from argmap.model import ArgumentMap

__all__ = ["InteractiveMap", "interactive", "page_html", "to_html"]

_PROLOGUE = re.compile(r"\A.*?(?=<svg\b)", re.DOTALL)


def _static(name: str) -> str:
    return resources.files("argmap.diagram").joinpath("static", name).read_text(encoding="utf-8")


def _json_for_script(data: Any) -> str:
    """JSON that cannot end its ``<script>`` element early (``<`` is written ``\\u003c``)."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")


def _hidden(options: list[tuple[str, str]]) -> str:
    """A filter with nothing to choose (a Kialo map names no speaker) is not shown."""
    return "" if options else " hidden"


def _options_html(items: list[tuple[str, str]], everyone: str) -> str:
    choices = [f'<option value="">{html.escape(everyone)}</option>']
    choices += [
        f'<option value="{html.escape(value)}">{html.escape(label)}</option>'
        for value, label in items
    ]
    return "".join(choices)


def page_html(
    argument_map: ArgumentMap,
    *,
    svg: str,
    status: dict[str, str | float] | None = None,
    claim_fill: str = "#ffffff",
) -> str:
    """Return the HTML page around an already laid-out ``svg`` of ``argument_map``.

    ``claim_fill`` is the theme's plain claim colour, shown when evaluation colours are off.
    """
    data = panel_data(argument_map, status=status)
    title = argument_map.title or argument_map.question or "Argument map"
    speakers = [(s["id"], s["name"]) for s in data["speakers"]]
    sources = [(s["id"], s["title"]) for s in data["sources"]]
    evaluation = (
        '<label class="check"><input type="checkbox" id="argmap-eval" checked> '
        "evaluation colours</label>"
        if status
        else ""
    )
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="argmap">
<title>{html.escape(title)}</title>
<style>
{_static("map.css")}#argmap-view {{ --claim-fill: {html.escape(claim_fill)}; }}
</style>
</head>
<body>
<header class="argmap-bar" role="toolbar" aria-label="Map tools">
<h1>{html.escape(title)}</h1>
<input type="search" id="argmap-search" placeholder="Search claims, speakers, quotes"
 aria-label="Search claims, speakers and quotes" aria-controls="argmap-results">
<select id="argmap-speaker" aria-label="Show one speaker's part"{_hidden(speakers)}>{
        _options_html(speakers, "All speakers")
    }</select>
<select id="argmap-source" aria-label="Show one source's part"{_hidden(sources)}>{
        _options_html(sources, "All sources")
    }</select>
{evaluation}
<span class="zoom">
<button type="button" id="argmap-zoom-in" aria-label="Zoom in" title="Zoom in (+)">+</button>
<button type="button" id="argmap-zoom-out" aria-label="Zoom out" title="Zoom out (-)">−</button>
<button type="button" id="argmap-fit" aria-label="Fit the map to the screen"
 title="Fit (0)">Fit</button>
</span>
</header>
<main class="argmap-main">
<ul id="argmap-results" hidden aria-label="Search results"></ul>
<div id="argmap-view" aria-label="The map: Tab moves between claims, Enter opens one">
{svg}
</div>
<aside id="argmap-panel" aria-label="The selected claim" aria-live="polite" hidden></aside>
<p id="argmap-live" class="sr-only" aria-live="polite"></p>
</main>
<script type="application/json" id="argmap-data">{_json_for_script(data)}</script>
<script>
{_static("map.js")}</script>
</body>
</html>
"""


def to_html(argument_map: ArgumentMap, *, timeout: float = DEFAULT_TIMEOUT, **options: Any) -> str:
    """Return the interactive map of ``argument_map``: one self-contained HTML page.

    Args:
        argument_map: the map.
        timeout: seconds ``dot`` may take.
        **options: diagram options (see
            [`DiagramOptions`][argmap.diagram.options.DiagramOptions]); the
            picture is the one [`render`][argmap.render] draws with them.

    Returns:
        The page; it needs no network and no other file.

    Raises:
        RenderError: when ``dot`` is missing, fails or times out.
        DiagramOptionError: for a bad option.
    """
    chosen = make_options(**options)
    svg = _PROLOGUE.sub("", to_svg(argument_map, timeout=timeout, **options), count=1)
    colours = theme(chosen.theme)
    return page_html(argument_map, svg=svg, status=chosen.status, claim_fill=colours.claim_fill)


class InteractiveMap:
    """The interactive map in Jupyter: ``interactive(m)`` displays it in an ``<iframe>``."""

    def __init__(self, argument_map: ArgumentMap, *, height: int = 600, **options: Any) -> None:
        self.page = to_html(argument_map, **options)
        self.height = height

    def _repr_html_(self) -> str:
        return (
            f'<iframe srcdoc="{html.escape(self.page, quote=True)}" title="Argument map" '
            f'style="width:100%;height:{self.height}px;border:1px solid #ccc"></iframe>'
        )


def interactive(argument_map: ArgumentMap, *, height: int = 600, **options: Any) -> InteractiveMap:
    """Return the interactive map of ``argument_map`` for a Jupyter notebook.

    Args:
        argument_map: the map.
        height: the frame's height in pixels.
        **options: diagram options, as for [`to_html`][].
    """
    return InteractiveMap(argument_map, height=height, **options)
