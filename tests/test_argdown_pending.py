"""The Argdown reader's elements (``formats/argdown/_pending.py``): made a column at a time
they equal the elements made one by one through the model's validators."""

from __future__ import annotations

import pytest
from hypothesis import given, settings

from argmap.exceptions import DocumentError
from argmap.formats.argdown import dumps
from argmap.formats.argdown._pending import Pending, Rows
from argmap.formats.argdown._syntax import parse
from argmap.formats.argdown.reader import _Builder
from argmap.model import ArgumentMap, Claim
from argmap.strategies import maps


def _pending(text: str) -> Pending:
    """What the reader hands over for ``text``, before the map is made."""
    return _Builder(parse(text), None).read_elements()


@settings(max_examples=60)
@given(maps())
def test_elements_made_by_columns_equal_those_made_one_by_one(m: ArgumentMap) -> None:
    pending = _pending(dumps(m))
    by_columns = pending._columns()
    assert by_columns is not None
    assert by_columns == pending._one_by_one()
    assert [type(e) for e in by_columns] == pending.kinds


def test_an_invalid_element_is_left_to_the_one_by_one_path_which_names_it() -> None:
    pending = _pending('[A]: a\n  + [B]: b {id: "b c"}')
    assert pending._columns() is None
    with pytest.raises(DocumentError) as info:
        pending.make_map()
    assert info.value.line == 2
    assert info.value.message.startswith("statement 'B': Claim 'b c'.id: expected an id")


def test_rows_refuse_a_row_without_a_value_for_each_name() -> None:
    """Rows are kept as tuples and turned into columns at hand-over: a short row is an error
    there, not a column that silently loses its last values."""
    rows = Rows(Claim, ["id", "text"])
    rows.add(("c", "C"), 1)
    rows.add(("d",), 2)
    with pytest.raises(ValueError):
        rows.hand_over(Pending())
    for last in [("d", "D", None), ("d",)]:  # one too many, one too few after a right one
        uneven = Rows(Claim, ["id", "text"])
        uneven.add(("c", "C"), 1)
        uneven.add(last, 2)
        with pytest.raises(ValueError):
            uneven.hand_over(Pending())
    wide = Rows(Claim, ["id", "text"])
    wide.add(("c", "C", None), 1)
    with pytest.raises(ValueError):
        wide.hand_over(Pending())
