"""Parsing JSON text with errors that name the file, line and column: one place for every
JSON-based format (argmap's own, AIF, SADFace).

A leading byte order mark is skipped; an object that names a key twice, a number of more than
4,300 digits and nesting deeper than Python's recursion limit are refused with the place.

>>> parse_json('\\ufeff{"a": 1}')
{'a': 1}
>>> parse_json('{"a": }', filename="x.json")
Traceback (most recent call last):
...
argmap.exceptions.DocumentError: x.json:1:7: not valid JSON: Expecting value
>>> parse_json('{"a": 1,\\n "a": 2}', filename="x.json")
Traceback (most recent call last):
...
argmap.exceptions.DocumentError: x.json:2:2: not valid JSON: the key 'a' appears twice in one object
"""

from __future__ import annotations

import json
import re
from itertools import chain, compress, repeat
from operator import is_
from typing import Any

from argmap._messages import place, quoted
from argmap.exceptions import DocumentError

__all__ = ["containers_and_keys", "keeps_every_key", "parse_json", "parse_json_value"]

_LONG_NUMBER = re.compile(r"-?\d{4301,}")


class _DuplicateKey(Exception):
    def __init__(self, key: str) -> None:
        self.key = key


def _unique_pairs(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """Make an object's dict, refusing a key given twice (json keeps the last silently)."""
    result = dict(pairs)
    if len(result) != len(pairs):
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                raise _DuplicateKey(key)
            seen.add(key)
    return result


_DECODER = json.JSONDecoder(object_pairs_hook=_unique_pairs)
_SPACED_COLON = re.compile(r'"[ \t\n\r]+:')
_CONTAINERS = frozenset({dict, list})


def parse_json_value(text: str) -> Any | None:
    """Parse JSON text as `json.loads` does (a leading byte order mark skipped), or None.

    The fast first try of a reader that then asks [`keeps_every_key`][] (the AIF reader):
    None for anything but a plain success; `parse_json` then words the error.

    >>> parse_json_value('{"a": [1]}'), parse_json_value('{"a": }')
    ({'a': [1]}, None)
    """
    try:
        return json.loads(text.removeprefix("\ufeff"))
    except (ValueError, RecursionError):
        return None


def keeps_every_key(
    text: str,
    value: Any,
    *,
    tally: tuple[int, int] | None = None,
    keys: int | None = None,
    colons_in_strings: int | None = None,
) -> bool:
    """Whether ``value``, `json.loads` of ``text``, kept every key the text names.

    Decoding to dicts keeps the last of two equal keys silently, where `parse_json` refuses
    them. Every key written is followed by a colon, so a text holds at least as many colons as
    it names keys: when the dicts hold as many keys as there are colons, none was lost. Where
    strings hold colons too: when no quote is followed by white space and a colon, every key
    is followed by its colon, so the text holds at least as many ``":`` as it names keys (one
    inside a string, ``\\":``, or at the start of one only adds to the count); when the dicts
    hold as many keys as that, none was lost. False says only that this cannot be shown (a
    key twice, a string with ``":`` in it or a space before a colon): the caller then parses
    the checked way.

    Args:
        text: the JSON text.
        value: ``json.loads(text)``.
        tally: how many objects and lists the caller found in ``value`` (each once) and how
            many keys those objects hold. When that is as many as the text has brackets, they
            are every object and list there is, and their keys are counted without looking
            through ``value`` again (its values are not touched: on a big file that walk
            costs more than the parse).
        keys: how many keys the caller counted in ``value``, instead of ``tally``: all of
            them, or some (those of the outer objects, when there may be objects inside;
            too few only makes the answer False). ``value`` is not looked through.
        colons_in_strings: how many colons the caller counted in strings of ``value``, each
            string where the text gives it once (a value in its object, keys too if counted).
            Colons outside strings are the keys' own, one each; a colon written in a string
            is one in the value, so when the text has no ``\\u003a`` (the escape that makes a
            colon not written as one) those strings' colons are at most the text's colons in
            strings, and ``colons - colons_in_strings`` is at least the keys written. When
            it is ``keys``, no key written is missing from ``value``. Too few counted (a
            string not looked at, a key lost with its value) only makes that test fail.

    >>> keeps_every_key('{"a": 1, "b": {"a": 2}}', {"a": 1, "b": {"a": 2}})
    True
    >>> keeps_every_key('{"a": 1, "a": 2}', {"a": 2})
    False
    >>> keeps_every_key('{"a": [1], "b": 2}', {"a": [1], "b": 2}, tally=(2, 2))
    True
    >>> keeps_every_key('[{"a": "x:y"}, {"b": 2}]', [{"a": "x:y"}, {"b": 2}], keys=2)
    True
    >>> keeps_every_key('{"a" : "x:y"}', {"a": "x:y"}, keys=1, colons_in_strings=1)
    True
    >>> keeps_every_key('{"a": "x:y", "a": 1}', {"a": 1}, keys=1, colons_in_strings=0)
    False
    >>> lost = '{"a": 1, "a": "\\\\u003a"}'  # a colon escaped: not one in the text
    >>> keeps_every_key(lost, {"a": ":"}, keys=1, colons_in_strings=1)
    False
    """
    if keys is None:
        if tally is not None and tally[0] == text.count("{") + text.count("["):
            keys = tally[1]
        else:
            keys = containers_and_keys([value])[1]
    colons = text.count(":")
    if colons == keys:  # the usual case, and one count: no colon in a string
        return True
    if (
        colons_in_strings is not None
        and colons - colons_in_strings == keys
        and ("\\" not in text or ("\\u003a" not in text and "\\u003A" not in text))
    ):  # no backslash is one memchr; instead of counting quotes before colons and a regex
        return True
    return keys == text.count('":') and not _SPACED_COLON.search(text)


def containers_and_keys(level: list[Any]) -> tuple[int, int]:
    """How many objects and lists these values are and hold, at every depth, and how many keys
    those objects hold.

    A level at a time, each in C: the objects' lengths, then the containers among their values
    and the lists' items make the next level.

    >>> containers_and_keys([{"a": [1, {"b": 2}]}, 3])
    (3, 2)
    """
    containers = keys = 0
    while level:
        types = list(map(type, level))
        dicts = list(compress(level, map(is_, types, repeat(dict))))
        lists = list(compress(level, map(is_, types, repeat(list))))
        containers += len(dicts) + len(lists)
        keys += sum(map(len, dicts))
        values = list(chain(chain.from_iterable(map(dict.values, dicts)), *lists))
        level = list(compress(values, map(_CONTAINERS.__contains__, map(type, values))))
    return containers, keys


def parse_json(text: str, *, filename: str | None = None) -> Any:
    """Parse JSON text (a leading byte order mark is skipped).

    Raises:
        DocumentError: the text is not JSON (with line and column), names a key twice in one
            object, holds a number of more than 4,300 digits, or nests too deeply.
    """
    if text.startswith("\ufeff"):
        text = text[1:]
    try:
        return _DECODER.decode(text)
    except json.JSONDecodeError as error:
        raise DocumentError(
            f"not valid JSON: {error.msg}", file=filename, line=error.lineno, column=error.colno
        ) from None
    except _DuplicateKey as duplicate:
        line, column = _place(text, _second_key(text, duplicate.key))
        raise DocumentError(
            f"not valid JSON: the key {quoted(duplicate.key)} appears twice in one object",
            file=filename,
            line=line,
            column=column,
        ) from None
    except ValueError:  # Python's limit on the digits of an integer
        found = _LONG_NUMBER.search(text)
        line, column = _place(text, found.start() if found else None)
        raise DocumentError(
            "not valid JSON: a number of more than 4,300 digits",
            file=filename,
            line=line,
            column=column,
        ) from None
    except RecursionError:
        raise DocumentError("not valid JSON: nested too deeply", file=filename) from None


def _second_key(text: str, key: str) -> int | None:
    """Where the key written twice appears for the second time (a good guess for the line)."""
    spelled = re.compile(re.escape(json.dumps(key, ensure_ascii=False)) + r"\s*:")
    matches = spelled.finditer(text)
    next(matches, None)
    second = next(matches, None)
    return second.start() if second else None


def _place(text: str, offset: int | None) -> tuple[int | None, int | None]:
    """The 1-based line and column of an offset, when there is one."""
    return (None, None) if offset is None else place(text, offset)
