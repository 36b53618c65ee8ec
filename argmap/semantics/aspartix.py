"""The ASPARTIX framework format: ``arg(a).`` and ``att(a,b).`` facts.

Spaces and line breaks may appear between any tokens (``att(a, b).``), several facts may share
a line, and ``%`` starts a comment that runs to the end of the line. A name is a bare constant
(letters, digits, ``_``, ``'``) or a double-quoted string with ``\\"`` and ``\\\\`` escapes.

>>> af = loads("arg(a). arg(b).\\n% b loses\\natt(a, b).\\n")
>>> af.arguments, af.attacks
(('a', 'b'), (('a', 'b'),))
>>> print(dumps(af), end="")
arg(a).
arg(b).
att(a,b).
"""

from __future__ import annotations

import bisect
import re

from argmap._messages import quoted
from argmap.semantics._files import file_functions
from argmap.semantics._reading import prepared
from argmap.semantics.errors import FrameworkFormatError
from argmap.semantics.framework import ArgumentationFramework

__all__ = ["dump", "dumps", "load", "loads"]

_TOKEN = re.compile(
    r"""(?P<space>\s+)|(?P<comment>%[^\n]*)|(?P<name>[A-Za-z0-9_][A-Za-z0-9_']*)"""
    r"""|(?P<quoted>"(?:[^"\\\n]|\\.)*")|(?P<punct>[(),.])"""
)
_BARE = re.compile(r"[a-z][A-Za-z0-9_]*|0|[1-9][0-9]*")
_UNESCAPE = re.compile(r"\\(.)")


def _tokens(text: str, fail: _Failer) -> list[tuple[str, str, int]]:
    """Split ``text`` into (kind, text, offset) tokens, dropping spaces and comments."""
    tokens = []
    offset = 0
    while offset < len(text):
        match = _TOKEN.match(text, offset)
        if match is None:
            what = "an unclosed quoted name" if text[offset] == '"' else repr(text[offset])
            raise fail(f"unexpected {what}", offset)
        kind = match.lastgroup or ""
        if kind not in ("space", "comment"):
            tokens.append((kind, match.group(), offset))
        offset = match.end()
    return tokens


class _Failer:
    """Builds errors at a text offset, as file:line:column."""

    def __init__(self, text: str, filename: str | None) -> None:
        self.filename = filename
        self.starts = [0] + [m.end() for m in re.finditer("\n", text)]

    def __call__(self, message: str, offset: int) -> FrameworkFormatError:
        line = bisect.bisect_right(self.starts, offset)
        column = offset - self.starts[line - 1] + 1
        return FrameworkFormatError(message, file=self.filename, line=line, column=column)


def _name(token: tuple[str, str, int]) -> str:
    kind, text, _ = token
    if kind != "quoted":
        return text
    return _UNESCAPE.sub(lambda m: "\n" if m.group(1) == "n" else m.group(1), text[1:-1])


def loads(text: str, *, filename: str | None = None) -> ArgumentationFramework:
    """Read a framework from ASPARTIX text.

    Args:
        text: the file's text.
        filename: the file name for error messages.

    Raises:
        FrameworkFormatError: a malformed fact, an unknown predicate, a repeated ``arg``, or an
            ``att`` naming an undeclared argument; the message gives file:line:column.

    >>> loads("arg(a).\\natt(a, z).", filename="x.apx")
    Traceback (most recent call last):
    ...
    argmap.exceptions.FrameworkFormatError: x.apx:2:8: 'z' is not declared by arg(...)
    """
    text = prepared(text, filename)
    fail = _Failer(text, filename)
    tokens = _tokens(text, fail)
    arguments: dict[str, None] = {}
    attacks: list[tuple[tuple[str, str, int], tuple[str, str, int]]] = []
    position = 0
    end = len(text)

    def expect(kinds: tuple[str, ...], what: str) -> tuple[str, str, int]:
        nonlocal position
        if position >= len(tokens):
            raise fail(f"expected {what}, got the end of the file", end)
        token = tokens[position]
        if token[0] not in kinds or (token[0] == "punct" and token[1] != what.strip("'")):
            raise fail(f"expected {what}, got {quoted(token[1])}", token[2])
        position += 1
        return token

    while position < len(tokens):
        predicate = expect(("name",), "'arg' or 'att'")
        if predicate[1] not in ("arg", "att"):
            raise fail(
                f"unknown predicate {quoted(predicate[1])}: expected 'arg' or 'att'", predicate[2]
            )
        expect(("punct",), "'('")
        first = expect(("name", "quoted"), "an argument name")
        if predicate[1] == "arg":
            name = _name(first)
            if name in arguments:
                raise fail(f"argument {quoted(name)} is declared twice", first[2])
            arguments[name] = None
        else:
            expect(("punct",), "','")
            second = expect(("name", "quoted"), "an argument name")
            attacks.append((first, second))
        expect(("punct",), "')'")
        expect(("punct",), "'.'")
    for pair in attacks:
        for token in pair:
            if _name(token) not in arguments:
                raise fail(f"{quoted(_name(token))} is not declared by arg(...)", token[2])
    return ArgumentationFramework(
        arguments=arguments, attacks=[(_name(a), _name(b)) for a, b in attacks]
    )


def _quote(name: str) -> str:
    if _BARE.fullmatch(name):
        return name
    return '"' + name.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def dumps(af: ArgumentationFramework) -> str:
    """Write a framework as ASPARTIX text, quoting names that are not plain constants.

    >>> print(dumps(ArgumentationFramework(arguments=['Mr "X"'])), end="")
    arg("Mr \\"X\\"").
    """
    lines = [f"arg({_quote(name)})." for name in af.arguments]
    lines += [f"att({_quote(a)},{_quote(b)})." for a, b in af.attacks]
    return "\n".join(lines) + "\n" if lines else ""


load, dump = file_functions(loads, dumps, "ASPARTIX")
