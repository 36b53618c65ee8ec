"""``argmap render``: draw a map as SVG, PNG, PDF or DOT."""

from __future__ import annotations

import click

from argmap.cli.loading import load_map
from argmap.cli.output import write_atomic
from argmap.diagram.options import DETAILS, DIRECTIONS, GROUPS, THEMES
from argmap.diagram.render import DEFAULT_TIMEOUT, FORMATS, diagram_bytes, format_for

__all__ = ["render_command"]


@click.command("render")
@click.argument("file")
@click.option(
    "-o",
    "--output",
    required=True,
    type=click.Path(dir_okay=False),
    help="Output file: .svg, .png, .pdf, .dot, or .html for the interactive map.",
)
@click.option("--format", "format_", type=click.Choice(FORMATS), help="Format, if not the suffix.")
@click.option("--from", "from_", help="FILE's format, when its name does not tell.")
@click.option("--detail", type=click.Choice(DETAILS), default="speakers", show_default=True)
@click.option(
    "--direction",
    type=click.Choice(DIRECTIONS),
    default="auto",
    show_default=True,
    help="auto: bottom to top or left to right, whichever suits the map's shape.",
)
@click.option("--group", type=click.Choice(GROUPS), default="none", show_default=True)
@click.option("--focus", help="Show only the neighbourhood of this claim id.")
@click.option("--depth", type=click.IntRange(min=0), default=2, show_default=True)
@click.option("--theme", type=click.Choice(THEMES), default="default", show_default=True)
@click.option(
    "--width",
    type=click.IntRange(min=8),
    default=32,
    show_default=True,
    help="Label width in characters.",
)
@click.option("--no-legend", is_flag=True, help="Leave the legend out.")
@click.option("--actors", is_flag=True, help="Draw the actor map (who argues with whom).")
@click.option(
    "--timeout",
    type=click.FloatRange(min=0, min_open=True),
    default=DEFAULT_TIMEOUT,
    show_default=True,
    help="Seconds the layout may take.",
)
def render_command(
    file: str,
    output: str,
    format_: str | None,
    from_: str | None,
    detail: str,
    direction: str,
    group: str,
    focus: str | None,
    depth: int,
    theme: str,
    width: int,
    no_legend: bool,
    actors: bool,
    timeout: float,
) -> None:
    """Draw the map in FILE to OUTPUT (SVG, PNG, PDF and HTML need Graphviz's dot).

    The suffix of OUTPUT gives the format. ``.html`` writes the interactive map: one
    self-contained page (no network; it works from file://, in an iframe and on any static
    host) with pan and zoom, a side panel showing who said each claim, with what stance and
    in which words, search, a filter by speaker or source, and deep links (map.html#claim-id).
    ``--direction auto`` (the default) draws bottom to top or left to right, whichever suits
    the map's shape.
    """

    output_format = format_ or format_for(output)
    argument_map = load_map(file, format=from_)
    data = diagram_bytes(
        argument_map,
        output_format,
        actors=actors,
        timeout=timeout,
        detail=detail,
        direction=direction,
        group=group,
        focus=focus,
        depth=depth,
        theme=theme,
        width=width,
        legend=not no_legend,
    )
    write_atomic(output, data)
