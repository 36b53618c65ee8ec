"""The attack-kind rule, stated once: which kind an attack on a target is when a format does not
say, and its inverse (does a format need to say the kind, or does the rule give it back)."""

from __future__ import annotations

import json

from hypothesis import given, settings

from argmap.formats import aif
from argmap.model import ArgumentMap, AttackKind, implied_kind, implied_kind_in, is_implied
from argmap.strategies import maps


def _conflict_texts(m: ArgumentMap) -> list[str]:
    return [node["text"] for node in json.loads(aif.dumps(m))["nodes"] if node["type"] == "CA"]


def test_aif_writes_a_rebut_of_a_claim_that_is_no_premise_as_default_conflict() -> None:
    """The rule reads a plain conflict on a non-premise claim as a rebut: no mark needed."""
    m = ArgumentMap()
    m.rebut(m.claim("Fees should go"), by=m.claim("Fees fund the library"))
    assert _conflict_texts(m) == ["Default Conflict"]
    assert [r.kind for r in aif.loads(aif.dumps(m)).rebuttals] == [AttackKind.REBUT]


@settings(max_examples=40, deadline=None)
@given(maps(max_claims=8))
def test_the_implied_kind_is_one_the_model_accepts(m: ArgumentMap) -> None:
    """For every claim and argument of any map, the rule names a kind the model lets attack it."""
    attacker = m.claim("An attacker no other element uses", id="the-attacker-of-this-test")
    for target in [*m.claims, *m.arguments]:
        if target.id == attacker.id:
            continue
        kind = implied_kind_in(m, target.id)
        rebuttal = m.attack(kind, target, by=attacker, id="the-attack-of-this-test")
        m.remove(rebuttal)


@settings(max_examples=40, deadline=None)
@given(maps(max_claims=8))
def test_every_rebuttal_kind_survives_aif(m: ArgumentMap) -> None:
    """A rebuttal keeps its kind through AIF, whether the writer marked it or left it implied."""
    assert sorted(r.kind for r in aif.loads(aif.dumps(m)).rebuttals) == sorted(
        r.kind for r in m.rebuttals
    )


def test_inverse_holds_for_every_kind_and_target() -> None:
    """is_implied is exactly "the rule gives this kind back"."""
    for on_argument in (False, True):
        for on_premise in (False, True):
            implied = implied_kind(on_argument=on_argument, on_premise=on_premise)
            for kind in AttackKind:
                assert is_implied(kind, on_argument=on_argument, on_premise=on_premise) is (
                    kind is implied
                )
