"""networkx conversion: typed nodes and edges, and a lossless way back."""

from __future__ import annotations

import networkx as nx
import pytest
from hypothesis import given, settings

from argmap.exceptions import DocumentError
from argmap.formats.nx_graph import from_networkx, to_networkx
from argmap.model import ArgumentMap, Locator
from argmap.strategies import maps


def _debate() -> ArgumentMap:
    m = ArgumentMap(title="Tram", question="Build a tram?")
    tram = m.claim("Build the tram", id="tram", central=True)
    jam = m.claim("Traffic jams cost money", id="jam")
    cheap = m.claim("Buses are cheaper", id="cheap")
    argument = m.support(tram, by=[jam], id="why")
    m.rebut(tram, by=cheap, id="r1")
    m.undercut(argument, by=cheap, id="u1")
    party = m.actor("Green Party", id="greens", kind="organisation")
    mayor = m.actor("Mayor", id="mayor", affiliation=party)
    paper = m.source("City News", id="news")
    m.attribute(jam, mayor, paper, id="said", quote="jams", locators=[Locator(start=0, end=4)])
    return m


def test_nodes_carry_element_type_and_fields() -> None:
    g = to_networkx(_debate())
    assert g.nodes["tram"] == {
        "element": "claim",
        "id": "tram",
        "text": "Build the tram",
        "title": None,
        "kind": None,
        "tags": (),
        "note": None,
    }
    assert g.nodes["r1"]["element"] == "rebuttal"
    assert g.nodes["r1"]["kind"] == "rebut"
    assert g.graph["central"] == "tram"
    assert g.graph["question"] == "Build a tram?"


def test_edges_run_premise_argument_conclusion_and_attacker_target() -> None:
    g = to_networkx(_debate())
    kinds = {(u, v, k): d["kind"] for u, v, k, d in g.edges(keys=True, data=True)}
    assert kinds[("jam", "why", "premise")] == "premise"
    assert kinds[("why", "tram", "conclusion")] == "conclusion"
    assert kinds[("cheap", "tram", "r1")] == "rebut"
    assert kinds[("cheap", "why", "u1")] == "undercut"
    assert kinds[("mayor", "greens", "affiliation")] == "affiliation"
    assert kinds[("said", "jam", "claim")] == "claim"
    assert kinds[("said", "mayor", "actor")] == "actor"
    assert kinds[("said", "news", "source")] == "source"
    assert g.number_of_edges() == 8


def test_graph_algorithms_see_the_argument_structure() -> None:
    g = to_networkx(_debate())
    assert nx.has_path(g, "jam", "tram")
    assert not nx.has_path(g, "tram", "jam")


def test_from_networkx_accepts_plain_values() -> None:
    g = nx.MultiDiGraph(central="c")
    g.add_node("c", element="claim", text="It rains", kind="fact")
    g.add_node("p", element="person", text="x")
    with pytest.raises(DocumentError, match=r"node 'p': attribute 'element' is 'person'"):
        from_networkx(g)
    g.remove_node("p")
    g.add_node("a", element="actor", name="Ann")
    g.add_node("s", element="source", title="Paper", date="2020-05")
    g.add_node(
        "t",
        element="attribution",
        claim="c",
        actor="a",
        source="s",
        quote="rain",
        locators=[{"start": 3, "end": 7}],
    )
    m = from_networkx(g)
    assert m.central is not None and m.central.id == "c"
    assert m.get("t").locators == (Locator(start=3, end=7),)  # type: ignore[union-attr]
    assert str(m.get("s").date) == "2020-05"  # type: ignore[union-attr]


def test_from_networkx_names_the_bad_node() -> None:
    g = nx.MultiDiGraph()
    g.add_node("x", element="argument", premises=[], conclusion="c")
    with pytest.raises(DocumentError, match=r"node 'x': Argument 'x': needs at least one premise"):
        from_networkx(g)
    g = nx.MultiDiGraph()
    g.add_node("x", element="rebuttal", kind="rebut", attacker="a", target="b")
    with pytest.raises(DocumentError, match=r"node 'x'.*not in the map"):
        from_networkx(g)


def test_forward_references_are_set_in_a_second_pass() -> None:
    g = nx.MultiDiGraph()
    g.add_node("a", element="actor", name="Ann", affiliation="org")
    g.add_node("org", element="actor", name="Org", kind="organisation")
    m = from_networkx(g)
    assert [a.id for a in m.actors] == ["a", "org"]
    assert m.get("a").affiliation == "org"  # type: ignore[union-attr]


@settings(max_examples=40, deadline=None)
@given(maps(max_claims=8))
def test_round_trip_is_lossless(m: ArgumentMap) -> None:
    assert from_networkx(to_networkx(m)) == m


@settings(max_examples=30, deadline=None)
@given(maps(max_claims=8))
def test_one_node_per_element_and_one_edge_per_premise(m: ArgumentMap) -> None:
    g = to_networkx(m)
    assert g.number_of_nodes() == len(m)
    premise_edges = [e for e in g.edges(data="kind") if e[2] == "premise"]
    assert len(premise_edges) == sum(len(a.premises) for a in m.arguments)
