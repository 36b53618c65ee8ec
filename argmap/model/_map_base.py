"""What the parts of an [`ArgumentMap`][argmap.model.argument_map.ArgumentMap] share: the
reference type, kind names, and the protocol its mixins are written against."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, TypeVar, overload

from argmap.model.elements import (
    Actor,
    Argument,
    Attribution,
    Claim,
    Element,
    Rebuttal,
    Source,
)

__all__ = ["KIND_NAMES", "MapCore", "Ref", "T", "article", "id_of", "short"]

T = TypeVar("T", bound=Element)
Ref = str | Claim | Argument | Rebuttal | Actor | Source | Attribution
"""A reference to an element: the element itself or its id."""

KIND_NAMES: dict[type[Any], str] = {
    Claim: "claim",
    Argument: "argument",
    Rebuttal: "rebuttal",
    Actor: "actor",
    Source: "source",
    Attribution: "attribution",
}
"""What messages call each element class, in the order a map lists its kinds."""


def id_of(ref: Ref) -> str:
    """The id of an element or of an id."""
    return ref if isinstance(ref, str) else ref.id


def short(element: Element) -> str:
    text = getattr(element, "text", None) or getattr(element, "name", None)
    text = text or getattr(element, "title", None)
    if not text:
        return repr(element.id)
    return repr(text if len(text) <= 40 else text[:39] + "…")


def article(noun: str) -> str:
    return f"an {noun}" if noun[0] in "aeiou" else f"a {noun}"


class MapCore:
    """What the mixins of [`ArgumentMap`][argmap.model.argument_map.ArgumentMap] may use of it.

    Declarations for the type checker only: `ArgumentMap` defines each of them.
    """

    if TYPE_CHECKING:
        _elements: dict[str, Element]
        _referrer_index: dict[str, dict[str, None]] | None
        _suffixes: dict[str, int]

        @property
        def _referrers(self) -> dict[str, dict[str, None]]: ...

        def _of(self, kind: type[T]) -> Iterator[T]: ...

        @property
        def central(self) -> Claim | None: ...

        @central.setter
        def central(self, ref: Ref | None) -> None: ...

        def add(self, element: T) -> T: ...

        @overload
        def get(self, ref: Ref) -> Element: ...

        @overload
        def get(self, ref: Ref, kind: type[T]) -> T: ...

        def get(self, ref: Ref, kind: type[Any] | None = None) -> Any: ...

        def arguments_using(self, claim: Ref) -> list[Argument]: ...

        def attacks_on(self, ref: Ref) -> list[Rebuttal]: ...
