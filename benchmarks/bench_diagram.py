"""Benchmark: DOT generation time against dot's layout time, on debate-shaped maps.

Run: ``PYTHONPATH=. python benchmarks/bench_diagram.py [--quick] [--large]``

Maps are generated with the model API: a tree of reasons and objections under a central claim
(two thirds supports, one third attacks of the three kinds, some linked premises) plus a few
links across branches, as real debates look.
"""

from __future__ import annotations

import argparse
import random
import shutil
import subprocess
import time

from argmap.diagram import to_dot
from argmap.model import ArgumentMap


def debate(claims: int, *, seed: int = 7, cross_links: float = 0.02) -> ArgumentMap:
    """Return a generated debate with ``claims`` claims."""
    rng = random.Random(seed)
    m = ArgumentMap(title=f"Generated debate of {claims} claims", question="Should we?")
    actor = m.actor("Speaker", id="speaker")
    source = m.source("Hearing", id="hearing")
    ids = [m.claim("Central claim", id="c0", central=True).id]
    arguments: list[str] = []
    while len(ids) < claims:
        recent = rng.random() < 0.7  # mostly deepen a recent branch, sometimes an old one
        parent = ids[rng.randrange(max(0, len(ids) - 50) if recent else 0, len(ids))]
        number = len(ids)
        text = f"Claim {number}: a reason or objection about claim {parent} in a few words"
        new = m.claim(text, id=f"c{number}").id
        ids.append(new)
        roll = rng.random()
        if roll < 0.55:
            arguments.append(m.support(parent, by=new, id=f"a{number}").id)
        elif roll < 0.65 and len(ids) < claims:
            partner = m.claim(f"Claim {number}b: a linked premise", id=f"c{number}b").id
            ids.append(partner)
            arguments.append(m.support(parent, by=[new, partner], id=f"a{number}").id)
        elif roll < 0.85 or not arguments:
            m.rebut(parent, by=new, id=f"r{number}")
        elif roll < 0.93:
            m.undercut(arguments[rng.randrange(len(arguments))], by=new, id=f"u{number}")
        else:
            m.rebut(parent, by=new, id=f"r{number}")
        if rng.random() < 0.3:
            m.attribute(new, actor, source, paraphrase="said so", id=f"at{number}")
    for number in range(int(claims * cross_links)):
        a, b = rng.sample(ids, 2)
        if a != b:
            m.support(a, by=b, id=f"x{number}")
    return m


def _time(function: object, *args: object, **kwargs: object) -> tuple[float, object]:
    start = time.perf_counter()
    result = function(*args, **kwargs)  # type: ignore[operator]
    return time.perf_counter() - start, result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="small sizes only")
    parser.add_argument("--large", action="store_true", help="also lay out 5,000 claims")
    args = parser.parse_args()
    build_sizes = [1_000] if args.quick else [1_000, 10_000]
    layout_sizes = [200] if args.quick else [200, 1_000] + ([5_000] if args.large else [])
    print(f"{'claims':>8} {'to_dot (s)':>11} {'DOT kB':>8}")
    for size in build_sizes:
        m = debate(size)
        _time(to_dot, m)  # warm up
        seconds, graph = _time(to_dot, m)
        print(f"{size:>8} {seconds:>11.3f} {len(graph.source) // 1024:>8}")  # type: ignore[attr-defined]
    dot = shutil.which("dot")
    if dot is None:
        print("dot is missing: layout times skipped")
        return
    print(f"\n{'claims':>8} {'to_dot (s)':>11} {'dot -Tsvg (s)':>14} {'argmap share':>13}")
    for size in layout_sizes:
        m = debate(size)
        build, graph = _time(to_dot, m)
        source = graph.source.encode()  # type: ignore[attr-defined]
        layout, _ = _time(
            subprocess.run,
            [dot, "-Tsvg"],
            input=source,
            capture_output=True,
            check=True,
            timeout=1800,
        )
        share = build / (build + layout)
        print(f"{size:>8} {build:>11.3f} {layout:>14.2f} {share:>12.1%}")


if __name__ == "__main__":
    main()
