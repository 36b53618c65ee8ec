"""`merge` gives the same answers as before the bulk path (issue #16).

The merge of ``tests/_merge_reference`` is ``argmap/merging/merge.py`` as it was before the
speed work. Every case here is merged by both, and both must give the same merged document
(`to_document`, so metadata, order of elements and every field), the same `MergeReport`
(renamed ids, candidates, differences, merged ids, the id tables) and, where the merge fails,
the same error class and message.
"""

from __future__ import annotations

import contextlib
import importlib.util
import sys
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from types import ModuleType
from typing import Any

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from argmap.exceptions import ArgmapError
from argmap.formats.document import to_document
from argmap.merging import merge
from argmap.model import Actor, ArgumentMap, Claim, Element, Source
from argmap.strategies import ids, maps, texts
from tests._merge_reference.merge import merge as reference_merge

ROOT = Path(__file__).resolve().parents[1]
SAME = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])

Merge = Callable[..., Any]


def _outcome(function: Merge, maps_: Iterable[ArgumentMap], **options: Any) -> Any:
    """What a merge answers: its document and report, or its error class and message."""
    try:
        merged, report = function(*maps_, **options)
    except Exception as error:  # the error itself is the answer compared
        return ("error", type(error), str(error))
    # the document, and the order in which the map gives its elements (``for e in map``)
    return ("merged", to_document(merged), [e.id for e in merged], report)


def _assert_same(maps_: list[ArgumentMap], **options: Any) -> None:
    copies = [ArgumentMap.from_elements(list(m), **_fields(m)) for m in maps_]
    new = _outcome(merge, maps_, **options)
    old = _outcome(reference_merge, copies, **options)
    assert new == old
    # neither merge changes its inputs
    assert [to_document(m) for m in maps_] == [to_document(m) for m in copies]


def _fields(m: ArgumentMap) -> dict[str, Any]:
    central = m.central
    return {
        "title": m.title,
        "question": m.question,
        "description": m.description,
        "central": None if central is None else central.id,
    }


# ----------------------------------------------------------------------- drawn maps


@st.composite
def _sharing(draw: st.DrawFn, first: ArgumentMap) -> ArgumentMap:
    """A map drawn from `maps` that also holds some of ``first``'s claims, actors and sources:
    the same element, the same element under another id, or another element under its id."""
    second = draw(maps(max_claims=5))
    kinds = (Claim, Actor, Source)
    shareable = [e for e in first if isinstance(e, kinds)]
    for element in draw(st.lists(st.sampled_from(shareable), unique=True)) if shareable else []:
        how = draw(st.sampled_from(["same", "other id", "other text"]))
        copy: Element = element
        if how == "other id":
            copy = attrs.evolve(element, id=draw(ids()))
        elif how == "other text":
            name = {Claim: "text", Actor: "name", Source: "title"}[type(element)]
            copy = attrs.evolve(element, **{name: getattr(element, name) + draw(texts())})
        if copy.id not in second:
            with contextlib.suppress(ArgmapError):  # an actor's affiliation is not in it
                second.add(copy)
    return second


@st.composite
def _inputs(draw: st.DrawFn) -> list[ArgumentMap]:
    first = draw(maps(max_claims=5))
    later = draw(st.lists(_sharing(first), min_size=1, max_size=2))
    return [first, *later]


@SAME
@given(_inputs())
def test_drawn_maps_merge_as_before(inputs: list[ArgumentMap]) -> None:
    _assert_same(inputs)


@SAME
@given(maps(max_claims=6))
def test_a_map_merged_with_itself_as_before(m: ArgumentMap) -> None:
    _assert_same([m, m])


@SAME
@given(_inputs(), st.data())
def test_confirmations_and_aliases_as_before(inputs: list[ArgumentMap], data: Any) -> None:
    """``same=`` drawn from real and made-up ids, so the errors are compared too."""
    every = [e.id for m in inputs for e in m] + ["nowhere"]
    pairs = st.dictionaries(st.sampled_from(every), st.sampled_from(every), max_size=3)
    same: Mapping[str, str] | list[dict[str, str]] = data.draw(
        pairs | st.lists(pairs, max_size=len(inputs))
    )
    names = [a.name for m in inputs for a in m.actors] or ["nobody"]
    aliases = data.draw(st.dictionaries(st.sampled_from(names), st.sampled_from(names)))
    _assert_same(inputs, same=same, aliases=aliases)


def test_an_alias_that_would_make_an_actor_its_own_affiliation_as_before() -> None:
    """The one answer merge changed on purpose since the reference was frozen (the reference
    carries the same fix): such an actor is kept apart, not merged into a crash."""
    first, second = ArgumentMap(), ArgumentMap()
    first.actor("Labour", id="labour")
    second.actor("Labour", id="labour")
    second.actor("The Labour Party", id="party", affiliation="labour")
    _assert_same([first, second], aliases={"The Labour Party": "Labour"})


def test_no_map_is_the_same_error() -> None:
    _assert_same([])


# ----------------------------------------------------------------------- the flagship


def _example(name: str) -> ModuleType:
    path = ROOT / "examples" / f"{name}.py"
    spec = importlib.util.spec_from_file_location(f"_merge_example_{name}", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("order", [("labour_ft", "labour_tp"), ("labour_tp", "labour_ft")])
def test_the_flagship_articles_merge_as_before(order: tuple[str, str]) -> None:
    inputs = [_example(name).build() for name in order]
    _assert_same(inputs)
    _assert_same([*inputs, _example("labour_immigration").build()])
    _assert_same(inputs, aliases={"Ms Abbott": "Diane Abbott"})
