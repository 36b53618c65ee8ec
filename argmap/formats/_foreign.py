"""Telling what another tool's JSON is, so that reading it as argmap's own says so.

A document without ``argmap: 1`` is often a file from another tool given the wrong format
(AIF, SADFace, Argdown's JSON export, arguebuf's JSON); "the format version is missing" would
send the user looking for a version number that was never there.

>>> describe_foreign({"statements": {}, "arguments": {}, "relations": []})[:52]
'this looks like Argdown JSON (statements, arguments,'
>>> describe_foreign({"claims": []}) is None
True
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

__all__ = ["describe_foreign"]

# (keys that tell it, what it is, the argmap format that reads it, what to do otherwise)
_SHAPES: list[tuple[frozenset[str], str, str | None, str]] = [
    (
        frozenset({"statements", "arguments", "relations"}),
        "Argdown JSON (statements, arguments, relations)",
        "argdown-json",
        "read the .argdown source instead (--from argdown)",
    ),
    (
        frozenset({"nodes", "edges", "analysts"}),
        "arguebuf JSON (nodes, edges, analysts)",
        None,
        "argmap does not read arguebuf's own JSON: export AIF from arguebuf and read that",
    ),
    (
        frozenset({"nodes", "edges", "resources"}),
        "SADFace JSON (nodes, edges, resources)",
        "sadface",
        "",
    ),
    (frozenset({"AIF"}), "AIF JSON (an OVA3 file)", "aif", ""),
    (frozenset({"nodes", "edges"}), "AIF JSON (nodes, edges)", "aif", ""),
]


def describe_foreign(document: Mapping[Any, Any]) -> str | None:
    """A message saying which tool's JSON ``document`` looks like and how to read it, or None."""
    keys = {key for key in document if isinstance(key, str)}
    for tell, what, reader, otherwise in _SHAPES:
        if tell <= keys:
            hint = f"read it as {reader} (--from {reader})" if _known(reader) else otherwise
            hint = hint or "argmap cannot read it"
            return f"this looks like {what}, not an argmap document (argmap: 1); {hint}"
    return None


def _known(name: str | None) -> bool:
    if name is None:
        return False
    from argmap.formats import registry

    return name in registry.FORMATS
