"""The command's process ends without freeing what it made, and otherwise as ``sys.exit``:
the same exit codes, the streams flushed, the ``atexit`` functions run."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from argmap import _process_end


def _run(code: str, *, stdin: int | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, stdin=stdin
    )


@pytest.mark.parametrize(
    ("code", "status", "stderr"),
    [("None", 0, ""), ("0", 0, ""), ("3", 3, ""), ("'gone wrong'", 1, "gone wrong\n")],
)
def test_the_exit_code_is_what_sys_exit_gives(code: str, status: int, stderr: str) -> None:
    done = _run(f"from argmap._process_end import end_process\nend_process({code})")
    assert (done.returncode, done.stderr) == (status, stderr)


def test_the_streams_are_flushed_and_atexit_functions_run() -> None:
    done = _run(
        "import atexit, sys\n"
        "from argmap._process_end import end_process\n"
        "atexit.register(lambda: print('atexit ran', end=''))\n"
        "sys.stdout.write('unflushed '); sys.stderr.write('also unflushed')\n"
        "end_process(0)"
    )
    assert (done.returncode, done.stdout, done.stderr) == (
        0,
        "unflushed atexit ran",
        "also unflushed",
    )


def test_a_failed_flush_is_python_s_exit_code_120(tmp_path: Path) -> None:
    # stdout is a pipe whose reader has gone: the flush at the end fails, as `| head` makes it.
    code = (
        "import os, sys\n"
        "from argmap._process_end import end_process\n"
        "read, write = os.pipe(); os.close(read)\n"
        "sys.stdout = os.fdopen(write, 'w')\n"
        "sys.stdout.write('lost')\n"
        "end_process(0)"
    )
    assert _run(code).returncode == _process_end.FLUSH_FAILED_EXIT


def test_only_a_command_line_run_keeps_values(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_process_end, "_kept", None)
    _process_end.keep_until_exit("a value")
    assert _process_end._kept is None
    _process_end.start_keeping()
    _process_end.keep_until_exit("a value")
    assert list(_process_end._kept or ()) == ["a value"]
    for value in ("a second", "a third"):
        _process_end.keep_until_exit(value)
    assert list(_process_end._kept or ()) == ["a second", "a third"]  # one load's worth


def test_the_command_keeps_the_parsed_value_and_the_map(tmp_path: Path) -> None:
    """What the shortcut rests on: a command-line load holds the parsed JSON and the map, so
    that nothing big is freed before the process ends."""
    aif = tmp_path / "small.json"
    aif.write_text('{"nodes": [{"nodeID": "1", "text": "A claim", "type": "I"}], "edges": []}')
    done = _run(
        "import sys\n"
        "from argmap import _process_end\n"
        "from argmap.cli import loading\n"
        "_process_end.start_keeping()\n"
        f"loading.load_map({str(aif)!r})\n"
        "print(sorted(type(value).__name__ for value in _process_end._kept))\n"
        "print(_process_end._kept[0].json is not None)"
    )
    assert done.stdout.split("\n")[:2] == ["['ArgumentMap', 'Content']", "True"], done.stderr


def test_the_command_line_exits_as_before(tmp_path: Path) -> None:
    aif = tmp_path / "small.json"
    aif.write_text('{"nodes": [{"nodeID": "1", "text": "A claim", "type": "I"}], "edges": []}')
    argmap = [sys.executable, "-m", "argmap"]
    drawn = subprocess.run(
        [*argmap, "render", str(aif), "-o", str(tmp_path / "a.dot")], timeout=120
    )
    assert drawn.returncode == 0 and "A claim" in (tmp_path / "a.dot").read_text()
    missing = subprocess.run(
        [*argmap, "render", str(tmp_path / "none.json"), "-o", str(tmp_path / "b.dot")],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert missing.returncode == 1 and missing.stderr.startswith("Error: ")
    usage = subprocess.run([*argmap, "render", "--no-such"], capture_output=True, timeout=120)
    assert usage.returncode == 2
    shown = subprocess.run(
        [*argmap, "summary", str(aif)], capture_output=True, text=True, timeout=120
    )
    assert shown.returncode == 0 and "claims" in shown.stdout
