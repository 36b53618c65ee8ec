"""``argmap export`` and ``argmap convert``: write a map in another format."""

from __future__ import annotations

import click

from argmap.cli.loading import load_map
from argmap.cli.output import write_atomic
from argmap.formats.registry import FORMATS, format_for_path, get_format

__all__ = ["convert_command", "export_command"]


def _writable() -> list[str]:
    return [name for name, f in FORMATS.items() if f.writes]


@click.command("export")
@click.argument("file")
@click.option(
    "--to", "to", required=True, type=click.Choice(_writable()), help="The format to write."
)
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Output file (else stdout).")
@click.option("--from", "from_", help="FILE's format, when its name does not tell.")
def export_command(file: str, to: str, output: str | None, from_: str | None) -> None:
    """Write the map in FILE in another format, to OUTPUT or standard output."""
    text = get_format(to).dumps(load_map(file, format=from_))
    if output:
        write_atomic(output, text)
    else:
        click.echo(text, nl=False)


@click.command("convert")
@click.argument("source")
@click.argument("target", type=click.Path(dir_okay=False))
@click.option("--from", "from_", help="SOURCE's format, when its name does not tell.")
@click.option("--to", "to", help="TARGET's format, when its name does not tell.")
def convert_command(source: str, target: str, from_: str | None, to: str | None) -> None:
    """Convert the map in SOURCE to TARGET, each format told by its file name."""
    chosen = get_format(to) if to else format_for_path(target)
    write_atomic(target, chosen.dumps(load_map(source, format=from_)))
