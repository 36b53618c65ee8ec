"""Decoding a JSON object member by member, and its big lists a chunk of items at a time.

The bulk JSON path never holds the whole parsed document: each list of elements is decoded a
few thousand items at a time and handed on, and the caller turns that chunk into elements and
drops it before the next one is decoded. Objects are decoded as tuples of (key, value) pairs,
so that a key given twice can still be seen, or as dicts where that provably loses no key.

Nothing here words an error: anything but plain valid JSON (an object at the top, no key twice
at the top) raises [`NotPlain`][], and the caller reads the text the checked way, which says
what is wrong and where. The values are exactly what ``json`` decodes: each item is decoded by
the same C scanner.

>>> chunks = []
>>> members('{"n": 1, "xs": [{"a": 1}, {"a": 2}]}', {"xs"}, lambda *run: chunks.append(run))
{'n': 1}
>>> chunks
[('xs', [(('a', 1),), (('a', 2),)], True)]
>>> members('{"n": 1, "n": 2}', set(), print)
Traceback (most recent call last):
...
argmap.formats._json_stream.NotPlain
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Container
from typing import Any

from argmap.formats._json import keeps_every_key

__all__ = ["CHUNK", "SPAN", "NotPlain", "members"]

CHUNK = 2000
"""How many items of a list are decoded before they are handed on."""

SPAN = 1 << 18
"""How many characters of a list are decoded at once, at least, where items can be cut out."""

_DECODER = json.JSONDecoder(object_pairs_hook=tuple)
_SCAN: Callable[[str, int], tuple[Any, int]] = _DECODER.scan_once  # type: ignore[attr-defined]
_DECODE = _DECODER.decode
_DICTS = json.JSONDecoder().decode
_SPACE = re.compile(r"[ \t\n\r]*")  # what json itself skips between tokens
_NEXT = re.compile(r"[ \t\n\r]*([,\]])[ \t\n\r]*")  # after a list item: more, or the end

Take = Callable[[str, list[Any], bool], object]
"""What receives a list's items: the member's name, the items, whether they are pairs."""


class NotPlain(Exception):
    """The text is not plain valid JSON of the expected shape; the checked path says why."""


def members(text: str, lists: Container[str], take: Take) -> dict[str, Any]:
    """Decode the JSON object ``text`` (a leading byte order mark is skipped).

    The members named in ``lists`` whose value is a list are handed to ``take(key, items,
    pairs)`` a run of items at a time, in order (an empty list, never): as tuples of pairs
    (``pairs`` is True), or as dicts when that loses no key given twice. Every other member
    is returned, in order, its objects as tuples of pairs.

    Raises:
        NotPlain: the text is not valid JSON, not an object, or names a key twice at the top.
    """
    found: dict[str, Any] = {}
    seen: set[str] = set()
    try:
        at = _skip(text, 1 if text.startswith("\ufeff") else 0)
        if text[at : at + 1] != "{":
            raise NotPlain
        at = _skip(text, at + 1)
        if text[at : at + 1] == "}":
            return _ended(text, at, found)
        while True:
            if text[at : at + 1] != '"':
                raise NotPlain
            key, at = _SCAN(text, at)
            if key in seen:
                raise NotPlain
            seen.add(key)
            at = _skip(text, at)
            if text[at : at + 1] != ":":
                raise NotPlain
            at = _skip(text, at + 1)
            if text[at : at + 1] == "[" and key in lists:
                at = _list(text, at, key, take)
            else:
                found[key], at = _SCAN(text, at)
            at = _skip(text, at)
            if text[at : at + 1] == "}":
                return _ended(text, at, found)
            if text[at : at + 1] != ",":
                raise NotPlain
            at = _skip(text, at + 1)
    except (StopIteration, ValueError, RecursionError):  # ValueError: JSONDecodeError, digits
        raise NotPlain from None


def _skip(text: str, at: int) -> int:
    """Where the white space that starts at ``at`` ends."""
    found = _SPACE.match(text, at)
    assert found is not None  # the pattern matches nothing, too
    return found.end()


def _ended(text: str, at: int, found: dict[str, Any]) -> dict[str, Any]:
    """The members, if nothing but white space follows the closing brace at ``at``."""
    if _skip(text, at + 1) != len(text):
        raise NotPlain
    return found


def _list(text: str, at: int, key: str, take: Take) -> int:
    """Decode the list that opens at ``at``, handing on its items; where it ends.

    In an indented file every item of the list ends with the same white space and brace (the
    first item shows which: ``"\\n    }"``), so a run of items is cut out at the next such end
    after [`SPAN`][] characters and decoded in one call. If the cut is not between items after
    all, that text is no list of whole values and its decoding fails; then, and for the rest
    of a list, the items are decoded one at a time.
    """
    at = _skip(text, at + 1)
    if text[at : at + 1] == "]":
        return at + 1
    closing = _closing(text, _SCAN(text, at)[1])
    while closing is not None:
        cut = text.find(closing + ",", at + SPAN)
        if cut < 0:
            break
        stop = cut + len(closing)
        try:
            items, pairs = _decoded("[" + text[at:stop] + "]")
        except (ValueError, RecursionError):
            break
        take(key, items, pairs)
        at = _skip(text, stop + 1)
    return _items(text, at, key, take)


def _decoded(span: str) -> tuple[list[Any], bool]:
    """The items of the JSON list ``span``: as dicts when no object can have named a key twice
    (then whether they are pairs is False), else as tuples of pairs (True).

    Decoding to dicts is the fast way but keeps the last of two equal keys silently; it is
    safe when the dicts' own keys account for the text's colons
    ([`keeps_every_key`][argmap.formats._json.keeps_every_key], told the keys of the items:
    objects inside them, dates or locators, leave colons unaccounted for, and are decoded as
    pairs).
    """
    items: list[Any] = _DICTS(span)
    if set(map(type, items)) <= {dict} and keeps_every_key(span, items, keys=sum(map(len, items))):
        return items, False
    return _DECODE(span), True


def _closing(text: str, end: int) -> str | None:
    """How the item that ends at ``end`` ends, if it is an object that ends on its own line."""
    start = end - 1
    while text[start - 1] in " \t":
        start -= 1
    if text[end - 1] != "}" or text[start - 1] not in "\r\n":
        return None
    return text[start - 1 : end]


def _items(text: str, at: int, key: str, take: Take) -> int:
    """Decode the items of a list from ``at`` one at a time, handing them on in chunks of at
    most [`CHUNK`][]; where the list ends."""
    after = _NEXT.match
    chunk: list[Any] = []
    append = chunk.append
    while True:
        item, at = _SCAN(text, at)
        append(item)
        separator = after(text, at)
        if separator is None:
            raise NotPlain
        at = separator.end()
        if separator.group(1) == "]":
            take(key, chunk, True)
            return separator.start(1) + 1
        if len(chunk) == CHUNK:
            take(key, chunk, True)
            chunk = []
            append = chunk.append
