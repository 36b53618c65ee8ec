"""``argmap render``: options reach the diagram, errors are one clear line."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from argmap.cli.render import render_command

EXAMPLE = """\
from argmap.diagram._sample import sample_map


def build():
    return sample_map()
"""


@pytest.fixture
def map_file(tmp_path: Path) -> Path:
    path = tmp_path / "tram.py"
    path.write_text(EXAMPLE, encoding="utf-8")
    return path


def _run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(render_command, list(args))
    return result.exit_code, result.output + (
        str(result.exception or "") if result.exit_code else ""
    )


def test_dot_output_with_options(map_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "tram.dot"
    code, output = _run(
        str(map_file),
        "-o",
        str(out),
        "--detail",
        "claims",
        "--direction",
        "LR",
        "--group",
        "side",
        "--theme",
        "print",
        "--width",
        "20",
        "--no-legend",
    )
    assert code == 0, output
    source = out.read_text(encoding="utf-8")
    assert "rankdir=LR" in source and "cluster_legend" not in source
    assert "Against the central claim" in source and "Ana Ruiz" not in source.split("tooltip")[0]


def test_focus_and_actor_map(map_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "focus.dot"
    assert _run(str(map_file), "-o", str(out), "--focus", "lyon", "--depth", "1")[0] == 0
    assert "n_tram [" not in out.read_text(encoding="utf-8")
    actors = tmp_path / "actors.dot"
    assert _run(str(map_file), "-o", str(actors), "--actors")[0] == 0
    assert "n_ruiz" in actors.read_text(encoding="utf-8")


def test_bad_focus_and_bad_suffix_fail_cleanly(map_file: Path, tmp_path: Path) -> None:
    code, output = _run(str(map_file), "-o", str(tmp_path / "x.dot"), "--focus", "ghost")
    assert code != 0 and "'ghost' is not a claim" in output
    code, output = _run(str(map_file), "-o", str(tmp_path / "x.txt"))
    assert code != 0 and ".svg, .png, .pdf, .dot" in output
    assert not list(tmp_path.glob("x.*"))


@pytest.mark.exe
@pytest.mark.skipif(shutil.which("dot") is None, reason="Graphviz dot is missing")
def test_svg_output(map_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "tram.svg"
    assert _run(str(map_file), "-o", str(out), "--detail", "quotes")[0] == 0
    assert "<svg" in out.read_text(encoding="utf-8")
