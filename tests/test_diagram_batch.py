"""The diagram's one-pass helpers give, text by text, what the one-text functions give.

``to_dot`` escapes, quotes and wraps the texts of all claims at once (joined by a character
no cleaned text holds, split again after). Each batch function is compared here with the
function it stands for, on any Unicode text (``argmap.strategies.texts``, plus the traps:
backslashes, quotation marks, lone brackets, DOT keywords, control characters, long words).
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from argmap.diagram._emit import (
    dot_quote,
    node_name,
    node_names,
    quote_id,
    quote_ids,
    quote_text,
    quote_texts,
)
from argmap.diagram.labels import _lines, _own, own_markup, text_lines, wrap, wrap_all
from argmap.diagram.quoting import (
    clean,
    clean_all,
    dot_name,
    escape_clean_html,
    escape_clean_html_all,
    escape_dot_text,
    escape_dot_texts,
)
from argmap.model import Claim
from argmap.strategies import ids, texts

PROPERTIES = settings(max_examples=300, deadline=None)
TRAPS = st.sampled_from(
    [
        "",
        " ",
        "]",
        " ]] ",
        "a\n]\nb",
        "\\",
        'say "no"',
        '\\"',
        "node",
        "Graph",
        "-1.5",
        "1a",
        "a-b",
        "n_x",
        "tab\there",
        "cr\r\nlf",
        "bell\x07",
        "\x85next",
        "non\xa0breaking",
        "averyveryverylongwordindeed and more",
        "<b>&amp;</b>",
        "wörd ünïcode 日本語 🙂",
    ]
)
TEXTS = st.lists(st.one_of(texts(max_size=80), TRAPS), max_size=12)
WIDTHS = st.integers(min_value=8, max_value=40)


@PROPERTIES
@given(TEXTS, st.booleans())
def test_escape_dot_texts_is_escape_dot_text_of_each(found: list[str], tooltip: bool) -> None:
    expected = [escape_dot_text(text, tooltip=tooltip) for text in found]
    assert escape_dot_texts(found, tooltip=tooltip) == expected


@PROPERTIES
@given(TEXTS, st.sampled_from(["<BR/>", '<BR ALIGN="LEFT"/>', "</I><BR/><I>"]))
def test_escape_clean_html_all_is_escape_clean_html_of_each(found: list[str], br: str) -> None:
    cleaned = [clean(text) for text in found]
    assert clean_all(found) == cleaned
    expected = [escape_clean_html(text, line_break=br) for text in cleaned]
    assert escape_clean_html_all(cleaned, line_break=br) == expected


@PROPERTIES
@given(TEXTS, st.booleans())
def test_quote_texts_is_quote_text_of_each(found: list[str], tooltip: bool) -> None:
    assert quote_texts(found, tooltip=tooltip) == [quote_text(t, tooltip=tooltip) for t in found]


@PROPERTIES
@given(st.lists(st.one_of(ids(), TRAPS.filter(bool), texts(max_size=12)), max_size=12))
def test_ids_and_node_names_as_quoted_one_by_one(found: list[str]) -> None:
    for element_id in found:
        assert quote_id(element_id) == quote_text(element_id)
        assert node_name(element_id) == dot_quote(dot_name(element_id))
    assert quote_ids(found) == [quote_text(element_id) for element_id in found]
    assert node_names(found) == [dot_quote(dot_name(element_id)) for element_id in found]


PLAIN = st.text("ab-Z09", min_size=1, max_size=6) | st.sampled_from(["node", "-7", "1-", "--"])


@PROPERTIES
@given(st.lists(PLAIN, max_size=12))
def test_plain_ids_as_quoted_one_by_one(found: list[str]) -> None:
    assert quote_ids(found) == [quote_text(element_id) for element_id in found]
    assert node_names(found) == [dot_quote(dot_name(element_id)) for element_id in found]


@PROPERTIES
@given(TEXTS, WIDTHS)
def test_wrap_all_is_wrap_of_each(found: list[str], width: int) -> None:
    assert wrap_all(found, width) == ["\n".join(wrap(text, width)) for text in found]
    assert text_lines(found, width) == [_lines(text, width) for text in found]


@PROPERTIES
@given(st.lists(st.tuples(texts(max_size=80), st.none() | TRAPS | texts()), max_size=8), WIDTHS)
def test_own_markup_is_title_and_text_of_each(
    pairs: list[tuple[str, str | None]], width: int
) -> None:
    claims = [
        Claim(id=f"c{number}", text=text, title=title or None)
        for number, (text, title) in enumerate(pairs)
    ]
    assert own_markup(claims, width) == [_own(claim, width) for claim in claims]


# DOT text without graphviz: `dot_quote` restates graphviz's quoting rules and `DotGraph`
# writes the statements `graphviz.Digraph` writes, so a render to DOT does not import graphviz.
QUOTABLE = st.one_of(
    texts(max_size=40),
    TRAPS,
    st.text(alphabet='ab1_-.<>"\\ \n', max_size=12),
    st.sampled_from(["<>", "<a>", "<<B>x</B>>", "<a\nb>", ".5", "-.5", "1.", "a\n", "STRICT"]),
)


@PROPERTIES
@pytest.mark.filterwarnings("ignore::graphviz.DotSyntaxWarning")  # a final odd backslash
@given(QUOTABLE)
def test_dot_quote_quotes_as_graphviz_does(text: str) -> None:
    from graphviz import nohtml, quoting

    assert dot_quote(text) == quoting.quote(text)
    assert dot_quote(nohtml(text)) == quoting.quote(nohtml(text))


ATTRIBUTES = st.dictionaries(
    st.sampled_from(["id", "color", "style", "tooltip", "fontsize", "shape", "label"]),
    st.none() | QUOTABLE,
    max_size=4,
)


@PROPERTIES
@pytest.mark.filterwarnings("ignore::graphviz.DotSyntaxWarning")
@given(
    st.lists(
        st.tuples(
            st.sampled_from(["graph", "node", "edge", "nodes", "edges", "cluster"]),
            (ids() | TRAPS).filter(lambda text: ":" not in text),  # no ports
            ATTRIBUTES,
        ),
        max_size=8,
    )
)
def test_dot_graph_writes_what_graphviz_digraph_writes(
    statements: list[tuple[str, str, dict[str, str | None]]],
) -> None:
    import graphviz

    from argmap.diagram._dot_graph import DotGraph

    ours, theirs = DotGraph("argmap"), graphviz.Digraph(name="argmap")
    for kind, name, attributes in statements:
        for graph in (ours, theirs):
            label = attributes.get("label")
            others = {k: v for k, v in attributes.items() if k != "label"}
            if kind == "graph":
                graph.attr(**attributes)
            elif kind in ("node", "edge"):
                graph.attr(kind, **attributes)
            elif kind == "nodes":
                graph.node(name, label, **others)
            elif kind == "edges":
                graph.edge(name, "n_b", label, **others)
            else:
                with graph.subgraph(name=f"cluster_{name}") as inner:
                    inner.attr(**attributes)
                    inner.node(name, label, **others)
    assert ours.source == theirs.source
    assert ours.body == theirs.body
