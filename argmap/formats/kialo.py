"""Read Kialo discussion exports: the numbered pro/con tree kialo.com writes as text.

An export starts with ``Discussion Title: ...`` and a blank line, then one node per
numbered line (a node's text may run on over further lines):

* ``1. text``, the thesis, becomes the central claim ``k1``;
* ``N. Pro: text`` becomes the claim ``kN`` and the argument ``kN-pro`` (premise ``kN``,
  conclusion the parent's claim);
* ``N. Con: text`` becomes the claim ``kN`` and the rebuttal ``kN-con`` (``kN`` rebuts the
  parent's claim, whether the parent is the thesis, a pro or a con);
* ``N. Pro: -> See M.`` (or ``Con:``) is a link: no new claim, but ``kN-pro`` (``kN-con``)
  supports (rebuts) the parent's claim with the existing claim ``kM``.

The title becomes the map's title, and its question when it ends with ``?``. One
[`Source`][argmap.model.elements.Source] with the id ``kialo`` stands for the discussion. Kialo
exports
name no authors, so the map has no actors and no attributions. Reading only: argmap does not
write this format.

>>> m = loads('''Discussion Title: Should we build the tram?
...
... 1. We should build the tram.
... 1.1. Pro: Traffic jams cost money.
... 1.1.1. Con: Jams are rare here.
... 1.2. Con: The tram is expensive.
... 1.2.1. Con: -> See 1.1.
... ''')
>>> m.question, m.central.id, [c.id for c in m.claims]
('Should we build the tram?', 'k1', ['k1', 'k1.1', 'k1.1.1', 'k1.2'])
>>> [(a.id, a.premises, a.conclusion) for a in m.arguments]
[('k1.1-pro', ('k1.1',), 'k1')]
>>> [(r.id, r.attacker, r.target) for r in m.rebuttals]
[('k1.1.1-con', 'k1.1.1', 'k1.1'), ('k1.2-con', 'k1.2', 'k1'), ('k1.2.1-con', 'k1.1', 'k1.2')]
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from argmap.exceptions import ArgmapError, DocumentError
from argmap.formats._kialo_lines import Node, scan
from argmap.formats._limits import check_surrogates, short, shorten
from argmap.model import (
    Argument,
    ArgumentMap,
    AttackKind,
    Claim,
    Element,
    Rebuttal,
    Source,
    SourceKind,
)

__all__ = ["SOURCE_ID", "claim_id", "loads"]

SOURCE_ID = "kialo"
"""The id of the one source that stands for the discussion."""


def claim_id(key: str) -> str:
    """Return the claim id for a Kialo number, with or without its final dot.

    >>> claim_id("1.2.3."), claim_id("1")
    ('k1.2.3', 'k1')
    """
    return "k" + key.rstrip(".")


def loads(text: str, *, filename: str | None = None) -> ArgumentMap:
    """Read one Kialo text export.

    Args:
        text: the export, header optional.
        filename: named in errors and recorded as the source's file.

    Returns:
        The map: claims ``k<number>``, arguments ``k<number>-pro``, rebuttals
        ``k<number>-con``, one source, the thesis as central claim.

    Raises:
        DocumentError: a line that is neither the header, a numbered node nor the rest of a
            node's text; a number whose parent is not above it; a repeated number; an unknown
            or missing stance word; an empty claim; a link to a number not in the export, a
            link circle, or a link that would make a claim support or attack itself.
    """
    check_surrogates(text, file=filename)
    title, nodes = scan(text, filename=filename)
    return _build(title, nodes, filename)


def _build(title: str | None, nodes: list[Node], filename: str | None) -> ArgumentMap:
    """The map of the scanned nodes; text the model refuses (a NUL...) is located at its node."""
    thesis = nodes[0]
    if thesis.link is not None:
        raise DocumentError("the thesis cannot be a link", file=filename, line=thesis.line)
    question = title if title is not None and title.rstrip().endswith("?") else None
    elements: list[Element] = []
    lines: list[int] = []
    with _at(1, filename):
        elements.append(_source(title, filename))
        lines.append(1)
    for node in nodes:
        if node.link is None:
            with _at(node.line, filename):
                elements.append(Claim(id=claim_id(node.key), text=node.text))
                lines.append(node.line)
    claims = _resolve_links(nodes, filename)
    for node in nodes[1:]:
        assert node.parent is not None  # only the thesis has no parent
        own, parent = claims[node.key], claims[node.parent]
        if own == parent:
            raise DocumentError(
                f"node {short(node.key)}. links to {short(node.link or '')}., the claim of its own "
                "parent "
                f"{short(node.parent)}.: a claim cannot support or attack itself",
                file=filename,
                line=node.line,
            )
        key = claim_id(node.key)
        with _at(node.line, filename):
            if node.stance == "pro":
                elements.append(Argument(id=f"{key}-pro", premises=[own], conclusion=parent))
            else:
                elements.append(
                    Rebuttal(id=f"{key}-con", kind=AttackKind.REBUT, attacker=own, target=parent)
                )
            lines.append(node.line)
    try:
        return ArgumentMap.from_elements(
            elements,
            title=title,
            question=question,
            central=claim_id(thesis.key),
            locations=[str(index) for index in range(len(elements))],
        )
    except DocumentError as error:  # an element at fault: locate it at its node's line
        where = error.location or ""
        line = lines[int(where)] if where.isdigit() else thesis.line
        raise DocumentError(shorten(ValueError(error.message)), file=filename, line=line) from None
    except ArgmapError as error:  # the title, checked by the map
        raise DocumentError(shorten(error), file=filename, line=1) from None


def _source(title: str | None, filename: str | None) -> Source:
    return Source(
        id=SOURCE_ID,
        title=title or "Kialo discussion",
        kind=SourceKind.OTHER,
        outlet="Kialo",
        file=filename,
    )


@contextmanager
def _at(line: int, filename: str | None) -> Iterator[None]:
    """Turn a model error inside the block into a DocumentError at ``line``."""
    try:
        yield
    except DocumentError:
        raise
    except ArgmapError as exc:
        raise DocumentError(shorten(exc), file=filename, line=line) from None


def _resolve_links(nodes: list[Node], filename: str | None) -> dict[str, str]:
    """Map every node's key to the id of the claim it stands for (links to their target's)."""
    by_key = {node.key: node for node in nodes}
    claims: dict[str, str] = {}
    for node in nodes:
        path: list[Node] = []
        on_path: set[str] = set()
        current = node
        while current.link is not None and current.key not in claims:
            if current.key in on_path:
                chain = short(" -> ".join(f"{short(n.key)}." for n in [*path, current]), 200)
                raise DocumentError(
                    f"links go round in a circle: {chain}", file=filename, line=node.line
                )
            path.append(current)
            on_path.add(current.key)
            target = by_key.get(current.link)
            if target is None:
                raise DocumentError(
                    f"node {short(current.key)}. links to {short(current.link)}., which is not in "
                    "the export",
                    file=filename,
                    line=current.line,
                )
            current = target
        found = claims.get(current.key, claim_id(current.key))
        for step in [*path, current]:
            claims[step.key] = found
    return claims
