"""Lay out and write diagrams with Graphviz's ``dot``: [`render`][], [`to_svg`][].

DOT output needs no Graphviz; SVG, PNG and PDF run ``dot`` with a timeout. A missing ``dot``
raises [`RenderError`][] naming the package to install. [`render`][] writes every diagram format
of the one registry ([`argmap.formats.registry`][argmap.formats.registry]), told by the file
name as [`argmap.save`][argmap.files.save] tells it.

>>> import tempfile, pathlib
>>> from argmap.diagram._sample import sample_map
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> render(sample_map(), folder / "map.mmd").read_text().startswith("flowchart")
True
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from argmap._atomic import write_atomic
from argmap.diagram.build import dot_source
from argmap.diagram.options import DEFAULT_TIMEOUT
from argmap.exceptions import DocumentError, RenderError
from argmap.model import ArgumentMap

if TYPE_CHECKING:
    import graphviz

__all__ = [
    "INSTALL_HINT",
    "diagram_bytes",
    "diagram_source",
    "find_dot",
    "layout",
    "render",
    "to_svg",
]

_DRAWN = ("svg", "png", "pdf", "dot", "html")
"""What [`diagram_bytes`][] draws: the registry's Graphviz diagrams (Mermaid has its own)."""
INSTALL_HINT = (
    "Graphviz's dot program is not installed; on Debian or Ubuntu run "
    "'apt-get install --no-install-recommends graphviz' (as root), elsewhere install Graphviz "
    "and put dot on PATH (DOT and Mermaid export work without it)"
)
"""The message of the error raised when ``dot`` is missing."""


def find_dot() -> str:
    """Return the path of the ``dot`` program.

    Raises:
        RenderError: when ``dot`` is not on PATH; the message says what to install.
    """
    import shutil  # these three only where dot runs: a render to DOT text needs none

    found = shutil.which("dot")
    if found is None:
        raise RenderError(INSTALL_HINT)
    return found


def layout(source: str, output_format: str, *, timeout: float = DEFAULT_TIMEOUT) -> bytes:
    """Run ``dot`` on DOT ``source`` and return the laid-out diagram in ``output_format``.

    Raises:
        RenderError: when ``dot`` is missing, fails, or takes longer than ``timeout`` seconds.
    """
    import subprocess

    command = [find_dot(), f"-T{output_format}"]
    try:
        done = subprocess.run(
            command,
            input=source.encode("utf-8"),
            capture_output=True,
            timeout=timeout,
            check=False,
        )
    except subprocess.TimeoutExpired:
        raise RenderError(
            f"dot took longer than {timeout:g} s to lay out the diagram; draw less "
            "(focus=..., depth=...) or allow more time (timeout=...)"
        ) from None
    except OSError as error:
        raise RenderError(f"cannot run dot: {error}; {INSTALL_HINT}") from None
    if done.returncode < 0:
        raise RenderError(
            f"dot was killed by {_signal_name(-done.returncode)}: the map is likely too big for "
            "Graphviz to lay out; draw less (--focus CLAIM --depth N, or focus=... in Python) "
            "or a smaller map"
        )
    if done.returncode != 0:
        message = done.stderr.decode("utf-8", "replace").strip().splitlines()
        raise RenderError(f"dot failed: {message[0] if message else 'no message'}")
    return done.stdout


def _signal_name(number: int) -> str:
    import signal

    try:
        return signal.Signals(number).name
    except ValueError:
        return f"signal {number}"


def _source(argument_map: ArgumentMap, actors: bool, options: dict[str, Any]) -> str:
    """The DOT text of the argument map, or of the actor map (which needs the analysis
    package and ``graphviz``: imported only for it)."""
    if actors:
        from argmap.diagram.actor_map import actor_map

        graph: graphviz.Digraph = actor_map(argument_map, **options)
        text: str = graph.source
        return text
    return dot_source(argument_map, **options)


def to_svg(
    argument_map: ArgumentMap,
    *,
    actors: bool = False,
    timeout: float = DEFAULT_TIMEOUT,
    **options: Any,
) -> str:
    """Return the SVG text of the diagram (``actors=True``: the actor map).

    Args:
        argument_map: the map.
        actors: draw the actor map instead of the argument map.
        timeout: seconds ``dot`` may take.
        **options: diagram options (see [`DiagramOptions`][argmap.diagram.options.DiagramOptions]).

    Raises:
        RenderError: when ``dot`` is missing, fails or times out.
    """
    source = _source(argument_map, actors, options)
    return layout(source, "svg", timeout=timeout).decode("utf-8")


def render(
    argument_map: ArgumentMap,
    path: str | os.PathLike[str],
    *,
    format: str | None = None,
    actors: bool = False,
    timeout: float = DEFAULT_TIMEOUT,
    **options: Any,
) -> Path:
    """Write the diagram of ``argument_map`` to ``path``, whole or not at all.

    Args:
        argument_map: the map.
        path: the output file; its name gives the format, any diagram format of the registry
            (.svg, .png, .pdf, .dot, .gv, .mmd, .html...); ``.html`` writes the interactive map
            (see [`to_html`][argmap.diagram.to_html]).
        format: the format's name (``"svg"``, ``"mermaid"``...), when the name should not decide.
        actors: draw the actor map instead of the argument map.
        timeout: seconds ``dot`` may take.
        **options: diagram options (see [`DiagramOptions`][argmap.diagram.options.DiagramOptions]).

    Returns:
        The path written.

    Raises:
        RenderError: for an unknown format, a missing or failing ``dot``, or a timeout.
        OutputError: the file cannot be written (read-only, or its folder is missing).
        DiagramOptionError: for a bad option.
    """
    from argmap.formats.contract import Kind
    from argmap.formats.registry import format_for_path, get_format

    target = Path(path)
    try:
        chosen = (
            get_format(format, Kind.DIAGRAM) if format else format_for_path(target, Kind.DIAGRAM)
        )
    except DocumentError as error:
        raise RenderError(str(error)) from None
    data = chosen.dumps(argument_map, actors=actors, timeout=timeout, **options)
    write_atomic(target, data)
    return target


def diagram_source(
    argument_map: ArgumentMap,
    *,
    actors: bool = False,
    timeout: float = DEFAULT_TIMEOUT,
    **options: Any,
) -> str:
    """Return the DOT text of the diagram (``actors=True``: the actor map); no ``dot`` runs.

    ``timeout`` is taken, and not needed, so that every diagram writer of the registry takes
    the same options.

    Raises:
        DiagramOptionError: for a bad option.
    """
    return _source(argument_map, actors, options)


def diagram_bytes(
    argument_map: ArgumentMap,
    output_format: str,
    *,
    actors: bool = False,
    timeout: float = DEFAULT_TIMEOUT,
    **options: Any,
) -> bytes:
    """Return the diagram in ``output_format`` (svg, png, pdf, dot or html) as bytes.

    This is the Graphviz backend of the registry's diagram writers
    (``argmap.formats._diagram_text``); write files with [`render`][] or ``argmap.save``.

    Raises:
        RenderError: for an unknown format, or a missing, failing or slow ``dot``.
        DiagramOptionError: for a bad option.
    """
    if output_format not in _DRAWN:
        raise RenderError(f"unknown format {output_format!r}; use one of {', '.join(_DRAWN)}")
    if output_format == "html":
        from argmap.diagram.html import to_html  # the page module imports this one

        if actors:
            raise RenderError("the interactive HTML map draws the argument map, not the actors")
        return to_html(argument_map, timeout=timeout, **options).encode("utf-8")
    source = diagram_source(argument_map, actors=actors, **options)
    if output_format == "dot":
        return source.encode("utf-8")
    return layout(source, output_format, timeout=timeout)
