"""Writing a command's output: to a file (whole or not at all) or, for ``-``, standard output.

Every command writes through [`write_output`][], which hands files to argmap's one writer
([`argmap._atomic.write_atomic`][argmap._atomic.write_atomic]) with the files the command read, so
that a command never
replaces its own input unless ``--force`` is given.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

import click

from argmap._atomic import write_atomic
from argmap.cli.loading import read_inputs
from argmap.exceptions import OutputError

if TYPE_CHECKING:
    from argmap.formats.contract import Format, Kind

__all__ = ["STDOUT", "OutputError", "force_option", "output_format", "write_output"]

STDOUT = "-"
"""The output name that means standard output."""

force_option = click.option(
    "--force", is_flag=True, help="Overwrite the output even when it is the input file."
)
"""The ``--force`` option of every command that writes a file."""


def output_format(target: str, name: str | None, *kinds: Kind, stdout: str | None = None) -> Format:
    """Return the format a command writes ``target`` in: ``name`` (``--to``), else the file name's.

    Args:
        target: the output file, or ``-`` for standard output.
        name: the format named on the command line, if any.
        *kinds: the kinds of format the command writes.
        stdout: the format of standard output when none is named (``None``: it must be named).

    Raises:
        DocumentError: an unknown format name, or a file name that tells no format.
        click.UsageError: standard output with no format named and no default.

    >>> from argmap.formats.contract import Kind
    >>> output_format("map.yml", None, Kind.MAP).name
    'yaml'
    >>> output_format("-", None, Kind.MAP, stdout="yaml").name
    'yaml'
    >>> output_format("map.yml", "json", Kind.MAP).name
    'json'
    """
    from argmap.formats.registry import format_for_path, get_format

    if name:
        return get_format(name, *kinds)
    if target == STDOUT:
        if stdout is None:
            raise click.UsageError("name the format of standard output with --to")
        return get_format(stdout, *kinds)
    return format_for_path(target, *kinds)


def write_output(target: str, data: str | bytes, *, force: bool = False) -> None:
    """Write ``data`` to the file ``target``, or to standard output for ``-``.

    Raises:
        OutputError: the file cannot be written, is read-only, or is an input of the command.
    """
    if target == STDOUT:
        sys.stdout.flush()
        stream = sys.stdout.buffer
        stream.write(data.encode("utf-8") if isinstance(data, str) else data)
        stream.flush()
        return
    write_atomic(target, data, inputs=read_inputs(), force=force)
