"""Fast node and edge statements for big diagrams, with the ``graphviz`` package's quoting.

``graphviz.Digraph.node``/``edge`` spend most of their time in a keyword-argument checking
wrapper; on a 1,000-claim map that was most of argmap's build time. These helpers append the
same statements to the graph's body, quoting with the package's own rules (an HTML-like label
``<...>`` stays raw unless it is a ``NoHtml`` string; a plain id stays bare; anything else is
double-quoted with its quotation marks escaped). User text must already have gone through
[`argmap.diagram.quoting`][argmap.diagram.quoting].

What a diagram repeats (node names used by many edges, the look of every rebuttal arrow) is
quoted once with [`quote_all`][] and passed on as [`Quoted`][] text, which is not quoted again.

>>> import graphviz
>>> g = graphviz.Digraph()
>>> add_node(g, "n_a", {"label": "<<B>x</B>>", "tooltip": graphviz.nohtml('say "hi"')})
>>> add_edge(g, "n_a", "n_b", {"id": "e1"})
>>> add_edge(g, Quoted('"n-a"'), "n_b", {"style": Quoted('"a b"')})
>>> print(g.source)  # doctest: +NORMALIZE_WHITESPACE
digraph {
        n_a [label=<<B>x</B>> tooltip="say \\"hi\\""]
        n_a -> n_b [id=e1]
        "n-a" -> n_b [style="a b"]
}
<BLANKLINE>
"""

from __future__ import annotations

from collections.abc import Mapping

import graphviz
from graphviz import quoting

from argmap.diagram.quoting import escape_dot_text

__all__ = [
    "Quoted",
    "add_edge",
    "add_node",
    "attribute_list",
    "dot_quote",
    "quote_all",
    "quote_text",
]

_HTML_STRING = quoting.HTML_STRING.match
_ID = quoting.ID.match
_KEYWORDS = quoting.KEYWORDS
_NO_HTML = quoting.NoHtml


class Quoted(str):
    """DOT text already quoted by [`dot_quote`][]: [`dot_quote`][] returns it as it is."""

    __slots__ = ()


def dot_quote(value: str) -> str:
    """Quote a DOT id or attribute value exactly as ``graphviz.quoting.quote`` does.

    >>> dot_quote("tram"), dot_quote("a b"), dot_quote("<x>"), dot_quote(graphviz.nohtml("<x>"))
    ('tram', '"a b"', '<x>', '"<x>"')
    >>> dot_quote(Quoted('"a b"'))
    '"a b"'
    """
    kind = type(value)
    if kind is Quoted:
        return value
    if value[:1] == "<" and not isinstance(value, _NO_HTML) and _HTML_STRING(value):
        return value
    if " " not in value and _ID(value) and value.lower() not in _KEYWORDS:  # no ID has a space
        return value
    if '"' not in value:  # nothing to escape: skip the regular expression
        return f'"{value}"'
    escaped: str = quoting.ESCAPE_UNESCAPED_QUOTES(value)
    return f'"{escaped}"'


def quote_text(text: str, *, tooltip: bool = False) -> Quoted:
    """User text as a DOT string attribute: ``dot_quote(escape_dot(text))`` in one step.

    >>> quote_text('say "no" & go'), quote_text("c1")
    ('"say \\\\"no\\\\" &amp; go"', 'c1')
    """
    escaped = escape_dot_text(text, tooltip=tooltip)  # never HTML: the text is a string
    if " " not in escaped and _ID(escaped) and escaped.lower() not in _KEYWORDS:
        return Quoted(escaped)
    if '"' in escaped:
        escaped = quoting.ESCAPE_UNESCAPED_QUOTES(escaped)
    return Quoted(f'"{escaped}"')


def quote_all(attributes: Mapping[str, str]) -> dict[str, str]:
    """Return ``attributes`` with every value quoted once (as [`Quoted`][] text).

    >>> quote_all({"style": "dashed", "tooltip": "rebuts it"})
    {'style': 'dashed', 'tooltip': '"rebuts it"'}
    """
    return {key: Quoted(dot_quote(value)) for key, value in attributes.items()}


def attribute_list(attributes: Mapping[str, str]) -> str:
    """Return `` [key=value ...]`` (keys sorted, as graphviz does), or ``""`` for none.

    >>> attribute_list({"id": "e1", "color": "#fff"})
    ' [color="#fff" id=e1]'
    """
    if not attributes:
        return ""
    quote = dot_quote
    items = " ".join(
        [
            f"{key}={value if type(value) is Quoted else quote(value)}"
            for key, value in sorted(attributes.items())
        ]
    )
    return f" [{items}]"


def add_node(graph: graphviz.Digraph, name: str, attributes: Mapping[str, str]) -> None:
    """Append ``name [attributes]`` to ``graph`` (attributes sorted, as graphviz does)."""
    graph.body.append(f"\t{dot_quote(name)}{attribute_list(attributes)}\n")


def add_edge(graph: graphviz.Digraph, tail: str, head: str, attributes: Mapping[str, str]) -> None:
    """Append ``tail -> head [attributes]`` to ``graph``; the names must hold no ``:``."""
    graph.body.append(f"\t{dot_quote(tail)} -> {dot_quote(head)}{attribute_list(attributes)}\n")
