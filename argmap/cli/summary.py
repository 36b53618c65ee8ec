"""``argmap summary FILE [--json]``: what a map holds, in numbers."""

from __future__ import annotations

import click

from argmap.cli._analysis_output import echo_json
from argmap.cli.loading import load_map
from argmap.cli.options import PATH, from_option

__all__ = ["summary"]


@click.command("summary")
@click.argument("file", type=PATH)
@from_option()
@click.option("--json", "as_json", is_flag=True, help="Print the statistics as JSON.")
@click.option(
    "--top",
    type=click.IntRange(min=0),
    default=5,
    show_default=True,
    help="How many actors and sources to rank.",
)
def summary(file: str, from_: str | None, as_json: bool, top: int) -> None:
    """Print summary statistics of the map in FILE."""
    from argmap.analysis import contested, summarise
    from argmap.analysis._table import table

    argument_map = load_map(file, format=from_)
    facts = summarise(argument_map, top=top)
    if as_json:
        echo_json(facts)
        return
    lines = []
    for label, value in (
        ("title", facts.title),
        ("question", facts.question),
        ("central", facts.central),
    ):
        if value:
            lines.append(f"{label}: {value}")
    sections = [
        ("element", "count", facts.counts),
        ("attack kind", "count", facts.attack_kinds),
        ("mode", "attributions", facts.modes),
        ("stance", "attributions", facts.stances),
        ("claim kind", "claims", facts.claim_kinds),
    ]
    for head, unit, counts in sections:
        lines += ["", table([head, unit], counts.items())]
    lines += [
        "",
        f"claims without attribution: {facts.unattributed_claims}",
        f"claims connected to nothing: {facts.isolated_claims}",
    ]
    if facts.top_actors:
        lines += ["", table(["most-quoted actor", "attributions"], facts.top_actors)]
    if facts.top_sources:
        lines += ["", table(["source", "attributions"], facts.top_sources)]
    most = contested(argument_map, limit=top)
    if most:
        rows = [(c.claim, c.score, len(c.attacks), len(c.held_by), len(c.denied_by)) for c in most]
        lines += ["", table(["most contested", "score", "attacks", "held", "denied"], rows)]
    click.echo("\n".join(lines))
