"""Benchmark: DOT generation time against dot's layout time, on debate-shaped maps.

Run: ``PYTHONPATH=. python benchmarks/bench_diagram.py [--quick] [--large] [--shapes] [--html]
[--settings] [--runs N]``

Times are CPU seconds (``to_dot`` in this process, ``dot -Tsvg`` as a child), medians of
``--runs`` alternating runs: on a shared machine CPU time moves far less than wall-clock time.
``--settings`` lays out the same DOT text with and without ``newrank=true`` and the
``constraint=false`` of a claim's later uses, alternately, to see which setting helps ``dot``.

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
import resource
import shutil
import statistics
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


def _cpu(function: object, *args: object, **kwargs: object) -> tuple[float, object]:
    """CPU seconds of ``function`` (user and system), with what it returns."""
    start = time.process_time()
    result = function(*args, **kwargs)  # type: ignore[operator]
    return time.process_time() - start, result


def _children() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def dot_cpu(dot: str, source: str) -> float:
    """CPU seconds ``dot -Tsvg`` takes to lay out ``source``."""
    before = _children()
    subprocess.run(
        [dot, "-Tsvg"], input=source.encode(), capture_output=True, check=True, timeout=1800
    )
    return _children() - before


def variants(source: str) -> dict[str, str]:
    """The DOT text with each layout setting of issue #16 on or off."""
    loose = "constraint=false "
    return {
        "as drawn (newrank, constraint=false)": source,
        "without newrank": source.replace(" newrank=true", "", 1),
        "without constraint=false": source.replace(loose, ""),
        "without either": source.replace(" newrank=true", "", 1).replace(loose, ""),
    }


def settings(sizes: list[int], runs: int) -> None:
    """Lay out each variant of generated debates alternately; print median CPU seconds."""
    dot = shutil.which("dot")
    if dot is None:
        print("dot is missing")
        return
    for size in sizes:
        texts = variants(to_dot(debate(size)).source)
        times: dict[str, list[float]] = {name: [] for name in texts}
        for _ in range(runs):
            for name, text in texts.items():
                times[name].append(dot_cpu(dot, text))
        base = statistics.median(times[next(iter(texts))])
        for name, found in times.items():
            median = statistics.median(found)
            print(f"{size:>8} {name:<38} {median:>8.2f} s {median / base:>6.2f}x")


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
    parser.add_argument("--settings", action="store_true", help="layout settings only")
    parser.add_argument("--runs", type=int, default=3, help="alternating runs of each timing")
    args = parser.parse_args()
    if args.settings:
        sizes = [500] if args.quick else [1_000, 2_000] + ([5_000] if args.large else [])
        settings(sizes, args.runs)
        return
    if args.shapes:
        shapes()
        return
    if args.html:
        html_open_times([200] if args.quick else [200, 1_000])
        return
    build_sizes = [1_000] if args.quick else [1_000, 10_000]
    layout_sizes = [200] if args.quick else [200, 1_000] + ([5_000] if args.large else [])
    print(f"{'claims':>8} {'to_dot (CPU s)':>15} {'DOT kB':>8}")
    for size in build_sizes:
        m = debate(size)
        _cpu(to_dot, m)  # warm up
        found = [_cpu(to_dot, m) for _ in range(args.runs)]
        kilobytes = len(found[0][1].source) // 1024  # type: ignore[attr-defined]
        print(f"{size:>8} {statistics.median(t for t, _ in found):>15.3f} {kilobytes:>8}")
    dot = shutil.which("dot")
    if dot is None:
        print("dot is missing: layout times skipped")
        return
    header = f"{'claims':>8} {'to_dot (CPU s)':>15} {'dot -Tsvg (CPU s)':>18} {'argmap share':>13}"
    print(f"\n{header}")
    for size in layout_sizes:
        m = debate(size)
        builds, layouts = [], []
        for _ in range(args.runs):  # alternately: the drawing, then its layout
            build, graph = _cpu(to_dot, m)
            builds.append(build)
            layouts.append(dot_cpu(dot, graph.source))  # type: ignore[attr-defined]
        build, layout = statistics.median(builds), statistics.median(layouts)
        share = build / (build + layout)
        print(f"{size:>8} {build:>15.3f} {layout:>18.2f} {share:>12.1%}")


if __name__ == "__main__":
    main()
