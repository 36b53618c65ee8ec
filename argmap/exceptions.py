"""Every error argmap raises, in one place.

Each class subclasses :class:`ArgmapError` and the fitting builtin, so callers can catch either:

>>> from argmap.exceptions import ArgmapError, UnknownIdError
>>> issubclass(UnknownIdError, LookupError) and issubclass(UnknownIdError, ArgmapError)
True
"""

from __future__ import annotations

__all__ = [
    "ArgmapError",
    "DocumentError",
    "DuplicateIdError",
    "InvalidAttackError",
    "ModelError",
    "OutputError",
    "RenderError",
    "UnknownIdError",
]


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


class OutputError(ArgmapError, OSError):
    """An output file could not be written: its folder is missing, it is read-only, or it is
    the input of the same command (see :func:`argmap.save`)."""
