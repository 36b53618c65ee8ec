"""Time merging two generated maps that share half their claims, and checking quotes with the
newsroom conventions against a long text.

Run from the repository root::

    python benchmarks/bench_merge.py [--claims 2000]

Claims are eight words from a 2,000-word vocabulary. The candidate search compares a new claim
only with earlier claims that share one of its rarest words (a prefix filter); this shows what
that costs as maps grow.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from argmap.merging import merge
from argmap.model import ArgumentMap
from argmap.quotes import SourceText, find_quote

_WORDS = [
    "labour",
    "immigration",
    "election",
    "voters",
    "policy",
    "housing",
    "wages",
    "jobs",
    "party",
    "vote",
]
_VOCABULARY = [f"{a}{b}" for a in _WORDS for b in ("", "s", "ed", "ing", "er") * 40][:2000]
_VOCABULARY = [f"{word}{number}" for number, word in enumerate(_VOCABULARY)]  # 2,000 words


def generate(claims: int, *, seed: int, shared: int) -> ArgumentMap:
    """A map of ``claims`` claims, the first ``shared`` of them the same in every seed."""
    rng = random.Random(seed)
    m = ArgumentMap()
    for number in range(claims):
        own = number >= shared
        words = " ".join(rng.choice(_VOCABULARY) for _ in range(8)) if own else f"shared {number}"
        m.claim(f"Claim {number} {words}", id=f"c{number}-{seed if own else 0}")
    ids = [c.id for c in m.claims]
    for number in range(1, claims, 2):
        m.support(ids[number - 1], by=ids[number], id=f"a{number}-{seed}")
    actor = m.actor("Karl Bitar")
    source = m.source("Report", id=f"s{seed}", outlet=f"Outlet {seed}")
    for claim in ids[: claims // 4]:
        m.attribute(claim, actor, source, paraphrase="said so")
    return m


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--claims", type=int, default=2000)
    args = parser.parse_args()
    first = generate(args.claims, seed=1, shared=args.claims // 2)
    second = generate(args.claims, seed=2, shared=args.claims // 2)
    start = time.perf_counter()
    merged, report = merge(first, second)
    took = time.perf_counter() - start
    print(
        f"merge of 2 x {args.claims} claims: {took:.2f} s "
        f"({len(merged.claims)} claims, {len(report.candidates)} candidates, "
        f"{len(report.renamed)} renamed)"
    )
    text = "\n\n".join(
        " ".join(random.Random(n).choice(_WORDS) for _ in range(60)) + " [ed. note] end."
        for n in range(800)
    )
    start = time.perf_counter()
    source = SourceText.from_text(text)
    quote = " ".join(text.split()[100:130]).replace("[ed. note] ", "")
    check = find_quote(quote, source)
    took = time.perf_counter() - start
    print(f"prepare {len(text) // 1000} KB and check one quote: {took:.2f} s ({check.status})")


if __name__ == "__main__":
    main()
