"""The ids a read in runs has met so far: each kept once, and references checked as they come.

A map read from text would hold a fresh copy of an id for every mention of it (a claim's id,
then again in every argument and attribution that names it). [`KnownIds`][] keeps the ids of
claims, actors and sources as their elements are made, and gives every later mention the
same string instead, which saves about a third of a big map's memory. Looking a mention up
is also checking it: when every id of a column (all the conclusions of a run of arguments)
names a claim already met, the column needs no other check, and the map need not look it up
again ([`build_grouped`][argmap.model.bulk.build_grouped]'s ``checked``); nor a reference
field that no element gave.

>>> from argmap.model import Argument
>>> from argmap.formats._document_columns import _id
>>> known = KnownIds()
>>> known.column(Claim, "id", ["p", "c"], _id)
['p', 'c']
>>> conclusions = (Argument, "conclusion")
>>> known.column(*conclusions, ["c"], _id), conclusions in known.checked()
(['c'], True)
>>> known.column(*conclusions, ["later"], _id), conclusions in known.checked()
(['later'], False)
>>> known.column(Argument, "conclusion", [" "], _id) is None  # not an id: give up
True
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import chain, islice, repeat
from typing import Any

import attrs

from argmap.model import Actor, Claim, Source
from argmap.model._tables import id_table
from argmap.model.references import REFERENCES

__all__ = ["Check", "Column", "KnownIds"]

_KEPT = (Claim, Actor, Source)  # the kinds other elements name again and again

Column = list[Any]
Check = Callable[[Column], Column | None]
"""A column check takes the column and returns the values to store, or None to give up."""


def _plans() -> dict[tuple[type[Any], str], tuple[type[Any], bool, bool]]:
    """Per (class, field) that names kept ids: the kind named, whether a tuple of ids, and
    whether the field is required and may name that kind (then it can be checked here)."""
    plans = {}
    for cls, refs in REFERENCES.items():
        required = {f.name for f in attrs.fields(cls) if f.default is attrs.NOTHING}
        for ref in refs:
            kinds = ref.kinds or (Claim,)  # a rebuttal's target: mostly a claim
            if kinds[0] in _KEPT:
                sure = ref.kinds is not None and ref.field in required
                plans[cls, ref.field] = (kinds[0], ref.many, sure)
    return plans


_PLANS = _plans()
_REFERENCE_FIELDS = frozenset((cls, ref.field) for cls, refs in REFERENCES.items() for ref in refs)


class KnownIds:
    """The ids met so far, by kind, and which reference columns were given and checked."""

    def __init__(self) -> None:
        self._tables: dict[type[Any], dict[str, str]] = {kind: id_table() for kind in _KEPT}
        self._given: set[tuple[type[Any], str]] = set()
        self._unsure: set[tuple[type[Any], str]] = set()

    def column(self, cls: type[Any], field: str, column: Column, check: Check) -> Column | None:
        """The column of ``cls.field`` to store: checked by ``check`` (None if it fails), and
        each id met before replaced by that string (a column of own ids of a kept kind is
        remembered instead).

        A column that must name a kept kind and whose every id is one already met passes
        without ``check``: each is equal to an id checked when its element was made.
        """
        if field == "id":
            checked = check(column)
            if checked is not None and cls in self._tables:
                self._tables[cls].update(zip(checked, checked, strict=True))
            return checked
        key = (cls, field)
        if key in _REFERENCE_FIELDS:
            self._given.add(key)
        plan = _PLANS.get(key)
        if plan is None:
            return check(column)
        kind, many, sure = plan
        get = self._tables[kind].get
        if sure:
            found = _found(get, column) if many else _found_each(get, column)
            if found is not None:
                return found
            self._unsure.add(key)
        checked = check(column)
        if checked is None:
            return None
        if many:
            return list(map(tuple, map(map, repeat(get), checked, checked)))
        return list(map(get, checked, checked))

    def unchecked(self, cls: type[Any]) -> None:
        """Say that elements of ``cls`` were made without `column` (their references are then
        left to the map)."""
        self._unsure.update(key for key in _REFERENCE_FIELDS if key[0] is cls)

    def checked(self) -> set[tuple[type[Any], str]]:
        """The reference columns (class, field) that need no other check: every id of them
        named an element of the right kind already met, or no element gave the field."""
        sure = {key for key in _PLANS if _PLANS[key][2]}
        return {
            key for key in _REFERENCE_FIELDS - self._unsure if key not in self._given or key in sure
        }

    def finish(self) -> set[tuple[type[Any], str]]:
        """`checked`, and forget the ids (the elements keep them; the tables are not needed
        for building the map)."""
        self._tables = {kind: {} for kind in _KEPT}
        return self.checked()


def _found_each(get: Callable[[Any], Any], column: Column) -> Column | None:
    """The known string for each id of ``column``, or None if one is not known (or no id)."""
    try:
        found = list(map(get, column))
    except TypeError:  # a list or an object: not an id
        return None
    return found if all(found) else None  # ids are never empty; None for one not known


def _found(get: Callable[[Any], Any], column: Column) -> Column | None:
    """`_found_each` for a column of lists of ids, as tuples; None if one is not a list."""
    if not set(map(type, column)) <= {list}:
        return None
    found = _found_each(get, list(chain.from_iterable(column)))
    if found is None:
        return None
    lengths = list(map(len, column))
    if not lengths or max(lengths) == min(lengths) == 1:
        return list(zip(found, strict=True))  # one id each, the usual case
    parts = iter(found)
    return list(map(tuple, map(islice, repeat(parts), lengths)))
