"""Read and write SADFace JSON (the Simple Argument Description Format).

Reading: atoms become claims, support schemes (``type`` ``"scheme"`` or ``"inference"``)
arguments with linked premises, conflicts (``"conflict"``, or a scheme named ``conflict`` or
``attack``) rebuttals: an undercut when the target is a scheme, an undermine when it is a
claim used as a premise, otherwise a rebut. A conflict that is itself attacked, or has several
attackers, is reified as in ``argmap.formats._attacks``. Resources become sources. An atom's
text spans become direct attributions with locators when the atom names a speaker in its
metadata (``speaker``, ``participant`` or ``author`` in any namespace); SADFace itself has no
speakers, so spans without one are dropped.

Writing keeps every argmap field in ``metadata.argmap`` namespaces (which SADFace reserves for
users), so ``loads(dumps(m)) == m``; see
[`argmap.formats._sadface_write.to_sadface`][argmap.formats._sadface_write.to_sadface].

>>> doc = '''{"metadata": {"core": {"title": "Bins"}},
...   "resources": [{"id": "r", "content": "Sort rubbish. It saves resources.", "type": "text"}],
...   "nodes": [
...     {"id": "c", "type": "atom", "text": "Sort rubbish", "sources": [],
...      "metadata": {"core": {}}},
...     {"id": "p", "type": "atom", "text": "It saves resources",
...      "sources": [{"resource_id": "r", "offset": 14, "length": 18}],
...      "metadata": {"debate": {"speaker": "Ann"}}},
...     {"id": "s", "type": "scheme", "name": "support"}],
...   "edges": [{"id": "e1", "source_id": "p", "target_id": "s"},
...             {"id": "e2", "source_id": "s", "target_id": "c"}]}'''
>>> m = loads(doc)
>>> [(a.premises, a.conclusion) for a in m.arguments]
[(('p',), 'c')]
>>> [(a.actor, a.quote, a.locators[0].start) for a in m.attributions]
[('ann', 'It saves resources', 14)]
>>> loads(dumps(m)) == m
True
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from typing import Any

from argmap._collector import collector_paused
from argmap.exceptions import ArgmapError, DocumentError
from argmap.formats._attacks import Attack, add_attacks
from argmap.formats._fields import add_all, make
from argmap.formats._json import parse_json
from argmap.formats._sadface_write import dumps, to_sadface
from argmap.formats.aif._graph import brief
from argmap.model import (
    Actor,
    Argument,
    ArgumentMap,
    AttackKind,
    Attribution,
    Claim,
    Element,
    Locator,
    Source,
    slugify,
)

__all__ = ["dumps", "from_sadface", "loads", "to_sadface"]

NAMESPACE = "argmap"
"""The metadata namespace that holds argmap's own fields."""

_SPEAKER_KEYS = ("speaker", "participant", "author")
_CONFLICT_NAMES = ("conflict", "attack", "rebut", "rebuttal", "undercut", "undermine")


def loads(text: str, *, filename: str | None = None) -> ArgumentMap:
    """Read a SADFace JSON document.

    Args:
        text: the JSON.
        filename: the file name, for error messages.

    Raises:
        DocumentError: the JSON is malformed or does not describe an argument graph (a node
            without id, an edge to an unknown node, a support with no conclusion...).
    """
    with collector_paused():
        document = parse_json(text, filename=filename)
        return from_sadface(document, filename=filename)


def from_sadface(document: Any, *, filename: str | None = None) -> ArgumentMap:
    """Read a SADFace document already parsed from JSON (see [`loads`][])."""
    try:
        return _Reader(document, filename).read()
    except DocumentError:
        raise
    except ArgmapError as error:
        raise DocumentError(str(error), file=filename) from None


def _check_shape(document: Any, file: str | None) -> None:
    """Refuse a document that is no SADFace at all, saying what it looks like instead."""
    nodes = document.get("nodes") if isinstance(document, dict) else None
    first = nodes[0] if isinstance(nodes, list) and nodes else None
    is_aif = isinstance(document, dict) and (
        "AIF" in document or (isinstance(first, dict) and "nodeID" in first)
    )
    if not is_aif and isinstance(document, dict) and "nodes" in document:
        return
    if document is None:
        looks = "null"
    elif isinstance(document, dict) and not document:
        looks = "an empty object"
    elif isinstance(document, dict) and "argmap" in document:
        looks = "argmap's own JSON: read it as format 'json'"
    elif is_aif:
        looks = "AIF JSON: read it as format 'aif'"
    elif isinstance(document, dict):
        keys = ", ".join(repr(str(key)[:20]) for key in list(document)[:5])
        looks = f"an object with the keys {keys}"
    else:
        looks = brief(document)
    raise DocumentError(
        f"not SADFace: expected an object with 'nodes' and 'edges' (and 'metadata'), found {looks}",
        file=file,
    )


def _text(value: Any, where: str, file: str | None) -> str | None:
    """An optional text field: a string, or absent."""
    if value is None or isinstance(value, str):
        return value or None
    raise DocumentError(f"expected text, got {brief(value)}", file=file, location=where)


def _mapping(value: Any, where: str, file: str | None) -> dict[str, Any]:
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise DocumentError(
            f"expected an object, got {type(value).__name__}", file=file, location=where
        )
    return value


def _list(value: Any, where: str, file: str | None) -> list[Any]:
    if value is None:
        return []
    if not isinstance(value, list):
        raise DocumentError(
            f"expected a list, got {type(value).__name__}", file=file, location=where
        )
    return value


class _Reader:
    """Builds a map from one SADFace document."""

    def __init__(self, document: Any, filename: str | None) -> None:
        self.file = filename
        _check_shape(document, filename)
        self.doc = _mapping(document, "document", filename)
        metadata = _mapping(self.doc.get("metadata"), "metadata", filename)
        self.core = _mapping(metadata.get("core"), "metadata.core", filename)
        self.own = _mapping(metadata.get(NAMESPACE), f"metadata.{NAMESPACE}", filename)
        self.ids: dict[str, str] = {}  # SADFace node id -> argmap id
        self.types: dict[str, str] = {}  # SADFace node id -> atom, support or conflict
        self.elements: list[Element] = []  # actors, sources, claims, arguments: built at once
        self.locations: list[str] = []

    def error(self, message: str, where: str) -> DocumentError:
        return DocumentError(message, file=self.file, location=where)

    def read(self) -> ArgumentMap:
        meta = ArgumentMap(
            title=_text(self.core.get("title"), "metadata.core.title", self.file),
            description=_text(self.core.get("description"), "metadata.core.description", self.file),
            question=_text(self.own.get("question"), "metadata.argmap.question", self.file),
        )
        for where, fields in self.records("actors"):
            self.put(Actor, where, fields)
        contents = self.read_resources()
        nodes = _list(self.doc.get("nodes"), "nodes", self.file)
        edges = _list(self.doc.get("edges"), "edges", self.file)
        atoms, relations = self.read_nodes(nodes)
        for where, fields in atoms:
            self.put(Claim, where, fields)
        into, out = self.read_edges(edges)
        attacks: list[Attack] = []
        for where, node_id, fields in relations:
            premises = [self.ids[n] for n in into[node_id]]
            targets = [self.ids[n] for n in out[node_id]]
            if self.types[node_id] == "support":
                if len(targets) != 1 or not premises:
                    raise self.error(
                        f"a support needs premises and one conclusion; it has {len(premises)} "
                        f"incoming and {len(targets)} outgoing edges",
                        where,
                    )
                fields.update(premises=premises, conclusion=targets[0])
                self.put(Argument, where, fields)
            else:
                if len(targets) != 1 or not premises:
                    raise self.error(
                        f"a conflict needs attackers and one target; it has {len(premises)} "
                        f"incoming and {len(targets)} outgoing edges",
                        where,
                    )
                kind = self.attack_kind(fields.get("kind"), where)
                attacks.append(
                    Attack(
                        id=fields["id"],
                        attackers=tuple(premises),
                        target=targets[0],
                        kind=kind,
                        note=fields.get("note"),
                    )
                )
        m = ArgumentMap.from_elements(
            self.elements,
            title=meta.title,
            question=meta.question,
            description=meta.description,
            locations=self.locations,
            file=self.file,
        )
        add_attacks(m, attacks, where=self.file or "<sadface>")
        self.read_attributions(m, nodes, contents)
        self.read_central(m)
        return m

    def put(self, cls: type[Element], where: str, fields: dict[str, Any]) -> None:
        """Make an element (checked now) for the map that is built once all are read."""
        self.elements.append(make(cls, fields, where=where, file=self.file))
        self.locations.append(where)

    def records(self, key: str) -> list[tuple[str, dict[str, Any]]]:
        """The entries of ``metadata.argmap.<key>``, each an object, with their places."""
        where = f"metadata.{NAMESPACE}.{key}"
        items = _list(self.own.get(key), where, self.file)
        return [
            (f"{where}[{i}]", dict(_mapping(a, f"{where}[{i}]", self.file)))
            for i, a in enumerate(items)
        ]

    def attack_kind(self, kind: Any, where: str) -> AttackKind | None:
        if kind is None:
            return None
        try:
            return AttackKind(kind)
        except (ValueError, TypeError):
            kinds = ", ".join(k.value for k in AttackKind)
            raise self.error(f"kind {brief(kind)} is not one of {kinds}", where) from None

    def ident(self, item: dict[str, Any], where: str) -> str:
        raw_id = item.get("id")
        if isinstance(raw_id, bool) or not isinstance(raw_id, str | int):
            got = "none" if raw_id is None else brief(raw_id)
            raise self.error(f"needs an 'id' (text or a number), got {got}", where)
        return str(raw_id)

    def read_resources(self) -> dict[str, str]:
        """Add a source per resource; return source id -> content."""
        contents: dict[str, str] = {}
        resources = _list(self.doc.get("resources"), "resources", self.file)
        records = []
        for index, resource in enumerate(resources):
            where = f"resources[{index}]"
            resource = _mapping(resource, where, self.file)
            raw_id = self.ident(resource, where)
            metadata = _mapping(resource.get("metadata"), f"{where}.metadata", self.file)
            own = dict(_mapping(metadata.get(NAMESPACE), f"{where}.metadata", self.file))
            core = _mapping(metadata.get("core"), f"{where}.metadata.core", self.file)
            own.setdefault("id", str(raw_id))
            own.setdefault(
                "title", core.get("title") or resource.get("title") or f"resource {raw_id}"
            )
            self.ids[str(raw_id)] = own["id"]
            content = resource.get("content")
            contents[own["id"]] = content if isinstance(content, str) else ""
            records.append((where, own))
        for where, fields in records:
            self.put(Source, where, fields)
        return contents

    def read_nodes(
        self, nodes: list[Any]
    ) -> tuple[list[tuple[str, dict[str, Any]]], list[tuple[str, str, dict[str, Any]]]]:
        atoms, relations = [], []
        for index, node in enumerate(nodes):
            where = f"nodes[{index}]"
            node = _mapping(node, where, self.file)
            node_id = self.ident(node, where)
            where = f"node {brief(node_id)}"
            metadata = _mapping(node.get("metadata"), f"{where}.metadata", self.file)
            fields = dict(_mapping(metadata.get(NAMESPACE), f"{where}.metadata", self.file))
            fields.setdefault("id", node_id)
            self.ids[node_id] = fields["id"]
            kind = self.classify(node, where)
            self.types[node_id] = kind
            if kind == "atom":
                fields["text"] = node.get("text")
                atoms.append((where, fields))
            else:
                name = node.get("name")
                if kind == "support" and isinstance(name, str) and name != "support":
                    fields.setdefault("scheme", name)
                relations.append((where, node_id, fields))
        return atoms, relations

    def classify(self, node: dict[str, Any], where: str) -> str:
        node_type, name = node.get("type"), str(node.get("name") or "").lower()
        if node_type == "atom":
            return "atom"
        if node_type == "conflict" or (node_type == "scheme" and name in _CONFLICT_NAMES):
            return "conflict"
        if node_type in ("scheme", "inference"):
            return "support"
        raise self.error(
            f"type {brief(node_type)} is not atom, scheme, inference or conflict", where
        )

    def read_edges(self, edges: list[Any]) -> tuple[dict[str, list[str]], dict[str, list[str]]]:
        into: dict[str, list[str]] = defaultdict(list)
        out: dict[str, list[str]] = defaultdict(list)
        for index, edge in enumerate(edges):
            where = f"edges[{index}]"
            edge = _mapping(edge, where, self.file)
            raw = [edge.get(key) for key in ("source_id", "target_id")]
            ends = [str(end) if isinstance(end, str | int) else "" for end in raw]
            for end, value in zip(ends, raw, strict=True):
                if end not in self.types:
                    raise self.error(f"names node {brief(value)}, which is not in 'nodes'", where)
            source, target = ends
            if self.types[source] == "atom" and self.types[target] == "atom":
                raise self.error("links two atoms; relations go through a scheme node", where)
            if self.types[source] == "support" and self.types[target] == "support":
                raise self.error("links two supports; an argument cannot support one", where)
            # An edge from a conflict names its target; from an atom, or from a support into a
            # conflict, an attacker or premise; from a support into an atom, its conclusion.
            if self.types[source] == "conflict" or self.types[target] == "atom":
                out[source].append(target)
            else:
                into[target].append(source)
        return into, out

    def read_attributions(
        self, m: ArgumentMap, nodes: list[Any], contents: Mapping[str, str]
    ) -> None:
        if "attributions" in self.own:
            add_all(m, Attribution, self.records("attributions"), file=self.file)
            return
        for node in nodes:
            node_id = str(node["id"])
            speaker = _speaker(node.get("metadata"))
            if self.types[node_id] != "atom" or speaker is None:
                continue
            for index, span in enumerate(_list(node.get("sources"), "sources", self.file)):
                self.add_span(m, node_id, speaker, index, span, contents)

    def add_span(
        self,
        m: ArgumentMap,
        node_id: str,
        speaker: str,
        index: int,
        span: Any,
        contents: Mapping[str, str],
    ) -> None:
        where = f"node {node_id!r}.sources[{index}]"
        span = _mapping(span, where, self.file)
        source = self.ids.get(str(span.get("resource_id")))
        offset, length = span.get("offset"), span.get("length")
        if source is None:
            raise self.error(
                f"names resource {brief(span.get('resource_id'))}, which is not in 'resources'",
                where,
            )
        if not isinstance(offset, int) or not isinstance(length, int) or length < 0:
            raise self.error("needs integer 'offset' and 'length'", where)
        quote = _text(span.get("text"), f"{where}.text", self.file)
        quote = quote or contents[source][offset : offset + length]
        if not quote.strip():
            return
        actor = slugify(speaker)
        if actor not in m:
            m.actor(speaker, id=actor)
        try:
            m.attribute(
                self.ids[node_id],
                actor,
                source,
                quote=quote,
                locators=[Locator(start=offset, end=offset + length)],
            )
        except ArgmapError as error:
            raise self.error(str(error), where) from None

    def read_central(self, m: ArgumentMap) -> None:
        central = self.own.get("central")
        if central is None and isinstance(self.core.get("claim"), str | int):
            central = self.ids.get(str(self.core["claim"]))
        if central is not None and not isinstance(central, str):
            raise self.error(f"expected a claim id, got {brief(central)}", "metadata central claim")
        if central is not None:
            try:
                m.central = central
            except ArgmapError as error:
                raise self.error(str(error), "metadata central claim") from None


def _speaker(metadata: Any) -> str | None:
    """The speaker named in a node's metadata, in any namespace."""
    if not isinstance(metadata, dict):
        return None
    for block in metadata.values():
        if isinstance(block, dict):
            for key in _SPEAKER_KEYS:
                if isinstance(block.get(key), str) and block[key].strip():
                    return str(block[key])
    return None
