"""Find an element a user named, or say which ids come close.

>>> from argmap.model import ArgumentMap, Actor
>>> m = ArgumentMap()
>>> _ = m.actor("Ed Balls", id="balls")
>>> require(m, "balls", Actor).name
'Ed Balls'
>>> require(m, "bals", Actor)
Traceback (most recent call last):
...
argmap.exceptions.UnknownIdError: no actor has the id 'bals'; did you mean 'balls'?
"""

from __future__ import annotations

import difflib
from typing import Any, TypeVar

from argmap.exceptions import UnknownIdError
from argmap.model import Actor, Argument, ArgumentMap, Attribution, Claim, Rebuttal, Source

__all__ = ["require"]

T = TypeVar("T", Claim, Actor, Source, Argument, Rebuttal, Attribution)

_NAMES: dict[type[Any], str] = {
    Claim: "claim",
    Actor: "actor",
    Source: "source",
    Argument: "argument",
    Rebuttal: "rebuttal",
    Attribution: "attribution",
}


def require(argument_map: ArgumentMap, ref: str | T, kind: type[T]) -> T:
    """Return the element of ``kind`` with id ``ref``.

    Raises:
        UnknownIdError: when there is none; the message lists up to five close ids (by id, or
            by a name, title or text that matches what was typed).
    """
    ref_id = ref if isinstance(ref, str) else ref.id
    element = _find(argument_map, ref_id, kind)
    if element is not None:
        return element
    noun = _NAMES[kind]
    candidates = [e for e in argument_map if isinstance(e, kind)]
    labels: dict[str, str] = {}
    for e in candidates:
        labels[e.id.lower()] = e.id
        label = getattr(e, "name", None) or getattr(e, "title", None) or getattr(e, "text", None)
        if isinstance(label, str):
            labels.setdefault(label.lower(), e.id)
    close = difflib.get_close_matches(ref_id.lower(), list(labels), n=10, cutoff=0.6)
    suggestions = list(dict.fromkeys(labels[c] for c in close))[:5]
    message = f"no {noun} has the id {ref_id!r}"
    if suggestions:
        message += "; did you mean " + " or ".join(repr(s) for s in suggestions) + "?"
    elif candidates:
        shown = ", ".join(repr(e.id) for e in candidates[:10])
        message += f"; the {noun}s are {shown}{' ...' if len(candidates) > 10 else ''}"
    else:
        message += f"; the map has no {noun}s"
    raise UnknownIdError(message)


def _find(argument_map: ArgumentMap, ref: str, kind: type[T]) -> T | None:
    if ref not in argument_map:
        return None
    element = argument_map.get(ref)
    return element if isinstance(element, kind) else None
