"""Argdown speed: argmap side by side with Argdown's own CLI, and the writer against JSON's.

Three measurements, each printed with medians (and the ratio where there is a peer):

1. ``render``: a generated Argdown file (3 MB, about 30,000 statements by default) to DOT, as
   whole processes run alternately: ``argmap render x.argdown -o x.dot`` against the Argdown
   CLI's ``argdown map x.argdown OUT --format dot`` (npm ``@argdown/cli``, installed by
   ``scripts/ensure-node-tools`` into ``${ARGMAP_TOOLS:-~/.cache/argmap-tools}/node``; skipped
   with a note when it is missing). Child CPU time (user + system) is reported beside wall
   time: a busy machine disturbs it far less.
2. ``read``: reading the same file in this process (parse, then build the map).
3. ``write``: exporting the benchmark model map (``bench_model.generate``, 100,000 claims by
   default) as Argdown against argmap's JSON writer.

Run from the repository root::

    python benchmarks/bench_argdown.py [--size-mb 3] [--runs 5] [--claims 100000] [--root DIR]
    python benchmarks/bench_argdown.py --only write [--runs 7] [--claims 100000]

``--only write`` runs the third measurement alone, with ``--runs`` alternating pairs (Argdown
writer, JSON writer) in this process. ``--only stages`` times the read of the generated file
by stages (the parse with its grouping into classes, ids, claims' fields, inference steps,
relations, making the elements by columns, the one-pass build, attributions, breaking the
tree's cycles, freeing the tree, and freeing the map read, which a render keeps), CPU
seconds, the best of ``--runs`` reads.

``--root DIR`` also times an older argmap (a folder holding its ``argmap/`` package, e.g.
``git archive <commit> argmap | tar -x -C DIR``) beside this one, alternately: the render,
and the read in fresh processes (parse and build, the CPU time of ``loads`` alone).

The generated file mixes what real files hold: headings, titled statements with tags and
inline data, relations in several spellings, and arguments with premise–conclusion structures.
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _bytecode import compile_package

from argmap.formats import json_format
from argmap.formats.argdown import dumps, loads

TOOLS = Path(os.environ.get("ARGMAP_TOOLS", Path.home() / ".cache" / "argmap-tools"))
ARGDOWN = TOOLS / "node" / "node_modules" / ".bin" / "argdown"
_MARKERS = ["+", "-", "<+", "<-", "->", "+>"]


def generate(size: int, *, seed: int = 1, dense: bool = False) -> str:
    """Return Argdown text of at least ``size`` characters: about 100 bytes a statement
    (several times as many statements when ``dense``)."""
    rng = random.Random(seed)
    blocks: list[str] = ["===\ntitle: Generated benchmark map\n===\n"]
    length = 0
    number = 0
    while length < size:
        number += 1
        if number % 200 == 1:
            blocks.append(f"## Section {number // 200 + 1}\n")
        text = (
            f"Statement {number}. #topic{number % 7}"
            if dense
            else f"Generated statement {number} about the policy under debate. #topic{number % 7}"
        )
        lines = [f"[S{number}]: {text} {{weight: {number % 10}}}"]
        for _ in range(rng.randint(0, 2)):
            other = rng.randint(1, number)
            if other != number:
                lines.append(f"  {rng.choice(_MARKERS)} [S{other}]")
        if number % 5 == 0 and number > 3:
            lines.append(f"  <+ <A{number}>: Generated argument {number} for the statement.")
        if number % 9 == 0 and number > 3:
            premises = rng.sample(range(1, number), 2)
            lines.append(
                f"\n<R{number}>\n\n(1) [S{premises[0]}]\n(2) [S{premises[1]}]\n"
                f"-- Modus ponens --\n(3) [S{number}]"
            )
        block = "\n".join(lines) + "\n"
        blocks.append(block)
        length += len(block) + 1
    return "\n".join(blocks)


def _child(command: list[str], cwd: Path, env: dict[str, str] | None = None) -> tuple[float, float]:
    """Run a whole process; return its wall-clock and CPU (user + system) seconds."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    wall = time.perf_counter()
    done = subprocess.run(command, cwd=cwd, capture_output=True, text=True, check=False, env=env)
    wall = time.perf_counter() - wall
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed:\n{(done.stdout + done.stderr)[-2000:]}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def _in_process(action: Callable[[], Any]) -> float:
    cpu = time.process_time()
    action()
    return time.process_time() - cpu


def _median(values: list[float]) -> float:
    return statistics.median(values)


def _at(root: Path | None) -> dict[str, str] | None:
    """The environment that makes ``python`` import argmap from ``root`` (None: this one)."""
    return None if root is None else {**os.environ, "PYTHONPATH": str(root)}


def render(path: Path, runs: int, root: Path | None = None) -> None:
    """Side by side, alternating: argmap render -> DOT against argdown map --format dot."""
    argmap_cmd = [sys.executable, "-m", "argmap", "render", str(path), "-o", "x.dot"]
    sides: dict[str, tuple[list[str], dict[str, str] | None]] = {"argmap": (argmap_cmd, None)}
    if root is not None:
        sides["argmap (root)"] = (argmap_cmd, _at(root))
    if ARGDOWN.exists():
        argdown_cmd = [str(ARGDOWN), "map", str(path), "dotout", "--format", "dot"]
        sides["argdown CLI"] = (argdown_cmd, None)
    else:
        print(f"  (the Argdown CLI is not at {ARGDOWN}: run scripts/ensure-node-tools)")
    times: dict[str, list[tuple[float, float]]] = {name: [] for name in sides}
    with tempfile.TemporaryDirectory() as work:
        for _ in range(runs):
            for name, (command, env) in sides.items():
                times[name].append(_child(command, Path(work), env))
    for name, pairs in times.items():
        walls, cpus = [w for w, _ in pairs], [c for _, c in pairs]
        print(f"  {name:14} wall {_median(walls):6.2f} s   CPU {_median(cpus):6.2f} s  (medians)")
    if "argmap (root)" in times:
        cpu = _median([c for _, c in times["argmap (root)"]]) / _median(
            [c for _, c in times["argmap"]]
        )
        print(f"  the --root argmap takes {cpu:.2f}x this one's CPU time")
    if "argdown CLI" in times:
        ours, theirs = times["argmap"], times["argdown CLI"]
        wall = _median([w for w, _ in theirs]) / _median([w for w, _ in ours])
        cpu = _median([c for _, c in theirs]) / _median([c for _, c in ours])
        print(f"  Argdown takes {wall:.2f}x argmap's wall time, {cpu:.2f}x its CPU time")


_READ = """
import sys, time
from argmap._collector import collector_paused
from argmap.formats.argdown import loads
from argmap.formats.argdown._syntax import parse
text = open(sys.argv[1], encoding="utf-8").read()
with collector_paused():
    cpu = time.process_time(); parse(text); parsed = time.process_time() - cpu
cpu = time.process_time(); loads(text); print(parsed, time.process_time() - cpu)
"""


def read_against(path: Path, runs: int, root: Path) -> None:
    """The read (``loads``, and its parse alone) in fresh processes, alternately: this argmap
    and the one at ``root``; CPU times, medians."""
    sides = {"argmap": None, "argmap (root)": _at(root)}
    times: dict[str, list[tuple[float, float]]] = {name: [] for name in sides}
    for _ in range(runs):
        for name, env in sides.items():
            done = subprocess.run(
                [sys.executable, "-c", _READ, str(path)],
                capture_output=True, text=True, check=True, env=env, cwd=path.parent,
            )  # fmt: skip
            parsed, read = map(float, done.stdout.split())
            times[name].append((parsed, read))
    for name, pairs in times.items():
        parse_cpu, read_cpu = _median([p for p, _ in pairs]), _median([r for _, r in pairs])
        print(f"  {name:14} read {read_cpu:5.2f} s CPU (parse {parse_cpu:5.2f} s)  (medians)")
    ours, old = times["argmap"], times["argmap (root)"]
    ratio = _median([r for _, r in old]) / _median([r for _, r in ours])
    print(f"  the --root argmap takes {ratio:.2f}x this one's CPU time to read")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--size-mb", type=float, default=3.0)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--claims", type=int, default=100_000, help="claims of the write map")
    parser.add_argument("--dense", action="store_true", help="short texts, many more elements")
    parser.add_argument("--root", type=Path, help="also time the argmap package in this folder")
    parser.add_argument(
        "--only",
        choices=["write", "stages"],
        help="run one measurement alone (write: the writers; stages: the read by stages)",
    )
    args = parser.parse_args()
    if args.only == "write":
        write(args.claims, args.runs)
        return 0
    if args.only == "stages":
        stages(generate(int(args.size_mb * 1_000_000), dense=args.dense), args.runs)
        return 0
    root = None if args.root is None else args.root.resolve()
    compile_package()  # argmap's processes from bytecode, as installed
    if root is not None:
        compile_package(root)
    text = generate(int(args.size_mb * 1_000_000), dense=args.dense)
    m = loads(text)
    print(
        f"generated file: {len(text) / 1e6:.2f} MB, {text.count(chr(10))} lines -> "
        f"{len(m.claims)} claims, {len(m.arguments)} arguments, {len(m.rebuttals)} rebuttals"
    )
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "generated.argdown"
        path.write_text(text, encoding="utf-8")
        print(f"render to DOT, whole process, {args.runs} alternating runs each:")
        render(path, args.runs, root)
        if root is not None:
            print(f"read, fresh processes, {args.runs} alternating runs each:")
            read_against(path, args.runs, root)
    reads = [_in_process(lambda: loads(text)) for _ in range(args.runs)]
    print(f"read in this process: {_median(reads):.2f} s CPU (median)")

    write(args.claims, max(1, args.runs // 2))
    return 0


_TREE_FREED = "freeing the syntax tree"
_MAP_FREED = "freeing the map (the benchmark's: a render keeps it)"


def stages(text: str, runs: int) -> None:
    """The read of ``text`` by stages: CPU seconds of each, the best of ``runs`` reads."""
    from argmap._collector import collector_paused
    from argmap.formats.argdown import _pending, reader

    spent: dict[str, float] = {}

    def timed(name: str, function: Callable[..., Any]) -> Callable[..., Any]:
        def run(*args: Any, **keywords: Any) -> Any:
            start = time.process_time()
            try:
                return function(*args, **keywords)
            finally:
                spent[name] = spent.get(name, 0.0) + time.process_time() - start

        return run

    builder, pending = reader._Builder, _pending.Pending
    trees: list[Any] = []  # the syntax tree of the read under way, freed on the clock below

    def kept(*args: Any, **keywords: Any) -> Any:
        trees.append(reader_parse(*args, **keywords))
        return trees[-1]

    reader_parse = reader.parse
    reader.parse = kept
    patches: list[tuple[Any, str, str]] = [
        (reader, "parse", "parse and group (lines, elements, classes, text, data)"),
        (reader, "assign_ids", "ids"),
        (reader, "claim_columns", "the claims' fields (claim_columns)"),
        (builder, "add_steps", "inference steps"),
        (builder, "add_relations", "relations to supports and attacks"),
        (pending, "_columns", "making the elements (structure_columns, _chunk)"),
        (pending, "_build", "the one-pass build (from_elements)"),
        (reader, "read_attributions", "attributions"),
        (reader, "_untangle", "breaking the syntax tree's cycles"),
    ]
    originals = [(owner, name, getattr(owner, name)) for owner, name, _ in patches]
    best: dict[str, float] = {}
    try:
        for owner, name, label in patches:
            setattr(owner, name, timed(label, getattr(owner, name)))
        for _ in range(runs):
            spent.clear()
            with collector_paused():
                start = time.process_time()
                made = loads(text)
                read = time.process_time() - start
                start = time.process_time()
                trees.clear()
                spent[_TREE_FREED] = time.process_time() - start
                start = time.process_time()
                del made
                spent[_MAP_FREED] = time.process_time() - start
                spent["the whole read"] = read + spent[_TREE_FREED] + spent[_MAP_FREED]
            for label, seconds in spent.items():
                best[label] = min(best.get(label, seconds), seconds)
    finally:
        for owner, name, original in originals:
            setattr(owner, name, original)
        reader.parse = reader_parse
    whole = best.pop("the whole read")
    print(f"the read of {len(text) / 1e6:.2f} MB by stages, CPU, best of {runs}:")
    for label, seconds in best.items():
        print(f"  {label:55} {seconds:6.3f} s")
    rest = whole - sum(best.values())
    print(f"  {'the rest (the loops between the stages)':55} {rest:6.3f} s")
    print(f"  {'the whole read':55} {whole:6.3f} s")


def write(claims: int, runs: int) -> None:
    """Export the model map as Argdown and as JSON, alternately; CPU times, medians."""
    from bench_model import generate as model_map

    big = model_map(claims)
    argdown_times, json_times = [], []
    for _ in range(runs):
        argdown_times.append(_in_process(lambda: dumps(big)))
        json_times.append(_in_process(lambda: json_format.dumps(big)))
    ours, floor = _median(argdown_times), _median(json_times)
    ratios = sorted(a / j for a, j in zip(argdown_times, json_times, strict=True))
    print(
        f"write the {claims:,}-claim model map, {runs} alternating pairs: Argdown {ours:.2f} s, "
        f"JSON {floor:.2f} s CPU (medians): {ours / floor:.2f}x the JSON writer "
        f"(pairs {ratios[0]:.2f}x-{ratios[-1]:.2f}x)"
    )


if __name__ == "__main__":
    sys.exit(main())
