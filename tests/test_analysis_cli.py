"""The summary, who and tree commands: readable tables, JSON, clear errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from argmap.cli.summary import summary
from argmap.cli.tree import tree
from argmap.cli.who import who

MAP = """
from tests._analysis_maps import tram_debate

def build():
    return tram_debate()
"""


@pytest.fixture
def map_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.syspath_prepend(str(Path(__file__).resolve().parents[1]))
    path = tmp_path / "tram.py"
    path.write_text(MAP, encoding="utf-8")
    return str(path)


def test_summary_prints_tables_and_json(map_file: str) -> None:
    result = CliRunner().invoke(summary, [map_file])
    assert result.exit_code == 0, result.output
    assert "title: Tram" in result.output
    assert "claims        5" in result.output
    assert "undercut     1" in result.output
    assert "tram            3      2        2     1" in result.output
    data = json.loads(CliRunner().invoke(summary, [map_file, "--json"]).output)
    assert data["counts"]["attributions"] == 8
    assert data["top_actors"][0] == ["cat", 3]


def test_who_without_actor_lists_every_actor(map_file: str) -> None:
    result = CliRunner().invoke(who, [map_file])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0].split() == [
        "actor",
        "name",
        "role",
        "asserts",
        "denies",
        "concedes",
        "questions",
        "sources",
    ]
    assert lines[4].split() == ["cat", "Cat", "2", "1", "0", "0", "2"]
    rows = json.loads(CliRunner().invoke(who, [map_file, "--json"]).output)
    assert [r["actor"] for r in rows] == ["ann", "bob", "cat", "dan"]


def test_who_for_an_actor_and_for_a_claim(map_file: str) -> None:
    result = CliRunner().invoke(who, [map_file, "cat"])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[0] == "Cat (cat)"
    assert "denies   tram   “No tram”   Radio debate" in result.output
    result = CliRunner().invoke(who, [map_file, "--claim", "tram", "--json"])
    data = json.loads(result.output)
    assert [(s["actor"], s["stance"]) for s in data["statements"]] == [
        ("ann", "asserts"),
        ("bob", "asserts"),
        ("cat", "denies"),
    ]


def test_unknown_ids_fail_with_close_matches(map_file: str) -> None:
    result = CliRunner().invoke(who, [map_file, "kat"])
    assert result.exit_code != 0
    assert "no actor has the id 'kat'; did you mean 'cat'?" in str(result.exception)
    result = CliRunner().invoke(tree, [map_file, "cots"])
    assert "did you mean 'cuts' or 'cost'?" in str(result.exception)
    result = CliRunner().invoke(who, [map_file, "cat", "--claim", "tram"])
    assert result.exit_code == 2 and "not both" in result.output


def test_tree_draws_and_limits_depth(map_file: str) -> None:
    result = CliRunner().invoke(tree, [map_file, "cost"])
    assert result.exit_code == 0, result.output
    assert result.output == (
        "[cost] It costs too much\n└─ − rebut fares-pay: [fares] Costs are recovered by fares\n"
    )
    result = CliRunner().invoke(tree, [map_file, "tram", "--depth", "1", "--json"])
    nodes = json.loads(result.output)["nodes"]
    assert [(n["element"], n["truncated"]) for n in nodes] == [
        ("tram", False),
        ("why", True),
        ("cost", True),
    ]
    assert CliRunner().invoke(tree, [map_file, "tram", "--depth", "-1"]).exit_code == 2
