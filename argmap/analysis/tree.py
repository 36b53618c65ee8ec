"""The structure around a claim: its reasons and objections, to any depth, as a readable tree.

The tree is kept flat (nodes in preorder, each naming its parent), so a 100,000-step chain
neither recurses nor nests 100,000 levels of dicts when it is turned into JSON.

* A **reason** is an argument for the claim; its children are its premises (claims, expanded in
  turn) and the undercuts of its inference.
* An **objection** is an attack: a rebut or undermine of the claim, or an undercut of an
  argument. The node shows the attacker (a claim, or an argument standing for its conclusion),
  expanded in turn.
* A claim or argument already shown is shown again as a reference (``repeated``) and not
  expanded, so cycles end.

>>> from argmap.model import ArgumentMap
>>> m = ArgumentMap()
>>> _ = m.claim("Build the tram", id="tram"), m.claim("It cuts traffic", id="cuts")
>>> _ = m.claim("It costs too much", id="cost"), m.claim("Counts are old", id="old")
>>> _ = m.support("tram", by="cuts", id="why")
>>> _ = m.rebut("tram", by="cost", id="too-dear")
>>> _ = m.undercut("why", by="old", id="old-data")
>>> print(render(claim_tree(m, "tram")))
[tram] Build the tram
├─ + reason why
│  ├─ [cuts] It cuts traffic
│  └─ − undercut old-data: [old] Counts are old
└─ − rebut too-dear: [cost] It costs too much
"""

from __future__ import annotations

from collections.abc import Iterator
from enum import StrEnum
from typing import Any

from attrs import field, frozen

from argmap.analysis._lookup import require
from argmap.model import Argument, ArgumentMap, AttackKind, Claim, Rebuttal

__all__ = ["ClaimTree", "Node", "Role", "claim_tree", "render"]


class Role(StrEnum):
    """What a node is to its parent."""

    ROOT = "root"
    REASON = "reason"
    PREMISE = "premise"
    OBJECTION = "objection"


def _role(value: Any) -> Role:
    return Role(value)


@frozen(kw_only=True)
class Node:
    """One line of a claim tree.

    Attributes:
        index: the node's place in preorder (the root is 0).
        parent: the parent's index (``None`` for the root).
        depth: 0 for the root, 1 for its reasons and objections, and so on.
        role: root, reason (an argument), premise (a claim of an argument), objection.
        element: the id of the claim or argument shown.
        element_kind: ``"claim"`` or ``"argument"``.
        text: the claim's text, or the argument's title.
        attack: for an objection, the id of the rebuttal.
        attack_kind: for an objection, rebut, undermine or undercut.
        repeated: the element is shown elsewhere in the tree and not expanded here.
        truncated: the element has reasons or objections beyond the depth limit.
    """

    index: int
    parent: int | None
    depth: int
    role: Role = field(converter=_role)
    element: str
    element_kind: str
    text: str | None
    attack: str | None = None
    attack_kind: AttackKind | None = None
    repeated: bool = False
    truncated: bool = False


@frozen(kw_only=True)
class ClaimTree:
    """The tree around one claim: its nodes in preorder."""

    root: str
    nodes: tuple[Node, ...]

    def children(self, index: int) -> list[Node]:
        """The children of a node, in order (linear in the tree's size)."""
        return [n for n in self.nodes if n.parent == index]

    @property
    def claims(self) -> list[str]:
        """The ids of the claims in the tree, each once, in preorder."""
        return list(dict.fromkeys(n.element for n in self.nodes if n.element_kind == "claim"))


# (element id, role, rebuttal or None, parent index, depth)
_Pending = tuple[str, Role, Rebuttal | None, int | None, int]


def claim_tree(
    argument_map: ArgumentMap, claim: str | Claim, *, depth: int | None = None
) -> ClaimTree:
    """Build the tree of reasons and objections around ``claim``.

    Args:
        argument_map: the map.
        claim: the claim (or its id) at the root.
        depth: show nodes down to this depth (the root is depth 0); ``None`` for no limit.

    Returns:
        The tree, built iteratively in time linear in the part of the map it shows.

    Raises:
        UnknownIdError: when the map has no such claim (the message lists close ids).
        ValueError: when ``depth`` is negative.
    """
    if depth is not None and depth < 0:
        raise ValueError(f"depth must be 0 or more, got {depth}")
    root = require(argument_map, claim, Claim)
    nodes: list[Node] = []
    shown: set[str] = set()
    stack: list[_Pending] = [(root.id, Role.ROOT, None, None, 0)]
    while stack:
        element_id, role, rebuttal, parent, level = stack.pop()
        element: Claim | Argument = argument_map.get(element_id)  # type: ignore[assignment]
        repeated = element_id in shown
        shown.add(element_id)
        children = [] if repeated else _children(argument_map, element, level + 1)
        truncated = bool(children) and depth is not None and level >= depth
        index = len(nodes)
        nodes.append(
            Node(
                index=index,
                parent=parent,
                depth=level,
                role=role,
                element=element_id,
                element_kind="claim" if isinstance(element, Claim) else "argument",
                text=_text(element),
                attack=None if rebuttal is None else rebuttal.id,
                attack_kind=None if rebuttal is None else rebuttal.kind,
                repeated=repeated,
                truncated=truncated,
            )
        )
        if not truncated:
            stack.extend((c, r, reb, index, lvl) for c, r, reb, lvl in reversed(children))
    return ClaimTree(root=root.id, nodes=tuple(nodes))


def _children(
    argument_map: ArgumentMap, element: Claim | Argument, level: int
) -> list[tuple[str, Role, Rebuttal | None, int]]:
    found: list[tuple[str, Role, Rebuttal | None, int]] = []
    if isinstance(element, Claim):
        found += [(a.id, Role.REASON, None, level) for a in argument_map.arguments_for(element)]
    else:
        found += [(p, Role.PREMISE, None, level) for p in element.premises]
    found += [(r.attacker, Role.OBJECTION, r, level) for r in argument_map.attacks_on(element)]
    return found


def _text(element: Claim | Argument) -> str | None:
    return element.text if isinstance(element, Claim) else element.title


def render(tree: ClaimTree, *, indent_limit: int = 24) -> str:
    """Draw a claim tree with box-drawing characters, one node a line.

    Lines deeper than ``indent_limit`` levels keep only the last ``indent_limit`` levels of
    indentation and start with ``⋮N`` (N the depth), so the output stays linear in the tree's
    size even for a chain of 100,000 reasons.

    Args:
        tree: the tree from [`claim_tree`][].
        indent_limit: how many levels of indentation to draw at most.

    Returns:
        The drawing, without a final newline.
    """
    return "\n".join(_lines(tree, indent_limit))


def _lines(tree: ClaimTree, indent_limit: int) -> Iterator[str]:
    nodes = tree.nodes
    is_last = [True] * len(nodes)
    last_child: dict[int | None, int] = {}
    for node in nodes:
        if node.parent is not None:
            if node.parent in last_child:
                is_last[last_child[node.parent]] = False
            last_child[node.parent] = node.index
    # guides[d] is what a line deeper than d shows at level d: "│  " or "   ".
    guides: list[str] = []
    for node in nodes:
        label = _label(node)
        if node.parent is None:
            yield label
            continue
        del guides[node.depth - 1 :]
        branch = "└─ " if is_last[node.index] else "├─ "
        shown = guides[-(indent_limit - 1) :] if indent_limit > 1 else []
        prefix = "".join(shown)
        if node.depth > indent_limit:
            prefix = f"⋮{node.depth} " + prefix
        yield prefix + branch + label
        guides.append("   " if is_last[node.index] else "│  ")


def _label(node: Node) -> str:
    if node.element_kind == "claim":
        body = f"[{node.element}] {node.text}"
    else:
        body = f"argument {node.element}" + (f" ({node.text})" if node.text else "")
    if node.role is Role.REASON:
        body = "+ reason " + body.removeprefix("argument ")
    if node.role is Role.OBJECTION:
        body = f"− {node.attack_kind} {node.attack}: {body}"
    if node.repeated:
        body += " (shown above)"
    if node.truncated:
        body += " …"
    return body
