"""Combine maps of one debate into one map, losing nothing, and say what was decided.

>>> from argmap.model import ArgumentMap
>>> ft = ArgumentMap(question="Did immigration lose Labour the 2010 election?")
>>> lost = ft.claim("Immigration lost Labour the election", id="lost")
>>> _ = ft.attribute(lost, ft.actor("Diane Abbott"), ft.source("Rearguard action", id="ft"),
...                  paraphrase="immigration lost us the election")
>>> tp = ArgumentMap()
>>> _ = tp.claim("Immigration lost Labour the election", id="lost")
>>> _ = tp.claim("Labour lost touch with working-class voters", id="touch")
>>> _ = tp.actor("Ms  Abbott", id="abbott")
>>> result = merge(ft, tp, aliases={"Ms Abbott": "Diane Abbott"})
>>> [c.id for c in result.map.claims], [a.id for a in result.map.actors]
(['lost', 'touch'], ['diane-abbott'])
>>> result.report.merged
((2, 'abbott', 'diane-abbott'),)
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Mapping
from typing import Any, TypeVar

import attrs
from attrs import frozen

from argmap.exceptions import ModelError
from argmap.merging._candidates import CandidateIndex
from argmap.merging.identity import (
    CANDIDATE_SIMILARITY,
    claim_words,
    fold_name,
    identity_key,
    source_keys,
)
from argmap.merging.report import Candidate, Difference, MergeReport, Renamed
from argmap.model import (
    Actor,
    Argument,
    ArgumentMap,
    Attribution,
    Claim,
    Element,
    Rebuttal,
    Source,
)
from argmap.model._checks import check_id, check_ids, check_optional_id
from argmap.model.bulk import KINDS, build_grouped
from argmap.model.ids import unique_id

__all__ = ["MergeResult", "merge"]

E = TypeVar("E", bound=Element)

# Kinds in an order where every reference points to a kind already added.
_ORDER: tuple[type[Any], ...] = (Source, Actor, Claim, Argument, Rebuttal, Attribution)
_REFERENCE_VALIDATORS = (check_id, check_ids, check_optional_id)


@frozen(kw_only=True)
class MergeResult:
    """The merged map and the report of what the merge decided.

    Unpacks as ``merged, report = merge(a, b)``.
    """

    map: ArgumentMap
    report: MergeReport

    def __iter__(self) -> Any:
        return iter((self.map, self.report))


def merge(
    *maps: ArgumentMap,
    aliases: Mapping[str, str] | None = None,
    same: Mapping[str, str] | Iterable[Mapping[str, str]] | None = None,
) -> MergeResult:
    """Merge maps of the same debate into one; nothing of any input is lost.

    Maps are merged in order: each element of a later map is either the same as an element
    already merged (by the rules of [`argmap.merging.identity`][argmap.merging.identity], or because
    ``same`` says
    so) and then taken as that element (fields it alone has are filled in), or added, under
    a new id when its id already names something else.

    Args:
        *maps: the maps, at least one. None is changed.
        aliases: actor names declared the same, ``{"Mr Bitar": "Karl Bitar"}``.
        same: confirmed identities, ``{id in a later map: id in the merged map}``: one mapping
            for every later map, or a list of one mapping per later map (the first for the
            second input).

    Returns:
        The merged map (title, question and description of the first map that has them) and
        a [`MergeReport`][] naming every renamed id and every
        candidate pair of near-identical claims.

    Raises:
        ModelError: no map was given, or ``same`` names an id that is not in its map or
            in the merged map, or one of another kind.
    """
    if not maps:
        raise ModelError("merge needs at least one map")
    folded_aliases = {fold_name(k): fold_name(v) for k, v in (aliases or {}).items()}
    confirmations = _confirmations(same, len(maps))
    if isinstance(same, Mapping):  # one mapping for every later map: each id in one of them
        missing = [i for i in same if not any(i in m for m in maps[1:])]
        if missing:
            raise ModelError(f"same= names {missing[0]!r}, which is in no map after the first")
        confirmations = [
            {k: v for k, v in c.items() if k in m} for c, m in zip(confirmations, maps, strict=True)
        ]
    merger = _Merger(folded_aliases, maps)
    for number, incoming in enumerate(maps, start=1):
        merger.add_map(number, incoming, confirmations[number - 1])
    return MergeResult(map=merger.build(), report=merger.report())


def _confirmations(
    same: Mapping[str, str] | Iterable[Mapping[str, str]] | None, count: int
) -> list[dict[str, str]]:
    if same is None:
        return [{} for _ in range(count)]
    if isinstance(same, Mapping):
        return [{}] + [dict(same) for _ in range(count - 1)]
    per_map = [dict(item) for item in same]
    if len(per_map) > count - 1:
        raise ModelError(f"same= gives {len(per_map)} mappings for {count - 1} later maps")
    return [{}] + per_map + [{} for _ in range(count - 1 - len(per_map))]


class _Merger:
    """The state of one merge: the elements so far and what the report will say.

    The merged elements are kept in a plain id table (id -> element, in the order they were
    merged; a filled-in element keeps its place) and the map is built from it once, on the
    bulk path ([`ArgumentMap.from_elements`][argmap.model.ArgumentMap.from_elements]), which
    checks every reference in one pass instead of one element at a time.
    """

    def __init__(self, aliases: dict[str, str], maps: tuple[ArgumentMap, ...]) -> None:
        self.table: dict[str, Element] = {}
        self.title: str | None = None
        self.question: str | None = None
        self.description: str | None = None
        self.central: str | None = None
        self.aliases = aliases
        self.keys: dict[Hashable, str] = {}  # identity key -> id, from earlier inputs
        self.words: dict[str, list[str]] = {}  # claim text -> its words, computed once
        corpus = [self._words(c.text) for m in maps for c in m.claims]
        self.claim_index = CandidateIndex(corpus, threshold=CANDIDATE_SIMILARITY)
        self.renamed: list[Renamed] = []
        self.candidates: list[Candidate] = []
        self.differences: list[Difference] = []
        self.merged: list[tuple[int, str, str]] = []
        self.ids: list[dict[str, str]] = []

    def _words(self, text: str) -> list[str]:
        words = self.words.get(text)
        if words is None:
            words = self.words[text] = claim_words(text)
        return words

    def _put(self, element: Element) -> None:
        """Put ``element`` in the table (new, or in place of its earlier self).

        Inputs are valid maps and their references are remapped to elements of the same kinds,
        so the one rule a merged element can break is naming itself (two actors made one by an
        alias, one the other's affiliation). Such an element is checked at once, with the
        elements merged so far, by the model's own checks: the merge stops with the error
        adding it one by one gave, at the same element.
        """
        if any(element.id == getattr(element, name) for name in _reference_fields(type(element))):
            others = [e for e in self.table.values() if e.id != element.id]
            ArgumentMap.from_elements([*others, element])
        self.table[element.id] = element

    def build(self) -> ArgumentMap:
        """The merged map, built from the id table in one pass.

        The table goes to the bulk builder as it is, so the map keeps the order in which
        elements were merged (as adding them one by one did), not one grouped by kind.
        """
        groups: dict[type[Any], list[Element]] = {kind: [] for kind in KINDS}
        for element in self.table.values():
            groups[type(element)].append(element)
        title, question, description = self.title, self.question, self.description
        result = build_grouped(
            groups, table=self.table, title=title, question=question, description=description
        )
        if result is None:  # pragma: no cover - valid inputs merge into a valid map
            ArgumentMap.from_elements(list(self.table.values()))
            raise AssertionError("from_elements accepted what build_grouped refused")
        if self.central is not None:
            result.central = self.central
        return result

    def report(self) -> MergeReport:
        return MergeReport(
            renamed=self.renamed,
            candidates=self.candidates,
            differences=self.differences,
            merged=self.merged,
            ids=self.ids,
        )

    def add_map(self, number: int, incoming: ArgumentMap, same: dict[str, str]) -> None:
        table = self.table
        for name in ("title", "question", "description"):
            if getattr(self, name) is None:
                setattr(self, name, getattr(incoming, name))
        self._check_confirmations(number, incoming, same)
        earlier = set(table)
        ids: dict[str, str] = {}
        new_keys: dict[Hashable, str] = {}
        new_claims: list[tuple[str, Claim]] = []
        for kind in _ORDER:
            for element in _in_reference_order(incoming, kind):
                mapped = _remap(element, ids)
                target = same.get(element.id) or self._identify(mapped, earlier)
                if target is not None:
                    ids[element.id] = target
                    if target != element.id:
                        self.merged.append((number, element.id, target))
                    self._fill(number, target, mapped)
                    continue
                new_id = unique_id(element.id, table)
                added = mapped
                if new_id != element.id:
                    self.renamed.append(
                        Renamed(
                            input=number,
                            kind=_kind(element),
                            old=element.id,
                            new=new_id,
                            reason=_why_renamed(table[element.id], mapped),
                        )
                    )
                    added = attrs.evolve(mapped, id=new_id)
                ids[element.id] = new_id
                self._put(added)
                for key in (*self._keys(mapped), *self._keys(added)):
                    new_keys.setdefault(key, new_id)
                if isinstance(added, Claim):
                    new_claims.append((element.id, added))
        self._find_candidates(number, new_claims)
        for key, value in new_keys.items():
            self.keys.setdefault(key, value)
        for _, claim in new_claims:
            self.claim_index.add(claim.id, self._words(claim.text))
        if self.central is None and incoming.central is not None:
            self.central = ids[incoming.central.id]
        self.ids.append(ids)

    def _keys(self, element: Element) -> list[Hashable]:
        if isinstance(element, Source):
            return source_keys(element)
        key = identity_key(element, self.aliases)
        return [] if key is None else [key]

    def _identify(self, element: Element, earlier: set[str]) -> str | None:
        """The id of the merged element from an earlier map this one is the same as, or None."""
        if element.id in earlier and self.table[element.id] == element:
            return element.id
        for key in self._keys(element):
            found = self.keys.get(key)
            if found is None:
                continue
            holder = self.table[found]
            if isinstance(element, Source) and not _urls_agree(element, _as(holder, Source)):
                continue
            if _names(element, found):
                continue  # an answer to (or member of) that very element cannot be it
            return found
        return None

    def _fill(self, number: int, target: str, element: Element) -> None:
        """Fill the fields the merged element lacks from ``element``; report disagreements.

        Fields that make an element what it is (a claim's text, an actor's name...) are never
        filled; every field on which the two disagree is reported, so nothing is lost unsaid.
        """
        kept = self.table[target]
        identity = _IDENTITY_FIELDS[type(kept)]
        changes: dict[str, Any] = {}
        for field in attrs.fields(type(kept)):
            mine, theirs = getattr(kept, field.name), getattr(element, field.name)
            if field.name == "id" or theirs in (None, ()) or mine == theirs:
                continue
            if mine in (None, ()) and field.name not in identity:
                changes[field.name] = theirs
            elif field.default is attrs.NOTHING or theirs != field.default:
                self.differences.append(
                    Difference(
                        input=number,
                        kind=_kind(kept),
                        id=target,
                        field=field.name,
                        kept=str(mine),
                        dropped=str(theirs),
                    )
                )
        if changes:
            self._put(attrs.evolve(kept, **changes))

    def _find_candidates(self, number: int, new_claims: list[tuple[str, Claim]]) -> None:
        for original_id, claim in new_claims:
            for earlier_id, similarity in self.claim_index.similar(self._words(claim.text)):
                self.candidates.append(
                    Candidate(
                        input=number,
                        first=earlier_id,
                        second=original_id,
                        second_now=claim.id,
                        first_text=_as(self.table[earlier_id], Claim).text,
                        second_text=claim.text,
                        similarity=similarity,
                    )
                )

    def _check_confirmations(
        self, number: int, incoming: ArgumentMap, same: dict[str, str]
    ) -> None:
        for theirs, ours in same.items():
            if theirs not in incoming:
                raise ModelError(f"same= names {theirs!r}, which is not in map {number}")
            if ours not in self.table:
                raise ModelError(
                    f"same= says map {number}'s {theirs!r} is {ours!r}, which is not in the "
                    "maps merged before it"
                )
            mine, other = self.table[ours], incoming.get(theirs)
            if type(mine) is not type(other):
                raise ModelError(
                    f"same= says map {number}'s {_kind(other)} {theirs!r} is {ours!r}, "
                    f"which is a {_kind(mine)}"
                )


# Fields that make the element what it is: never "filled in" from another element.
_IDENTITY_FIELDS: dict[type[Any], tuple[str, ...]] = {
    Claim: ("text",),
    Actor: ("name",),
    Source: ("title",),
    Argument: ("premises", "conclusion"),
    Rebuttal: ("kind", "attacker", "target"),
    Attribution: ("claim", "actor", "source", "mode", "quote", "fragments", "paraphrase"),
}


def _as(element: Element, kind: type[E]) -> E:
    """``element``, known to be a ``kind``, typed as one."""
    assert isinstance(element, kind)
    return element


def _kind(element: Element) -> str:
    return type(element).__name__.lower()


def _reference_fields(kind: type[Any]) -> tuple[str, ...]:
    """The fields of an element class that hold ids of other elements (from its validators)."""
    found = _FIELDS.get(kind)
    if found is None:
        found = _FIELDS[kind] = tuple(
            f.name
            for f in attrs.fields(kind)
            if f.name != "id" and f.validator in _REFERENCE_VALIDATORS
        )
    return found


_FIELDS: dict[type[Any], tuple[str, ...]] = {}


def _names(element: Element, target: str) -> bool:
    """Whether ``element`` refers to ``target`` (so merging the two would make one element
    name itself: an attribution answering itself, an actor its own affiliation)."""
    for name in _reference_fields(type(element)):
        value = getattr(element, name)
        if value == target or (isinstance(value, tuple) and target in value):
            return True
    return False


def _remap(element: E, ids: Mapping[str, str]) -> E:
    """The element with every id it names replaced by the merged map's id."""
    changes: dict[str, Any] = {}
    for name in _reference_fields(type(element)):
        value = getattr(element, name)
        if isinstance(value, tuple):
            changes[name] = tuple(ids.get(v, v) for v in value)
        elif value is not None:
            changes[name] = ids.get(value, value)
    return attrs.evolve(element, **changes) if changes else element


def _in_reference_order(argument_map: ArgumentMap, kind: type[E]) -> list[E]:
    """The map's elements of ``kind`` in its order, moving each after those it names."""
    elements: list[E] = [e for e in argument_map if type(e) is kind]
    names = {e.id for e in elements}
    fields = _reference_fields(kind)
    placed: set[str] = set()
    ordered: list[E] = []
    pending = elements
    while pending:
        waiting: list[E] = []
        for element in pending:
            refs = [getattr(element, f) for f in fields]
            if all(r is None or r not in names or r in placed for r in refs):
                ordered.append(element)
                placed.add(element.id)
            else:
                waiting.append(element)
        if len(waiting) == len(pending):  # a cycle cannot be in a valid map; keep the order
            ordered.extend(waiting)
            break
        pending = waiting
    return ordered


def _urls_agree(first: Source, second: Source) -> bool:
    return first.url is None or second.url is None or first.url.strip() == second.url.strip()


def _why_renamed(holder: Element, element: Element) -> str:
    if type(holder) is not type(element):
        return f"the id names {_kind(holder)} in an earlier map"
    differing = [
        f.name
        for f in attrs.fields(type(element))
        if f.name != "id" and getattr(holder, f.name) != getattr(element, f.name)
    ]
    return f"differs from an earlier map's in {', '.join(differing)}"
