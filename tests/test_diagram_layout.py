"""The default layout fits a screen: the flagship's PNG is at most twice as wide as tall."""

from __future__ import annotations

import runpy
import struct
from collections import deque
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from argmap.diagram import to_dot
from argmap.diagram.layout import levels
from argmap.diagram.render import diagram_bytes, find_dot
from argmap.exceptions import RenderError
from argmap.model import ArgumentMap
from argmap.strategies import maps

ROOT = Path(__file__).resolve().parents[1]


def _have_dot() -> bool:
    try:
        find_dot()
    except RenderError:
        return False
    return True


needs_dot = pytest.mark.skipif(not _have_dot(), reason="Graphviz's dot is not installed")


def png_size(data: bytes) -> tuple[int, int]:
    """Width and height from a PNG's IHDR chunk."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def _flagship():  # type: ignore[no-untyped-def]
    return runpy.run_path(str(ROOT / "examples" / "labour_immigration.py"))["build"]()


def test_the_flagship_is_drawn_left_to_right_by_default() -> None:
    assert "rankdir=LR" in to_dot(_flagship()).source


@needs_dot
@pytest.mark.exe
def test_the_flagship_png_has_an_aspect_ratio_of_at_most_two() -> None:
    width, height = png_size(diagram_bytes(_flagship(), "png"))
    assert max(width / height, height / width) <= 2.0, (width, height)


def _levels_one_by_one(argument_map: ArgumentMap, shown: set[str]) -> dict[str, int]:
    """The levels as first written: a list per shown claim, a queue (the reference)."""
    below: dict[str, list[str]] = {claim_id: [] for claim_id in shown}
    for argument in argument_map.arguments:
        reasons = below.get(argument.conclusion)
        if reasons is not None:
            reasons.extend(premise for premise in argument.premises if premise in below)
    conclusions = {a.id: a.conclusion for a in argument_map.arguments}
    for rebuttal in argument_map.rebuttals:
        attacker = conclusions.get(rebuttal.attacker, rebuttal.attacker)
        attackers = below.get(conclusions.get(rebuttal.target, rebuttal.target))
        if attackers is not None and attacker in below:
            attackers.append(attacker)
    has_head = {lower for lowers in below.values() for lower in lowers}
    found = {c.id: 0 for c in argument_map.claims if c.id in below and c.id not in has_head}
    queue = deque(found)
    while queue:
        current = queue.popleft()
        for lower in below[current]:
            if lower not in found:
                found[lower] = found[current] + 1
                queue.append(lower)
    for claim_id in shown:
        found.setdefault(claim_id, 0)
    return found


@settings(max_examples=200, deadline=None)
@given(st.data(), maps(max_claims=12))
def test_levels_are_those_of_the_one_by_one_walk(data: st.DataObject, m: ArgumentMap) -> None:
    """``levels`` (one breadth-first level at a time, lists only for claims with reasons)
    gives the levels of the plain walk, in the same order, for any set of shown claims."""
    ids = [c.id for c in m.claims]
    shown = set(data.draw(st.lists(st.sampled_from(ids), unique=True))) if ids else set()
    if data.draw(st.booleans()):
        shown = set(ids)
    assert list(levels(m, shown).items()) == list(_levels_one_by_one(m, shown).items())
