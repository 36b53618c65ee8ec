"""``argmap tree FILE CLAIM [--depth N] [--json]``: the reasons and objections around a claim."""

from __future__ import annotations

import click

from argmap.cli._analysis_output import echo_json
from argmap.cli.loading import load_map
from argmap.cli.options import PATH, from_option

__all__ = ["tree"]


@click.command("tree")
@click.argument("file", type=PATH)
@from_option()
@click.argument("claim")
@click.option("--depth", type=click.IntRange(min=0), help="Show this many levels at most.")
@click.option("--json", "as_json", is_flag=True, help="Print the nodes (flat, preorder) as JSON.")
def tree(file: str, from_: str | None, claim: str, depth: int | None, as_json: bool) -> None:
    """Draw the reasons and objections around CLAIM in the map in FILE."""
    from argmap.analysis import claim_tree, render

    built = claim_tree(load_map(file, format=from_), claim, depth=depth)
    if as_json:
        echo_json(built)
    else:
        click.echo(render(built))
