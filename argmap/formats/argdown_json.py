"""Read Argdown's own JSON export (``argdown json``, the VS Code extension, the web app).

The export lists ``statements`` (equivalence classes, each with the ``members`` where it is
written), ``arguments`` (with their premise–conclusion structure ``pcs``) and ``relations``.
It is turned into the same syntax tree the Argdown text reader builds, and built into a map by
the same code ([`argmap.formats.argdown.reader.build`][argmap.formats.argdown.reader.build]), so an
Argdown file and its JSON
export give the same claims, arguments and rebuttals. Titles Argdown made up (``Untitled 3``)
are dropped; claim ids then come from the text, as for the text. Argdown's strict-mode
relations read as their plain spellings: ``entails`` as support, ``contrary`` and
``contradictory`` as a contradiction (two rebuttals); links get their targets back from the
``ranges``. Reading only: argmap writes Argdown text.

>>> m = loads('''{"statements": {"A": {"members": [{"text": "Ban cars. #city", "tags": ["city"]}]},
...   "B": {"members": [{"text": "Cleaner air."}]}}, "arguments": {},
...   "relations": [{"relationType": "support", "from": "B", "fromType": "equivalence-class",
...                  "to": "A", "toType": "equivalence-class"}]}''')
>>> [(c.id, c.text, c.tags) for c in m.claims]
[('a', 'Ban cars.', ('city',)), ('b', 'Cleaner air.', ())]
>>> [(a.premises, a.conclusion) for a in m.arguments]
[(('b',), 'a')]
"""

from __future__ import annotations

import json
import re
from typing import Any

from argmap.exceptions import DocumentError
from argmap.formats._limits import EXTRA_VALUES, bounded, short, shorten
from argmap.formats.argdown._syntax import Document, Element, Inference, Relation
from argmap.formats.argdown.reader import build
from argmap.model import ArgumentMap

__all__ = ["loads", "looks_like_argdown_json"]

_UNTITLED = re.compile(r"Untitled \d+")
_MARKERS = {
    "support": "+",
    "entails": "+",
    "attack": "-",
    "contrary": "><",
    "undercut": "_",
    "contradictory": "><",
}


def looks_like_argdown_json(document: Any) -> bool:
    """Whether a parsed JSON document is an Argdown export: ``statements``, ``arguments``...

    >>> looks_like_argdown_json({"statements": {}, "arguments": {}, "relations": []})
    True
    >>> looks_like_argdown_json({"argmap": 1, "statements": {}, "arguments": {}})
    False
    """
    return (
        isinstance(document, dict)
        and "argmap" not in document
        and isinstance(document.get("statements"), dict)
        and isinstance(document.get("arguments"), dict)
    )


def _fail(message: str, file: str | None, line: int | None = None) -> DocumentError:
    return DocumentError(message, file=file, line=line)


def _mapping(value: Any, what: str, file: str | None) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise _fail(f"{what} must be a JSON object, got {type(value).__name__}", file)
    return value


def _list(value: Any, what: str, file: str | None) -> list[Any]:
    if value is None:
        return []
    if not isinstance(value, list):
        raise _fail(f"{what} must be a JSON list, got {type(value).__name__}", file)
    return value


def _line(member: dict[str, Any]) -> int:
    line = member.get("startLine")
    return line if isinstance(line, int) and not isinstance(line, bool) and line > 0 else 0


def _links(text: str, ranges: Any) -> str:
    """Put back the Markdown links whose targets the export moved into ``ranges``.

    >>> _links("see the docs now", [{"type": "link", "start": 4, "stop": 11, "url": "u"}])
    'see [the docs](u) now'
    """
    links: list[tuple[int, int, str]] = []
    for item in ranges if isinstance(ranges, list) else []:
        if isinstance(item, dict) and item.get("type") == "link":
            start, stop, url = item.get("start"), item.get("stop"), item.get("url")
            if not (isinstance(start, int) and isinstance(stop, int) and isinstance(url, str)):
                continue
            if 0 <= start <= stop < len(text):
                links.append((start, stop, url))
    end = len(text) + 1
    for start, stop, url in sorted(links, reverse=True):
        if stop < end:  # overlapping ranges: keep the later one
            text = f"{text[:start]}[{text[start : stop + 1]}]({url}){text[stop + 1 :]}"
            end = start
    return text


def _text(member: dict[str, Any]) -> tuple[str, list[str]]:
    """A member's text and tags; the tags at the very end leave the text (as in Argdown text)."""
    text = member.get("text")
    text = _links(text, member.get("ranges")) if isinstance(text, str) else ""
    tags = [t for t in member.get("tags") or [] if isinstance(t, str) and t]
    for tag in reversed(tags):
        for token in (f"#({tag})", f"#{tag}"):
            stripped = text.rstrip()
            if stripped.endswith(token) and (
                len(stripped) == len(token) or stripped[-len(token) - 1].isspace()
            ):
                text = stripped[: -len(token)]
                break
    return " ".join(text.split()), tags


class _Reader:
    """Turns the export into a [`Document`][]."""

    def __init__(self, file: str | None) -> None:
        self.file = file
        self.doc = Document()
        self.statements: dict[str, Element] = {}
        self.arguments: dict[str, Element] = {}

    def element(self, kind: str, title: str, members: list[Any], what: str) -> Element:
        """One element per distinct defining text; the first stands for the title."""
        own_title = None if _UNTITLED.fullmatch(title) else title
        first: Element | None = None
        texts: set[str] = set()
        for member in members:
            member = _mapping(member, what, self.file)
            text, tags = _text(member)
            data = member.get("data")
            if first is not None and (own_title is None or not (text or tags or data)):
                continue  # an untitled class has one text; a bare reference adds nothing
            if first is not None and text in texts and not tags and not data:
                continue
            element = Element(kind=kind, title=own_title, line=_line(member), column=1)
            element.text, element.tags = text, tags
            element.data = data if isinstance(data, dict) else {}
            texts.add(text)
            self.doc.elements.append(element)
            first = first or element
        if first is None:
            first = Element(kind=kind, title=own_title, line=0, column=1)
            self.doc.elements.append(first)
        return first

    def statement(self, title: str) -> Element:
        found = self.statements.get(title)
        if found is None:
            raise _fail(
                f"the export names the statement {short(title)!r}, which it lacks", self.file
            )
        return found

    def pcs(self, owner: Element, title: str, steps: list[Any]) -> None:
        for step in steps:
            step = _mapping(step, f"argument {short(title)!r}: a pcs step", self.file)
            statement = self.statement(str(step.get("title")))
            statement.argument = owner
            owner.pcs.append(statement)
            inference = step.get("inference")
            if isinstance(inference, dict):
                rules = [str(r) for r in _list(inference.get("inferenceRules"), "rules", self.file)]
                data = inference.get("data")
                owner.inferences.append(
                    Inference(
                        rule=", ".join(rules),
                        data=data if isinstance(data, dict) else {},
                        line=_line(inference),
                    )
                )
            else:
                owner.inferences.append(None)

    def end(self, name: Any, kind: Any) -> Element:
        table = self.arguments if kind in ("argument", "inference") else self.statements
        found = table.get(str(name))
        if found is None:
            raise _fail(f"a relation names {short(str(name))!r}, which the export lacks", self.file)
        return found

    def read(self, document: dict[str, Any]) -> Document:
        statements = _mapping(document["statements"], "statements", self.file)
        for title, ec in statements.items():
            ec = _mapping(ec, f"statement {short(title)!r}", self.file)
            members = _list(ec.get("members"), f"statement {short(title)!r}: members", self.file)
            self.statements[title] = self.element("statement", title, members, "a member")
        arguments = _mapping(document["arguments"], "arguments", self.file)
        for title, argument in arguments.items():
            argument = _mapping(argument, f"argument {short(title)!r}", self.file)
            members = _list(argument.get("members"), f"argument {short(title)!r}", self.file)
            self.arguments[title] = self.element("argument", title, members, "a member")
        for title, argument in arguments.items():
            steps = _list(argument.get("pcs"), f"argument {short(title)!r}: pcs", self.file)
            self.pcs(self.arguments[title], title, steps)
        for relation in _list(document.get("relations"), "relations", self.file):
            relation = _mapping(relation, "a relation", self.file)
            kind = relation.get("relationType")
            marker = _MARKERS.get(kind) if isinstance(kind, str) else None
            if marker is None:
                raise _fail(f"unknown relation type {short(str(kind))!r}", self.file)
            source = self.end(relation.get("from"), relation.get("fromType"))
            target = self.end(relation.get("to"), relation.get("toType"))
            self.doc.relations.append(
                Relation(parent=target, marker=marker, child=source, line=target.line or 1)
            )
        return self.doc


def loads(text: str, *, filename: str | None = None) -> ArgumentMap:
    """Read an Argdown JSON export as an argument map.

    Args:
        text: the JSON text.
        filename: its file name, for error messages.

    Returns:
        The map, as the Argdown text reader would give for the file that was exported.

    Raises:
        DocumentError: text that is not JSON, not an Argdown export, or an export whose
            references (pcs, relations) name what it lacks.
    """
    try:
        document = json.loads(text.removeprefix("\ufeff"))
    except (ValueError, RecursionError) as exc:
        raise _fail(f"not valid JSON: {shorten(exc)}", filename) from None
    if not looks_like_argdown_json(document):
        raise _fail(
            "not an Argdown JSON export: expected an object with 'statements' and 'arguments'",
            filename,
        )
    problem = bounded(document, budget=len(text) + EXTRA_VALUES)
    if problem is not None:
        raise _fail(f"the document {problem}", filename)
    return build(_Reader(filename).read(document), filename=filename, drop_dangling=True)
