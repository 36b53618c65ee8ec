"""``argmap who FILE [ACTOR] [--claim CLAIM] [--json]``: who said what, and where."""

from __future__ import annotations

from typing import TYPE_CHECKING

import click

from argmap.cli._analysis_output import echo_json
from argmap.cli.loading import load_map
from argmap.cli.options import PATH, from_option

if TYPE_CHECKING:
    from argmap.analysis import Statement

__all__ = ["who"]


@click.command("who")
@click.argument("file", type=PATH)
@from_option()
@click.argument("actor", required=False)
@click.option("--claim", help="Show who took a stance on this claim instead.")
@click.option("--json", "as_json", is_flag=True, help="Print the result as JSON.")
def who(file: str, from_: str | None, actor: str | None, claim: str | None, as_json: bool) -> None:
    """Show what ACTOR said in the map in FILE (without ACTOR: a table of all actors)."""
    from argmap.analysis import actor_table, statements_by, statements_on
    from argmap.analysis._table import table

    if actor and claim:
        raise click.UsageError("give an ACTOR or --claim, not both")

    argument_map = load_map(file, format=from_)
    if claim:
        on = statements_on(argument_map, claim)
        if as_json:
            echo_json(on)
            return
        click.echo(f"[{on.claim}] {on.text}")
        click.echo(_statements(on.statements, "actor"))
    elif actor:
        said = statements_by(argument_map, actor)
        if as_json:
            echo_json(said)
            return
        click.echo(f"{said.name} ({said.actor})")
        click.echo(_statements(said.statements, "claim"))
    else:
        rows = actor_table(argument_map)
        if as_json:
            echo_json(rows)
            return
        click.echo(
            table(
                ["actor", "name", "role", "asserts", "denies", "concedes", "questions", "sources"],
                [
                    (
                        r.actor,
                        r.name,
                        r.role,
                        r.asserts,
                        r.denies,
                        r.concedes,
                        r.questions,
                        r.sources,
                    )
                    for r in rows
                ],
            )
        )


def _statements(statements: tuple[Statement, ...], by: str) -> str:
    from argmap.analysis._table import table

    if not statements:
        return "(no attributions)"
    rows = [
        (
            s.stance.value,
            s.claim if by == "claim" else s.actor_name,
            _clip(s.words),
            s.source_title + (f" ({s.date})" if s.date else ""),
        )
        for s in statements
    ]
    return table(["stance", by, "words", "source"], rows)


def _clip(text: str | None, width: int = 60) -> str | None:
    if text is None or len(text) <= width:
        return text
    return text[: width - 1] + "…"
