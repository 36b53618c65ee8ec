"""Attributions, actors and sources as Argdown inline data, both ways.

Argdown has no syntax for who said what; the convention is inline data on the statement:
``[Claim]: text {speaker: "Ed Balls", source: "FT interview", quote: "..."}``, or a list
``{attributions: [{speaker: ...}, ...]}`` when several actors said it. The full records of actors
and sources go into the front matter under ``argmap: {actors: ..., sources: ...}``.

>>> from argmap.model import ArgumentMap
>>> m = ArgumentMap()
>>> c = m.claim("Taxes are high")
>>> a = m.attribute(c, m.actor("Ed Balls"), m.source("FT"), quote="taxes are high", cue="said")
>>> attribution_data(m, c.id)
{'speaker': 'Ed Balls', 'source': 'FT', 'quote': 'taxes are high', 'cue': 'said'}
"""

from __future__ import annotations

import operator
from collections.abc import Iterable, Sequence
from typing import Any

import attrs

from argmap.exceptions import ArgmapError, DocumentError
from argmap.formats._fields import build_at_lines
from argmap.formats._limits import short, shorten
from argmap.formats.argdown._text import Json, dump_json, dump_value
from argmap.model import Actor, ArgumentMap, Attribution, Locator, Source
from argmap.model.elements import inferred_mode
from argmap.model.ids import slugify, unique_id
from argmap.model.references import REFERENCES

__all__ = ["AttributionWriter", "attribution_data", "people_data", "read_attributions"]

_SKIP = {"claim", "actor", "source"}
_KEYS: dict[str, str] = {}  # the JSON of each record key, with its colon
_UNKNOWN_SOURCE = "(unknown source)"
_CLAIM_KEYS = {"id", "title", "text", "tags", "kind", "note"}


def _plain(value: Any) -> Any:
    """Turn a field value into YAML-safe data (enums to strings, locators to lists)."""
    if isinstance(value, tuple):
        return [_plain(v) for v in value]
    if isinstance(value, Locator):
        return [value.start, value.end, value.paragraph]
    if value is None or isinstance(value, bool | int | float):
        return value
    return str(value)


def _fields(element: Any, skip: set[str]) -> dict[str, Any]:
    """The fields of an attrs element that differ from their defaults, as plain data."""
    out: dict[str, Any] = {}
    for attribute in attrs.fields(type(element)):
        value = getattr(element, attribute.name)
        if attribute.name in skip or value == attribute.default or value in ((), None):
            continue
        out[attribute.name] = _plain(value)
    return out


def attribution_data(m: ArgumentMap, claim: str, claim_keys: Iterable[str] = ()) -> dict[str, Any]:
    """The inline data that records who put ``claim`` forward, empty when nobody did.

    One attribution is written flat (``speaker``, ``source``, ``quote``... beside the claim's own
    keys) when its id is the one the model would give it and no key clashes with
    ``claim_keys``; otherwise every attribution goes into a list under ``attributions``. For a
    whole map use [`AttributionWriter`][], which counts the names once.
    """
    return AttributionWriter(m).data(claim, claim_keys)


# The fields of an attribution written as its own keys (in field order), their defaults, and
# one getter of them all.
_ATTRIBUTION_FIELDS = [a for a in attrs.fields(Attribution) if a.name not in _SKIP | {"id", "mode"}]
_ATTRIBUTION_NAMES = tuple(a.name for a in _ATTRIBUTION_FIELDS)
_ATTRIBUTION_DEFAULTS = tuple(a.default for a in _ATTRIBUTION_FIELDS)
_attribution_values = operator.attrgetter(*_ATTRIBUTION_NAMES)
_QUOTE, _FRAGMENTS = _ATTRIBUTION_NAMES.index("quote"), _ATTRIBUTION_NAMES.index("fragments")


class AttributionWriter:
    """Writes the attribution data of many claims of one map, in time linear in the map.

    Which actor names and source titles are shared (and so need an id beside them) is counted
    once, not for every claim; each actor's and source's part of a record, and the slug of its
    id, is made once; the attributions are grouped by claim in one pass.
    """

    def __init__(self, m: ArgumentMap) -> None:
        self.map = m
        shared_names = _repeated(a.name for a in m.actors)
        shared_titles = _repeated(s.title for s in m.sources)
        self.speakers = {
            a.id: (a.name, a.id if a.name in shared_names else None, slugify(a.id, max_words=3))
            for a in m.actors
        }
        self.sources = {
            s.id: (s.title, s.id if s.title in shared_titles else None, slugify(s.id, max_words=3))
            for s in m.sources
        }
        self.heads: dict[tuple[str, str], str] = {}  # the JSON of (actor, source)'s keys
        self.counts: dict[str, int] = {}
        self.first: dict[str, Attribution] = {}
        for attribution in m.attributions:
            claim = attribution.claim
            if claim in self.counts:
                self.counts[claim] += 1
            else:
                self.counts[claim] = 1
                self.first[claim] = attribution

    def data(self, claim: str, claim_keys: Iterable[str] = ()) -> dict[str, Any]:
        """See [`attribution_data`][]."""
        found = self._found(claim)
        if isinstance(found, list):
            return {"attributions": list(map(self.record, found))} if found else {}
        flat = self.record(found)
        if self._given_by_model(found):
            clashes = set(flat) & (set(claim_keys) | _CLAIM_KEYS | {"attributions"})
            if clashes == {"id"}:
                del flat["id"]
                return flat
        return {"attributions": [flat]}

    def inline(self, claim: str, claim_keys: Iterable[str] = ()) -> dict[str, Any]:
        """[`data`][argmap.formats.argdown.attributions.AttributionWriter.data] as the writer
        writes it: a list of records is one [`Json`][argmap.formats.argdown._text.Json] text,
        written straight from the attributions, with each speaker's and source's part, and
        each key, written once."""
        found = self._found(claim)
        if isinstance(found, list):
            return {"attributions": Json(f"[{', '.join(map(self._json, found))}]")} if found else {}
        if self._given_by_model(found):
            return self.data(claim, claim_keys)  # maybe flat, beside the claim's own keys
        return {"attributions": Json(f"[{self._json(found)}]")}

    def _found(self, claim: str) -> Attribution | list[Attribution]:
        """The claim's one attribution, or its attributions in the map's order (maybe none)."""
        count = self.counts.get(claim)
        if count is None:
            return []
        return self.first[claim] if count == 1 else self.map.attributions_of(claim)

    def _given_by_model(self, attribution: Attribution) -> bool:
        """Whether the attribution has the id the model gives it (then it may be written flat)."""
        actor, source = self.speakers[attribution.actor][2], self.sources[attribution.source][2]
        return attribution.id == f"{actor}-{source}"

    def _json(self, attribution: Attribution) -> str:
        """The JSON of [`record`][argmap.formats.argdown.attributions.AttributionWriter.record],
        as [`dump_value`][argmap.formats.argdown._text.dump_value] writes it."""
        pair = (attribution.actor, attribution.source)
        head = self.heads.get(pair)
        if head is None:
            items = [f"{_key(k)}{dump_json(v)}" for k, v in self._head(*pair).items()]
            head = self.heads[pair] = ", ".join(items)
        fields = "".join(
            [
                f", {_key(k)}{dump_json(v) if type(v) is str else dump_value(v)}"
                for k, v in _set_fields(attribution)
            ]
        )
        return f'{{{head}, "id": {dump_json(attribution.id)}{fields}}}'

    def _head(self, actor_id: str, source_id: str) -> dict[str, Any]:
        """A record's first keys: speaker, source, and their ids when their names are shared."""
        name, actor, _ = self.speakers[actor_id]
        title, source, _ = self.sources[source_id]
        head: dict[str, Any] = {"speaker": name, "source": title}
        if actor is not None:
            head["actor"] = actor
        if source is not None:
            head["source_id"] = source
        return head

    def record(self, attribution: Attribution) -> dict[str, Any]:
        """The keys of one attribution: speaker, source, their ids when shared, then fields."""
        record = self._head(attribution.actor, attribution.source)
        record["id"] = attribution.id
        record.update(_set_fields(attribution))
        return record


def _set_fields(attribution: Attribution) -> list[tuple[str, Any]]:
    """An attribution's fields that differ from their defaults, as plain data, and its mode
    when it is not the one its quote and fragments imply."""
    values = _attribution_values(attribution)
    out = [
        (field, value if type(value) is str else _plain(value))
        for field, default, value in zip(
            _ATTRIBUTION_NAMES, _ATTRIBUTION_DEFAULTS, values, strict=False
        )
        # None first: most fields are unset (the tuples are of one length: no strict check)
        if value is not None and value != default and value != ()
    ]
    # the quote and the fragments from the values got already (two attribute reads less)
    if attribution.mode != inferred_mode(values[_QUOTE], values[_FRAGMENTS]):
        out.append(("mode", str(attribution.mode)))
    return out


def _key(key: str) -> str:
    """The JSON of a record key, with its colon, made once per key."""
    head = _KEYS.get(key)
    if head is None:
        head = _KEYS[key] = f"{dump_json(key)}: "
    return head


def _repeated(values: Iterable[str]) -> set[str]:
    """The values that occur more than once."""
    seen: set[str] = set()
    repeated: set[str] = set()
    for value in values:
        (repeated if value in seen else seen).add(value)
    return repeated


def people_data(m: ArgumentMap) -> dict[str, Any]:
    """The front-matter records of every actor and source, keyed by id."""
    out: dict[str, Any] = {}
    if m.actors:
        out["actors"] = {a.id: _fields(a, {"id"}) for a in m.actors}
    if m.sources:
        out["sources"] = {s.id: _fields(s, {"id"}) for s in m.sources}
    return out


def _records(data: dict[str, Any]) -> list[dict[str, Any]]:
    """The attribution records of a claim's data; a flat one's ``id`` is the claim's."""
    many = data.get("attributions")
    if isinstance(many, list):
        return [r for r in many if isinstance(r, dict) and "speaker" in r]
    if "speaker" not in data:
        return []
    return [{k: v for k, v in data.items() if k not in _CLAIM_KEYS}]


def _add_in_order(
    m: ArgumentMap,
    pending: Sequence[tuple[Any, int | None]],
    file: str | None,
    *,
    drop_dangling: bool = False,
) -> ArgumentMap:
    """The map with ``pending`` added, built in one pass (so elements may name later ones).

    With ``drop_dangling``, references to ids that neither the map nor the pending elements
    hold are dropped instead of refused (for a document that lost the records they name).

    Raises:
        DocumentError: the first pending element at fault, at its line.
    """
    if not pending:
        return m
    if drop_dangling:
        pending = _without_dangling(m, list(pending))
    held = list(m)
    return build_at_lines(
        [*held, *(element for element, _ in pending)],
        [*(None for _ in held), *(line for _, line in pending)],
        file=file,
        title=m.title,
        question=m.question,
        description=m.description,
        central=None if m.central is None else m.central.id,
    )


def _without_dangling(
    m: ArgumentMap, waiting: list[tuple[Any, int | None]]
) -> list[tuple[Any, int | None]]:
    """The elements with their optional references to unknown ids set to the default."""
    ids = {element.id for element, _ in waiting}
    out = []
    for element, line in waiting:
        defaults = attrs.fields_dict(type(element))
        changes: dict[str, Any] = {}
        for ref in REFERENCES[type(element)]:
            value = getattr(element, ref.field)
            if ref.many or value is None or value in m or value in ids:
                continue
            default = defaults[ref.field].default
            if default is attrs.NOTHING:
                continue  # required: the error stands
            changes[ref.field] = default
            changes.update((c, defaults[c].default) for c in ref.companions)
        out.append((attrs.evolve(element, **changes) if changes else element, line))
    return out


def _record(value: Any, key: Any, file: str | None) -> dict[str, Any]:
    """A front-matter record: a mapping of fields (``None`` for none)."""
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise DocumentError(
            f"front matter: the record of {short(str(key))!r} must be a mapping of fields, "
            f"got {type(value).__name__}",
            file=file,
            line=2,
        )
    return dict(value)


def _build(
    kind: type[Any], key: str, fields: dict[str, Any], line: int | None, file: str | None
) -> Any:
    try:
        if kind is Attribution and "locators" in fields:
            fields["locators"] = [
                Locator(start=s, end=e, paragraph=p) for s, e, p in fields["locators"]
            ]
        return kind(id=key, **fields)
    except (ArgmapError, TypeError, ValueError) as exc:
        raise DocumentError(
            f"{kind.__name__.lower()} {short(key)!r}: {shorten(exc)}", file=file, line=line
        ) from None


def read_attributions(
    m: ArgumentMap,
    extra: dict[str, Any],
    claims: list[tuple[str, dict[str, Any], int]],
    *,
    file: str | None = None,
    drop_dangling: bool = False,
) -> ArgumentMap:
    """The map with the actors, sources and attributions that front matter and inline data
    describe.

    Args:
        m: the map read so far (claims, arguments, rebuttals).
        extra: the front matter's ``argmap`` mapping.
        claims: ``(claim id, inline data, line)`` of each claim with data.
        file: the file name, for errors.
        drop_dangling: drop optional references (``setting``, ``reported_by``,
            ``responds_to``...) to ids nothing describes, as in Argdown's JSON export, which
            has no front matter; otherwise they are errors.

    Returns:
        A new map: ``m``'s elements and the ones read here, built in one pass.

    Raises:
        DocumentError: when a record cannot be an actor, source or attribution.
    """
    for kind, section in ((Actor, "actors"), (Source, "sources")):
        table = extra.get(section)
        if isinstance(table, dict):
            items = [
                (_build(kind, str(k), _record(v, k, file), 2, file), 2) for k, v in table.items()
            ]
            m = _add_in_order(m, items, file)
    pending: list[tuple[Any, int | None]] = []
    used: set[str] = set()
    for claim, data, line in claims:
        for record in _records(data):
            fields = dict(record)
            try:
                actor = _find(m, Actor, "name", fields.pop("speaker"), fields.pop("actor", None))
                source = _find(m, Source, "title", fields.pop("source", None) or _UNKNOWN_SOURCE,
                               fields.pop("source_id", None))  # fmt: skip
            except ArgmapError as exc:
                raise DocumentError(
                    f"attribution of {short(claim)!r}: {shorten(exc)}", file=file, line=line
                ) from None
            key = fields.pop("id", None)
            if not key:
                base = f"{slugify(actor, max_words=3)}-{slugify(source, max_words=3)}"
                key = unique_id(base, _Taken(m, used))
                used.add(key)
            fields.update(claim=claim, actor=actor, source=source)
            pending.append((_build(Attribution, str(key), fields, line, file), line))
    return _add_in_order(m, pending, file, drop_dangling=drop_dangling)


class _Taken:
    """The ids in the map or about to be added to it."""

    def __init__(self, m: ArgumentMap, used: set[str]) -> None:
        self.map, self.used = m, used

    def __contains__(self, key: object) -> bool:
        return key in self.used or key in self.map


def _find(m: ArgumentMap, kind: type[Any], attribute: str, value: Any, key: Any) -> str:
    """The id of the actor (source) with this id or name (title), added when there is none."""
    if isinstance(key, str) and key in m:
        return key
    name = str(value)
    for element in m.actors if kind is Actor else m.sources:
        if getattr(element, attribute) == name:
            return str(element.id)
    if kind is Actor:
        return m.actor(name).id
    return m.source(name).id
