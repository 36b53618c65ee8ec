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

from argmap.cli.loading import read_inputs
from argmap.exceptions import DocumentError, OutputError
from argmap.formats.contract import Kind

if TYPE_CHECKING:
    from argmap.formats.contract import Format

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
        DocumentError: an unknown format name, or a file name that tells no format the command
            writes (a map format's name for a diagram says which command writes maps).
        click.UsageError: standard output with no format named and no default, or a format
            named that contradicts the file name (``--to svg -o map.png``; a generic ending such
            as ``.json`` may hold a format that extends it, ``.aif.json``).

    >>> from argmap.formats.contract import Kind
    >>> output_format("map.yml", None, Kind.MAP).name
    'yaml'
    >>> output_format("-", None, Kind.MAP, stdout="yaml").name
    'yaml'
    >>> output_format("corpus.json", "aif", Kind.MAP).name
    'aif'
    """
    from argmap.formats.registry import format_for_path, get_format, match_name

    if name:
        chosen = get_format(name, *kinds)
        claimed = None if target == STDOUT else match_name(target)
        if (
            claimed is not None
            and claimed[0] is not chosen
            and not any(suffix.endswith(claimed[1]) for suffix in chosen.suffixes)
        ):
            raise click.UsageError(
                f"{target}: the file name says {claimed[0].name} but the format named is "
                f"{chosen.name}; name the file for its format ({', '.join(chosen.suffixes)})"
            )
        return chosen
    if target == STDOUT:
        if stdout is None:
            raise click.UsageError("name the format of standard output with --to")
        return get_format(stdout, *kinds)
    claimed = match_name(target)
    if claimed is not None and claimed[0].kind not in kinds:
        other = claimed[0]
        hint = "; argmap convert writes maps" if other.kind is Kind.MAP else ""
        raise DocumentError(
            f"{other.name} is a {other.kind.value} format, and this command writes "
            f"{' or '.join(k.value for k in kinds)} files{hint}",
            file=target,
        )
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
    from argmap._atomic import write_atomic  # only when writing a file (not for --help)

    write_atomic(target, data, inputs=read_inputs(), force=force)
