"""Elements as flat field dicts and back, for formats that carry argmap's fields as metadata.

>>> from argmap.model import ArgumentMap, Attribution, Locator
>>> said = Attribution(id="s", claim="c", actor="a", source="p", quote="Hi",
...                    locators=[Locator(start=0, end=2)])
>>> plain_fields(said, skip=("id", "claim"))
{'actor': 'a', 'source': 'p', 'mode': 'direct', 'quote': 'Hi', 'locators': [{'start': 0, 'end': 2}]}
>>> make(Attribution, {"id": "s", "claim": "c", **plain_fields(said, skip=("id", "claim"))},
...      where="here") == said
True
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from enum import Enum
from typing import Any

import attrs

from argmap.exceptions import ArgmapError, DocumentError
from argmap.model import ArgumentMap, Locator, PartialDate
from argmap.model.references import FORWARD

__all__ = ["add_all", "build", "make", "plain_fields"]


def plain_fields(element: Any, *, skip: Iterable[str] = ()) -> dict[str, Any]:
    """The fields of an element that differ from their defaults, as JSON-ready values.

    The attribution's ``mode`` is always kept (argmap's own document does the same).
    """
    skipped = set(skip)
    result: dict[str, Any] = {}
    for field in attrs.fields(type(element)):
        value = getattr(element, field.name)
        if field.name in skipped or (value == field.default and field.name != "mode"):
            continue
        result[field.name] = _plain(value)
    return result


def _plain(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, PartialDate):
        return str(value)
    if isinstance(value, Locator):
        return {k: v for k, v in attrs.asdict(value).items() if v is not None}
    if isinstance(value, tuple):
        return [_plain(item) for item in value]
    return value


def make(cls: type[Any], fields: dict[str, Any], *, where: str, file: str | None = None) -> Any:
    """Build an element from plain fields (locators may be dicts).

    Raises:
        DocumentError: the fields do not make a valid element; names ``where``.
    """
    try:
        data = dict(fields)
        if "locators" in data:
            data["locators"] = [
                loc if isinstance(loc, Locator) else Locator(**loc) for loc in data["locators"]
            ]
        return cls(**data)
    except (ArgmapError, TypeError) as error:
        raise DocumentError(str(error), file=file, location=where) from None


def build(
    groups: Iterable[tuple[type[Any], Iterable[tuple[str, dict[str, Any]]]]],
    *,
    title: str | None = None,
    question: str | None = None,
    description: str | None = None,
    file: str | None = None,
) -> ArgumentMap:
    """Build a whole map from elements given as ``(class, [(where, fields), ...])`` groups.

    Every element is made first, then the map is built in one pass by
    [`ArgumentMap.from_elements`][argmap.model.ArgumentMap.from_elements], so any element
    may name one that comes after it.

    Raises:
        DocumentError: an element is invalid or names an unknown id; names its ``where``.

    >>> from argmap.model import Argument, Claim
    >>> m = build([(Claim, [("c", {"id": "c", "text": "C"}), ("p", {"id": "p", "text": "P"})]),
    ...            (Argument, [("a", {"id": "a", "premises": ["p"], "conclusion": "c"})])])
    >>> [a.id for a in m.arguments_for("c")]
    ['a']
    """
    elements: list[Any] = []
    locations: list[str] = []
    for cls, records in groups:
        for where, fields in records:
            elements.append(make(cls, fields, where=where, file=file))
            locations.append(where)
    return ArgumentMap.from_elements(
        elements,
        title=title,
        question=question,
        description=description,
        locations=locations,
        file=file,
    )


def add_all(
    argument_map: ArgumentMap,
    cls: type[Any],
    records: Iterable[tuple[str, dict[str, Any]]],
    *,
    file: str | None = None,
) -> None:
    """Add elements of one class given as ``(where, fields)``, allowing forward references.

    Fields in [`argmap.model.references.FORWARD`][argmap.model.references.FORWARD] (an actor's
    affiliation, an
    attribution's ``responds_to``) are set after every element of the list is in the map.

    Raises:
        DocumentError: an element is invalid or names an unknown id; names its ``where``.
    """
    forward = FORWARD.get(cls, ())
    later = []
    for where, fields in records:
        held = {key: fields[key] for key in forward if fields.get(key) is not None}
        first = {key: value for key, value in fields.items() if key not in held}
        _apply(argument_map.add, make(cls, first, where=where, file=file), where, file)
        if held:
            later.append((where, fields))
    for where, fields in later:
        _apply(argument_map.replace, make(cls, fields, where=where, file=file), where, file)


def _apply(action: Callable[[Any], Any], element: Any, where: str, file: str | None) -> None:
    try:
        action(element)
    except ArgmapError as error:
        raise DocumentError(str(error), file=file, location=where) from None
