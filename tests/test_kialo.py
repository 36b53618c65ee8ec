"""Kialo text export import: the real corpus file, pros/cons/links/multi-line text, every error
with its line, and random pro/con trees written as Kialo text and read back."""

from __future__ import annotations

import string
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from argmap.exceptions import DocumentError
from argmap.formats.kialo import SOURCE_ID, loads
from argmap.model import ArgumentMap, AttackKind
from argmap.validation import validate

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "kialo"
EXODUS = CORPUS / "exodus-kialo-export.txt"

SMALL = """Discussion Title: Should we build the tram?

1. We should build the tram.
1.1. Pro: Traffic jams cost money.
1.1.1. Con: Jams are rare here.
1.1.2. Pro: A study \\(2019\\) counted
the hours lost
1.2. Con: The tram is expensive.
1.2.1. Con: -> See 1.1.
1.3. Pro: -> See 1.1.1.
"""


def structure(m: ArgumentMap) -> tuple[dict[str, str], set[tuple[str, str, str]], set[str]]:
    """Claims by id, (id, premise, conclusion) of arguments and rebuttals, and rebuttal kinds."""
    claims = {c.id: c.text for c in m.claims}
    edges = {(a.id, a.premises[0], a.conclusion) for a in m.arguments if len(a.premises) == 1}
    edges |= {(r.id, r.attacker, r.target) for r in m.rebuttals}
    return claims, edges, {r.kind.value for r in m.rebuttals}


# ----------------------------------------------------------------------------- small fixtures


def test_small_export_maps_thesis_pros_cons_and_links() -> None:
    m = loads(SMALL, filename="tram.kialo.txt")
    claims, edges, kinds = structure(m)
    assert claims == {
        "k1": "We should build the tram.",
        "k1.1": "Traffic jams cost money.",
        "k1.1.1": "Jams are rare here.",
        "k1.1.2": "A study (2019) counted\nthe hours lost",
        "k1.2": "The tram is expensive.",
    }
    assert edges == {
        ("k1.1-pro", "k1.1", "k1"),
        ("k1.1.1-con", "k1.1.1", "k1.1"),
        ("k1.1.2-pro", "k1.1.2", "k1.1"),
        ("k1.2-con", "k1.2", "k1"),
        ("k1.2.1-con", "k1.1", "k1.2"),  # the link reuses claim k1.1
        ("k1.3-pro", "k1.1.1", "k1"),
    }
    assert kinds == {AttackKind.REBUT.value}
    assert m.central is not None and m.central.id == "k1"
    assert (m.title, m.question) == ("Should we build the tram?", "Should we build the tram?")


def test_one_source_named_by_the_title_and_no_actors_or_attributions() -> None:
    m = loads(SMALL, filename="tram.kialo.txt")
    [source] = m.sources
    assert (source.id, source.title, source.file, source.outlet) == (
        SOURCE_ID,
        "Should we build the tram?",
        "tram.kialo.txt",
        "Kialo",
    )
    assert m.actors == [] and m.attributions == []


def test_without_header_the_map_has_no_title_and_a_generic_source() -> None:
    m = loads("1. Tea is good.\n1.1. con: Tea is bitter.\n")
    assert (m.title, m.question, m.sources[0].title) == (None, None, "Kialo discussion")
    assert [(r.attacker, r.target) for r in m.rebuttals] == [("k1.1", "k1")]


def test_a_title_that_is_not_a_question_is_only_the_title() -> None:
    m = loads("Discussion Title: Tea\n\n1. Tea is good.\n")
    assert (m.title, m.question) == ("Tea", None)


def test_markdown_links_are_kept_and_escapes_removed() -> None:
    m = loads("1. See [this](https://x.org/a_\\(b\\)) \\[1\\] and C:\\\\dir\\n.\n")
    assert m.get("k1").text == "See [this](https://x.org/a_(b)) [1] and C:\\dir\\n."


def test_trailing_blank_lines_are_dropped_inner_ones_kept() -> None:
    m = loads("1. Thesis\n1.1. Pro: first\n\nsecond\n\n\n1.2. Con: x\n")
    assert m.get("k1.1").text == "first\n\nsecond"


def test_a_link_to_a_later_node_and_a_link_to_a_link_resolve_to_the_claim() -> None:
    m = loads("1. T\n1.1. Pro: -> See 1.3.2.\n1.2. Con: -> See 1.1.\n1.3. Pro: A\n1.3.2. Con: B\n")
    _, edges, _ = structure(m)
    assert ("k1.1-pro", "k1.3.2", "k1") in edges
    assert ("k1.2-con", "k1.3.2", "k1") in edges
    assert sorted(c.id for c in m.claims) == ["k1", "k1.3", "k1.3.2"]


def test_a_deep_chain_does_not_hit_the_recursion_limit() -> None:
    depth = 5000
    lines = ["1. root"]
    key = "1"
    for i in range(depth):
        key += ".1"
        lines.append(f"{key}. {'Pro' if i % 2 else 'Con'}: claim {i}")
    m = loads("\n".join(lines))
    assert len(m.claims) == depth + 1
    assert len(m.arguments) + len(m.rebuttals) == depth


# ----------------------------------------------------------------------------- errors


@pytest.mark.parametrize(
    ("text", "line", "message"),
    [
        ("Hello\n1. T\n", 1, "expected the header 'Discussion Title: ...' or the thesis"),
        ("Discussion Title: x\n\nhello\n1. T\n", 3, "got 'hello'"),
        ("1. T\n1.3.1. Pro: x\n", 2, "node 1.3.1. has no parent: there is no node 1.3. above it"),
        ("1.1. Pro: x\n", 1, "node 1.1. has no parent: there is no node 1. above it"),
        ("1. T\n1.1. Maybe: x\n", 2, "node 1.1. has the unknown stance 'Maybe': expected Pro or"),
        ("1. T\n1.1. Pro: a\n1.2. just text\n", 3, "node 1.2. has no stance: expected 'Pro:'"),
        ("1. T\n1.1. Pro: a\n1.1. Con: b\n", 3, "node 1.1. appears twice (first on line 2)"),
        ("1. T\n2. U\n", 2, "a second thesis 2. (the thesis is 1. on line 1)"),
        ("1. T\n1.1. Pro:\n", 2, "node 1.1. has no text"),
        ("1. T\n1.1. Pro: x\n1.2. Con: -> See 1.9.\n", 3, "node 1.2. links to 1.9., which is not"),
        ("1. T\n1.1. Pro: -> See 1.\n", 2, "node 1.1. links to 1., the claim of its own parent"),
        ("1. T\n1.1. Con: A\n1.1.1. Con: -> See 1.1.\n", 3, "a claim cannot support or attack"),
        ("1. T\n1.1. Pro: -> See 1.2.\n1.2. Con: -> See 1.1.\n", 2, "links go round in a circle"),
        ("1. T\n1.1. Pro: -> See 1.2. too\n1.2. Con: x\n", 2, "a link holds only '-> See N.'"),
        ("1. T\n1.1. Pro: -> See 1.2.\nmore\n1.2. Con: x\n", 2, "a link holds only"),
        ("1. -> See 1.\n", 1, "the thesis cannot be a link"),
    ],
)
def test_bad_input_names_the_line_and_the_problem(text: str, line: int, message: str) -> None:
    with pytest.raises(DocumentError) as caught:
        loads(text, filename="d.kialo.txt")
    assert caught.value.line == line
    assert caught.value.file == "d.kialo.txt"
    assert message in caught.value.message
    assert str(caught.value).startswith(f"d.kialo.txt:{line}: ")


def test_an_empty_document_has_no_thesis() -> None:
    with pytest.raises(DocumentError, match="no thesis"):
        loads("Discussion Title: x\n\n")


# ----------------------------------------------------------------------------- the corpus


@pytest.fixture(scope="module")
def exodus() -> tuple[str, ArgumentMap]:
    if not EXODUS.is_file():
        pytest.skip(f"{EXODUS} is absent (the shared corpora are not checked out)")
    text = EXODUS.read_text(encoding="utf-8")
    return text, loads(text, filename=EXODUS.name)


def test_corpus_has_one_claim_per_numbered_node_that_is_not_a_link(
    exodus: tuple[str, ArgumentMap],
) -> None:
    text, m = exodus
    lines = text.splitlines()
    numbered = [ln for ln in lines if ln[:1].isdigit()]
    links = [ln for ln in numbered if "-> See " in ln]
    assert (len(numbered), len(links)) == (98, 6)
    assert len(m.claims) == len(numbered) - len(links)
    assert len(m.arguments) + len(m.rebuttals) == len(numbered) - 1
    assert len(m.arguments) == sum(". Pro: " in ln for ln in numbered)


def test_corpus_claims_are_all_connected(exodus: tuple[str, ArgumentMap]) -> None:
    _, m = exodus
    assert not [p for p in validate(m) if "connected to nothing" in str(p)]


def test_corpus_structure(exodus: tuple[str, ArgumentMap]) -> None:
    _, m = exodus
    assert m.title == m.question == "Did the Exodus Really Happen?"
    assert m.central is not None
    assert m.central.text == "There is no historical evidence of Exodus happening."
    assert m.get("k1.1").text == "Absence of evidence is not evidence of absence."
    assert [(r.attacker, r.target) for r in m.attacks_on("k1")][:2] == [
        ("k1.1", "k1"),
        ("k1.2", "k1"),
    ]
    # "1.3.2. Pro: -> See 1.1.3.1." supports 1.3 with the existing claim 1.1.3.1
    assert m.get("k1.3.2-pro").premises == ("k1.1.3.1",)
    assert "k1.3.2" not in m
    # "1.5.2. Con: -> See 1.2.1." rebuts 1.5 with claim 1.2.1
    assert (m.get("k1.5.2-con").attacker, m.get("k1.5.2-con").target) == ("k1.2.1", "k1.5")
    assert m.get("k1.1.2.1").text.startswith(
        "The [burden of proof](https://en.wikipedia.org/wiki/Burden_of_proof_(philosophy)) lies"
    )
    # 1.4.2.3 has pros .1, .2, .4 and the con .3
    assert [a.premises[0] for a in m.arguments_for("k1.4.2.3")] == [
        "k1.4.2.3.1",
        "k1.4.2.3.2",
        "k1.4.2.3.4",
    ]
    assert [r.attacker for r in m.attacks_on("k1.4.2.3")] == ["k1.4.2.3.3"]


# ----------------------------------------------------------------------------- random trees

_WORD = st.text(alphabet=string.ascii_letters + "'?!,", min_size=1, max_size=8)
_LINE = st.lists(_WORD, min_size=1, max_size=5).map(" ".join)
_TEXT = st.lists(_LINE, min_size=1, max_size=3).map("\n".join)


@st.composite
def trees(draw: st.DrawFn) -> list[tuple[int, str, str | int]]:
    """Nodes after the thesis as (parent index, stance, text or index of the linked node).

    Node 0 is the thesis; a link never points at its own parent (that would be a claim
    supporting itself) and has no children.
    """
    nodes: list[tuple[int, str, str | int]] = []
    size = draw(st.integers(0, 25))
    for index in range(1, size + 1):
        claims = [0] + [i + 1 for i, (_, _, t) in enumerate(nodes) if isinstance(t, str)]
        parent = draw(st.sampled_from(claims))
        stance = draw(st.sampled_from(["Pro", "Con"]))
        targets = [c for c in claims if c != parent]
        if targets and draw(st.booleans()) and draw(st.booleans()):
            nodes.append((parent, stance, draw(st.sampled_from(targets))))
        else:
            nodes.append((parent, stance, draw(_TEXT)))
        assert len(nodes) == index
    return nodes


@settings(max_examples=150, deadline=None)
@given(thesis=_TEXT, tree=trees(), title=st.none() | _LINE)
def test_a_random_tree_written_as_kialo_text_reads_back(
    thesis: str, tree: list[tuple[int, str, str | int]], title: str | None
) -> None:
    numbers = ["1"]
    children = [0]
    lines = [] if title is None else [f"Discussion Title: {title}", ""]
    lines.append(f"1. {thesis}")
    for parent, stance, content in tree:
        children[parent] += 1
        numbers.append(f"{numbers[parent]}.{children[parent]}")
        children.append(0)
        body = f"-> See {numbers[content]}." if isinstance(content, int) else content
        lines.append(f"{numbers[-1]}. {stance}: {body}")
    m = loads("\n".join(lines) + "\n")

    texts = {"k1": thesis}
    expected: set[tuple[str, str, str]] = set()
    for index, (parent, stance, content) in enumerate(tree, start=1):
        own = f"k{numbers[content]}" if isinstance(content, int) else f"k{numbers[index]}"
        if isinstance(content, str):
            texts[own] = content
        edge_id = f"k{numbers[index]}-{stance.lower()}"
        parent_id = f"k{numbers[parent]}"
        expected.add((edge_id, own, parent_id))
    claims, edges, _ = structure(m)
    assert claims == texts
    assert edges == expected
    assert {a.id for a in m.arguments} == {e for e, _, _ in expected if e.endswith("-pro")}
    assert m.title == title
    assert not [p for p in validate(m) if "connected to nothing" in str(p)]


def test_a_long_stray_line_is_shortened_in_the_message() -> None:
    with pytest.raises(DocumentError) as caught:
        loads("x" * 100 + "\n1. T\n")
    assert caught.value.message.endswith("got '" + "x" * 57 + "...'")


def test_an_empty_header_title_counts_as_none() -> None:
    m = loads("Discussion Title:\n\n1. T\n")
    assert (m.title, m.sources[0].title) == (None, "Kialo discussion")
