"""``argmap render``: draw a map as SVG, PNG, PDF, DOT or Mermaid."""

from __future__ import annotations

import click

from argmap.cli.loading import load_map
from argmap.cli.options import (
    PATH,
    diagram_keywords,
    diagram_options,
    format_choice,
    from_option,
    renamed_option,
    to_option,
)
from argmap.cli.output import force_option, output_format, write_output
from argmap.diagram.options import DEFAULT_TIMEOUT
from argmap.formats.contract import Kind

__all__ = ["render_command"]


@click.command("render")
@click.argument("file", type=PATH)
@click.option(
    "-o",
    "--output",
    required=True,
    metavar="OUT",
    type=PATH,
    help="Output file, its suffix telling the format (map.svg, map.mmd, map.html for the "
    "interactive map); - for stdout.",
)
@to_option(Kind.DIAGRAM, what="the diagram")
@renamed_option("format", "to", format_choice(Kind.DIAGRAM, writes=True))
@from_option()
@diagram_options
@click.option("--actors", is_flag=True, help="Draw the actor map (who argues with whom).")
@click.option(
    "--timeout",
    type=click.FloatRange(min=0, min_open=True),
    default=DEFAULT_TIMEOUT,
    help="Seconds the layout may take.",
)
@force_option
@click.pass_context
def render_command(
    ctx: click.Context,
    /,
    file: str,
    output: str,
    to: str | None,
    old_format: str | None,
    from_: str | None,
    actors: bool,
    timeout: float,
    force: bool,
    **options: object,
) -> None:
    """Draw the map in FILE to OUTPUT.

    OUTPUT's suffix gives the format. .html writes the interactive map: one self-contained
    page (no network; it works from file://, in an iframe and on any static host) with pan and
    zoom, a side panel showing who said each claim, with what stance and in which words, with
    the source and a link to it, search, a filter by speaker or source, and deep links
    (map.html#claim-id). --direction auto (the default) draws bottom to top or left to right,
    whichever suits the map's shape.

    SVG, PNG, PDF and HTML need Graphviz's dot; DOT and Mermaid do not. If dot is killed (very big
    maps), draw less with --focus CLAIM --depth N.
    """
    chosen = output_format(output, to or old_format, Kind.DIAGRAM)
    argument_map = load_map(file, format=from_)
    data = chosen.dumps(
        argument_map, actors=actors, timeout=timeout, **diagram_keywords(ctx.params)
    )
    write_output(output, data, force=force)
