"""Choosing what a command writes: the format named, the file name's, and their conflicts."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from argmap.cli.main import cli
from argmap.diagram._sample import sample_map
from argmap.files import save


@pytest.fixture
def map_file(tmp_path: Path) -> Path:
    path = tmp_path / "map.yaml"
    save(sample_map(), path)
    return path


def run(*args: object) -> tuple[int, str]:
    result = CliRunner().invoke(cli, [str(a) for a in args])
    return result.exit_code, result.output


def test_a_format_that_contradicts_the_file_name_is_refused(map_file: Path) -> None:
    """``--to svg -o map.png`` would write SVG text into a .png file: refused, nothing written."""
    target = map_file.parent / "map.png"
    code, output = run("render", map_file, "--to", "svg", "-o", target)
    assert code != 0 and "Traceback" not in output
    assert "png" in output and "svg" in output
    assert not target.exists()


def test_a_generic_name_may_hold_a_format_that_extends_it(map_file: Path) -> None:
    """AIFdb names its AIF files ``.json``: ``--to aif`` may write one."""
    target = map_file.parent / "corpus.json"
    code, output = run("convert", map_file, target, "--to", "aif")
    assert code == 0, output
    assert '"nodes"' in target.read_text(encoding="utf-8")


def test_render_to_a_map_format_says_render_draws(map_file: Path) -> None:
    """``render -o x.yaml`` names the command that writes maps instead of 'cannot tell'."""
    code, output = run("render", map_file, "-o", map_file.parent / "copy.yaml")
    assert code == 1
    assert "yaml" in output and "argmap convert" in output


def test_evaluate_render_to_standard_output_is_a_usage_error(map_file: Path) -> None:
    """The statuses go to standard output; ``--render -`` cannot share it."""
    code, output = run("evaluate", map_file, "--render", "-")
    assert code != 0 and "Traceback" not in output
    assert "--render" in output and "standard output" in output
    assert "cannot tell the format" not in output


def test_check_locate_to_standard_output_is_the_map_alone(tmp_path: Path) -> None:
    """``check --sources S --locate -`` prints the located map on standard output, parseable;
    the report lines go to standard error."""
    from argmap.formats import loads
    from argmap.model import ArgumentMap

    m = ArgumentMap(title="Tram")
    mayor = m.actor("Jane Doe")
    source = m.source("Tram plan", file="gazette.txt")
    m.attribute(m.claim("A tram cuts traffic"), mayor, source, quote="The tram will cut traffic")
    path = tmp_path / "map.yaml"
    save(m, path)
    (tmp_path / "gazette.txt").write_text("She said: The tram will cut traffic.", "utf-8")
    result = CliRunner().invoke(
        cli, ["check", str(path), "--sources", str(tmp_path), "--locate", "-"]
    )
    assert result.exit_code == 0, result.output
    located = loads(result.stdout, "yaml")
    assert located.attributions[0].locators
    assert "1 of 1 quotes found verbatim" in result.stderr
