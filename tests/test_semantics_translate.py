"""The debate-to-framework translation and claim statuses."""

from __future__ import annotations

import pytest

from argmap.model import ArgumentMap
from argmap.semantics import FrameworkError, Label
from argmap.semantics.translate import Debate, Status, evaluate, explain_claim, to_framework


def test_rebut_is_one_attack_on_the_claim() -> None:
    debate = Debate(claims=["a", "b"], attacks=[("a", "b", "rebut"), ("b", "a", "rebut")])
    assert to_framework(debate)[0].attacks == (("a", "b"), ("b", "a"))
    assert evaluate(debate) == {"a": Status.UNDECIDED, "b": Status.UNDECIDED}
    assert evaluate(debate, "preferred") == {"a": Status.DEFENSIBLE, "b": Status.DEFENSIBLE}


def test_undermine_also_defeats_every_argument_using_the_premise() -> None:
    debate = Debate(
        claims=["p", "q", "c", "d", "x"],
        arguments=[("a1", ["p", "q"], "c"), ("a2", ["p"], "d"), ("a3", ["q"], "d")],
        attacks=[("x", "p", "undermine")],
    )
    af, kinds = to_framework(debate)
    assert kinds["a1"] == "argument" and kinds["p"] == "claim"
    assert set(af.attacks) == {("x", "p"), ("x", "a1"), ("x", "a2")}
    assert evaluate(debate)["p"] is Status.REJECTED


def test_undercut_hits_the_argument_not_its_claims() -> None:
    debate = Debate(
        claims=["p", "c", "u"],
        arguments=[("a", ["p"], "c")],
        attacks=[("u", "a", "undercut")],
    )
    assert to_framework(debate)[0].attacks == (("u", "a"),)
    assert evaluate(debate) == {"p": Status.ACCEPTED, "c": Status.ACCEPTED, "u": Status.ACCEPTED}


def test_an_argument_can_attack_and_be_undercut() -> None:
    # Argument b (from r to s) rebuts claim c; undercutting b reinstates c.
    debate = Debate(
        claims=["c", "r", "s", "u"],
        arguments=[("b", ["r"], "s")],
        attacks=[("b", "c", "rebut"), ("u", "b", "undercut")],
    )
    assert evaluate(debate)["c"] is Status.ACCEPTED
    explanation = explain_claim(debate, "c")
    assert explanation.label is Label.IN
    assert explanation.defences == (("b", ("u",)),)


def test_explain_claim_uses_an_extension_where_the_claim_stands() -> None:
    debate = Debate(claims=["a", "b"], attacks=[("a", "b", "rebut"), ("b", "a", "rebut")])
    for claim in ("a", "b"):
        assert explain_claim(debate, claim, "preferred").label is Label.IN
    assert str(explain_claim(debate, "a")) == (
        "a is undec: its attacker b is undec and no attacker is in."
    )


def test_no_stable_extension_leaves_every_claim_undecided() -> None:
    debate = Debate(
        claims=["a", "b", "c"],
        attacks=[("a", "b", "rebut"), ("b", "c", "rebut"), ("c", "a", "rebut")],
    )
    assert set(evaluate(debate, "stable").values()) == {Status.UNDECIDED}
    with pytest.raises(FrameworkError, match="no stable extension"):
        explain_claim(debate, "a", "stable")


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"claims": ["a", "a"]}, "id 'a' is used twice"),
        ({"claims": ["a"], "arguments": [("a", [], "a")]}, "id 'a' is used twice"),
        ({"claims": ["a"], "arguments": [("g", ["z"], "a")]}, "argument 'g': 'z' is not a claim"),
        ({"claims": ["a"], "attacks": [("a", "a", "attack")]}, "kind 'attack' is not one of"),
        ({"claims": ["a"], "attacks": [("z", "a", "rebut")]}, "attacker 'z' is not a claim"),
        ({"claims": ["a", "b"], "attacks": [("a", "b", "undercut")]}, "undercut targets an arg"),
    ],
)
def test_bad_debates_are_named(kwargs: dict[str, object], message: str) -> None:
    with pytest.raises(FrameworkError, match=message):
        Debate(**kwargs)  # type: ignore[arg-type]


def test_an_argument_map_is_read_directly() -> None:
    m = ArgumentMap(title="Tax")
    cut = m.claim("Taxes should be cut", id="cut")
    growth = m.claim("Cuts bring growth", id="growth")
    argument = m.support(cut, by=[growth], id="arg")
    doubt = m.claim("Growth figures are cherry-picked", id="doubt")
    m.undermine(growth, by=doubt)
    proxy = m.claim("Growth does not follow from cuts", id="proxy")
    m.undercut(argument, by=proxy)
    af, kinds = to_framework(m)
    assert set(af.attacks) == {("doubt", "growth"), ("doubt", "arg"), ("proxy", "arg")}
    assert kinds == {
        "cut": "claim",
        "growth": "claim",
        "doubt": "claim",
        "proxy": "claim",
        "arg": "argument",
    }
    status = evaluate(m, "preferred")
    assert status["growth"] is Status.REJECTED and status["doubt"] is Status.ACCEPTED
    assert explain_claim(m, "growth").defeaters == ("doubt",)


def test_explain_unknown_claim() -> None:
    with pytest.raises(FrameworkError, match="'q' is not a claim"):
        explain_claim(Debate(claims=["a"]), "q")
