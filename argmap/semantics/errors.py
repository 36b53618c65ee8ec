"""The errors the argumentation engine raises.

Each subclasses :class:`argmap.exceptions.ArgmapError` and a fitting builtin, so callers can
catch either:

>>> issubclass(FrameworkError, ValueError) and issubclass(SemanticsTimeout, TimeoutError)
True
"""

from __future__ import annotations

from argmap.exceptions import ArgmapError, DocumentError

__all__ = [
    "ConvergenceError",
    "FrameworkError",
    "FrameworkFormatError",
    "SemanticsTimeout",
]


class FrameworkError(ArgmapError, ValueError):
    """An argumentation framework was built from bad data (an unknown or repeated argument)."""


class FrameworkFormatError(DocumentError):
    """A framework file (ICCMA, ASPARTIX, TGF) cannot be read.

    A :class:`~argmap.exceptions.DocumentError` (so a ``ValueError``), with ``file``,
    ``line`` and ``column`` when known.

    >>> str(FrameworkFormatError("expected 'p af N'", file="a.af", line=1, column=1))
    "a.af:1:1: expected 'p af N'"
    """


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
