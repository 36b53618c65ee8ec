"""How the command line fails: one line, the right exit code, a traceback only on request."""

from __future__ import annotations

from pathlib import Path

import click
import pytest
from click.testing import CliRunner

import argmap.formats
from argmap.cli import main
from argmap.cli.main import COMMANDS, cli

YAML_MAP = "argmap: 1\nclaims:\n  - {id: tram, text: The city should build a tram}\n"


@click.command("boom")
def _boom() -> None:
    """Fail the way a bug would."""
    raise ValueError("something broke\non two lines")


@pytest.fixture
def boom(monkeypatch: pytest.MonkeyPatch) -> None:
    """A command that fails with an unexpected error, registered by one line of the table."""
    monkeypatch.setitem(main.COMMANDS, "boom", (f"{__name__}:_boom", "Fail."))


def test_an_internal_error_is_one_line_that_asks_for_a_report(boom: None) -> None:
    result = CliRunner().invoke(cli, ["boom"])
    assert result.exit_code == 1
    assert result.stderr == (
        "Error: internal error: ValueError: something broke on two lines "
        "(set ARGMAP_DEBUG=1 to see the traceback, and please report it)\n"
    )


def test_argmap_debug_shows_the_traceback(boom: None, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ARGMAP_DEBUG", "1")
    result = CliRunner().invoke(cli, ["boom"])
    assert isinstance(result.exception, ValueError)


def test_the_top_level_help_lists_every_command_with_its_line() -> None:
    result = CliRunner().invoke(cli, ["--help"], terminal_width=200)
    assert result.exit_code == 0
    listed = result.stdout.split("Commands:")[1]
    for name, (_, short) in COMMANDS.items():
        assert f"  {name}" in listed and short in listed, name


def test_the_actor_map_is_refused_in_mermaid(tmp_path: Path) -> None:
    (tmp_path / "map.yaml").write_text(YAML_MAP, encoding="utf-8")
    result = CliRunner().invoke(
        cli, ["render", str(tmp_path / "map.yaml"), "-o", str(tmp_path / "x.mmd"), "--actors"]
    )
    assert result.exit_code == 1
    assert "the actor map is drawn by Graphviz" in result.stderr
    assert list(tmp_path.iterdir()) == [tmp_path / "map.yaml"]


def test_an_unknown_name_of_argmap_formats_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError, match="no_such"):
        argmap.formats.no_such  # noqa: B018
    assert {"loads", "to_document", "REGISTRY"} <= set(dir(argmap.formats))
