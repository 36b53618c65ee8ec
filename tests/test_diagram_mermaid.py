"""Mermaid export: structure, escaping, determinism."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from argmap.diagram._sample import sample_map
from argmap.diagram.mermaid import dumps, escape_mermaid, to_mermaid
from argmap.diagram.quoting import clean


def _unescape(text: str) -> str:
    named = {"quot": '"', "lt": "<", "gt": ">", "amp": "&"}
    text = text.replace("<br/>", "\n")
    return re.sub(r"#(\w+);", lambda m: named.get(m.group(1)) or chr(int(m.group(1))), text)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=40))
def test_escaping_leaves_no_special_character_and_round_trips(value: str) -> None:
    escaped = escape_mermaid(value)
    assert not set(escaped.replace("<br/>", "")) & set('"<>&`|[]{}()\\\n')
    assert _unescape(escaped) == clean(value)


def test_flowchart_structure() -> None:
    text = to_mermaid(sample_map(), detail="claims")
    lines = text.splitlines()
    assert lines[0] == "flowchart BT"
    assert "    n6 --> n1" in lines  # Lyon supports traffic: a plain arrow
    assert 'n7((" "))' in text  # linked premises meet at a small circle
    assert "n3 -.-x|rebuts| n0" in text
    assert "n5 -.-x|undermines| n1" in text
    assert "n4 ==x|undercuts| n7" in text
    assert "class n0 central" in text
    assert "#lt;10%" in text and "of cities#gt;" in text


def test_dumps_is_deterministic_and_shows_speakers() -> None:
    assert dumps(sample_map()) == dumps(sample_map())
    assert "✓ asserted by Ana Ruiz, City Herald" in dumps(sample_map())
