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
from collections.abc import Callable
from functools import cache
from itertools import chain, compress, repeat
from operator import is_
from typing import Any

from argmap._messages import place, quoted
from argmap.exceptions import DocumentError

__all__ = [
    "containers_and_keys",
    "json_loads",
    "keeps_every_key",
    "parse_json",
    "parse_json_value",
]

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
        return json_loads(text.removeprefix("\ufeff"))
    except (ValueError, RecursionError):
        return None


_DEPTH = 128
"""The deepest nesting orjson is given to read: a text nested deeper is left to `json`."""
_ORJSON_DEPTH = 1024
"""orjson reads lists and objects nested this deep and refuses one level more."""
_OPEN, _CLOSE = "[" * (_ORJSON_DEPTH - _DEPTH), "]" * (_ORJSON_DEPTH - _DEPTH)
_PROBE = "[" * _DEPTH + "]" * _DEPTH
_SAMPLED_RUN = b"0000"
_DIGITS = bytes.maketrans(b"0123456789", b"0" * 10)
_LONG_INTEGER = re.compile(r"[0-9]{19}")


def json_loads(text: str) -> Any:
    """``json.loads(text)``: its value or its error, parsed by orjson (about twice as fast)
    when the ``fast`` extra is installed and orjson is sure to give the same value.

    orjson gives json's value for every text both read, except where json's own limits
    differ: orjson refuses NaN and Infinity, lone surrogates and nesting past 1,024 levels,
    and reads an integer past 64 bits as a float. So a text orjson refuses goes to `json`,
    as does a text with 19 digits in a row (no integer past 64 bits has fewer) and one nested
    deeper than `_DEPTH` (json's own limit, Python's recursion limit, may refuse what orjson
    reads: the text is given to orjson inside enough lists that it refuses it instead, once
    `json` has shown it reads that depth here).

    >>> json_loads('{"a": [1, 2.5, "x"]}')
    {'a': [1, 2.5, 'x']}
    >>> json_loads('[NaN, 123456789012345678901234567890]')  # json's value: orjson declines
    [nan, 123456789012345678901234567890]

    Raises:
        ValueError: ``json.JSONDecodeError`` (json's message), or a number too long for
            Python's limit on integer digits.
        RecursionError: nested deeper than json reads.
    """
    fast = _orjson_loads()
    if fast is not None and not _may_hold_long_integers(text):
        try:
            json.loads(_PROBE)  # json reads this depth here (the same depth as below)
            wrapped = fast("".join((_OPEN, text, _CLOSE)))
        except (ValueError, RecursionError):  # orjson.JSONDecodeError is a ValueError
            pass
        else:
            value = _unwrapped(wrapped)
            if value is not _NOT_ONE:
                return value
    return json.loads(text)


_NOT_ONE: Any = object()


def _unwrapped(wrapped: Any) -> Any:
    """The value inside the lists `json_loads` put around the text, or `_NOT_ONE` when a
    list holds anything but one value: the text was not one JSON value (blank, or ``1, 2``,
    or ``1], [2``, which close the lists around it)."""
    for _ in range(_ORJSON_DEPTH - _DEPTH):
        if len(wrapped) != 1:
            return _NOT_ONE
        wrapped = wrapped[0]
    return wrapped


def _may_hold_long_integers(text: str) -> bool:
    """Whether the text has 19 ASCII digits in a row (an integer past 64 bits needs them).

    Every fourth character is looked at first: 19 digits in a row are 4 of those in a
    row, and a timestamp (``2024-01-01 10:00:00``) or a short id is never that, so the whole
    text is searched only for the rare text that has them.
    """
    sample = text[::4].encode("utf-8", "surrogatepass").translate(_DIGITS)
    return _SAMPLED_RUN in sample and _LONG_INTEGER.search(text) is not None


@cache
def _orjson_loads() -> Callable[[str], Any] | None:
    """orjson's reader, when it is installed and refuses what `json_loads` counts on it
    refusing (looked up on the first parse: importing argmap does not import orjson)."""
    try:
        import orjson
    except ImportError:
        return None
    deeper = "[" * (_ORJSON_DEPTH + 1) + "]" * (_ORJSON_DEPTH + 1)
    try:
        orjson.loads(deeper)
    except orjson.JSONDecodeError:
        loads: Callable[[str], Any] = orjson.loads
        return loads
    return None  # a version that reads deeper: the lists around a text would not hold it


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
            many keys those objects hold. Those keys are tried first, without looking through
            ``value`` (its values are not touched: on a big file that walk costs more than the
            parse); only when they cannot vouch and the objects and lists found are fewer than
            the text's brackets (so some were not counted) are the keys of the walk tried.
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
    >>> keeps_every_key('{"a": [{"b": 1}]}', {"a": [{"b": 1}]}, tally=(2, 1))  # walked
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
    if tally is not None:
        if _keys_shown(text, tally[1], colons_in_strings):
            return True
        if tally[0] == text.count("{") + text.count("["):
            return False  # every object was counted: a walk would find the same keys
        keys = None
    if keys is None:
        keys = containers_and_keys([value])[1]
    return _keys_shown(text, keys, colons_in_strings)


def _keys_shown(text: str, keys: int, colons_in_strings: int | None) -> bool:
    """Whether the text shows that it names no more keys than ``keys`` (see
    [`keeps_every_key`][]: fewer than the value holds is never shown, as the text names at
    least those)."""
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
