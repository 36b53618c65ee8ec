"""Quote checking reads only files inside the sources folder, unless the caller allows more.

A map from an untrusted author must not make ``argmap check --sources DIR`` read (and then print
a passage of) ``../secret.txt``, an absolute path, ``/proc/self/environ`` or a symlink that
leaves ``DIR``.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from argmap.cli.main import cli
from argmap.model import ArgumentMap
from argmap.quotes import SourceTextError, load_source_texts

SECRET = "the secret password is hunter2"


def _map(file: str | None, *, source_id: str = "s") -> ArgumentMap:
    m = ArgumentMap()
    source = m.source("A report", id=source_id, file=file)
    m.attribute(m.claim("A claim"), m.actor("A speaker"), source, quote="the secret word")
    return m


@pytest.fixture
def folders(tmp_path: Path) -> tuple[Path, Path]:
    """A sources folder with one text inside, and a secret file beside it."""
    inside = tmp_path / "sources"
    inside.mkdir()
    (inside / "inside.txt").write_text("the secret word", encoding="utf-8")
    (tmp_path / "secret.txt").write_text(SECRET, encoding="utf-8")
    return inside, tmp_path / "secret.txt"


def test_a_file_inside_the_folder_is_read(folders: tuple[Path, Path]) -> None:
    inside, _ = folders
    assert load_source_texts(_map("inside.txt"), inside) == {"s": "the secret word"}


def test_a_subfolder_inside_is_read(folders: tuple[Path, Path]) -> None:
    inside, _ = folders
    (inside / "sub").mkdir()
    (inside / "sub" / "text.txt").write_text("the secret word", encoding="utf-8")
    assert load_source_texts(_map("sub/text.txt"), inside) == {"s": "the secret word"}


@pytest.mark.parametrize("file", ["../secret.txt", "sub/../../secret.txt"])
def test_dot_dot_is_refused(folders: tuple[Path, Path], file: str) -> None:
    inside, _ = folders
    with pytest.raises(SourceTextError, match=r"source 's'.*outside the sources folder"):
        load_source_texts(_map(file), inside)


def test_an_absolute_path_is_refused(folders: tuple[Path, Path]) -> None:
    inside, secret = folders
    with pytest.raises(SourceTextError, match="outside the sources folder"):
        load_source_texts(_map(str(secret)), inside)


@pytest.mark.skipif(not Path("/proc/self/environ").exists(), reason="no /proc on this system")
def test_proc_self_environ_is_refused(folders: tuple[Path, Path]) -> None:
    inside, _ = folders
    with pytest.raises(SourceTextError, match="outside the sources folder"):
        load_source_texts(_map("/proc/self/environ"), inside)


def test_a_source_id_that_climbs_is_refused(folders: tuple[Path, Path]) -> None:
    """A source without ``file`` is read as ``<id>.txt``; the id cannot climb out either."""
    inside, _ = folders
    with pytest.raises(SourceTextError, match="outside the sources folder"):
        load_source_texts(_map(None, source_id="../secret"), inside)


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="no symlinks on this system")
def test_a_symlink_leaving_the_folder_is_refused(folders: tuple[Path, Path]) -> None:
    inside, secret = folders
    (inside / "link.txt").symlink_to(secret)
    with pytest.raises(SourceTextError, match="outside the sources folder"):
        load_source_texts(_map("link.txt"), inside)


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="no symlinks on this system")
def test_a_symlink_staying_inside_is_read(folders: tuple[Path, Path]) -> None:
    inside, _ = folders
    (inside / "alias.txt").symlink_to(inside / "inside.txt")
    assert load_source_texts(_map("alias.txt"), inside) == {"s": "the secret word"}


def test_outside_files_are_read_when_allowed(folders: tuple[Path, Path]) -> None:
    inside, secret = folders
    texts = load_source_texts(_map("../secret.txt"), inside, allow_outside=True)
    assert texts == {"s": SECRET}
    texts = load_source_texts(_map(str(secret)), inside, allow_outside=True)
    assert texts == {"s": SECRET}


def test_the_refusal_says_how_to_allow_it(folders: tuple[Path, Path]) -> None:
    inside, _ = folders
    with pytest.raises(SourceTextError, match="allow_outside"):
        load_source_texts(_map("../secret.txt"), inside)


def _write_map(folder: Path, file: str) -> Path:
    path = folder / "map.yaml"
    path.write_text(
        "argmap: 1\nclaims: [{id: c, text: A claim}]\n"
        "actors: [{id: a, name: A speaker}]\n"
        f"sources: [{{id: s, title: A report, file: '{file}'}}]\n"
        "attributions: [{id: q, claim: c, actor: a, source: s, quote: the secret words}]\n",
        encoding="utf-8",
    )
    return path


def test_cli_check_refuses_a_file_outside_and_prints_no_passage(
    folders: tuple[Path, Path],
) -> None:
    inside, _ = folders
    map_file = _write_map(inside.parent, "../secret.txt")
    result = CliRunner().invoke(cli, ["check", str(map_file), "--sources", str(inside)])
    assert result.exit_code == 1
    assert "outside the sources folder" in result.output
    assert "--allow-outside-sources" in result.output
    assert "hunter2" not in result.output


def test_cli_check_reads_outside_with_the_option(folders: tuple[Path, Path]) -> None:
    inside, _ = folders
    map_file = _write_map(inside.parent, "../secret.txt")
    result = CliRunner().invoke(
        cli, ["check", str(map_file), "--sources", str(inside), "--allow-outside-sources"]
    )
    assert "outside the sources folder" not in result.output
    assert "not found" in result.output  # the text was read and searched
