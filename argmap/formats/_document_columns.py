"""The fast way to turn a document's lists into elements: a column at a time.

The checked path (the fallback of
[`from_document`][argmap.formats.document.from_document]) structures each element through
cattrs and the model's validators, about 15 µs an element. Here a section's
field values are pulled out as columns (all the claims' texts, all their ids...), each column
is checked in one go with C-level passes (types, one regular expression over the joined ids,
``str.strip`` over the texts), and the elements are then made without running the checks a
second time.

Nothing here raises: a column that is anything but plainly right (a missing field, a number
where text belongs, a date, locators, an explicit mode) makes `structure_sections` return
``None``, and the checked path then reads the document and words the error.

>>> elements, ids = structure_sections({"claims": [{"id": "c", "text": "Tax is high"}]})[Claim]
>>> elements
[Claim(id='c', text='Tax is high', title=None, kind=None, tags=(), note=None)]
>>> structure_sections({"claims": [{"id": "c", "text": 3}]}) is None
True
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Mapping
from enum import Enum
from itertools import chain, repeat
from operator import contains, eq, itemgetter, ne
from typing import Any

import attrs

from argmap.formats._known_ids import Check, Column, KnownIds
from argmap.model import (
    Actor,
    ActorKind,
    Argument,
    AttackKind,
    Attribution,
    Claim,
    ClaimKind,
    Rebuttal,
    Response,
    SourceKind,
    Stance,
)
from argmap.model._checks import all_ids, all_writable
from argmap.model.elements import Source, inferred_mode

__all__ = ["structure_chunk", "structure_columns", "structure_sections"]

_NONE = type(None)
# Runs an iterator to its end at C speed, keeping nothing.
_drain: Callable[[Iterable[Any]], None] = deque(maxlen=0).extend


def _id(column: Column) -> Column | None:
    if set(map(type, column)) <= {str} and all_ids(column):
        return column
    return None


def _optional_id(column: Column) -> Column | None:
    if set(map(type, column)) <= {str, _NONE} and "" not in column:
        return column if all_ids(list(filter(None, column))) else None
    return None


def _text(column: Column) -> Column | None:
    if set(map(type, column)) <= {str} and all(map(str.strip, column)):
        return column if all_writable(column) else None
    return None


def _optional_text(column: Column) -> Column | None:
    if set(map(type, column)) <= {str, _NONE}:
        return column if all_writable(list(filter(None, column))) else None
    return None


def _ids(column: Column) -> Column | None:
    if not set(map(type, column)) <= {list}:
        return None
    flat = list(chain.from_iterable(column))
    return list(map(tuple, column)) if _id(flat) is not None else None


_NO_ITEMS: list[Any] = []  # the column value of an absent list field (never changed)


def _texts(column: Column) -> Column | None:
    if not set(map(type, column)) <= {list}:
        return None
    flat = list(chain.from_iterable(column))
    return list(map(tuple, column)) if _text(flat) is not None else None


def _enum(enum: type[Enum], *, optional: bool = False) -> Check:
    members: dict[Any, Any] = dict(enum._value2member_map_)
    if optional:
        members[None] = None
    allowed = {str, enum, _NONE} if optional else {str, enum}

    def check(column: Column) -> Column | None:
        if set(map(type, column)) <= allowed and all(map(members.__contains__, column)):
            return list(map(members.__getitem__, column))
        return None

    return check


def _never(column: Column) -> Column | None:
    """A field the fast path leaves to the checked one (dates, locators, explicit modes)."""
    return None


_CHECKS: dict[type[Any], dict[str, Check]] = {
    Claim: {
        "id": _id,
        "text": _text,
        "title": _optional_text,
        "kind": _enum(ClaimKind, optional=True),
        "tags": _texts,
        "note": _optional_text,
    },
    Argument: {
        "id": _id,
        "premises": _ids,
        "conclusion": _id,
        "title": _optional_text,
        "scheme": _optional_text,
        "note": _optional_text,
    },
    Rebuttal: {
        "id": _id,
        "kind": _enum(AttackKind),
        "attacker": _id,
        "target": _id,
        "note": _optional_text,
    },
    Actor: {
        "id": _id,
        "name": _text,
        "kind": _enum(ActorKind),
        "role": _optional_text,
        "affiliation": _optional_id,
        "description": _optional_text,
        "note": _optional_text,
    },
    Source: {
        "id": _id,
        "title": _text,
        "kind": _enum(SourceKind),
        "outlet": _optional_text,
        "date": _never,
        "url": _optional_text,
        "author": _optional_text,
        "file": _optional_text,
        "note": _optional_text,
    },
    Attribution: {
        "id": _id,
        "claim": _id,
        "actor": _id,
        "source": _id,
        "mode": _never,
        "quote": _optional_text,
        "fragments": _texts,
        "paraphrase": _optional_text,
        "cue": _optional_text,
        "stance": _enum(Stance),
        "setting": _optional_id,
        "reported_by": _optional_id,
        "responds_to": _optional_id,
        "response": _enum(Response, optional=True),
        "locators": _never,
        "note": _optional_text,
    },
}


def _defaults(cls: type[Any]) -> dict[str, Any]:
    return {f.name: f.default for f in attrs.fields(cls) if f.default is not attrs.NOTHING}


_DEFAULTS = {cls: _defaults(cls) for cls in _CHECKS}


Sections = dict[type[Any], tuple[list[Any], list[str]]]


def structure_sections(document: Mapping[str, Any]) -> Sections | None:
    """Make every section's elements from a document's lists, or None to leave it to the
    checked path (the document has anything unusual, or an error somewhere).

    Returns, per element class, the elements and their ids. The header, metadata and keys
    outside the sections are not looked at here.
    """
    from argmap.formats.document import SECTIONS

    result: Sections = {}
    for section, cls in SECTIONS.items():
        items = document.get(section, [])
        if type(items) is not list:
            return None
        made = structure_chunk(items, cls) if items else ([], [])
        if made is None:
            return None
        result[cls] = made
    return result


def structure_chunk(
    items: list[Any], cls: type[Any], *, pairs: bool = False, known: KnownIds | None = None
) -> tuple[list[Any], list[str]] | None:
    """Make the elements of a section's items (all of them, or a run of them), or None.

    With ``pairs``, the items are objects decoded as tuples of (key, value) pairs; one that
    names a key twice gives None. With ``known``, the columns go through
    [`KnownIds.column`][argmap.formats._known_ids.KnownIds.column] (each id kept once,
    references checked as they come).
    """
    flat = _dicts(items) if pairs else items
    made = None if flat is None else _structure(flat, cls, known)
    if made is None:  # objects inside (dates are fine, locators are objects), or an error
        deep = _deep_dicts(items) if pairs else items
        made = None if deep is None else _structure_each(deep, cls)
        if known is not None:
            known.unchecked(cls)
    return made


def _structure(
    items: list[Any], cls: type[Any], known: KnownIds | None = None
) -> tuple[list[Any], list[str]] | None:
    """Make the elements of one section, or None."""
    if not set(map(type, items)) <= {dict}:
        return None
    checks = _CHECKS[cls]
    present = set().union(*items)
    if not present <= checks.keys():
        return None
    defaults = _DEFAULTS[cls]
    columns: dict[str, Column] = {}
    for name, check in checks.items():
        if name not in present:
            if name not in defaults:
                return None  # a required field nobody gave
            continue
        if name in defaults:
            default = _NO_ITEMS if check is _texts else defaults[name]
            column = list(map(dict.get, items, repeat(name), repeat(default)))
        else:
            try:
                column = list(map(itemgetter(name), items))
            except KeyError:
                return None
        checked = check(column) if known is None else known.column(cls, name, column, check)
        if checked is None:
            return None
        columns[name] = checked
    return _finish(columns, cls, len(items))


def structure_columns(
    columns: dict[str, Column], cls: type[Any], count: int
) -> tuple[list[Any], list[str]] | None:
    """Make ``count`` elements of ``cls`` from their fields given as columns, or None.

    The columns are what [`structure_chunk`][] takes apart from a dict per element: a list per
    field, ``count`` long, in element order (a field left out takes its default; lists stand
    for tuples). None, as there, when any column is anything but plainly right; the caller
    then makes the elements one by one to word the error. The columns are not changed.

    >>> elements, ids = structure_columns({"id": ["c"], "text": ["Tax is high"]}, Claim, 1)
    >>> elements
    [Claim(id='c', text='Tax is high', title=None, kind=None, tags=(), note=None)]
    >>> structure_columns({"id": ["c"], "text": [3]}, Claim, 1) is None
    True
    """
    checks, defaults = _CHECKS[cls], _DEFAULTS[cls]
    if not columns.keys() <= checks.keys():
        return None
    checked: dict[str, Column] = {}
    for name, check in checks.items():
        column = columns.get(name)
        if column is None:
            if name not in defaults:
                return None  # a required field nobody gave
            continue
        if type(column) is not list or len(column) != count:
            return None
        made = check(column)
        if made is None:
            return None
        checked[name] = made
    return _finish(checked, cls, count)


def _finish(
    columns: dict[str, Column], cls: type[Any], count: int
) -> tuple[list[Any], list[str]] | None:
    """The elements of checked columns, or None if the class's rules across them fail."""
    if not _RULES[cls](columns, count):
        return None
    if cls is Attribution:
        columns["mode"] = _inferred_modes(columns, count)
    return _make(cls, columns, count), columns["id"]


_MODES = {
    (quoted, fragmented): inferred_mode("q" if quoted else None, ("f",) if fragmented else ())
    for quoted in (False, True)
    for fragmented in (False, True)
}
"""[`inferred_mode`][argmap.model.elements.inferred_mode] by whether there are a quote and
fragments (all it looks at), to be read a column at a time."""


def _inferred_modes(columns: dict[str, Column], count: int) -> Column:
    """The mode of each attribution: direct with a quote, mixed with fragments, else indirect."""
    quotes = map(bool, columns.get("quote", repeat(None, count)))
    fragments = map(bool, columns.get("fragments", repeat((), count)))
    return list(map(_MODES.__getitem__, zip(quotes, fragments, strict=True)))


def _dicts(items: list[Any]) -> list[dict[str, Any]] | None:
    """Objects read as tuples of pairs, as dicts; None if one names a key twice."""
    if not set(map(type, items)) <= {tuple}:
        return None
    dicts = list(map(dict, items))
    return dicts if list(map(len, dicts)) == list(map(len, items)) else None


class _Repeated(Exception):
    """An object names a key twice."""


def _deep_dicts(items: list[Any]) -> list[Any] | None:
    """Objects read as tuples of pairs, and every object inside them, as dicts; None if one
    names a key twice or nests too deeply."""

    def convert(value: Any) -> Any:
        if type(value) is tuple:
            result = {key: convert(inner) for key, inner in value}
            if len(result) != len(value):
                raise _Repeated
            return result
        if type(value) is list:
            return [convert(inner) for inner in value]
        return value

    try:
        return [convert(item) for item in items]
    except (_Repeated, RecursionError):
        return None


def _structure_each(items: list[Any], cls: type[Any]) -> tuple[list[Any], list[str]] | None:
    """Make a section's elements one by one with the checked path's structuring (a section
    with dates or locators), or None at the first one that does not structure."""
    from argmap.formats.document import structure_item

    elements = []
    for index, item in enumerate(items):
        element = structure_item(item, cls, f"[{index}]")  # its errors are not shown
        if element is None:
            return None
        elements.append(element)
    return elements, [element.id for element in elements]


def _make(cls: type[Any], columns: dict[str, Column], count: int) -> list[Any]:
    """Make ``count`` instances of a frozen slotted attrs class from checked columns."""
    elements = list(map(object.__new__, repeat(cls, count)))
    defaults = _DEFAULTS[cls]
    for field in attrs.fields(cls):
        setter = getattr(cls, field.name).__set__
        column = columns.get(field.name)
        values = repeat(defaults[field.name], count) if column is None else column
        # The setters run without a Python loop around them (a zero-length deque takes the
        # map): about 3% of the making, 2.5 million slots in a 100,000-claim map.
        _drain(map(setter, elements, values))
    return elements


def _no_rule(columns: dict[str, Column], count: int) -> bool:
    return True


def _argument_rules(columns: dict[str, Column], count: int) -> bool:
    """What ``Argument.__attrs_post_init__`` demands: premises, distinct, not the conclusion."""
    premises = columns["premises"]
    return (
        all(premises)
        and all(map(eq, map(len, premises), map(len, map(set, premises))))
        and not any(map(contains, premises, columns["conclusion"]))
    )


def _rebuttal_rules(columns: dict[str, Column], count: int) -> bool:
    return all(map(ne, columns["attacker"], columns["target"]))


def _attribution_rules(columns: dict[str, Column], count: int) -> bool:
    """What ``Attribution.__attrs_post_init__`` demands when the mode is inferred.

    A quote makes the attribution direct (and must not be blank), fragments make it mixed,
    anything else indirect; a response needs ``responds_to``; nobody reports their own words.
    """
    quotes = columns.get("quote", [])
    if not all(map(str.strip, filter(None, quotes))):
        return False
    responses = columns.get("response")
    if responses is not None:
        answered = columns.get("responds_to", repeat(None))
        if any(r is not None and a is None for r, a in zip(responses, answered, strict=False)):
            return False
    reporters = columns.get("reported_by")
    return reporters is None or not any(map(eq, reporters, columns["actor"]))


_RULES: dict[type[Any], Callable[[dict[str, Column], int], bool]] = {
    Claim: _no_rule,
    Argument: _argument_rules,
    Rebuttal: _rebuttal_rules,
    Actor: _no_rule,
    Source: _no_rule,
    Attribution: _attribution_rules,
}
