"""Writing output files: one writer for the CLI, ``argmap.render``/``save`` and framework files.

Each test goes through every public way of writing a file, so the three writers that used to
differ (file modes, symlinks, read-only files) cannot drift apart again.
"""

from __future__ import annotations

import os
import signal
import stat
import subprocess
import sys
import tempfile
import textwrap
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from argmap._atomic import write_atomic
from argmap.cli.main import cli
from argmap.diagram import render
from argmap.diagram._sample import sample_map
from argmap.semantics import ArgumentationFramework, iccma

YAML_MAP = "argmap: 1\nclaims:\n  - {id: tram, text: The city should build a tram}\n"

Writer = Callable[[Path], None]


def _cli_convert(target: Path) -> None:
    folder = target.parent if target.parent.exists() else target.parent.parent
    source = folder / "in.yaml"
    if not source.exists():
        source.write_text(YAML_MAP, encoding="utf-8")
    result = CliRunner().invoke(cli, ["convert", str(source), str(target.with_suffix(".dot"))])
    if result.exit_code:
        raise OSError(result.stderr)


def _api_render(target: Path) -> None:
    render(sample_map(), target.with_suffix(".dot"))


def _framework_dump(target: Path) -> None:
    iccma.dump(ArgumentationFramework(arguments=["a"], attacks=[]), target.with_suffix(".dot"))


WRITERS = {"cli": _cli_convert, "render": _api_render, "framework": _framework_dump}


@pytest.fixture(params=sorted(WRITERS))
def write(request: pytest.FixtureRequest) -> Writer:
    writer: Writer = WRITERS[request.param]
    return writer


@pytest.fixture
def umask() -> Iterator[Callable[[int], None]]:
    old = os.umask(0o022)
    os.umask(old)

    def set_mask(mask: int) -> None:
        os.umask(mask)

    yield set_mask
    os.umask(old)


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.parametrize(("mask", "expected"), [(0o022, 0o644), (0o077, 0o600), (0o002, 0o664)])
def test_a_new_file_gets_the_umask_mode(
    write: Writer, umask: Callable[[int], None], tmp_path: Path, mask: int, expected: int
) -> None:
    umask(mask)
    write(tmp_path / "out.dot")
    assert _mode(tmp_path / "out.dot") == expected


def test_an_existing_file_keeps_its_mode(
    write: Writer, umask: Callable[[int], None], tmp_path: Path
) -> None:
    umask(0o077)
    target = tmp_path / "out.dot"
    target.write_text("old", encoding="utf-8")
    target.chmod(0o664)
    write(target)
    assert _mode(target) == 0o664
    assert target.read_text(encoding="utf-8") != "old"


def test_a_read_only_file_is_refused_and_kept(write: Writer, tmp_path: Path) -> None:
    target = tmp_path / "out.dot"
    target.write_text("old", encoding="utf-8")
    target.chmod(0o444)
    with pytest.raises(OSError, match="read-only"):
        write(target)
    assert target.read_text(encoding="utf-8") == "old"
    assert _mode(target) == 0o444
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []


def test_writing_through_a_symlink_writes_its_target(write: Writer, tmp_path: Path) -> None:
    real = tmp_path / "real" / "out.dot"
    real.parent.mkdir()
    real.write_text("old", encoding="utf-8")
    link = tmp_path / "out.dot"
    link.symlink_to(real)
    write(link)
    assert link.is_symlink()
    assert real.read_text(encoding="utf-8") != "old"
    assert sorted(p.name for p in tmp_path.iterdir() if p.name != "in.yaml") == ["out.dot", "real"]


def test_a_missing_folder_is_a_clear_error(write: Writer, tmp_path: Path) -> None:
    with pytest.raises(OSError, match="cannot write"):
        write(tmp_path / "missing" / "out.dot")


def _run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli, list(args))
    return result.exit_code, result.stderr


def test_the_cli_refuses_to_overwrite_its_input(tmp_path: Path) -> None:
    source = tmp_path / "map.yaml"
    source.write_text(YAML_MAP, encoding="utf-8")
    (tmp_path / "same.yaml").symlink_to(source)
    os.link(source, tmp_path / "hard.yaml")
    for target in (str(source), str(tmp_path / "same.yaml"), str(tmp_path / "hard.yaml")):
        for args in (
            ["convert", str(source), target],
            ["export", str(source), "--to", "yaml", "-o", target],
        ):
            code, err = _run(*args)
            assert code == 1 and "refusing to overwrite the input" in err, (args, err)
            assert source.read_text(encoding="utf-8") == YAML_MAP
        # DOT into a .yaml: refused for its name already, before the input is looked at.
        code, err = _run("render", str(source), "-o", target, "--to", "dot")
        assert code == 2 and "the file name says yaml" in err, err
        assert source.read_text(encoding="utf-8") == YAML_MAP
    code, err = _run("convert", str(source), str(tmp_path / "same.yaml"), "--force")
    assert code == 0, err


def test_render_refuses_to_overwrite_its_input(tmp_path: Path) -> None:
    """A map in a file named like a diagram (read with --from) is still an input of render."""
    source = tmp_path / "map.dot"
    source.write_text(YAML_MAP, encoding="utf-8")
    code, err = _run("render", str(source), "--from", "yaml", "-o", str(source))
    assert code == 1 and "refusing to overwrite the input" in err, err
    assert source.read_text(encoding="utf-8") == YAML_MAP


SLOW_WRITE = """
import os, signal, sys, time
import argmap._atomic as atomic

# A shell starts a background job with SIGINT ignored (CI may run us so): handle it as an
# interactive Python does, which is the case this test is about.
signal.signal(signal.SIGINT, signal.default_int_handler)

real_replace = os.replace

def slow_replace(source, target):
    print("ready", flush=True)
    time.sleep(30)
    real_replace(source, target)

os.replace = slow_replace
atomic.write_atomic(sys.argv[1], "new")
"""


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT])
def test_a_signal_mid_write_leaves_no_temporary_file(tmp_path: Path, signum: int) -> None:
    target = tmp_path / "out.txt"
    target.write_text("old", encoding="utf-8")
    script = tmp_path / "slow.py"
    script.write_text(textwrap.dedent(SLOW_WRITE), encoding="utf-8")
    child = subprocess.Popen(
        [sys.executable, str(script), str(target)],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        assert child.stdout is not None and child.stdout.readline() == "ready\n"
        time.sleep(0.5)  # the child is inside its slow rename (a blocking call) by now
        child.send_signal(signum)
        child.wait(timeout=10)
    finally:
        child.kill()
    assert child.returncode != 0
    assert target.read_text(encoding="utf-8") == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.txt", "slow.py"]


def test_dot_killed_by_a_signal_is_named_with_a_hint(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Graphviz 2.43 segfaults on very long chains: say so, and what to do about it."""
    fake = tmp_path / "bin" / "dot"
    fake.parent.mkdir()
    fake.write_text("#!/bin/sh\ncat > /dev/null\nkill -SEGV $$\n", encoding="utf-8")
    fake.chmod(0o755)
    monkeypatch.setenv("PATH", f"{fake.parent}{os.pathsep}{os.environ['PATH']}")
    source = tmp_path / "map.yaml"
    source.write_text(YAML_MAP, encoding="utf-8")
    code, err = _run("render", str(source), "-o", str(tmp_path / "map.svg"))
    assert code == 1
    assert "dot was killed by SIGSEGV" in err and "--focus" in err, err
    assert not (tmp_path / "map.svg").exists()


@settings(max_examples=60, deadline=None)
@given(
    data=st.binary(max_size=2000) | st.text(max_size=500),
    old_mode=st.none() | st.sampled_from([0o600, 0o640, 0o644, 0o664, 0o755]),
)
def test_any_content_is_written_whole_with_the_right_mode(
    data: bytes | str, old_mode: int | None
) -> None:
    with tempfile.TemporaryDirectory() as name:
        target = Path(name) / "out.bin"
        if old_mode is not None:
            target.write_bytes(b"old")
            target.chmod(old_mode)
        write_atomic(target, data)
        expected = data.encode("utf-8") if isinstance(data, str) else data
        assert target.read_bytes() == expected
        mask = os.umask(0)
        os.umask(mask)
        assert _mode(target) == (0o666 & ~mask if old_mode is None else old_mode)
        assert [p.name for p in Path(name).iterdir()] == ["out.bin"]


def test_a_pipe_or_device_is_written_in_place_not_replaced(tmp_path: Path) -> None:
    """``-o /dev/stdout`` or a named pipe gets the data, as with a shell redirect; renaming a
    file over it would replace the device (as root, even /dev/null)."""
    import threading

    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()))
    reader.start()
    write_atomic(fifo, "through the pipe")
    reader.join(timeout=10)
    assert received == [b"through the pipe"]
    assert stat.S_ISFIFO(fifo.lstat().st_mode)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pipe"]
