"""``argmap check FILE [--sources DIR]``: load a map, validate it, verify its quotes."""

from __future__ import annotations

import click

from argmap.cli.loading import load_map
from argmap.cli.options import PATH, format_choice, from_option, renamed_option
from argmap.cli.output import STDOUT, force_option, output_format, write_output
from argmap.formats.contract import Kind

__all__ = ["check_command"]


@click.command("check")
@click.argument("file", type=PATH)
@from_option()
@renamed_option("format", "from", format_choice(Kind.MAP, reads=True))
@click.option("--strict", is_flag=True, help="Exit non-zero on warnings too.")
@click.option(
    "--sources",
    type=click.Path(exists=True, file_okay=False),
    help="Folder of source texts: verify every quote (a source's 'file', else <id>.txt).",
)
@click.option(
    "--allow-outside-sources",
    is_flag=True,
    help="With --sources: also read texts outside the folder (absolute paths, '..', symlinks).",
)
@click.option(
    "--locate",
    metavar="OUT",
    type=PATH,
    help=(
        "With --sources: write the map with each verified quote's span to OUT (- for stdout, as "
        "YAML; the report then goes to stderr)."
    ),
)
@force_option
def check_command(
    file: str,
    from_: str | None,
    old_format: str | None,
    strict: bool,
    sources: str | None,
    allow_outside_sources: bool,
    locate: str | None,
    force: bool,
) -> None:
    """Load FILE, check it, and print every problem.

    FILE is a map document in any format argmap reads (- for standard input), a Python file
    with a build() function, or module:build. Errors stop the load and exit 1; warnings are
    printed and exit 0 unless --strict. With --sources, every direct quote and quoted fragment
    is looked up in its source's text; a quote not found exits 1. A quote the text prints more
    than once is verbatim; unless its locator marks one of its places it is a warning.
    Texts are read only from inside the --sources folder unless --allow-outside-sources is given.
    """
    from argmap.quotes import QuoteStatus, check_quotes, load_source_texts, locate_quotes
    from argmap.validation import validate

    if locate and not sources:
        raise click.UsageError("--locate needs --sources")
    # With the located map on standard output, the report goes to standard error.
    to_stderr = locate == STDOUT
    argument_map = load_map(file, format=from_ or old_format)
    problems = validate(argument_map)
    for problem in problems:
        click.echo(f"{file}: {problem}", err=to_stderr)
    counts = (
        f"{len(argument_map.claims)} claims, {len(argument_map.arguments)} arguments, "
        f"{len(argument_map.rebuttals)} rebuttals, {len(argument_map.attributions)} attributions"
    )
    click.echo(
        f"{file}: {counts}; {len(problems)} warning{'s' * (len(problems) != 1)}", err=to_stderr
    )
    failed = bool(strict and problems)
    if sources:
        texts = load_source_texts(argument_map, sources, allow_outside=allow_outside_sources)
        reports = check_quotes(argument_map, texts)
        missed = [r for r in reports if r.status is QuoteStatus.NOT_FOUND]
        unplaced = [r for r in reports if r.unplaced]
        for report in reports:  # in the map's order; by status, not by searching the lists
            if report.unplaced:
                hint = "" if report.locator else "; a locator says which place"
                click.echo(f"{file}: warning: {report}{hint}", err=to_stderr)
            elif report.status is QuoteStatus.NOT_FOUND or report.check.skipped:
                click.echo(f"{file}: {report}", err=to_stderr)
        found = len(reports) - len(missed)
        click.echo(f"{file}: {found} of {len(reports)} quotes found verbatim", err=to_stderr)
        failed = failed or bool(missed) or bool(strict and unplaced)
        if locate:
            located = locate_quotes(argument_map, texts)
            chosen = output_format(locate, None, Kind.MAP, stdout="yaml")
            write_output(locate, chosen.dumps(located), force=force)
    if failed:
        raise SystemExit(1)
