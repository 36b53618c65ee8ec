"""``argmap merge A B ... -o OUT``: combine maps of one debate into one map."""

from __future__ import annotations

import click

from argmap.cli.loading import load_map
from argmap.cli.options import PATH, from_option, to_option
from argmap.cli.output import force_option, output_format, write_output
from argmap.formats.contract import Kind

__all__ = ["merge_command"]


@click.command("merge")
@click.argument("files", metavar="FILE...", nargs=-1, required=True, type=PATH)
@click.option(
    "-o", "--output", required=True, metavar="OUT", type=PATH, help="The merged map (- for stdout)."
)
@from_option()
@to_option(Kind.MAP)
@click.option(
    "--mapping",
    metavar="FILE",
    help="YAML file of decisions: 'aliases' (actor names that are one) and 'same' (claim or "
    "other ids of a later map that are ids of an earlier one).",
)
@force_option
def merge_command(
    files: tuple[str, ...],
    output: str,
    from_: str | None,
    to: str | None,
    mapping: str | None,
    force: bool,
) -> None:
    """Merge the maps in FILE... into one map of the debate, written to OUT.

    Nothing of any map is lost. Actors with the same name (or an alias in --mapping), sources
    with the same url (or outlet, title and date), and claims with the same id and text are
    taken as one. An id that names different things is renamed; claims whose texts are
    near-identical stay apart and are listed as candidates: confirm them under 'same' in
    --mapping. What was decided is printed on standard error.
    """
    from argmap.merging import merge, read_merge_mapping

    chosen = output_format(output, to, Kind.MAP)
    decisions = read_merge_mapping(mapping) if mapping else None
    maps = [load_map(file, format=from_) for file in files]
    result = merge(
        *maps,
        aliases=decisions.aliases if decisions else None,
        same=decisions.same if decisions else None,
    )
    write_output(output, chosen.dumps(result.map), force=force)
    report = result.report
    for line in report.lines():
        click.echo(line, err=True)
    merged = result.map
    click.echo(
        f"merged {len(files)} maps into {output}: {len(merged.claims)} claims, "
        f"{len(merged.attributions)} attributions, {len(merged.actors)} actors, "
        f"{len(merged.sources)} sources; {len(report.merged)} taken as one, "
        f"{len(report.renamed)} renamed, {len(report.candidates)} candidate"
        f"{'s' * (len(report.candidates) != 1)}",
        err=True,
    )
