"""``argmap draft ARTICLE -o OUT``: the command writes a draft that ``argmap check`` verifies."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from argmap.cli.main import cli
from argmap.formats import loads

ARTICLE = (
    "Council splits on trams (an invented report)\n\n"
    "Jo Park, transport director at the City Council, said: “The tram will cut traffic.”\n\n"
    "Ms Park has claimed that buses are too slow. The “new” timetable starts soon.\n"
)


def run(*args: str, input: str | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args), input=input)
    return result.exit_code, result.stdout, result.stderr


def test_draft_writes_a_map_that_check_verifies(tmp_path: Path) -> None:
    article = tmp_path / "trams.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    out = tmp_path / "draft.yaml"
    code, _, err = run(
        "draft", str(article), "--outlet", "The Gazette", "--date", "2024-03", "-o", str(out)
    )
    assert code == 0, err
    assert "1 quotes (0 with an unknown speaker), 1 pieces of reported speech" in err
    m = loads(out.read_text(encoding="utf-8"), "yaml")
    (source,) = m.sources
    assert (source.title, source.outlet, source.file) == (
        "Council splits on trams (an invented report)",
        "The Gazette",
        "trams.txt",
    )
    code, text, _ = run("check", str(out), "--sources", str(tmp_path))
    assert code == 0, text
    assert "1 of 1 quotes found verbatim" in text


def test_draft_reads_stdin_and_writes_yaml_to_stdout() -> None:
    code, out, _ = run("draft", "-", input=ARTICLE)
    assert code == 0
    assert loads(out, "yaml").actors[0].name == "City Council"


def test_draft_writes_json_by_the_output_name(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    code, _, err = run("draft", str(article), "-o", str(tmp_path / "a.json"))
    assert code == 0, err
    assert loads((tmp_path / "a.json").read_text(encoding="utf-8"), "json").claims


def test_bad_input_is_one_line_naming_the_file_or_option(tmp_path: Path) -> None:
    code, _, err = run("draft", str(tmp_path / "missing.txt"))
    assert code == 1 and "missing.txt: cannot read: no such file" in err and "Traceback" not in err
    latin = tmp_path / "latin.txt"
    latin.write_bytes('Caf\xe9 said: "x"'.encode("latin-1"))
    code, _, err = run("draft", str(latin))
    assert code == 1 and "latin.txt: not UTF-8 text" in err
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    code, _, err = run("draft", str(article), "--date", "May 2010")
    assert code == 2 and "--date" in err


def test_draft_never_overwrites_its_article(tmp_path: Path) -> None:
    article = tmp_path / "a.yaml"
    article.write_text(ARTICLE, encoding="utf-8")
    code, _, _ = run("draft", str(article), "-o", str(article))
    assert code == 1
    assert article.read_text(encoding="utf-8") == ARTICLE


def test_the_draft_draws_at_once() -> None:
    from argmap import to_dot
    from argmap.draft import draft

    source = to_dot(draft(ARTICLE), detail="quotes").source
    assert "The tram will cut traffic" in source


@pytest.mark.exe
def test_the_draft_renders_to_svg(tmp_path: Path) -> None:
    article = tmp_path / "trams.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    assert run("draft", str(article), "-o", str(tmp_path / "d.yaml"))[0] == 0
    code, _, err = run("render", str(tmp_path / "d.yaml"), "-o", str(tmp_path / "d.svg"))
    assert code == 0, err
    assert (tmp_path / "d.svg").read_text(encoding="utf-8").lstrip().startswith("<")
