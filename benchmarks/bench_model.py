"""Benchmark the model: build, validate, JSON dump and load, peak memory.

Run: ``python benchmarks/bench_model.py [--sizes 1000 10000 100000]``. Each size runs in its own
process, so the peak memory (max RSS) belongs to that size alone.

``python benchmarks/bench_model.py --floor 100000 --runs 5`` compares loading the JSON map with
its floor, ``json.loads`` of the same text: each side in a fresh process, alternately, and
prints the medians, the ratio and each side's peak memory. Each side's modules are imported
before its clock starts; argmap's first-use import of its JSON reader is printed apart, and
in a second ratio.

Generated maps are shaped like real debates: a tree of reasons (convergent and linked
arguments, each claim supporting one earlier claim), one attack per four claims (rebut,
undermine, undercut in turn), one actor per 20 claims, one source per 50, and one attribution
per claim (direct, indirect and mixed in turn).
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from argmap import ArgumentMap, dumps, loads, validate


def generate(claims: int) -> ArgumentMap:
    """Build a debate-shaped map with ``claims`` claims through the public API."""
    m = ArgumentMap(title=f"benchmark {claims}", question="Is this fast enough?")
    actors = [m.actor(f"Speaker {i}", id=f"actor{i}") for i in range(max(1, claims // 20))]
    sources = [m.source(f"Article {i}", id=f"source{i}") for i in range(max(1, claims // 50))]
    ids = [m.claim(f"Claim number {i} about the debate", id=f"c{i}").id for i in range(claims)]
    m.central = ids[0]
    arguments = []
    for i in range(1, claims):
        parent = ids[(i - 1) // 3]
        if i % 7 == 0 and i + 1 < claims and ids[i + 1] != parent:
            arguments.append(m.support(parent, by=[ids[i], ids[i + 1]], id=f"a{i}").id)
        elif i % 7 != 1:
            arguments.append(m.support(parent, by=ids[i], id=f"a{i}").id)
    for n, i in enumerate(range(4, claims, 4)):
        kind = ("rebut", "undermine", "undercut")[n % 3]
        attacker = ids[i]
        if kind == "undercut":
            target = arguments[n % len(arguments)]
        elif kind == "undermine":
            target = ids[i - 1]
            if not m.arguments_using(target):
                kind, target = "rebut", ids[i // 2]
        else:
            target = ids[i // 2]
        if target != attacker:
            m.attack(kind, target, by=attacker, id=f"r{i}")
    for i, claim in enumerate(ids):
        mode = i % 3
        fields: dict[str, Any] = (
            {"quote": f"words {i}"}
            if mode == 0
            else {"paraphrase": f"said {i}"}
            if mode == 1
            else {"fragments": [f"bit {i}"]}
        )
        m.attribute(
            claim, actors[i % len(actors)], sources[i % len(sources)], id=f"at{i}", **fields
        )
    return m


def timed(action: Callable[[], Any]) -> tuple[float, Any]:
    start = time.perf_counter()
    result = action()
    return time.perf_counter() - start, result


def measure(size: int) -> dict[str, float]:
    build, m = timed(lambda: generate(size))
    check, _ = timed(lambda: validate(m))
    dump, text = timed(lambda: dumps(m, "json"))
    load, back = timed(lambda: loads(text, "json"))
    assert back == m
    peak = peak_mb()
    return {
        "claims": size,
        "elements": len(m),
        "build_s": build,
        "validate_s": check,
        "dump_s": dump,
        "load_s": load,
        "json_mb": len(text.encode()) / 1e6,
        "peak_mb": peak,
    }


def peak_mb() -> float:
    """This process's peak resident memory in MB.

    Linux keeps ``ru_maxrss`` across ``exec``, so a child started by this (big) benchmark
    process would report the parent's peak; ``VmHWM`` in ``/proc/self/status`` belongs to the
    running program alone. Elsewhere, ``ru_maxrss``.
    """
    try:
        status = Path("/proc/self/status").read_text(encoding="utf-8")
    except OSError:
        status = ""
    for line in status.splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def load_once(path: str, side: str) -> dict[str, float]:
    """Read the file, then time one load of its text by ``side`` (json.loads or argmap).

    argmap imports its JSON reader on first use: that import is timed apart (``import_cpu``,
    the load of an empty map before the clock starts), as ``json`` is imported before it.
    """
    text = Path(path).read_text(encoding="utf-8")
    cpu = time.process_time()
    if side != "json":
        loads('{"argmap": 1}', "json")
    imported = time.process_time() - cpu
    start, cpu = time.perf_counter(), time.process_time()
    if side == "json":
        json.loads(text)
    else:
        loads(text, "json")
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    return {"seconds": seconds, "cpu": cpu, "import_cpu": imported, "peak_mb": peak_mb()}


def floor(size: int, runs: int) -> None:
    """Load a ``size``-claim JSON map against json.loads, alternating fresh processes."""
    import statistics
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        path = str(Path(folder) / "map.json")
        Path(path).write_text(dumps(generate(size), "json"), encoding="utf-8")
        results: dict[str, list[dict[str, float]]] = {"json": [], "argmap": []}
        for _ in range(runs):
            for side in results:
                output = subprocess.run(
                    [sys.executable, __file__, "--load", path, side],
                    check=True,
                    capture_output=True,
                    text=True,
                ).stdout
                results[side].append(json.loads(output))
        megabytes = Path(path).stat().st_size / 1e6
    medians = {
        side: {key: statistics.median(r[key] for r in rows) for key in rows[0]}
        for side, rows in results.items()
    }
    print(f"{size:,} claims, {megabytes:.0f} MB of JSON, {runs} alternating runs each (medians)")
    for side, median in medians.items():
        print(
            f"  {side:>7}: {median['seconds']:.2f} s wall, {median['cpu']:.2f} s CPU, "
            f"peak {median['peak_mb']:.0f} MB"
        )
    for key, name in (("seconds", "wall"), ("cpu", "CPU")):
        ratio = medians["argmap"][key] / medians["json"][key]
        print(f"  ratio argmap / json.loads ({name}): {ratio:.2f}")
    imported = medians["argmap"]["import_cpu"]
    ratio = (medians["argmap"]["cpu"] + imported) / medians["json"]["cpu"]
    print(f"  argmap's first-use import of its JSON reader: {imported:.3f} s CPU (not above)")
    print(f"  ratio argmap / json.loads (CPU), that import included: {ratio:.2f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1_000, 10_000, 100_000])
    parser.add_argument("--floor", type=int, help="compare loading with json.loads at this size")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--load", nargs=2, help=argparse.SUPPRESS)
    options = parser.parse_args()
    if options.one:
        print(json.dumps(measure(options.one)))
        return
    if options.load:
        print(json.dumps(load_once(*options.load)))
        return
    if options.floor:
        floor(options.floor, options.runs)
        return
    header = "claims  elements  build s  validate s  JSON dump s  JSON load s  JSON MB  peak MB"
    print(header)
    for size in options.sizes:
        output = subprocess.run(
            [sys.executable, __file__, "--one", str(size)],
            check=True,
            capture_output=True,
            text=True,
        ).stdout
        r = json.loads(output)
        print(
            f"{r['claims']:>6}  {r['elements']:>8}  {r['build_s']:>7.2f}  {r['validate_s']:>10.2f}"
            f"  {r['dump_s']:>11.2f}  {r['load_s']:>11.2f}  {r['json_mb']:>7.1f}  "
            f"{r['peak_mb']:>7.0f}"
        )


if __name__ == "__main__":
    main()
