"""Options shared by the commands, written once: ``--from``, ``--to`` and the diagram options.

The diagram options take their defaults and choices from
[`DiagramOptions`][argmap.diagram.options.DiagramOptions] and the theme table, so the command line
cannot
drift from the library.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

import attrs
import click

from argmap.formats.contract import Kind
from argmap.formats.registry import formats

__all__ = [
    "PATH",
    "diagram_keywords",
    "diagram_options",
    "format_choice",
    "from_option",
    "renamed_option",
    "to_option",
]

F = TypeVar("F", bound=Callable[..., Any])

PATH = click.Path(allow_dash=True)
"""The type of every FILE argument and output option: any path, ``-`` for standard input or
output (a shell completes it as a file name; ``module:build`` passes through)."""


def format_choice(*kinds: Kind, reads: bool = False, writes: bool = False) -> click.Choice[str]:
    """A case-insensitive choice of the registry's formats of ``kinds`` that read/write."""
    names = [f.name for f in formats(*kinds) if (f.reads or not reads) and (f.writes or not writes)]
    return click.Choice(names, case_sensitive=False)


def from_option(*kinds: Kind, what: str = "FILE") -> Callable[[F], F]:
    """The ``--from FORMAT`` option of every command that reads a map (or a framework)."""
    choice = format_choice(*(kinds or (Kind.MAP,)), reads=True)
    return click.option(
        "--from",
        "from_",
        metavar="FORMAT",
        type=choice,
        help=f"{what}'s format ({', '.join(choice.choices)}), when neither its name nor its "
        "content tells it.",
    )


def to_option(*kinds: Kind, what: str = "the output", required: bool = False) -> Callable[[F], F]:
    """The ``--to FORMAT`` option of every command that writes a map or a diagram."""
    choice = format_choice(*kinds, writes=True)
    return click.option(
        "--to",
        "to",
        metavar="FORMAT",
        required=required,
        type=choice,
        help=f"The format of {what} ({', '.join(choice.choices)}), when its file name does "
        "not tell it.",
    )


def renamed_option(old: str, new: str, choice: click.Choice[str]) -> Callable[[F], F]:
    """A hidden, deprecated old name of an option (``--format`` for ``--from``), kept so that
    scripts keep working; the command reads it as ``old_<name>``."""
    return click.option(
        f"--{old}",
        f"old_{old}",
        type=choice,
        hidden=True,
        deprecated=f"use --{new}",
        help=f"Deprecated: the old name of --{new}.",
    )


def _default(name: str) -> Any:
    from argmap.diagram.options import DiagramOptions

    return attrs.fields_dict(DiagramOptions)[name].default


def diagram_options(function: F) -> F:
    """Add ``--detail``, ``--direction``, ``--group``, ``--focus``, ``--depth``, ``--theme``,
    ``--width`` and ``--no-legend``, with the defaults of ``DiagramOptions``."""
    from argmap.diagram.options import DETAILS, DIRECTIONS, GROUPS, THEMES

    decorators = [
        click.option("--detail", type=click.Choice(DETAILS), default=_default("detail")),
        click.option("--direction", type=click.Choice(DIRECTIONS), default=_default("direction")),
        click.option("--group", type=click.Choice(GROUPS), default=_default("group")),
        click.option(
            "--focus",
            metavar="CLAIM",
            default=_default("focus"),
            help="Show only the neighbourhood of CLAIM.",
        ),
        click.option(
            "--depth",
            type=click.IntRange(min=0),
            default=_default("depth"),
            help="How many steps --focus reaches.",
        ),
        click.option("--theme", type=click.Choice(THEMES), default=_default("theme")),
        click.option(
            "--width",
            type=click.IntRange(min=8),
            default=_default("width"),
            help="Label width in characters.",
        ),
        click.option("--no-legend", is_flag=True, help="Leave the legend out."),
    ]
    for decorator in reversed(decorators):
        function = decorator(function)
    return function


def diagram_keywords(params: dict[str, Any]) -> dict[str, Any]:
    """The ``DiagramOptions`` keywords from a command's parameters (``--no-legend`` inverted)."""
    names = ("detail", "direction", "group", "focus", "depth", "theme", "width")
    chosen = {name: params[name] for name in names}
    chosen["legend"] = not params["no_legend"]
    return chosen
