"""Claim trees: exact drawing, cycles, depth limits, long chains, reachability."""

from __future__ import annotations

import json

import attrs
import pytest
from hypothesis import given, settings

from argmap.analysis import Role, claim_tree, render
from argmap.exceptions import UnknownIdError
from argmap.model import ArgumentMap
from tests._analysis_maps import random_maps, tram_debate


def test_tram_tree_shows_reasons_objections_and_undercuts() -> None:
    assert render(claim_tree(tram_debate(), "tram")) == "\n".join(
        [
            "[tram] Build the tram",
            "├─ + reason why",
            "│  ├─ [cuts] It cuts traffic",
            "│  └─ − undercut old-data: [old] Traffic counts are old",
            "└─ − rebut too-dear: [cost] It costs too much",
            "   └─ − rebut fares-pay: [fares] Costs are recovered by fares",
        ]
    )


def test_undermines_of_premises_and_attacking_arguments_appear() -> None:
    m = ArgumentMap()
    for c in ("c", "p", "q", "x"):
        m.claim(c.upper(), id=c)
    m.support("c", by="p", id="g", title="by example")
    m.undermine("p", by="q", id="u")
    m.support("q", by="x", id="h")
    m.rebut("c", by="h", id="r")
    assert render(claim_tree(m, "c")) == "\n".join(
        [
            "[c] C",
            "├─ + reason g (by example)",
            "│  └─ [p] P",
            "│     └─ − undermine u: [q] Q",
            "│        └─ + reason h",
            "│           └─ [x] X",
            "└─ − rebut r: argument h (shown above)",
        ]
    )


def test_a_support_cycle_is_referenced_not_expanded() -> None:
    m = ArgumentMap()
    m.claim("A", id="a"), m.claim("B", id="b")
    m.support("a", by="b", id="ab")
    m.support("b", by="a", id="ba")
    tree = claim_tree(m, "a")
    assert [(n.element, n.repeated) for n in tree.nodes] == [
        ("a", False),
        ("ab", False),
        ("b", False),
        ("ba", False),
        ("a", True),
    ]


def test_depth_limit_marks_truncated_nodes() -> None:
    tree = claim_tree(tram_debate(), "tram", depth=1)
    assert [(n.element, n.truncated) for n in tree.nodes] == [
        ("tram", False),
        ("why", True),
        ("cost", True),
    ]
    assert render(tree).splitlines()[1] == "├─ + reason why …"
    assert len(claim_tree(tram_debate(), "tram", depth=0).nodes) == 1
    with pytest.raises(ValueError, match="depth must be 0 or more"):
        claim_tree(tram_debate(), "tram", depth=-1)


def test_unknown_claim_suggests_close_ids() -> None:
    with pytest.raises(UnknownIdError, match="did you mean 'tram'"):
        claim_tree(tram_debate(), "trams")


def test_a_long_support_chain_needs_no_recursion_and_renders_linearly() -> None:
    n = 30_000
    m = ArgumentMap()
    for i in range(n):
        m.claim(f"c{i}", id=f"c{i}")
    for i in range(n - 1):
        m.support(f"c{i}", by=f"c{i + 1}", id=f"g{i}")
    tree = claim_tree(m, "c0")
    assert len(tree.nodes) == 2 * n - 1
    assert tree.nodes[-1].depth == 2 * (n - 1)
    text = render(tree, indent_limit=10)
    lines = text.splitlines()
    assert lines[-1] == f"⋮{2 * (n - 1)} " + "   " * 9 + f"└─ [c{n - 1}] c{n - 1}"
    assert max(map(len, lines)) < 80
    json.dumps(attrs.asdict(tree))  # flat: no deep nesting


@settings(max_examples=150, deadline=None)
@given(random_maps())
def test_every_tree_node_is_reachable_and_each_element_expanded_once(m: ArgumentMap) -> None:
    root = m.claims[0].id
    tree = claim_tree(m, root)
    assert tree.nodes[0].element == root and tree.nodes[0].role is Role.ROOT
    expanded = [n.element for n in tree.nodes if not n.repeated]
    assert len(expanded) == len(set(expanded))
    for node in tree.nodes[1:]:
        parent = tree.nodes[node.parent]  # type: ignore[index]
        assert parent.index < node.index and node.depth == parent.depth + 1
        if node.role is Role.REASON:
            assert m.get(node.element).conclusion == parent.element  # type: ignore[union-attr]
        elif node.role is Role.PREMISE:
            assert node.element in m.get(parent.element).premises  # type: ignore[union-attr]
        else:
            rebuttal = m.get(node.attack)  # type: ignore[arg-type]
            assert (rebuttal.attacker, rebuttal.target) == (node.element, parent.element)  # type: ignore[union-attr]
    # Everything the map links to an expanded node is in the tree.
    in_tree = {n.element for n in tree.nodes}
    for node in tree.nodes:
        if node.repeated:
            continue
        for attack in m.attacks_on(node.element):
            assert attack.attacker in in_tree
        if node.element_kind == "claim":
            assert all(a.id in in_tree for a in m.arguments_for(node.element))
    assert len(render(tree).splitlines()) == len(tree.nodes)
