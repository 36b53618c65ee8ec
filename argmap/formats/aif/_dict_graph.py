"""An AIF graph read into lists in one pass: the one-pass reader's view of the file.

The parsed JSON (``json.loads``, dicts; the caller has made sure no key was given twice) is
read as columns: each node is a position (its index in ``nodes``), with its id, type, text and
record in lists at that position, and one dict maps ids to positions. The edges are read as
pairs of positions, and each node's neighbours as a list of positions (``None`` for none): at
100,000 claims a list indexed by position is several times cheaper than a dict keyed by id
(every look-up of a string key is a cache miss). Anything the checked graph reader
(``_graph.parse_graph``) would note or refuse raises `Unusual` instead, so that reader can
word it. The parsed value is only read, never changed.

>>> g = DictGraph({"nodes": [{"nodeID": 1, "type": "I", "text": "Tax"},
...                          {"nodeID": "2", "type": "I", "text": "Theft"}],
...                "edges": [{"fromID": "1", "toID": 2}, {"fromID": 1, "toID": "2"}]})
>>> g.ids, g.types, g.texts, g.index
(['1', '2'], ['I', 'I'], ['Tax', 'Theft'], {'1': 0, '2': 1})
>>> g.outgoing, g.incoming  # the same edge twice is one edge
([[1], None], [None, [0]])
"""

from __future__ import annotations

from itertools import chain, compress, repeat
from operator import eq, is_, is_not
from typing import Any

from argmap.formats._json import containers_and_keys
from argmap.formats.aif._graph import NODE_TYPES, Reader, node_text, shape_of

__all__ = ["DictGraph", "Unusual"]

_NO_EDGES: tuple[int, ...] = ()
_CONTAINERS = frozenset({dict, list})
_ELEMENTS = frozenset({"I", "RA", "MA"})
_TYPES: dict[Any, str] = {kind: kind for kind in NODE_TYPES}

Neighbours = list[list[int] | None]
"""Each node's neighbours (positions, in edge order) by position; None for a node without."""


class Unusual(Exception):
    """The file has something the checked reader words or notes: leave it to that reader."""


def _objects(data: dict[str, Any], key: str) -> list[Any]:
    """A list of the graph (its items are checked as `_column` reads them)."""
    value = data.get(key)
    if value is None:
        return []
    if type(value) is not list:
        raise Unusual
    return value


def _column(objects: list[Any], key: str) -> list[Any]:
    """Each object's value for ``key`` (None where it has none); Unusual when an item is not
    an object (``dict.get`` refuses it: no pass of its own to check the items' types)."""
    try:
        return list(map(dict.get, objects, repeat(key)))
    except TypeError:
        raise Unusual from None


def _ids(values: list[Any]) -> list[str]:
    """Node ids as the checked reader makes them (text stripped, a number as written), or ""
    for a value that is none: the caller refuses those."""
    try:
        return list(map(str.strip, values))
    except TypeError:  # not all text
        return [v.strip() if type(v) is str else str(v) if type(v) is int else "" for v in values]


def _person_ids(locutions: list[dict[str, Any]]) -> dict[str, list[str]] | None:
    """Each L-node's distinct ``personID`` values, as ``Reader.read_people`` reads them, when
    every row names its node and its person plainly (None: leave the rows to that reader)."""
    nodes = _ids(_column(locutions, "nodeID"))
    if "" in nodes:
        raise Unusual
    persons = _column(locutions, "personID")
    if not set(map(type, persons)) <= {int, str}:
        return None  # missing, bools, other values: skipped or refused there
    names = list(map(str, persons))
    if len(set(nodes)) == len(nodes) and all(names):  # one row a node: its one person
        return dict(zip(nodes, map(list, zip(names)), strict=True))
    found: dict[str, list[str]] = {}
    for node_id, person in zip(nodes, names, strict=True):
        if person:
            people = found.get(node_id)
            if people is None:
                found[node_id] = [person]
            elif person not in people:
                people.append(person)
    return found


def packed(texts: list[str]) -> list[str]:
    """The same strings made anew, one after another in memory (when none holds a line break).

    The parsed ids lie scattered among the 14 MB of objects ``json.loads`` makes for a
    10,000-claim file, so each of the 87,000 look-ups of an edge's ends in the index of ids
    is a cache miss or two in the strings it compares; made anew side by side, they are not
    (the index and the look-ups: 89 -> 72 ms, median of 9 fresh processes, for 3 ms here).

    >>> ids = ["1", "2"]
    >>> packed(ids) == ids, packed(ids) is ids
    (True, False)
    >>> broken = ["a\\nb", "c"]  # split would cut the first in two: kept as they are
    >>> packed(broken) is broken
    True
    """
    copies = "\n".join(texts).split("\n")
    return copies if len(copies) == len(texts) else texts


_SHORT = 32
"""A node's neighbours are checked for an edge given again while there are fewer than this."""


def neighbours(count: int, starts: list[int], ends: list[int]) -> tuple[Neighbours, Neighbours]:
    """The outgoing and incoming neighbours of ``count`` nodes, from edges given as the
    positions of their ends, in edge order; an edge given again is left out.

    An edge is looked for in its start's list while that is short (AIF nodes have a few
    edges each): no set or tuple per edge. Past that length edges are added unchecked, and
    if any was, the edges given twice are taken out once for all (`dict.fromkeys`) and the
    lists made again.

    >>> neighbours(3, [0, 0, 2, 0], [1, 2, 1, 2])
    ([[1, 2], None, [1]], [None, [0, 2], [0]])
    >>> hub = neighbours(2, [0] * 40 + [0], [1] * 41)  # past the short lists, once as well
    >>> hub == ([[1], None], [None, [0]])
    True
    """
    outgoing: Neighbours = [None] * count
    incoming: Neighbours = [None] * count
    unchecked = False
    for start, end in zip(starts, ends, strict=True):
        out = outgoing[start]
        if out is None:
            outgoing[start] = [end]
        else:
            if len(out) < _SHORT:
                if end in out:
                    continue  # given before
            else:
                unchecked = True
            out.append(end)
        into = incoming[end]
        if into is None:
            incoming[end] = [start]
        else:
            into.append(start)
    if unchecked:
        pairs = dict.fromkeys(zip(starts, ends, strict=True))
        if len(pairs) != len(starts):  # given twice: once, where it came first
            return neighbours(count, [s for s, _ in pairs], [e for _, e in pairs])
    return outgoing, incoming


def _colons_in(strings: list[Any]) -> int:
    """The colons in the strings of a column (its other values skipped), counted in one
    joined string: a column at a time, no list of all of them first.

    >>> _colons_in(["10:00", None, 5, "a:b:c"])
    3
    """
    try:
        return "".join(strings).count(":")
    except TypeError:  # not all text (None where a node has none): those only
        return "".join(compress(strings, map(is_, map(type, strings), repeat(str)))).count(":")


class DictGraph:
    """An AIFdb graph (or OVA3's ``AIF`` part) as lists by node position: ids, types, texts,
    records and neighbours, with ``index`` from id to position."""

    def __init__(self, data: Any) -> None:
        shape = shape_of(data) if type(data) is dict else None
        if shape not in ("AIFdb", "OVA3"):
            raise Unusual  # not AIF (the checked reader says so), or legacy OVA2
        self.shape: str = shape
        graph = data["AIF"] if shape == "OVA3" else data
        nodes = _objects(graph, "nodes")
        ids = packed(_ids(_column(nodes, "nodeID")))
        try:  # each type one string object: a node's type is then told by identity
            types = list(map(_TYPES.__getitem__, map(dict.get, nodes, repeat("type"))))
        except (KeyError, TypeError):
            raise Unusual from None  # no type, or one AIF does not have
        texts: list[Any] = list(map(dict.get, nodes, repeat("text")))
        self._texts_as_written = set(map(type, texts)) <= {str}
        if not self._texts_as_written:
            texts = list(map(node_text, texts))
        count = len(ids)
        self.index: dict[str, int] = dict(zip(ids, range(count), strict=True))
        if len(self.index) != count or "" in self.index:
            raise Unusual  # an id used twice, or a node without one
        self.ids: list[str] = ids
        self.types: list[str] = types
        self.texts: list[str] = texts
        self.records: list[Any] = list(map(dict.get, nodes, repeat("argmap")))
        self.by_type: dict[str, list[int]] = {kind: [] for kind in NODE_TYPES}
        by_type = self.by_type
        for node, kind in enumerate(types):
            by_type[kind].append(node)
        edges, locutions = _objects(graph, "edges"), _objects(graph, "locutions")
        self.outgoing, self.incoming = self.read_edges(edges)
        self._read = (data, graph, (nodes, edges, locutions))
        people = Reader(None, shape)
        speakers = _person_ids(locutions)
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
        data, graph, read = self._read
        tops = [data] if graph is data else [data, graph]
        inner = [
            v for top in tops for v in top.values() if type(v) in _CONTAINERS and v is not graph
        ]
        containers, keys = len(tops) + len(inner), sum(map(len, tops))
        for value in inner:
            objects = any(value is checked for checked in read)  # read: objects, every item
            if objects or (type(value) is list and set(map(type, value)) <= {dict}):
                containers += len(value)
                keys += sum(map(len, value))
            elif type(value) is dict:
                keys += len(value)
        given = list(compress(self.records, map(is_not, self.records, repeat(None))))
        records = list(compress(given, map(_CONTAINERS.__contains__, map(type, given))))
        found, held = containers_and_keys(records)
        return containers + found, keys + held

    def colons(self) -> int:
        """The colons in strings of the file, each where the file gives it once: the nodes'
        texts (a locution's "Name : words"), and the nodes' and locutions' timestamps, for
        [`keeps_every_key`][argmap.formats._json.keeps_every_key] (it counts the colons of
        the text; the other strings are a few with colons).

        >>> DictGraph({"nodes": [{"nodeID": "1", "type": "L", "text": "Al : Tax: theft",
        ...   "timestamp": "2024-01-01 10:00:00"}], "locutions": [{"nodeID": "1",
        ...   "personID": 1, "timestamp": "10:00"}, {"nodeID": "1", "timestamp": 5}],
        ...   "edges": []}).colons()
        5
        """
        _, _, (nodes, _, locutions) = self._read
        columns = [_column(nodes, "timestamp"), _column(locutions, "timestamp")]
        if self._texts_as_written:
            columns.append(self.texts)
        return sum(map(_colons_in, columns))

    def read_edges(self, edges: list[dict[str, Any]]) -> tuple[Neighbours, Neighbours]:
        """Each node's neighbours; Unusual for an edge to a missing node or a loop (noted by
        the checked reader)."""
        count = len(edges)
        found = self.positions([*_column(edges, "fromID"), *map(dict.get, edges, repeat("toID"))])
        starts, ends = found[:count], found[count:]
        if any(map(eq, starts, ends)):
            raise Unusual
        return neighbours(len(self.ids), starts, ends)

    def positions(self, ends: list[Any]) -> list[int]:
        """The positions of the nodes that edges name; Unusual when one names no node.

        The ids as written are looked up first: one that is found is a node's id, which is
        stripped already, so it was written stripped. Only when one is not found are they made
        ids as the checked reader makes them (stripped, numbers as written) and looked up again.
        """
        position = self.index.__getitem__
        try:
            return list(map(position, ends))
        except (KeyError, TypeError):
            pass
        try:
            return list(map(position, _ids(ends)))  # "" is no node's id
        except KeyError:
            raise Unusual from None

    def linked(self, node: int) -> bool:
        """Whether a node has an edge (in either direction)."""
        return self.incoming[node] is not None or self.outgoing[node] is not None

    def unlinked(self, nodes: list[int]) -> int:
        """How many of these nodes have no edge (`linked` of each, a column at a time)."""
        alone = compress(nodes, map(is_, map(self.incoming.__getitem__, nodes), repeat(None)))
        return sum(map(is_, map(self.outgoing.__getitem__, alone), repeat(None)))

    def into(self, node: int, types: tuple[str, ...]) -> list[int]:
        found, kind = self.incoming[node], self.types
        return [] if found is None else [o for o in found if kind[o] in types]

    def out_of(self, node: int, types: tuple[str, ...]) -> list[int]:
        found, kind = self.outgoing[node], self.types
        return [] if found is None else [o for o in found if kind[o] in types]

    def edges_of(
        self, nodes: list[int], *, ins: frozenset[str], outs: frozenset[str]
    ) -> tuple[list[list[int]], list[list[int]]]:
        """Each node's neighbours in and out, a column at a time; Unusual when one has no
        edge in or none out (an RA-node without premises, a CA-node without target...), or an
        edge its type does not take (the checked reader notes those).

        >>> g = DictGraph({"nodes": [{"nodeID": "1", "type": "I", "text": "Tax"},
        ...   {"nodeID": "2", "type": "RA"}, {"nodeID": "3", "type": "I", "text": "Theft"}],
        ...   "edges": [{"fromID": "1", "toID": "2"}, {"fromID": "2", "toID": "3"}]})
        >>> g.edges_of([1], ins=frozenset({"I"}), outs=frozenset({"I"}))
        ([[0]], [[2]])
        """
        kind = self.types.__getitem__
        into: list[Any] = list(map(self.incoming.__getitem__, nodes))
        out: list[Any] = list(map(self.outgoing.__getitem__, nodes))
        if None in into or None in out:
            raise Unusual
        if not ins.issuperset(map(kind, chain.from_iterable(into))) or not outs.issuperset(
            map(kind, chain.from_iterable(out))
        ):
            raise Unusual
        return into, out

    def ends(
        self, node: int, *, ins: frozenset[str], outs: frozenset[str]
    ) -> tuple[list[int], list[int]]:
        """The I-, RA- and MA-nodes into and out of a node; Unusual when it has an edge its
        type does not take (the checked reader notes those)."""
        kind = self.types.__getitem__
        into = self.incoming[node] or _NO_EDGES
        out = self.outgoing[node] or _NO_EDGES
        into_types = list(map(kind, into))
        out_types = list(map(kind, out))
        if not ins.issuperset(into_types) or not outs.issuperset(out_types):
            raise Unusual
        elements = _ELEMENTS.__contains__
        return (
            list(compress(into, map(elements, into_types))),
            list(compress(out, map(elements, out_types))),
        )
