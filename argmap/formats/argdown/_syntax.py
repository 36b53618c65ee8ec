"""Read Argdown text into a light syntax tree: elements, premise–conclusion structures, relations.

A hand-written line tokenizer: Argdown is line-based (relations on indented lines, numbered
premises, inference lines), so each line is classified by one regular expression and a small
state machine builds the tree. It is iterative and linear in the size of the text. The common
line shapes (``_shapes.py``) are read by one expression each, before that general path.

>>> doc = parse("[Tax]: Taxes are high. #economy\\n  - [Low]: Taxes are low.")
>>> [(e.title, e.text, e.tags) for e in doc.elements]
[('Tax', 'Taxes are high.', ['economy']), ('Low', 'Taxes are low.', [])]
>>> [(r.parent.title, r.marker, r.child.title) for r in doc.relations]
[('Tax', '-', 'Low')]
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from argmap.exceptions import DocumentError
from argmap.formats._limits import short
from argmap.formats.argdown._classes import Classes, TitleClass, class_of
from argmap.formats.argdown._shapes import DEFINITION, PREMISE, RELATION
from argmap.formats.argdown._source import MARK, load_yaml, prepare
from argmap.formats.argdown._text import fast_data, split_text
from argmap.formats.argdown._tree import EMPTY, Document, Element, Inference, Relation

__all__ = ["Document", "Element", "Inference", "Relation", "parse"]

# A title, bracketed, with its colon (group 4 ends there), then the white space after it.
_DEFINITION = re.compile(r"([\[<])([^\]>\\]*(?:\\.[^\]>\\]*)*)([\]>])(:?)(?=\s|$)\s*+")
# Every line in one match: its indentation (group 1), then what it starts with. The line itself
# is matched, not its stripped copy: the same tokens, since ``\s`` is ``str.isspace``.
_LINE = re.compile(
    r"(\s*+)(?:"
    r"(?P<inference>--)"
    r"|(?P<pcs>\(\d+\)(?:\s+|$))"
    r"|(?P<relation>(?P<marker><\+|<-|<_|\+>|->|_>|><|\+|-|_)(?:\s+|$))"
    r"|(?P<heading>#{1,6}(?:\s+|$))"
    r"|(?P<text>))"
)
_INFERENCE = re.compile(r"--+\s*(.*?)\s*--+$")
_OPENER = re.compile(r"-{2,3}$")
_CLOSER = re.compile(r"-{2,}$")
_LIST = re.compile(r"(?:\*|\d+\.)\s+")
_LIST_FIRST = frozenset("*0123456789")
_UNREAD: dict[str, Any] = {}  # an inline-data source not read yet


class _Parser:
    """The state machine over lines; see [`parse`][]."""

    def __init__(self, file: str | None, *, shapes: bool = True) -> None:
        self.file = file
        self.shapes = shapes  # read the common line shapes by their own expressions
        self.doc = Document(classes={})
        self.classes: Classes = self.doc.classes  # type: ignore[assignment]
        self.elements = self.doc.elements
        self.relations = self.doc.relations
        self.open: Element | None = None  # the element whose text may continue
        self.open_indent = 0
        self.tree: list[tuple[int, Element]] = []  # relation parents by indentation
        self.pcs_owner: Element | None = None  # argument whose PCS is being read
        self.pending: Inference | None = None  # inference before the next PCS statement
        self.rule_lines: list[str] | None = None  # inside a multi-line inference
        self.last_argument: Element | None = None
        self.in_heading = False  # a heading runs on until a blank line
        self.data: dict[str, dict[str, Any] | None] = {}  # inline data read so far, by source

    def error(self, message: str, line: int, column: int | None = None) -> DocumentError:
        return DocumentError(message, file=self.file, line=line, column=column)

    def run(self, text: str) -> Document:
        text, first, front = prepare(text, self.file)
        if front is not None:
            self.doc.front = self.load_yaml(front, 2, "front matter")
        lines = enumerate(text.split("\n"), start=first)
        if self.shapes:
            self.read_shapes(lines)
        else:
            line, blank = self.line, self.blank
            for number, content in lines:
                if content:
                    line(content, number)
                else:
                    blank()
        self.finish(first + text.count("\n"))
        return self.doc

    def read_shapes(self, lines: Iterable[tuple[int, str]]) -> None:
        """Read the lines: one of a common shape by its expression when the state lets it mean
        what it means on its own (no open text it could continue, no heading or multi-line
        inference it could belong to), any other by [`line`][]. The same tree either way."""
        line, blank = self.line, self.blank
        relation, definition, premise = RELATION.fullmatch, DEFINITION.fullmatch, PREMISE.fullmatch
        for number, content in lines:
            if not content:
                blank()
                continue
            start = content[0]
            if start == " ":
                match = relation(content)
                if match is not None and self.tree and self.rule_lines is None:
                    indent, marker, statement, argument, rest = match.groups()
                    parent = self.relation_parent(len(indent))
                    kind = "statement" if argument is None else "argument"
                    column = len(indent) + len(marker) + 2
                    child = self.occurrence(kind, statement or argument, rest, number, column)
                    self.relate(parent, marker, child, len(indent), number)
                    continue
            elif start == "[" or start == "<":
                match = definition(content)
                if match is not None and self.open is None and self.idle():
                    statement, argument, rest = match.groups()
                    kind = "statement" if argument is None else "argument"
                    self.pcs_owner = None
                    element = self.occurrence(kind, statement or argument, rest, number, 1)
                    self.tree = [(0, element)]
                    self.open_indent = 0
                    continue
            elif start == "(":
                match = premise(content)
                if match is not None and self.rule_lines is None:
                    numbered, title, rest = match.groups()
                    owner = self.pcs_open(number)
                    statement = self.occurrence("statement", title, rest, number, len(numbered) + 1)
                    self.pcs_link(owner, statement)
                    self.tree = [(0, statement)]
                    self.open_indent = 0
                    continue
            line(content, number)

    def idle(self) -> bool:
        """Whether a top-level line starts afresh: no heading or multi-line inference runs on."""
        return self.rule_lines is None and not self.in_heading

    def load_yaml(self, source: str, line: int, what: str) -> dict[str, Any]:
        return load_yaml(source, line, what, self.file)

    # ------------------------------------------------------------ lines

    def line(self, line: str, number: int) -> None:
        if not line:
            self.blank()
            return
        if MARK in line:
            line = line.replace(MARK, "")
            if not line.strip():
                return
        match = _LINE.match(line)
        assert match is not None  # the last alternative matches anything
        indent = match.end(1)
        if indent == len(line):
            self.blank()
            return
        group = match.lastgroup
        if group == "relation" and self.rule_lines is None:
            marker = match.group(5)  # "marker"
            if not self.tree:
                raise self.error(
                    f"relation {marker!r} has no statement or argument above it to relate to",
                    number,
                    indent + 1,
                )
            self.relation(marker, line[match.end() :].rstrip(), indent, number, indent + 1)
            return
        stripped = line[indent:].rstrip()
        column = indent + 1
        if self.rule_lines is not None:
            if _CLOSER.match(stripped):
                self.close_rule(number)
            else:
                self.rule_lines.append(stripped)
        elif group == "inference":
            self.inference(stripped, number, column)
        elif group == "heading" and indent == 0:
            self.end_open()
            self.tree.clear()
            self.doc.headings.append(stripped.lstrip("#").strip())
            self.in_heading = True
        elif group == "pcs":
            self.pcs_statement(line[match.end() :].rstrip(), number, match.end() + 1)
            self.tree = [(indent, self.open)] if self.open else []
            self.open_indent = indent
        else:
            self.text_line(stripped, indent, number, column)

    def blank(self) -> None:
        self.in_heading = False
        if self.open is not None:
            self.end_open()
        self.tree.clear()
        if self.pcs_owner is not None and self.pending is None and self.has_conclusion():
            self.pcs_owner = None

    def has_conclusion(self) -> bool:
        owner = self.pcs_owner
        return owner is not None and any(i is not None for i in owner.inferences)

    def text_line(self, stripped: str, indent: int, number: int, column: int) -> None:
        if self.in_heading:
            self.doc.headings[-1] += " " + stripped
            return
        list_item = _LIST.match(stripped) if stripped[0] in _LIST_FIRST else None
        starts_new = list_item or (indent < self.open_indent and _DEFINITION.match(stripped))
        if self.open is not None:
            if not starts_new:
                raw = self.open.raw
                if raw:
                    raw.append(stripped)
                else:
                    self.open.raw = [stripped]
                return
            self.end_open()
        self.pcs_owner = None
        if list_item:
            stripped = stripped[list_item.end() :]
            column += list_item.end()
        element = self.element(stripped, number, column)
        self.tree = [(indent, element)]
        self.open_indent = indent

    def relation(self, marker: str, content: str, indent: int, number: int, column: int) -> None:
        parent = self.relation_parent(indent)
        if not content:
            raise self.error(f"relation {marker!r} names no statement or argument", number, column)
        child = self.element(content, number, column + len(marker) + 1)
        self.relate(parent, marker, child, indent, number)

    def relation_parent(self, indent: int) -> Element:
        """The element a relation line at ``indent`` relates to (the open text ended)."""
        if self.open is not None:
            if self.open.raw:
                self.end_open()
            else:  # a bare reference: nothing to end
                self.open = None
        tree = self.tree
        while len(tree) > 1 and tree[-1][0] >= indent:
            tree.pop()
        return tree[-1][1]

    def relate(self, parent: Element, marker: str, child: Element, indent: int, line: int) -> None:
        """Record the relation of a line, whose child may have children below it."""
        self.last_argument = None  # a PCS after a blank line belongs to top-level arguments only
        self.relations.append(Relation(parent, marker, child, line))
        self.tree.append((indent, child))
        self.open_indent = indent

    def element(self, content: str, number: int, column: int) -> Element:
        match = _DEFINITION.match(content)
        if match:
            opener, name, closer, colon = match.groups()
            if (opener == "[") != (closer == "]"):
                title_text = short(content[: match.end(4)])
                raise self.error(f"title {title_text!r} has unmatched brackets", number)
            kind = "statement" if opener == "[" else "argument"
            title: str | None = (re.sub(r"\\(.)", r"\1", name) if "\\" in name else name).strip()
            rest = content[match.end() :]
            if not colon and rest and rest[0] not in "{#":
                # "[link] text" without a colon is not a title but plain text.
                kind, title, rest = "statement", None, content
        else:
            kind, title, rest = "statement", None, content
        return self.occurrence(kind, title, rest, number, column)

    def occurrence(
        self, kind: str, title: str | None, rest: str | None, number: int, column: int
    ) -> Element:
        """A new element, its text to come (``rest`` so far), grouped into its class."""
        element = Element(kind, title, number, column)
        if rest:
            element.raw = [rest]
        elements = self.elements
        # Its equivalence class (see _classes.group, which does the same for a finished tree).
        key = (kind, title or len(elements))
        classes = self.classes
        cls = classes.get(key)
        if cls is None:
            cls = classes[key] = TitleClass(kind, title, element)
        element.cls = cls
        elements.append(element)
        self.open = element
        self.last_argument = element if kind == "argument" else None
        return element

    def end_open(self) -> None:
        """Finish the open element: its text, tags and data, gathered into its class."""
        element = self.open
        if element is None:
            return
        self.open = None
        raw = element.raw
        if raw:
            try:
                element.text, element.tags, data = split_text(
                    raw[0] if len(raw) == 1 else " ".join(raw)
                )
            except ValueError as exc:
                raise self.error(str(exc), element.line, element.column) from None
            if data is not None:
                element.data = self.inline_data(data, element.line)
            element.raw = EMPTY
            if element.text or element.tags or element.data:
                element.cls.absorb(element)  # type: ignore[union-attr]

    def inline_data(self, source: str, line: int) -> dict[str, Any]:
        """Read ``{...}`` data: the simple shapes quickly, each source once, YAML otherwise."""
        known = self.data.get(source, _UNREAD)
        if known is _UNREAD:
            known = self.data[source] = fast_data(source)
        if known is None:
            return self.load_yaml(source, line, "inline data")
        return dict(known)  # a copy: elements never share a mutable value

    # ------------------------------------------------------------ premise–conclusion structures

    def pcs_statement(self, content: str, number: int, column: int) -> None:
        owner = self.pcs_open(number)
        if content.startswith("<"):
            raise self.error(
                "an argument cannot be a premise or conclusion; use a statement [Title]",
                number,
                column,
            )
        self.pcs_link(owner, self.element(content, number, column))

    def pcs_open(self, number: int) -> Element:
        """The argument a numbered statement at line ``number`` belongs to (a new one when
        none is open), the open text ended."""
        self.end_open()
        owner = self.pcs_owner
        if owner is None:
            last = self.last_argument
            if last is not None and not last.pcs:
                owner = last
            else:
                owner = Element("argument", None, number, 1)
                class_of(self.classes, owner, len(self.doc.elements))
                self.doc.elements.append(owner)
            self.pcs_owner = owner
        return owner

    def pcs_link(self, owner: Element, statement: Element) -> None:
        """Make ``statement`` the next of ``owner``'s premise–conclusion structure."""
        self.last_argument = None
        statement.argument = owner
        owner.pcs.append(statement)
        if len(owner.pcs) == 1:
            owner.cls.absorb_pcs(owner)  # type: ignore[union-attr]
        owner.inferences.append(self.pending)
        self.pending = None

    def inference(self, stripped: str, number: int, column: int) -> None:
        self.end_open()
        self.tree.clear()
        if self.pcs_owner is None or not self.pcs_owner.pcs:
            raise self.error(
                "inference line outside a premise–conclusion structure; number the premises "
                "(1), (2), ... above it",
                number,
                column,
            )
        if self.pending is not None:
            raise self.error("two inference lines in a row; a conclusion must follow", number)
        if _OPENER.match(stripped):
            self.rule_lines = []
            self.pending = Inference(line=number)
            return
        match = _INFERENCE.match(stripped)
        if match is None:
            raise self.error("invalid inference line; write '----' or '-- rule --'", number, column)
        self.pending = Inference(rule=match.group(1), line=number)
        self.split_rule(self.pending)

    def close_rule(self, number: int) -> None:
        assert self.pending is not None and self.rule_lines is not None
        self.pending.rule = " ".join(self.rule_lines)
        self.rule_lines = None
        self.split_rule(self.pending)

    def split_rule(self, inference: Inference) -> None:
        try:
            rule, _tags, data = split_text(inference.rule)
        except ValueError as exc:
            raise self.error(str(exc), inference.line) from None
        inference.rule = rule
        if data is not None:
            inference.data = self.load_yaml(data, inference.line, "inference data")

    def finish(self, last_line: int) -> None:
        if self.rule_lines is not None:
            assert self.pending is not None
            raise self.error("multi-line inference is never closed with '--'", self.pending.line)
        self.end_open()
        if self.pending is not None:
            raise self.error("inference line without a conclusion after it", self.pending.line)
        for element in self.doc.elements:
            if element.pcs and element.inferences[-1] is None:
                raise self.error(
                    "premise–conclusion structure without an inference line before its "
                    "conclusion; add '----' above the last statement",
                    element.pcs[-1].line,
                )


def parse(text: str, *, file: str | None = None, shapes: bool = True) -> Document:
    """Parse Argdown text into a [`Document`][].

    Args:
        text: the Argdown source.
        file: its file name, for error messages.
        shapes: read the common line shapes by their own expressions (the same tree; off,
            every line takes the general path, which the tests compare it with).

    Returns:
        The syntax tree.

    Raises:
        DocumentError: on invalid syntax, naming the line and column.

    >>> parse("(1) A\\n----\\n(2) B").elements[0].pcs[1].text
    'B'
    >>> parse("  + B")
    Traceback (most recent call last):
    ...
    argmap.exceptions.DocumentError: line 1:3: relation '+' has no statement or argument above it \
to relate to
    """
    return _Parser(file, shapes=shapes).run(text)
