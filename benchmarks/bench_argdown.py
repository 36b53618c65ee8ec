"""Time reading (and writing) a 3 MB Argdown file; Argdown's own CLI needs about 1.5 s.

The file is generated with the density of ``mcp-large-generated.argdown`` (3.2 MB, about 14,000
statements and arguments), the file Argdown's CLI was timed on; that file itself is timed too
when ``../shared/corpora`` is present. Use ``--dense`` for short texts (several times as many
elements per megabyte), where building the model dominates.

Run from the repository root::

    python benchmarks/bench_argdown.py [--size-mb 3] [--budget 1.5]

The generated file mixes what real files hold: headings, titled statements with tags and
inline data, relations in several spellings, and arguments with premise–conclusion structures.
It exits with status 1 when reading takes longer than the budget.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from argmap.formats.argdown import dumps, loads

_MARKERS = ["+", "-", "<+", "<-", "->", "+>"]


def generate(size: int, *, seed: int = 1, dense: bool = False) -> str:
    """Return Argdown text of at least ``size`` characters (short texts when ``dense``)."""
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
            else f"This is generated statement number {number} about the policy under debate, "
            "worded at the length of a claim in a real debate map, as in the 3 MB file that "
            f"Argdown's own CLI was timed on, with a clause or two more. #topic{number % 7}"
        )
        lines = [f"[S{number}]: {text} {{weight: {number % 10}}}"]
        for _ in range(rng.randint(0, 2)):
            other = rng.randint(1, number)
            if other != number:
                lines.append(f"  {rng.choice(_MARKERS)} [S{other}]")
        if number % 5 == 0 and number > 3:
            lines.append(
                f"  <+ <A{number}>: Automatically generated argument {number}, a reason for the "
                "statement above, long enough to read like a real one."
            )
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


def _best(action: object, repeat: int) -> tuple[float, float]:
    """Best wall-clock and CPU seconds over ``repeat`` runs of ``action()``."""
    walls, cpus = [], []
    for _ in range(repeat):
        wall, cpu = time.perf_counter(), time.process_time()
        action()  # type: ignore[operator]
        walls.append(time.perf_counter() - wall)
        cpus.append(time.process_time() - cpu)
    return min(walls), min(cpus)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--size-mb", type=float, default=3.0)
    parser.add_argument("--budget", type=float, default=1.5, help="seconds Argdown's CLI takes")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--dense", action="store_true", help="short texts, many more elements")
    args = parser.parse_args()
    real = (
        Path(__file__).resolve().parents[2] / "shared/corpora/argdown/mcp-large-generated.argdown"
    )
    if real.exists():
        real_text = real.read_text(encoding="utf-8")
        wall, cpu = _best(lambda: loads(real_text), args.repeat)
        print(
            f"{real.name} ({len(real_text) / 1e6:.2f} MB): read {wall:.2f} s wall, {cpu:.2f} s CPU"
        )
    text = generate(int(args.size_mb * 1_000_000), dense=args.dense)
    m = loads(text)
    print(
        f"file: {len(text) / 1e6:.2f} MB, {text.count(chr(10))} lines -> {len(m.claims)} claims, "
        f"{len(m.arguments)} arguments, {len(m.rebuttals)} rebuttals"
    )
    wall, cpu = _best(lambda: loads(text), args.repeat)
    print(f"read : {wall:.2f} s wall, {cpu:.2f} s CPU (budget {args.budget:.2f} s)")
    wall_out, cpu_out = _best(lambda: dumps(m), args.repeat)
    print(f"write: {wall_out:.2f} s wall, {cpu_out:.2f} s CPU")
    return 0 if min(wall, cpu) < args.budget else 1


if __name__ == "__main__":
    sys.exit(main())
