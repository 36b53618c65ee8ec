"""How the command line reports failures: one line on stderr, a non-zero exit, no traceback.

Exit codes: 0 success, 1 an error (a bad map, a quote not found, a file that cannot be
written), 2 a usage error (an unknown option, a bad value, a missing argument).
"""

from __future__ import annotations

import os
import sys
from typing import IO, Any

import click

from argmap.exceptions import ArgmapError

__all__ = ["USAGE_EXIT", "FriendlyGroup", "OneLineUsageError"]

DEBUG_VARIABLE = "ARGMAP_DEBUG"
"""Set this environment variable to see the traceback of an unexpected error."""
USAGE_EXIT = 2
"""The exit code of a usage error, as click, argparse and most Unix tools have it."""


class OneLineUsageError(click.UsageError):
    """A usage error printed as one line: the message and where to read more."""

    exit_code = USAGE_EXIT

    def show(self, file: IO[Any] | None = None) -> None:
        where = self.ctx.command_path if self.ctx is not None else "argmap"
        click.echo(
            f"Error: {_one_line(self.format_message())} (see '{where} --help')",
            file=file or sys.stderr,
        )


def _usage(error: click.UsageError) -> OneLineUsageError:
    if isinstance(error, OneLineUsageError):
        return error
    return OneLineUsageError(error.format_message(), ctx=error.ctx)


class FriendlyGroup(click.Group):
    """A click group that turns argmap's errors into one line on stderr and exit code 1."""

    def make_context(
        self,
        info_name: str | None,
        args: list[str],
        parent: click.Context | None = None,
        **extra: Any,
    ) -> click.Context:
        try:
            return super().make_context(info_name, args, parent, **extra)
        except click.UsageError as error:
            raise _usage(error) from None

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except ArgmapError as error:
            raise click.ClickException(_one_line(str(error))) from None
        except click.UsageError as error:
            raise _usage(error) from None
        except (click.ClickException, click.exceptions.Exit, click.Abort):
            raise
        except KeyboardInterrupt:
            raise click.Abort() from None
        except BrokenPipeError:
            # The reader (e.g. `| head`) has gone: stop quietly, as Unix tools do.
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
            raise SystemExit(1) from None
        except Exception as error:
            if os.environ.get(DEBUG_VARIABLE):
                raise
            raise click.ClickException(
                _one_line(
                    f"internal error: {type(error).__name__}: {error} "
                    f"(set {DEBUG_VARIABLE}=1 to see the traceback, and please report it)"
                )
            ) from None


def _one_line(message: str) -> str:
    return " ".join(message.split("\n"))
