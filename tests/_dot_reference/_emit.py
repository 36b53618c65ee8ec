"""Fast node and edge statements for big diagrams, with the ``graphviz`` package's quoting.

``graphviz.Digraph.node``/``edge`` spend most of their time in a keyword-argument checking
wrapper; on a 1,000-claim map that was most of argmap's build time. These helpers append the
same statements to the graph's body, quoting with the package's own rules (an HTML-like label
``<...>`` stays raw unless it is a ``NoHtml`` string; a plain id stays bare; anything else is
double-quoted with its quotation marks escaped). User text must already have gone through
[`argmap.diagram.quoting`][argmap.diagram.quoting].

>>> import graphviz
>>> g = graphviz.Digraph()
>>> add_node(g, "n_a", {"label": "<<B>x</B>>", "tooltip": graphviz.nohtml('say "hi"')})
>>> add_edge(g, "n_a", "n_b", {"id": "e1"})
>>> print(g.source)  # doctest: +NORMALIZE_WHITESPACE
digraph {
        n_a [label=<<B>x</B>> tooltip="say \\"hi\\""]
        n_a -> n_b [id=e1]
}
<BLANKLINE>
"""

from __future__ import annotations

from collections.abc import Mapping

import graphviz
from graphviz import quoting

__all__ = ["add_edge", "add_node", "dot_quote"]


def dot_quote(value: str) -> str:
    """Quote a DOT id or attribute value exactly as ``graphviz.quoting.quote`` does.

    >>> dot_quote("tram"), dot_quote("a b"), dot_quote("<x>"), dot_quote(graphviz.nohtml("<x>"))
    ('tram', '"a b"', '<x>', '"<x>"')
    """
    html = value[:1] == "<" and not isinstance(value, quoting.NoHtml)
    if html and quoting.HTML_STRING.match(value):
        return value
    if quoting.ID.match(value) and value.lower() not in quoting.KEYWORDS:
        return value
    if '"' not in value:  # nothing to escape: skip the regular expression
        return f'"{value}"'
    escaped: str = quoting.ESCAPE_UNESCAPED_QUOTES(value)
    return f'"{escaped}"'


def _attributes(attributes: Mapping[str, str]) -> str:
    items = " ".join(f"{key}={dot_quote(attributes[key])}" for key in sorted(attributes))
    return f" [{items}]" if items else ""


def add_node(graph: graphviz.Digraph, name: str, attributes: Mapping[str, str]) -> None:
    """Append ``name [attributes]`` to ``graph`` (attributes sorted, as graphviz does)."""
    graph.body.append(f"\t{dot_quote(name)}{_attributes(attributes)}\n")


def add_edge(graph: graphviz.Digraph, tail: str, head: str, attributes: Mapping[str, str]) -> None:
    """Append ``tail -> head [attributes]`` to ``graph``; the names must hold no ``:``."""
    graph.body.append(f"\t{dot_quote(tail)} -> {dot_quote(head)}{_attributes(attributes)}\n")
