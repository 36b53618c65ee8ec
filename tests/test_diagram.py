"""The DOT that to_dot builds: shapes, edge styles, legend, clusters, focus, determinism."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from argmap.diagram import DiagramOptionError, DiagramOptions, to_dot
from argmap.diagram._sample import sample_map
from argmap.diagram.legend import LEGEND_ORDER, legend_words
from argmap.diagram.selection import neighbourhood
from argmap.model import ArgumentMap
from argmap.semantics import evaluate

ROOT = Path(__file__).resolve().parents[1]


def _edge(source: str, edge_id: str) -> str:
    """The DOT line of the edge with this SVG id."""
    for line in source.splitlines():
        if "->" in line and re.search(rf"\bid=\"?{re.escape(edge_id)}\"?[ \]]", line):
            return line
    raise AssertionError(f"no edge with id {edge_id!r}")


def _attr(line: str, name: str) -> str:
    match = re.search(rf"\b{name}=(\"[^\"]*\"|\S+?)[ \]]", line)
    assert match, f"no {name} in {line}"
    return match.group(1).strip('"')


def _look(source: str, edge_id: str, name: str) -> str:
    """An edge's attribute, or the graph's edge default when the edge does not set it."""
    line = _edge(source, edge_id)
    if re.search(rf"\b{name}=", line):
        return _attr(line, name)
    default = next(x for x in source.splitlines() if x.strip().startswith("edge ["))
    return _attr(default, name)


def _legend(source: str) -> str:
    start = source.find("subgraph cluster_legend")
    return source[start:] if start >= 0 else ""


def test_relations_differ_by_line_style_and_arrowhead() -> None:
    """Support, rebut, undermine and undercut read apart without colour."""
    source = to_dot(sample_map(), theme="print").source
    looks = {
        edge_id: (_look(source, edge_id, "style"), _look(source, edge_id, "arrowhead"))
        for edge_id in ("precedent", "too-dear", "fares", "alternative")
    }
    assert len(set(looks.values())) == 4
    assert looks["precedent"] == ("solid", "normal")
    assert {_look(source, e, "color") for e in looks} == {"black"}


def test_single_premise_is_an_arrow_and_linked_premises_meet_at_an_inference_node() -> None:
    source = to_dot(sample_map()).source
    assert "n_lyon -> n_traffic" in _edge(source, "precedent")
    assert "n_traffic -> n_relief" in _edge(source, "relief--traffic")
    assert "n_need -> n_relief" in _edge(source, "relief--need")
    assert _attr(_edge(source, "relief--need"), "arrowhead") == "none"
    assert "n_relief -> n_tram" in _edge(source, "relief--tram")
    assert re.search(r"n_relief \[.*shape=circle", source)


def test_undercut_targets_an_inference_node_even_for_one_premise() -> None:
    m = ArgumentMap()
    a, b, c = (m.claim(t, id=t) for t in ("a", "b", "c"))
    m.support(a, by=b, id="ab")
    m.undercut("ab", by=c, id="cut")
    source = to_dot(m).source
    assert "n_c -> n_ab" in _edge(source, "cut")
    assert "n_b -> n_ab" in _edge(source, "ab--b")
    assert "n_ab -> n_a" in _edge(source, "ab--a")


def test_an_attacking_argument_attacks_from_its_inference_node() -> None:
    m = ArgumentMap()
    a, b, c = (m.claim(t, id=t) for t in ("a", "b", "c"))
    m.support(b, by=c, id="cb")
    m.rebut(a, by="cb", id="r")
    assert "n_cb -> n_a" in _edge(to_dot(m).source, "r")


def test_legend_explains_exactly_what_is_used() -> None:
    m = ArgumentMap()
    m.support(m.claim("a", id="a"), by=m.claim("b", id="b"), id="ab")
    legend = _legend(to_dot(m).source)
    assert legend_words("support") in legend and legend_words("claim") in legend
    unused = [k for k in LEGEND_ORDER if k not in ("support", "claim")]
    assert not [k for k in unused if legend_words(k) in legend]
    full = _legend(to_dot(sample_map(), detail="quotes").source)
    for key in ("rebut", "undermine", "undercut", "inference", "central", "question", "quote"):
        assert legend_words(key) in full
    assert "status" not in full and "strength" not in full


def test_no_legend_when_switched_off() -> None:
    assert "cluster_legend" not in to_dot(sample_map(), legend=False).source


def test_status_colours_marks_and_legend() -> None:
    status = {"tram": "out", "cost": "in", "buses": "undec", "traffic": 0.25}
    source = to_dot(sample_map(), status=status).source
    assert "✗ out (rejected)" in source and "✓ in (accepted)" in source
    assert "strength 0.25" in source
    legend = _legend(source)
    for key in ("status-in", "status-out", "status-undec", "strength"):
        assert legend_words(key) in legend
    with pytest.raises(DiagramOptionError, match="'ghost' is not a claim"):
        to_dot(sample_map(), status={"ghost": "in"})
    with pytest.raises(DiagramOptionError, match=r"status\['tram'\]"):
        to_dot(sample_map(), status={"tram": 1.5})


def test_detail_levels() -> None:
    claims = to_dot(sample_map(), detail="claims", width=200).source
    speakers = to_dot(sample_map(), detail="speakers", width=200).source
    quotes = to_dot(sample_map(), detail="quotes", width=200).source
    assert "asserted by Ana Ruiz, City Herald" not in claims.split("tooltip")[0]
    assert "<B>✓ asserted</B></FONT> by Ana Ruiz, City Herald" in speakers
    assert "<B>✗ denied</B></FONT> by Drivers&#39; Club, Radio 4 &amp; More" in speakers
    assert "<B>~ conceded</B></FONT> by Prof. Lee, City Herald · admitted" in speakers
    assert "<I>“We will build it, and we will build it now”</I>" in quotes
    assert "paraphrase: traffic would fall" in quotes
    assert "We will build it" not in speakers.split("tooltip")[0]


def test_question_and_central_claim_stand_out() -> None:
    source = to_dot(sample_map()).source
    assert re.search(r"question_ \[.*Should the city build the tram\?", source)
    tram = next(line for line in source.splitlines() if line.strip().startswith("n_tram ["))
    assert "peripheries=2" in tram
    assert "n_tram -> question_" in source


def test_ids_and_tooltips_carry_the_element_id_and_full_text() -> None:
    source = to_dot(sample_map(), detail="claims").source
    tram = next(line for line in source.splitlines() if line.strip().startswith("n_tram ["))
    assert _attr(tram, "id") == "tram"
    tooltip = _attr(tram, "tooltip")
    assert tooltip.startswith("The city should build the tram\\n")
    assert "We will build it, and we will build it now" in tooltip
    assert "✗ denied by Drivers' Club, Radio 4 &amp; More" in tooltip


def test_same_map_gives_byte_identical_dot_across_processes() -> None:
    script = (
        "from argmap.diagram import to_dot;from argmap.diagram._sample import sample_map;"
        "print(to_dot(sample_map(), detail='quotes', group='side').source)"
    )
    outputs = {
        subprocess.run(
            [sys.executable, "-c", script],
            capture_output=True,
            check=True,
            cwd=ROOT,
            env={**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(ROOT)},
        ).stdout
        for seed in ("1", "2", "3")
    }
    assert len(outputs) == 1
    assert to_dot(sample_map()).source == to_dot(sample_map()).source


def test_focus_shows_the_neighbourhood_to_the_depth() -> None:
    m = ArgumentMap()
    ids = [m.claim(f"claim {i}", id=f"c{i}").id for i in range(7)]
    for lower, upper in zip(ids[1:], ids, strict=False):
        m.support(upper, by=lower)
    assert neighbourhood(m, "c3", 1) == {"c2", "c3", "c4"}
    assert neighbourhood(m, "c3", 0) == {"c3"}
    source = to_dot(m, focus="c3", depth=2).source
    shown = set(re.findall(r"^\s*n_(c\d) \[", source, flags=re.M))
    assert shown == {"c1", "c2", "c3", "c4", "c5"}
    with pytest.raises(DiagramOptionError, match="'nope' is not a claim"):
        to_dot(m, focus="nope")


def test_focus_walks_long_chains_without_recursion() -> None:
    m = ArgumentMap()
    previous = m.claim("start", id="s0")
    for i in range(1, 3000):
        current = m.claim(f"step {i}", id=f"s{i}")
        m.support(previous, by=current, id=f"a{i}")
        previous = current
    assert len(neighbourhood(m, "s0", 10_000)) == 3000


def test_clusters_by_source_actor_and_side() -> None:
    by_source = to_dot(sample_map(), group="source").source
    assert 'label="Tram plan unveiled"' in by_source and 'label="Morning call-in"' in by_source
    by_actor = to_dot(sample_map(), group="actor").source
    assert 'label="Ana Ruiz"' in by_actor
    by_side = to_dot(sample_map(), group="side").source
    against = by_side[by_side.index("Against the central claim") :]
    against = against[: against.index("}")]
    assert {"n_cost", "n_buses", "n_study"} == set(re.findall(r"n_[a-z]+(?= \[)", against))


def test_side_grouping_needs_a_central_claim() -> None:
    m = ArgumentMap()
    m.claim("a")
    with pytest.raises(DiagramOptionError, match="central claim"):
        to_dot(m, group="side")


def test_a_claim_used_twice_does_not_constrain_ranks_the_second_time() -> None:
    m = ArgumentMap()
    a, b, c = (m.claim(t, id=t) for t in ("a", "b", "c"))
    m.support(a, by=c, id="ca")
    m.support(b, by=c, id="cb")
    source = to_dot(m).source
    assert "constraint" not in _edge(source, "ca")
    assert _attr(_edge(source, "cb"), "constraint") == "false"


def test_options_are_checked() -> None:
    with pytest.raises(DiagramOptionError, match="unknown diagram option 'colour'"):
        to_dot(sample_map(), colour="red")
    with pytest.raises(DiagramOptionError, match="direction"):
        DiagramOptions(direction="RL")
    with pytest.raises(DiagramOptionError, match="width"):
        DiagramOptions(width=3)
    with pytest.raises(TypeError):
        DiagramOptions("claims")  # type: ignore[misc]


def test_every_theme_and_direction_builds() -> None:
    for theme in ("default", "print", "dark"):
        for direction in ("BT", "TB", "LR"):
            source = to_dot(sample_map(), theme=theme, direction=direction).source
            assert f"rankdir={direction}" in source


def test_status_takes_the_evaluation_layer_result_as_it_is() -> None:
    """evaluate() says accepted/rejected/undecided/defensible; the diagram marks each claim."""
    m = sample_map()
    status = evaluate(m, "grounded")
    source = to_dot(m, status=status).source
    rejected = [claim for claim, verdict in status.items() if verdict == "rejected"]
    assert rejected and source.count("✗ out (rejected)") == len(rejected)
    assert legend_words("status-out") in _legend(source)
    marked = to_dot(m, status={"tram": "defensible", "cost": "accepted"}).source
    assert "◐ defensible (in some extensions)" in marked and "✓ in (accepted)" in marked
    assert legend_words("status-defensible") in _legend(marked)
