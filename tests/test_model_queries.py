"""``ArgumentMap.attributions_by_claim`` answers what ``attributions_of`` answers, claim by
claim, in the same order: on maps built one element at a time, on bulk-loaded maps (whose
referrer index is built on first use), and after ``replace`` and ``remove`` have reordered
that index."""

from __future__ import annotations

import attrs
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import argmap as json_format
from argmap import ArgumentMap
from argmap.model import Attribution
from argmap.strategies import maps

PROPERTIES = settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def expected(argument_map: ArgumentMap) -> dict[str, list[str]]:
    """The per-claim answer of the checked query, for every claim that has attributions."""
    found = {c.id: [a.id for a in argument_map.attributions_of(c)] for c in argument_map.claims}
    return {claim: ids for claim, ids in found.items() if ids}


def grouped(argument_map: ArgumentMap) -> dict[str, list[str]]:
    return {
        claim: [a.id for a in found]
        for claim, found in argument_map.attributions_by_claim().items()
    }


@PROPERTIES
@given(maps())
def test_same_as_attributions_of_on_a_built_map(argument_map: ArgumentMap) -> None:
    assert grouped(argument_map) == expected(argument_map)


@PROPERTIES
@given(maps())
def test_same_as_attributions_of_on_a_loaded_map(argument_map: ArgumentMap) -> None:
    loaded = json_format.loads(json_format.dumps(argument_map, "json"), "json")
    assert loaded._referrer_index is None  # the bulk path: no index yet
    answer = grouped(loaded)  # before any query has built the index
    assert answer == expected(loaded)


@PROPERTIES
@given(maps(), st.data())
def test_same_after_replace_and_remove(argument_map: ArgumentMap, data: st.DataObject) -> None:
    for start in (argument_map, json_format.loads(json_format.dumps(argument_map, "json"), "json")):
        attributions = start.attributions
        if not attributions:
            continue
        chosen = data.draw(st.lists(st.sampled_from(attributions), max_size=4))
        claims = [c.id for c in start.claims]
        for attribution in chosen:  # moves it last in the index; maybe to another claim
            current = start.get(attribution.id, Attribution)
            claim = data.draw(st.sampled_from([current.claim, current.claim, *claims]))
            if not any(other.responds_to == current.id for other in start.attributions):
                start.replace(attrs.evolve(current, claim=claim))
        removable = [a for a in start.attributions if not start.referrers(a) and a not in chosen]
        if removable:
            start.remove(data.draw(st.sampled_from(removable)))
        assert grouped(start) == expected(start)
        assert grouped(start.copy()) == expected(start)


def test_claims_in_the_order_of_their_first_attribution() -> None:
    m = ArgumentMap()
    tram, bus = m.claim("Tram", id="tram"), m.claim("Bus", id="bus")
    ann, news = m.actor("Ann", id="ann"), m.source("News", id="news")
    m.attribute(bus, ann, news, id="b1")
    m.attribute(tram, ann, news, id="t1")
    m.attribute(bus, ann, news, id="b2")
    m.replace(attrs.evolve(m.get("b1", Attribution), note="moved"))  # b1 now last in index
    assert grouped(m) == {"bus": ["b2", "b1"], "tram": ["t1"]}
    assert expected(m) == {"bus": ["b2", "b1"], "tram": ["t1"]}
