"""``argmap export`` and ``argmap convert``: write a map in another format, or draw it.

Both write any format of the registry that holds a map or a diagram: ``convert a.yaml b.dot``,
``export a.yaml --to mermaid``.
"""

from __future__ import annotations

import click

from argmap.cli.loading import load_map
from argmap.cli.options import PATH, from_option, to_option
from argmap.cli.output import STDOUT, force_option, output_format, write_output
from argmap.formats.contract import Kind

__all__ = ["convert_command", "export_command"]

_WRITES = (Kind.MAP, Kind.DIAGRAM)


@click.command("export")
@click.argument("file", type=PATH)
@to_option(*_WRITES, required=True)
@click.option(
    "-o", "--output", default=STDOUT, metavar="OUT", type=PATH, help="Output file (- for stdout)."
)
@from_option()
@force_option
def export_command(file: str, to: str, output: str, from_: str | None, force: bool) -> None:
    """Write the map in FILE in another format.

    The output goes to OUT, or to standard output. FORMAT is any format argmap writes: a map
    format or a diagram.
    """
    chosen = output_format(output, to, *_WRITES)
    write_output(output, chosen.dumps(load_map(file, format=from_)), force=force)


@click.command("convert")
@click.argument("source", type=PATH)
@click.argument("target", type=PATH)
@from_option(what="SOURCE")
@to_option(*_WRITES, what="TARGET")
@force_option
def convert_command(
    source: str, target: str, from_: str | None, to: str | None, force: bool
) -> None:
    """Convert the map in SOURCE to TARGET.

    Each format is told by its file name (SOURCE also by its content), or named with --from and
    --to; - is standard input or output. TARGET may be a diagram (.dot, .mmd, .svg, ...).
    """
    chosen = output_format(target, to, *_WRITES)
    write_output(target, chosen.dumps(load_map(source, format=from_)), force=force)
