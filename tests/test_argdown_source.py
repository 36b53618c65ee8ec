"""The quick checks answer as the thorough ones do: lone surrogates refused by
``formats/_limits.check_surrogates`` with the message and line of a search of the whole text,
and comments found by ``formats/argdown/_source.py`` wherever an opener is."""

from __future__ import annotations

import re
from collections.abc import Callable

from hypothesis import given, settings
from hypothesis import strategies as st

from argmap.exceptions import DocumentError
from argmap.formats._limits import _SURROGATE, check_surrogates
from argmap.formats.argdown._source import _COMMENT, _OPENERS

_PIECES = st.sampled_from(["a", "\n", "é", "\u20ac", "\U0001f600", "\ud800", "\udc80", " "])
_OPENER_TEXT = st.lists(st.sampled_from(["/", "<", "*", "!", "-", ">", "a", "\n", "\\"]))


def _refusal(check: Callable[[str], None], text: str) -> tuple[str, int | None] | None:
    try:
        check(text)
    except DocumentError as error:
        return str(error), error.line
    return None


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=30).map("".join) | st.text(max_size=30))
def test_the_quick_surrogate_check_refuses_what_the_search_refuses(text: str) -> None:
    quick = _refusal(lambda t: check_surrogates(t, file="x.argdown"), text)
    found = _SURROGATE.search(text)  # the thorough answer: a search of the whole text
    if found is None:
        assert quick is None
    else:
        line = 1 + text.count("\n", 0, found.start())
        assert quick == (
            f"x.argdown:{line}: the text holds a lone surrogate (U+{ord(found.group()):04X}), "
            "which UTF-8 cannot carry",
            line,
        )


@settings(max_examples=300, deadline=None)
@given(_OPENER_TEXT.map("".join))
def test_text_without_an_opener_holds_no_comment(text: str) -> None:
    """The quick test for openers never skips a text in which the comment search finds one."""
    if not any(opener.search(text) for opener in _OPENERS):
        assert _COMMENT.search(text) is None
    assert bool(any(o.search(text) for o in _OPENERS)) == bool(re.search(r"[/<][*!/]", text))
