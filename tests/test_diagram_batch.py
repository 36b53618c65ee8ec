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
    names_and_ids,
    node_name,
    node_names,
    quote_id,
    quote_ids,
    quote_text,
    quote_texts,
    quoted_insides,
)
from argmap.diagram._label_columns import (
    claim_statements_all,
    claim_texts_all,
    own_markup,
    plain_statement,
    quoted_tooltips,
    text_lines,
    wrap_all,
)
from argmap.diagram.labels import LabelMemo, _lines, _own, claim_texts, wrap
from argmap.diagram.quoting import (
    all_printable,
    clean,
    clean_all,
    dot_name,
    escape_clean_html,
    escape_clean_html_all,
    escape_dot_text,
    escape_dot_texts,
    printable,
)
from argmap.diagram.themes import theme
from argmap.model import ArgumentMap, Claim
from argmap.strategies import ids, maps, texts

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


EDGES = st.text(st.sampled_from("\x00\x1f \x7e\x7f\x80\x9f\xa0\t\n\ra~"), max_size=6)


@PROPERTIES
@given(st.lists(st.one_of(EDGES, texts(max_size=20), st.text(max_size=8), TRAPS), max_size=8))
def test_printable_is_isprintable(found: list[str]) -> None:
    """The ASCII shortcut of the printable check tells what ``str.isprintable`` tells."""
    for text in found:
        assert printable(text) == text.isprintable()
    assert all_printable(found) == all(text.isprintable() for text in found)


@PROPERTIES
@given(TEXTS, st.sampled_from(["<BR/>", '<BR ALIGN="LEFT"/>', "</I><BR/><I>"]))
def test_escape_clean_html_all_is_escape_clean_html_of_each(found: list[str], br: str) -> None:
    cleaned = [clean(text) for text in found]
    assert clean_all(found) == cleaned
    expected = [escape_clean_html(text, line_break=br) for text in cleaned]
    assert escape_clean_html_all(cleaned, line_break=br) == expected
    ended = escape_clean_html_all(cleaned, line_break=br, end=br)  # the end added at once
    assert ended == [markup + br for markup in expected]


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


@pytest.mark.parametrize(
    "found", [["a", "", "b"], ["", "a"], ["a", ""], ["a-b", "c-d"], ["a-b", "-1"], ["a-b", "c"]]
)
def test_ids_joined_for_the_plain_check_are_told_apart(found: list[str]) -> None:
    """The one check of all ids at once: an empty id among plain ones is not plain; ids that
    all hold an inner "-" are all quoted."""
    assert quote_ids(found) == [quote_text(element_id) for element_id in found]
    assert node_names(found) == [dot_quote(dot_name(element_id)) for element_id in found]


@PROPERTIES
@given(st.lists(PLAIN | ids() | TRAPS.filter(bool), max_size=12))
def test_names_and_ids_are_node_names_and_quoted_ids(found: list[str]) -> None:
    """The claims' names and ids, their plain check done once, as made one by one."""
    names, quoted = names_and_ids(found)
    assert names == [dot_quote(dot_name(element_id)) for element_id in found]
    assert quoted == [quote_text(element_id) for element_id in found]


@PROPERTIES
@given(TEXTS, WIDTHS)
def test_wrap_all_is_wrap_of_each(found: list[str], width: int) -> None:
    assert wrap_all(found, width) == ["\n".join(wrap(text, width)) for text in found]
    assert text_lines(found, width) == [_lines(text, width) for text in found]


@PROPERTIES
@given(st.lists(st.one_of(texts(max_size=80), TRAPS, st.just("a\n\nb")), max_size=8), WIDTHS)
def test_styled_text_lines_are_styled_lines_of_each(found: list[str], width: int) -> None:
    """Quotes in italic small type and paraphrases in small type, in one pass (a blank line
    keeps its break alone, as one by one)."""
    for italic in (True, False):
        expected = [_lines(text, width, italic=italic, small=True) for text in found]
        assert text_lines(found, width, italic=italic, small=True) == expected


def test_tooltips_with_line_ends_alone_are_kept_as_they_are() -> None:
    """``clean_all``'s shortcut: texts whose only unprintable characters are line ends."""
    found = ["a\nb", "tab\there", "cr\r\nlf", "c"]
    assert clean_all(found) == [clean(text) for text in found]
    assert clean_all(["a\nb", "c\n"]) == ["a\nb", "c\n"]


LOOKS = (
    st.sampled_from(["claims", "speakers", "quotes"]),
    WIDTHS,
    st.sampled_from(["default", "dark"]),
)
"""A diagram's detail, width and theme, as the bulk label tests draw them."""


@settings(max_examples=150, deadline=None)
@given(maps(max_claims=10), *LOOKS)
def test_claim_texts_all_is_claim_texts_of_each(
    m: ArgumentMap, detail: str, width: int, name: str
) -> None:
    """The bulk labels and quoted tooltips (claims with one attribution a column at a time)
    are those of each claim alone, one memo shared by all as in a diagram."""
    colours, memo = theme(name), LabelMemo()
    labels, tips = claim_texts_all(
        m,
        m.claims,
        m.attributions_by_claim(),
        own_markup(m.claims, width),
        detail=detail,
        width=width,
        colours=colours,
        memo=memo,
    )
    expected = [
        claim_texts(m, claim, detail=detail, width=width, colours=colours) for claim in m.claims
    ]
    assert labels == [label for label, _ in expected]
    assert tips == [quote_text(tip, tooltip=True) for _, tip in expected]


@given(maps(max_claims=10), *LOOKS)
def test_claim_statements_all_are_plain_statements_of_each(
    m: ArgumentMap, detail: str, width: int, name: str
) -> None:
    """The bulk node statements (claims with one attribution written in one go from their
    pieces) are the plain statements of each claim's label and quoted tooltip alone."""
    colours, claims = theme(name), m.claims
    names, element_ids = names_and_ids([claim.id for claim in claims])
    statements = claim_statements_all(
        m,
        claims,
        m.attributions_by_claim(),
        own_markup(claims, width),
        names,
        element_ids,
        detail=detail,
        width=width,
        colours=colours,
        memo=LabelMemo(),
    )
    expected = [
        claim_texts(m, claim, detail=detail, width=width, colours=colours) for claim in claims
    ]
    assert statements == [
        plain_statement(name, element_id, label, quote_text(tip, tooltip=True))
        for name, element_id, (label, tip) in zip(names, element_ids, expected, strict=True)
    ]


PIECES = st.one_of(texts(max_size=30), TRAPS, st.sampled_from(["ends\r", "\r", "a\r\x07", "\\"]))


@PROPERTIES
@given(st.lists(st.tuples(PIECES, PIECES, st.none() | PIECES), max_size=8))
def test_quoted_tooltips_are_the_whole_tooltips_quoted(
    rows: list[tuple[str, str, str | None]],
) -> None:
    """A tooltip joined from pieces escaped a column at a time (the claim's text, the inside
    of its attribution line, the words) is the whole tooltip quoted: a text's final
    carriage return, a backslash or a quotation mark at a piece's edge included."""
    found = [text for text, _, _ in rows]
    lines = [line for _, line, _ in rows]
    said = [words for _, _, words in rows]
    expected = [
        quote_text(f"{text}\n{line}: {words}" if words else f"{text}\n{line}", tooltip=True)
        for text, line, words in rows
    ]
    assert quoted_tooltips(found, quoted_insides(lines, tooltip=True), said) == expected


def test_claim_texts_all_shares_lines_only_between_equal_keys() -> None:
    """The memo of attribution lines is keyed by speaker, source, stance and cue: two claims
    that differ in any one of them get lines of their own."""
    m = ArgumentMap()
    ann, bo = m.actor("Ann", id="ann"), m.actor("Bo", id="bo")
    news, radio = m.source("News", id="news"), m.source("Radio", id="radio")
    cases = [
        (ann, news, {}),
        (bo, news, {}),
        (ann, radio, {}),
        (ann, news, {"stance": "denies"}),
        (ann, news, {"cue": "warned"}),
        (ann, news, {"cue": "warned"}),
    ]
    for number, (actor, source, fields) in enumerate(cases):
        claim = m.claim(f"claim {number}", id=f"c{number}")
        m.attribute(claim, actor, source, quote=f"q{number}", id=f"at{number}", **fields)
    colours = theme("default")
    labels, tips = claim_texts_all(
        m,
        m.claims,
        m.attributions_by_claim(),
        own_markup(m.claims, 40),
        detail="quotes",
        width=40,
        colours=colours,
        memo=LabelMemo(),
    )
    assert [tip.strip('"').split("\\n")[1] for tip in tips] == [
        "✓ asserted by Ann, News: “q0”",
        "✓ asserted by Bo, News: “q1”",
        "✓ asserted by Ann, Radio: “q2”",
        "✗ denied by Ann, News: “q3”",
        "✓ asserted by Ann, News · warned: “q4”",
        "✓ asserted by Ann, News · warned: “q5”",
    ]
    expected = [claim_texts(m, c, detail="quotes", width=40, colours=colours) for c in m.claims]
    assert labels == [label for label, _ in expected]
    assert tips == [quote_text(tip, tooltip=True) for _, tip in expected]


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
