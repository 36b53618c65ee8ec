"""The bulk paths (flat attack columns, lazy adjacency, bulk ICCMA reading) agree with the
checked paths and keep every error message."""

from __future__ import annotations

import pickle
import re

import pytest
from attrs.exceptions import FrozenInstanceError
from hypothesis import given, settings
from hypothesis import strategies as st

from argmap.semantics import iccma
from argmap.semantics.errors import FrameworkError, FrameworkFormatError
from argmap.semantics.framework import ArgumentationFramework
from argmap.semantics.grounded import grounded_labelling

edge_lists = st.integers(1, 8).flatmap(
    lambda n: st.tuples(
        st.just(n), st.lists(st.tuples(st.integers(0, n - 1), st.integers(0, n - 1)), max_size=20)
    )
)


@settings(max_examples=60, deadline=None)
@given(edge_lists)
def test_repeated_attacks_are_dropped_everywhere(case: tuple[int, list[tuple[int, int]]]) -> None:
    """attacks, attackers, attacked and grounded ignore repeats, first occurrence kept."""
    n, edges = case
    names = [f"x{i}" for i in range(n)]
    unique = list(dict.fromkeys(edges))
    af = ArgumentationFramework.from_indices(names, edges + edges)
    assert af.attacks == tuple((names[i], names[j]) for i, j in unique)
    assert af.attacked == [[j for i, j in unique if i == k] for k in range(n)]
    assert af.attackers == [[i for i, j in unique if j == k] for k in range(n)]
    by_names = ArgumentationFramework(arguments=names, attacks=[list(p) for p in af.attacks] * 2)
    assert by_names == af and hash(by_names) == hash(af)
    labels_first = grounded_labelling(ArgumentationFramework.from_indices(names, edges * 3))
    assert labels_first == grounded_labelling(ArgumentationFramework.from_indices(names, unique))


@settings(max_examples=60, deadline=None)
@given(edge_lists, st.sampled_from(["\n", "\r\n"]), st.booleans(), st.booleans())
def test_iccma_bulk_reader_matches_the_framework(
    case: tuple[int, list[tuple[int, int]]], newline: str, blank: bool, comment: bool
) -> None:
    """Line endings, blank lines and comments in the body do not change what is read."""
    n, edges = case
    lines = [f"p af {n}"]
    for i, j in edges:
        lines += [f"{i + 1} {j + 1}"] + ([""] if blank else []) + (["# c"] if comment else [])
    af = iccma.loads(newline.join(lines) + newline)
    assert af == ArgumentationFramework.from_indices([str(i) for i in range(1, n + 1)], edges)
    assert iccma.loads(iccma.dumps(af)) == af


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("p af 3\n1 2 3\n", "2:1: expected an attack 'i j' (two numbers), got '1 2 3'"),
        ("p af 3\n1 2\n3\n", "3:1: expected an attack 'i j' (two numbers), got '3'"),
        ("p af 3\n1 4\n", "2:3: argument '4' is not a number in 1..3"),
        ("p af 3\n1 0\n", "2:3: argument '0' is not a number in 1..3"),
        ("p af 3\n1 +2\n", "2:3: argument '+2' is not a number in 1..3"),
        ("p af 2\n1 2 # c\n", "2:1: expected an attack 'i j' (two numbers)"),
        ("p af 2\np af 2\n", "2:1: a second 'p af' header"),
        ('p af 2\n# name 1 "a"\n# name 1 "b"\n', "3: argument 1 is named twice"),
    ],
)
def test_iccma_errors_are_still_located(text: str, message: str) -> None:
    """A file the bulk reader rejects gets the line reader's exact message."""
    with pytest.raises(FrameworkFormatError, match=re.escape(message)):
        iccma.loads(text, filename="f.af")


def test_iccma_numbered_names_and_attacks() -> None:
    """A numbered file names arguments "1".."N" and keeps attack order and repeats once."""
    af = iccma.loads("p af 3\n3 1\n1 2\n3 1\n")
    assert af.arguments == ("1", "2", "3")
    assert af.attacks == (("3", "1"), ("1", "2"))
    assert af.index("3") == 2 and "4" not in af and [] not in af


def test_index_errors_are_unchanged() -> None:
    """Out-of-range and malformed index pairs name the pair."""
    with pytest.raises(FrameworkError, match=r"attacks\[1\]: index pair \(0, 5\) is outside 0..1"):
        ArgumentationFramework.from_indices(["a", "b"], [(0, 1), (0, 1), (0, 5)])
    with pytest.raises(FrameworkError, match="expected \\(int, int\\) index pairs"):
        ArgumentationFramework.from_indices(["a", "b"], [("a", 1)])
    with pytest.raises(FrameworkError, match="arguments\\[1\\]: 'a' is repeated"):
        ArgumentationFramework.from_indices(["a", "a"], [(0, 1)])


def test_frozen_picklable_and_printable() -> None:
    """The framework stays immutable, pickles, and prints like before."""
    af = ArgumentationFramework(arguments=["a", "b"], attacks=[("a", "b"), ("a", "b")])
    with pytest.raises(FrozenInstanceError):
        af.arguments = ()  # type: ignore[misc]
    assert pickle.loads(pickle.dumps(af)) == af
    assert repr(af) == "ArgumentationFramework(arguments=('a', 'b'), attacks=(('a', 'b'),))"
    assert af != ArgumentationFramework(arguments=["a", "b"])


def test_long_chain_grounded_without_recursion() -> None:
    """A 200,000-argument chain read from ICCMA alternates in/out."""
    n = 200_000
    text = f"p af {n}\n" + "".join(f"{i} {i + 1}\n" for i in range(1, n))
    lab = grounded_labelling(iccma.loads(text))
    assert len(lab.extension) == n // 2 and "1" in lab.extension and "2" in lab.out
