"""Argdown's inline text: escapes, ``#tags`` and ``{inline: data}``, read and written in one place.

>>> split_text(r"Costs \\#1 are high #economy #(public money) {note: x}")
('Costs #1 are high', ['economy', 'public money'], '{note: x}')
>>> split_text("A #tag inside stays a word #end")
('A #tag inside stays a word', ['tag', 'end'], None)
>>> escape("50% of [cities] #1 // not a comment")
'50% of \\\\[cities\\\\] \\\\#1 \\\\/\\\\/ not a comment'
>>> split_text(escape("a_b *c* {d} <e> @f \\\\ g"))[0]
'a_b *c* {d} <e> @f \\\\ g'
"""

from __future__ import annotations

import functools
import json
import re
from typing import Any

__all__ = [
    "SIMPLE_TAG", "Json", "dump_data", "dump_json", "dump_value", "escape", "scan_text",
    "split_text", "tag_token",
]  # fmt: skip

_SPECIAL = re.compile(r"[\\\[\]<>{}#@/*_]")
# Argdown's own tag characters (its lexer's Tag token: A-z, digits, "-" and most of the BMP
# above U+00A0), less white space and the backslash of an escape: written as what they are not,
# which compiles in a millisecond (the same class written as ranges takes 5-15 ms at import).
# ``tests/test_argdown_text.py`` checks every code point against the ranges.
_NOT_TAG_HIGH = "\\x9f\\ud800-\\uf8ff\\ufdd0-\\ufdef\\ufff0-\\U0010ffff"
_TAG_CHAR = "[^\\x00-,./:-@\\\\{-" + _NOT_TAG_HIGH + "]"  # with [ ] ^ _ `
_SIMPLE_TAG_CHAR = "[^\\x00-,./:-@\\[-`{-" + _NOT_TAG_HIGH + "]"  # without them
_TAG = re.compile(r"#(?:\(([^)]*)\)|((?:(?!\s)" + _TAG_CHAR + ")+))")
_NEEDS_SCAN = re.compile(r"[\\{#]")
_TAG_NAME = "(?:(?!\\s)" + _TAG_CHAR + ")++"
# The common end of a text, read in one match: tags (each ended by white space, a "{" or the
# end), then at most one ``{...}`` without quotes or brackets inside, then only white space.
_TAGS_DATA = re.compile(r"((?:#" + _TAG_NAME + r"(?:\s++|(?=\{)|\Z))*+)(\{[^}\"'{\[]*+\})?\s*+\Z")
_TAG_NAMES = re.compile("#(" + _TAG_NAME + ")")
# The same end when every tag is plain ASCII, one space apart, and nothing follows: what
# _TAGS_DATA reads it as (these are tag characters, and a space or "{" ends a tag there too),
# without its lookahead at every character.
_ASCII_TAGS_DATA = re.compile(r"((?:#[A-Za-z0-9-]++(?: |(?=\{)|\Z))*+)(\{[^}\"'{\[]*+\})?\Z")
SIMPLE_TAG = "(?:(?!\\s)" + _SIMPLE_TAG_CHAR + ")+"
"""A tag Argdown reads without parentheses, as a regular expression."""
_SIMPLE_TAG = re.compile(SIMPLE_TAG)
_PAREN_TAG = re.compile(r"[^()\s\\#{}/<\x00-\x1f\x7f-\x9f][^()\\#{}/<\x00-\x1f\x7f-\x9f]*")


@functools.cache
def _not_yaml_printable() -> re.Pattern[str]:
    """Characters YAML may not hold raw, or reads as line breaks (U+2028, U+2029) or a BOM
    (compiled when first needed: 15 ms, and only the writer needs it)."""
    return re.compile(
        "[^\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd\U00010000-\U0010ffff]"
    )


_SPACES = re.compile(r"\s+")
_ENCODER = json.JSONEncoder(ensure_ascii=False)  # json.dumps(ensure_ascii=False), made once
_NESTED = re.compile("[\"'{\\[]")


def escape(text: str) -> str:
    """Backslash-escape every character Argdown could read as syntax inside statement text."""
    return _SPECIAL.sub(lambda m: "\\" + m.group(), text)


def _data_end(text: str, start: int) -> int:
    """Return the index after the ``}`` that closes the ``{`` at ``start`` (quotes respected)."""
    close = text.find("}", start)
    if close != -1 and _NESTED.search(text, start + 1, close) is None:
        return close + 1  # the common case: no quotes or brackets inside
    depth = 0
    quote = ""
    index = start
    while index < len(text):
        char = text[index]
        if quote:
            if char == "\\" and quote == '"':
                index += 1
            elif char == quote:
                quote = ""
        elif char in "\"'":
            quote = char
        elif char in "{[":
            depth += 1
        elif char in "}]":
            depth -= 1
            if depth == 0:
                return index + 1
        index += 1
    raise ValueError("inline data '{' is never closed with '}'")


def split_text(raw: str) -> tuple[str, list[str], str | None]:
    """Split written text into plain text (escapes resolved), tags and the inline data source.

    Args:
        raw: the text as written, lines joined by spaces.

    Returns:
        ``(text, tags, data)`` where ``data`` is the ``{...}`` YAML source, or ``None``.

    Raises:
        ValueError: when a ``{`` is never closed.
    """
    if "\\" in raw:
        return scan_text(raw)
    # str.find is a memchr: several times faster than a regular expression's search.
    tag, brace = raw.find("#"), raw.find("{")
    first = tag if brace < 0 or 0 <= tag < brace else brace
    if first < 0:
        return raw.strip(), [], None
    if first == tag and not (first and raw[first - 1].isspace()):
        return scan_text(raw)
    # What scan_text gives for this shape: every tag is trailing, so none stays in the text.
    end = _ASCII_TAGS_DATA.match(raw, first)
    if end is not None:
        written, source = end.groups()
        tags = written.replace("#", " ").split()
    else:
        end = _TAGS_DATA.match(raw, first)
        if end is None:
            return scan_text(raw)
        written, source = end.groups()
        tags = _TAG_NAMES.findall(written)
    text = raw[:first].strip()
    return _SPACES.sub(" ", text) if "  " in text else text, tags, source


def scan_text(raw: str) -> tuple[str, list[str], str | None]:
    """[`split_text`][] for any text: a scan from one escape, tag or ``{`` to the next.

    >>> scan_text(r"a \\#1 #t b {x: 1} #u")
    ('a #1 #t b', ['t', 'u'], '{x: 1}')
    """
    parts: list[str] = []
    tags: list[str] = []
    data: list[str] = []
    tag_parts: list[int] = []  # where in ``parts`` each tag, as written, stands
    position = 0
    while True:
        match = _NEEDS_SCAN.search(raw, position)
        if match is None:
            parts.append(raw[position:])
            break
        index = match.start()
        parts.append(raw[position:index])
        char = raw[index]
        if char == "\\":
            parts.append(raw[index + 1 : index + 2])
            position = index + 2
        elif char == "{":
            position = _data_end(raw, index)
            data.append(raw[index:position])
        elif (index == 0 or raw[index - 1].isspace()) and (tag := _TAG.match(raw, index)):
            tags.append((tag.group(1) or tag.group(2) or "").strip())
            tag_parts.append(len(parts))
            parts.append(tag.group())
            position = tag.end()
        else:
            parts.append("#")
            position = index + 1
    if tag_parts:
        _drop_trailing_tags(parts, tag_parts)
    text = "".join(parts).strip()
    if tags or data:
        text = _SPACES.sub(" ", text) if "  " in text else text
    source = None
    if data:
        source = data[0] if len(data) == 1 else "{" + ", ".join(d[1:-1] for d in data) + "}"
    return text, [t for t in tags if t], source


def _drop_trailing_tags(parts: list[str], tag_parts: list[int]) -> None:
    """Blank the tags at the very end of the text; a tag with words after it stays a word.

    Argdown keeps every tag in the statement's text; argmap's writer puts a claim's tags at the
    end, so the run of tags there (with only spaces between) is taken out of the text.
    """
    tagged = set(tag_parts)
    for index in range(len(parts) - 1, -1, -1):
        if index in tagged:
            parts[index] = ""
        elif parts[index].strip():
            return


def tag_token(tag: str) -> str | None:
    """Write a tag as ``#tag`` or ``#(two words)``; ``None`` when Argdown cannot hold it.

    >>> tag_token("economy"), tag_token("public money"), tag_token("a)b")
    ('#economy', '#(public money)', None)
    """
    if _SIMPLE_TAG.fullmatch(tag):
        return "#" + tag
    if _PAREN_TAG.fullmatch(tag) and tag == tag.strip() and "  " not in tag:
        return f"#({tag})"
    return None


def dump_data(data: dict[str, Any]) -> str:
    """Write inline data as a one-line YAML flow mapping that no comment syntax can break.

    >>> dump_data({"note": "see http://x <!-- y -->", "n": 1})
    '{note: "see http:\\\\/\\\\/x \\\\u003c!-- y -->", n: 1}'
    """
    return "{" + ", ".join([f"{key}: {dump_value(value)}" for key, value in data.items()]) + "}"


class Json(str):
    """Text already written as [`dump_json`][] writes it: [`dump_value`][] keeps it as it is."""

    __slots__ = ()


def dump_value(value: Any) -> str:
    """[`dump_json`][] for the small values of inline data, a list or mapping member by member.

    JSON's encoder costs microseconds to set up on every call, more than a record of a few
    members takes to write; the text is the same, since escaping a member never touches the
    brackets, commas and colons around it. Large values (the front matter) go to
    [`dump_json`][], whose encoder wins there.

    >>> dump_value([{"speaker": "Ann", "fragments": ["a/b", 1.5, None]}, ()])
    '[{"speaker": "Ann", "fragments": ["a\\\\/b", 1.5, null]}, []]'
    """
    kind = type(value)
    if kind is Json:
        return str(value)
    if kind is list or kind is tuple:
        return "[" + ", ".join([dump_value(member) for member in value]) + "]"
    if kind is dict and all(type(key) is str for key in value):
        items = [f"{dump_json(key)}: {dump_value(member)}" for key, member in value.items()]
        return "{" + ", ".join(items) + "}"
    return dump_json(value)


def dump_json(value: Any) -> str:
    """Write a value as JSON that YAML reads back unchanged and no Argdown syntax can break.

    A plain string (printable ASCII without ``"``, ``\\``, ``/``, ``<`` or ``#``) and an
    ``int`` are written without the encoder, and plain JSON is not searched for what to escape:
    the same text, several times faster.

    >>> dump_json("Ed Balls"), dump_json(12), dump_json("a/b"), dump_json(["é\\x07"])
    ('"Ed Balls"', '12', '"a\\\\/b"', '["é\\\\u0007"]')
    """
    kind = type(value)
    if kind is str:
        if value.isascii() and value.isprintable() and not _needs_json_escape(value):
            return f'"{value}"'
    elif kind is int:
        return str(value)
    dumped = _ENCODER.encode(value)
    if dumped.isascii() and dumped.isprintable() and not _needs_argdown_escape(dumped):
        return dumped
    dumped = dumped.replace("/", "\\/").replace("<", "\\u003c").replace("#", "\\u0023")
    return _not_yaml_printable().sub(lambda m: f"\\u{ord(m.group()):04x}", dumped)


def _needs_argdown_escape(text: str) -> bool:
    """Whether printable ASCII JSON holds a character [`dump_json`][] escapes for Argdown."""
    return "/" in text or "<" in text or "#" in text


def _needs_json_escape(text: str) -> bool:
    """Whether printable ASCII ``text`` holds a character [`dump_json`][] writes escaped."""
    return '"' in text or "\\" in text or "/" in text or "<" in text or "#" in text


_ITEM = re.compile(
    r'\s*([A-Za-z_][\w-]*)\s*:\s+("(?:[^"\\\n]|\\.)*"|-?[1-9]\d*|0|[A-Za-z][\w .-]*?)\s*(,|\}$)'
)
_INT_DIGITS = 4_000  # well below Python's int() limit of 4,300 digits
_YAML_WORDS = {"true", "false", "yes", "no", "on", "off", "null", "y", "n"}


def fast_data(source: str) -> dict[str, Any] | None:
    """Read a simple flow mapping (``{key: word, key: 12, key: "json string"}``) quickly.

    PyYAML takes tens of microseconds per mapping; a 3 MB file holds tens of thousands. Returns
    ``None`` for anything else (lists, floats, YAML's boolean words...), which YAML then reads.

    >>> fast_data('{reason: "direct implication", credence: 10, kind: fact}')
    {'reason': 'direct implication', 'credence': 10, 'kind': 'fact'}
    >>> fast_data("{uses: [1, 2]}") is None, fast_data("{ok: yes}") is None
    (True, True)
    """
    out: dict[str, Any] = {}
    position = 1
    while position < len(source):
        match = _ITEM.match(source, position)
        if match is None:
            return None if source[position:].strip() != "}" or out else {}
        value = match.group(2)
        if value.startswith('"'):
            if "\\ud" in value.lower():
                return None  # maybe a lone surrogate: YAML reads it and the reader refuses it
            try:
                out[match.group(1)] = json.loads(value)
            except ValueError:
                return None
        elif value[0].isdigit() or value[0] == "-":
            if len(value) > _INT_DIGITS:
                return None  # YAML reads it, and says what is wrong
            out[match.group(1)] = int(value)
        elif value.lower() in _YAML_WORDS:
            return None
        else:
            out[match.group(1)] = value
        position = match.end()
    return out
