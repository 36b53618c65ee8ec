"""Benchmark the AIF and SADFace formats against their floors (issue #16).

* reading the AIF of a debate-shaped map (``bench_model.generate``) against ``json.loads`` of
  the same text;
* writing a chain of N steps (claim i supports claim i-1) as SADFace and as AIF against
  ``json.dumps`` of the very documents the writers produce (indented as they write them).

Run: ``python benchmarks/bench_aif.py [--claims 100000] [--steps 100000] [--repeat 3]
[--only read|write]``. Both sides of a pair run alternately; the script prints the medians of
wall-clock time and of CPU time (which a busy machine disturbs less) and their ratios; figures
go into ``docs/benchmarks.md``.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_model import generate

from argmap import ArgumentMap
from argmap.formats import aif
from argmap.formats._sadface_write import to_sadface
from argmap.formats.sadface import dumps as sadface_dumps


def chain(steps: int) -> ArgumentMap:
    """Claim i supports claim i - 1, ``steps`` times."""
    m = ArgumentMap(title=f"chain {steps}")
    previous = m.claim("Step 0 of the chain", id="s0")
    for i in range(1, steps + 1):
        claim = m.claim(f"Step {i} of the chain", id=f"s{i}")
        m.support(previous, by=claim, id=f"why{i}")
        previous = claim
    return m


def timed(action: Callable[[], Any]) -> tuple[float, float]:
    """The wall-clock and CPU time of one run of ``action``."""
    wall, cpu = time.perf_counter(), time.process_time()
    action()
    return time.perf_counter() - wall, time.process_time() - cpu


def pair(name: str, ours: Callable[[], Any], floor: Callable[[], Any], repeat: int) -> None:
    """Run both sides alternately and print the medians and the ratios (wall, then CPU), and
    the machine's load average before and after (a shared machine slows both sides)."""
    before = os.getloadavg()[0]
    mine, base = [], []
    for _ in range(repeat):
        mine.append(timed(ours))
        base.append(timed(floor))
    for label, index in (("wall", 0), ("cpu ", 1)):
        a = statistics.median(t[index] for t in mine)
        b = statistics.median(t[index] for t in base)
        print(
            f"{name:<44} {label} argmap {a:7.2f} s   floor {b:7.2f} s   ratio {a / b:5.2f}x",
            flush=True,
        )
    print(f"{'':<44} load average {before:.1f} -> {os.getloadavg()[0]:.1f}", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--claims", type=int, default=100_000)
    parser.add_argument("--steps", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--only", choices=["read", "write"], help="run one kind of workload")
    args = parser.parse_args()

    if args.only != "write":
        text = aif.dumps(generate(args.claims))
        print(f"AIF of a {args.claims}-claim map: {len(text) / 1e6:.0f} MB")
        read = lambda: aif.loads(text)  # noqa: E731
        pair("read AIF  vs json.loads", read, lambda: json.loads(text), args.repeat)
    if args.only == "read":
        return

    m = chain(args.steps)
    document = to_sadface(m, created="2024-01-01T00:00:00")
    pair(
        f"write SADFace ({args.steps}-step chain) vs json.dumps",
        lambda: sadface_dumps(m, created="2024-01-01T00:00:00"),
        lambda: json.dumps(document, indent=2, ensure_ascii=False),
        args.repeat,
    )
    aif_document = json.loads(aif.dumps(m))
    pair(
        f"write AIF ({args.steps}-step chain) vs json.dumps",
        lambda: aif.dumps(m),
        lambda: json.dumps(aif_document, indent=2, ensure_ascii=False),
        args.repeat,
    )


if __name__ == "__main__":
    main()
