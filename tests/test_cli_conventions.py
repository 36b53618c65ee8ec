"""The command line follows the conventions: ``-`` for standard input and output, the same
``--from`` on every command that reads a map, one-line usage errors with exit code 2, checked
option ranges, code run only from the FILE forms that say so, and every format everywhere."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from argmap.cli.main import COMMANDS, cli
from argmap.formats import loads

YAML_MAP = """\
argmap: 1
actors: [{id: ann, name: Ann}, {id: bob, name: Bob}]
sources: [{id: ft, title: FT}]
claims:
  - {id: tram, text: The city should build a tram}
  - {id: traffic, text: A tram cuts traffic}
arguments:
  - {id: why, premises: [traffic], conclusion: tram}
attributions:
  - {id: a1, claim: tram, actor: ann, source: ft, paraphrase: build it}
  - {id: a2, claim: tram, actor: bob, source: ft, paraphrase: build it too}
"""

READERS = ["check", "summary", "who", "tree", "evaluate", "render", "export", "convert"]


def run(*args: str, stdin: str | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args), input=stdin)
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def mapfile(tmp_path: Path) -> Path:
    path = tmp_path / "map.yaml"
    path.write_text(YAML_MAP, encoding="utf-8")
    return path


def test_every_command_that_reads_a_map_has_the_same_from_option() -> None:
    context = click.Context(cli)
    for name in [*READERS, "agreement", "coverage"]:
        command = cli.get_command(context, name)
        assert command is not None
        options = {o.name: o for o in command.params if isinstance(o, click.Option)}
        assert "from_" in options and options["from_"].opts == ["--from"], name
        assert isinstance(options["from_"].type, click.Choice)
        assert "yaml" in options["from_"].type.choices, name


@pytest.mark.parametrize(
    "args",
    [
        ["check", "-"],
        ["summary", "-"],
        ["who", "-"],
        ["tree", "-", "tram"],
        ["evaluate", "-"],
        ["agreement", "-"],
        ["coverage", "-"],
        ["export", "-", "--to", "json"],
        ["convert", "-", "-", "--to", "json"],
        ["render", "-", "-o", "-", "--to", "dot"],
    ],
)
def test_standard_input_is_read_for_dash(args: list[str]) -> None:
    code, out, err = run(*args, stdin=YAML_MAP)
    assert code == 0, err
    assert out
    code, _, err = run(*args, "--from", "yaml", stdin=YAML_MAP)
    assert code == 0, err


def test_standard_output_is_written_for_dash(mapfile: Path) -> None:
    code, out, _ = run("convert", str(mapfile), "-", "--to", "json")
    assert code == 0 and loads(out, "json") == loads(YAML_MAP, "yaml")
    code, out, _ = run("export", str(mapfile), "--to", "json", "-o", "-")
    assert code == 0 and json.loads(out)["argmap"] == 1


def test_standard_output_needs_a_named_format(mapfile: Path) -> None:
    code, _, err = run("convert", str(mapfile), "-")
    assert code == 2 and err.count("\n") == 1 and "--to" in err


@pytest.mark.parametrize(
    "args",
    [
        ["convert", "MAP", "OUT.dot"],
        ["convert", "MAP", "OUT.mmd"],
        ["export", "MAP", "--to", "dot", "-o", "OUT.gv"],
        ["export", "MAP", "--to", "mermaid", "-o", "OUT.txt"],
        ["render", "MAP", "-o", "OUT.mmd"],
        ["render", "MAP", "-o", "OUT.dot"],
    ],
)
def test_every_output_is_written_by_every_command(
    mapfile: Path, tmp_path: Path, args: list[str]
) -> None:
    filled = [a.replace("MAP", str(mapfile)).replace("OUT", str(tmp_path / "out")) for a in args]
    code, _, err = run(*filled)
    assert code == 0, err
    written = next(p for p in tmp_path.iterdir() if p.name.startswith("out"))
    text = written.read_text(encoding="utf-8")
    assert text.startswith(("digraph", "flowchart"))
    assert "The city should build a tram" in text


@pytest.mark.exe
def test_render_draws_svg(mapfile: Path, tmp_path: Path) -> None:
    if shutil.which("dot") is None:
        pytest.skip("Graphviz's dot is not installed")
    code, _, err = run("convert", str(mapfile), str(tmp_path / "map.svg"))
    assert code == 0, err
    assert "<svg" in (tmp_path / "map.svg").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["check", "--bogus", "x"], "No such option '--bogus'"),
        (["nope"], "No such command 'nope'"),
        (["--bogus"], "No such option '--bogus'"),
        (["tree"], "Missing argument 'FILE'"),
        (["export", "MAP", "--to", "docx"], "'docx' is not one of"),
        (["evaluate", "MAP", "--timeout", "0"], "x>0"),
        (["evaluate", "MAP", "--limit", "-1"], "x>=1"),
        (["evaluate", "MAP", "--timeout", "soon"], "'soon' is not a valid float"),
        (["render", "MAP", "-o", "x.svg", "--depth", "-1"], "x>=0"),
        (["check", "MAP", "--locate", "out.yaml"], "--locate needs --sources"),
    ],
)
def test_usage_errors_are_one_line_and_exit_2(mapfile: Path, args: list[str], message: str) -> None:
    code, out, err = run(*[a.replace("MAP", str(mapfile)) for a in args])
    assert code == 2
    assert out == ""
    assert err.count("\n") == 1 and err.startswith("Error: "), err
    assert message in err and "--help" in err, err


def test_the_old_option_names_still_work_with_a_warning(mapfile: Path, tmp_path: Path) -> None:
    code, out, err = run("check", str(mapfile), "--format", "yaml")
    assert code == 0 and "2 claims" in out
    assert "deprecated" in err and "--from" in err
    code, _, err = run("render", str(mapfile), "-o", str(tmp_path / "x.gv"), "--format", "dot")
    assert code == 0 and "deprecated" in err and "--to" in err


def test_agreement_and_coverage(mapfile: Path) -> None:
    code, out, _ = run("agreement", str(mapfile))
    assert code == 0 and "ann" in out and "agree" in out and "tram" in out
    code, out, _ = run("agreement", str(mapfile), "--json")
    assert code == 0 and json.loads(out)[0]["kind"] == "agree"
    code, out, _ = run("coverage", str(mapfile))
    assert code == 0 and "FT" in out
    code, out, _ = run("coverage", str(mapfile), "--json")
    assert code == 0 and json.loads(out)["sources"][0]["claims"] == ["tram"]


def test_render_defaults_come_from_diagram_options() -> None:
    import attrs

    from argmap.diagram.options import DiagramOptions

    command = cli.get_command(click.Context(cli), "render")
    assert command is not None
    defaults = {p.name: p.default for p in command.params}
    for field in attrs.fields(DiagramOptions):
        if field.name in defaults:
            assert defaults[field.name] == field.default, field.name


CODE = """\
from pathlib import Path
from argmap import ArgumentMap

def build():
    m = ArgumentMap(title="Tram")
    m.claim("The city should build a tram")
    return m

def make():
    Path(__file__).with_name("called").write_text("yes")
    return build()

MAP = build()
"""


def test_module_attribute_runs_only_a_build_function_or_takes_a_map(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "debates.py").write_text(CODE, encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.chdir(tmp_path)
    assert run("check", "debates:build")[0] == 0
    assert run("check", "debates:MAP")[0] == 0
    code, _, err = run("check", "debates:make")
    assert code == 1 and "not called" in err
    assert not (tmp_path / "called").exists()


def test_standard_library_callables_are_refused_before_import(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import tempfile

    made: list[str] = []
    monkeypatch.setattr(tempfile, "mkdtemp", lambda *a, **k: made.append("x") or "/nowhere")
    code, _, err = run("check", "tempfile:mkdtemp")
    assert code == 1 and "standard library" in err and err.count("\n") == 1
    assert made == []
    code, _, err = run("check", "no_such_module_here:build")
    assert code == 1 and "no module named 'no_such_module_here'" in err


def test_a_map_document_named_py_is_read_not_run_with_from(tmp_path: Path) -> None:
    """--from names a document format: the file is parsed, never executed."""
    trap = tmp_path / "trap.py"
    trap.write_text("import os\nos.system('touch ran')\n", encoding="utf-8")
    code, _, err = run("check", str(trap), "--from", "yaml")
    assert code == 1 and "argmap: 1" in err
    assert not (tmp_path / "ran").exists() and not Path("ran").exists()


def test_the_command_table_lists_every_documented_command() -> None:
    assert set(READERS) | {"agreement", "coverage"} <= set(COMMANDS)


def test_evaluate_reads_frameworks_from_the_registry_and_draws_through_it(
    mapfile: Path, tmp_path: Path
) -> None:
    framework = tmp_path / "af.tgf"
    framework.write_text("a\nb\n#\na b\n", encoding="utf-8")
    code, out, err = run("evaluate", str(framework), "--json")
    assert code == 0, err
    assert json.loads(out)["extensions"] == [["a"]]
    code, out, err = run("evaluate", "-", "--from", "tgf", "--json", stdin="a\nb\n#\na b\n")
    assert code == 0 and json.loads(out)["extensions"] == [["a"]], err
    code, _, err = run("evaluate", str(mapfile), "--render", str(tmp_path / "status.dot"))
    assert code == 0, err
    assert "digraph" in (tmp_path / "status.dot").read_text(encoding="utf-8")
    disguised = tmp_path / "map.dot"
    disguised.symlink_to(mapfile)
    code, _, err = run("evaluate", str(mapfile), "--render", str(disguised))
    assert code == 1 and "refusing to overwrite the input" in err
    assert mapfile.read_text(encoding="utf-8") == YAML_MAP
