"""An AIF graph read into dicts in one pass: the one-pass reader's view of the file.

The parsed JSON (``json.loads``, dicts; the caller has made sure no key was given twice) is
read as columns: types, texts and neighbours by id. Anything the checked graph reader
(``_graph.parse_graph``) would note or refuse raises `Unusual` instead, so that reader can
word it. The parsed value is only read, never changed.

>>> g = DictGraph({"nodes": [{"nodeID": 1, "type": "I", "text": "Tax"}], "edges": []})
>>> g.type_of, g.text_of
({'1': 'I'}, {'1': 'Tax'})
"""

from __future__ import annotations

from collections import defaultdict
from itertools import compress, repeat
from operator import eq, is_not
from typing import Any

from argmap.formats._json import containers_and_keys
from argmap.formats.aif._graph import NODE_TYPES, Reader, node_text, shape_of

__all__ = ["DictGraph", "Unusual"]

_NO_EDGES: tuple[str, ...] = ()
_CONTAINERS = frozenset({dict, list})
_ELEMENTS = frozenset({"I", "RA", "MA"})


class Unusual(Exception):
    """The file has something the checked reader words or notes: leave it to that reader."""


def _objects(data: dict[str, Any], key: str) -> list[dict[str, Any]]:
    value = data.get(key)
    if value is None:
        return []
    if type(value) is not list or not set(map(type, value)) <= {dict}:
        raise Unusual
    return value


def _ids(values: list[Any]) -> list[str]:
    """Node ids as the checked reader makes them (text stripped, a number as written)."""
    if set(map(type, values)) <= {str}:
        found = list(map(str.strip, values))
    else:
        found = [v.strip() if type(v) is str else str(v) if type(v) is int else "" for v in values]
    if not all(found):
        raise Unusual
    return found


def _person_ids(locutions: list[dict[str, Any]]) -> dict[str, list[str]] | None:
    """Each L-node's distinct ``personID`` values, as ``Reader.read_people`` reads them, when
    every row names its node and its person plainly (None: leave the rows to that reader)."""
    nodes = _ids(list(map(dict.get, locutions, repeat("nodeID"))))
    persons: list[Any] = list(map(dict.get, locutions, repeat("personID")))
    if not set(map(type, persons)) <= {int, str}:
        return None  # missing, bools, other values: skipped or refused there
    found: dict[str, list[str]] = {}
    for node_id, person in zip(nodes, map(str, persons), strict=True):
        if person:
            people = found.get(node_id)
            if people is None:
                found[node_id] = [person]
            elif person not in people:
                people.append(person)
    return found


class DictGraph:
    """An AIFdb graph (or OVA3's ``AIF`` part) as dicts: types, texts and neighbours by id."""

    def __init__(self, data: Any) -> None:
        shape = shape_of(data) if type(data) is dict else None
        if shape not in ("AIFdb", "OVA3"):
            raise Unusual  # not AIF (the checked reader says so), or legacy OVA2
        self.shape: str = shape
        graph = data["AIF"] if shape == "OVA3" else data
        nodes = _objects(graph, "nodes")
        ids = _ids(list(map(dict.get, nodes, repeat("nodeID"))))
        types: list[Any] = list(map(dict.get, nodes, repeat("type")))
        if not set(map(type, types)) <= {str} or not NODE_TYPES.issuperset(types):
            raise Unusual
        texts: list[Any] = list(map(dict.get, nodes, repeat("text")))
        if not set(map(type, texts)) <= {str}:
            texts = list(map(node_text, texts))
        self.type_of: dict[str, str] = dict(zip(ids, types, strict=True))
        if len(self.type_of) != len(ids):
            raise Unusual  # an id used twice
        self.text_of: dict[str, str] = dict(zip(ids, texts, strict=True))
        records = list(map(dict.get, nodes, repeat("argmap")))
        kept = list(map(is_not, records, repeat(None)))
        self.records = dict(zip(compress(ids, kept), compress(records, kept), strict=True))
        self.order = ids
        self.by_type: dict[str, list[str]] = {kind: [] for kind in NODE_TYPES}
        for node_id, kind in zip(ids, types, strict=True):
            self.by_type[kind].append(node_id)
        self.outgoing: dict[str, list[str]] = defaultdict(list)
        self.incoming: dict[str, list[str]] = defaultdict(list)
        self.read_edges(_objects(graph, "edges"))
        self._read = (data, graph)
        people = Reader(None, shape)
        speakers = _person_ids(_objects(graph, "locutions"))
        if speakers is None:
            people.read_people(graph, prefix="")
        else:
            people.person_ids = speakers
            people.read_participants(graph, prefix="")
        if shape == "OVA3":
            people.read_kinds(data.get("propositionClassifier"))
        self.person_ids = people.person_ids
        self.participants = people.participants
        self.claim_kinds = people.claim_kinds

    def tally(self) -> tuple[int, int]:
        """The objects and lists of the file that the graph has read, and their keys, for
        [`keeps_every_key`][argmap.formats._json.keeps_every_key]: the file's object and
        the graph, the lists in them and the objects of the lists, and the ``argmap``
        records (looked through). Anything else that is an object or a list (OVA3's layout, a
        list AIF does not have) is not counted, so the tally falls short and the whole value
        is looked through instead.
        """
        data, graph = self._read
        tops = [data] if graph is data else [data, graph]
        inner = [
            v for top in tops for v in top.values() if type(v) in _CONTAINERS and v is not graph
        ]
        containers, keys = len(tops) + len(inner), sum(map(len, tops))
        for value in inner:
            if type(value) is list and set(map(type, value)) <= {dict}:  # AIF's lists: objects
                containers += len(value)
                keys += sum(map(len, value))
            elif type(value) is dict:
                keys += len(value)
        records = [r for r in self.records.values() if type(r) in _CONTAINERS]
        found, held = containers_and_keys(records)
        return containers + found, keys + held

    def read_edges(self, edges: list[dict[str, Any]]) -> None:
        starts = _ids(list(map(dict.get, edges, repeat("fromID"))))
        ends = _ids(list(map(dict.get, edges, repeat("toID"))))
        known = self.type_of.__contains__
        if not (all(map(known, starts)) and all(map(known, ends))) or any(map(eq, starts, ends)):
            raise Unusual  # an edge to a missing node, or a loop: noted by the checked reader
        outgoing, incoming = self.outgoing, self.incoming
        for start, end in dict.fromkeys(zip(starts, ends, strict=True)):  # each edge once
            outgoing[start].append(end)
            incoming[end].append(start)
        self.outgoing, self.incoming = dict(outgoing), dict(incoming)

    def into(self, node_id: str, types: tuple[str, ...]) -> list[str]:
        type_of = self.type_of
        return [o for o in self.incoming.get(node_id, _NO_EDGES) if type_of[o] in types]

    def out_of(self, node_id: str, types: tuple[str, ...]) -> list[str]:
        type_of = self.type_of
        return [o for o in self.outgoing.get(node_id, _NO_EDGES) if type_of[o] in types]

    def ends(
        self, node_id: str, *, ins: frozenset[str], outs: frozenset[str]
    ) -> tuple[list[str], list[str]]:
        """The I-, RA- and MA-nodes into and out of a node; Unusual when it has an edge its
        type does not take (the checked reader notes those)."""
        type_of = self.type_of
        into = self.incoming.get(node_id, _NO_EDGES)
        out = self.outgoing.get(node_id, _NO_EDGES)
        into_types = list(map(type_of.__getitem__, into))
        out_types = list(map(type_of.__getitem__, out))
        if not ins.issuperset(into_types) or not outs.issuperset(out_types):
            raise Unusual
        elements = _ELEMENTS.__contains__
        return (
            list(compress(into, map(elements, into_types))),
            list(compress(out, map(elements, out_types))),
        )
