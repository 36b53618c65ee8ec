"""networkx's own GraphML and GEXF writers take ``to_networkx(m, flat=True)`` graphs, and the
maps come back exact from what its readers return: for the flagship, every corpus map (when
``../shared/corpora`` is present) and generated maps."""

from __future__ import annotations

import io
from collections.abc import Callable
from typing import Any

import networkx as nx
import pytest
from _interop import corpus_maps
from hypothesis import given, settings

from argmap.formats.nx_graph import _NOT_XML, from_networkx, to_networkx
from argmap.model import ArgumentMap
from argmap.strategies import maps


def _graphml(graph: Any) -> Any:
    buffer = io.BytesIO()
    nx.write_graphml(graph, buffer)
    return nx.read_graphml(io.BytesIO(buffer.getvalue()), force_multigraph=True)


def _gexf(graph: Any) -> Any:
    buffer = io.BytesIO()
    nx.write_gexf(graph, buffer)
    return nx.read_gexf(io.BytesIO(buffer.getvalue()))


WRITERS: dict[str, Callable[[Any], Any]] = {"graphml": _graphml, "gexf": _gexf}
MAPS = corpus_maps()


@pytest.mark.parametrize("writer", list(WRITERS))
@pytest.mark.parametrize("name", list(MAPS))
def test_corpus_maps_survive_networkx_writers(writer: str, name: str) -> None:
    m = MAPS[name]
    back = WRITERS[writer](to_networkx(m, flat=True))
    assert from_networkx(back) == _kept(m, writer)
    assert back.number_of_nodes() == len(m)


@pytest.mark.parametrize("writer", list(WRITERS))
@settings(max_examples=40, deadline=None)
@given(m=maps(max_claims=8))
def test_generated_maps_survive_networkx_writers(writer: str, m: ArgumentMap) -> None:
    assert from_networkx(WRITERS[writer](to_networkx(m, flat=True))) == _kept(m, writer)


def _kept(m: ArgumentMap, writer: str) -> ArgumentMap:
    """What a format keeps: GEXF has no graph attributes, so no question or description, and
    a title only where XML can hold it."""
    if writer != "gexf":
        return m
    kept = m.copy()
    kept.question = kept.description = None
    if kept.title and _NOT_XML.search(kept.title):
        kept.title = None
    return kept


def test_flat_graphs_hold_only_scalars() -> None:
    m = MAPS["flagship"]
    g = to_networkx(m, flat=True)
    values = [v for _, data in g.nodes(data=True) for v in data.values()]
    values += [v for *_, data in g.edges(keys=True, data=True) for v in data.values()]
    values += list(g.graph.values())
    assert {type(v) for v in values} <= {str, int, float, bool}
