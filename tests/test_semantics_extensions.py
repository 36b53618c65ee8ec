"""Every semantics against a brute-force enumeration written straight from the definitions."""

from __future__ import annotations

import itertools
from collections.abc import Iterable

import pytest
from hypothesis import given, settings

from argmap.semantics import (
    ArgumentationFramework,
    Semantics,
    SemanticsTimeoutError,
    credulously_accepted,
    extensions,
    grounded_extension,
    iter_extensions,
    sceptically_accepted,
    some_extension,
)
from argmap.semantics.strategies import frameworks

Ext = frozenset[str]

# --- Brute force, from Dung (1995) and Caminada (2006) -------------------------------------


def attacks(af: ArgumentationFramework, group: Iterable[str], target: str) -> bool:
    return any((a, target) in set(af.attacks) for a in group)


def conflict_free(af: ArgumentationFramework, s: Ext) -> bool:
    return not any((a, b) in set(af.attacks) for a in s for b in s)


def defends(af: ArgumentationFramework, s: Ext, a: str) -> bool:
    return all(attacks(af, s, b) for b, target in af.attacks if target == a)


def admissible(af: ArgumentationFramework, s: Ext) -> bool:
    return conflict_free(af, s) and all(defends(af, s, a) for a in s)


def complete(af: ArgumentationFramework, s: Ext) -> bool:
    return admissible(af, s) and all(a in s for a in af.arguments if defends(af, s, a))


def subsets(af: ArgumentationFramework) -> list[Ext]:
    args = af.arguments
    return [frozenset(c) for r in range(len(args) + 1) for c in itertools.combinations(args, r)]


def rng(af: ArgumentationFramework, s: Ext) -> Ext:
    return s | {b for a, b in af.attacks if a in s}


def brute(af: ArgumentationFramework, semantics: Semantics) -> set[Ext]:
    comp = [s for s in subsets(af) if complete(af, s)]
    if semantics is Semantics.COMPLETE:
        return set(comp)
    if semantics is Semantics.GROUNDED:
        return {min(comp, key=len)}
    if semantics is Semantics.PREFERRED:
        return {s for s in comp if not any(s < t for t in comp)}
    if semantics is Semantics.STABLE:
        return {s for s in comp if rng(af, s) == set(af.arguments)}
    return {s for s in comp if not any(rng(af, s) < rng(af, t) for t in comp)}


# --- Properties ----------------------------------------------------------------------------


@settings(max_examples=60, deadline=None)
@given(frameworks(max_arguments=7))
def test_every_semantics_matches_the_definitions(af: ArgumentationFramework) -> None:
    for semantics in Semantics:
        found = extensions(af, semantics)
        assert len(found) == len(set(found)), f"{semantics}: an extension repeated"
        assert set(found) == brute(af, semantics), semantics


@settings(max_examples=40, deadline=None)
@given(frameworks(max_arguments=6))
def test_acceptance_matches_the_definitions(af: ArgumentationFramework) -> None:
    for semantics in Semantics:
        exts = brute(af, semantics)
        for a in af.arguments:
            assert credulously_accepted(af, a, semantics) == any(a in e for e in exts)
            assert sceptically_accepted(af, a, semantics) == all(a in e for e in exts)


@settings(max_examples=40, deadline=None)
@given(frameworks(max_arguments=7))
def test_textbook_inclusions(af: ArgumentationFramework) -> None:
    grounded = grounded_extension(af)
    comp = set(extensions(af, "complete"))
    pref = set(extensions(af, "preferred"))
    stab = set(extensions(af, "stable"))
    semi = set(extensions(af, "semi-stable"))
    assert grounded in comp
    assert all(grounded <= e for e in comp)
    assert stab <= semi <= comp
    assert stab <= pref <= comp
    assert pref, "every framework has a preferred extension"
    if stab:
        assert semi == stab
    assert all(admissible(af, e) for e in comp)


@settings(max_examples=40, deadline=None)
@given(frameworks(max_arguments=7))
def test_some_extension_is_an_extension(af: ArgumentationFramework) -> None:
    for semantics in Semantics:
        one = some_extension(af, semantics)
        exts = brute(af, semantics)
        if one is None:
            assert semantics is Semantics.STABLE and not exts
        else:
            assert one in exts


# --- Classic examples ----------------------------------------------------------------------


def af_of(arguments: str, attacks: str) -> ArgumentationFramework:
    pairs = [(p[0], p[1]) for p in attacks.split()]
    return ArgumentationFramework(arguments=list(arguments), attacks=pairs)


def as_sorted(exts: Iterable[Ext]) -> list[str]:
    return sorted("".join(sorted(e)) for e in exts)


def test_odd_cycle_has_no_stable_extension_and_an_empty_preferred_one() -> None:
    af = af_of("abc", "ab bc ca")
    assert extensions(af, "stable") == []
    assert extensions(af, "preferred") == [frozenset()]
    assert extensions(af, "semi-stable") == [frozenset()]
    assert some_extension(af, "stable") is None
    assert sceptically_accepted(af, "a", "stable")  # vacuously: no stable extension


def test_even_cycle_has_two_stable_extensions() -> None:
    af = af_of("abcd", "ab bc cd da")
    assert as_sorted(extensions(af, "stable")) == ["ac", "bd"]
    assert as_sorted(extensions(af, "preferred")) == ["ac", "bd"]
    assert as_sorted(extensions(af, "complete")) == ["", "ac", "bd"]


def test_reinstatement_chain() -> None:
    af = af_of("abcd", "ab bc cd")
    for semantics in Semantics:
        assert as_sorted(extensions(af, semantics)) == ["ac"]


def test_self_attack_is_never_accepted() -> None:
    af = af_of("ab", "aa ab")
    assert extensions(af, "grounded") == [frozenset()]
    assert extensions(af, "stable") == []
    assert as_sorted(extensions(af, "semi-stable")) == [""]
    assert not credulously_accepted(af, "a", "preferred")


def test_semi_stable_differs_from_preferred() -> None:
    # a <-> b, b -> c -> c (self-attack): {a} is preferred but only {b} has maximal range.
    af = af_of("abc", "ab ba bc cc")
    assert as_sorted(extensions(af, "preferred")) == ["a", "b"]
    assert as_sorted(extensions(af, "semi-stable")) == ["b"]


def test_empty_framework() -> None:
    af = ArgumentationFramework(arguments=[])
    for semantics in Semantics:
        assert extensions(af, semantics) == [frozenset()]


def test_limit_stops_the_enumeration() -> None:
    af = af_of("abcdef", "ab ba cd dc ef fe")
    assert len(extensions(af, "preferred")) == 8
    assert len(extensions(af, "preferred", limit=3)) == 3
    assert extensions(af, "stable", limit=0) == []


def test_timeout_keeps_the_partial_result() -> None:
    # 2**14 preferred extensions: far more than 10 ms allows.
    pairs = " ".join(f"{chr(65 + i)}{chr(97 + i)} {chr(97 + i)}{chr(65 + i)}" for i in range(14))
    letters = "".join(chr(65 + i) + chr(97 + i) for i in range(14))
    af = af_of(letters, pairs)
    with pytest.raises(SemanticsTimeoutError) as info:
        extensions(af, "preferred", timeout=0.01)
    assert len(info.value.partial) < 2**14
    assert all(len(e) == 14 for e in info.value.partial)
    assert "preferred" in str(info.value)


def test_iter_extensions_is_lazy() -> None:
    af = af_of("abcd", "ab ba cd dc")
    stream = iter_extensions(af, "stable")
    assert len(next(stream)) == 2


def test_bad_arguments_are_named() -> None:
    af = af_of("ab", "ab")
    with pytest.raises(ValueError, match="semantics: expected one of grounded"):
        extensions(af, "admissable")
    with pytest.raises(ValueError, match="timeout"):
        extensions(af, "stable", timeout=0)
    with pytest.raises(ValueError, match="'z' is not an argument"):
        credulously_accepted(af, "z", "preferred")


def test_acceptance_timeout_names_the_task() -> None:
    # x1 is not grounded, so the answer needs SAT, whose deadline has passed at once.
    names = [f"x{i}" for i in range(200)]
    pairs = [(names[i], names[(i * 7 + 3) % 200]) for i in range(200)]
    pairs += [(names[(i * 13 + 5) % 200], names[i]) for i in range(200)]
    af = ArgumentationFramework(arguments=names, attacks=pairs)
    with pytest.raises(
        SemanticsTimeoutError, match=r"sceptical acceptance of 'x1' under preferred"
    ):
        sceptically_accepted(af, "x1", "preferred", timeout=1e-9)
