"""Escaping: every user string survives DOT and dot's SVG exactly (white space aside)."""

from __future__ import annotations

import re
import shutil
import subprocess
import xml.etree.ElementTree as ET

import graphviz
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from argmap.diagram import to_dot
from argmap.diagram.quoting import clean, dot_name, escape_dot, escape_html, visible_text
from argmap.model import ArgumentMap

needs_dot = pytest.mark.skipif(shutil.which("dot") is None, reason="Graphviz dot is missing")
SVG = "{http://www.w3.org/2000/svg}"
XLINK = "{http://www.w3.org/1999/xlink}"

TRAPS = [
    "<10% of cities>",
    "<a & b>",
    "trailing backslash \\",
    "C:\\new\\dir",
    "NUL\x00 and bell\x07 and escape\x1b",
    "quotes \" ' “ ” ‘ ’ « » „",
    "braces {x} pipes | and [brackets]",
    "two\nlines\r\nand CR\r",
    "non\u00a0breaking",
    "accents: Zoë, façade, Ελλάδα",
    "RTL: שלום עולם and مرحبا",
    "emoji 🚋🇬🇧 and ZWJ 👩‍👩‍👧",
    '\\N \\G \\l \\r \\"',
    "&amp; &lt; &#38; literally",
    "<<B>bold?</B>>",
    "]]> <!-- -->",
]

# Text of every kind, with the traps' characters overrepresented.
text = st.text(
    alphabet=st.one_of(
        st.sampled_from(list("<>&\"'\\{}|[]\n\r\t\x00\x07\x1b\u00a0“”«»é😀ש\u200f%#;:")),
        st.characters(codec="utf-8"),
    ),
    max_size=40,
)


def _svg(source: str) -> ET.Element:
    done = subprocess.run(
        ["dot", "-Tsvg"], input=source.encode(), capture_output=True, check=True, timeout=30
    )
    return ET.fromstring(done.stdout)


def _node(svg: ET.Element, node_id: str) -> ET.Element:
    for group in svg.iter(f"{SVG}g"):
        if group.get("id") == node_id:
            return group
    raise AssertionError(f"no SVG element with id {node_id!r}")


def _shown(group: ET.Element) -> str:
    return " ".join("".join(t.itertext()) for t in group.iter(f"{SVG}text"))


def _tooltip(group: ET.Element) -> str | None:
    for anchor in group.iter(f"{SVG}a"):
        return anchor.get(f"{XLINK}title")
    return None


def _as_dot_writes(text: str) -> str:
    """dot's SVG writer turns each space that follows a space into &#160; (U+00A0)."""
    return re.sub("(?<= ) ", "\xa0", text)


def _graph(value: str) -> str:
    graph = graphviz.Digraph()
    graph.node("html", label=f"<{escape_html(value) or ' '}>", id="html", shape="box")
    graph.node(
        "plain", label=escape_dot(value), id="plain", tooltip=escape_dot(value, tooltip=True)
    )
    return graph.source


def test_escape_dot_quadruples_backslashes_for_tooltips() -> None:
    """dot unescapes tooltips twice (seen with Graphviz 2.43): ``\\N`` would become the name."""
    assert escape_dot("a\\N", tooltip=True) == "a\\\\\\\\N"


def test_escape_dot_doubles_backslashes_and_marks_not_html() -> None:
    """The graphviz package quotes the escaped text instead of passing it as HTML."""
    assert graphviz.quoting.quote(escape_dot("<10% of cities>")) == '"<10% of cities>"'
    assert graphviz.quoting.quote(escape_dot('a\\"b\\')) == '"a\\\\\\"b\\\\"'


def test_clean_drops_control_characters_but_keeps_text() -> None:
    assert clean("a\x00b\x07c\x7fd\x85e\ufffff") == "abcdef"
    assert clean("x\u00a0y 🚋 שלום") == "x\u00a0y 🚋 שלום"


def test_escape_html_has_no_raw_markup() -> None:
    for trap in TRAPS:
        escaped = escape_html(trap)
        assert "<" not in escaped.replace("<BR/>", "")
        assert ">" not in escaped.replace("<BR/>", "")
        assert "&" not in escaped.replace("&amp;", "").replace("&lt;", "").replace(
            "&gt;", ""
        ).replace("&quot;", "").replace("&#39;", "")


def test_dot_names_are_unique_and_port_free() -> None:
    ids = ["a:b", "a_3a_b", "a_b", "a-b", "a.b", 'a"b', "a\\b"]
    names = [dot_name(i) for i in ids]
    assert len(set(names)) == len(ids)
    assert all(":" not in n and '"' not in n and "\\" not in n for n in names)


@needs_dot
@pytest.mark.exe
@pytest.mark.parametrize("trap", TRAPS)
def test_known_traps_survive_dot(trap: str) -> None:
    svg = _svg(_graph(trap))
    assert visible_text(_shown(_node(svg, "html"))) == visible_text(trap)
    assert visible_text(_shown(_node(svg, "plain"))) == visible_text(trap)
    assert _tooltip(_node(svg, "plain")) == _as_dot_writes(clean(trap))


@needs_dot
@pytest.mark.exe
@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(value=text)
def test_any_text_survives_dot(value: str) -> None:
    """Generated text appears in dot's SVG as the same words, in a label and a tooltip."""
    svg = _svg(_graph(value))
    assert visible_text(_shown(_node(svg, "html"))) == visible_text(value)
    assert visible_text(_shown(_node(svg, "plain"))) == visible_text(value)
    if clean(value):  # dot leaves an empty tooltip out
        assert _tooltip(_node(svg, "plain")) == _as_dot_writes(clean(value))


@needs_dot
@pytest.mark.exe
@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(claim_text=text, name=text, quote=text)
@example(claim_text="0", name="0", quote="0\n\n")  # a blank line: once an empty <I></I>
@example(claim_text="0", name="S", quote="0")  # the speaker's name is the outlet's
def test_any_claim_survives_the_diagram(claim_text: str, name: str, quote: str) -> None:
    """Through to_dot: claim text, speaker and quote all reach the SVG."""
    words = [visible_text(v) for v in (claim_text, name, quote)]
    if not all(words) or any("\x00" in v for v in (claim_text, name, quote)):
        return
    m = ArgumentMap()
    claim = m.claim(claim_text, id="c")
    m.attribute(claim, m.actor(name, id="a"), m.source("S", id="s"), quote=quote, id="q")
    svg = _svg(to_dot(m, detail="quotes", width=1000, legend=False).source)
    shown = visible_text(_shown(_node(svg, "c")))
    assert shown.startswith(words[0])
    outlet = "" if name.casefold() == "s" else ", S"  # a speaker who is the outlet: left out
    assert visible_text(f"✓ asserted by {name}{outlet}") in shown
    assert visible_text(f"“{quote}”") in shown


@needs_dot
@pytest.mark.exe
@pytest.mark.parametrize(
    "text", ["]", " ]]", "x\n]", "a claim about brackets ]", "brackets ] [ ]]"]
)
def test_a_line_of_closing_brackets_reaches_the_svg(text: str) -> None:
    """dot 2.43 refuses an HTML label whose text between two tags is only ``]``."""
    m = ArgumentMap()
    claim = m.claim(text, id="c")
    m.attribute(claim, m.actor("]", id="a"), m.source("]", id="s"), quote="]", id="q")
    for detail in ("claims", "speakers", "quotes"):
        svg = _svg(to_dot(m, detail=detail, width=8, legend=False).source)
        assert visible_text(_shown(_node(svg, "c"))).startswith(visible_text(text))
    assert visible_text(_shown(_node(_svg(_graph("]")), "html"))) == "]"
