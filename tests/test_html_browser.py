"""The interactive HTML map in a real browser: Debian's Chromium driven by Playwright.

Playwright's Python package drives the system browser (``/usr/bin/chromium``, installed by
``scripts/ensure-chromium``); it never downloads one. Every test fails on a console error.
Skipped, with the reason, only where no browser or no Playwright can be had.
"""

from __future__ import annotations

import runpy
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from _browser import ARGS, CHROMIUM, playwright_or_skip
from test_analysis_remarks import _bitar

from argmap.diagram import to_html
from argmap.diagram.render import find_dot
from argmap.exceptions import RenderError
from argmap.model import ArgumentMap

ROOT = Path(__file__).resolve().parents[1]
pytestmark = [pytest.mark.browser, pytest.mark.exe]
sync_api = playwright_or_skip()
try:
    find_dot()
except RenderError:
    pytest.skip("Graphviz's dot is not installed", allow_module_level=True)


def flagship() -> ArgumentMap:
    built: ArgumentMap = runpy.run_path(str(ROOT / "examples" / "labour_immigration.py"))["build"]()
    return built


def generated(claims: int) -> ArgumentMap:
    """A generated debate: a tree of reasons and objections, each with a speaker."""
    m = ArgumentMap(title=f"Generated {claims}", question="Should we?")
    source = m.source("Hearing", id="hearing", outlet="Gazette", url="https://example.com/h")
    speakers = [m.actor(f"Speaker {n}", id=f"sp{n}", role="member") for n in range(5)]
    m.claim("Central claim", id="c0", central=True)
    for n in range(1, claims):
        parent = f"c{(n - 1) // 3}"
        m.claim(f"Claim {n}: a reason about {parent}", id=f"c{n}")
        if n % 3 == 0:
            m.rebut(parent, by=f"c{n}", id=f"r{n}")
        else:
            m.support(parent, by=f"c{n}", id=f"a{n}")
        stance = "denies" if n % 7 == 0 else "asserts"
        m.attribute(f"c{n}", speakers[n % 5], source, quote=f"words {n}", stance=stance)
    return m


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with sync_api.sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield launched
        launched.close()


@pytest.fixture(scope="module")
def flagship_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("html") / "labour.html"
    path.write_text(to_html(flagship()), encoding="utf-8")
    return path


def _open(browser: Any, path: Path, *, width: int = 1400, height: int = 900, hash: str = "") -> Any:
    page = browser.new_page(viewport={"width": width, "height": height})
    errors: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on(
        "request", lambda r: None if r.url.startswith(("file:", "data:")) else errors.append(r.url)
    )
    page.errors = errors
    page.goto(path.as_uri() + hash)
    page.wait_for_function("window.argmap && window.argmap.ready")
    return page


def _close(page: Any) -> None:
    assert page.errors == [], "console errors or network requests"
    page.close()


def test_the_flagship_opens_offline_fitted_with_no_console_error(
    browser: Any, flagship_file: Path
) -> None:
    page = _open(browser, flagship_file)
    box, full = page.evaluate("argmap.box()"), page.evaluate("argmap.full()")
    assert box == full  # the whole map fits on open
    assert page.locator("g.node.claim").count() == len(flagship().claims)
    assert flagship_file.stat().st_size < 1_000_000
    _close(page)


def test_clicking_a_harder_stance_shows_will_straws_words_and_his_denial(
    browser: Any, flagship_file: Path
) -> None:
    page = _open(browser, flagship_file)
    page.locator("g.node#harder-stance").click()
    panel = page.locator("#argmap-panel")
    assert panel.is_visible()
    text = panel.inner_text()
    assert "✗ denied by Will Straw" in " ".join(text.split())
    assert "The very worst thing the Labour party could do" in text
    assert "asserted by Will Straw" not in text
    assert "one remark, several reports" not in text.lower()  # one report only
    assert page.url.endswith("#harder-stance")
    _close(page)


def test_a_deep_link_opens_with_the_claim_selected(browser: Any, flagship_file: Path) -> None:
    page = _open(browser, flagship_file, hash="#harder-stance")
    assert "selected" in (page.locator("g.node#harder-stance").get_attribute("class") or "")
    assert "A harder stance" in page.locator("#argmap-panel").inner_text()
    _close(page)


def test_a_remark_both_reports_carry_is_shown_once_with_both_outlets(
    browser: Any, flagship_file: Path
) -> None:
    page = _open(browser, flagship_file, hash="#catch-up")
    remark = page.locator("#argmap-panel .remark")
    assert remark.count() == 1
    text = " ".join(remark.inner_text().split())
    assert "✓ asserted by David Miliband" in text
    assert "reported by Financial Times and Total Politics" in text
    assert "Every report gives the same words." in text
    assert "one remark, several reports (1)" in page.locator("#argmap-panel").inner_text().lower()
    _close(page)


def test_the_words_two_outlets_print_differently_are_struck_and_underlined(
    browser: Any, tmp_path: Path
) -> None:
    path = tmp_path / "bitar.html"
    path.write_text(to_html(_bitar()), encoding="utf-8")
    page = _open(browser, path, hash="#swings")
    removed, added = page.locator(".remark del"), page.locator(".remark ins")
    assert (removed.count(), added.count()) == (1, 1)
    assert removed.get_attribute("title") == "only in ABC"
    assert added.get_attribute("title") == "only in the SMH"
    assert "county" in removed.inner_text() and "country" in added.inner_text()
    assert (
        page.evaluate("getComputedStyle(document.querySelector('.remark del')).textDecorationLine")
        == "line-through"
    )
    diff = " ".join(page.locator(".remark .diff").inner_text().split())
    assert diff.startswith("… cent across the") and diff.endswith("country")
    _close(page)


def test_a_deep_link_into_a_small_map_keeps_the_bar_in_view_and_the_panel_its_width(
    browser: Any, tmp_path: Path
) -> None:
    # the browser scrolled the page to the node named by the fragment, hiding the bar, and
    # the panel shrank to a sixth of its width beside a small drawing
    path = tmp_path / "bitar.html"
    path.write_text(to_html(_bitar()), encoding="utf-8")
    page = _open(browser, path, hash="#swings")
    assert page.evaluate("document.querySelector('header').getBoundingClientRect().top") == 0
    assert page.evaluate("document.body.scrollTop") == 0
    width = page.evaluate("document.querySelector('#argmap-panel').getBoundingClientRect().width")
    assert width >= 400  # 26rem at 1,400 px
    _close(page)


def test_search_finds_claims_by_speaker_and_by_quote(browser: Any, flagship_file: Path) -> None:
    page = _open(browser, flagship_file)
    page.fill("#argmap-search", "tack to the right")
    assert page.locator("g.node.match").count() >= 1
    assert page.locator("g.node#harder-stance.match").count() == 1
    page.locator("#argmap-results button").first.click()
    assert "A harder stance" in page.locator("#argmap-panel").inner_text()
    page.fill("#argmap-search", "Will Straw")
    assert page.locator("g.node.match").count() >= 2
    _close(page)


def test_filter_by_speaker_dims_every_claim_they_did_not_speak_on(
    browser: Any, flagship_file: Path
) -> None:
    page = _open(browser, flagship_file)
    page.select_option("#argmap-speaker", "will-straw")
    m = flagship()
    spoken = {a.claim for a in m.attributions if a.actor == "will-straw"}
    shown = page.eval_on_selector_all("g.node.claim:not(.dim)", "ns => ns.map(n => n.id)")
    assert set(shown) == spoken
    page.select_option("#argmap-speaker", "")
    assert page.locator("g.node.claim.dim").count() == 0
    _close(page)


_EMPTY_POINT = """() => {
  const r = document.getElementById("argmap-view").getBoundingClientRect();
  for (let y = r.top + 5; y < r.bottom; y += 7) {
    for (let x = r.left + 5; x < r.right; x += 7) {
      const hit = document.elementFromPoint(x, y);
      if (hit && !hit.closest("g.node") && !hit.closest("g.edge")) { return [x, y]; }
    }
  }
  return [r.left + 2, r.top + 2];
}"""


def test_zoom_buttons_wheel_and_fit(browser: Any, flagship_file: Path) -> None:
    page = _open(browser, flagship_file)
    full = page.evaluate("argmap.full()")
    page.click("#argmap-zoom-in")
    assert page.evaluate("argmap.box()")["w"] < full["w"]
    page.click("#argmap-fit")
    assert page.evaluate("argmap.box()") == full
    page.mouse.move(600, 400)
    page.mouse.wheel(0, -300)
    assert page.evaluate("argmap.box()")["w"] < full["w"]
    before = page.evaluate("argmap.box()")
    x, y = page.evaluate(_EMPTY_POINT)
    page.mouse.move(x, y)
    page.mouse.down()
    page.mouse.move(x + 100, y + 50)
    page.mouse.up()
    assert page.evaluate("argmap.box()")["x"] < before["x"]  # dragged right: view moves left
    _close(page)


def test_the_keyboard_path_reaches_and_opens_a_claim(browser: Any, flagship_file: Path) -> None:
    page = _open(browser, flagship_file)
    page.focus("#argmap-fit")
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.id")
    assert focused in {c.id for c in flagship().claims}
    assert page.evaluate("document.activeElement.getAttribute('role')") == "button"
    label = page.evaluate("document.activeElement.getAttribute('aria-label')")
    assert label.startswith(flagship().get(focused).text)
    page.keyboard.press("Enter")
    assert page.locator("#argmap-panel").is_visible()
    page.keyboard.press("Escape")
    assert not page.locator("#argmap-panel").is_visible()
    _close(page)


def test_on_a_phone_the_map_and_the_panel_fit_320_px(browser: Any, flagship_file: Path) -> None:
    page = _open(browser, flagship_file, width=320, height=640, hash="#harder-stance")
    assert page.evaluate("document.documentElement.scrollWidth") <= 320
    panel = page.locator("#argmap-panel").bounding_box()
    assert panel is not None and panel["width"] <= 320
    assert "Will Straw" in page.locator("#argmap-panel").inner_text()
    _close(page)


def test_a_generated_map_of_a_thousand_claims_opens(browser: Any, tmp_path: Path) -> None:
    path = tmp_path / "big.html"
    path.write_text(to_html(generated(1000), detail="claims"), encoding="utf-8")
    page = _open(browser, path, hash="#c500")
    assert page.locator("g.node.claim").count() == 1000
    assert "Claim 500" in page.locator("#argmap-panel").inner_text()
    page.select_option("#argmap-speaker", "sp1")
    assert page.locator("g.node.claim:not(.dim)").count() == 200
    _close(page)


def test_a_denial_in_a_generated_map_reads_as_a_denial(browser: Any, tmp_path: Path) -> None:
    path = tmp_path / "small.html"
    path.write_text(to_html(generated(15)), encoding="utf-8")
    page = _open(browser, path, hash="#c7")
    text = " ".join(page.locator("#argmap-panel").inner_text().split())
    assert "✗ denied by Speaker 2, member" in text and "“words 7”" in text
    link = page.locator("#argmap-panel a").first
    assert link.get_attribute("href") == "https://example.com/h"
    assert link.inner_text() == "Hearing, Gazette"
    _close(page)


def test_evaluation_colours_switch_off_and_on(browser: Any, tmp_path: Path) -> None:
    path = tmp_path / "evaluated.html"
    path.write_text(to_html(flagship(), status={"harder-stance": "out"}), encoding="utf-8")
    page = _open(browser, path)
    fill = "getComputedStyle(document.querySelector('g.node#harder-stance polygon')).fill"
    coloured = page.evaluate(fill)
    page.uncheck("#argmap-eval")
    assert page.evaluate(fill) == "rgb(255, 255, 255)" != coloured
    page.check("#argmap-eval")
    assert page.evaluate(fill) == coloured
    page.locator("g.node#harder-stance").click()
    assert "Evaluation: ✗ out (rejected)" in page.locator("#argmap-panel").inner_text()
    _close(page)
