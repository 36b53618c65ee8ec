"""Benchmark start-up: ``import argmap``, ``argmap --help``, ``argmap --version``, whole process.

It also times ``argmap render --help`` and ``argmap render`` of the flagship map (40-odd
claims, saved as argmap JSON, as Argdown and as AIF) to DOT: a small render is nearly all
start-up, and the Argdown and AIF rows are the start-up share of the whole-process renders that
``bench_argdown.py`` and ``bench_interop_arguebuf.py`` compare with their peers.

Run from the repository root (with the project's virtual environment)::

    python benchmarks/bench_startup.py --runs 20

Each command runs ``runs`` times in a fresh process, alternating with the others; the script
prints the median and fastest wall-clock time and the median CPU time (user + system) of the
child, which a busy machine disturbs far less than wall-clock time. ``--root DIR`` times the
``argmap`` package found in DIR instead (to compare with an older checkout). With
``hyperfine`` on PATH (Debian: ``apt-get install hyperfine``) it also prints hyperfine's own
figures.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _bytecode import compile_package

COMMANDS = {
    "python -c pass (the floor)": "pass",
    "import argmap": "import argmap",
    "argmap --help": "from argmap.cli.main import cli; cli(['--help'])",
    "argmap --version": "from argmap.cli.main import cli; cli(['--version'])",
    "argmap render --help": "from argmap.cli.main import cli; cli(['render', '--help'])",
    **{
        f"argmap render flagship{suffix} -o flagship.dot": (
            f"from argmap.cli.main import cli; cli(['render', '{{folder}}/flagship{suffix}', "
            "'-o', '{folder}/flagship.dot', '--force'])"
        )
        for suffix in (".json", ".argdown", ".aif.json")
    },
}


def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--root", help="the folder holding the argmap package to time")
    options = parser.parse_args()
    compile_package(options.root)
    env = dict(os.environ)
    if options.root:
        env["PYTHONPATH"] = options.root
    wall: dict[str, list[float]] = {name: [] for name in COMMANDS}
    cpu: dict[str, list[float]] = {name: [] for name in COMMANDS}
    folder = tempfile.mkdtemp()
    flagship = Path(__file__).resolve().parents[1] / "examples" / "labour_immigration.py"
    for suffix in (".json", ".argdown", ".aif.json"):
        saved = f"{folder}/flagship{suffix}"
        command = [sys.executable, "-m", "argmap", "convert", str(flagship), saved]
        subprocess.run(command, check=True)
    for _ in range(options.runs):
        for name, template in COMMANDS.items():
            code = template.format(folder=folder)
            started, used = time.perf_counter(), _cpu()
            subprocess.run(
                [sys.executable, "-c", code],
                stdout=subprocess.DEVNULL,
                env=env,
                cwd=options.root,
                check=True,
            )
            wall[name].append(time.perf_counter() - started)
            cpu[name].append(_cpu() - used)
    print(f"{options.runs} runs each")
    print("| command | CPU, median | wall, median | wall, fastest |")
    print("|---|---:|---:|---:|")
    for name in COMMANDS:
        print(
            f"| `{name}` | {statistics.median(cpu[name]):.3f} s "
            f"| {statistics.median(wall[name]):.3f} s | {min(wall[name]):.3f} s |"
        )
    if shutil.which("hyperfine"):
        commands = [
            f'{sys.executable} -c "{code.format(folder=folder)}"' for code in COMMANDS.values()
        ]
        subprocess.run(["hyperfine", "--warmup", "3", *commands], check=False, env=env)


if __name__ == "__main__":
    main()
