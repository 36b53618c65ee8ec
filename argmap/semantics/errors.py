"""The errors the argumentation engine raises.

Each subclasses :class:`argmap.exceptions.ArgmapError` and a fitting builtin, so callers can
catch either:

>>> issubclass(FrameworkError, ValueError) and issubclass(SemanticsTimeout, TimeoutError)
True
"""

from __future__ import annotations

from argmap.exceptions import ArgmapError

__all__ = [
    "ConvergenceError",
    "FrameworkError",
    "FrameworkFormatError",
    "SemanticsTimeout",
]


class FrameworkError(ArgmapError, ValueError):
    """An argumentation framework was built from bad data (an unknown or repeated argument)."""


class FrameworkFormatError(ArgmapError, ValueError):
    """A framework file (ICCMA, ASPARTIX, TGF) cannot be read.

    Args:
        message: what is wrong, in plain words.
        file: the file name, when known.
        line: the 1-based line, when known.
        column: the 1-based column, when known.

    >>> str(FrameworkFormatError("expected 'p af N'", file="a.af", line=1, column=1))
    "a.af:1:1: expected 'p af N'"
    >>> str(FrameworkFormatError("empty name", line=3))
    '<string>:3: empty name'
    """

    def __init__(
        self,
        message: str,
        *,
        file: str | None = None,
        line: int | None = None,
        column: int | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.file = file
        self.line = line
        self.column = column

    def __str__(self) -> str:
        place = self.file if self.file is not None else "<string>"
        if self.line is not None:
            place += f":{self.line}"
            if self.column is not None:
                place += f":{self.column}"
        return f"{place}: {self.message}"


class SemanticsTimeout(ArgmapError, TimeoutError):
    """A reasoning task ran out of time.

    The extensions found before the deadline are kept in ``partial`` (in the order found), so
    an enumeration that timed out still gives what it had.

    Args:
        message: what ran out of time.
        partial: the extensions found so far.

    >>> err = SemanticsTimeout("preferred: 2.0 s elapsed", partial=(frozenset({"a"}),))
    >>> err.partial
    (frozenset({'a'}),)
    """

    def __init__(self, message: str, *, partial: tuple[frozenset[str], ...] = ()) -> None:
        super().__init__(message)
        self.partial = partial


class ConvergenceError(ArgmapError, ArithmeticError):
    """An iterative gradual semantics did not converge within its iteration budget.

    Args:
        message: the semantics, the iteration count and the last change.
    """
