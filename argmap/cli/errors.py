"""How the command line reports failures: one line on stderr, a non-zero exit, no traceback."""

from __future__ import annotations

import os
import sys
from typing import Any

import click

from argmap.exceptions import ArgmapError

__all__ = ["FriendlyGroup"]

DEBUG_VARIABLE = "ARGMAP_DEBUG"
"""Set this environment variable to see the traceback of an unexpected error."""


class FriendlyGroup(click.Group):
    """A click group that turns argmap's errors into one line on stderr and exit code 1."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except ArgmapError as error:
            raise click.ClickException(_one_line(str(error))) from None
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
