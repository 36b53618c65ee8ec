"""Benchmark the argumentation engine: grounded at scale, SAT semantics on random frameworks.

Run from the repository root::

    python benchmarks/bench_semantics.py --grounded 10000,100000,1000000 \\
        --sat 100,1000,10000,100000 --density 2 --hard --timeout 60

Every task runs once per size on a seeded random framework (each argument attacks
``density`` random arguments on average); times are wall-clock seconds, ``timeout`` when the
task ran out of time. ``--compare`` also times pygarg and PyArg (python-argumentation) when
they can be imported (install them in a separate environment); they are skipped otherwise.

``--floor 1000000 --runs 3`` times the whole process ``argmap evaluate x.af --json`` on a
random ICCMA file (3 attacks per argument) against its floor, a plain pure-Python worklist
(parse, adjacency lists, propagate, print the labelling as JSON), in fresh processes taken
alternately, and prints the medians and the ratio; ``--baseline PATH`` adds another ``argmap``
executable (say, the main branch's) to the same alternation.
"""

from __future__ import annotations

import argparse
import importlib.util
import multiprocessing
import random
import sys
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _bytecode import compile_package

from argmap.semantics import (
    ArgumentationFramework,
    Labelling,
    SemanticsTimeoutError,
    credulously_accepted,
    extensions,
    grounded_labelling,
    iccma,
    sceptically_accepted,
    some_extension,
)

Row = tuple[str, int, int, str, str, str]


def random_edges(size: int, density: float, seed: int) -> list[tuple[int, int]]:
    """Return ``size * density`` random attacks (self-attacks possible) as index pairs."""
    rng = random.Random(seed)
    count = int(size * density)
    return [(rng.randrange(size), rng.randrange(size)) for _ in range(count)]


def timed(task: Callable[[], object]) -> tuple[str, object]:
    """Run ``task``; return its time (or ``timeout``) and its result."""
    start = time.perf_counter()
    try:
        result = task()
    except SemanticsTimeoutError as error:
        return "timeout", f"{len(error.partial)} found before the timeout"
    return f"{time.perf_counter() - start:.2f}", result


def bench_grounded(sizes: list[int], density: float, seed: int) -> list[Row]:
    """Time each step of the grounded path separately: read ICCMA, build, label, extension."""
    rows: list[Row] = []
    for size in sizes:
        names = [f"a{i}" for i in range(size)]
        edges = random_edges(size, density, seed)
        pairs = [(names[i], names[j]) for i, j in edges]
        text = f"p af {size}\n" + "".join(f"{i + 1} {j + 1}\n" for i, j in edges)
        seconds, af = timed(partial(iccma.loads, text))
        assert isinstance(af, ArgumentationFramework)
        rows.append(("read ICCMA text (numbered)", size, len(edges), "argmap", seconds, ""))
        seconds, lab = timed(partial(grounded_labelling, af))
        assert isinstance(lab, Labelling)
        rows.append(("grounded labelling", size, len(edges), "argmap", seconds, ""))
        seconds, extension = timed(lambda: lab.extension)  # noqa: B023 - called at once
        note = f"{len(extension)} in"  # type: ignore[arg-type]
        rows.append(("grounded extension", size, len(edges), "argmap", seconds, note))
        seconds, af = timed(partial(ArgumentationFramework, arguments=names, attacks=pairs))
        assert isinstance(af, ArgumentationFramework)
        rows.append(("build framework (names)", size, len(edges), "argmap", seconds, ""))
        seconds, af = timed(partial(ArgumentationFramework.from_indices, names, edges))
        assert isinstance(af, ArgumentationFramework)
        rows.append(("build framework (indices)", size, len(edges), "argmap", seconds, ""))
        seconds, attacks = timed(lambda: af.attacks)  # noqa: B023 - called at once
        note = f"{len(attacks)} distinct"  # type: ignore[arg-type]
        rows.append(("attack name pairs (on demand)", size, len(edges), "argmap", seconds, note))
    return rows


def sat_tasks(
    af: ArgumentationFramework, timeout: float
) -> list[tuple[str, Callable[[], object], Callable[[object], str]]]:
    target = af.arguments[len(af) // 2]

    def size_of(result: object) -> str:
        return "none" if result is None else f"size {len(result)}"  # type: ignore[arg-type]

    return [
        ("some stable (SE-ST)", lambda: some_extension(af, "stable", timeout=timeout), size_of),
        (
            "some preferred (SE-PR)",
            lambda: some_extension(af, "preferred", timeout=timeout),
            size_of,
        ),
        (
            "credulous preferred (DC-PR)",
            lambda: credulously_accepted(af, target, "preferred", timeout=timeout),
            str,
        ),
        (
            "sceptical preferred (DS-PR)",
            lambda: sceptically_accepted(af, target, "preferred", timeout=timeout),
            str,
        ),
        (
            "all preferred (EE-PR, <= 1000)",
            lambda: extensions(af, "preferred", limit=1000, timeout=timeout),
            _count,
        ),
        (
            "all stable (EE-ST, <= 1000)",
            lambda: extensions(af, "stable", limit=1000, timeout=timeout),
            _count,
        ),
    ]


def bench_sat(sizes: list[int], density: float, seed: int, timeout: float) -> list[Row]:
    rows: list[Row] = []
    for size in sizes:
        af = ArgumentationFramework.from_indices(
            [f"a{i}" for i in range(size)], random_edges(size, density, seed)
        )
        for name, task, describe in sat_tasks(af, timeout):
            seconds, result = timed(task)
            note = str(result) if seconds == "timeout" else describe(result)
            rows.append((name, size, len(af.attacks), "argmap", seconds, note))
            print(f"  {name} n={size}: {seconds}", file=sys.stderr)
    return rows


def _count(result: object) -> str:
    """Describe an enumeration's result, or pass on a timeout's note."""
    if isinstance(result, list | set | frozenset):
        return f"{len(result)} extensions"
    return str(result)


def timed_apart(task: Callable[[], object], timeout: float) -> tuple[str, object]:
    """Run ``task`` in a child process (peers have no timeout of their own)."""
    with multiprocessing.get_context("fork").Pool(1) as pool:
        pending = pool.apply_async(timed, (task,))
        try:
            return pending.get(timeout)  # type: ignore[no-any-return]
        except multiprocessing.TimeoutError:
            return "timeout", "no answer in time"


def bench_peers(sizes: list[int], density: float, seed: int, timeout: float) -> list[Row]:
    """Time pygarg's and PyArg's preferred enumeration where they are installed."""
    rows: list[Row] = []
    have_pygarg = importlib.util.find_spec("pygarg") is not None
    have_pyarg = importlib.util.find_spec("py_arg") is not None
    if not have_pygarg:
        rows.append(("pygarg", 0, 0, "pygarg", "skipped", "not installed"))
    if not have_pyarg:
        rows.append(("PyArg", 0, 0, "PyArg", "skipped", "not installed"))
    for size in sizes:
        edges = random_edges(size, density, seed)
        names = [f"a{i}" for i in range(size)]
        attacks = sorted({(names[i], names[j]) for i, j in edges})
        af = ArgumentationFramework(arguments=names, attacks=attacks)
        seconds, result = timed(partial(extensions, af, "preferred", timeout=timeout))
        rows.append(("all preferred", size, len(attacks), "argmap", seconds, _count(result)))
        if have_pygarg:
            from pygarg.dung import solver  # type: ignore[import-not-found]

            # pygarg looks attacks up with `[a, b] in atts`: it needs lists, not tuples.
            as_lists = [list(a) for a in attacks]
            task = partial(solver.extension_enumeration, names, as_lists, "PR")
            seconds, result = timed_apart(task, timeout)
            rows.append(("all preferred", size, len(attacks), "pygarg", seconds, _count(result)))
        if have_pyarg:
            seconds, result = timed_apart(partial(_pyarg_preferred, names, attacks), timeout)
            rows.append(("all preferred", size, len(attacks), "PyArg", seconds, _count(result)))
    return rows


def _pyarg_preferred(names: list[str], attacks: list[tuple[str, str]]) -> object:
    """Build a PyArg framework (its own classes) and enumerate its preferred extensions."""
    from py_arg.abstract_argumentation_classes.abstract_argumentation_framework import (  # type: ignore[import-not-found]
        AbstractArgumentationFramework,
    )
    from py_arg.abstract_argumentation_classes.argument import Argument  # type: ignore[import-not-found]
    from py_arg.abstract_argumentation_classes.defeat import Defeat  # type: ignore[import-not-found]
    from py_arg.algorithms.semantics.get_preferred_extensions import (  # type: ignore[import-not-found]
        get_preferred_extensions,
    )

    objects = {name: Argument(name) for name in names}
    defeats = [Defeat(objects[a], objects[b]) for a, b in attacks]
    framework = AbstractArgumentationFramework("bench", list(objects.values()), defeats)
    return get_preferred_extensions(framework)


WORKLIST = r"""
import json, sys
lines = open(sys.argv[1]).read().split("\n")
n = int(lines[0].split()[2])
attacked = [[] for _ in range(n)]
pending = [0] * n
for line in lines[1:]:
    if line and not line.startswith("#"):
        a, b = line.split()
        attacked[int(a) - 1].append(int(b) - 1)
        pending[int(b) - 1] += 1
label = [0] * n  # 0 undec, 1 in, 2 out
work = [i for i in range(n) if pending[i] == 0]
for i in work:
    label[i] = 1
while work:
    i = work.pop()
    for j in attacked[i]:
        if label[j]:
            continue
        label[j] = 2
        for k in attacked[j]:
            if not label[k]:
                pending[k] -= 1
                if pending[k] == 0:
                    label[k] = 1
                    work.append(k)
words = ("undec", "in", "out")
print(json.dumps({str(i + 1): words[x] for i, x in enumerate(label)}))
"""


def floor(size: int, runs: int, seed: int, baseline: str | None = None) -> None:
    """Whole-process grounded labelling: ``argmap evaluate --json`` against the worklist.

    ``baseline``: another ``argmap`` executable (another checkout's) timed alternately too.
    """
    import statistics
    import subprocess
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "big.af"
        edges = random_edges(size, 3.0, seed)
        path.write_text(f"p af {size}\n" + "".join(f"{i + 1} {j + 1}\n" for i, j in edges))
        argmap_cli = Path(sys.executable).with_name("argmap")
        commands = {
            "argmap": [str(argmap_cli), "evaluate", str(path), "--json"],
            "worklist": [sys.executable, "-c", WORKLIST, str(path)],
        }
        if baseline:
            commands["baseline"] = [baseline, "evaluate", str(path), "--json"]
        times: dict[str, list[float]] = {name: [] for name in commands}
        for _ in range(runs):
            for name, command in commands.items():
                start = time.perf_counter()
                subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
                times[name].append(time.perf_counter() - start)
    medians = {name: statistics.median(values) for name, values in times.items()}
    print(f"{size:,} arguments, {len(edges):,} attacks, {runs} alternating runs (medians)")
    for name, seconds in medians.items():
        each = ", ".join(f"{t:.2f}" for t in times[name])
        print(f"  {name:>8}: {seconds:.2f} s (runs: {each})")
    print(f"  ratio worklist / argmap: {medians['worklist'] / medians['argmap']:.2f}")
    if baseline:
        print(f"  ratio worklist / baseline: {medians['worklist'] / medians['baseline']:.2f}")


def table(rows: list[Row]) -> str:
    """Format rows as a Markdown table."""
    head = (
        "| task | arguments | attacks | engine | seconds | result |\n|---|---:|---:|---|---:|---|"
    )
    body = [f"| {t} | {n:,} | {m:,} | {e} | {s} | {r} |" for t, n, m, e, s, r in rows]
    return "\n".join([head, *body])


def sizes(text: str) -> list[int]:
    return [int(part) for part in text.split(",") if part.strip()]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--grounded", type=sizes, default=[10_000, 100_000, 1_000_000])
    parser.add_argument("--grounded-density", type=float, default=3.0)
    parser.add_argument("--sat", type=sizes, default=[100, 1_000, 10_000, 100_000])
    parser.add_argument("--density", type=float, default=2.0, help="attacks per argument (SAT)")
    parser.add_argument("--hard", action="store_true", help="add 1,000 args x 5 attacks/arg")
    parser.add_argument("--timeout", type=float, default=60.0, help="seconds per SAT task")
    parser.add_argument("--compare", type=sizes, default=[], help="sizes for pygarg/PyArg")
    parser.add_argument("--seed", type=int, default=2023)
    parser.add_argument("--floor", type=int, help="whole-process grounded vs a worklist, N args")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--baseline", help="with --floor: another argmap executable to time")
    options = parser.parse_args(argv)
    if options.floor:
        compile_package()  # the floor times whole processes: argmap as installed
        floor(options.floor, options.runs, options.seed, options.baseline)
        return 0
    rows = bench_grounded(options.grounded, options.grounded_density, options.seed)
    rows += bench_sat(options.sat, options.density, options.seed, options.timeout)
    if options.hard:
        rows += bench_sat([1_000], 5.0, options.seed, options.timeout)
    if options.compare:
        rows += bench_peers(options.compare, options.density, options.seed, options.timeout)
    print(f"Python {sys.version.split()[0]}, seed {options.seed}, timeout {options.timeout} s")
    print(table(rows))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
