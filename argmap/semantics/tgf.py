"""Trivial Graph Format: one argument per line, a ``#`` line, then one ``a b`` attack per line.

A node line may carry a label after its name; the label is ignored. Names cannot contain
spaces, and cannot start with ``#``.

>>> af = loads("a\\nb\\nc\\n#\\na b\\nb c\\n")
>>> af.attacks
(('a', 'b'), ('b', 'c'))
>>> print(dumps(af), end="")
a
b
c
#
a b
b c
"""

from __future__ import annotations

from argmap._messages import quoted
from argmap.semantics._files import file_functions, tokens
from argmap.semantics._reading import prepared
from argmap.semantics.errors import FrameworkFormatError
from argmap.semantics.framework import ArgumentationFramework

__all__ = ["dump", "dumps", "load", "loads"]


def loads(text: str, *, filename: str | None = None) -> ArgumentationFramework:
    """Read a framework from TGF text.

    Args:
        text: the file's text.
        filename: the file name for error messages.

    Raises:
        FrameworkFormatError: a repeated node, an edge line without two names, or an edge
            naming an unknown node; the message gives file:line:column.

    >>> loads("a\\n#\\na b\\n", filename="g.tgf")
    Traceback (most recent call last):
    ...
    argmap.exceptions.FrameworkFormatError: g.tgf:3:3: edge names 'b', which is not a node
    """
    arguments: dict[str, None] = {}
    attacks: list[tuple[str, str]] = []
    in_edges = False
    text = prepared(text, filename)
    for number, line in enumerate(text.splitlines(), start=1):
        words = tokens(line)
        if not words:
            continue
        first, column = words[0]
        if first == "#" and not in_edges:
            in_edges = True
            continue
        if not in_edges:
            if first in arguments:
                raise FrameworkFormatError(
                    f"node {quoted(first)} is listed twice",
                    file=filename,
                    line=number,
                    column=column,
                )
            arguments[first] = None
            continue
        if len(words) < 2:
            raise FrameworkFormatError(
                f"expected an edge 'source target', got {line.strip()!r:.60}",
                file=filename,
                line=number,
                column=column,
            )
        for name, at in words[:2]:
            if name not in arguments:
                raise FrameworkFormatError(
                    f"edge names {quoted(name)}, which is not a node",
                    file=filename,
                    line=number,
                    column=at,
                )
        attacks.append((first, words[1][0]))
    return ArgumentationFramework(arguments=arguments, attacks=attacks)


def dumps(af: ArgumentationFramework) -> str:
    """Write a framework as TGF text.

    Raises:
        FrameworkFormatError: a name is empty, holds whitespace or starts with ``#``, which
            TGF cannot express (use ICCMA or ASPARTIX instead).
    """
    for name in af.arguments:
        if not name or name.startswith("#") or any(c.isspace() for c in name):
            raise FrameworkFormatError(
                f"argument {quoted(name)} cannot be written to TGF (empty, whitespace or leading "
                "'#'); use the ICCMA or ASPARTIX format instead"
            )
    lines = [*af.arguments, "#", *(f"{a} {b}" for a, b in af.attacks)]
    return "\n".join(lines) + "\n"


load, dump = file_functions(loads, dumps, "TGF")
