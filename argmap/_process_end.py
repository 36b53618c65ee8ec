"""Ending a command-line run without freeing what it made.

A run of ``argmap render big.json`` builds a parsed JSON value and a map of many small
objects; freeing them one by one when the command returns, and then tearing the interpreter
down, is work nobody waits for: about 3% of rendering a 10,000-claim AIF file (the parsed
value alone takes ~20 ms to free). [`end_process`][] ends the process at once, as mypy's
``hard_exit`` does, after doing everything a normal exit does that anyone can see: the
standard streams are flushed and the ``atexit`` functions run. What the library keeps with
[`keep_until_exit`][] is never freed: the last two values, the parsed file and the map of
the last load (so that a command reading many files, ``merge``, holds no more than one file's
worth). Outside a command-line run it keeps nothing.

>>> keep_until_exit([1, 2, 3])  # not a command-line run: nothing is kept
>>> _kept is None
True
"""

from __future__ import annotations

import atexit
import os
import sys
from collections import deque
from typing import NoReturn

__all__ = ["end_process", "keep_until_exit", "start_keeping"]

FLUSH_FAILED_EXIT = 120
"""The exit code Python gives when flushing the standard streams fails at exit."""

KEPT_AT_MOST = 2
"""How many values [`keep_until_exit`][] holds: the parsed file and the map of one load."""

_kept: deque[object] | None = None


def start_keeping() -> None:
    """From now on [`keep_until_exit`][] keeps what it is given (the command line's start)."""
    global _kept
    if _kept is None:
        _kept = deque(maxlen=KEPT_AT_MOST)


def keep_until_exit(value: object) -> None:
    """Hold ``value`` until the process ends, in a run that ends with [`end_process`][]
    (letting go of the oldest value held when it holds [`KEPT_AT_MOST`][] already)."""
    if _kept is not None:
        _kept.append(value)


def end_process(code: object) -> NoReturn:
    """End the process with ``code``, as ``sys.exit(code)`` would, without freeing objects.

    ``None`` is 0, an integer is itself, anything else is printed to stderr and is 1 (as
    Python does). The standard streams are flushed and the ``atexit`` functions run first.
    """
    if code is None:
        status = 0
    elif isinstance(code, int):
        status = code
    else:
        print(code, file=sys.stderr)
        status = 1
    run_exit_functions = getattr(atexit, "_run_exitfuncs", None)
    if run_exit_functions is None:  # not CPython: exit the usual way
        sys.exit(status)
    run_exit_functions()
    for stream in (sys.stdout, sys.stderr):
        try:
            if stream is not None:
                stream.flush()
        except (OSError, ValueError):  # a closed pipe or stream
            status = status or FLUSH_FAILED_EXIT
    os._exit(status)
