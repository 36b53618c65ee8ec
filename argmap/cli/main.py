"""The ``argmap`` command: a click group that gathers one command per module."""

from __future__ import annotations

import click

from argmap import __version__
from argmap.cli.check import check_command
from argmap.cli.errors import FriendlyGroup
from argmap.cli.evaluate import evaluate_command
from argmap.cli.export import convert_command, export_command
from argmap.cli.render import render_command
from argmap.cli.summary import summary
from argmap.cli.tree import tree
from argmap.cli.who import who

__all__ = ["cli"]


@click.group(cls=FriendlyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="argmap")
def cli() -> None:
    """Map public debates: check, convert, draw and evaluate argument maps.

    FILE arguments take a map document (JSON, YAML or a foreign format), a Python file with a
    build() function, or module:attribute.
    """


for _command in (
    check_command,
    export_command,
    convert_command,
    summary,
    who,
    tree,
    evaluate_command,
    render_command,
):
    cli.add_command(_command)
