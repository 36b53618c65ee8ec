"""``argmap agreement FILE`` and ``argmap coverage FILE``: who agrees; what each source carries."""

from __future__ import annotations

import click

from argmap.cli._analysis_output import echo_json
from argmap.cli.loading import load_map
from argmap.cli.options import PATH, from_option

__all__ = ["agreement_command", "coverage_command"]


@click.command("agreement")
@click.argument("file", type=PATH)
@from_option()
@click.option("--json", "as_json", is_flag=True, help="Print the relations as JSON.")
def agreement_command(file: str, from_: str | None, as_json: bool) -> None:
    """Show which actors agree and disagree in the map in FILE, and on which claims."""
    from argmap.analysis import agreement
    from argmap.analysis._table import table

    relations = agreement(load_map(file, format=from_))
    if as_json:
        echo_json(relations)
        return
    if not relations:
        click.echo("(no two actors take a stance on the same claims)")
        return
    rows = [(r.first, r.kind.value, r.second, ", ".join(r.claims)) for r in relations]
    click.echo(table(["actor", "relation", "actor", "claims"], rows))


@click.command("coverage")
@click.argument("file", type=PATH)
@from_option()
@click.option("--json", "as_json", is_flag=True, help="Print the coverage as JSON.")
def coverage_command(file: str, from_: str | None, as_json: bool) -> None:
    """Show how well the sources back the map in FILE: what each carries, what several share."""
    from argmap.analysis import coverage
    from argmap.analysis._table import table

    report = coverage(load_map(file, format=from_))
    if as_json:
        echo_json(report)
        return
    rows = [
        (s.source, s.title, s.attributions, len(s.claims), len(s.actors)) for s in report.sources
    ]
    lines = [table(["source", "title", "attributions", "claims", "actors"], rows)]
    for head, several in (
        ("claim in several sources", report.claims_in_several),
        ("actor in several sources", report.actors_in_several),
    ):
        if several:
            lines += ["", table([head, "sources"], [(k, ", ".join(v)) for k, v in several.items()])]
    click.echo("\n".join(lines))
