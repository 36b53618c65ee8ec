"""``argmap evaluate`` from the command line: maps and framework files, every semantics family,
text and JSON, explanations, rendering the statuses, and one-line errors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import click
import pytest
from click.testing import CliRunner, Result

from argmap.cli.main import cli
from argmap.formats import dumps
from argmap.model import ArgumentMap


def _map() -> ArgumentMap:
    """tram <- rebutted by cost <- rebutted by subsidy; a and b rebut each other."""
    m = ArgumentMap(title="Tram")
    m.claim("Build the tram", id="tram")
    m.claim("It costs too much", id="cost")
    m.claim("A grant pays for it", id="subsidy")
    m.rebut("tram", by="cost", id="too-dear")
    m.rebut("cost", by="subsidy", id="paid")
    m.claim("Trams are quiet", id="quiet")
    m.claim("Trams are loud", id="loud")
    m.rebut("quiet", by="loud", id="r1")
    m.rebut("loud", by="quiet", id="r2")
    return m


@pytest.fixture
def map_file(tmp_path: Path) -> Path:
    path = tmp_path / "tram.yaml"
    path.write_text(dumps(_map(), "yaml"), encoding="utf-8")
    return path


@pytest.fixture
def af_file(tmp_path: Path) -> Path:
    path = tmp_path / "cycle.af"
    path.write_text("p af 3\n1 2\n2 1\n2 3\n", encoding="utf-8")
    return path


def run(*args: str | Path) -> Result:
    return CliRunner().invoke(cli, ["evaluate", *map(str, args)])


def _statuses(output: str) -> dict[str, str]:
    return dict(line.split() for line in output.splitlines() if line.strip())


def test_grounded_statuses_of_a_map_one_line_per_claim(map_file: Path) -> None:
    result = run(map_file)
    assert result.exit_code == 0, result.output
    assert _statuses(result.output) == {
        "tram": "accepted",
        "cost": "rejected",
        "subsidy": "accepted",
        "quiet": "undecided",
        "loud": "undecided",
    }


def test_preferred_makes_the_mutual_attack_defensible(map_file: Path) -> None:
    result = run(map_file, "--semantics", "preferred")
    assert result.exit_code == 0, result.output
    statuses = _statuses(result.output)
    assert (statuses["quiet"], statuses["loud"], statuses["tram"]) == (
        "defensible",
        "defensible",
        "accepted",
    )


def test_json_of_a_map_has_statuses_extensions_and_the_labelling(map_file: Path) -> None:
    result = run(map_file, "--json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["semantics"] == "grounded"
    assert data["claims"]["cost"] == "rejected"
    assert data["extensions"] == [["tram", "subsidy"]]
    assert data["labelling"]["quiet"] == "undec"


def test_limit_bounds_the_extensions_listed(map_file: Path) -> None:
    everything = json.loads(run(map_file, "-s", "preferred", "--json").output)
    limited = json.loads(run(map_file, "-s", "preferred", "--json", "--limit", "1").output)
    assert len(everything["extensions"]) == 2
    assert limited["extensions"] == everything["extensions"][:1]


def test_gradual_prints_a_strength_per_claim(map_file: Path) -> None:
    text = run(map_file, "-s", "gradual")
    assert text.exit_code == 0, text.output
    strengths = {k: float(v) for k, v in _statuses(text.output).items()}
    assert set(strengths) == {"tram", "cost", "subsidy", "quiet", "loud"}
    assert all(0.0 <= v <= 1.0 for v in strengths.values())
    assert strengths["subsidy"] > strengths["cost"]
    data = json.loads(run(map_file, "-s", "gradual", "--json").output)
    assert data["strengths"]["subsidy"] == pytest.approx(strengths["subsidy"], abs=1e-3)


def test_explain_says_why_a_claim_stands(map_file: Path) -> None:
    result = run(map_file, "--explain", "tram")
    assert result.exit_code == 0, result.output
    explanation = result.output.split("\n", 5)[-1]
    assert "tram" in explanation and "cost" in explanation
    data = json.loads(run(map_file, "--explain", "tram", "--json").output)
    assert "cost" in data["explanation"]


def test_explain_of_an_unknown_claim_is_one_line_and_exit_1(map_file: Path) -> None:
    result = run(map_file, "--explain", "nobody")
    assert result.exit_code == 1
    assert "'nobody' is not a claim" in result.output
    assert "Traceback" not in result.output and len(result.output.strip().splitlines()) == 1


def test_render_draws_the_statuses(map_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "tram.dot"
    result = run(map_file, "--render", out)
    assert result.exit_code == 0, result.output
    dot = out.read_text(encoding="utf-8")
    assert "digraph" in dot and "rejected" in dot


def test_a_framework_file_prints_its_extensions(af_file: Path) -> None:
    grounded = run(af_file)
    assert grounded.exit_code == 0, grounded.output
    assert grounded.output.strip() == "[]"
    preferred = run(af_file, "-s", "preferred")
    assert sorted(preferred.output.splitlines()) == ["[1, 3]", "[2]"]
    data = json.loads(run(af_file, "--json").output)
    assert data["extensions"] == [[]] and data["labelling"] == {
        "1": "undec",
        "2": "undec",
        "3": "undec",
    }


def test_a_framework_file_with_gradual_gives_h_categoriser_strengths(af_file: Path) -> None:
    data = json.loads(run(af_file, "-s", "gradual", "--json").output)
    assert data["semantics"] == "h-categoriser"
    assert set(data["strengths"]) == {"1", "2", "3"}
    text = run(af_file, "-s", "gradual")
    assert [line.split()[0] for line in text.output.splitlines()] == ["1", "2", "3"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["AF", "--explain", "1"], "need a map, not a framework file"),
        (["AF", "--render", "x.dot"], "need a map, not a framework file"),
        (["MAP", "-s", "gradual", "--explain", "tram"], "--explain works with extension semantics"),
        (["MAP", "--semantics", "nonsense"], "'nonsense' is not one of"),
    ],
)
def test_usage_errors_are_one_line_on_stderr_and_exit_2(
    map_file: Path, af_file: Path, args: list[str], message: str
) -> None:
    filled = [af_file if a == "AF" else map_file if a == "MAP" else a for a in args]
    result = run(*filled)
    assert result.exit_code == 2 and result.stdout == "", result.output
    assert message in result.stderr and result.stderr.count("\n") == 1, result.stderr


def test_semantics_choices_are_the_engine_s_and_gradual() -> None:
    """One vocabulary: --semantics accepts each ``Semantics`` member and the gradual method."""
    from argmap.cli.evaluate import Method, evaluate_command
    from argmap.semantics import Semantics

    assert [m.value for m in Method] == [s.value for s in Semantics] + ["gradual"]
    assert [m.semantics for m in Method] == [*Semantics, None]
    option = next(p for p in evaluate_command.params if p.name == "semantics")
    assert isinstance(option.type, click.Choice)
    assert list(option.type.choices) == [m.value for m in Method]


def test_a_framework_file_imports_no_solver_for_grounded(af_file: Path) -> None:
    """Grounded semantics on an ICCMA file needs the reader and the labelling, no SAT solver
    and no map semantics (translate, explain)."""
    script = (
        "import sys\nfrom argmap.cli.main import cli\n"
        f"try:\n    cli(['evaluate', {str(af_file)!r}, '--json'])\nexcept SystemExit:\n    pass\n"
        "unwanted = ('pysat', 'argmap.semantics.translate', 'argmap.semantics.explain')\n"
        "print(sorted(m for m in sys.modules if m.startswith(unwanted)))"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=60
    )
    assert json.loads(done.stdout.splitlines()[0])["extensions"] == [[]]
    assert done.stdout.splitlines()[-1] == "[]"


def test_a_broken_framework_file_names_the_file_and_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.af"
    bad.write_text("p af 2\n1 7\n", encoding="utf-8")
    result = run(bad)
    assert result.exit_code == 1
    assert "bad.af:2" in result.output and "Traceback" not in result.output


def test_a_timeout_is_one_line_and_exit_1(map_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import argmap.semantics as command  # the command imports the engine when it runs
    from argmap.exceptions import SemanticsTimeoutError

    def too_slow(*args: object, **kwargs: object) -> None:
        raise SemanticsTimeoutError("preferred: 0.5 s elapsed")

    monkeypatch.setattr(command, "evaluate", too_slow)
    result = run(map_file, "-s", "preferred", "--timeout", "0.5")
    assert result.exit_code == 1
    assert result.output.strip().splitlines() == ["Error: preferred: 0.5 s elapsed"]
