"""The argmap command: loading every kind of FILE, one-line errors, whole output files."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from argmap.cli.main import cli
from argmap.formats import loads

YAML_MAP = """\
argmap: 1
claims:
  - {id: tram, text: The city should build a tram}
  - {id: traffic, text: A tram cuts traffic}
arguments:
  - {id: why, premises: [traffic], conclusion: tram}
"""

PYTHON_MAP = """\
from argmap import ArgumentMap

def build():
    m = ArgumentMap(title="Tram")
    tram = m.claim("The city should build a tram")
    m.support(tram, by=m.claim("A tram cuts traffic"))
    return m
"""


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args))
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    (tmp_path / "map.yaml").write_text(YAML_MAP, encoding="utf-8")
    (tmp_path / "debate.py").write_text(PYTHON_MAP, encoding="utf-8")
    return tmp_path


def test_version_and_help() -> None:
    code, out, _ = run("--version")
    assert code == 0 and out.startswith("argmap, version ")
    for command in ("check", "export", "convert"):
        code, out, _ = run(command, "--help")
        assert code == 0 and "Usage: " in out


def test_check_a_clean_map(folder: Path) -> None:
    code, out, _ = run("check", str(folder / "map.yaml"))
    assert code == 0
    assert out.endswith("2 claims, 1 arguments, 0 rebuttals, 0 attributions; 0 warnings\n")


def test_check_prints_warnings_and_strict_fails(folder: Path) -> None:
    lonely = folder / "lonely.yaml"
    lonely.write_text(YAML_MAP.split("arguments:")[0], encoding="utf-8")
    code, out, _ = run("check", str(lonely))
    assert code == 0
    assert (
        "warning: claim 'tram' (\"The city should build a tram\"): is connected to nothing" in out
    )
    assert run("check", "--strict", str(lonely))[0] == 1


def test_python_file_with_build_function(folder: Path) -> None:
    code, out, _ = run("export", str(folder / "debate.py"), "--to", "yaml")
    assert code == 0
    assert loads(out, "yaml").title == "Tram"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("argmap: 1\nclaims:\n  - {id: tram}\n", "map.yaml:3: claims[0].text: required"),
        ("argmap: 1\nclaims: [\n", "map.yaml:3:1: not valid YAML"),
        ("", "expected a mapping with 'argmap: 1' at the top"),
    ],
)
def test_bad_documents_give_one_line_errors(
    folder: Path, content: str, message: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(folder)
    Path("map.yaml").write_text(content, encoding="utf-8")
    code, out, err = run("check", "map.yaml")
    assert code == 1
    assert out == ""
    assert err.count("\n") == 1 and message in err
    assert "Traceback" not in err


def test_bad_python_files_give_one_line_errors(folder: Path) -> None:
    (folder / "nobuild.py").write_text("x = 1\n", encoding="utf-8")
    (folder / "broken.py").write_text("def build():\n    return 1 / 0\n", encoding="utf-8")
    (folder / "wrong.py").write_text("def build():\n    return 42\n", encoding="utf-8")
    expectations = {
        "nobuild.py": "defines no build() function",
        "broken.py": "building the map failed: ZeroDivisionError",
        "wrong.py": "expected an ArgumentMap, got int",
        "missing.py": "no such file",
    }
    for name, message in expectations.items():
        code, _, err = run("check", str(folder / name))
        assert code == 1 and message in err and err.count("\n") == 1, (name, err)


def test_module_attribute_spec(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.syspath_prepend(str(folder))
    code, out, _ = run("check", "debate:build")
    assert code == 0 and "2 claims" in out
    code, _, err = run("check", "debate:nothing")
    assert code == 1 and "module 'debate' has no 'nothing'" in err


def test_convert_writes_whole_files_only(folder: Path) -> None:
    target = folder / "map.json"
    code, _, _ = run("convert", str(folder / "map.yaml"), str(target))
    assert code == 0
    assert loads(target.read_text(encoding="utf-8"), "json") == loads(YAML_MAP, "yaml")
    target.write_text("keep me", encoding="utf-8")
    (folder / "bad.yaml").write_text("argmap: 1\nclaims: 5\n", encoding="utf-8")
    code, _, err = run("convert", str(folder / "bad.yaml"), str(target))
    assert code == 1 and "claims: expected a list" in err
    assert target.read_text(encoding="utf-8") == "keep me"
    assert sorted(p.name for p in folder.iterdir() if p.name.startswith(".")) == []


def test_unknown_output_format_is_refused(folder: Path) -> None:
    code, _, err = run("convert", str(folder / "map.yaml"), str(folder / "map.docx"))
    assert code == 1 and "cannot tell the format from the file name" in err


QUOTED_MAP = """\
argmap: 1
actors: [{id: mayor, name: Jane Doe}]
sources: [{id: gazette, title: Tram plan, file: gazette.txt}]
claims: [{id: traffic, text: A tram cuts traffic}]
attributions:
  - {id: said, claim: traffic, actor: mayor, source: gazette, quote: QUOTE}
"""


@pytest.mark.parametrize(
    ("quote", "code", "expected"),
    [
        ("The tram will cut traffic", 0, "1 of 1 quotes found verbatim"),
        ("The tram will end traffic", 1, "[-cut-] {+end+}"),
    ],
)
def test_check_with_sources_verifies_quotes(
    tmp_path: Path, quote: str, code: int, expected: str
) -> None:
    (tmp_path / "gazette.txt").write_text(
        "The mayor said: \u201cThe tram will cut traffic.\u201d\n", encoding="utf-8"
    )
    (tmp_path / "map.yaml").write_text(QUOTED_MAP.replace("QUOTE", quote), encoding="utf-8")
    result, out, _ = run("check", str(tmp_path / "map.yaml"), "--sources", str(tmp_path))
    assert result == code
    assert expected in out


TWICE = "The mayor said: \u201cThe tram will cut traffic.\u201d\n\nThe tram will cut traffic.\n"


@pytest.mark.parametrize(
    ("locator", "strict", "code", "places_listed"),
    [
        (", locators: [{start: 17, end: 42}]", False, 0, False),  # pinned to its first place
        (", locators: [{start: 17, end: 42}]", True, 0, False),
        ("", False, 0, True),  # verbatim, but where is open: a warning
        ("", True, 1, True),
        (", locators: [{start: 0, end: 5}]", False, 0, True),  # a locator marking no place
    ],
)
def test_a_quote_the_source_prints_twice_is_verbatim_and_a_locator_pins_it(
    tmp_path: Path, locator: str, strict: bool, code: int, places_listed: bool
) -> None:
    (tmp_path / "gazette.txt").write_text(TWICE, encoding="utf-8")
    text = QUOTED_MAP.replace("QUOTE", "The tram will cut traffic").replace("}\n", locator + "}\n")
    text = text.replace(  # a second claim, so that --strict has no other warning to fail on
        "claims: [{id: traffic, text: A tram cuts traffic}]",
        "claims: [{id: traffic, text: A tram cuts traffic}, {id: build, text: Build the tram}]\n"
        "arguments: [{id: why, conclusion: build, premises: [traffic]}]",
    )
    text += "  - {id: wants, claim: build, actor: mayor, source: gazette, paraphrase: Build it}\n"
    (tmp_path / "map.yaml").write_text(text, encoding="utf-8")
    args = ["check", str(tmp_path / "map.yaml"), "--sources", str(tmp_path)]
    result, out, _ = run(*args, *(["--strict"] if strict else []))
    assert result == code, out
    assert "1 of 1 quotes found verbatim" in out
    assert ("found 2 times" in out) is places_listed


def test_check_with_sources_names_a_missing_text(tmp_path: Path) -> None:
    (tmp_path / "map.yaml").write_text(QUOTED_MAP.replace("QUOTE", "x"), encoding="utf-8")
    code, _, err = run("check", str(tmp_path / "map.yaml"), "--sources", str(tmp_path))
    assert code == 1 and "gazette" in err and "gazette.txt" in err
