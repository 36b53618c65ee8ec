"""The Argdown writer's fast paths give what the general paths give (issue #16).

Each shortcut of the writer (a plain check before a regex, JSON written member by member,
cached parts of attribution records) is compared here with the general code it skips, for
any input; ``tests/test_argdown_writer_frozen.py`` compares the whole output with the writer
before the speed work.
"""

from __future__ import annotations

import json
import re
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from argmap.formats.argdown._slugs import is_slug as _is_slug
from argmap.formats.argdown._slugs import slug_of
from argmap.formats.argdown._text import Json, dump_data, dump_json, dump_value
from argmap.formats.argdown.attributions import AttributionWriter
from argmap.formats.argdown.writer import _TITLE_BAD, _one_line
from argmap.model import ArgumentMap
from argmap.model.ids import slugify
from argmap.strategies import maps

_NOT_YAML_PRINTABLE = re.compile(
    "[^\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd\U00010000-\U0010ffff]"
)
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


def encoded(value: Any) -> str:
    """``dump_json`` as it was before the speed work: the encoder, then every escape."""
    dumped = json.dumps(value, ensure_ascii=False)
    dumped = dumped.replace("/", "\\/").replace("<", "\\u003c").replace("#", "\\u0023")
    return _NOT_YAML_PRINTABLE.sub(lambda m: f"\\u{ord(m.group()):04x}", dumped)


_TEXT = st.text(st.characters(codec="utf-8"), max_size=12) | st.sampled_from(
    ["Ed Balls", "a/b", "<!--", "#1", 'say "x"', "back\\", "tab\t", "\u2028", "é", ""]
)
_SCALARS = (
    _TEXT
    | st.integers()
    | st.booleans()
    | st.none()
    | st.floats(allow_nan=False)
    | st.sampled_from([float("nan"), float("inf")])
)
_VALUES = st.recursive(
    _SCALARS,
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.tuples(inner, inner)
        | st.dictionaries(_TEXT, inner, max_size=4)
        | st.dictionaries(st.integers(), inner, max_size=2)
    ),
    max_leaves=12,
)


@given(_VALUES)
def test_dump_json_writes_what_the_encoder_and_the_escapes_write(value: Any) -> None:
    assert dump_json(value) == encoded(value)


@given(_VALUES)
def test_dump_value_member_by_member_writes_what_dump_json_writes(value: Any) -> None:
    assert dump_value(value) == dump_json(value)
    assert dump_value([Json(dump_json(value)), value]) == dump_json([value, value])


@given(st.dictionaries(st.from_regex(r"[a-z_]{1,8}", fullmatch=True), _VALUES, max_size=5))
def test_dump_data_writes_each_value_as_dump_json(data: dict[str, Any]) -> None:
    expected = "{" + ", ".join(f"{k}: {dump_json(v)}" for k, v in data.items()) + "}"
    assert dump_data(data) == expected


_SLUGGISH = st.text(st.sampled_from("abcz09-Aé _"), max_size=60) | st.from_regex(
    r"[a-z0-9]{1,9}(-[a-z0-9]{1,9}){0,7}", fullmatch=True
)


@given(_SLUGGISH)
def test_a_text_seen_to_be_a_slug_is_its_own_slug(text: str) -> None:
    """Never wrong; and it sees the common slugs (a word of digits alone goes to slugify)."""
    if _is_slug(text):
        assert slugify(text) == text
    if slugify(text) == text and re.search("[a-z]", text) and len(text) < 40:
        assert _is_slug(text)


@given(
    _SLUGGISH
    | st.text(st.characters(codec="utf-8"), max_size=60)
    | st.from_regex(r"[A-Za-z0-9]{1,60}", fullmatch=True)
)
def test_the_reader_s_slug_shortcut_equals_slugify(text: str) -> None:
    assert slug_of(text) == slugify(text)


@given(st.text(st.characters(codec="utf-8"), max_size=20) | st.sampled_from([" a", "a ", "a  b"]))
def test_a_text_seen_to_be_one_line_is_shown_unchanged(text: str) -> None:
    if _one_line(text):
        assert " ".join(text.split()) == text
        assert _CONTROL.search(text) is None


@given(st.text(st.characters(codec="utf-8"), max_size=20))
def test_a_one_word_title_needs_no_cleaning(preferred: str) -> None:
    if preferred.isalnum():
        cleaned = " ".join(_TITLE_BAD.sub(" ", preferred).split()).lstrip("+-_! ") or "untitled"
        assert cleaned == preferred


@settings(max_examples=60, deadline=None)
@given(maps())
def test_attribution_records_written_from_cached_parts_equal_their_json(m: ArgumentMap) -> None:
    writer = AttributionWriter(m)
    for claim in m.claims:
        data, inline = writer.data(claim.id), writer.inline(claim.id)
        assert dump_data(inline) == dump_data(data)
