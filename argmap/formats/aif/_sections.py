"""The one-pass AIF reader's elements as columns, with ids chosen in the checked reader's order.

Each section (actors, claims, arguments, rebuttals, attributions) keeps one list per field
instead of one dict per element, and is made at once by
[`structure_columns`][argmap.formats._document_columns.structure_columns]; a section whose
columns are anything but plainly right is made one element at a time instead (the same
elements, or the model's error). Ids are made unique against one set, in the order the checked
reader adds the elements to its map, so both readers choose the same ids.

>>> s = Sections(taken={"tax"})
>>> s.new_ids("claims", ["tax", "fees", "tax"])
['tax-2', 'fees', 'tax-3']
>>> s.columns["claims"]["text"] += ["Tax", "Fees", "Tax"]
>>> claims, ids = s.made()[Claim]
>>> [c.id for c in claims], ids
(['tax-2', 'fees', 'tax-3'], ['tax-2', 'fees', 'tax-3'])
"""

from __future__ import annotations

from itertools import repeat
from operator import is_not
from typing import Any

from argmap.formats._document_columns import structure_columns
from argmap.model import Actor, Argument, Attribution, Claim, Element, Rebuttal, unique_id

__all__ = ["FIELDS", "Sections"]

FIELDS: dict[str, tuple[type[Any], tuple[str, ...]]] = {
    "actors": (Actor, ("id", "name")),
    "claims": (Claim, ("id", "text", "kind")),
    "arguments": (Argument, ("id", "premises", "conclusion", "scheme", "note")),
    "rebuttals": (Rebuttal, ("id", "kind", "attacker", "target", "note")),
    "attributions": (
        Attribution,
        (
            *("id", "claim", "actor", "source", "stance", "reported_by"),
            *("quote", "paraphrase", "fragments", "cue"),
        ),
    ),
}
"""The sections the reader collects, in the map's order: the class and the fields it fills (a
field whose column stays empty takes its default)."""

OPTIONAL: dict[str, tuple[str, ...]] = {
    "claims": ("kind",),
    "arguments": ("scheme", "note"),
    "rebuttals": ("note",),
    "attributions": ("reported_by", "quote", "paraphrase", "cue", "fragments"),
}
"""The fields whose default is None (or no items): a column holding nothing else is left out,
the same elements without a check of its own."""


class Sections:
    """The columns of every section, and the ids taken so far.

    Args:
        taken: ids already in use (the source's).
    """

    def __init__(self, *, taken: set[str]) -> None:
        self.taken = taken
        self.suffixes: dict[str, int] = {}
        self.columns: dict[str, dict[str, list[Any]]] = {
            name: {field: [] for field in fields} for name, (_, fields) in FIELDS.items()
        }

    def new_id(self, section: str, base: str) -> str:
        """A new id made from ``base``, added to the section's id column."""
        return self.new_ids(section, [base])[0]

    def new_ids(self, section: str, bases: list[str]) -> list[str]:
        """New ids made from ``bases`` in turn, as ``unique_id`` makes them (one pass when no
        two of them are alike and none is taken)."""
        taken = self.taken
        if len(set(bases)) == len(bases) and taken.isdisjoint(bases):
            taken.update(bases)
            self.columns[section]["id"] += bases
            return bases
        made: list[str] = []
        suffixes = self.suffixes
        for base in bases:
            if base in taken:
                number = suffixes.get(base, 1) + 1
                element_id = f"{base}-{number}"  # unique_id's first try, tried here first
                if element_id in taken:
                    element_id = unique_id(base, taken, counters=suffixes)
                else:
                    suffixes[base] = number
            else:
                element_id = base
            taken.add(element_id)
            made.append(element_id)
        self.columns[section]["id"] += made
        return made

    def made(self) -> dict[type[Any], tuple[list[Element], list[str]]]:
        """Every section's elements and their ids, by class (sections without elements left
        out), made a column at a time where the columns are plainly right, else one by one.

        Raises:
            ModelError: an element the model refuses (the checked reader notes it).
        """
        result: dict[type[Any], tuple[list[Element], list[str]]] = {}
        for name, (cls, _) in FIELDS.items():
            columns = {field: column for field, column in self.columns[name].items() if column}
            for field in OPTIONAL.get(name, ()):
                column = columns.get(field)
                if column is not None and not any(map(is_not, column, repeat(None))):
                    del columns[field]  # all None
                elif field == "fragments" and column is not None and not any(column):
                    del columns[field]  # every attribution without
            count = len(columns.get("id", ()))
            if not count:
                continue
            made = structure_columns(columns, cls, count)
            if made is not None:
                result[cls] = made
            else:
                names = list(columns)
                rows = zip(*columns.values(), strict=True)
                one_by_one = [cls(**dict(zip(names, row, strict=True))) for row in rows]
                result[cls] = (one_by_one, columns["id"])
        return result
