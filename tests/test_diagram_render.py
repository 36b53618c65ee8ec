"""Rendering: formats, atomic writes, missing Graphviz, timeouts, SVG ids and tooltips."""

from __future__ import annotations

import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from argmap.diagram import render, repr_mimebundle, to_svg
from argmap.diagram._sample import sample_map
from argmap.exceptions import ArgmapError, OutputError, RenderError

needs_dot = pytest.mark.skipif(shutil.which("dot") is None, reason="Graphviz dot is missing")
render_mod = __import__("argmap.diagram.render", fromlist=["layout"])


@pytest.fixture
def no_dot(monkeypatch: pytest.MonkeyPatch) -> None:
    """Pretend Graphviz is not installed."""
    monkeypatch.setattr(shutil, "which", lambda name: None)


def test_dot_output_needs_no_graphviz(tmp_path: Path, no_dot: None) -> None:
    out = render(sample_map(), tmp_path / "map.dot")
    assert out.read_text(encoding="utf-8").startswith("digraph argmap {")


def test_missing_dot_names_the_debian_package(tmp_path: Path, no_dot: None) -> None:
    with pytest.raises(RenderError) as caught:
        render(sample_map(), tmp_path / "map.svg")
    assert "apt-get install --no-install-recommends graphviz" in str(caught.value)
    assert isinstance(caught.value, RuntimeError) and isinstance(caught.value, ArgmapError)
    assert not (tmp_path / "map.svg").exists()


def test_jupyter_bundle_falls_back_to_text_without_dot(no_dot: None) -> None:
    bundle = repr_mimebundle(sample_map())
    assert list(bundle) == ["text/plain"]
    assert "7 claims" in bundle["text/plain"]
    assert "Central claim: The city should build the tram" in bundle["text/plain"]


def test_unknown_suffix_is_refused(tmp_path: Path) -> None:
    with pytest.raises(RenderError, match=r"map\.txt.*\.svg, \.png, \.pdf, \.dot"):
        render(sample_map(), tmp_path / "map.txt")


def test_slow_layout_is_reported_as_such(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    def slow(*args: object, **kwargs: object) -> None:
        raise subprocess.TimeoutExpired(cmd="dot", timeout=0.5)

    monkeypatch.setattr(shutil, "which", lambda name: "/usr/bin/dot")
    monkeypatch.setattr(subprocess, "run", slow)
    with pytest.raises(RenderError, match=r"longer than 0\.5 s"):
        render(sample_map(), tmp_path / "map.svg", timeout=0.5)


def test_failed_render_leaves_the_old_file_and_no_temporary(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    target = tmp_path / "map.svg"
    target.write_text("old", encoding="utf-8")

    def broken(*args: object, **kwargs: object) -> bytes:
        raise RenderError("dot failed: boom")

    monkeypatch.setattr(render_mod, "layout", broken)
    with pytest.raises(RenderError, match="boom"):
        render(sample_map(), target)
    assert target.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["map.svg"]


def test_unwritable_path_is_an_output_error(tmp_path: Path) -> None:
    with pytest.raises(OutputError, match="cannot write"):
        render(sample_map(), tmp_path / "missing-dir" / "map.dot")


@needs_dot
@pytest.mark.exe
def test_svg_has_stable_ids_and_tooltips(tmp_path: Path) -> None:
    svg = render(sample_map(), tmp_path / "map.svg", detail="quotes").read_text(encoding="utf-8")
    ids = {element.get("id") for element in ET.fromstring(svg).iter()}
    assert {"tram", "too-dear", "relief", "relief--need", "legend"} <= ids
    title = 'xlink:title="The city should build the tram&#10;✓ asserted by Ana Ruiz, City Herald'
    assert title in svg
    assert "&lt;10%" in svg and "of cities&gt;" in svg
    assert [p.name for p in tmp_path.iterdir()] == ["map.svg"]


@needs_dot
@pytest.mark.exe
@pytest.mark.parametrize(("suffix", "magic"), [(".png", b"\x89PNG"), (".pdf", b"%PDF")])
def test_binary_formats(tmp_path: Path, suffix: str, magic: bytes) -> None:
    assert render(sample_map(), tmp_path / f"map{suffix}").read_bytes().startswith(magic)


@needs_dot
@pytest.mark.exe
def test_every_option_combination_renders() -> None:
    """Each detail x group x theme x direction lays out without a dot error."""
    for detail in ("claims", "speakers", "quotes"):
        for group in ("none", "source", "actor", "side"):
            svg = to_svg(sample_map(), detail=detail, group=group, theme="print", direction="LR")
            assert svg.startswith("<?xml")
    for theme in ("default", "dark"):
        for direction in ("BT", "TB"):
            assert "<svg" in to_svg(sample_map(), theme=theme, direction=direction, focus="tram")


@needs_dot
@pytest.mark.exe
def test_actor_map_renders_and_jupyter_gets_svg() -> None:
    assert 'id="ruiz"' in to_svg(sample_map(), actors=True)
    assert list(repr_mimebundle(sample_map())) == ["image/svg+xml"]


FLAGSHIP = Path(__file__).resolve().parents[1] / "examples" / "labour_immigration.py"


@needs_dot
@pytest.mark.exe
@pytest.mark.skipif(not FLAGSHIP.exists(), reason="the flagship example is not here")
def test_flagship_renders_in_every_format(tmp_path: Path) -> None:
    import importlib.util

    spec = importlib.util.spec_from_file_location("labour_immigration", FLAGSHIP)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    flagship = module.build()
    for suffix, options in [
        (".svg", {"detail": "quotes", "group": "side"}),
        (".png", {"theme": "print", "group": "source", "direction": "LR"}),
        (".pdf", {"theme": "dark", "group": "actor"}),
        (".dot", {"detail": "claims"}),
    ]:
        assert render(flagship, tmp_path / f"map{suffix}", **options).stat().st_size > 1000
    assert "<svg" in to_svg(flagship, actors=True)
    central = flagship.central
    assert central is not None
    assert "<svg" in to_svg(flagship, focus=central.id, depth=1)


@pytest.mark.parametrize(
    "suffix", [".mmd", ".mermaid", ".gv", pytest.param(".htm", marks=pytest.mark.exe)]
)
def test_render_writes_every_diagram_format_the_registry_names(tmp_path: Path, suffix: str) -> None:
    """render() and save() take one path: any diagram suffix of the registry is written."""
    from argmap.files import save

    rendered, saved = tmp_path / f"r{suffix}", tmp_path / f"s{suffix}"
    render(sample_map(), rendered)
    save(sample_map(), saved)
    assert rendered.read_bytes() == saved.read_bytes()


def test_render_refuses_a_map_format(tmp_path: Path) -> None:
    """render() draws: a map format's suffix is refused with a RenderError, not written."""
    with pytest.raises(RenderError, match=r"\.yaml"):
        render(sample_map(), tmp_path / "map.yaml")
    assert not (tmp_path / "map.yaml").exists()


def test_render_with_an_explicit_format(tmp_path: Path) -> None:
    """format= names any diagram format of the registry, mermaid included."""
    target = render(sample_map(), tmp_path / "map.txt", format="mermaid")
    assert target.read_text(encoding="utf-8").startswith("flowchart")
