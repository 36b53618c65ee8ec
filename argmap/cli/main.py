"""The ``argmap`` command: a click group that imports a command's module only when it runs.

``argmap --help`` and ``argmap --version`` import no command at all; ``argmap render ...``
imports the render command alone. A command is one module and one line of [`COMMANDS`][]
(``docs/contributing.md``).
"""

from __future__ import annotations

import importlib
from typing import NoReturn

import click

from argmap._process_end import end_process, start_keeping
from argmap._version import __version__
from argmap.cli.errors import FriendlyGroup

__all__ = ["COMMANDS", "cli", "main"]

COMMANDS: dict[str, tuple[str, str]] = {
    # name: ("module:attribute", the first line of the command's help, shown by `argmap --help`)
    "check": ("argmap.cli.check:check_command", "Load FILE, check it, and print every problem."),
    "summary": ("argmap.cli.summary:summary", "Print summary statistics of the map in FILE."),
    "who": (
        "argmap.cli.who:who",
        "Show what ACTOR said in the map in FILE (without ACTOR: a table of all actors).",
    ),
    "tree": (
        "argmap.cli.tree:tree",
        "Draw the reasons and objections around CLAIM in the map in FILE.",
    ),
    "agreement": (
        "argmap.cli.analysis:agreement_command",
        "Show which actors agree and disagree in the map in FILE, and on which claims.",
    ),
    "coverage": (
        "argmap.cli.analysis:coverage_command",
        "Show how well the sources back the map in FILE: what each carries, what several share.",
    ),
    "evaluate": (
        "argmap.cli.evaluate:evaluate_command",
        "Evaluate FILE, a map or an abstract framework (.af/.i23 ICCMA, .apx ASPARTIX, .tgf).",
    ),
    "render": ("argmap.cli.render:render_command", "Draw the map in FILE to OUTPUT."),
    "export": ("argmap.cli.export:export_command", "Write the map in FILE in another format."),
    "convert": ("argmap.cli.export:convert_command", "Convert the map in SOURCE to TARGET."),
    "merge": (
        "argmap.cli.merge:merge_command",
        "Merge the maps in FILE... into one map of the debate, written to OUT.",
    ),
    "quotes": (
        "argmap.cli.quotes:quotes_command",
        "List the quoted remarks in FILE, each with every report that carries it.",
    ),
    "draft": (
        "argmap.cli.draft:draft_command",
        "Draft a map from ARTICLE, a news report as plain text, for the analyst to edit.",
    ),
}
"""Every command: where its code is, and its one-line help (checked against the command's own
docstring by ``tests/test_cli_lazy.py``)."""


class LazyGroup(FriendlyGroup):
    """A group whose commands are imported on first use, from [`COMMANDS`][]."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*COMMANDS, *super().list_commands(ctx)})

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in COMMANDS:
            return super().get_command(ctx, cmd_name)
        module, _, attribute = COMMANDS[cmd_name][0].partition(":")
        command = getattr(importlib.import_module(module), attribute)
        if not isinstance(command, click.Command):
            raise TypeError(f"{COMMANDS[cmd_name][0]} is not a click command")
        return command

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        names = self.list_commands(ctx)
        limit = formatter.width - 6 - max(map(len, names), default=0)
        rows = []
        for name in names:
            if name in COMMANDS:
                stand_in = click.Command(name, help=COMMANDS[name][1])
                rows.append((name, stand_in.get_short_help_str(limit)))
            elif (command := super().get_command(ctx, name)) is not None:
                rows.append((name, command.get_short_help_str(limit)))
        if rows:
            with formatter.section("Commands"):
                formatter.write_dl(rows)


@click.group(
    cls=LazyGroup,
    context_settings={"help_option_names": ["-h", "--help"], "show_default": True},
)
@click.version_option(__version__, prog_name="argmap")
def cli() -> None:
    """Map public debates: check, convert, draw and evaluate argument maps.

    FILE arguments take a map document in any format argmap reads (or - for standard input),
    a Python file with a build() function, or module:build (see 'The command line' in the docs).
    """


def main() -> NoReturn:
    """The ``argmap`` command (``python -m argmap``): [`cli`][] in a process that ends without
    freeing what the command made ([`argmap._process_end`][]).

    Tests call [`cli`][] (click's ``CliRunner``), which exits the usual way.
    """
    start_keeping()
    try:
        cli()
    except SystemExit as ending:  # click's standalone mode ends every run with one
        end_process(ending.code)
    end_process(0)
