"""The ids a read in runs has met so far: each kept once, and references checked as they come.

A map read from text would hold a fresh copy of an id for every mention of it (a claim's id,
then again in every argument and attribution that names it). [`KnownIds`][] keeps the ids of
claims, actors and sources as their elements are made, and gives every later mention the
same string instead, which saves about a third of a big map's memory. Looking a mention up
is also checking it: when every id of a column (all the conclusions of a run of arguments)
names a claim already met, the map need not look the column up again
([`build_grouped`][argmap.model.bulk.build_grouped]'s ``checked``).

>>> from argmap.model import Argument
>>> known = KnownIds()
>>> known.intern(Claim, "id", ["p", "c"])
['p', 'c']
>>> known.intern(Argument, "conclusion", ["c"]), known.checked()
(['c'], {(<class 'argmap.model.elements.Argument'>, 'conclusion')})
>>> known.intern(Argument, "conclusion", ["later"]), known.checked()
(['later'], set())
"""

from __future__ import annotations

from itertools import repeat
from typing import Any

import attrs

from argmap.model import Actor, Claim, Source
from argmap.model.references import REFERENCES

__all__ = ["KnownIds"]

_KEPT = (Claim, Actor, Source)  # the kinds other elements name again and again


def _plans() -> dict[tuple[type[Any], str], tuple[type[Any], bool, bool]]:
    """Per (class, field) that names kept ids: the kind named, whether a tuple of ids, and
    whether the field is required and names that kind alone (then it can be checked here)."""
    plans = {}
    for cls, refs in REFERENCES.items():
        required = {f.name for f in attrs.fields(cls) if f.default is attrs.NOTHING}
        for ref in refs:
            kinds = ref.kinds or (Claim,)  # a rebuttal's target: mostly a claim
            if kinds[0] in _KEPT:
                sure = ref.kinds == kinds[:1] and ref.field in required
                plans[cls, ref.field] = (kinds[0], ref.many, sure)
    return plans


_PLANS = _plans()


class KnownIds:
    """The ids met so far, by kind, and which reference columns could not be checked."""

    def __init__(self) -> None:
        self._tables: dict[type[Any], dict[str, str]] = {kind: {} for kind in _KEPT}
        self._unsure: set[tuple[type[Any], str]] = set()
        self._met: set[tuple[type[Any], str]] = set()

    def intern(self, cls: type[Any], field: str, column: list[Any]) -> list[Any]:
        """A checked column of ``cls.field`` with each id met before replaced by that string
        (a column of own ids of a kept kind is remembered instead)."""
        if field == "id":
            if cls in self._tables:
                self._tables[cls].update(zip(column, column, strict=True))
            return column
        plan = _PLANS.get((cls, field))
        if plan is None:
            return column
        kind, many, sure = plan
        get = self._tables[kind].get
        if sure:
            self._met.add((cls, field))
            if many:
                found: list[Any] = list(map(tuple, map(map, repeat(get), column)))
                if all(map(all, found)):  # None for an id not met (yet)
                    return found
            else:
                found = list(map(get, column))
                if None not in found:
                    return found
            self._unsure.add((cls, field))
        if many:
            return list(map(tuple, map(map, repeat(get), column, column)))
        return list(map(get, column, column))

    def unchecked(self, cls: type[Any]) -> None:
        """Say that elements of ``cls`` were made without `intern` (their references are then
        left to the map)."""
        self._unsure.update(key for key in _PLANS if key[0] is cls)

    def checked(self) -> set[tuple[type[Any], str]]:
        """The reference columns (class, field) whose every id named an element of the right
        kind already met."""
        return self._met - self._unsure

    def finish(self) -> set[tuple[type[Any], str]]:
        """`checked`, and forget the ids (the elements keep them; the tables are not needed
        for building the map)."""
        self._tables = {kind: {} for kind in _KEPT}
        return self.checked()
