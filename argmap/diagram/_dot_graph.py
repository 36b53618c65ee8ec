"""The DOT text of a diagram, written as ``graphviz.Digraph`` writes it, without ``graphviz``.

[`to_dot`][argmap.diagram.build.to_dot] returns a ``graphviz.Digraph`` for library users; a
render to DOT text (``argmap render map.json -o map.dot``, the registry's ``dot`` writer) needs
only the text, and importing ``graphviz`` (its whole backend, ``logging`` and ``subprocess``
with it) was 20-35 ms of every such render. [`DotGraph`][] is the part of
``graphviz.Digraph`` the drawing uses (``attr``, ``node``, ``edge``, ``subgraph``, ``body``,
``source``), writing the same lines with the same quoting
([`argmap.diagram._emit`][argmap.diagram._emit]); ``tests/test_diagram_batch.py`` compares it
with ``graphviz.Digraph`` statement by statement, ``tests/test_diagram_frozen.py`` the whole
diagrams.

>>> g = DotGraph("argmap")
>>> g.attr(rankdir="BT", label="a b")
>>> g.attr("node", shape="box")
>>> g.node("n_a", label="<<B>x</B>>", id="a")
>>> with g.subgraph("cluster_0") as cluster:
...     cluster.attr(style="rounded")
...     cluster.edge("n_a", "n_b", id="e1")
>>> print(g.source, end="")
digraph argmap {
        label="a b" rankdir=BT
        node [shape=box]
        n_a [label=<<B>x</B>> id=a]
        subgraph cluster_0 {
                style=rounded
                n_a -> n_b [id=e1]
        }
}
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from argmap.diagram._emit import Quoted, dot_quote

__all__ = ["DotGraph"]


def _items(label: str | None, attributes: dict[str, str | None]) -> str:
    """``graphviz.quoting.a_list``: the label first, then the others sorted; ``None`` left out."""
    items = [] if label is None else [f"label={dot_quote(label)}"]
    items.extend(
        f"{dot_quote(key)}={value if type(value) is Quoted else dot_quote(value)}"
        for key, value in sorted(attributes.items())
        if value is not None
    )
    return " ".join(items)


class DotGraph:
    """A directed graph's DOT statements, as ``graphviz.Digraph(name=name)`` would write them.

    Attributes:
        name: the graph's name (quoted when written).
        body: the statements, each a line with its tab and newline (``graphviz.Digraph.body``).
    """

    __slots__ = ("body", "name")

    def __init__(self, name: str | None = None) -> None:
        self.name = name
        self.body: list[str] = []

    def attr(self, kw: str | None = None, /, **attributes: str | None) -> None:
        """``graphviz.Digraph.attr``: graph attributes (``kw`` None), or ``node``/``edge``
        defaults."""
        if not attributes:
            return
        items = _items(None, attributes)
        if kw is None:
            self.body.append(f"\t{items}\n")
        else:
            self.body.append(f"\t{kw} [{items}]\n" if items else f"\t{kw}\n")

    def node(self, name: str, /, label: str | None = None, **attributes: str | None) -> None:
        """``graphviz.Digraph.node``."""
        items = _items(label, attributes)
        self.body.append(f"\t{dot_quote(name)} [{items}]\n" if items else f"\t{dot_quote(name)}\n")

    def edge(
        self, tail: str, head: str, /, label: str | None = None, **attributes: str | None
    ) -> None:
        """``graphviz.Digraph.edge``, for node names without ports (no ``:``)."""
        if ":" in tail or ":" in head:
            raise ValueError(f"node names with ports are not written here: {tail!r} -> {head!r}")
        items = _items(label, attributes)
        listed = f" [{items}]" if items else ""
        self.body.append(f"\t{dot_quote(tail)} -> {dot_quote(head)}{listed}\n")

    @contextmanager
    def subgraph(self, name: str) -> Iterator[DotGraph]:
        """``graphviz.Digraph.subgraph(name=...)`` as a ``with`` block: its statements are
        added, indented, when the block ends."""
        inner = DotGraph(name)
        yield inner
        self.body.append(f"\tsubgraph {dot_quote(name)} {{\n")
        self.body.extend([f"\t{line}" for line in inner.body])
        self.body.append("\t}\n")

    @property
    def source(self) -> str:
        """The DOT text (``graphviz.Digraph.source``)."""
        head = f"digraph {dot_quote(self.name)} {{\n" if self.name else "digraph {\n"
        return "".join([head, *self.body, "}\n"])
