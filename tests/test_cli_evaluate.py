"""``argmap evaluate``: maps and frameworks, every output form, and its usage errors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from argmap.cli.main import cli

YAML_MAP = """\
argmap: 1
claims:
  - {id: tram, text: The city should build a tram}
  - {id: dear, text: A tram costs too much}
  - {id: grant, text: A national grant pays half}
rebuttals:
  - {id: r1, attacker: dear, target: tram, kind: rebut}
  - {id: r2, attacker: grant, target: dear, kind: rebut}
"""
FRAMEWORK = "p af 3\n1 2\n2 3\n"


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args))
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def files(tmp_path: Path) -> dict[str, str]:
    (tmp_path / "map.yaml").write_text(YAML_MAP, encoding="utf-8")
    (tmp_path / "af.af").write_text(FRAMEWORK, encoding="utf-8")
    return {"map": str(tmp_path / "map.yaml"), "af": str(tmp_path / "af.af")}


def test_a_map_prints_each_claims_status(files: dict[str, str]) -> None:
    code, out, err = run("evaluate", files["map"])
    assert code == 0, err
    assert out.split() == ["tram", "accepted", "dear", "rejected", "grant", "accepted"]


def test_json_holds_the_statuses_extensions_and_labelling(files: dict[str, str]) -> None:
    code, out, _ = run("evaluate", files["map"], "--json")
    result = json.loads(out)
    assert code == 0 and result["semantics"] == "grounded"
    assert result["claims"] == {"tram": "accepted", "dear": "rejected", "grant": "accepted"}
    assert result["extensions"] and result["labelling"]


def test_explain_says_why(files: dict[str, str]) -> None:
    code, out, _ = run("evaluate", files["map"], "--explain", "tram")
    assert code == 0 and "tram" in out.splitlines()[-1]
    code, out, _ = run("evaluate", files["map"], "--explain", "tram", "--json")
    assert code == 0 and json.loads(out)["explanation"]


def test_gradual_strengths(files: dict[str, str]) -> None:
    code, out, _ = run("evaluate", files["map"], "--semantics", "gradual")
    assert code == 0
    strengths = dict(line.split() for line in out.splitlines())
    assert set(strengths) == {"tram", "dear", "grant"}
    assert all(0 <= float(v) <= 1 for v in strengths.values())
    code, out, _ = run("evaluate", files["map"], "--semantics", "gradual", "--json")
    assert code == 0 and set(json.loads(out)["strengths"]) == {"tram", "dear", "grant"}


def test_frameworks_print_extensions_and_strengths(files: dict[str, str]) -> None:
    code, out, _ = run("evaluate", files["af"])
    assert code == 0 and out == "[1, 3]\n"
    code, out, _ = run("evaluate", files["af"], "--semantics", "preferred", "--limit", "1")
    assert code == 0 and out == "[1, 3]\n"
    code, out, _ = run("evaluate", files["af"], "--semantics", "gradual")
    assert code == 0 and [line.split()[0] for line in out.splitlines()] == ["1", "2", "3"]
    code, out, _ = run("evaluate", files["af"], "--semantics", "gradual", "--json")
    assert code == 0 and json.loads(out)["semantics"] == "h-categoriser"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["AF", "--explain", "1"], "need a map, not a framework file"),
        (["AF", "--render", "x.dot"], "need a map, not a framework file"),
        (["MAP", "--semantics", "gradual", "--explain", "tram"], "not gradual"),
        (["MAP", "--semantics", "nonsense"], "'nonsense' is not one of"),
    ],
)
def test_usage_errors(files: dict[str, str], args: list[str], message: str) -> None:
    filled = [files["af"] if a == "AF" else files["map"] if a == "MAP" else a for a in args]
    code, out, err = run("evaluate", *filled)
    assert code == 2 and out == "" and message in err and err.count("\n") == 1, err


def test_semantics_choices_are_the_engine_s_and_gradual() -> None:
    """One vocabulary: --semantics accepts each ``Semantics`` member and the gradual method."""
    from argmap.cli.evaluate import Method, evaluate_command
    from argmap.semantics import Semantics

    assert [m.value for m in Method] == [s.value for s in Semantics] + ["gradual"]
    assert [m.semantics for m in Method] == [*Semantics, None]
    option = next(p for p in evaluate_command.params if p.name == "semantics")
    assert isinstance(option.type, click.Choice)
    assert list(option.type.choices) == [m.value for m in Method]


def test_a_framework_file_imports_no_solver_for_grounded(files: dict[str, str]) -> None:
    """Grounded semantics on an ICCMA file needs the reader and the labelling, no SAT solver
    and no map semantics (translate, explain)."""
    script = (
        "import sys\nfrom argmap.cli.main import cli\n"
        f"try:\n    cli(['evaluate', {files['af']!r}, '--json'])\nexcept SystemExit:\n    pass\n"
        "unwanted = ('pysat', 'argmap.semantics.translate', 'argmap.semantics.explain')\n"
        "print(sorted(m for m in sys.modules if m.startswith(unwanted)))"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=60
    )
    assert json.loads(done.stdout.splitlines()[0])["extensions"] == [["1", "3"]]
    assert done.stdout.splitlines()[-1] == "[]"
