"""The errors the argumentation engine raises, kept importable from here.

They live in [`argmap.exceptions`][argmap.exceptions] with every other argmap error; this module
re-exports
them so older imports keep working:

>>> issubclass(FrameworkError, ValueError) and issubclass(SemanticsTimeoutError, TimeoutError)
True
"""

from __future__ import annotations

from typing import Any

from argmap.exceptions import (
    ConvergenceError,
    FrameworkError,
    FrameworkFormatError,
    SemanticsTimeoutError,
    deprecated_alias,
)

__all__ = [
    "ConvergenceError",
    "FrameworkError",
    "FrameworkFormatError",
    "SemanticsTimeoutError",
]


def __getattr__(name: str) -> Any:
    return deprecated_alias(name, __name__)
