"""The numpy path (`argmap.semantics._vectorised`) gives the same answers as the pure path.

Grounded labels are compared with the pure-Python worklist and with the brute-force oracle of
``test_semantics_extensions``; the bulk ICCMA reader with the checked one, on canonical and on
broken attack lines (where it must step aside so the checked reader names the place).
"""

from __future__ import annotations

import json
import pickle

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from argmap.exceptions import FrameworkFormatError
from argmap.semantics import ArgumentationFramework, Label, Semantics, iccma
from argmap.semantics import _vectorised as vec
from argmap.semantics.grounded import grounded_labelling, worklist_codes
from argmap.semantics.labelling import Labelling
from argmap.semantics.strategies import frameworks
from tests.test_semantics_extensions import brute

if not vec.AVAILABLE:
    pytest.skip("numpy (the argmap[fast] extra) is not installed", allow_module_level=True)


def numpy_labelling(af: ArgumentationFramework) -> Labelling:
    return Labelling(af, vec.grounded_codes(len(af), af._sources, af._targets))


@settings(max_examples=300)
@given(frameworks(max_arguments=9))
def test_grounded_codes_match_the_worklist_and_the_oracle(af: ArgumentationFramework) -> None:
    fast = numpy_labelling(af)
    assert fast == Labelling(af, worklist_codes(af))
    assert {fast.extension} == brute(af, Semantics.GROUNDED)


@settings(max_examples=100)
@given(st.integers(0, 400), st.lists(st.tuples(st.integers(0, 399), st.integers(0, 399))))
def test_grounded_codes_match_on_bigger_frameworks_with_repeats(
    size: int, pairs: list[tuple[int, int]]
) -> None:
    """Repeated attacks and frontiers large enough for the vectorised rounds."""
    pairs = [(i % size, j % size) for i, j in pairs] if size else []
    pairs += [(0, k) for k in range(1, size, 2)] + [(k, k + 1) for k in range(1, size - 1, 3)]
    af = ArgumentationFramework.from_indices([str(i) for i in range(size)], pairs)
    expected = Labelling(af, worklist_codes(af))
    assert numpy_labelling(af) == expected
    doubled = pairs * 2
    sources, targets = [i for i, _ in doubled], [j for _, j in doubled]
    assert vec.grounded_codes(size, sources, targets) == expected._codes


def test_a_long_chain_and_a_wide_star_switch_between_rounds_and_worklist() -> None:
    size = 50_000
    chain = ArgumentationFramework.from_indices(
        map(str, range(size)), [(i, i + 1) for i in range(size - 1)]
    )
    assert numpy_labelling(chain) == Labelling(chain, worklist_codes(chain))
    star = ArgumentationFramework.from_indices(
        map(str, range(size)), [(i, 0) for i in range(1, size)] + [(0, 0)]
    )
    lab = numpy_labelling(star)
    assert lab.label_at(0) is Label.OUT and len(lab.extension) == size - 1


def test_grounded_labelling_uses_numpy_for_big_frameworks(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[int] = []
    real = vec.grounded_codes

    def counted(size: int, *columns: object) -> bytes:
        calls.append(size)
        return real(size, *columns)

    monkeypatch.setattr(vec, "grounded_codes", counted)
    monkeypatch.setattr(vec, "MIN_ARGUMENTS", 2)
    af = ArgumentationFramework(arguments=["a", "b", "c"], attacks=[("a", "b"), ("b", "c")])
    assert sorted(grounded_labelling(af).extension) == ["a", "c"] and calls == [3]
    assert grounded_labelling(af) is grounded_labelling(af)  # computed once per framework


@settings(max_examples=200)
@given(frameworks(max_arguments=9))
def test_the_bulk_iccma_reader_reads_what_the_checked_one_reads(
    af: ArgumentationFramework,
) -> None:
    numbered = ArgumentationFramework.from_indices(
        map(str, range(1, len(af) + 1)), [(af.index(a), af.index(b)) for a, b in af.attacks]
    )
    plain = iccma.dumps(numbered).partition("\n")[2]
    columns = vec.attack_columns(plain, len(af))
    assert columns is not None
    assert list(zip(*(c.tolist() for c in columns), strict=True)) == [
        (af.index(a), af.index(b)) for a, b in af.attacks
    ]


BROKEN = [
    "1 2\n2  3\n",  # two spaces
    "1 2\n 2 3\n",  # a leading space
    "1 2 \n",  # a trailing space
    "1 2\n\n2 3\n",  # a blank line
    "1 2\r\n",  # a carriage return
    "1 2 3\n",  # three numbers
    "1\n2 3\n",  # one number
    "1 x\n",  # a letter
    "1 ²\n",  # a digit str.isdigit takes and int() refuses
    "0 1\n",  # below range
    "1 4\n",  # above range
    "1 " + "9" * 40 + "\n",  # longer than int64
    "1\t2\n",  # a tab
    "1 02\n",  # a leading zero: longer than any number in 1..3 (the checked reader takes it)
    "001 2\n",  # leading zeros on the first number
    "3 1\n" + "1 " + "0" * 30 + "2\n",  # in range, but too long to convert safely
]


@pytest.mark.parametrize("body", BROKEN)
def test_broken_attack_lines_go_to_the_checked_reader(
    body: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert vec.attack_columns(body, 3) is None
    text = "p af 3\n" + body
    try:
        expected: object = iccma.loads(text, filename="x.af")
    except FrameworkFormatError as error:
        expected = str(error)
    monkeypatch.setattr(vec, "MIN_ARGUMENTS", 0)
    try:
        got: object = iccma.loads(text, filename="x.af")
    except FrameworkFormatError as error:
        got = str(error)
    assert got == expected


def test_a_big_file_reads_the_same_with_and_without_numpy(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    size = vec.MIN_ARGUMENTS + 5
    text = f"p af {size}\n# a comment\n" + "".join(
        f"{i + 1} {(i * 7) % size + 1}\n" for i in range(size)
    )
    fast = iccma.loads(text)
    assert fast._arrays is not None
    labelling = grounded_labelling(fast)
    assert fast._source_list is None  # the labelling needed no Python lists of the columns
    monkeypatch.setattr(vec, "AVAILABLE", False)
    slow = iccma.loads(text)
    assert slow._arrays is None
    assert labelling == grounded_labelling(slow)
    assert fast == slow and hash(fast) == hash(slow)
    assert (fast.attacks, fast.attackers, fast.attacked) == (
        slow.attacks,
        slow.attackers,
        slow.attacked,
    )
    assert pickle.loads(pickle.dumps(iccma.loads(text))) == slow


@settings(max_examples=100)
@given(
    st.lists(st.lists(st.integers(0, 9), max_size=4), min_size=1, max_size=10),
    st.lists(st.integers(0, 9)),
    st.integers(0, 5),
)
def test_rows_read_lazily_or_all_at_once_are_the_rows(
    rows: list[list[int]], reads: list[int], eager_after: int
) -> None:
    import numpy as np

    indptr = np.cumsum([0, *map(len, rows)])
    heads = np.array([j for row in rows for j in row], dtype=np.int64)
    lazy = vec._Rows(indptr, heads, eager_after=eager_after)
    assert len(lazy) == len(rows)
    for i in reads:
        assert lazy[i % len(rows)] == rows[i % len(rows)]


WORDS = ["undec", "in", "out"]


@settings(max_examples=100)
@given(
    st.one_of(st.integers(0, 300), st.sampled_from([9, 10, 99, 100, 101, 999, 1000, 10_001])),
    st.data(),
)
def test_numbered_words_json_is_json_dumps_of_the_numbered_words(
    size: int, data: st.DataObject
) -> None:
    codes = bytes(c % 3 for c in data.draw(st.binary(min_size=size, max_size=size)))
    expected = json.dumps({str(i + 1): WORDS[c] for i, c in enumerate(codes)}, ensure_ascii=False)
    assert vec.numbered_words_json(codes, WORDS) == expected
    for code in range(3):
        assert vec.code_indices(codes, code) == [i for i, c in enumerate(codes) if c == code]


def test_a_numbered_framework_labels_and_writes_without_its_names() -> None:
    """A big ICCMA file without name comments: names "1".."N" are made only when asked for."""
    size = vec.MIN_ARGUMENTS + 7
    text = f"p af {size}\n" + "".join(f"{i + 1} {(i * 5 + 2) % size + 1}\n" for i in range(size))
    af = iccma.loads(text)
    labelling = grounded_labelling(af)
    written = labelling.words_json()
    extension = labelling.names_with(Label.IN)
    assert af._name_tuple is None and len(af) == size
    assert written == json.dumps(labelling.words(), ensure_ascii=False)
    assert extension == [name for name in af.arguments if labelling[name] is Label.IN]
    named = ArgumentationFramework(
        arguments=[str(i) for i in range(1, size + 1)], attacks=af.attacks
    )
    assert af == named and hash(af) == hash(named) and af.index("7") == 6 and "7" in af
