"""argmap's own document: a map as plain data (dicts and lists), the shape of its JSON and YAML.

The document is versioned by a top-level ``argmap: 1``. Fields that hold their default value
are left out, so a hand-written document stays short. Elements refer to each other by id.

>>> from argmap.model import ArgumentMap
>>> m = ArgumentMap(question="Tram?")
>>> _ = m.claim("The tram cuts traffic", id="cuts")
>>> to_document(m)
{'argmap': 1, 'question': 'Tram?', 'claims': [{'id': 'cuts', 'text': 'The tram cuts traffic'}]}
>>> from_document(to_document(m)) == m
True
>>> from_document({"argmap": 1, "claims": [{"id": "x"}]})
Traceback (most recent call last):
...
argmap.exceptions.DocumentError: claims[0].text: required
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping
from enum import Enum
from functools import cache
from typing import TYPE_CHECKING, Any, cast, get_args

import attrs

from argmap._collector import collector_paused
from argmap._messages import quoted
from argmap.exceptions import ArgmapError, DocumentError
from argmap.formats._document_columns import Sections, structure_sections
from argmap.formats._document_values import text_problem, value_problem
from argmap.formats._foreign import describe_foreign
from argmap.model import (
    Actor,
    ActorKind,
    Argument,
    ArgumentMap,
    AttackKind,
    Attribution,
    Claim,
    ClaimKind,
    Locator,
    Mode,
    PartialDate,
    Rebuttal,
    Response,
    Source,
    SourceKind,
    Stance,
)
from argmap.model.bulk import build_grouped
from argmap.model.elements import inferred_mode
from argmap.model.references import FORWARD

__all__ = ["FORMAT_VERSION", "SECTIONS", "from_document", "to_document"]

FORMAT_VERSION = 1
"""The version of the document format written by this release."""

SECTIONS: dict[str, type[Any]] = {
    "actors": Actor,
    "sources": Source,
    "claims": Claim,
    "arguments": Argument,
    "rebuttals": Rebuttal,
    "attributions": Attribution,
}
"""The document's lists of elements, in the order they are loaded."""

_METADATA = ("title", "question", "description", "central")

if TYPE_CHECKING:
    import cattrs


@cache
def _converter() -> cattrs.Converter:
    """The cattrs converter of the checked path and of the writers, made on first use: a
    well-formed JSON map is read without it (cattrs and its generated code cost about a third
    of a small load's time)."""
    import cattrs
    from cattrs.gen import make_dict_unstructure_fn, override

    converter = cattrs.Converter(forbid_extra_keys=True)
    for cls in (*SECTIONS.values(), Locator, PartialDate):
        attrs.resolve_types(cls)
    converter.register_unstructure_hook(PartialDate, str)
    for enum in (ActorKind, AttackKind, ClaimKind, Mode, Response, SourceKind, Stance):
        converter.register_unstructure_hook(enum, _enum_value)
    converter.register_structure_hook(PartialDate, lambda value, _: _date(value))
    classes: list[type[Any]] = [Locator, *SECTIONS.values()]
    for cls in classes:
        overrides: dict[str, Any] = {}
        if cls is Attribution:
            # The mode is written only when it cannot be inferred from quote and fragments.
            overrides["mode"] = override(omit_if_default=False)
        converter.register_unstructure_hook(
            cls,
            make_dict_unstructure_fn(cls, converter, _cattrs_omit_if_default=True, **overrides),
        )
    return converter


def _enum_value(member: Enum) -> Any:
    return member.value


def _date(value: Any) -> PartialDate:
    if isinstance(value, int):  # YAML reads `date: 2010` as a number.
        value = str(value)
    if not isinstance(value, str):
        raise TypeError(f"expected a date as YYYY, YYYY-MM or YYYY-MM-DD, got {quoted(value)}")
    try:
        return PartialDate.parse(value)
    except ArgmapError as error:
        raise TypeError(str(error)) from None


def to_document(argument_map: ArgumentMap) -> dict[str, Any]:
    """Turn a map into the plain data of its document (JSON-ready, defaults left out)."""
    document: dict[str, Any] = {"argmap": FORMAT_VERSION}
    for key in _METADATA:
        value = getattr(argument_map, key)
        if key == "central" and value is not None:
            value = value.id
        if value is not None:
            document[key] = value
    unstructure = _converter().unstructure
    for section, cls in SECTIONS.items():
        elements = list(argument_map._of(cls))
        if elements:
            document[section] = [_unstructure(element, unstructure) for element in elements]
    return document


def _unstructure(element: Any, unstructure: Callable[[Any], Any]) -> dict[str, Any]:
    data: dict[str, Any] = unstructure(element)
    if isinstance(element, Attribution) and (
        inferred_mode(element.quote, element.fragments) is element.mode
    ):
        del data["mode"]
    return data


def from_document(
    document: Any, *, where: Callable[[str], int | None] | None = None, file: str | None = None
) -> ArgumentMap:
    """Build a map from the plain data of a document, checking everything.

    A well-formed document goes the bulk way (its lists structured a column at a time, every
    reference checked in one pass, see [`bulk`][argmap.model.bulk]); anything else is read
    element by element, which words the error. Both give the same map.

    Args:
        document: the data, as read from JSON or YAML.
        where: tells the line of a location such as ``claims[3].text``, for error messages.
        file: the file name, for error messages.

    Raises:
        DocumentError: naming the place (``claims[3].text``) and what is wrong.
    """
    fail = _failer(where, file)
    _check_header(document, fail)
    with collector_paused():
        argument_map = _from_columns(document)
        if argument_map is None:
            argument_map = _from_items(document, fail)
    return argument_map


def _checked_from_document(
    document: Any, *, where: Callable[[str], int | None] | None = None, file: str | None = None
) -> ArgumentMap:
    """`from_document` without the bulk path: element by element (tests compare both)."""
    fail = _failer(where, file)
    _check_header(document, fail)
    return _from_items(document, fail)


_Fail = Callable[..., DocumentError]


def _failer(where: Callable[[str], int | None] | None, file: str | None) -> _Fail:
    def fail(message: str, location: str | None = None) -> DocumentError:
        line = where(location or "") if where else None
        return DocumentError(message, file=file, line=line, location=location)

    return fail


def _check_header(document: Any, fail: _Fail) -> None:
    """Check what surrounds the lists: the version, the top-level keys, the metadata."""
    if not isinstance(document, Mapping):
        raise fail(f"expected a mapping with 'argmap: {FORMAT_VERSION}' at the top")
    version = document.get("argmap")
    if version is None:
        raise fail(
            describe_foreign(document)
            or f"the format version is missing: add 'argmap: {FORMAT_VERSION}'",
            None if describe_foreign(document) else "argmap",
        )
    if version != FORMAT_VERSION:
        raise fail(
            f"format version {quoted(version)} is not supported; this argmap reads version "
            f"{FORMAT_VERSION}",
            "argmap",
        )
    allowed = {"argmap", *_METADATA, *SECTIONS}
    for key in document:
        if key not in allowed:
            known = ", ".join(sorted(allowed))
            raise fail(f"unknown key; expected one of: {known}", quoted(key, 40).strip("'"))
    for key in _METADATA:
        value = document.get(key)
        problem = None if value is None else text_problem(value)
        if problem is not None:
            raise fail(problem, key)


def from_parts(
    header: Mapping[str, Any],
    sections: Sections,
    *,
    checked: Collection[tuple[type[Any], str]] = (),
) -> ArgumentMap | None:
    """The bulk path for a document read in parts (the streamed JSON read): its members
    outside the lists, and its lists already made into elements; or None when the header has
    anything unusual or a reference does not hold (`from_document` then says what).
    ``checked``: reference columns already checked (see `build_grouped`)."""
    if any(section in header for section in SECTIONS):
        return None  # a list that is not a list
    try:
        _check_header(header, _failer(None, None))
    except DocumentError:
        return None
    return _built(sections, header, checked)


def _from_columns(document: Mapping[str, Any]) -> ArgumentMap | None:
    """The bulk path: the map, or None when anything is unusual (the checked path then says
    what)."""
    sections = structure_sections(document)
    return None if sections is None else _built(sections, document)


def _built(
    sections: Sections,
    document: Mapping[str, Any],
    checked: Collection[tuple[type[Any], str]] = (),
) -> ArgumentMap | None:
    """The map of the structured sections and the document's metadata, or None when an id is
    taken twice or a reference does not hold."""
    argument_map = build_grouped(
        {cls: elements for cls, (elements, _) in sections.items()},
        ids={cls: ids for cls, (_, ids) in sections.items()},
        checked=checked,
        title=document.get("title"),
        question=document.get("question"),
        description=document.get("description"),
    )
    central = document.get("central")
    if argument_map is not None and central is not None:
        if not isinstance(argument_map._elements.get(central), Claim):
            return None
        argument_map.central = central
    return argument_map


def _from_items(document: Mapping[str, Any], fail: _Fail) -> ArgumentMap:
    """The checked path: structure and add one element at a time, in document order."""
    argument_map = ArgumentMap(
        title=document.get("title"),
        question=document.get("question"),
        description=document.get("description"),
    )
    for section, cls in SECTIONS.items():
        later = _add_section(argument_map, section, cls, document.get(section, []), fail)
        _set_forward_fields(argument_map, cls, later, fail)
    central = document.get("central")
    if central is not None:
        try:
            argument_map.central = central
        except ArgmapError as error:
            raise fail(str(error), "central") from None
    # Rebuilt on first use in element order, as the bulk path leaves it.
    argument_map._referrer_index = None
    return argument_map


_Later = list[tuple[str, str, dict[str, Any]]]


def _add_section(
    argument_map: ArgumentMap, section: str, cls: type[Any], items: Any, fail: _Fail
) -> _Later:
    """Add one list's elements, holding back the fields that may name later elements."""
    if not isinstance(items, list):
        raise fail(f"expected a list of {section}", section)
    later: _Later = []
    for index, item in enumerate(items):
        location = f"{section}[{index}]"
        if not isinstance(item, Mapping):
            raise fail(f"expected a mapping, got {quoted(item)}", location)
        data = dict(item)
        deferred = {k: data.pop(k) for k in FORWARD.get(cls, ()) if k in data}
        element = _structure(data, cls, location, fail)
        try:
            argument_map.add(element)
        except ArgmapError as error:
            raise fail(str(error), location) from None
        if deferred:
            later.append((location, element.id, deferred))
    return later


def _set_forward_fields(
    argument_map: ArgumentMap, cls: type[Any], later: _Later, fail: _Fail
) -> None:
    """Set the held-back fields once the whole list is in the map."""
    for location, element_id, deferred in later:
        old = argument_map.get(element_id)
        try:
            new = attrs.evolve(old, **_structure_fields(deferred, cls))
            argument_map.replace(new)
        except (ArgmapError, TypeError, ValueError) as error:
            raise fail(str(error), f"{location}.{next(iter(deferred))}") from None


def structure_item(item: Any, cls: type[Any], location: str) -> Any | None:
    """Structure one item as the checked path does, forward fields included; None if it fails."""
    if not isinstance(item, Mapping):
        return None
    try:
        return _structure(dict(item), cls, location, _failer(None, None))
    except DocumentError:
        return None


def _structure_fields(data: dict[str, Any], cls: type[Any]) -> dict[str, Any]:
    fields = attrs.fields_dict(cls)
    converter = _converter()
    return {
        key: converter.structure(value, cast(Any, fields[key].type)) for key, value in data.items()
    }


def _structure(data: dict[str, Any], cls: type[Any], location: str, fail: _Fail) -> Any:
    fields, required = _field_facts(cls)
    for key, value in data.items():
        if key not in fields:
            raise fail(
                f"unknown field; {cls.__name__.lower()} fields are: {', '.join(fields)}",
                f"{location}.{key}",
            )
        problem = value_problem(cls, key, value)
        if problem is not None:
            raise fail(problem[1], f"{location}.{key}{problem[0]}")
    for name in required:
        if name not in data:
            raise fail("required", f"{location}.{name}")
    import cattrs

    try:
        return _converter().structure(data, cls)
    except cattrs.errors.ClassValidationError as error:
        messages = cattrs.transform_error(error, path=location, format_exception=_explain)
        first = messages[0] if messages else str(error)
        message, _, path = first.rpartition(" @ ")
        raise fail(message or first, path or location) from None
    except (ArgmapError, TypeError, ValueError) as error:
        raise fail(str(error), location) from None


def _explain(error: BaseException, expected: type[Any] | None) -> str:
    if isinstance(error, ArgmapError | TypeError) or expected is None:
        return str(error)
    expected = next((t for t in get_args(expected) if t is not type(None)), expected)
    if expected is int:
        return "expected a whole number"
    if isinstance(error, ValueError) and isinstance(expected, type) and issubclass(expected, Enum):
        choices = ", ".join(member.value for member in expected)
        return f"not a {expected.__name__}; expected one of: {choices}"
    import cattrs

    return cattrs.v.format_exception(error, expected)


_FieldFacts = tuple[tuple[str, ...], tuple[str, ...]]
_FIELD_FACTS: dict[type[Any], _FieldFacts] = {}


def _field_facts(cls: type[Any]) -> _FieldFacts:
    """A class's field names and its required fields."""
    if cls in _FIELD_FACTS:
        return _FIELD_FACTS[cls]
    fields = attrs.fields(cls)
    required = tuple(f.name for f in fields if f.default is attrs.NOTHING)
    facts = _FIELD_FACTS[cls] = (tuple(f.name for f in fields), required)
    return facts
