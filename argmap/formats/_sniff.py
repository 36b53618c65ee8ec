"""Telling a file's format from its content, for the ``sniff`` of the registry's rows.

Each function looks at a [`Content`][] and answers cheaply, never
raising; JSON is parsed at most once (and not at all for argmap's own documents, which begin
with their ``"argmap"`` key).

>>> from argmap.formats.contract import Content
>>> argmap_json(Content('{"argmap": 1}')), aif(Content('{"nodes": [], "edges": []}'))
(True, True)
>>> sadface(Content('{"nodes": [], "edges": [], "resources": []}'))
True
"""

from __future__ import annotations

import re

from argmap.formats.contract import Content

__all__ = [
    "aif",
    "argdown_json",
    "argmap_json",
    "argmap_yaml",
    "kialo",
    "microtexts",
    "sadface",
]

_ARGMAP_JSON = re.compile(r'\{\s*"argmap"\s*:')
_ARGMAP_YAML = re.compile(r"^argmap\s*:\s*\d", re.MULTILINE)


def argmap_json(content: Content) -> bool:
    """argmap's own document as JSON: an object with an ``argmap`` key."""
    if _ARGMAP_JSON.match(content.head):
        return True
    document = content.json
    return isinstance(document, dict) and "argmap" in document


def argmap_yaml(content: Content) -> bool:
    """argmap's own document as YAML: a top-level ``argmap: 1`` line near the start."""
    return content.json is None and _ARGMAP_YAML.search(content.head) is not None


def sadface(content: Content) -> bool:
    """SADFace JSON: ``nodes``, ``edges`` and ``resources`` at the top."""
    document = content.json
    return (
        isinstance(document, dict)
        and "argmap" not in document
        and {"nodes", "edges", "resources"} <= document.keys()
    )


def aif(content: Content) -> bool:
    """AIF JSON (AIFdb, OVA2, OVA3), as
    [`argmap.formats.aif.looks_like_aif`][argmap.formats.aif._graph.looks_like_aif] tells it."""
    document = content.json
    if not isinstance(document, dict) or "argmap" in document:
        return False
    from argmap.formats.aif import looks_like_aif

    return looks_like_aif(document)


def argdown_json(content: Content) -> bool:
    """Argdown's JSON export, as
    [`argmap.formats.argdown_json.looks_like_argdown_json`][argmap.formats.argdown_json.looks_like_argdown_json]
    tells it (``statements`` and ``arguments`` objects)."""
    from argmap.formats.argdown_json import looks_like_argdown_json

    return looks_like_argdown_json(content.json)


def kialo(content: Content) -> bool:
    """A kialo.com text export: every one starts with ``Discussion Title:``."""
    return content.head.startswith("Discussion Title:")


def microtexts(content: Content) -> bool:
    """An argumentative microtext (arggraph XML)."""
    return content.head.startswith("<") and "<arggraph" in content.head
