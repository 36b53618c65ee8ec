"""Gradual semantics (h-categoriser, DF-QuAD), labellings, grounded on long chains, explanations."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from argmap.semantics import (
    ArgumentationFramework,
    BipolarFramework,
    ConvergenceError,
    FrameworkError,
    Label,
    Labelling,
    dfquad,
    explain,
    extensions,
    grounded_extension,
    grounded_labelling,
    h_categoriser,
)
from argmap.semantics.strategies import frameworks

# --- h-categoriser -------------------------------------------------------------------------


@settings(max_examples=50, deadline=None)
@given(frameworks(max_arguments=8))
def test_h_categoriser_is_the_fixpoint_in_unit_range(af: ArgumentationFramework) -> None:
    h = h_categoriser(af)
    for a in af.arguments:
        assert 0.0 < h[a] <= 1.0
        expected = 1.0 / (1.0 + sum(h[b] for b in af.attackers_of(a)))
        assert h[a] == pytest.approx(expected, abs=1e-8)


def test_h_categoriser_unattacked_is_one_and_self_attack_is_golden() -> None:
    af = ArgumentationFramework(arguments=["a", "s"], attacks=[("s", "s")])
    h = h_categoriser(af)
    assert h["a"] == 1.0
    assert h["s"] == pytest.approx((5**0.5 - 1) / 2)  # s = 1 / (1 + s)


def test_h_categoriser_gives_up_when_told() -> None:
    af = ArgumentationFramework(arguments=["a", "b"], attacks=[("a", "b"), ("b", "a")])
    with pytest.raises(ConvergenceError, match="h-categoriser: no fixpoint within 2"):
        h_categoriser(af, max_iterations=2)


# --- DF-QuAD -------------------------------------------------------------------------------


@st.composite
def bipolar(draw: st.DrawFn) -> BipolarFramework:
    size = draw(st.integers(1, 7))
    args = [f"a{i}" for i in range(size)]
    pair = st.tuples(st.sampled_from(args), st.sampled_from(args))
    scores = draw(st.dictionaries(st.sampled_from(args), st.floats(0, 1)))
    return BipolarFramework(
        arguments=args,
        attacks=draw(st.lists(pair, max_size=10)),
        supports=draw(st.lists(pair, max_size=10)),
        base_scores=scores,
    )


@settings(max_examples=60, deadline=None)
@given(bipolar())
def test_dfquad_values_in_unit_range_and_unattacked_keep_base(bf: BipolarFramework) -> None:
    try:
        strength = dfquad(bf, max_iterations=2000)
    except ConvergenceError:
        return  # a cycle may oscillate; the error says so (tested below)
    targets = {b for _, b in (*bf.attacks, *bf.supports)}
    for a in bf.arguments:
        assert 0.0 <= strength[a] <= 1.0
        if a not in targets:
            assert strength[a] == bf.base_score(a)


def test_dfquad_textbook_values() -> None:
    bf = BipolarFramework(
        arguments=["a", "b", "c", "d"],
        attacks=[("a", "c")],
        supports=[("b", "c"), ("c", "d")],
        base_scores={"a": 0.8, "b": 0.2},
    )
    s = dfquad(bf)
    # c: attack 0.8, support 0.2, base 0.5 -> 0.5 - 0.5 * 0.6 = 0.2
    assert s["c"] == pytest.approx(0.2)
    # d: support 0.2 -> 0.5 + 0.5 * 0.2 = 0.6
    assert s["d"] == pytest.approx(0.6)


def test_dfquad_cycle_converges_to_the_fixpoint() -> None:
    bf = BipolarFramework(arguments=["a", "b"], attacks=[("a", "b"), ("b", "a")])
    s = dfquad(bf)
    assert s["a"] == pytest.approx(1 / 3) and s["b"] == pytest.approx(1 / 3)


def test_bipolar_framework_rejects_bad_data() -> None:
    with pytest.raises(FrameworkError, match=r"supports\[0\]: 'z' is not an argument"):
        BipolarFramework(arguments=["a"], supports=[("z", "a")])
    with pytest.raises(FrameworkError, match=r"expected 0\.\.1, got 1\.5"):
        BipolarFramework(arguments=["a"], base_scores={"a": 1.5})


# --- Grounded, labellings ------------------------------------------------------------------


def test_grounded_on_a_100000_step_chain_has_no_recursion_error() -> None:
    n = 100_000
    names = [f"a{i}" for i in range(n)]
    af = ArgumentationFramework(arguments=names, attacks=itertools.pairwise(names))
    lab = grounded_labelling(af)
    assert lab["a0"] is Label.IN and lab["a1"] is Label.OUT
    assert lab[f"a{n - 1}"] is (Label.IN if (n - 1) % 2 == 0 else Label.OUT)
    assert len(lab.extension) == n // 2
    assert not lab.undec


def test_grounded_cycle_is_undecided() -> None:
    af = ArgumentationFramework(arguments=["a", "b", "c"], attacks=[("a", "b"), ("b", "a")])
    lab = grounded_labelling(af)
    assert lab.undec == {"a", "b"} and lab.extension == {"c"}


@settings(max_examples=50, deadline=None)
@given(frameworks(max_arguments=8))
def test_grounded_labelling_is_complete(af: ArgumentationFramework) -> None:
    lab = grounded_labelling(af)
    for a in af.arguments:
        labels = [lab[b] for b in af.attackers_of(a)]
        if lab[a] is Label.IN:
            assert all(x is Label.OUT for x in labels)
        elif lab[a] is Label.OUT:
            assert Label.IN in labels
        else:
            assert Label.IN not in labels and Label.UNDEC in labels
    assert Labelling.from_extension(af, grounded_extension(af)) == lab


def test_framework_accepts_lists_and_names_unknown_arguments() -> None:
    af = ArgumentationFramework(arguments=("a", "b"), attacks=[["a", "b"], ("a", "b")])
    assert af.attacks == (("a", "b"),)
    with pytest.raises(FrameworkError, match=r"attacks\[1\]: attacker argument 'x'"):
        ArgumentationFramework(arguments=["a"], attacks=[("a", "a"), ("x", "a")])
    with pytest.raises(FrameworkError, match=r"arguments\[1\]: 'a' is repeated"):
        ArgumentationFramework(arguments=["a", "a"])
    with pytest.raises(FrameworkError, match=r"attacks\[0\]: expected a pair"):
        ArgumentationFramework(arguments=["a"], attacks=["aa"])
    with pytest.raises(FrameworkError, match=r"outside 0..0"):
        ArgumentationFramework.from_indices(["a"], [(0, 1)])


# --- Explanations --------------------------------------------------------------------------


def test_explain_out_in_undec() -> None:
    af = ArgumentationFramework(
        arguments=["a", "b", "c", "d", "e"],
        attacks=[("a", "b"), ("b", "c"), ("d", "e"), ("e", "d"), ("d", "c")],
    )
    lab = grounded_labelling(af)
    out = explain(lab, "b")
    assert out.label is Label.OUT and out.defeaters == ("a",)
    assert str(out) == "b is out: it is attacked by a, which is in."
    undec = explain(lab, "c")
    assert undec.label is Label.UNDEC and undec.undecided == ("d",)
    assert str(undec) == "c is undec: its attacker d is undec and no attacker is in."
    assert str(explain(lab, "a")) == "a is in: nothing attacks it."


def test_explain_in_names_each_defender() -> None:
    af = ArgumentationFramework(
        arguments=["a", "b", "c", "x"], attacks=[("b", "a"), ("c", "b"), ("x", "b")]
    )
    ex = explain(grounded_labelling(af), "a")
    assert ex.defences == (("b", ("c", "x")),)
    assert str(ex) == "a is in: its attacker b is out, defeated by c and x."


def test_explain_a_preferred_extension_and_a_self_attack() -> None:
    af = ArgumentationFramework(arguments=["a", "b", "s"], attacks=[("a", "b"), ("s", "s")])
    (ext,) = extensions(af, "preferred")
    lab = Labelling.from_extension(af, ext)
    assert str(explain(lab, "s")) == "s is undec: it attacks itself and no in argument attacks it."
    with pytest.raises(FrameworkError, match="'q' is not an argument"):
        explain(lab, "q")
