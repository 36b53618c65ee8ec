"""``_json.json_loads`` gives ``json.loads``'s value or its error, parsing with orjson where
orjson is sure to agree (the ``fast`` extra): the AIF reader and the registry's content test
parse big files with it.

Each outcome is compared as ``repr`` of the value, or the error's class and message: ``repr``
tells ``1`` from ``1.0`` and ``-0.0`` from ``0.0``, shows the order of keys, and shows NaN.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from typing import Any

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from argmap.formats import _json
from argmap.formats._json import json_loads, keeps_every_key

orjson = pytest.importorskip("orjson", reason="the 'fast' extra (orjson) is not installed")


def outcome(loads: Any, text: str) -> tuple[str, str]:
    try:
        return ("value", repr(loads(text)))
    except (ValueError, RecursionError) as error:
        return (type(error).__name__, str(error))


_SCALARS = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.integers(min_value=-(2**70), max_value=2**70)
    | st.floats()
    | st.text()
    | st.text(alphabet='0123456789:-" ]}')
)
_VALUES = st.recursive(
    _SCALARS, lambda inner: st.lists(inner) | st.dictionaries(st.text(), inner), max_leaves=30
)


@settings(max_examples=300, deadline=None)
@given(_VALUES)
def test_the_value_of_what_json_writes_is_json_s(value: Any) -> None:
    """Floats (NaN and infinities too), integers past 64 bits, lone surrogates (escaped, or
    written as they are), strings of digits and brackets: the same value as json's."""
    for text in (
        json.dumps(value),
        json.dumps(value, indent=2),
        json.dumps(value, ensure_ascii=False),
    ):
        assert outcome(json_loads, text) == outcome(json.loads, text)


_NUMBER = r"-?(0|[1-9][0-9]{0,24})(\.[0-9]{1,24})?([eE][+-]?[0-9]{1,3})?"


@settings(max_examples=300, deadline=None)
@given(st.lists(st.from_regex(_NUMBER, fullmatch=True), min_size=1, max_size=5))
@example(["18446744073709551616", "-9223372036854775809", "1e400", "-0", "-0.0", "1E5"])
def test_numbers_as_written_read_as_json_reads_them(numbers: list[str]) -> None:
    """Every way to write a number: long mantissas, big exponents (infinity), ``-0``."""
    text = "[" + ", ".join(numbers) + "]"
    assert outcome(json_loads, text) == outcome(json.loads, text)


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet='[]{}",:01 \t\n\x0c\\u0061eE.+-NaIfinitytruefalsenull'))
@example("")
@example("1, 2")
@example("1], [2")
@example('"\\ud800"')
@example("[1,]")
@example("\ufeff[1]")
def test_any_text_gives_json_s_value_or_json_s_error(text: str) -> None:
    """Text that is not JSON, or only nearly: json's error, word for word (and a blank text
    or ``1], [2`` must not be read inside the lists orjson is given)."""
    assert outcome(json_loads, text) == outcome(json.loads, text)


@pytest.mark.parametrize("depth", [1, 127, 128, 129, 500, 990, 1000, 1010, 1024, 1025, 5000])
def test_deep_nesting_is_json_s_value_or_json_s_error(depth: int) -> None:
    """orjson reads 1,024 levels, json only as deep as Python's recursion limit allows (about
    1,000, less in a deep call): a text orjson could read but json cannot is json's error."""
    for text in ("[" * depth + "]" * depth, '{"a": ' * depth + "1" + "}" * depth):
        assert outcome(json_loads, text) == outcome(json.loads, text)
    assert outcome(json_loads, "[" * 1010 + "]" * 1010)[0] == "RecursionError"


_DIGITS = st.text(alphabet="0123456789 -:x", max_size=200)


@settings(max_examples=500, deadline=None)
@given(_DIGITS, st.integers(min_value=0, max_value=3))
@example("2024-01-01 10:00:00, 2024-12-31T23:59:59", 0)
def test_long_integers_are_found_by_the_sample(text: str, shift: int) -> None:
    """The look at every fourth character misses no 19 digits in a row, wherever they start."""
    shifted = "x" * shift + text
    found = re.search("[0-9]{19}", shifted) is not None
    assert _json._may_hold_long_integers(shifted) is found


def test_a_timestamp_is_not_taken_for_a_long_integer(monkeypatch: pytest.MonkeyPatch) -> None:
    """The whole text is searched only when the sample has four digits in a row."""
    searched: list[str] = []

    class Counted:
        def search(self, text: str) -> None:
            searched.append(text)

    monkeypatch.setattr(_json, "_LONG_INTEGER", Counted())
    stamps = ", ".join(f'"2024-01-{day:02} 10:{day:02}:00"' for day in range(1, 29))
    assert not _json._may_hold_long_integers(f"[{stamps}]")
    assert searched == []


def test_orjson_reads_usual_text_and_json_the_rest(monkeypatch: pytest.MonkeyPatch) -> None:
    """The fast path is taken for usual text; a long integer, NaN or a blank text go to json."""
    read: list[str] = []
    real = _json._orjson_loads()
    assert real is not None

    def counted(text: str) -> Any:
        read.append(text)
        return real(text)

    monkeypatch.setattr(_json, "_orjson_loads", lambda: counted)
    assert json_loads('{"a": [1, 2]}') == {"a": [1, 2]}
    assert len(read) == 1
    assert json_loads("[12345678901234567890]") == [12345678901234567890]
    assert len(read) == 1  # never given to orjson
    assert repr(json_loads("[NaN]")) == "[nan]"
    assert len(read) == 2  # given, refused, read by json


def test_without_orjson_json_reads_everything(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_json, "_orjson_loads", lambda: None)
    assert json_loads('{"a": 1.5}') == {"a": 1.5}
    with pytest.raises(json.JSONDecodeError, match="Expecting value"):
        json_loads('{"a": }')


def test_a_key_given_twice_keeps_the_last_and_is_still_found() -> None:
    """orjson keeps the last of a key given twice, at the first one's place, as json does; the
    key check still sees that a key was lost."""
    text = '{"a": 1, "b": 2, "a": 3}'
    value = json_loads(text)
    assert list(value.items()) == list(json.loads(text).items()) == [("a", 3), ("b", 2)]
    assert not keeps_every_key(text, value)
    assert keeps_every_key('{"a": 1, "b": 2}', json_loads('{"a": 1, "b": 2}'))


def test_importing_argmap_and_its_help_import_no_orjson() -> None:
    """orjson is looked up on the first parse, not at start-up."""
    script = (
        "import sys\nimport argmap\nfrom argmap.cli.main import cli\n"
        "try:\n    cli(['--help'])\nexcept SystemExit:\n    pass\n"
        "print('orjson' in sys.modules)"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=60
    )
    assert done.stdout.strip().splitlines()[-1] == "False"
