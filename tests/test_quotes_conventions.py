"""Quotes by newsroom conventions (#11): brackets both ways, [sic], omissions, '' and quotes
continued over paragraphs; checked on the two real flagship articles and by hypothesis."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from argmap.quotes import QuoteStatus, SourceText, find_quote

SOURCES = Path(__file__).resolve().parents[2] / "shared" / "sources"
FT = "ft-rearguard-action.txt"
TP = "total-politics-fabian-debate.txt"


@pytest.fixture(scope="module")
def ft() -> str:
    if not (SOURCES / FT).is_file() or not (SOURCES / TP).is_file():
        pytest.skip(f"the shared source texts are not in {SOURCES}")
    return (SOURCES / FT).read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def tp() -> str:
    if not (SOURCES / TP).is_file():
        pytest.skip(f"the shared source texts are not in {SOURCES}")
    return (SOURCES / TP).read_text(encoding="utf-8")


BITAR = "In that three weeks [after the leak] Julia Gillard did an amazing job campaigning."


def test_a_quote_leaving_out_the_reporters_insertion_is_found() -> None:
    check = find_quote("In that three weeks Julia Gillard did an amazing job", BITAR)
    assert check.status is QuoteStatus.FOUND, str(check)
    assert check.skipped == ("[after the leak]",)
    assert "skipped the source's insertion [after the leak]" in str(check)
    (span,) = check.spans
    assert BITAR[span.start : span.end] == (
        "In that three weeks [after the leak] Julia Gillard did an amazing job"
    )


def test_a_quote_with_brackets_matches_a_transcript_without_them() -> None:
    transcript = "In that three weeks Julia Gillard did an amazing job campaigning."
    check = find_quote("In that three weeks [after the leak] Julia Gillard did", transcript)
    assert check.status is QuoteStatus.FOUND, str(check)
    assert check.editorial == ("[after the leak]",)
    assert [transcript[s.start : s.end] for s in check.spans] == [
        "In that three weeks",
        "Julia Gillard did",
    ]


def test_words_around_brackets_must_be_in_order() -> None:
    transcript = "Julia Gillard did an amazing job in that three weeks."
    check = find_quote("In that three weeks [after the leak] Julia Gillard did", transcript)
    assert check.status is QuoteStatus.NOT_FOUND


def test_a_bracket_replacing_far_away_words_is_not_found() -> None:
    text = "I was there and " + "many other words " * 5 + "she did well."
    assert not find_quote("I was there [and] she did well", text).found


def test_sic_is_allowed() -> None:
    text = "swings of 10 and 12 per cent across the county, he said"
    check = find_quote("across the county [sic], he said", text)
    assert check.status is QuoteStatus.FOUND, str(check)
    assert check.editorial == ("[sic]",)
    assert find_quote("across the county, he said", "across the county [sic], he said").found


@pytest.mark.parametrize("mark", ["...", ". . .", "…", "[...]", "[…]"])
def test_every_omission_mark_skips_words_within_a_paragraph(mark: str) -> None:
    text = "We lost because of housing, jobs and, above all, immigration."
    check = find_quote(f"We lost because {mark} above all, immigration", text)
    assert check.status is QuoteStatus.FOUND, str(check)


def test_an_omission_does_not_reach_into_another_paragraph() -> None:
    text = "We lost because of housing.\n\nAbove all, immigration hurt us."
    assert not find_quote("We lost because ... immigration hurt us", text).found


def test_an_omission_crosses_paragraphs_when_the_quote_does() -> None:
    text = "We lost because of housing.\n\nAbove all, immigration hurt us."
    check = find_quote("We lost because ...\n\n... immigration hurt us", text)
    assert check.status is QuoteStatus.FOUND, str(check)
    assert check.paragraphs == (1,)


def test_doubled_single_marks_are_a_double_mark() -> None:
    """The Age and the SMH print ''quote'' for "quote"."""
    text = "Mr Bitar said: ''We were facing swings across the country,'' he said."
    check = find_quote('"We were facing swings across the country,"', text)
    assert check.found
    check = find_quote('said: "We were facing swings', text)
    assert check.found
    (span,) = check.spans
    assert text[span.start : span.end] == "said: ''We were facing swings"


def test_a_quote_continued_over_paragraphs_is_one_quote() -> None:
    text = (
        "He said: “We campaigned hard.\n\n"
        "“We did not win, but we were not disgraced,” he said.\n\n"
        "“A new paragraph,” said another."
    )
    quote = "We campaigned hard. We did not win, but we were not disgraced,"
    check = find_quote(quote, text)
    assert check.status is QuoteStatus.FOUND, str(check)
    assert check.paragraphs == (1,)
    copied = "We campaigned hard.\n\n“We did not win"
    assert find_quote(copied, text).found
    # the mark that opens a quotation after a closed one is a real mark
    assert not find_quote("not disgraced,” he said. A new paragraph", text).found


# ----------------------------------------------------------------------- the real articles


def test_ft_quote_with_a_reporters_bracket_matches_the_article(ft: str) -> None:
    quote = "People are quick to mention it, but it [immigration] is usually more of a symbol"
    check = find_quote(quote, ft)
    assert check.status is QuoteStatus.FOUND, str(check)
    assert check.paragraphs == (6,)
    assert check.editorial == ("[immigration]",)


def test_ft_article_with_an_insertion_added_finds_the_plain_quote(ft: str) -> None:
    """The FT printed with a reporter's insertion, as the ABC does: the analyst's quote
    without it is found and the insertion named."""
    edited = ft.replace(
        "playing catch-up on immigration", "playing catch-up [he said] on immigration"
    )
    check = find_quote("playing catch-up on immigration", SourceText.from_text(edited))
    assert check.status is QuoteStatus.FOUND, str(check)
    assert check.skipped == ("[he said]",)
    assert check.paragraphs == (7,)


def test_ft_omission_within_majids_paragraph(ft: str) -> None:
    check = find_quote("The views of the working classes . . . particularly housing.", ft)
    assert check.status is QuoteStatus.FOUND, str(check)
    assert check.paragraphs == (6,)


def test_ft_omission_does_not_jump_paragraphs(ft: str) -> None:
    """Ms Majid (paragraph 6) and Mr Straw (paragraph 14) are not one quote with a gap."""
    check = find_quote("The views of the working classes … without shutting the door", ft)
    assert check.status is QuoteStatus.NOT_FOUND


def test_tp_with_doubled_marks(tp: str) -> None:
    """Total Politics set as The Age sets quotes: ''...'' for double marks."""
    doubled = tp.replace("“", "''").replace("”", "''").replace('"', "''")
    check = find_quote('Labour were "playing catch-up on immigration".', doubled)
    assert check.status is QuoteStatus.FOUND, str(check)
    assert check.paragraphs == (3,)


def test_ft_near_miss_says_it_is_a_miss(ft: str) -> None:
    check = find_quote("The very worst thing the labour party could do", ft)
    assert check.status is QuoteStatus.NOT_FOUND
    assert check.closest is not None and check.closest.similarity < 1
    text = str(check)
    assert "not found (a miss)" in text and "1.00" not in text
    assert "[-Labour-] {+labour+}" in text


# ----------------------------------------------------------------------- properties

_WORD = st.text("abcdefgh", min_size=2, max_size=6)
_SENTENCE = st.lists(_WORD, min_size=6, max_size=30, unique=True)  # one place to be found


@st.composite
def _cut(draw: st.DrawFn) -> tuple[list[str], int, int]:
    words = draw(_SENTENCE)
    start = draw(st.integers(0, len(words) - 4))
    end = draw(st.integers(start + 4, len(words)))
    return words, start, end


@settings(max_examples=100, deadline=None)
@given(_cut(), st.data())
def test_a_quote_cut_from_a_text_with_an_insertion_added_is_found(
    case: tuple[list[str], int, int], data: st.DataObject
) -> None:
    words, start, end = case
    at = data.draw(st.integers(start + 1, end - 1))
    source = " ".join([*words[:at], "[ed. note]", *words[at:]])
    check = find_quote(" ".join(words[start:end]), source)
    assert check.status is not QuoteStatus.NOT_FOUND, str(check)
    assert "[ed. note]" in check.skipped


@settings(max_examples=100, deadline=None)
@given(_cut(), st.data())
def test_a_quote_with_an_insertion_added_is_found_in_the_plain_text(
    case: tuple[list[str], int, int], data: st.DataObject
) -> None:
    words, start, end = case
    at = data.draw(st.integers(start + 1, end - 1))
    quote = " ".join([*words[start:at], "[sic]", *words[at:end]])
    check = find_quote(quote, " ".join(words))
    assert check.status is not QuoteStatus.NOT_FOUND, str(check)


@settings(max_examples=100, deadline=None)
@given(_cut(), st.data(), st.sampled_from(["...", ". . .", "…"]))
def test_a_quote_with_an_omission_is_found(
    case: tuple[list[str], int, int], data: st.DataObject, mark: str
) -> None:
    words, start, end = case
    cut_from = data.draw(st.integers(start + 1, end - 2))
    cut_to = data.draw(st.integers(cut_from + 1, end - 1))
    quote = " ".join([*words[start:cut_from], mark, *words[cut_to:end]])
    check = find_quote(quote, " ".join(words))
    assert check.status is not QuoteStatus.NOT_FOUND, str(check)


@settings(max_examples=100, deadline=None)
@given(_cut(), st.data())
def test_one_changed_word_is_still_caught(
    case: tuple[list[str], int, int], data: st.DataObject
) -> None:
    words, start, end = case
    at = data.draw(st.integers(start, end - 1))
    source = " ".join([*words[:at], "[ed. note]", *words[at:]]) if at > start else " ".join(words)
    changed = [*words[start:end]]
    changed[at - start] = "zzzz"
    check = find_quote(" ".join(changed), source)
    assert check.status is QuoteStatus.NOT_FOUND
    assert check.closest is not None and check.closest.similarity < 1
    assert re.search(r"\{\+[^+]*zzzz[^+]*\+\}", check.closest.diff), check.closest.diff


def test_check_names_the_insertion_a_quote_skipped(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from argmap.cli.main import cli

    (tmp_path / "abc.txt").write_text(BITAR, encoding="utf-8")
    (tmp_path / "map.yaml").write_text(
        "argmap: 1\nclaims: [{id: c, text: Gillard campaigned well}]\n"
        "actors: [{id: bitar, name: Karl Bitar}]\nsources: [{id: abc, title: ABC report}]\n"
        "attributions: [{id: q, claim: c, actor: bitar, source: abc,\n"
        "  quote: In that three weeks Julia Gillard did an amazing job}]\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(
        cli, ["check", str(tmp_path / "map.yaml"), "--sources", str(tmp_path)]
    )
    assert result.exit_code == 0, result.output
    assert "skipped the source's insertion [after the leak]" in result.output
    assert "1 of 1 quotes found verbatim" in result.output
