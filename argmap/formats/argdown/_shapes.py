"""The common Argdown line shapes, each read by one regular expression before the general path.

Three shapes make up most lines of real and generated files: a relation to a bare reference
or a definition (``  <+ [S1]``, ``  <+ <A1>: text``), a top-level definition or reference
(``[S1]: text #tag {data}``, ``<A1>``) and a premise–conclusion statement (``(1) [S1]``).
[`read_shapes`][], the [parser][argmap.formats.argdown._syntax.parse]'s loop over lines,
tries the shape the line's first character points to; a match gives what the general path
(the line's token, then the element's ``_DEFINITION``) would find, in one step. Anything else
(tabs, trailing or Unicode spaces, escapes, comment marks, unmatched brackets, text after a
bare reference) does not match and takes the general path, so every shape is a strict subset
of what that path reads the same way. ``tests/test_argdown_shapes.py`` compares both paths
over generated and hostile lines.

>>> RELATION.fullmatch("  <+ [S1]").groups()
('  ', '<+', 'S1', None, None)
>>> DEFINITION.fullmatch("<A1>: Generated argument.").groups()
(None, 'A1', 'Generated argument.')
>>> PREMISE.fullmatch("(2) [S7]").groups()
('(2) ', 'S7', None)
>>> RELATION.fullmatch("  <+ [S1] more") is None, DEFINITION.fullmatch("[S1]:x") is None
(True, True)
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from argmap.formats.argdown._syntax import _Parser

__all__ = ["DEFINITION", "PREMISE", "RELATION", "read_shapes"]

# A title as the general path reads it, already stripped: no white space at either end, no
# closing bracket or backslash (an escape) inside, and no comment mark. It never starts with
# "+", "-" or "_", so that "<+ x>" stays the relation the general path reads it as.
_TITLE = r"([^\s\]>\\\x01+\-_](?:[^\]>\\\x01]*[^\s\]>\\\x01])?)"
# The text after a definition's colon: starts and ends with what is not white space.
_REST = r"([^\s\x01](?:[^\x01]*[^\s\x01])?)"
# A bracketed title, then either nothing, a colon alone, or a colon, spaces and text.
_STATEMENT = r"\[" + _TITLE + r"\](?::(?: +" + _REST + r")?)?"
_ELEMENT = r"(?:\[" + _TITLE + r"\]|<" + _TITLE + r">)(?::(?: +" + _REST + r")?)?"

RELATION = re.compile(r"( +)(<\+|<-|<_|\+>|->|_>|><|\+|-|_) +" + _ELEMENT)
"""A relation line: indentation, marker, spaces, then a statement or argument (match whole)."""
DEFINITION = re.compile(_ELEMENT)
"""A top-level definition or reference: ``[T]``, ``<T>``, with ``: text`` or without."""
PREMISE = re.compile(r"(\(\d+\) +)" + _STATEMENT)
"""A numbered premise–conclusion statement: ``(N) [T]``, with ``: text`` or without."""


def read_shapes(parser: _Parser, lines: Iterable[tuple[int, str]]) -> None:
    """Read the lines into ``parser``'s tree: one of a common shape by its expression when the
    state lets it mean what it means on its own (no open text it could continue, no heading
    or multi-line inference it could belong to, a statement above a relation), any other by
    the general path (``parser.line``). The tree is the same either way.
    """
    line, blank = parser.line, parser.blank
    relation, definition, premise = RELATION.fullmatch, DEFINITION.fullmatch, PREMISE.fullmatch
    for number, content in lines:
        if not content:
            blank()
            continue
        start = content[0]
        if start == " ":
            match = relation(content)
            if match is not None and parser.tree and parser.rule_lines is None:
                indent, marker, statement, argument, rest = match.groups()
                parent = parser.relation_parent(len(indent))
                kind = "statement" if argument is None else "argument"
                column = len(indent) + len(marker) + 2
                child = parser.occurrence(kind, statement or argument, rest, number, column)
                parser.relate(parent, marker, child, len(indent), number)
                continue
        elif start == "[" or start == "<":
            match = definition(content)
            if match is not None and parser.open is None and parser.idle():
                statement, argument, rest = match.groups()
                kind = "statement" if argument is None else "argument"
                parser.pcs_owner = None
                element = parser.occurrence(kind, statement or argument, rest, number, 1)
                parser.tree = [(0, element)]
                parser.open_indent = 0
                continue
        elif start == "(":
            match = premise(content)
            if match is not None and parser.rule_lines is None:
                numbered, title, rest = match.groups()
                owner = parser.pcs_open(number)
                statement = parser.occurrence("statement", title, rest, number, len(numbered) + 1)
                parser.pcs_link(owner, statement)
                parser.tree = [(0, statement)]
                parser.open_indent = 0
                continue
        line(content, number)
