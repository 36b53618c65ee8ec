"""argmap against arguebuf on one workload of issue #16: a synthetic AIFdb file of N claims with
locutions, to DOT text, whole process each.

* argmap: ``argmap render big.json -o big.dot``;
* arguebuf 3.0.0: ``load.file`` + ``dump.graphviz`` + ``to_string`` (in the tools venv made by
  ``scripts/ensure-python-tools``: arguebuf needs Python >= 3.12).

The two run alternately ``--repeat`` times; the script prints the medians of wall-clock time
and of CPU time (user + system of the child, which a busy machine disturbs less) and the ratios
(goal: arguebuf takes >= 5x argmap's time). Run:
``python benchmarks/bench_interop_arguebuf.py [--claims 10000] [--repeat 5]``.

argmap runs as the checkout's editable install (from bytecode), whose start-up imports a
setuptools ``__editable__`` finder that a wheel install has not. Measured 2026-12-01 with
callgrind at 10,000 claims, the same code installed as a wheel in a venv of its own ran ~20 M
fewer instructions (``argmap --version``: 201 M against 182 M), about 0.4% of the render's 4.67 G:
too little to change the comparison, so the script times the checkout. (arguebuf's venv runs
Python 3.13, argmap's 3.11.)
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from _bytecode import compile_package  # noqa: E402
from bench_model import generate  # noqa: E402

from argmap.formats import aif  # noqa: E402

TOOLS = Path(os.environ.get("ARGMAP_TOOLS") or Path.home() / ".cache" / "argmap-tools")
ARGUEBUF = """
import sys, arguebuf
graph = arguebuf.load.file(sys.argv[1])
dot = arguebuf.dump.graphviz(graph, max_nodes=10**9)  # its default refuses > 1,000 nodes
open(sys.argv[2], "w").write(dot.to_string())
"""


def timed(command: list[str]) -> tuple[float, float]:
    """The wall-clock time of running ``command`` and the CPU time (user + system) it took."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
    return wall, cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--claims", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    python = TOOLS / "py312" / "bin" / "python"
    if not python.exists():
        subprocess.run([str(ROOT / "scripts" / "ensure-python-tools")], check=True)
    if not python.exists():
        sys.exit("arguebuf needs Python >= 3.12: none found (see scripts/ensure-python-tools)")
    argmap = Path(sys.executable).with_name("argmap")
    compile_package()  # argmap from bytecode, as installed (arguebuf's venv has its own)
    with tempfile.TemporaryDirectory() as folder:
        big = Path(folder) / "big.json"
        big.write_text(aif.dumps(generate(args.claims)), encoding="utf-8")
        ours = [str(argmap), "render", str(big), "-o", str(Path(folder) / "big.dot")]
        theirs = [str(python), "-c", ARGUEBUF, str(big), str(Path(folder) / "theirs.dot")]
        mine, peer = [], []
        load = os.getloadavg()[0]
        for _ in range(args.repeat):
            mine.append(timed(ours))
            peer.append(timed(theirs))
    print(f"AIFdb file of {args.claims} claims with locutions -> DOT, whole process")
    for label, index in (("wall", 0), ("cpu ", 1)):
        a = statistics.median(t[index] for t in mine)
        b = statistics.median(t[index] for t in peer)
        print(
            f"{label} argmap render {a:6.2f} s   arguebuf {b:6.2f} s   "
            f"arguebuf/argmap {b / a:4.2f}x"
        )
    print(f"load average {load:.1f} -> {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
