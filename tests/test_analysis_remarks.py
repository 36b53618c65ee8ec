"""The same remark in several reports (#11): grouping, versions, diffs, the quotes command."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st

from argmap.analysis import remark_line, remarks
from argmap.cli.loading import load_map
from argmap.cli.main import cli
from argmap.diagram import to_dot
from argmap.diagram.panel import panel_data
from argmap.formats import dumps
from argmap.model import ArgumentMap, Attribution, Claim
from argmap.quotes import render_diff, word_diff, word_diff_parts

ABC = "We were facing swings of anywhere between 10 and 12 per cent across the county"
SMH = "We were facing swings of anywhere between 10 and 12 per cent across the country"


def _bitar() -> ArgumentMap:
    m = ArgumentMap()
    swings = m.claim("Labor faced big swings across the country", id="swings")
    bitar = m.actor("Karl Bitar", id="bitar")
    nine = m.source("Interview", id="nine", outlet="Channel Nine")
    m.source("Bitar speaks", id="abc", outlet="ABC")
    m.source("Labor's post-mortem", id="smh", outlet="the SMH")
    m.source("A later speech", id="speech", outlet="Sky News")
    m.attribute(swings, bitar, "abc", id="bitar-abc", setting=nine, quote=ABC)
    m.attribute(swings, bitar, "smh", id="bitar-smh", setting=nine, quote=SMH)
    return m


def test_two_outlets_reporting_one_utterance_are_one_remark() -> None:
    (remark,) = remarks(_bitar())
    assert remark.attributions == ("bitar-abc", "bitar-smh")
    assert remark.outlets == ("ABC", "the SMH")
    assert not remark.verbatim
    assert remark.differences() == [
        ("bitar-abc", "bitar-smh", "... cent across the [-county-] {+country+}")
    ]


def test_the_line_names_speaker_setting_and_outlets() -> None:
    m = _bitar()
    (remark,) = remarks(m)
    assert remark_line(m, remark) == "Karl Bitar, on Channel Nine; reported by ABC and the SMH"


def test_another_setting_is_another_remark() -> None:
    m = _bitar()
    m.attribute("swings", "bitar", "abc", id="bitar-sky", setting="speech", quote=ABC)
    assert [r.attributions for r in remarks(m)] == [("bitar-abc", "bitar-smh")]


def test_another_speaker_is_another_remark() -> None:
    m = _bitar()
    m.actor("Mark Arbib", id="arbib")
    m.update("bitar-smh", actor="arbib")
    assert remarks(m) == []


def test_different_words_are_different_remarks() -> None:
    m = _bitar()
    m.update("bitar-smh", quote="Julia Gillard did an amazing job")
    assert remarks(m) == []
    assert len(remarks(m, min_reports=1)) == 2


def test_a_shorter_excerpt_is_a_version_of_the_remark() -> None:
    m = _bitar()
    m.update("bitar-smh", quote="swings of anywhere between 10 and 12 per cent")
    (remark,) = remarks(m)
    assert remark.attributions == ("bitar-abc", "bitar-smh")


def test_the_flagship_catch_up_remark_is_carried_by_both_reports() -> None:
    m = load_map(str(Path(__file__).resolve().parents[1] / "examples" / "labour_immigration.py"))
    (remark,) = [r for r in remarks(m) if r.actor == "david-miliband"]
    assert remark.outlets == ("Financial Times", "Total Politics")
    assert remark.verbatim and remark.differences() == []


def test_quotes_compare_prints_the_word_diff(tmp_path: Path) -> None:
    path = tmp_path / "bitar.yaml"
    path.write_text(dumps(_bitar(), format="yaml"), "utf-8")
    result = CliRunner().invoke(cli, ["quotes", str(path), "--compare"])
    assert result.exit_code == 0, result.output
    assert "1. Karl Bitar, on Channel Nine; reported by ABC and the SMH" in result.output
    assert "[-county-] {+country+}" in result.output
    result = CliRunner().invoke(cli, ["quotes", str(path), "--json"])
    assert '"diff": "... cent across the [-county-] {+country+}"' in result.output


def test_a_diagram_shows_a_remark_carried_by_several_outlets_once() -> None:
    from argmap.diagram.labels import shown_attributions, tooltip
    from argmap.diagram.panel import panel_data

    m = _bitar()
    claim = m.get("swings", Claim)
    shown = shown_attributions(m, claim)
    assert [a.id for a, _ in shown] == ["bitar-abc"]
    text = tooltip(m, claim)
    assert "by Karl Bitar, on Channel Nine; reported by ABC and the SMH" in text
    assert "the SMH: ... cent across the [-county-] {+country+}" in text
    dot = to_dot(m, detail="speakers").source
    assert dot.count("Karl Bitar") == 2  # once in the label, once in the tooltip
    (remark,) = panel_data(m)["claims"]["swings"]["remarks"]
    assert remark["outlets"] == ["ABC", "the SMH"]
    assert remark["differences"][0]["diff"] == "... cent across the [-county-] {+country+}"


def test_a_single_report_keeps_its_own_line() -> None:
    from argmap.diagram.labels import attribution_line

    m = _bitar()
    m.update("bitar-smh", quote="Julia Gillard did an amazing job")
    assert attribution_line(m, m.get("bitar-smh", Attribution)) == (
        "✓ asserted by Karl Bitar, the SMH"
    )
    assert "reported by" not in to_dot(m, detail="speakers").source


def test_mermaid_shows_the_remark_once_too() -> None:
    from argmap.diagram import to_mermaid

    text = to_mermaid(_bitar(), detail="speakers")
    assert text.count("Karl Bitar") == 1
    assert "reported by ABC and the SMH" in text


def test_the_differences_come_as_pieces_for_the_html_panel_too() -> None:
    m = _bitar()
    (remark,) = remarks(m)
    assert remark.difference_parts() == [
        (
            "bitar-abc",
            "bitar-smh",
            [
                ("gap", "..."),
                ("same", "cent across the"),
                ("removed", "county"),
                ("added", "country"),
            ],
        )
    ]
    (shown,) = panel_data(m)["claims"]["swings"]["remarks"]
    assert shown["differences"][0]["parts"][-2:] == [["removed", "county"], ["added", "country"]]
    assert shown["differences"][0]["diff"] == "... cent across the [-county-] {+country+}"


_words = st.lists(st.sampled_from(["a", "b", "c", "d", "'e'", "f-g"]), min_size=1, max_size=14)


@given(_words, _words)
def test_the_pieces_keep_each_side_s_words_in_order(first: list[str], other: list[str]) -> None:
    passage, quote = " ".join(first), " ".join(other)
    parts = word_diff_parts(passage, quote)
    assert render_diff(parts) == word_diff(passage, quote)
    if "gap" not in {kind for kind, _ in parts}:  # nothing left out: each side is whole
        assert " ".join(t for k, t in parts if k != "added") == passage
        assert " ".join(t for k, t in parts if k != "removed") == quote
