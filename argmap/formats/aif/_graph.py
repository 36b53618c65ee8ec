"""Read AIF JSON in its three shapes (AIFdb, OVA3, legacy OVA2) into one plain node graph.

The graph keeps what the readers need and nothing else: nodes by id (ids as strings, whatever
the file used), edges deduplicated, the speaker rows of ``locutions``, the ``participants`` and,
from OVA3, the analyst's proposition types.

>>> g = parse_graph('{"nodes": [{"nodeID": 1, "type": "I", "text": "Tax is theft"}], '
...                 '"edges": [], "locutions": []}')
>>> g.nodes["1"].text, g.shape
('Tax is theft', 'AIFdb')
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from attrs import field, frozen

from argmap.exceptions import DocumentError
from argmap.formats._json import parse_json

__all__ = [
    "NODE_TYPES",
    "AifGraph",
    "AifNode",
    "Reader",
    "brief",
    "looks_like_aif",
    "node_text",
    "parse_graph",
    "shape_of",
]

NODE_TYPES = frozenset({"I", "L", "RA", "CA", "MA", "PA", "TA", "YA"})


@frozen(kw_only=True)
class AifNode:
    """One AIF node: its id (as a string), its type (I, L, RA...) and its text.

    ``record`` is the node's ``argmap`` object when it has one: what argmap's writer keeps of
    an attribution beyond the words (AIF tools ignore keys they do not know).
    """

    id: str
    type: str
    text: str
    record: Any = field(default=None, eq=False)


@frozen(kw_only=True)
class AifGraph:
    """An AIF graph with adjacency lists, read from any of the JSON shapes.

    Attributes:
        shape: ``"AIFdb"``, ``"OVA3"`` or ``"OVA2"``.
        nodes: the nodes by id, in file order.
        outgoing, incoming: neighbour ids of each node, in edge order.
        person_ids: for each L-node, the distinct ``personID`` values of its locution rows.
        participants: participant names by participant id.
        claim_kinds: OVA3's proposition types (fact, value, policy) by I-node id.
        notes: what was skipped while reading, and why.
    """

    shape: str
    nodes: dict[str, AifNode]
    outgoing: dict[str, list[str]]
    incoming: dict[str, list[str]]
    person_ids: dict[str, list[str]]
    participants: dict[str, str]
    claim_kinds: dict[str, str]
    notes: list[str] = field(factory=list)

    def out_of(self, node_id: str, *types: str) -> list[AifNode]:
        """The nodes that ``node_id`` points to, keeping only the given types (all if none)."""
        return list(self._typed(self.outgoing.get(node_id, []), types))

    def into(self, node_id: str, *types: str) -> list[AifNode]:
        """The nodes that point to ``node_id``, keeping only the given types (all if none)."""
        return list(self._typed(self.incoming.get(node_id, []), types))

    def _typed(self, ids: list[str], types: tuple[str, ...]) -> Iterator[AifNode]:
        for other in ids:
            node = self.nodes[other]
            if not types or node.type in types:
                yield node


def brief(value: Any, limit: int = 40) -> str:
    """A short description of any JSON value for a message: a prefix of text, else its type.

    Never formats the whole of a large value, so a hostile file cannot make a huge message.

    >>> brief("x" * 100)
    "'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx...'"
    >>> brief({"a": [1, 2]}), brief(7)
    ('an object', '7')
    """
    if isinstance(value, str):
        return repr(value[:limit] + ("..." if len(value) > limit else ""))
    if isinstance(value, dict):
        return "an object"
    if isinstance(value, list):
        return "a list"
    return repr(value)[:limit]


def node_text(value: Any) -> str:
    """A node's text from its ``text`` value: a number as written, anything else but text empty.

    >>> node_text("Tax is theft"), node_text(7), node_text(None)
    ('Tax is theft', '7', '')
    """
    return value if isinstance(value, str) else str(value) if isinstance(value, int | float) else ""


def looks_like_aif(text: str | dict[str, Any]) -> bool:
    """Tell from the content whether text (or its parsed JSON) is AIF (AIFdb, OVA2 or OVA3).

    The registry's content test for AIF (`argmap.formats._sniff`) passes
    the JSON it has
    already parsed.

    >>> looks_like_aif('{"nodes": [], "edges": [], "locutions": []}')
    True
    >>> looks_like_aif({"claims": []})
    False
    """
    if isinstance(text, dict):
        data: Any = text
    else:
        try:
            data = json.loads(text)
        except ValueError:
            return False
    return isinstance(data, dict) and shape_of(data) is not None


def shape_of(data: dict[str, Any]) -> str | None:
    """Which AIF JSON a parsed object is: ``"AIFdb"``, ``"OVA3"``, ``"OVA2"``, or None."""
    if isinstance(data.get("AIF"), dict):
        return "OVA3"
    if "nodes" in data and "edges" in data:
        nodes = data["nodes"]
        first = nodes[0] if isinstance(nodes, list) and nodes else None
        is_ova2 = isinstance(first, dict) and "nodeID" not in first and "id" in first
        return "OVA2" if is_ova2 else "AIFdb"
    return None


def parse_graph(text: str, *, filename: str | None = None) -> AifGraph:
    """Parse AIF JSON text into an [`AifGraph`][].

    Args:
        text: AIFdb JSON, an OVA3 export (``AIF`` + ``OVA`` + ``text``) or a legacy OVA2 file.
        filename: named in error messages.

    Returns:
        The graph; edges to nodes not in the file, duplicate nodes and nodes of unknown type
        are left out and listed in its ``notes``.

    Raises:
        DocumentError: when the text is not JSON, or not AIF, or a node or edge has no id.
    """
    data = parse_json(text, filename=filename)
    shape = shape_of(data) if isinstance(data, dict) else None
    if shape is None:
        raise DocumentError(
            "not AIF JSON: expected an object with 'nodes' and 'edges' (AIFdb, OVA2) "
            "or with 'AIF' (OVA3)",
            file=filename,
        )
    reader = Reader(filename, shape)
    if shape == "OVA3":
        reader.read_aifdb(data["AIF"], prefix="AIF.")
        reader.read_kinds(data.get("propositionClassifier"))
    elif shape == "OVA2":
        reader.read_ova2(data)
    else:
        reader.read_aifdb(data, prefix="")
    return reader.graph()


class Reader:
    """Collects nodes, edges and speakers from the JSON, checking each where it is.

    The one-pass reader (``_bulk``) reads nodes and edges its own way and uses this for the
    rest (locutions, participants, OVA3's proposition types).
    """

    def __init__(self, filename: str | None, shape: str) -> None:
        self.filename = filename
        self.shape = shape
        self.nodes: dict[str, AifNode] = {}
        self.edges: list[tuple[str, str, str]] = []
        self.person_ids: dict[str, list[str]] = {}
        self.participants: dict[str, str] = {}
        self.claim_kinds: dict[str, str] = {}
        self.notes: list[str] = []

    def fail(self, where: str, message: str) -> DocumentError:
        return DocumentError(message, file=self.filename, location=where)

    def items(self, data: dict[str, Any], key: str, where: str) -> list[dict[str, Any]]:
        value = data.get(key)
        if value is None:
            return []
        if not isinstance(value, list):
            raise self.fail(f"{where}{key}", f"expected a list, got {type(value).__name__}")
        for index, item in enumerate(value):
            if not isinstance(item, dict):
                raise self.fail(f"{where}{key}[{index}]", "expected an object")
        return value

    def ident(self, item: dict[str, Any], keys: tuple[str, ...], where: str) -> str:
        for key in keys:
            value = item.get(key)
            if isinstance(value, str) and value.strip():
                return value.strip()
            if isinstance(value, int) and not isinstance(value, bool):
                return str(value)
        got = ", ".join(f"{key}: {brief(item[key])}" for key in keys if key in item) or "none"
        raise self.fail(where, f"needs an id in {' or '.join(map(repr, keys))}, got {got}")

    def add_node(self, node_id: str, item: dict[str, Any], where: str) -> None:
        kind = item.get("type")
        text = node_text(item.get("text"))
        if not isinstance(kind, str) or kind not in NODE_TYPES:
            self.notes.append(f"node {node_id[:40]}: unknown type {brief(kind)}, skipped")
            return
        record = item.get("argmap")
        node = AifNode(id=node_id, type=kind, text=text, record=record)
        old = self.nodes.get(node_id)
        if old is not None:
            if old != node:
                self.notes.append(f"node {node_id}: id used twice ({where}), kept the first")
            return
        self.nodes[node_id] = node

    def add_speaker(self, node_id: str, person: Any) -> None:
        if isinstance(person, bool) or not isinstance(person, str | int) or str(person) == "":
            return
        people = self.person_ids.setdefault(node_id, [])
        if str(person) not in people:
            people.append(str(person))

    def add_participant(self, item: dict[str, Any], where: str) -> None:
        key = self.ident(item, ("participantID", "id"), where)
        parts = [item.get("firstname"), item.get("surname")]
        name = " ".join(p for p in parts if isinstance(p, str) and p)
        if name.strip():
            self.participants[key] = name

    def read_aifdb(self, data: dict[str, Any], *, prefix: str) -> None:
        for index, item in enumerate(self.items(data, "nodes", prefix)):
            where = f"{prefix}nodes[{index}]"
            self.add_node(self.ident(item, ("nodeID",), where), item, where)
        for index, item in enumerate(self.items(data, "edges", prefix)):
            where = f"{prefix}edges[{index}]"
            raw = item.get("edgeID", index)
            edge_id = str(raw)[:40] if isinstance(raw, str | int) else brief(raw)
            start = self.ident(item, ("fromID",), where)
            end = self.ident(item, ("toID",), where)
            self.edges.append((f"edge {edge_id}", start, end))
        self.read_people(data, prefix=prefix)

    def read_people(self, data: dict[str, Any], *, prefix: str) -> None:
        """Read the ``locutions`` rows and the ``participants`` of an AIFdb graph."""
        for index, item in enumerate(self.items(data, "locutions", prefix)):
            where = f"{prefix}locutions[{index}]"
            self.add_speaker(self.ident(item, ("nodeID",), where), item.get("personID"))
        self.read_participants(data, prefix=prefix)

    def read_participants(self, data: dict[str, Any], *, prefix: str) -> None:
        """Read the ``participants`` of an AIFdb graph."""
        for index, item in enumerate(self.items(data, "participants", prefix)):
            self.add_participant(item, f"{prefix}participants[{index}]")

    def read_ova2(self, data: dict[str, Any]) -> None:
        for index, item in enumerate(self.items(data, "nodes", "")):
            where = f"nodes[{index}]"
            node_id = self.ident(item, ("id",), where)
            self.add_node(node_id, item, where)
            if str(item.get("participantID", "0")) != "0":
                self.add_speaker(node_id, item.get("participantID"))
        for index, item in enumerate(self.items(data, "edges", "")):
            where = f"edges[{index}]"
            origin, target = item.get("from"), item.get("to")
            if not (isinstance(origin, dict) and isinstance(target, dict)):
                raise self.fail(where, "expected 'from' and 'to' node objects")
            start = self.ident(origin, ("id",), f"{where}.from")
            end = self.ident(target, ("id",), f"{where}.to")
            self.edges.append((f"edge {index}", start, end))
        for index, item in enumerate(self.items(data, "participants", "")):
            self.add_participant(item, f"participants[{index}]")

    def read_kinds(self, classifier: Any) -> None:
        if not isinstance(classifier, dict):
            return
        nodes = classifier.get("nodes")
        for item in nodes if isinstance(nodes, list) else []:
            node_id = item.get("nodeID") if isinstance(item, dict) else None
            if isinstance(node_id, str | int) and isinstance(item.get("propType"), str):
                self.claim_kinds[str(node_id)] = item["propType"]

    def graph(self) -> AifGraph:
        outgoing: dict[str, list[str]] = {}
        incoming: dict[str, list[str]] = {}
        seen: set[tuple[str, str]] = set()
        for label, start, end in self.edges:
            missing = [n for n in (start, end) if n not in self.nodes]
            if missing:
                self.notes.append(
                    f"{label} {start} -> {end}: node {missing[0]} is not in the file, skipped"
                )
                continue
            if start == end:
                self.notes.append(f"{label}: links node {start} to itself, skipped")
                continue
            if (start, end) in seen:
                continue
            seen.add((start, end))
            outgoing.setdefault(start, []).append(end)
            incoming.setdefault(end, []).append(start)
        return AifGraph(
            shape=self.shape,
            nodes=self.nodes,
            outgoing=outgoing,
            incoming=incoming,
            person_ids=self.person_ids,
            participants=self.participants,
            claim_kinds=self.claim_kinds,
            notes=self.notes,
        )
