"""Writing a command's output: to a file (whole or not at all) or, for ``-``, standard output.

Every command writes through [`write_output`][], which hands files to argmap's one writer
([`argmap._atomic.write_atomic`][argmap._atomic.write_atomic]) with the files the command read, so
that a command never
replaces its own input unless ``--force`` is given.
"""

from __future__ import annotations

import sys

import click

from argmap._atomic import write_atomic
from argmap.cli.loading import read_inputs
from argmap.exceptions import OutputError

__all__ = ["STDOUT", "OutputError", "force_option", "write_output"]

STDOUT = "-"
"""The output name that means standard output."""

force_option = click.option(
    "--force", is_flag=True, help="Overwrite the output even when it is the input file."
)
"""The ``--force`` option of every command that writes a file."""


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
