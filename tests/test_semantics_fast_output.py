"""The shortcuts of the grounded whole-process path write what the general code writes.

``Labelling.words_json`` against ``json.dumps`` of ``Labelling.words``; the ASCII shortcut of
``prepared`` against the regular expression it skips; the numbered arguments of an ICCMA file,
made only when asked for. None of these needs numpy (its own paths are in
``test_semantics_vectorised.py``).
"""

from __future__ import annotations

import json
import pickle

import pytest
from hypothesis import given
from hypothesis import strategies as st

from argmap.exceptions import FrameworkFormatError
from argmap.semantics import ArgumentationFramework, Label, Labelling, grounded_labelling, iccma
from argmap.semantics._reading import _UNWRITABLE, prepared
from argmap.semantics.strategies import argument_names, frameworks

# Names JSON must escape (quotes, backslashes, control characters) or may not (non-ASCII).
awkward = st.one_of(
    argument_names(), st.text(min_size=1, max_size=6), st.sampled_from(['"', "\\", "\x1f", "é"])
)


@given(frameworks(max_arguments=12, names=awkward), st.data())
def test_words_json_is_json_dumps_of_the_words(
    af: ArgumentationFramework, data: st.DataObject
) -> None:
    codes = data.draw(
        st.binary(min_size=len(af), max_size=len(af)).map(lambda b: bytes(c % 3 for c in b))
    )
    labelling = Labelling(af, codes)
    assert labelling.words_json() == json.dumps(labelling.words(), ensure_ascii=False)


def test_words_json_of_a_big_grounded_labelling() -> None:
    size = 30_000
    af = ArgumentationFramework.from_indices(
        [str(i) for i in range(1, size + 1)], [(i, (i * 7 + 3) % size) for i in range(size)]
    )
    labelling = grounded_labelling(af)
    assert labelling.words_json() == json.dumps(labelling.words(), ensure_ascii=False)


def _by_regex(text: str) -> str:
    """What ``prepared`` did before its shortcut: the regular expression on every text."""
    text = text.removeprefix("\ufeff")
    if _UNWRITABLE.search(text):
        raise FrameworkFormatError("unwritable")
    return text


@given(st.text(alphabet=st.sampled_from("p af 1\n\x00\ufeffé\ud800#"), max_size=20) | st.text())
def test_prepared_takes_and_refuses_what_the_regex_does(text: str) -> None:
    try:
        expected: str | None = _by_regex(text)
    except FrameworkFormatError:
        expected = None
    if expected is None:
        with pytest.raises(FrameworkFormatError, match="no file format can carry"):
            prepared(text, "x.af")
    else:
        assert prepared(text, "x.af") == expected


def test_numbered_arguments_are_made_on_first_use() -> None:
    af = iccma.loads("p af 3\n1 2\n2 3\n")
    assert af._name_tuple is None and len(af) == 3
    labelling = grounded_labelling(af)
    assert labelling.names_with(Label.IN) == ["1", "3"] and af._name_tuple is None
    assert labelling.words_json() == '{"1": "in", "2": "out", "3": "in"}'
    assert af.arguments == ("1", "2", "3") and af == pickle.loads(pickle.dumps(af))
    assert iccma.loads("p af 0\n").arguments == ()


@given(st.integers(0, 6), st.lists(st.one_of(st.integers(-8, 8), st.booleans())))
def test_numbered_names_at_indices_are_the_names_tuple_s(size: int, indices: list[int]) -> None:
    """Lazily named arguments give what the tuple of names gives, errors included."""
    text = f"p af {size}\n"
    named = ArgumentationFramework(arguments=[str(i) for i in range(1, size + 1)])
    try:
        expected: object = named.names_of(indices)
    except IndexError:
        expected = IndexError
    try:
        got: object = iccma.loads(text).names_of(indices)
    except IndexError:
        got = IndexError
    assert got == expected
