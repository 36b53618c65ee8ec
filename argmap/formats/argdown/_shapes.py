"""The common Argdown line shapes, each read by one regular expression before the general path.

Three shapes make up most lines of real and generated files: a relation to a bare reference
or a definition (``  <+ [S1]``, ``  <+ <A1>: text``), a top-level definition or reference
(``[S1]: text #tag {data}``, ``<A1>``) and a premise–conclusion statement (``(1) [S1]``). The
[parser][argmap.formats.argdown._syntax.parse] tries the shape the line's first character
points to; a match gives what the general path (the line's token, then the element's
``_DEFINITION``) would find, in one step. Anything else (tabs, trailing or Unicode spaces,
escapes, comment marks, unmatched brackets, text after a bare reference) does not match and
takes the general path, so every shape is a strict subset of what that path reads the same
way. ``tests/test_argdown_shapes.py`` compares both paths over generated and hostile lines.

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

__all__ = ["DEFINITION", "PREMISE", "RELATION"]

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
