"""Mermaid text read back by the real Mermaid: its own parser and renderer, in Chromium.

``scripts/ensure-node-tools`` installs the ``mermaid`` npm package into the tools cache outside
the repository; the test loads its browser bundle (``dist/mermaid.min.js``) into a page of
Debian's Chromium, parses and renders argmap's Mermaid text, and reads the labels back from
the SVG Mermaid drew. Skipped, with the reason, where the bundle, Chromium or Playwright is
missing.
"""

from __future__ import annotations

import os
import re
import runpy
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from _browser import ARGS, CHROMIUM, playwright_or_skip
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from argmap.diagram._sample import sample_map
from argmap.diagram.mermaid import to_mermaid
from argmap.diagram.quoting import clean
from argmap.model import ArgumentMap

ROOT = Path(__file__).resolve().parents[1]
TOOLS = Path(os.environ.get("ARGMAP_TOOLS") or Path.home() / ".cache" / "argmap-tools")
BUNDLE = TOOLS / "node" / "node_modules" / "mermaid" / "dist" / "mermaid.min.js"

pytestmark = [pytest.mark.browser, pytest.mark.exe]
sync_api = playwright_or_skip()
if not BUNDLE.exists():
    pytest.skip(
        f"the mermaid npm package is not installed at {BUNDLE} (run scripts/ensure-node-tools)",
        allow_module_level=True,
    )

_EDGE = re.compile(r"^\s*n\d+ [-.=ox>]+(?:\|[^|\n]*\|)? n\d+$", re.MULTILINE)
_RENDER = """async (text) => {
  try {
    await mermaid.parse(text);
    const {svg} = await mermaid.render("drawn" + (window.drawn = (window.drawn || 0) + 1), text);
    const box = document.createElement("div");
    box.innerHTML = svg;
    const labels = {};
    box.querySelectorAll("g.node").forEach((node) => {
      const id = (node.id.match(/-(n\\d+)-/) || [])[1];
      if (id) { labels[id] = node.textContent; }
    });
    return {error: null, labels: labels, edges: box.querySelectorAll("g.edgePaths path").length};
  } catch (error) {
    return {error: String((error && error.message) || error), labels: {}, edges: 0};
  }
}"""


@pytest.fixture(scope="module")
def mermaid_page(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    page_file = tmp_path_factory.mktemp("mermaid") / "page.html"
    page_file.write_text(
        f'<!doctype html><meta charset="utf-8"><script src="{BUNDLE.as_uri()}"></script>',
        encoding="utf-8",
    )
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        page = browser.new_page()
        errors: list[str] = []
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.goto(page_file.as_uri())
        page.evaluate("mermaid.initialize({startOnLoad: false, securityLevel: 'strict'})")
        page.errors = errors
        yield page
        assert errors == []
        browser.close()


def _drawn(page: Any, text: str) -> dict[str, Any]:
    result: dict[str, Any] = page.evaluate(_RENDER, text)
    assert result["error"] is None, f"Mermaid refused argmap's text: {result['error']}\n{text}"
    return result


def _squeezed(text: str) -> str:
    return "".join(text.split())


def test_the_flagship_and_the_sample_parse_and_draw_every_node(mermaid_page: Any) -> None:
    flagship: ArgumentMap = runpy.run_path(str(ROOT / "examples" / "labour_immigration.py"))[
        "build"
    ]()
    for argument_map in (flagship, sample_map()):
        for detail in ("claims", "speakers", "quotes"):
            text = to_mermaid(argument_map, detail=detail)
            drawn = _drawn(mermaid_page, text)
            declared = {line.split("[")[0].split("(")[0].strip() for line in text.splitlines()}
            nodes = {name for name in declared if name.startswith("n") and name[1:].isdigit()}
            assert set(drawn["labels"]) == nodes
            assert drawn["edges"] == len(_EDGE.findall(text))


def test_what_mermaid_shows_is_the_claims_text(mermaid_page: Any) -> None:
    drawn = _drawn(mermaid_page, to_mermaid(sample_map(), detail="claims"))
    shown = {_squeezed(label) for label in drawn["labels"].values()}
    for claim in sample_map().claims:
        assert _squeezed(claim.text) in shown


_HOSTILE = st.text(
    alphabet=st.sampled_from([*'ab <>&"#;[](){}|`\\/:%-=.x\n\t', "é", "—", "“", "”"]),
    min_size=1,
    max_size=30,
).filter(lambda text: clean(text).strip())


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_HOSTILE)
def test_any_claim_text_is_shown_as_written(mermaid_page: Any, text: str) -> None:
    argument_map = ArgumentMap()
    argument_map.claim(text, id="c")
    drawn = _drawn(mermaid_page, to_mermaid(argument_map, detail="claims"))
    assert _squeezed(drawn["labels"]["n0"]) == _squeezed(clean(text))
