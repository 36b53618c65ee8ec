"""The real Argdown CLI (npm ``@argdown/cli``) reads what argmap writes, with argmap's counts.

Each test writes argmap's Argdown for some maps into a folder and runs ``argdown json`` on the
whole folder once (node starts slowly), then checks that the CLI reported no syntax error and
that its JSON has as many statements (equivalence classes), arguments and relations as argmap's
map has claims, arguments and distinct attack relations, and that argmap reads the JSON the CLI
exported back with the same claim ids and arguments. The CLI is installed by
``scripts/ensure-node-tools`` into ``${ARGMAP_TOOLS:-~/.cache/argmap-tools}/node``; the tests
skip, with the reason, where node, npm or the package cannot be had.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
from collections.abc import Iterable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings

from argmap.exceptions import DocumentError
from argmap.formats import argdown_json
from argmap.formats.argdown import dumps, loads
from argmap.formats.kialo import loads as kialo_loads
from argmap.model import Argument, ArgumentMap, AttackKind
from argmap.strategies import maps

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "corpora"
TOOLS = Path(os.environ.get("ARGMAP_TOOLS", Path.home() / ".cache" / "argmap-tools"))
CLI = TOOLS / "node" / "node_modules" / ".bin" / "argdown"
# Argdown 1.7.5 itself rejects these corpus files (see tests/test_argdown_corpus.py).
REJECTED_BY_ARGDOWN = {"cv-argvu-demo", "debatemod-abortion", "mcp-large-generated"}
_ERRORS = re.compile(r"Argdown syntax errors in (.+?): (\d+)")
_ANSI = re.compile(r"\x1b\[[0-9;]*m")

Counts = tuple[int, int, int]


@pytest.fixture(scope="module")
def cli() -> Path:
    """The ``argdown`` program, installed on first use; skip when it cannot be had."""
    if not CLI.exists():
        subprocess.run(
            [str(ROOT / "scripts" / "ensure-node-tools")], check=False, capture_output=True
        )
    if not CLI.exists():
        pytest.skip(f"the Argdown CLI is not installed at {CLI} (scripts/ensure-node-tools)")
    return CLI


def counts(m: ArgumentMap) -> Counts:
    """What Argdown should count in argmap's Argdown: statements, arguments, relations.

    Argdown's rule: a relation going out of an argument with a premise-conclusion structure
    goes out of its conclusion; a relation of a statement to itself is dropped, and relations
    with the same ends and kind are one.
    """
    relations = set()
    for r in m.rebuttals:
        attacker = r.attacker
        if attacker in m and isinstance(m.get(attacker), Argument):
            attacker = m.get(attacker, Argument).conclusion
        if attacker != r.target:
            relations.add((attacker, r.kind is AttackKind.UNDERCUT, r.target))
    return len(m.claims), len(m.arguments), len(relations)


def run_cli(cli: Path, folder: Path, texts: dict[str, str]) -> dict[str, Counts]:
    """Write ``texts`` as ``NAME.argdown`` files, run ``argdown json`` once, return the counts.

    Fails the test, quoting the CLI, when it reports a syntax error in any file.
    """
    source, out = folder / "in", folder / "out"
    source.mkdir()
    for name, text in texts.items():
        (source / f"{name}.argdown").write_text(text, encoding="utf-8")
    done = subprocess.run(
        [str(cli), "json", str(source / "*.argdown"), str(out)],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    log = _ANSI.sub("", done.stdout + done.stderr)
    errors = {Path(p).stem: int(n) for p, n in _ERRORS.findall(log)}
    rejected = f"Argdown rejected {len(errors)} of {len(texts)} files: {errors}"
    assert not errors, f"{rejected}\n{log[:1500]}"
    assert done.returncode == 0, log[:3000]
    found = {}
    for name in texts:
        data = json.loads((out / f"{name}.json").read_text(encoding="utf-8"))
        found[name] = (len(data["statements"]), len(data["arguments"]), len(data["relations"]))
    return found


def read_back(folder: Path, names: Iterable[str]) -> dict[str, ArgumentMap]:
    """argmap's reading of the JSON the CLI exported in :func:`run_cli`."""
    out = folder / "out"
    return {
        name: argdown_json.loads((out / f"{name}.json").read_text(encoding="utf-8"))
        for name in names
    }


def _shape(m: ArgumentMap) -> tuple[list[str], list[tuple[str, tuple[str, ...], str]]]:
    """Claim ids and arguments; the order of claims is Argdown's (it may differ)."""
    return sorted(c.id for c in m.claims), sorted(
        (a.id, a.premises, a.conclusion) for a in m.arguments
    )


def check(
    cli: Path, folder: Path, maps_by_name: dict[str, ArgumentMap], *, read_json: bool = True
) -> None:
    texts = {name: dumps(m) for name, m in maps_by_name.items()}
    found = run_cli(cli, folder, texts)
    wrong = {
        name: (counts(m), found[name])
        for name, m in maps_by_name.items()
        if counts(m) != found[name]
    }
    assert not wrong, f"(argmap's, Argdown's) counts differ for {len(wrong)} maps: {wrong}"
    if not read_json:
        return
    back = read_back(folder, maps_by_name)
    lost = [name for name, m in maps_by_name.items() if _shape(back[name]) != _shape(m)]
    assert not lost, f"the CLI's JSON read back has other claims or arguments for {lost}"


def _corpus(names: Iterable[Path]) -> dict[str, ArgumentMap]:
    return {p.stem: loads(p.read_text(encoding="utf-8"), filename=p.name) for p in names}


def test_flagship_is_accepted(cli: Path, tmp_path: Path) -> None:
    from examples.labour_immigration import build

    check(cli, tmp_path, {"flagship": build()})


CORPUS = sorted((SHARED / "argdown").glob("*.argdown")) if (SHARED / "argdown").is_dir() else []


@pytest.mark.skipif(not CORPUS, reason="../shared/corpora/argdown is absent")
def test_corpus_round_tripped_is_accepted(cli: Path, tmp_path: Path) -> None:
    """Every corpus file argmap reads, written back by argmap, is read by Argdown alike."""
    accepted = [p for p in CORPUS if p.stem not in REJECTED_BY_ARGDOWN]
    readable = {}
    for path in CORPUS:
        try:
            readable[path.stem] = loads(path.read_text(encoding="utf-8"), filename=path.name)
        except DocumentError:  # tests/test_argdown_corpus.py pins which files fail, and how
            assert path.stem in REJECTED_BY_ARGDOWN
    assert {p.stem for p in accepted} <= set(readable)
    check(cli, tmp_path, readable)


KIALO = SHARED / "kialo" / "exodus-kialo-export.txt"


@pytest.mark.skipif(not KIALO.exists(), reason="../shared/corpora/kialo is absent")
def test_kialo_export_is_accepted(cli: Path, tmp_path: Path) -> None:
    m = kialo_loads(KIALO.read_text(encoding="utf-8"), filename=KIALO.name)
    check(cli, tmp_path, {"kialo": m})


def test_generated_maps_are_accepted(cli: Path, tmp_path: Path) -> None:
    """A few hundred ``argmap.strategies.maps()`` examples, in one CLI run."""
    collected: dict[str, ArgumentMap] = {}

    @settings(
        max_examples=300,
        database=None,
        derandomize=True,
        deadline=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(maps())
    def collect(m: ArgumentMap) -> None:
        collected[f"map{len(collected):04d}"] = m

    collect()
    assert len(collected) >= 200
    check(cli, tmp_path, collected)
