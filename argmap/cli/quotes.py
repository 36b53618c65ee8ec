"""``argmap quotes FILE [--compare] [--json]``: the remarks of a map and how outlets print them."""

from __future__ import annotations

import attrs
import click

from argmap.cli._analysis_output import echo_json
from argmap.cli.loading import load_map
from argmap.cli.options import PATH, from_option

__all__ = ["quotes_command"]


@click.command("quotes")
@click.argument("file", type=PATH)
@from_option()
@click.option(
    "--compare",
    is_flag=True,
    help="Only remarks carried by several reports, with a word diff between their versions.",
)
@click.option("--json", "as_json", is_flag=True, help="Print the remarks as JSON.")
def quotes_command(file: str, from_: str | None, compare: bool, as_json: bool) -> None:
    """List the quoted remarks in FILE, each with every report that carries it.

    Reports are one remark when they have the same speaker, the same setting where both give
    one, and closely matching quotes. With --compare, only remarks reported more than once are
    shown, and each later version is diffed against the first: [-words-] are the first
    report's, {+words+} the other's.
    """
    from argmap.analysis.remarks import remark_line, remarks

    argument_map = load_map(file, format=from_)
    found = remarks(argument_map, min_reports=2 if compare else 1)
    if as_json:
        echo_json(
            [
                {
                    "actor": r.actor,
                    "setting": r.setting,
                    "claim": r.claim,
                    "versions": [attrs.asdict(v) for v in r.versions],
                    "differences": [
                        {"first": a, "other": b, "diff": diff} for a, b, diff in r.differences()
                    ],
                }
                for r in found
            ]
        )
        return
    if not found:
        what = "remark carried by more than one report" if compare else "quoted remark"
        click.echo(f"{file}: no {what}")
        return
    for number, remark in enumerate(found, start=1):
        if number > 1:
            click.echo()
        click.echo(f"{number}. {remark_line(argument_map, remark)}")
        for version in remark.versions:
            click.echo(f"   {version.outlet} ({version.attribution}): “{version.words}”")
        if compare:
            differences = remark.differences()
            if not differences:
                click.echo("   every version has the same words")
            for _, other, diff in differences:
                click.echo(f"   {other}: {diff}")
