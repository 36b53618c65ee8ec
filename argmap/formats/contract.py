"""The one shape of every file format argmap reads or writes: [`Format`][].

A format is a row in [`argmap.formats.registry.REGISTRY`][argmap.formats.registry.REGISTRY]: its
name, the file name endings
that mean it, what it holds (a map, an abstract framework, a diagram), how faithfully a map
survives a round trip through it, an optional content test (``sniff``) for files whose name does
not tell, and the module whose functions read and write it. Modules are imported only when a
format is used, so an unused format costs nothing at start-up.

A format module provides the functions the row names (``loads`` and ``dumps`` unless told
otherwise), following [`Reader`][] and [`Writer`][].

>>> from argmap.formats.registry import get_format
>>> yaml = get_format("yaml")
>>> yaml.kind, yaml.suffixes, yaml.reads, yaml.writes
(<Kind.MAP: 'map'>, ('.yaml', '.yml'), True, True)
>>> yaml.sniff(Content('argmap: 1\\ntitle: Tram\\n'))
True
"""

from __future__ import annotations

import enum
import importlib
import re
from collections.abc import Callable
from functools import cached_property
from typing import Any, Protocol

from attrs import field, frozen

from argmap._collector import collector_paused
from argmap.exceptions import DocumentError

__all__ = ["Content", "Format", "Holds", "Kind", "Reader", "Writer"]


class Kind(enum.Enum):
    """What a format's files hold."""

    MAP = "map"
    """An argument map ([`ArgumentMap`][argmap.model.argument_map.ArgumentMap]): read and
    written."""
    FRAMEWORK = "framework"
    """An abstract framework
    ([`ArgumentationFramework`][argmap.semantics.framework.ArgumentationFramework])."""
    DIAGRAM = "diagram"
    """A drawing of a map, written only; the writer takes diagram options."""


class Holds(enum.Enum):
    """How much of a map survives ``loads(dumps(map))`` in a format (for the round-trip tests).

    See [`argmap.formats.holds.projection`][argmap.formats.holds.projection] for what each level
    compares.
    """

    EVERYTHING = "everything"
    """The map read back equals the map written."""
    ELEMENTS = "elements"
    """Every element and field; actors, sources and attributions may come back reordered."""
    STRUCTURE = "structure"
    """Claim texts, arguments and attacks (with their kinds); ids are made anew."""


class Reader(Protocol):
    """A format module's reading function: text to a map (or framework), or ``DocumentError``."""

    def __call__(self, text: str, *, filename: str | None = None) -> Any: ...


class Writer(Protocol):
    """A format module's writing function: a map (or framework) to text or bytes."""

    def __call__(self, value: Any, /, **options: Any) -> str | bytes: ...


_JSON_START = re.compile(r"\s*[\[{]")


class Content:
    """A file's text as the ``sniff`` functions see it, parsed as JSON at most once.

    >>> Content('{"nodes": [], "edges": []}').json
    {'nodes': [], 'edges': []}
    >>> Content("p af 2").json is None
    True
    """

    def __init__(self, text: str, *, name: str | None = None) -> None:
        self.text = text
        self.name = name

    @cached_property
    def head(self) -> str:
        """The first 4,096 characters, without a byte order mark or leading blank space."""
        return self.text[:4096].lstrip("\ufeff").lstrip()

    @cached_property
    def json(self) -> Any:
        """The parsed JSON value, or ``None`` when the text is not JSON."""
        if not _JSON_START.match(self.head):
            return None
        from argmap.formats._json import json_loads  # json's value, orjson's speed

        try:
            with collector_paused(keep=True):  # many small objects, no cycles: see there
                return json_loads(self.text.lstrip("\ufeff"))
        except (ValueError, RecursionError):  # not JSON, or nested too deeply for it
            return None

    @property
    def parsed(self) -> Any:
        """The JSON value as a reader parses the text (one byte order mark skipped), or None.

        That is [`json`][argmap.formats.contract.Content.json], parsed once for the content
        tests and the reader alike, unless the text starts with two byte order marks (the
        content tests skip them all, a reader only the first, and then fails).

        >>> Content('\\ufeff\\ufeff{}').json, Content('\\ufeff\\ufeff{}').parsed
        ({}, None)
        """
        return None if self.text.startswith("\ufeff\ufeff") else self.json


def _function(reference: str) -> Callable[..., Any]:
    module, _, name = reference.rpartition(":")
    function: Callable[..., Any] = getattr(importlib.import_module(module), name)
    return function


@frozen(kw_only=True)
class Format:
    """A file format argmap reads, writes or both.

    Attributes:
        name: the name users give (``--to yaml``, ``format="yaml"``).
        kind: what its files hold.
        suffixes: file name endings that mean this format (the longest match wins).
        description: one line for ``--help`` and the docs.
        reader: ``"module:function"`` that reads text (a [`Reader`][]), or ``None``.
        writer: ``"module:function"`` that writes (a [`Writer`][]), or ``None``.
        sniff: tells from the content whether a file is in this format, for files whose name
            does not tell (a plain ``.json``, ``.txt``, standard input); cheap, never raises.
        holds: how much of a map survives a round trip (formats that read and write maps).
        binary: the writer returns bytes, not text.
        json_reader: ``"module:function"`` that reads the JSON value the content tests have
            parsed (``function(text, value, filename=...)``, the same answers as ``reader``),
            so a file whose format its content told is parsed once.
    """

    name: str
    kind: Kind
    suffixes: tuple[str, ...]
    description: str
    reader: str | None = None
    writer: str | None = None
    sniff: Callable[[Content], bool] | None = field(default=None, eq=False)
    holds: Holds = Holds.EVERYTHING
    binary: bool = False
    json_reader: str | None = None

    @property
    def reads(self) -> bool:
        """Whether argmap can read this format."""
        return self.reader is not None

    @property
    def writes(self) -> bool:
        """Whether argmap can write this format."""
        return self.writer is not None

    def loads(
        self, text: str, *, filename: str | None = None, content: Content | None = None
    ) -> Any:
        """Read text in this format (a map, or a framework for framework formats).

        Args:
            text: the file's text.
            filename: named in error messages.
            content: the text as the content tests saw it, when they told the format: its
                parsed JSON is read by ``json_reader``, not parsed again.

        Raises:
            DocumentError: the format cannot be read, or the text is not valid in it.
        """
        if self.reader is None:
            raise DocumentError(f"argmap can write {self.name} but not read it", file=filename)
        if content is not None and self.json_reader is not None and content.text is text:
            value = content.parsed
            if value is not None:
                return _function(self.json_reader)(text, value, filename=filename)
        return _function(self.reader)(text, filename=filename)

    def dumps(self, value: Any, **options: Any) -> str | bytes:
        """Write ``value`` in this format (diagram formats take diagram options).

        Raises:
            DocumentError: the format cannot be written.
        """
        if self.writer is None:
            raise DocumentError(f"argmap can read {self.name} but not write it")
        result: str | bytes = _function(self.writer)(value, **options)
        return result
