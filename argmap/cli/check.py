"""``argmap check FILE``: load a map, validate it, print its problems."""

from __future__ import annotations

import click

from argmap.cli.loading import load_map
from argmap.validation import validate

__all__ = ["check_command"]


@click.command("check")
@click.argument("file")
@click.option("--format", "format_name", help="The file's format, when its name does not tell.")
@click.option("--strict", is_flag=True, help="Exit non-zero on warnings too.")
def check_command(file: str, format_name: str | None, strict: bool) -> None:
    """Load FILE, check it, and print every problem.

    FILE is a map document (JSON, YAML or a foreign format), a Python file with a build()
    function, or module:attribute. Errors stop the load and exit 1; warnings are printed and
    exit 0 unless --strict.
    """
    argument_map = load_map(file, format=format_name)
    problems = validate(argument_map)
    for problem in problems:
        click.echo(f"{file}: {problem}")
    counts = (
        f"{len(argument_map.claims)} claims, {len(argument_map.arguments)} arguments, "
        f"{len(argument_map.rebuttals)} rebuttals, {len(argument_map.attributions)} attributions"
    )
    click.echo(f"{file}: {counts}; {len(problems)} warning{'s' * (len(problems) != 1)}")
    if strict and problems:
        raise SystemExit(1)
