"""Building a whole map in one pass: the bulk path every reader loads through.

[`ArgumentMap.add`][argmap.model.ArgumentMap.add] checks each new element against the map
so far, one at a time. A reader has all the elements at once: `build_map` makes the id
table in one step, checks every reference of every element against it column by column (the
ids of all premises, then of all conclusions...), and leaves the referrer index to be built on
first use. When a check fails, the elements are walked in order and the first one at fault
raises exactly the error ``add`` gives for it.

>>> from argmap.model import Argument, Claim
>>> m = build_map([Claim(id="p", text="P"), Claim(id="c", text="C"),
...                Argument(id="a", premises=["p"], conclusion="c")], title="T")
>>> [a.id for a in m.arguments_for("c")]
['a']
>>> build_map([Argument(id="a", premises=["p"], conclusion="c")])
Traceback (most recent call last):
...
argmap.exceptions.UnknownIdError: argument 'a' names premise 'p', which is not in the map
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Sequence
from itertools import chain, compress, groupby
from operator import attrgetter, eq
from typing import Any

from argmap._collector import collector_paused
from argmap.exceptions import ArgmapError, DocumentError, ModelError
from argmap.model._tables import id_table
from argmap.model.argument_map import ArgumentMap
from argmap.model.elements import Actor, Argument, Attribution, Claim, Element, Rebuttal, Source
from argmap.model.enums import AttackKind
from argmap.model.references import REFERENCES

__all__ = ["KINDS", "build_grouped", "build_map"]

_ID = attrgetter("id")


def build_map(
    elements: Iterable[Element],
    *,
    title: str | None = None,
    question: str | None = None,
    description: str | None = None,
    central: str | None = None,
    locations: Sequence[str] | None = None,
    file: str | None = None,
) -> ArgumentMap:
    """Build a map from all its elements at once (see `ArgumentMap.from_elements`).

    Raises:
        ArgmapError: the error `ArgumentMap.add` raises for the first element at fault
            (a [`DocumentError`][argmap.exceptions.DocumentError] naming its place when
            ``locations`` is given); ``central`` is checked last, as the ``central`` setter does.
    """
    with collector_paused():
        items = elements if isinstance(elements, list) else list(elements)
        groups: dict[type[Any], list[Element]] = {kind: [] for kind in KINDS}
        for kind, run in groupby(items, type):  # readers give each kind in one run or a few
            groups[kind] += run
        argument_map = build_grouped(
            groups, title=title, question=question, description=description
        )
        if argument_map is None:
            _raise_first_fault(items, locations, file)
    assert argument_map is not None  # _raise_first_fault raised otherwise
    if central is not None:
        try:
            argument_map.central = central
        except ArgmapError as error:
            if locations is None:
                raise
            raise DocumentError(str(error), file=file, location="central") from None
    return argument_map


KINDS: tuple[type[Any], ...] = (Actor, Source, Claim, Argument, Rebuttal, Attribution)
"""The element classes in the map's order: `build_grouped` takes its groups in this order."""


def build_grouped(
    groups: dict[type[Any], list[Any]],
    *,
    title: str | None = None,
    question: str | None = None,
    description: str | None = None,
    ids: dict[type[Any], list[str]] | None = None,
    checked: Collection[tuple[type[Any], str]] = (),
    table: dict[str, Any] | None = None,
) -> ArgumentMap | None:
    """Build a map from elements grouped by class (in the map's order of classes), or return
    None when an id is taken twice or a reference does not hold.

    The map keeps the lists (it makes its per-kind tables from them on its first change), so
    the caller must not change them afterwards. ``ids`` may give each group's ids when the
    caller has them already (a reader that made the elements from columns), to save reading
    them again. ``checked`` names reference columns, as (class, field), that the caller has
    checked already: every id in them names an element of the kind
    [`REFERENCES`][argmap.model.references.REFERENCES] asks for, and none its own element (a
    reader that looked each one up as it read them, or saw the field in no element); they
    are not looked at again. ``table`` may give the id table (id -> element) when the caller
    made it as it went, every element in the order of ``groups``; the map keeps it.
    """
    argument_map = ArgumentMap(title=title, question=question, description=description)
    loaded = {kind: members for kind, members in groups.items() if members}
    if table is None:
        keys = [
            list(map(_ID, members)) if ids is None or kind not in ids else ids[kind]
            for kind, members in loaded.items()
        ]
        table = id_table()
        table.update(
            zip(chain.from_iterable(keys), chain.from_iterable(loaded.values()), strict=True)
        )
    argument_map._elements = table
    argument_map._by_kind = None
    argument_map._loaded = loaded
    argument_map._referrer_index = None
    count = sum(map(len, loaded.values()))
    if len(table) != count or not _references_hold(table, loaded, checked):
        return None
    return argument_map


_TARGETS: dict[AttackKind, type[Any]] = {
    AttackKind.REBUT: Claim,
    AttackKind.UNDERMINE: Claim,
    AttackKind.UNDERCUT: Argument,
}
"""The class of element each kind of attack targets (the rule `ArgumentMap.add` words)."""


def _references_hold(
    table: dict[str, Any],
    loaded: dict[type[Any], list[Any]],
    checked: Collection[tuple[type[Any], str]] = (),
) -> bool:
    """Check every reference of every element, a column at a time; True when all hold.

    The columns come from [`REFERENCES`][argmap.model.references.REFERENCES]; the rules that table
    leaves to the map (a rebuttal's target by its attack kind, nothing naming itself) follow.
    """
    get = table.get
    for cls, refs in REFERENCES.items():
        members = loaded.get(cls)
        if not members:
            continue
        for ref in refs:
            if ref.kinds is None or (cls, ref.field) in checked:
                continue
            column: Iterable[Any] = map(attrgetter(ref.field), members)
            if ref.many:
                column = chain.from_iterable(column)
            named = filter(None, column)  # optional fields; ids are never empty
            if not set(map(type, map(get, named))) <= set(ref.kinds):  # None: not in the map
                return False
            if cls in ref.kinds and any(
                map(eq, map(attrgetter(ref.field), members), map(_ID, members))
            ):
                return False  # an actor its own affiliation, an attribution answering itself
    rebuttals = loaded.get(Rebuttal, [])
    kinds = list(map(attrgetter("kind"), rebuttals))
    targets = list(map(attrgetter("target"), rebuttals))
    if list(map(type, map(get, targets))) != list(map(_TARGETS.__getitem__, kinds)):
        return False
    # Each undermined claim must be a premise; looked up in that small set, not a big one.
    undermined = set(compress(targets, map(AttackKind.UNDERMINE.__eq__, kinds)))
    if undermined:
        arguments = loaded.get(Argument, [])
        undermined.difference_update(chain.from_iterable(map(attrgetter("premises"), arguments)))
    return not undermined


def _raise_first_fault(
    items: list[Element], locations: Sequence[str] | None, file: str | None
) -> None:
    """Walk the elements in order and raise what ``add`` raises for the first one at fault."""
    first: dict[str, Element] = {}
    for element in items:
        first.setdefault(element.id, element)
    complete = ArgumentMap()
    complete._elements = first
    complete._referrer_index = None
    for position, element in enumerate(items):
        other = first[element.id]
        if other is not element:
            # Let add() word the duplicate, on a map that holds only the first one.
            holder = ArgumentMap()
            holder._elements = {other.id: other}
            _located(holder.add, element, position, locations, file)
        _located(complete._check_named, element, position, locations, file)
    raise ModelError("the elements do not make a map")  # pragma: no cover - raised above


def _located(
    check: Callable[[Element], object],
    element: Element,
    position: int,
    locations: Sequence[str] | None,
    file: str | None,
) -> None:
    """Run ``check``; re-raise its error as a DocumentError at the element's place, if known."""
    try:
        check(element)
    except ArgmapError as error:
        if locations is None:
            raise
        raise DocumentError(str(error), file=file, location=locations[position]) from None
