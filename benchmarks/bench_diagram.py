"""Benchmark: DOT generation time against dot's layout time, on debate-shaped maps.

Run: ``PYTHONPATH=. python benchmarks/bench_diagram.py [--quick] [--large] [--shapes] [--html]``

``--shapes`` prints the size and aspect ratio of the default PNG of the flagship and of three
corpus maps (``../shared/corpora``); ``--html`` writes the interactive map of generated debates
and measures, in Debian's Chromium (Playwright), the time from opening the file to a usable
map (the script has run, every claim is wired up).

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


SHAPES = {
    "flagship (examples/labour_immigration.py)": "examples/labour_immigration.py",
    "QT30 AIF nodeset18284": "../shared/corpora/aif/qt30/nodeset18284.json",
    "microtext micro_b001": "../shared/corpora/microtexts/en/micro_b001.xml",
    "Kialo exodus export": "../shared/corpora/kialo/exodus-kialo-export.txt",
}


def shapes() -> None:
    """Print the default PNG's size, aspect ratio and direction for each map of SHAPES."""
    import struct
    from pathlib import Path

    from argmap.cli.loading import load_map
    from argmap.diagram.render import diagram_bytes

    print(f"{'map':<44} {'claims':>6} {'dir':>4} {'PNG px':>12} {'ratio':>6} {'at 1600':>8}")
    for name, path in SHAPES.items():
        if not Path(path).exists():
            print(f"{name:<44} missing")
            continue
        m = load_map(path)
        direction = "LR" if "rankdir=LR" in to_dot(m).source else "BT"
        width, height = struct.unpack(">II", diagram_bytes(m, "png")[16:24])
        ratio = max(width / height, height / width)
        scale = min(1.0, 1600 / width)
        size = f"{width}x{height}"
        row = f"{name:<44} {len(m.claims):>6} {direction:>4} {size:>12}"
        print(f"{row} {ratio:>6.2f} {scale:>7.0%}")


def html_open_times(sizes: list[int]) -> None:
    """Write the interactive map of generated debates; time opening each in Chromium."""
    import tempfile
    from pathlib import Path

    from playwright.sync_api import sync_playwright

    from argmap.diagram import to_html

    args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"]
    print(f"{'claims':>8} {'to_html (s)':>12} {'HTML kB':>8} {'open (s)':>9}")
    with tempfile.TemporaryDirectory() as folder, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=args)
        for size in sizes:
            build, page_text = _time(to_html, debate(size))
            path = Path(folder) / f"map{size}.html"
            path.write_text(str(page_text), encoding="utf-8")
            times = []
            for _ in range(3):
                page = browser.new_page(viewport={"width": 1600, "height": 900})
                start = time.perf_counter()
                page.goto(path.as_uri())
                page.wait_for_function("window.argmap && window.argmap.ready")
                times.append(time.perf_counter() - start)
                page.close()
            kilobytes = path.stat().st_size // 1024
            print(f"{size:>8} {build:>12.2f} {kilobytes:>8} {sorted(times)[1]:>9.2f}")
        browser.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="small sizes only")
    parser.add_argument("--large", action="store_true", help="also lay out 5,000 claims")
    parser.add_argument("--shapes", action="store_true", help="PNG sizes of real maps only")
    parser.add_argument("--html", action="store_true", help="HTML open times only")
    args = parser.parse_args()
    if args.shapes:
        shapes()
        return
    if args.html:
        html_open_times([200] if args.quick else [200, 1_000])
        return
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
