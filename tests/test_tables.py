"""The id tables of a bulk load: plain dicts in the layout that keeps each key's hash."""

from __future__ import annotations

import platform
import sys

import pytest
from hypothesis import given
from hypothesis import strategies as st

from argmap import loads
from argmap.model._tables import id_table


@given(st.lists(st.tuples(st.text(), st.integers())))
def test_an_id_table_answers_as_a_dict(pairs: list[tuple[str, int]]) -> None:
    table = id_table()
    table.update(pairs)
    assert table == dict(pairs)
    assert list(table) == list(dict(pairs))
    assert type(table) is dict


@pytest.mark.skipif(platform.python_implementation() != "CPython", reason="the layout is CPython's")
def test_an_id_table_keeps_the_hashes_however_big_it_grows() -> None:
    """A dict of string keys alone holds 16 bytes an entry, one that keeps hashes 24."""
    table, plain = id_table(), {}
    for number in range(10_000):
        table[str(number)] = plain[str(number)] = number
    assert sys.getsizeof(table) > sys.getsizeof(plain) + 10_000 * 6


@pytest.mark.skipif(platform.python_implementation() != "CPython", reason="the layout is CPython's")
def test_a_loaded_map_keeps_its_id_table_in_that_layout() -> None:
    text = (
        '{"argmap": 1, "claims": ['
        + ",".join(f'{{"id": "c{n}", "text": "T{n}"}}' for n in range(5_000))
        + "]}"
    )
    elements = loads(text, "json")._elements
    plain = dict(zip(map(str, elements), elements.values(), strict=True))
    assert sys.getsizeof(elements) > sys.getsizeof(plain) + 5_000 * 6
