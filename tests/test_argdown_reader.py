"""Reading Argdown: syntax, the mapping to the model, and located errors on broken input."""

from __future__ import annotations

import pytest

from argmap.exceptions import ArgmapError, DocumentError
from argmap.formats.argdown import loads
from argmap.model import AttackKind, Stance


def _relations(text: str) -> tuple[list[tuple[tuple[str, ...], str]], list[tuple[str, str, str]]]:
    m = loads(text)
    arguments = [(a.premises, a.conclusion) for a in m.arguments]
    attacks = [(r.kind.value, r.attacker, r.target) for r in m.rebuttals]
    return arguments, attacks


@pytest.mark.parametrize(
    ("text", "supports", "attacks"),
    [
        ("[A]: a\n  + [B]: b", [(("b",), "a")], []),
        ("[A]: a\n  <+ [B]: b", [(("b",), "a")], []),
        ("[A]: a\n  +> [B]: b", [(("a",), "b")], []),
        ("[A]: a\n  - [B]: b", [], [("rebut", "b", "a")]),
        ("[A]: a\n  <- [B]: b", [], [("rebut", "b", "a")]),
        ("[A]: a\n  -> [B]: b", [], [("rebut", "a", "b")]),
        ("[A]: a\n  >< [B]: b", [], [("rebut", "b", "a"), ("rebut", "a", "b")]),
    ],
)
def test_every_relation_spelling(text: str, supports: list, attacks: list) -> None:
    """Incoming (+ - <+ <-), outgoing (+> ->) and contradiction (><) read as the model says."""
    assert _relations(text) == (supports, attacks)


def test_undercut_and_undermine_follow_the_target() -> None:
    """An attack on an argument is an undercut; on a premise an undermine; else a rebut."""
    text = """
<Arg>: reason

(1) [P]: premise
----
(2) [C]: conclusion

<Arg>
  _ [U]: the inference fails
  - [V]: so does this

[P]
  - [Q]: the premise is false

[C]
  <- [R]: the conclusion is false
"""
    m = loads(text)
    assert [(a.id, a.premises, a.conclusion, a.note) for a in m.arguments] == [
        ("arg", ("p",), "c", "reason")
    ]
    kinds = {(r.attacker, r.target): r.kind for r in m.rebuttals}
    assert kinds == {
        ("u", "arg"): AttackKind.UNDERCUT,
        ("v", "arg"): AttackKind.UNDERCUT,
        ("q", "p"): AttackKind.UNDERMINE,
        ("r", "c"): AttackKind.REBUT,
    }


def test_multi_step_pcs_gives_one_argument_per_inference() -> None:
    m = loads("<Chain>\n\n(1) A\n(2) B\n-- Modus ponens --\n(3) C\n(4) D\n----\n(5) E")
    assert [(a.id, a.premises, a.conclusion, a.scheme) for a in m.arguments] == [
        ("chain-step-1", ("a", "b"), "c", "Modus ponens"),
        ("chain", ("c", "d"), "e", None),
    ]


def test_inference_data_uses_picks_the_premises() -> None:
    m = loads("(1) A\n(2) B\n(3) C\n--\nRule {uses: [1, 3]}\n--\n(4) D")
    assert [(a.premises, a.conclusion, a.scheme) for a in m.arguments] == [
        (("a", "c"), "d", "Rule")
    ]


def test_argument_without_pcs_is_a_gist_claim() -> None:
    """A sketched argument stands for a claim holding its description."""
    m = loads("[T]: thesis\n  + <Why>: because it is so\n  - <Why not>: it is not")
    assert [(c.id, c.text, c.title) for c in m.claims] == [
        ("t", "thesis", "T"),
        ("why", "because it is so", "Why"),
        ("why-not", "it is not", "Why not"),
    ]
    assert [(a.premises, a.conclusion, a.title) for a in m.arguments] == [(("why",), "t", "Why")]
    assert [(r.attacker, r.target) for r in m.rebuttals] == [("why-not", "t")]


def test_equivalence_by_title_tags_front_matter_and_comments() -> None:
    text = """===
title: Cars
question: Ban cars?
central: ban
===

# Heading that is not a claim

// a comment
[Ban]: Ban cars. #policy #(city centre) /* inline comment */

[Ban]: Cars should go. <!-- html comment -->
  + [Air]: Cleaner air. {kind: fact, note: "measured"}

See https://example.org for more.
"""
    m = loads(text)
    assert (m.title, m.question, m.central and m.central.id) == ("Cars", "Ban cars?", "ban")
    ban, air, see = m.claims
    assert (ban.text, ban.tags) == ("Ban cars.", ("policy", "city centre"))
    assert ban.note == "Equivalent statement: Cars should go."
    assert (air.kind.value if air.kind else None, air.note) == ("fact", "measured")
    assert see.text == "See https://example.org for more."


def test_escapes_lists_and_continuation_lines() -> None:
    m = loads("* [A]: first \\#1 \\[x\\]\n  continues here\n* second item")
    assert [c.text for c in m.claims] == ["first #1 [x] continues here", "second item"]


def test_attributions_from_inline_data() -> None:
    text = (
        "[Tax]: Taxes are high. {speaker: Ed Balls, source: FT, quote: taxes are high, "
        "stance: concedes}\n\n"
        "[Jobs]: Jobs leave. {attributions: [{speaker: Ed Balls, source: FT}, {speaker: Ann}]}"
    )
    m = loads(text)
    assert [a.name for a in m.actors] == ["Ed Balls", "Ann"]
    assert [s.title for s in m.sources] == ["FT", "(unknown source)"]
    first, *others = m.attributions
    assert (first.claim, first.actor, first.quote, first.stance) == (
        "tax",
        "ed-balls",
        "taxes are high",
        Stance.CONCEDES,
    )
    assert [(a.claim, a.actor) for a in others] == [("jobs", "ed-balls"), ("jobs", "ann")]


@pytest.mark.parametrize(
    ("text", "line", "column", "words"),
    [
        ("  + [B]: b", 1, 3, "no statement or argument above it"),
        ("[A]: a\n\n----\n(1) B", 3, 1, "outside a premise"),
        ("(1) A\n(2) B", 2, None, "without an inference line"),
        ("(1) A\n----\n----\n(2) B", 3, None, "two inference lines"),
        ("(1) A\n--\nrule", 2, None, "never closed"),
        ("(1) A\n----", 2, None, "without a conclusion"),
        ("[A]: a {note: b: c}", 1, None, "not valid YAML"),
        ("[A]: a {note: x", 1, 1, "never closed"),
        ("===\n- a list\n===\n[A]: a", 2, None, "must be a YAML mapping"),
        ("(1) <Arg>\n----\n(2) B", 1, 5, "cannot be a premise"),
        ("[A]: a\n  - ", 2, 3, "names no statement"),
        ("----\n(1) A", 1, 1, "outside a premise"),
        ("(1) [A]: a\n----\n(2) [A]", 3, None, "no premise before it"),
        ("===\nargmap: {rebuttals: {r: [bad, b, a]}}\n===\n[A]: a\n  - [B]: b", 5, None, "bad"),
        ("[A]: a {speaker: '  '}", 1, None, "attribution of 'a'"),
        ("[A]: a {id: 'has space'}", 1, None, "expected an id"),
    ],
)
def test_broken_input_is_located(text: str, line: int, column: int | None, words: str) -> None:
    with pytest.raises(DocumentError) as info:
        loads(text, filename="bad.argdown")
    error = info.value
    assert (error.file, error.line) == ("bad.argdown", line)
    if column is not None:
        assert error.column == column
    assert words in error.message
    assert str(error).startswith(f"bad.argdown:{line}")


def test_errors_are_argmap_and_value_errors() -> None:
    with pytest.raises(ValueError):
        loads("  - x")
    with pytest.raises(ArgmapError):
        loads("  - x")


def test_deep_relation_trees_and_long_chains_do_not_recurse() -> None:
    """1,500 nested relation levels and a 20,000-step chain read without recursion."""
    deep = "\n".join("  " * i + f"+ [N{i}]: n" for i in range(1, 1500))
    assert len(loads("[N0]: n\n" + deep).arguments) == 1499
    chain = "\n\n".join(f"[C{i}]: c\n  + [C{i + 1}]: c" for i in range(20_000))
    assert len(loads(chain).arguments) == 20_000


def test_line_numbers_count_the_front_matter() -> None:
    with pytest.raises(DocumentError) as info:
        loads("===\ntitle: T\n===\n\n[A]: a\n  - ")
    assert (info.value.line, info.value.column) == (6, 3)


@pytest.mark.parametrize(
    ("text", "claim_text", "tags"),
    [
        ("[A]: a #tag and a [link](x).", "a #tag and a [link](x).", ["tag"]),
        ("[A]: a #(two words) here #end", "a #(two words) here", ["two words", "end"]),
        ("[A]: trailing only #x #(y z) {kind: fact}", "trailing only", ["x", "y z"]),
        ("[A]: #first word", "#first word", ["first"]),
    ],
)
def test_tags_inside_a_sentence_stay_words_of_it(text: str, claim_text: str, tags: list) -> None:
    """Argdown's rule: every ``#tag`` is a tag and stays in the text; argmap takes the run of
    tags at the end out of the text (that is where its writer puts them), no other."""
    claim = loads(text).claims[0]
    assert (claim.text, list(claim.tags)) == (claim_text, tags)
