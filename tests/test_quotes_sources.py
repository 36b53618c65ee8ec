"""Quote checks against the two real news texts in ../shared/sources (skipped when absent)."""

from __future__ import annotations

from pathlib import Path

import pytest

from argmap.model import ArgumentMap
from argmap.quotes import (
    QuoteStatus,
    SourceText,
    check_quotes,
    find_quote,
    load_source_texts,
    locate_quotes,
)

SOURCES = Path(__file__).resolve().parents[2] / "shared" / "sources"
FT = "ft-rearguard-action.txt"
TP = "total-politics-fabian-debate.txt"


@pytest.fixture(scope="module")
def texts() -> dict[str, SourceText]:
    if not (SOURCES / FT).is_file() or not (SOURCES / TP).is_file():
        pytest.skip(f"the shared source texts are not in {SOURCES}")
    return {
        name: SourceText.from_text((SOURCES / name).read_text(encoding="utf-8"))
        for name in (FT, TP)
    }


@pytest.mark.parametrize(
    ("name", "quote", "paragraph", "as_printed"),
    [
        # curly double marks in the text, none in the quote
        (
            FT,
            "worried about the direction the party might be taking",
            3,
            "worried about the direction the party might be taking",
        ),
        # opened with a single curly mark and closed with a double one
        (
            TP,
            "‘Why did Labour lose? Lessons from the election”",
            1,
            "Why did Labour lose? Lessons from the election",
        ),
        # a straight apostrophe in the quote, a curly one in the text
        (
            TP,
            "We didn't take seriously enough the impact they felt immigration was having on "
            "their wages and livelihoods.",
            3,
            "We didn’t take seriously enough the impact they felt immigration was having on "
            "their wages and livelihoods.",
        ),
        # a non-breaking space in the text, a plain one in the quote
        (TP, "Follow this link to register.", 7, "Follow this link\u00a0to register."),
        # straight marks and a hyphen typed for curly marks and an en dash
        (
            FT,
            'demographic group - the "C2" skilled manual labourers',
            10,
            "demographic group – the “C2” skilled manual labourers",
        ),
        (
            FT,
            "One of the things that made me run was hearing candidate after candidate saying "
            "that immigration lost us the election",
            13,
            "One of the things that made me run was hearing candidate after candidate saying "
            "that immigration lost us the election",
        ),
        # the same words in both texts, with straight marks in one and curly in the other
        (TP, "playing catch-up on immigration", 3, "playing catch-up on immigration"),
        (FT, "playing catch-up on immigration", 7, "playing catch-up on immigration"),
    ],
)
def test_verbatim_quotes_are_found(
    texts: dict[str, SourceText], name: str, quote: str, paragraph: int, as_printed: str
) -> None:
    """Quotes as a map stores them are found once, in the right paragraph and characters."""
    source = texts[name]
    check = find_quote(quote, source)
    assert check.status is QuoteStatus.FOUND, str(check)
    (span,) = check.spans
    assert span.paragraph == paragraph
    assert source.original[span.start : span.end] == as_printed


def test_ellipsis_quote_across_a_paragraph(texts: dict[str, SourceText]) -> None:
    """Ms Majid's words with a gap are found as two fragments in paragraph 6."""
    source = texts[FT]
    check = find_quote("People are quick to mention it … particularly housing.", source)
    assert check.found
    assert [source.original[s.start : s.end] for s in check.spans] == [
        "People are quick to mention it",
        "particularly housing.",
    ]
    assert check.paragraphs == (6,)


def test_misquote_points_at_the_real_words(texts: dict[str, SourceText]) -> None:
    """Ms Abbott said immigration 'lost' the election; 'won' is not found, and the diff says so."""
    check = find_quote(
        "hearing candidate after candidate saying that immigration won us the election",
        texts[FT],
    )
    assert check.status is QuoteStatus.NOT_FOUND
    assert check.closest is not None
    assert check.closest.span.paragraph == 13
    assert check.closest.text.endswith("immigration lost us the election")
    assert "[-lost-] {+won+}" in check.closest.diff


def test_case_change_is_a_misquote(texts: dict[str, SourceText]) -> None:
    """'labour' for 'Labour' is not the source's words."""
    check = find_quote("The very worst thing the labour party could do", texts[FT])
    assert check.status is QuoteStatus.NOT_FOUND
    assert check.closest is not None
    assert "[-Labour-] {+labour+}" in check.closest.diff


def test_map_of_the_real_articles_is_located(texts: dict[str, SourceText]) -> None:
    """A map citing both articles by file name loads them and locates every quote."""
    m = ArgumentMap(question="Did immigration lose Labour the 2010 election?")
    ft = m.source("Rearguard action by the far-Left", id="ft", file=FT)
    tp = m.source("Why did Labour lose?", id="tp", file=TP)
    lost = m.claim("Immigration lost Labour the election", id="lost")
    abbott = m.actor("Diane Abbott", id="abbott")
    ed = m.actor("Ed Miliband", id="ed")
    m.attribute(lost, abbott, ft, id="abbott-ft", quote="immigration lost us the election")
    m.attribute(
        lost,
        ed,
        tp,
        id="ed-tp",
        fragments=["We didn't take seriously enough", "on their wages and livelihoods."],
    )
    loaded = load_source_texts(m, SOURCES)
    assert set(loaded) == {"ft", "tp"}
    assert [str(r.status) for r in check_quotes(m, loaded)] == ["found"] * 3
    located = locate_quotes(m, loaded)
    assert [loc.paragraph for loc in located.get("ed-tp").locators] == [3, 3]
    (abbott_locator,) = located.get("abbott-ft").locators
    assert abbott_locator.paragraph == 13
    assert texts[FT].original[abbott_locator.start : abbott_locator.end] == (
        "immigration lost us the election"
    )
