"""Every error argmap raises, in one place.

Each class subclasses [`ArgmapError`][] and the fitting builtin, so callers can catch either:

>>> from argmap.exceptions import ArgmapError, UnknownIdError
>>> issubclass(UnknownIdError, LookupError) and issubclass(UnknownIdError, ArgmapError)
True
>>> issubclass(SemanticsTimeoutError, TimeoutError)
True

Every name here is also exported from `argmap`. ``SemanticsTimeout`` is the old name of
[`SemanticsTimeoutError`][]: it still works, with a `DeprecationWarning`.
"""

from __future__ import annotations

import warnings
from typing import Any

__all__ = [
    "ArgmapError",
    "ConvergenceError",
    "DiagramOptionError",
    "DocumentError",
    "DuplicateIdError",
    "EmptyQuoteError",
    "FrameworkError",
    "FrameworkFormatError",
    "InvalidAttackError",
    "MissingDependencyError",
    "MissingSourceTextError",
    "ModelError",
    "OutputError",
    "RenderError",
    "SemanticsTimeoutError",
    "SourceTextError",
    "UnknownIdError",
]

_DEPRECATED = {"SemanticsTimeout": "SemanticsTimeoutError"}
"""Old names still importable, each with the name that replaces it."""


class ArgmapError(Exception):
    """Base class of every argmap error."""


class ModelError(ArgmapError, ValueError):
    """An element was given a value it cannot have (empty text, a direct quote without words)."""


class UnknownIdError(ArgmapError, LookupError):
    """An element refers to an id that is not in the map."""

    def __str__(self) -> str:
        # LookupError's KeyError cousin quotes its message; plain text reads better.
        return str(self.args[0]) if self.args else ""


class DuplicateIdError(ArgmapError, ValueError):
    """Two elements of one map share an id."""


class InvalidAttackError(ArgmapError, ValueError):
    """An attack whose kind does not fit its target, or an element that attacks itself."""


class DocumentError(ArgmapError, ValueError):
    """A document (JSON, YAML or a foreign format) cannot be read as an argument map.

    Args:
        message: what is wrong, in plain words.
        file: the file name, when known.
        line: the 1-based line, when known.
        column: the 1-based column, when known.
        location: the place inside the document, e.g. ``claims[3].text``.

    >>> str(DocumentError("required", file="map.yaml", line=7, location="claims[3].text"))
    'map.yaml:7: claims[3].text: required'
    """

    def __init__(
        self,
        message: str,
        *,
        file: str | None = None,
        line: int | None = None,
        column: int | None = None,
        location: str | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.file = file
        self.line = line
        self.column = column
        self.location = location

    def __str__(self) -> str:
        place = ""
        if self.file is not None:
            place = self.file
        if self.line is not None:
            place += f":{self.line}" if place else f"line {self.line}"
            if self.column is not None:
                place += f":{self.column}"
        parts = [p for p in (place, self.location, self.message) if p]
        return ": ".join(parts)


class RenderError(ArgmapError, RuntimeError):
    """A diagram could not be rendered (Graphviz missing, failing or killed, layout timed out)."""


class DiagramOptionError(ArgmapError, ValueError):
    """A diagram option has a value it cannot have, or names a claim that is not in the map."""


class MissingDependencyError(ArgmapError, ImportError):
    """An optional part of argmap needs a package that is not installed.

    The message names the package extra that brings it, e.g.
    ``pip install 'argmap[networkx]'``.

    >>> raise MissingDependencyError.of("networkx", extra="networkx", purpose="to_networkx")
    Traceback (most recent call last):
    ...
    argmap.exceptions.MissingDependencyError: to_networkx needs the networkx package: \
install it with pip install 'argmap[networkx]'
    """

    @classmethod
    def of(cls, package: str, *, extra: str, purpose: str) -> MissingDependencyError:
        """The error for ``purpose`` needing ``package``, which the extra ``extra`` installs."""
        return cls(
            f"{purpose} needs the {package} package: install it with pip install 'argmap[{extra}]'",
            name=package,
        )


class OutputError(ArgmapError, OSError):
    """An output file could not be written: its folder is missing, it is read-only, or it is
    the input of the same command (see [`argmap.save`][argmap.files.save])."""


# ---------------------------------------------------------------------------------------- quotes


class EmptyQuoteError(ArgmapError, ValueError):
    """A quote has no words once quotation marks and white space are set aside."""


class MissingSourceTextError(ArgmapError, LookupError):
    """A quote's source has no text to check it against."""

    def __str__(self) -> str:
        return str(self.args[0]) if self.args else ""


class SourceTextError(ArgmapError, OSError):
    """A source's text file is missing or cannot be read as UTF-8 text."""


# ------------------------------------------------------------------------------------- semantics


class FrameworkError(ArgmapError, ValueError):
    """An argumentation framework was built from bad data (an unknown or repeated argument)."""


class FrameworkFormatError(DocumentError):
    """A framework file (ICCMA, ASPARTIX, TGF) cannot be read.

    A [`DocumentError`][] (so a ``ValueError``), with ``file``, ``line`` and ``column`` when
    known.

    >>> str(FrameworkFormatError("expected 'p af N'", file="a.af", line=1, column=1))
    "a.af:1:1: expected 'p af N'"
    """


class SemanticsTimeoutError(ArgmapError, TimeoutError):
    """A reasoning task ran out of time.

    The extensions found before the deadline are kept in ``partial`` (in the order found), so
    an enumeration that timed out still gives what it had.

    Args:
        message: what ran out of time.
        partial: the extensions found so far.

    >>> err = SemanticsTimeoutError("preferred: 2.0 s elapsed", partial=(frozenset({"a"}),))
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


def deprecated_alias(name: str, module: str) -> Any:
    """The class an old exception name stands for, with a `DeprecationWarning`.

    For a module's ``__getattr__``: raises `AttributeError` for any other name.
    """
    if name not in _DEPRECATED:
        raise AttributeError(f"module {module!r} has no attribute {name!r}")
    new = _DEPRECATED[name]
    warnings.warn(
        f"{module}.{name} is deprecated: use argmap.{new}", DeprecationWarning, stacklevel=3
    )
    return globals()[new]


def __getattr__(name: str) -> Any:
    return deprecated_alias(name, __name__)
