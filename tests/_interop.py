"""Run the real tools (arguebuf, the sadface library) on what argmap writes, in their own venv.

The tools live in a venv outside the repository, made by ``scripts/ensure-python-tools``
(``$ARGMAP_TOOLS/py312``, default ``~/.cache/argmap-tools``): arguebuf needs Python 3.12 or
newer, which the project's own venv may not have. :func:`run_tool` runs a small script there
with the paths of files argmap wrote and returns what the script prints as JSON. Tests skip with
the reason when the venv cannot be made (no Python 3.12, no network).
"""

from __future__ import annotations

import json
import os
import subprocess
from functools import cache
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
TOOLS = Path(os.environ.get("ARGMAP_TOOLS") or Path.home() / ".cache" / "argmap-tools")
PYTHON = TOOLS / "py312" / "bin" / "python"


@cache
def _ensure() -> str | None:
    """Make the tools venv if it is missing; return why it is unusable, or ``None``."""
    check = [str(PYTHON), "-c", "import arguebuf, sadface"]
    if PYTHON.exists() and subprocess.run(check, capture_output=True).returncode == 0:
        return None
    script = ROOT / "scripts" / "ensure-python-tools"
    done = subprocess.run([str(script)], capture_output=True, text=True, timeout=900)
    if PYTHON.exists() and subprocess.run(check, capture_output=True).returncode == 0:
        return None
    said = (done.stderr or done.stdout).strip().splitlines()
    return f"arguebuf/sadface not installable: {said[-1] if said else 'no Python >= 3.12'}"


def run_tool(script: str, paths: list[Path]) -> Any:
    """Run ``script`` (Python source) in the tools venv with ``paths`` as arguments.

    The script prints one JSON value; a crash of the tool fails the test with its message.
    """
    reason = _ensure()
    if reason is not None:
        pytest.skip(reason)
    done = subprocess.run(
        [str(PYTHON), "-c", script, *map(str, paths)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout)


def corpus_maps() -> dict[str, Any]:
    """The flagship and every map argmap reads from the shared corpus, by name.

    AIF, SADFace, microtexts and Kialo files; those of ``../shared/corpora`` only when present.
    """
    from argmap.cli.loading import load_map
    from argmap.formats import aif, kialo, microtexts, sadface

    found: dict[str, Any] = {"flagship": load_map(str(ROOT / "examples" / "labour_immigration.py"))}
    corpora = SHARED / "corpora"
    readers = [
        ("aif", "*.json", aif.loads),
        ("sadface", "*.json", sadface.loads),
        ("microtexts/en", "*.xml", microtexts.loads),
        ("kialo", "*.txt", kialo.loads),
    ]
    for folder, pattern, read in readers:
        for path in sorted((corpora / folder).rglob(pattern)):
            if path.name == "aif2arggraph.json":  # a table of nodeset names, not a map
                continue
            name = str(path.relative_to(corpora))
            found[name] = read(path.read_text(encoding="utf-8"), filename=path.name)
    return found


def generated_maps(count: int) -> list[Any]:
    """``count`` maps from :func:`argmap.strategies.maps`, drawn by hypothesis (one tool run)."""
    from hypothesis import HealthCheck, Phase, given, settings

    from argmap.strategies import maps

    drawn: list[Any] = []

    @settings(
        max_examples=count,
        deadline=None,
        database=None,
        phases=[Phase.generate],
        suppress_health_check=list(HealthCheck),
    )
    @given(maps())
    def collect(m: Any) -> None:
        drawn.append(m)

    collect()
    return drawn


def assert_tool_counts(
    script: str,
    named: dict[str, Any],
    folder: Path,
    *,
    write: Any,
    counts: Any,
    suffix: str = ".json",
) -> None:
    """Write each map with ``write``, run ``script`` on the files in one process, and check
    that what the tool prints for each file equals ``counts(map)``; failures name the maps."""
    paths = []
    for index, m in enumerate(named.values()):
        path = folder / f"{index}{suffix}"
        path.write_text(write(m), encoding="utf-8")
        paths.append(path)
    read = run_tool(script, paths)
    expected = [counts(m) for m in named.values()]
    pairs = zip(named, read, expected, strict=True)
    wrong = {name: (got, want) for name, got, want in pairs if got != want}
    assert not wrong
