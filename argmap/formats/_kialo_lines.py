"""Split a Kialo text export into its header and numbered nodes (no map building here).

A node is one numbered line, ``1.2.3. Con: text``, plus the lines after it that are not
numbered (the rest of a multi-line claim). Parsing is one pass over the lines, no recursion.

>>> title, nodes = scan("Discussion Title: Tea?\\n\\n1. Tea is good.\\n1.1. Pro: It is warm.\\n")
>>> title, [(n.key, n.stance, n.text, n.line) for n in nodes]
('Tea?', [('1', None, 'Tea is good.', 3), ('1.1', 'pro', 'It is warm.', 4)])
"""

from __future__ import annotations

import re

from attrs import define

from argmap.exceptions import DocumentError
from argmap.formats._limits import short

__all__ = ["STANCES", "Node", "scan"]

_HEADER = re.compile(r"^\ufeff?Discussion Title:[ \t]*(.*?)\s*$")
_NODE = re.compile(r"^(\d+(?:\.\d+)*)\.(?:[ \t]+(.*?))?\s*$")
_STANCE = re.compile(r"^([^\W\d_]+):[ \t]*(.*)$", re.DOTALL)
_LINK = re.compile(r"^->[ \t]*See\b[ \t]*(.*)$", re.DOTALL)
_LINK_TARGET = re.compile(r"^(\d+(?:\.\d+)*)\.?$")
_ESCAPED = re.compile(r"\\([\\`*_{}\[\]()#+\-.!@|~<>])")
STANCES = ("pro", "con")
"""The stance words Kialo writes before a non-thesis node's text, in lower case."""


@define(kw_only=True)
class Node:
    """One numbered node of the tree.

    Attributes:
        key: the Kialo number without its final dot, e.g. ``"1.2.3"``.
        line: the 1-based line of the number.
        stance: ``"pro"`` or ``"con"``; ``None`` for the thesis.
        text: the claim text (markdown escapes removed); empty for a link.
        link: the number a ``-> See N.`` link points to, else ``None``.
    """

    key: str
    line: int
    stance: str | None
    text: str = ""
    link: str | None = None

    @property
    def parent(self) -> str | None:
        """The parent's key; ``None`` for the thesis."""
        return self.key.rpartition(".")[0] or None


def scan(text: str, *, filename: str | None = None) -> tuple[str | None, list[Node]]:
    """Read the header title and the nodes, in file order.

    Args:
        text: the whole export.
        filename: named in errors.

    Returns:
        The discussion title (``None`` without a header) and the nodes; every node's parent
        comes before it.

    Raises:
        DocumentError: a line before the thesis that is not the header, a repeated number, a
            number whose parent is not above it, a second thesis, a missing or unknown stance
            word, an empty claim, a malformed link or text after a link.
    """
    title: str | None = None
    nodes: list[Node] = []
    seen: dict[str, int] = {}
    pending: list[str] = []  # the open node's lines: its first text, then continuations
    for number, raw in enumerate(text.splitlines(), start=1):
        match = _NODE.match(raw)
        if match is None:
            if nodes:
                pending.append(raw.rstrip())
            elif number == 1 and (header := _HEADER.match(raw)):
                title = header[1] or None
            elif raw.strip():
                raise DocumentError(
                    f"expected the header 'Discussion Title: ...' or the thesis '1. ...', "
                    f"got {short(raw.strip())!r}",
                    file=filename,
                    line=number,
                )
            continue
        if nodes:
            _finish(nodes[-1], pending, filename)
        key = match[1]
        _check_place(key, number, seen, nodes, filename)
        seen[key] = number
        nodes.append(Node(key=key, line=number, stance=None))
        pending = [match[2] or ""]
    if not nodes:
        raise DocumentError("no thesis: expected a line '1. ...'", file=filename, line=None)
    _finish(nodes[-1], pending, filename)
    return title, nodes


def _check_place(
    key: str, number: int, seen: dict[str, int], nodes: list[Node], filename: str | None
) -> None:
    if key in seen:
        raise DocumentError(
            f"node {short(key)}. appears twice (first on line {seen[key]})",
            file=filename,
            line=number,
        )
    parent = key.rpartition(".")[0]
    if not parent and nodes:
        raise DocumentError(
            f"a second thesis {short(key)}. (the thesis is {short(nodes[0].key)}. on line "
            f"{nodes[0].line}); "
            "a Kialo export has one thesis, numbered 1.",
            file=filename,
            line=number,
        )
    if parent and parent not in seen:
        raise DocumentError(
            f"node {short(key)}. has no parent: there is no node {short(parent)}. above it",
            file=filename,
            line=number,
        )


def _finish(node: Node, lines: list[str], filename: str | None) -> None:
    """Fill ``node``'s stance, text and link from its lines."""
    body = "\n".join(lines).strip()
    if node.parent is not None:
        stance = _STANCE.match(body)
        if stance is None:
            raise DocumentError(
                f"node {short(node.key)}. has no stance: expected 'Pro:' or 'Con:' after the "
                "number",
                file=filename,
                line=node.line,
            )
        if stance[1].lower() not in STANCES:
            raise DocumentError(
                f"node {short(node.key)}. has the unknown stance {short(stance[1])!r}: expected "
                "Pro or Con",
                file=filename,
                line=node.line,
            )
        node.stance = stance[1].lower()
        body = stance[2].strip()
    link = _LINK.match(body)
    if link is not None:
        target = _LINK_TARGET.match(link[1].strip())
        if target is None:
            raise DocumentError(
                f"node {short(node.key)}.: a link holds only '-> See N.', got {short(body)!r}",
                file=filename,
                line=node.line,
            )
        node.link = target[1]
        return
    if not body:
        raise DocumentError(f"node {short(node.key)}. has no text", file=filename, line=node.line)
    node.text = _ESCAPED.sub(r"\1", body)
