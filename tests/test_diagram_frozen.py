"""The DOT and Mermaid text stays byte-identical through the speed work (issue #16).

Three layers, each able to fail on its own:

* goldens (``tests/data/dot_golden.json``, SHA-256 of the text made on ``main`` before the speed
  work) for the flagship in every option combination that matters, so the frozen copy of the
  old code (``tests/_dot_reference``) is itself pinned to what ``main`` drew;
* the flagship, and every corpus map of ``../shared/corpora`` (skipped when absent), drawn by
  the package and by the frozen copy, compared byte for byte;
* hypothesis maps (``argmap.strategies.maps``) with hypothesis-drawn options, likewise.

Regenerate the goldens only for a deliberate change of output:
``python -m tests.test_diagram_frozen --write`` (and say why in the commit).
"""

from __future__ import annotations

import hashlib
import json
import sys
from functools import cache
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import argmap
from argmap.diagram import _emit, labels, quoting, to_dot, to_mermaid
from argmap.model import ArgumentMap
from argmap.semantics import evaluate
from argmap.strategies import maps, texts
from tests._dot_reference import _emit as old_emit
from tests._dot_reference import build as old_build
from tests._dot_reference import labels as old_labels
from tests._dot_reference import mermaid as old_mermaid
from tests._dot_reference import quoting as old_quoting
from tests._interop import ROOT, SHARED, corpus_maps

GOLDEN = ROOT / "tests" / "data" / "dot_golden.json"
FLAGSHIP = ROOT / "examples" / "labour_immigration.py"


@cache
def _flagship() -> ArgumentMap:
    from argmap.cli.loading import load_map

    return load_map(str(FLAGSHIP))


def _cases(m: ArgumentMap) -> dict[str, dict[str, Any]]:
    """Name -> diagram options: every option that changes the text, alone and combined."""
    grounded = evaluate(m, "grounded")
    central = m.central.id if m.central else m.claims[0].id
    strengths = {c.id: (n % 11) / 10 for n, c in enumerate(m.claims)}
    cases: dict[str, dict[str, Any]] = {"default": {}}
    for detail in ("claims", "speakers", "quotes"):
        for direction in ("auto", "BT", "TB", "LR"):
            cases[f"{detail}-{direction}"] = {"detail": detail, "direction": direction}
    for name in ("print", "dark"):
        cases[f"theme-{name}"] = {"theme": name, "detail": "quotes"}
    for width in (8, 20, 60):
        cases[f"width-{width}"] = {"width": width, "detail": "quotes"}
    cases["no-legend"] = {"legend": False}
    cases["no-legend-quotes-dark"] = {"legend": False, "detail": "quotes", "theme": "dark"}
    cases["status-grounded"] = {"status": grounded}
    cases["status-grounded-print"] = {"status": grounded, "theme": "print", "detail": "claims"}
    cases["status-strength"] = {"status": strengths, "theme": "dark"}
    for group in ("source", "actor", "side"):
        cases[f"group-{group}"] = {"group": group, "detail": "quotes"}
    cases["focus"] = {"focus": central, "depth": 1}
    cases["focus-deep-quotes"] = {"focus": central, "depth": 3, "detail": "quotes"}
    return cases


def _texts(m: ArgumentMap, draw_dot: Any, draw_mermaid: Any) -> dict[str, str]:
    texts = {f"dot:{name}": draw_dot(m, **o).source for name, o in _cases(m).items()}
    for detail in ("claims", "speakers", "quotes"):
        for direction in ("auto", "LR"):
            options = {"detail": detail, "direction": direction}
            texts[f"mermaid:{detail}-{direction}"] = draw_mermaid(m, **options)
    return texts


def _as_before(text: str) -> str:
    """The package's text with its one deliberate change undone.

    A line of nothing but closing brackets is written ``&#93;`` since (dot refuses it as ``]``;
    see ``test_a_line_of_closing_brackets_reaches_the_svg``). A ``&`` of user text is always
    ``&amp;``, so no other ``&#93;`` can occur.
    """
    return text.replace("&#93;", "]")


def _written(m: ArgumentMap, options: dict[str, Any]) -> str:
    """The DOT text the registry's writer gives (what ``argmap render -o x.dot`` writes): it
    is written without building a ``graphviz.Digraph``."""
    text = argmap.dumps(m, "dot", **options)
    assert isinstance(text, str)
    return text


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def test_the_frozen_copy_draws_the_flagship_as_main_did() -> None:
    """The reference is honest: its text for the flagship is what ``main`` drew (goldens)."""
    golden = json.loads(GOLDEN.read_text(encoding="utf-8"))
    texts = _texts(_flagship(), old_build.to_dot, old_mermaid.to_mermaid)
    assert {name: _digest(text) for name, text in texts.items()} == golden


def test_the_flagship_is_drawn_byte_for_byte_as_before() -> None:
    m = _flagship()
    old = _texts(m, old_build.to_dot, old_mermaid.to_mermaid)
    new = _texts(m, to_dot, to_mermaid)
    for name in old:
        assert new[name] == old[name], name
    for name, options in _cases(m).items():
        assert _written(m, options) == old[f"dot:{name}"], name


@cache
def _corpus() -> dict[str, Any]:
    found = corpus_maps()
    del found["flagship"]
    from argmap.formats import argdown

    for path in sorted((SHARED / "corpora" / "argdown").rglob("*.argdown")):
        try:
            found[str(path.name)] = argdown.loads(path.read_text(encoding="utf-8"))
        except Exception:  # a file the reader refuses has no diagram to compare
            continue
    return found


_CORPUS_OPTIONS: list[dict[str, Any]] = [
    {},
    {"detail": "quotes", "direction": "LR", "legend": False},
    {"detail": "claims", "theme": "dark", "width": 12},
    {"group": "actor", "detail": "quotes", "theme": "print"},
]


def test_every_corpus_map_is_drawn_byte_for_byte_as_before() -> None:
    if not (SHARED / "corpora").is_dir():
        pytest.skip("the shared corpus (../shared/corpora) is absent")
    found = _corpus()
    assert found, "the corpus folder holds no map"
    for name, m in found.items():
        if not m.claims:
            continue
        for options in _CORPUS_OPTIONS:
            old = old_build.to_dot(m, **options).source
            assert _as_before(to_dot(m, **options).source) == old, (name, options)
            assert _as_before(_written(m, options)) == old, (name, options)
        assert to_mermaid(m, detail="quotes") == old_mermaid.to_mermaid(m, detail="quotes"), name


@st.composite
def _options(draw: st.DrawFn, m: ArgumentMap) -> dict[str, Any]:
    options: dict[str, Any] = {
        "detail": draw(st.sampled_from(["claims", "speakers", "quotes"])),
        "direction": draw(st.sampled_from(["auto", "BT", "TB", "LR"])),
        "theme": draw(st.sampled_from(["default", "print", "dark"])),
        "width": draw(st.integers(8, 50)),
        "legend": draw(st.booleans()),
    }
    ids = [c.id for c in m.claims]
    if draw(st.booleans()):
        states = st.sampled_from(["in", "out", "undec", "defensible"]) | st.floats(0, 1)
        options["status"] = draw(st.dictionaries(st.sampled_from(ids), states, max_size=4))
    group = draw(st.sampled_from(["none", "source", "actor"] + (["side"] if m.central else [])))
    options["group"] = group
    if draw(st.booleans()):
        options["focus"] = draw(st.sampled_from(ids))
        options["depth"] = draw(st.integers(0, 3))
    return options


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data(), maps(max_claims=10))
def test_generated_maps_are_drawn_byte_for_byte_as_before(data: Any, m: ArgumentMap) -> None:
    options = data.draw(_options(m))
    old = old_build.to_dot(m, **options).source
    assert _as_before(to_dot(m, **options).source) == old
    assert _as_before(_written(m, options)) == old
    text = {k: options[k] for k in ("detail", "direction", "width")}
    assert to_mermaid(m, **text) == old_mermaid.to_mermaid(m, **text)


_WORDS = ["swings", "of", "10", "and", "12", "per", "cent", "across", "the", "county", "country"]


@st.composite
def _reported_maps(draw: st.DrawFn) -> ArgumentMap:
    """A map whose claims carry remarks that several outlets report, in slightly other words
    (grouped by ``shown_attributions``, their differences listed in the tooltip)."""
    m = draw(maps(max_claims=4))
    speakers = [m.actor(name, id=f"speaker-{n}") for n, name in enumerate(["Bitar", "Lee"])]
    setting = m.source("Interview", id="interview", outlet=draw(st.sampled_from(["Nine", ""])))
    outlets = [m.source(f"{o} report", id=f"report-{o}", outlet=o) for o in ("ABC", "SMH", "AP")]
    number = 0
    for _ in range(draw(st.integers(1, 3))):  # remarks, each reported by 1-3 outlets
        claim, speaker = draw(st.sampled_from(m.claims)), draw(st.sampled_from(speakers))
        base = draw(st.lists(st.sampled_from(_WORDS), min_size=4, max_size=10))
        stance = draw(st.sampled_from(["asserts", "asserts", "denies"]))
        for outlet in draw(st.lists(st.sampled_from(outlets), min_size=1, max_size=3)):
            words = list(base)
            if draw(st.booleans()):  # this outlet's version: one word changed
                words[draw(st.integers(0, len(words) - 1))] = draw(st.sampled_from(_WORDS))
            fields: dict[str, Any] = {"stance": stance}
            if draw(st.booleans()):
                fields["quote"] = " ".join(words)
            else:
                fields["fragments"] = [" ".join(words[:2]), " ".join(words[2:])]
            if draw(st.booleans()):
                fields["setting"] = setting
            if draw(st.integers(0, 5)) == 0:
                fields["stance"] = "concedes"  # one report reads another stance
            m.attribute(claim, speaker, outlet, id=f"report-{number}", **fields)
            number += 1
    return m


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data(), _reported_maps())
def test_remarks_reported_by_several_outlets_are_drawn_as_before(data: Any, m: ArgumentMap) -> None:
    options = data.draw(_options(m))
    old = old_build.to_dot(m, **options).source
    assert _as_before(to_dot(m, **options).source) == old
    assert _as_before(_written(m, options)) == old
    assert to_mermaid(m, detail="quotes") == old_mermaid.to_mermaid(m, detail="quotes")


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_reported_maps())
def test_each_claims_shown_attributions_are_as_before(m: ArgumentMap) -> None:
    """Both branches of ``shown_attributions``: a claim with fewer than two attributions
    skips the search for remarks; one with more searches (and finds some)."""
    from argmap.diagram.labels import shown_attributions

    for claim in m.claims:
        assert shown_attributions(m, claim) == old_labels.shown_attributions(m, claim)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data(), _reported_maps())
def test_loaded_and_edited_maps_are_drawn_as_before(data: Any, m: ArgumentMap) -> None:
    """The attributions grouped in one pass (``attributions_by_claim``) come in the order the
    old code's ``attributions_of`` gave: on a map read back from JSON (whose referrer index is
    not built yet) and after ``replace`` moved some attributions last in that index."""
    loaded = argmap.loads(argmap.dumps(m, "json"), "json")
    for attribution in data.draw(st.lists(st.sampled_from(m.attributions), max_size=3)):
        m.replace(attrs.evolve(attribution, note="edited"))
    options = data.draw(_options(m))
    for drawn in (loaded, m):
        assert (
            _as_before(to_dot(drawn, **options).source) == old_build.to_dot(drawn, **options).source
        )


_SPACES = st.sampled_from([" ", "  ", "\n", "\t", "\r\n", "\xa0", "\u2028", "\x1c", "\x85"])
_WORDY = st.lists(
    st.one_of(texts(max_size=12), _SPACES, st.text(alphabet="ab", min_size=1, max_size=70)),
    max_size=30,
).map("".join)


@settings(max_examples=500, deadline=None)
@given(st.one_of(_WORDY, texts(max_size=300)), st.integers(8, 70))
def test_wrap_breaks_lines_as_before(text: str, width: int) -> None:
    """The fast paths of ``wrap`` (whole paragraph, one regular expression) change no line."""
    assert labels.wrap(text, width) == old_labels.wrap(text, width)


@given(st.one_of(_WORDY, texts(max_size=100)), st.booleans())
def test_escaping_is_as_before(text: str, tooltip: bool) -> None:
    assert quoting.clean(text) == old_quoting.clean(text)
    assert _as_before(quoting.escape_html(text)) == old_quoting.escape_html(text)
    assert quoting.escape_dot(text, tooltip=tooltip) == old_quoting.escape_dot(
        text, tooltip=tooltip
    )
    old = old_emit.dot_quote(old_quoting.escape_dot(text, tooltip=tooltip))
    assert _emit.dot_quote(quoting.escape_dot(text, tooltip=tooltip)) == old
    assert _emit.quote_text(text, tooltip=tooltip) == old


def _write_goldens() -> None:
    texts = _texts(_flagship(), old_build.to_dot, old_mermaid.to_mermaid)
    GOLDEN.parent.mkdir(parents=True, exist_ok=True)
    digests = {name: _digest(text) for name, text in texts.items()}
    GOLDEN.write_text(json.dumps(digests, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(f"wrote {len(digests)} digests to {GOLDEN.relative_to(Path.cwd())}")


if __name__ == "__main__" and "--write" in sys.argv:
    _write_goldens()
