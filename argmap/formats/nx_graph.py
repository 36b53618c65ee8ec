"""Maps as networkx graphs, for users who analyse debates with graph algorithms.

Every element is a node whose attributes are ``element`` (``"claim"``, ``"argument"``,
``"rebuttal"``, ``"actor"``, ``"source"``, ``"attribution"``) and the element's fields (so a
claim's ``kind`` is its claim kind, a rebuttal's ``kind`` its attack kind). Edges show the
structure, each with a ``kind``:

* ``premise``: premise claim -> argument; ``conclusion``: argument -> conclusion claim;
* ``rebut``, ``undermine``, ``undercut``: attacker -> target, keyed by the rebuttal's id;
* ``claim``, ``actor``, ``source``, ``setting``, ``reported_by``, ``responds_to``:
  attribution -> the element it names; ``affiliation``: actor -> organisation.

The map's title, question, description and central claim go into ``graph.graph``.

``to_networkx(m, flat=True)`` makes a graph that networkx's own file writers take (GraphML for
yEd, GEXF for Gephi: ``nx.write_graphml``, ``nx.write_gexf``): every attribute is a string,
number or boolean, unset fields are left out, enums are their values, and lists (premises, tags,
locators...) are JSON text whose field names the node's ``json_fields`` attribute lists, as
are texts with characters XML cannot hold (control characters, carriage returns); the central
claim's node has ``central`` true and the title is also the graph's ``name``. GEXF keeps no other
graph attributes: the map's question and description are lost there (GraphML keeps them).
[`from_networkx`][] reads both kinds of graph, and what the writers' readers return.

>>> from argmap.model import ArgumentMap
>>> m = ArgumentMap(title="Tram")
>>> tram = m.claim("Build the tram", id="tram")
>>> jam = m.claim("Traffic jams cost money", id="jam")
>>> argument = m.support(tram, by=jam, id="why")
>>> g = to_networkx(m)
>>> g.nodes["why"]["element"], sorted(g.successors("jam")), sorted(g.successors("why"))
('argument', ['why'], ['tram'])
>>> from_networkx(g) == m
True
"""

from __future__ import annotations

import json
import re
from typing import TYPE_CHECKING, Any

import attrs

from argmap.exceptions import ArgmapError, DocumentError, MissingDependencyError
from argmap.formats._fields import build, plain_fields
from argmap.model import (
    Actor,
    Argument,
    ArgumentMap,
    Attribution,
    Claim,
    Rebuttal,
    Source,
)
from argmap.model.references import REFERENCES

__all__ = ["KINDS", "from_networkx", "to_networkx"]

KINDS: dict[str, type[Any]] = {
    "actor": Actor,
    "source": Source,
    "claim": Claim,
    "argument": Argument,
    "rebuttal": Rebuttal,
    "attribution": Attribution,
}
"""The values of the ``element`` node attribute and their classes, in the order
[`from_networkx`][] adds them."""

_NAMES = {cls: name for name, cls in KINDS.items()}
_METADATA = ("title", "question", "description", "central")
# What XML 1.0 cannot hold, and the carriage return its parsers turn into a line feed.
_NOT_XML = re.compile("[^\t\n\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


if TYPE_CHECKING:  # networkx costs 0.2 s to import: only when a graph is made.
    import networkx as nx


def _networkx(purpose: str) -> Any:
    """networkx, or a clear error naming the extra that installs it."""
    try:
        import networkx
    except ModuleNotFoundError:
        raise MissingDependencyError.of("networkx", extra="networkx", purpose=purpose) from None
    return networkx


def to_networkx(argument_map: ArgumentMap, *, flat: bool = False) -> nx.MultiDiGraph:
    """Return a directed multigraph with a node per element and an edge per reference.

    Args:
        argument_map: the map.
        flat: give every attribute as a plain string, number or boolean (lists as JSON text,
            named in the node's ``json_fields``; unset fields left out), so that networkx's
            GraphML and GEXF writers take the graph.

    Returns:
        A new `networkx.MultiDiGraph`; changing it does not change the map.

    Raises:
        MissingDependencyError: networkx is not installed (``pip install 'argmap[networkx]'``).

    >>> from argmap.model import ArgumentMap
    >>> m = ArgumentMap()
    >>> _ = m.support(m.claim("Tram", id="t"), by=m.claim("Jams", id="j"), id="why")
    >>> node = to_networkx(m, flat=True).nodes["why"]
    >>> node["premises"], node["json_fields"]
    ('["j"]', 'premises')
    """
    nx = _networkx("to_networkx")

    graph = nx.MultiDiGraph()
    metadata = {
        "title": argument_map.title,
        "question": argument_map.question,
        "description": argument_map.description,
        "central": argument_map.central.id if argument_map.central else None,
    }
    if flat:
        graph.graph.update(_encoded({k: v for k, v in metadata.items() if v is not None}))
        title = argument_map.title
        if title and not _NOT_XML.search(title):  # GEXF keeps no graph attribute but its name
            graph.graph["name"] = title
    else:
        graph.graph.update(metadata)
    for element in argument_map:
        fields = _flat(element) if flat else attrs.asdict(element, recurse=False)
        graph.add_node(element.id, element=_NAMES[type(element)], **fields)
    if flat and argument_map.central is not None:
        graph.nodes[argument_map.central.id]["central"] = True
    for element in argument_map:
        for source, target, key, kind in _edges(element):
            graph.add_edge(source, target, key=key, kind=kind)
    return graph


def _flat(element: Any) -> dict[str, Any]:
    """The fields of an element as GraphML/GEXF-ready scalars; lists and objects as JSON."""
    fields = plain_fields(element)
    fields["id"] = element.id
    return _encoded(fields)


def _encoded(fields: dict[str, Any]) -> dict[str, Any]:
    """Lists, objects and texts XML cannot hold as JSON text, named in ``json_fields``."""
    encoded = [
        name
        for name, value in fields.items()
        if isinstance(value, list | dict) or (isinstance(value, str) and _NOT_XML.search(value))
    ]
    for name in encoded:
        text = json.dumps(fields[name], ensure_ascii=False)
        fields[name] = json.dumps(fields[name]) if _NOT_XML.search(text) else text
    if encoded:
        fields["json_fields"] = ",".join(encoded)
    return fields


def _edges(element: Any) -> list[tuple[str, str, str, str]]:
    """The edges of one element: (source, target, key, kind)."""
    if isinstance(element, Argument):
        edges = [(p, element.id, "premise", "premise") for p in element.premises]
        return [*edges, (element.id, element.conclusion, "conclusion", "conclusion")]
    if isinstance(element, Rebuttal):
        return [(element.attacker, element.target, element.id, element.kind.value)]
    # Actors and attributions: an edge from the element to each id it names, keyed by field.
    named = [(ref.field, getattr(element, ref.field)) for ref in REFERENCES[type(element)]]
    return [(element.id, ref, name, name) for name, ref in named if ref is not None]


def from_networkx(graph: nx.MultiDiGraph) -> ArgumentMap:
    """Rebuild a map from a graph made by [`to_networkx`][] (edges are ignored).

    Node attributes are the element's fields; enum values may be plain strings and locators
    dicts, so a graph read back from GraphML or JSON works too.

    Args:
        graph: a networkx graph whose nodes carry ``element`` and the element fields.

    Returns:
        The map; ``from_networkx(to_networkx(m)) == m``.

    Raises:
        DocumentError: a node has no known ``element`` or its fields do not make a valid element.
    """
    metadata = _fields(None, "graph", graph.graph)
    groups: dict[str, list[tuple[str, dict[str, Any]]]] = {name: [] for name in KINDS}
    for node, data in graph.nodes(data=True):
        name = data.get("element")
        if name not in KINDS:
            raise DocumentError(
                f"attribute 'element' is {name!r}, expected one of: {', '.join(KINDS)}",
                location=f"node {node!r}",
            )
        groups[name].append((f"node {node!r}", _fields(KINDS[name], node, data)))
    argument_map = build(
        ((cls, groups[name]) for name, cls in KINDS.items()),
        title=metadata.get("title") or graph.graph.get("name") or None,
        question=metadata.get("question"),
        description=metadata.get("description"),
    )
    central = metadata.get("central")
    if central is None:  # a flat graph read from GEXF marks the central claim's node
        central = next((n for n, flag in graph.nodes(data="central") if flag is True), None)
    if central is not None:
        try:
            argument_map.central = central
        except ArgmapError as error:
            raise DocumentError(str(error), location="graph 'central'") from None
    return argument_map


def _fields(cls: type[Any] | None, node: Any, data: dict[str, Any]) -> dict[str, Any]:
    """The element fields of a node's attributes, with ``id`` defaulting to the node.

    With no class, the map's own fields from the graph's attributes.
    """
    names = {field.name for field in attrs.fields(cls)} if cls else set(_METADATA)
    fields = {key: value for key, value in data.items() if key in names and value is not None}
    encoded = data.get("json_fields")
    for name in encoded.split(",") if isinstance(encoded, str) and encoded else []:
        if name in fields:
            try:
                fields[name] = json.loads(fields[name])
            except (TypeError, ValueError):
                raise DocumentError(
                    f"attribute {name!r} is listed in 'json_fields' but is not JSON text",
                    location="graph" if cls is None else f"node {node!r}",
                ) from None
    if cls is not None:
        fields.setdefault("id", node)
    return fields
