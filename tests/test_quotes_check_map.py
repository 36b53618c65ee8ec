"""Tests of argmap.quotes.check_map and source_files: quotes of a whole map against its texts."""

from __future__ import annotations

from pathlib import Path

import pytest

from argmap.exceptions import ArgmapError
from argmap.model import ArgumentMap, Locator
from argmap.quotes import (
    EmptyQuoteError,
    MissingSourceTextError,
    QuoteStatus,
    SourceTextError,
    check_quotes,
    load_source_texts,
    locate_quotes,
)

FT_TEXT = (
    "Rearguard action\n"
    "\n"
    "Diane Abbott said: “One of the things that made me run was hearing candidate after "
    "candidate saying that immigration lost us the election,” she said. “We need to be "
    "careful about scapegoating immigrants in a recession.”\n"
    "\n"
    "David Miliband has said Labour was “playing catch-up on immigration”."
)
TP_TEXT = "Ed Miliband says: “We didn’t take seriously enough the impact.” Labour won."


def make_map() -> ArgumentMap:
    """A small map: a direct, a mixed and an indirect attribution over two sources."""
    m = ArgumentMap(title="Labour 2010")
    ft = m.source("Rearguard action by the far-Left", id="ft")
    tp = m.source("Why did Labour lose?", id="tp", file="fabian.txt")
    abbott = m.actor("Diane Abbott", id="abbott")
    david = m.actor("David Miliband", id="david")
    ed = m.actor("Ed Miliband", id="ed")
    lost = m.claim("Immigration lost Labour the election", id="lost")
    m.attribute(
        lost,
        abbott,
        ft,
        id="abbott-ft",
        quote="immigration lost us the election",
    )
    m.attribute(
        lost,
        david,
        ft,
        id="david-ft",
        fragments=["playing catch-up", "on immigration"],
        paraphrase="Labour was behind on immigration",
    )
    m.attribute(lost, ed, tp, id="ed-tp", quote="We didn't take seriously enough the impact.")
    m.attribute(lost, ed, tp, id="ed-tp-indirect", paraphrase="voters felt ignored")
    return m


TEXTS = {"ft": FT_TEXT, "tp": TP_TEXT}


def test_every_quoted_text_is_checked_in_map_order() -> None:
    """One report per quote and per fragment; indirect attributions get none."""
    reports = check_quotes(make_map(), TEXTS)
    assert [(r.attribution, r.index, r.fragment) for r in reports] == [
        ("abbott-ft", 0, False),
        ("david-ft", 0, True),
        ("david-ft", 1, True),
        ("ed-tp", 0, False),
    ]
    assert all(r.status is QuoteStatus.FOUND for r in reports)
    abbott, catch_up, _, ed = reports
    assert FT_TEXT[abbott.check.spans[0].start : abbott.check.spans[0].end] == (
        "immigration lost us the election"
    )
    assert catch_up.check.paragraphs == (3,)
    assert TP_TEXT[ed.check.spans[0].start : ed.check.spans[0].end] == (
        "We didn’t take seriously enough the impact."
    )
    assert str(catch_up).startswith("attribution 'david-ft' in source 'ft': fragment 1 ")


def test_misquote_is_reported_with_its_diff() -> None:
    """A changed word makes the report not found, naming attribution, source and the change."""
    m = make_map()
    m.update("abbott-ft", quote="immigration won us the election")
    (report,) = [r for r in check_quotes(m, TEXTS) if r.attribution == "abbott-ft"]
    assert report.status is QuoteStatus.NOT_FOUND
    assert report.check.closest is not None
    assert "[-lost-] {+won+}" in report.check.closest.diff
    assert str(report).startswith("attribution 'abbott-ft' in source 'ft': \"immigration won")


def test_locate_quotes_sets_locators_on_a_copy() -> None:
    """Found quotes get a locator per quoted text; the map given is unchanged."""
    m = make_map()
    located = locate_quotes(m, TEXTS)
    assert located is not m
    assert all(a.locators == () for a in m.attributions)
    abbott = located.get("abbott-ft")
    start = FT_TEXT.index("immigration lost")
    assert abbott.locators == (Locator(start=start, end=start + 32, paragraph=2),)
    david = located.get("david-ft")
    assert [FT_TEXT[loc.start : loc.end] for loc in david.locators] == [
        "playing catch-up",
        "on immigration",
    ]
    assert located.get("ed-tp-indirect").locators == ()
    assert check_quotes(located, TEXTS)[0].locator_matches is True
    assert located.title == m.title and len(located) == len(m)


def test_locate_leaves_attributions_with_a_missing_quote_alone() -> None:
    """An attribution with one fragment not found keeps its locators as they were."""
    m = make_map()
    m.update("david-ft", fragments=["playing catch-up", "on housing"])
    located = locate_quotes(m, TEXTS)
    assert located.get("david-ft").locators == ()
    assert located.get("abbott-ft").locators != ()


def test_ambiguous_quote_keeps_a_locator_that_marks_one_place() -> None:
    """A quote found twice is located only when its stored locator picks one of the places."""
    text = "We will win. They said: we will win."
    m = ArgumentMap()
    s = m.source("Speech", id="s")
    a = m.actor("A", id="a")
    c = m.claim("Victory", id="c")
    m.attribute(c, a, s, id="x", quote="will win")
    assert locate_quotes(m, {"s": text}).get("x").locators == ()
    m.update("x", locators=[Locator(start=27, end=35)])
    (report,) = check_quotes(m, {"s": text})
    assert report.status is QuoteStatus.AMBIGUOUS and report.locator_matches is True
    located = locate_quotes(m, {"s": text})
    assert located.get("x").locators == (Locator(start=27, end=35, paragraph=1),)


def test_stale_locator_is_reported_and_replaced() -> None:
    """A locator that marks no occurrence is flagged, and locating corrects it."""
    m = make_map()
    m.update("abbott-ft", locators=[Locator(start=0, end=5)])
    (report,) = [r for r in check_quotes(m, TEXTS) if r.attribution == "abbott-ft"]
    assert report.locator_matches is False
    assert str(report).endswith("(its locator 0-5 marks no occurrence)")
    start = FT_TEXT.index("immigration lost")
    assert locate_quotes(m, TEXTS).get("abbott-ft").locators[0].start == start


def test_missing_text_names_attribution_and_source() -> None:
    with pytest.raises(MissingSourceTextError, match="attribution 'ed-tp' quotes source 'tp'"):
        check_quotes(make_map(), {"ft": FT_TEXT})
    assert issubclass(MissingSourceTextError, LookupError)
    assert issubclass(MissingSourceTextError, ArgmapError)


def test_quote_of_only_marks_names_the_attribution() -> None:
    m = make_map()
    m.update("abbott-ft", quote="“ ”")
    with pytest.raises(EmptyQuoteError, match="attribution 'abbott-ft'"):
        check_quotes(m, TEXTS)


def test_load_source_texts_by_file_field_or_id(tmp_path: Path) -> None:
    """``file`` names the text when set; otherwise ``<id>.txt``; line endings are kept."""
    (tmp_path / "ft.txt").write_bytes(FT_TEXT.replace("\n", "\r\n").encode("utf-8"))
    (tmp_path / "fabian.txt").write_text(TP_TEXT, encoding="utf-8")
    (tmp_path / "tp.txt").write_text("not this one", encoding="utf-8")
    texts = load_source_texts(make_map(), tmp_path)
    assert texts == {"ft": FT_TEXT.replace("\n", "\r\n"), "tp": TP_TEXT}
    reports = check_quotes(make_map(), texts)
    assert [r.check.paragraphs for r in reports] == [(2,), (3,), (3,), (1,)]


def test_load_source_texts_skips_sources_without_quotes(tmp_path: Path) -> None:
    """A source no quote cites and without a file field needs no text."""
    m = make_map()
    m.source("A television debate", id="tv")
    (tmp_path / "ft.txt").write_text(FT_TEXT, encoding="utf-8")
    (tmp_path / "fabian.txt").write_text(TP_TEXT, encoding="utf-8")
    assert set(load_source_texts(m, tmp_path)) == {"ft", "tp"}


def test_missing_file_names_source_and_file(tmp_path: Path) -> None:
    (tmp_path / "ft.txt").write_text(FT_TEXT, encoding="utf-8")
    with pytest.raises(SourceTextError) as caught:
        load_source_texts(make_map(), tmp_path)
    message = str(caught.value)
    assert "source 'tp'" in message
    assert str(tmp_path / "fabian.txt") in message
    assert "its file field says 'fabian.txt'" in message
    assert isinstance(caught.value, OSError) and isinstance(caught.value, ArgmapError)


def test_missing_default_file_is_named(tmp_path: Path) -> None:
    (tmp_path / "fabian.txt").write_text(TP_TEXT, encoding="utf-8")
    with pytest.raises(SourceTextError, match=r"source 'ft'.*ft\.txt.*no file field"):
        load_source_texts(make_map(), tmp_path)


def test_text_that_is_not_utf8_is_refused(tmp_path: Path) -> None:
    (tmp_path / "ft.txt").write_bytes("Labour’s".encode("cp1252"))
    (tmp_path / "fabian.txt").write_text(TP_TEXT, encoding="utf-8")
    with pytest.raises(SourceTextError, match=r"source 'ft'.*not UTF-8"):
        load_source_texts(make_map(), tmp_path)


def test_a_byte_order_mark_is_not_part_of_the_source_text(tmp_path: Path) -> None:
    (tmp_path / "ft.txt").write_bytes(b"\xef\xbb\xbf" + FT_TEXT.encode("utf-8"))
    (tmp_path / "fabian.txt").write_text(TP_TEXT, encoding="utf-8")
    assert load_source_texts(make_map(), tmp_path)["ft"] == FT_TEXT
