"""Tests of argmap.quotes.report: the verdict's invariants and its one-line form."""

from __future__ import annotations

import pytest

from argmap.quotes import ClosestPassage, Occurrence, QuoteCheck, QuoteStatus, Span


def occurrence(start: int, end: int, paragraph: int = 1) -> Occurrence:
    return Occurrence(spans=(Span(start=start, end=end, paragraph=paragraph),))


def test_status_accepts_plain_strings() -> None:
    """The status converts from its string value, as documents will give it."""
    check = QuoteCheck(quote="x", status="not_found")
    assert check.status is QuoteStatus.NOT_FOUND
    assert not check.found


@pytest.mark.parametrize(
    ("status", "count"),
    [("found", 0), ("found", 2), ("ambiguous", 1), ("not_found", 1)],
)
def test_status_must_fit_the_occurrences(status: str, count: int) -> None:
    """A verdict cannot contradict its own occurrences."""
    with pytest.raises(ValueError, match=f"cannot have {count} occurrence"):
        QuoteCheck(
            quote="x", status=status, occurrences=[occurrence(i, i + 1) for i in range(count)]
        )


def test_only_a_missing_quote_has_a_closest_passage() -> None:
    closest = ClosestPassage(
        span=Span(start=0, end=1, paragraph=1), text="x", similarity=0.5, diff=""
    )
    with pytest.raises(ValueError, match="only a quote not found"):
        QuoteCheck(quote="x", status="found", occurrences=[occurrence(0, 1)], closest=closest)


@pytest.mark.parametrize(("start", "end", "paragraph"), [(3, 3, 1), (-1, 2, 1), (0, 2, 0)])
def test_bad_spans_are_refused(start: int, end: int, paragraph: int) -> None:
    """Spans are non-empty, non-negative and in a paragraph counted from 1."""
    with pytest.raises(ValueError):
        Span(start=start, end=end, paragraph=paragraph)


def test_one_line_reports() -> None:
    """Each status reads as one line naming the places; long quotes are shortened."""
    found = QuoteCheck(quote="“lost us”", status="found", occurrences=[occurrence(3, 10, 2)])
    assert str(found) == '"lost us": found in paragraph 2, characters 3-10'
    twice = QuoteCheck(
        quote="we will win",
        status="ambiguous",
        occurrences=[
            occurrence(0, 11),
            Occurrence(
                spans=(Span(start=20, end=25, paragraph=3), Span(start=30, end=36, paragraph=3))
            ),
        ],
    )
    assert str(twice) == (
        '"we will win": found 2 times: paragraph 1, characters 0-11; '
        "paragraph 3, characters 20-25, 30-36"
    )
    assert twice.spans[1].start == 20 and twice.paragraphs == (1, 3)
    long = QuoteCheck(quote="word " * 30 + "\nend", status="not_found")
    line = str(long)
    assert "\n" not in line
    assert line.startswith('"' + ("word " * 8)[:39] + '…"')
