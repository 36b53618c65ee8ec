"""``argmap merge`` picks its output format the way every writing command does, before reading."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from argmap.cli.main import cli
from argmap.formats import dumps
from argmap.model import ArgumentMap


def _maps(folder: Path) -> list[str]:
    names = []
    for name, text in (("a.yaml", "Trams are quiet"), ("b.yaml", "Trams are cheap")):
        m = ArgumentMap(title=name)
        m.claim(text)
        (folder / name).write_text(dumps(m, format="yaml"), "utf-8")
        names.append(str(folder / name))
    return names


def test_a_diagram_name_is_refused_before_any_map_is_read(tmp_path: Path) -> None:
    files = [*_maps(tmp_path), str(tmp_path / "missing.yaml")]
    result = CliRunner().invoke(cli, ["merge", *files, "-o", str(tmp_path / "out.png")])
    assert result.exit_code != 0
    assert "png is a diagram format" in result.output and "missing" not in result.output
    assert not (tmp_path / "out.png").exists()


def test_a_format_that_contradicts_the_file_name_is_a_usage_error(tmp_path: Path) -> None:
    out = tmp_path / "out.yaml"
    result = CliRunner().invoke(cli, ["merge", *_maps(tmp_path), "-o", str(out), "--to", "json"])
    assert result.exit_code == 2 and "the format named is json" in result.output
    assert not out.exists()


def test_the_format_named_for_standard_output_is_written(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["merge", *_maps(tmp_path), "-o", "-", "--to", "json"])
    assert result.exit_code == 0
    assert '"Trams are cheap"' in result.stdout
