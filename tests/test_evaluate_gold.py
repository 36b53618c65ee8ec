"""``argmap evaluate`` prints byte for byte what it printed before the speed work (issue #16).

``tests/evaluate_gold.json`` holds the SHA-256 of the standard output (and the exit code) of
every case below, frozen with the code of 2026-12-01 before the grounded fast paths: framework
files in each format (ICCMA, ASPARTIX, TGF; numbered and named arguments, names that JSON must
escape, frameworks big enough for the numpy path), maps, and the real ICCMA files of
``../shared/corpora/iccma`` (skipped when absent), for each semantics, text and ``--json``.
Each case runs on the numpy path and on the pure-Python path (numpy treated as absent).

Regenerate (only when an output is meant to change) with ``python -m tests.test_evaluate_gold``.
"""

from __future__ import annotations

import hashlib
import json
import random
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner
from test_evaluate_cli import _map as _tram  # the tram debate the command's tests use

from argmap.cli.main import cli
from argmap.formats import dumps
from argmap.semantics import ArgumentationFramework, aspartix, iccma, tgf
from argmap.semantics import _vectorised as vec

GOLD = Path(__file__).with_name("evaluate_gold.json")
CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "iccma"
SAT = ("complete", "preferred", "stable", "semi-stable")


def _random(size: int, density: float, seed: int, names: list[str] | None = None) -> str:
    rng = random.Random(seed)
    edges = [(rng.randrange(size), rng.randrange(size)) for _ in range(int(size * density))]
    af = ArgumentationFramework.from_indices(names or map(str, range(1, size + 1)), edges)
    return iccma.dumps(af)


def _chain(size: int) -> str:
    return f"p af {size}\n" + "".join(f"{i} {i + 1}\n" for i in range(1, size))


def _unsorted_raw(size: int, seed: int) -> str:
    """Unsorted attack lines with repeats and self-attacks, as a generator would write them."""
    rng = random.Random(seed)
    lines = [f"{rng.randint(1, size)} {rng.randint(1, size)}\n" for _ in range(size * 2)]
    return f"p af {size}\n# generated\n" + "".join(lines + lines[: size // 4])


ODD = ["a", 'quo"te', "back\\slash", "new\nline", "tab\t", "é", "日本", "\u2028", "", " "]
SMALL = ArgumentationFramework(
    arguments=ODD,
    attacks=[(ODD[i], ODD[(i * 3 + 1) % len(ODD)]) for i in range(len(ODD))]
    + [("a", "a"), ("é", "日本"), ("日本", "é")],
)


def _framework_files() -> Iterator[tuple[str, Callable[[], str], bool]]:
    """(file name, its text, whether it is small: every semantics is quick on it)."""
    yield "three.af", lambda: "p af 3\n1 2\n2 3\n", True
    yield "empty.af", lambda: "p af 0\n", True
    yield "odd.af", lambda: iccma.dumps(SMALL), True
    yield "odd.apx", lambda: aspartix.dumps(SMALL), True
    plain = [name for name in ODD if name and not any(c.isspace() for c in name)]
    tgf_af = ArgumentationFramework(arguments=plain, attacks=[(plain[1], plain[0])])
    yield "odd.tgf", lambda: tgf.dumps(tgf_af), True
    yield "random-300.af", lambda: _random(300, 1.5, 1), True
    yield "random-300.apx", lambda: aspartix.dumps(iccma.loads(_random(300, 1.5, 1))), True
    yield "random-300.tgf", lambda: tgf.dumps(iccma.loads(_random(300, 1.5, 1))), True
    yield "random-30000.af", lambda: _random(30_000, 3.0, 2), False
    yield "sparse-30000.af", lambda: _random(30_000, 0.8, 3), False
    yield "unsorted-25000.af", lambda: _unsorted_raw(25_000, 4), False
    named = [f"arg {i} «{i % 7}»" for i in range(25_000)]
    yield "named-25000.af", lambda: _random(25_000, 1.0, 5, named), False
    yield "chain-40000.af", lambda: _chain(40_000), False


def _options(small: bool) -> list[list[str]]:
    """Grounded for every file; gradual and the SAT semantics for the small ones (quick)."""
    chosen = ["grounded", *(("gradual", *SAT) if small else ())]
    runs = [[*(["-s", s] if s != "grounded" else []), *j] for s in chosen for j in ([], ["--json"])]
    return [*runs, ["-s", "preferred", "--limit", "2", "--json"]] if small else runs


def cases(folder: Path) -> Iterator[tuple[str, list[str]]]:
    """Write the input files into ``folder``; yield (case id, command-line arguments)."""
    for name, text, small in _framework_files():
        (folder / name).write_text(text(), encoding="utf-8")
        for options in _options(small):
            yield " ".join([name, *options]), [str(folder / name), *options]
    (folder / "tram.yaml").write_text(dumps(_tram(), "yaml"), encoding="utf-8")
    for options in _options(True):
        yield " ".join(["tram.yaml", *options]), [str(folder / "tram.yaml"), *options]
    for claim in ("tram", "quiet"):
        for options in (["--explain", claim], ["--explain", claim, "-s", "preferred", "--json"]):
            yield " ".join(["tram.yaml", *options]), [str(folder / "tram.yaml"), *options]


def corpus_cases() -> Iterator[tuple[str, list[str]]]:
    for path in sorted(CORPUS.glob("*.af")):
        for options in _options(path.stat().st_size < 20_000):
            yield " ".join([path.name, *options]), [str(path), *options]


def output_digest(args: list[str]) -> str:
    result = CliRunner().invoke(cli, ["evaluate", *args])
    digest = hashlib.sha256(result.stdout_bytes).hexdigest()
    return f"{result.exit_code} {digest}"


def _gold() -> dict[str, str]:
    frozen: dict[str, str] = json.loads(GOLD.read_text(encoding="utf-8"))
    return frozen


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("gold")


@pytest.fixture(params=["numpy", "pure"])
def path_kind(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    if request.param == "numpy":
        if not vec.AVAILABLE:
            pytest.skip("numpy (the argmap[fast] extra) is not installed")
    else:
        monkeypatch.setattr(vec, "AVAILABLE", False)
    kind: str = request.param
    return kind


def test_every_output_is_the_frozen_one(folder: Path, path_kind: str) -> None:
    gold = _gold()
    got = {case: output_digest(args) for case, args in cases(folder)}
    assert {case: gold.get(case) for case in got} == got


def test_the_real_iccma_files_print_the_frozen_output(path_kind: str) -> None:
    if not CORPUS.is_dir():
        pytest.skip(f"the shared ICCMA corpus is not at {CORPUS}")
    gold = _gold()
    got = {case: output_digest(args) for case, args in corpus_cases()}
    assert {case: gold.get(case) for case in got} == got


if __name__ == "__main__":
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        frozen = {case: output_digest(args) for case, args in cases(Path(tmp))}
    frozen |= {case: output_digest(args) for case, args in corpus_cases()}
    GOLD.write_text(json.dumps(frozen, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(f"{len(frozen)} cases written to {GOLD}")
