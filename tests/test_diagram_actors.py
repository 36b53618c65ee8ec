"""The actor map: agreement and disagreement between actors, grounded in claims."""

from __future__ import annotations

from argmap.diagram import actor_map
from argmap.diagram._sample import sample_map
from argmap.model import ArgumentMap


def _debate() -> ArgumentMap:
    m = ArgumentMap()
    s = m.source("Debate", id="s")
    ann, bob, cat, dan = (m.actor(n, id=n.lower()) for n in ("Ann", "Bob", "Cat", "Dan"))
    tram, cuts, cost = (m.claim(t, id=t) for t in ("tram", "cuts", "cost"))
    m.support(tram, by=cuts, id="why")
    m.rebut(tram, by=cost, id="dear")
    m.attribute(tram, ann, s, paraphrase="yes")
    m.attribute(cuts, bob, s, paraphrase="fewer cars")
    m.attribute(cost, cat, s, paraphrase="too dear")
    m.attribute(tram, cat, s, paraphrase="no", stance="denies")
    m.attribute(tram, dan, s, paraphrase="maybe", stance="questions")
    return m


def _edges(m: ArgumentMap) -> list[str]:
    return [line.strip() for line in actor_map(m).source.splitlines() if "->" in line]


def test_edges_for_support_denial_and_attack() -> None:
    edges = [
        edge.split(" [")[0] + " " + edge.split("id=")[1].split()[0] for edge in _edges(_debate())
    ]
    assert 'n_ann -> n_bob "agree--ann--bob"' in edges
    assert 'n_ann -> n_cat "disagree--ann--cat"' in edges


def test_questioning_takes_no_side() -> None:
    assert not [edge for edge in _edges(_debate()) if "n_dan" in edge]


def test_actor_map_edges_and_tooltips() -> None:
    source = actor_map(_debate()).source
    agree = next(line for line in source.splitlines() if "agree--ann--bob" in line)
    disagree = next(line for line in source.splitlines() if "disagree--ann--cat" in line)
    assert "style=solid" in agree and "arrowhead=none" in agree
    assert "style=dashed" in disagree and "arrowhead=tee" in disagree
    assert 'tooltip="disagrees on:\\ntram\\ncost"' in disagree
    assert "n_dan" not in source.split("->")[0] or "n_dan [" in source
    assert "they disagree" in source


def test_actor_map_is_deterministic() -> None:
    assert actor_map(sample_map()).source == actor_map(sample_map()).source
