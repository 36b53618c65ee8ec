"""Fast node and edge statements for big diagrams, quoted by the ``graphviz`` package's rules.

``graphviz.Digraph.node``/``edge`` spend most of their time in a keyword-argument checking
wrapper; on a 1,000-claim map that was most of argmap's build time. These helpers write the
same statements, quoting by the package's own rules (an HTML-like label ``<...>`` stays raw
unless it is a ``NoHtml`` string; a plain id stays bare; anything else is double-quoted with its
quotation marks escaped). The rules are restated here, four definitions of
``graphviz.quoting``, so that writing DOT text does not import ``graphviz`` (its package
imports its whole backend, ``logging`` and ``subprocess`` with it: 20-35 ms of every render);
``tests/test_diagram_batch.py`` checks [`dot_quote`][] against ``graphviz.quoting.quote`` on any
text. User text must already have gone through [`argmap.diagram.quoting`][argmap.diagram.quoting].

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

import re
import sys
from collections.abc import Mapping
from typing import TYPE_CHECKING

from argmap._ascii import made_of
from argmap.diagram.quoting import SEPARATOR, dot_name, escape_dot_text, escape_dot_texts

if TYPE_CHECKING:
    import graphviz

__all__ = [
    "Quoted",
    "add_edge",
    "add_node",
    "attribute_list",
    "dot_quote",
    "names_and_ids",
    "node_name",
    "node_names",
    "quote_all",
    "quote_id",
    "quote_ids",
    "quote_text",
    "quote_texts",
    "quoted_insides",
    "template",
]

# graphviz.quoting's rules (graphviz 0.20-0.21): HTML_STRING, ID, KEYWORDS and
# ESCAPE_UNESCAPED_QUOTES (a quotation mark after an even number of backslashes, or after an
# odd number, the last one dropped, gets one backslash).
_HTML_STRING = re.compile(r"<.*>$", re.DOTALL).match
_ID = re.compile(r"([a-zA-Z_][a-zA-Z0-9_]*|-?(\.[0-9]+|[0-9]+(\.[0-9]*)?))$").match
_KEYWORDS = frozenset({"node", "edge", "graph", "digraph", "subgraph", "strict"})
_QUOTES = re.compile(r'(?P<backslashes>(?:\\{2})*)\\?(?P<quote>")')


def _escape_quotes(text: str) -> str:
    """``graphviz.quoting.ESCAPE_UNESCAPED_QUOTES``: escape every quotation mark not escaped."""
    return _QUOTES.sub(r"\g<backslashes>\\\g<quote>", text)


def _no_html(value: str) -> bool:
    """Whether ``value`` is a ``graphviz.nohtml`` string (there is none before graphviz is
    imported, so this imports nothing)."""
    quoting = sys.modules.get("graphviz.quoting")
    return quoting is not None and isinstance(value, quoting.NoHtml)


_PLAIN = re.compile("[A-Za-z0-9-]+").fullmatch
"""An id with nothing to clean, escape or encode in a node name (most ids)."""


_PLAIN_BYTES = b"-\nABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
"""What plain ids joined by newlines are made of (``_PLAIN``, and the newlines)."""


def _all_plain(joined: str) -> bool:
    r"""Whether ids joined by newlines are each plain (``_PLAIN``): none empty, and nothing
    but ASCII letters, digits, ``-`` and the newlines (told in C by `argmap._ascii.made_of`,
    a few times faster than a regular expression).

    >>> _all_plain("c1\na-b"), _all_plain("c1\n\na-b"), _all_plain("c_1"), _all_plain("é")
    (True, False, False, False)
    """
    if joined[:1] in ("", "\n") or joined[-1] == "\n" or "\n\n" in joined:
        return False
    return made_of(joined, _PLAIN_BYTES)


def _plain_joined(ids: list[str]) -> str | None:
    """The ids joined by newlines when every one is plain (see [`_all_plain`][]), else None."""
    joined = "\n".join(ids)
    return joined if _all_plain(joined) else None


class Quoted(str):
    """DOT text already quoted by [`dot_quote`][]: [`dot_quote`][] returns it as it is."""

    __slots__ = ()


def dot_quote(value: str) -> str:
    """Quote a DOT id or attribute value exactly as ``graphviz.quoting.quote`` does.

    >>> from graphviz import nohtml
    >>> dot_quote("tram"), dot_quote("a b"), dot_quote("<x>"), dot_quote(nohtml("<x>"))
    ('tram', '"a b"', '<x>', '"<x>"')
    >>> dot_quote(Quoted('"a b"'))
    '"a b"'
    """
    kind = type(value)
    if kind is Quoted:
        return value
    if value[:1] == "<" and _HTML_STRING(value) and not _no_html(value):
        return value
    if " " not in value and _ID(value) and value.lower() not in _KEYWORDS:  # no ID has a space
        return value
    if '"' not in value:  # nothing to escape: skip the regular expression
        return f'"{value}"'
    return f'"{_escape_quotes(value)}"'


def quote_text(text: str, *, tooltip: bool = False) -> Quoted:
    """User text as a DOT string attribute: ``dot_quote(escape_dot(text))`` in one step.

    >>> quote_text('say "no" & go'), quote_text("c1")
    ('"say \\\\"no\\\\" &amp; go"', 'c1')
    """
    escaped = escape_dot_text(text, tooltip=tooltip)  # never HTML: the text is a string
    if " " not in escaped and _ID(escaped) and escaped.lower() not in _KEYWORDS:
        return Quoted(escaped)
    if '"' in escaped:
        escaped = _escape_quotes(escaped)
    return Quoted(f'"{escaped}"')


def quote_texts(texts: list[str], *, tooltip: bool = False) -> list[str]:
    """``[quote_text(text, tooltip=tooltip) for text in texts]``, escaped and quoted in one pass.

    The escaped texts are joined by [`SEPARATOR`][argmap.diagram.quoting.SEPARATOR] (no
    cleaned text holds it; the quotation-mark rule only spans backslashes and quotation
    marks, so it never reaches across one), their quotation marks escaped and each text put
    between quotation marks at once; then the texts that are DOT IDs (no space) are left bare.

    >>> quote_texts(['say "no" & go', "c1", "graph"]) == [
    ...     quote_text(t) for t in ['say "no" & go', "c1", "graph"]]
    True
    """
    escaped = escape_dot_texts(texts, tooltip=tooltip)  # never HTML: they are strings
    if not escaped:
        return []
    joined = SEPARATOR.join(escaped)
    if '"' in joined:
        joined = _escape_quotes(joined)
    between = f'"{SEPARATOR}"'
    quoted = f'"{joined.replace(SEPARATOR, between)}"'.split(SEPARATOR)
    for number, text in enumerate(escaped):
        if " " not in text and _ID(text) and text.lower() not in _KEYWORDS:
            quoted[number] = text  # a DOT ID holds no quotation mark: bare as it was
    return quoted


def quoted_insides(texts: list[str], *, tooltip: bool = False) -> list[str]:
    r"""What [`quote_text`][] puts between the quotation marks of each text, in one pass: the
    text escaped ([`escape_dot_text`][argmap.diagram.quoting.escape_dot_text]), its quotation
    marks escaped.

    Pieces made so may be joined inside one pair of quotation marks (a tooltip's lines, joined
    by ``\n``) to give the inside of the whole: escaping is done character by character, and
    with every backslash doubled no piece ends in an odd run of backslashes that would change
    how a quotation mark of the next is escaped. For a text ``quote_text`` leaves bare (a DOT
    ID), the inside is the text itself.

    >>> quoted_insides(['say "no" & go', "c1"])
    ['say \\"no\\" &amp; go', 'c1']
    >>> [f'"{inside}"' for inside in quoted_insides(['say "no" & go'])] == [
    ...     quote_text('say "no" & go')]
    True
    """
    escaped = escape_dot_texts(texts, tooltip=tooltip)  # never HTML: they are strings
    if not escaped:
        return []
    joined = SEPARATOR.join(escaped)
    if '"' not in joined:
        return escaped
    return _escape_quotes(joined).split(SEPARATOR)


def quote_ids(ids: list[str]) -> list[str]:
    """``[quote_text(element_id) for element_id in ids]``, faster when all ids are plain.

    A plain id (ASCII letters, digits, ``-``) needs no escaping: it is a DOT ID, and stays
    bare, when it is a name (a letter, then letters and digits; not a keyword) or a whole
    number; otherwise it is double-quoted. One with a ``-`` after its start (an id made from
    text, as the AIF reader makes them) is neither: it is quoted without a look further.

    >>> quote_ids(["c1", "a-b", "-1", "12", "1a", "node", "Edge2"])
    ['c1', '"a-b"', '-1', '12', '"1a"', '"node"', 'Edge2']
    >>> quote_ids(["a-b", "c--d"])
    ['"a-b"', '"c--d"']
    """
    return _quote_ids(ids, _plain_joined(ids))


def _quote_ids(ids: list[str], joined: str | None) -> list[str]:
    """[`quote_ids`][], given ``joined``: the ids joined by newlines when all are plain."""
    if joined is None:
        return list(map(quote_id, ids))
    return [  # a "-" not at the start is one after it (no slice made to see it)
        f'"{element_id}"'
        if "-" in element_id and element_id[0] != "-"
        else _quote_plain(element_id)
        for element_id in ids
    ]


def _quote_plain(element_id: str) -> str:
    """A plain id, quoted: bare when it is a name (not a keyword) or a whole number."""
    if "-" in element_id:
        bare = element_id[0] == "-" and element_id[1:].isdigit()
    else:
        bare = (element_id[0].isalpha() or element_id.isdigit()) and (
            element_id.lower() not in _KEYWORDS
        )
    return element_id if bare else f'"{element_id}"'


def node_names(ids: list[str]) -> list[str]:
    """``[node_name(element_id) for element_id in ids]``, faster when all ids are plain.

    >>> node_names(["c1", "a-b"])
    ['n_c1', '"n_a-b"']
    >>> node_names(["a-b", "-c"])
    ['"n_a-b"', '"n_-c"']
    """
    return _node_names(ids, _plain_joined(ids))


def _node_names(ids: list[str], joined: str | None) -> list[str]:
    """[`node_names`][], given ``joined``: the ids joined by newlines when all are plain."""
    if joined is None:
        return list(map(node_name, ids))
    return [f'"n_{element_id}"' if "-" in element_id else f"n_{element_id}" for element_id in ids]


def names_and_ids(ids: list[str]) -> tuple[list[str], list[str]]:
    """``(node_names(ids), quote_ids(ids))``, the ids checked for being plain once.

    >>> names_and_ids(["c1", "a-b"])
    (['n_c1', '"n_a-b"'], ['c1', '"a-b"'])
    """
    joined = _plain_joined(ids)
    return _node_names(ids, joined), _quote_ids(ids, joined)


def quote_id(element_id: str) -> Quoted:
    """An element id as a DOT attribute: ``quote_text(element_id)``, faster for plain ids.

    >>> quote_id("c1"), quote_id("a-b"), quote_id("-1"), quote_id("node"), quote_id("a b")
    ('c1', '"a-b"', '-1', '"node"', '"a b"')
    """
    if _PLAIN(element_id):  # nothing to escape, no space, no quotation mark
        if _ID(element_id) and element_id.lower() not in _KEYWORDS:
            return Quoted(element_id)
        return Quoted(f'"{element_id}"')
    return quote_text(element_id)


def node_name(element_id: str) -> Quoted:
    """The quoted DOT node name of an element: ``dot_quote(dot_name(element_id))``.

    >>> node_name("c1"), node_name("a-b"), node_name("a:b")
    ('n_c1', '"n_a-b"', 'n_a_3a_b')
    """
    if _PLAIN(element_id):  # ``dot_name`` keeps it; "n_" makes it a DOT ID unless it has "-"
        return Quoted(f'"n_{element_id}"' if "-" in element_id else f"n_{element_id}")
    return Quoted(dot_quote(dot_name(element_id)))


def template(attributes: Mapping[str, str], *slots: str) -> list[str]:
    """The attribute list of ``attributes`` with ``slots`` (keys) left open, as its pieces.

    Join the pieces with each slot's quoted value between them (in the order of ``slots``,
    which must be sorted) to get ``attribute_list`` of the whole: a look written once.

    >>> pieces = template({"color": "red", "style": "a b"}, "id")
    >>> pieces
    [' [color=red id=', ' style="a b"]']
    >>> pieces[0] + "e1" + pieces[1] == attribute_list({"color": "red", "style": "a b", "id": "e1"})
    True
    """
    marks = {slot: Quoted(f"\x00{number}\x00") for number, slot in enumerate(slots)}
    text = attribute_list({**attributes, **marks})
    return re.split("\x00[0-9]+\x00", text)


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
