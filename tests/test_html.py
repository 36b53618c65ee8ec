"""The interactive HTML page as text: self-contained, safe from its own data, one JSON source."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given, settings

from argmap.cli.main import cli
from argmap.diagram import interactive, to_html
from argmap.diagram._sample import sample_map
from argmap.diagram.html import _json_for_script, page_html
from argmap.diagram.panel import panel_data
from argmap.diagram.styles import STANCE_STYLES
from argmap.model import ArgumentMap
from argmap.strategies import maps

needs_dot = pytest.mark.exe


def _data(page: str) -> dict[str, object]:
    match = re.search(r'<script type="application/json" id="argmap-data">(.*?)</script>', page)
    assert match
    loaded: dict[str, object] = json.loads(match.group(1))
    return loaded


def test_text_that_looks_like_markup_cannot_break_out_of_the_page() -> None:
    m = ArgumentMap(title="</title><script>alert(1)</script>")
    m.claim("</script><script>alert(2)</script> & <!--", id="c")
    page = page_html(m, svg="<svg></svg>")
    assert page.count("<script") == 2  # the data and the code, nothing from the map
    assert "<title>&lt;/title&gt;&lt;script&gt;" in page
    assert _data(page) == panel_data(m)


def test_the_page_loads_nothing_from_the_network() -> None:
    page = page_html(sample_map(), svg="<svg></svg>")
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", page)
    assert "@import" not in page and "fetch(" not in page


@needs_dot
def test_to_html_inlines_the_same_svg_as_render() -> None:
    page = to_html(sample_map(), detail="quotes")
    assert "<?xml" not in page and page.count("<svg") == 1
    assert 'id="tram"' in page and "✗ denied" in page
    frame = interactive(sample_map())._repr_html_()
    assert frame.startswith("<iframe srcdoc=") and "&lt;svg" in frame


@needs_dot
def test_render_writes_html_from_the_cli(tmp_path: Path) -> None:
    example = Path(__file__).resolve().parents[1] / "examples" / "labour_immigration.py"
    out = tmp_path / "labour.html"
    result = CliRunner().invoke(cli, ["render", str(example), "-o", str(out)])
    assert result.exit_code == 0, result.output
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and len(page.encode()) < 1_000_000
    claims = _data(page)["claims"]
    assert isinstance(claims, dict)
    straw = [
        a for a in claims["harder-stance"]["attributions"] if a["speaker"]["id"] == "will-straw"
    ]
    assert straw[0]["stance"] == "denies" and straw[0]["quote"].startswith("The very worst")


@settings(max_examples=60, deadline=None)
@given(maps())
def test_the_panel_data_holds_every_attribution_with_its_stance(m: ArgumentMap) -> None:
    """For any map: one entry per claim, each attribution with its own stance and words."""
    data = panel_data(m)
    assert list(data["claims"]) == [c.id for c in m.claims]
    for claim in m.claims:
        shown = data["claims"][claim.id]["attributions"]
        expected = m.attributions_of(claim)
        assert [a["id"] for a in shown] == [a.id for a in expected]
        for entry, attribution in zip(shown, expected, strict=True):
            assert entry["stance"] == attribution.stance.value
            assert entry["line"].startswith(STANCE_STYLES[attribution.stance].mark + " ")
            assert entry["quote"] == attribution.quote
    json.loads(_json_for_script(data))  # and it survives the trip into the page


def test_a_filter_with_nothing_to_choose_is_not_shown() -> None:
    m = ArgumentMap()  # claims only, as a Kialo export gives: no speaker, no source
    m.claim("Build the tram", id="tram")
    page = page_html(m, svg="<svg></svg>")
    assert re.search(r'<select id="argmap-speaker"[^>]* hidden>', page)
    assert re.search(r'<select id="argmap-source"[^>]* hidden>', page)
    shown = page_html(sample_map(), svg="<svg></svg>")
    assert not re.search(r"<select [^>]*hidden", shown)
