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

from typing import TYPE_CHECKING, Any

import attrs

from argmap.exceptions import ArgmapError, DocumentError, MissingDependencyError
from argmap.formats._fields import add_all
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


if TYPE_CHECKING:  # networkx costs 0.2 s to import: only when a graph is made.
    import networkx as nx


def _networkx(purpose: str) -> Any:
    """networkx, or a clear error naming the extra that installs it."""
    try:
        import networkx
    except ModuleNotFoundError:
        raise MissingDependencyError.of("networkx", extra="networkx", purpose=purpose) from None
    return networkx


def to_networkx(argument_map: ArgumentMap) -> nx.MultiDiGraph:
    """Return a directed multigraph with a node per element and an edge per reference.

    Args:
        argument_map: the map.

    Returns:
        A new `networkx.MultiDiGraph`; changing it does not change the map.

    Raises:
        MissingDependencyError: networkx is not installed (``pip install 'argmap[networkx]'``).
    """
    nx = _networkx("to_networkx")

    graph = nx.MultiDiGraph()
    graph.graph.update(
        title=argument_map.title,
        question=argument_map.question,
        description=argument_map.description,
        central=argument_map.central.id if argument_map.central else None,
    )
    for element in argument_map:
        fields = attrs.asdict(element, recurse=False)
        graph.add_node(element.id, element=_NAMES[type(element)], **fields)
    for element in argument_map:
        for source, target, key, kind in _edges(element):
            graph.add_edge(source, target, key=key, kind=kind)
    return graph


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
    argument_map = ArgumentMap(
        title=graph.graph.get("title"),
        question=graph.graph.get("question"),
        description=graph.graph.get("description"),
    )
    groups: dict[str, list[tuple[str, dict[str, Any]]]] = {name: [] for name in KINDS}
    for node, data in graph.nodes(data=True):
        name = data.get("element")
        if name not in KINDS:
            raise DocumentError(
                f"attribute 'element' is {name!r}, expected one of: {', '.join(KINDS)}",
                location=f"node {node!r}",
            )
        groups[name].append((f"node {node!r}", _fields(KINDS[name], node, data)))
    for name, cls in KINDS.items():
        add_all(argument_map, cls, groups[name])
    central = graph.graph.get("central")
    if central is not None:
        try:
            argument_map.central = central
        except ArgmapError as error:
            raise DocumentError(str(error), location="graph 'central'") from None
    return argument_map


def _fields(cls: type[Any], node: Any, data: dict[str, Any]) -> dict[str, Any]:
    """The element fields of a node's attributes, with ``id`` defaulting to the node."""
    names = {field.name for field in attrs.fields(cls)}
    fields = {key: value for key, value in data.items() if key in names and value is not None}
    fields.setdefault("id", node)
    return fields
