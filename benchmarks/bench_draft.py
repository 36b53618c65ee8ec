"""Benchmark ``argmap draft``: time to draft a news article of a few thousand words.

Run: ``python benchmarks/bench_draft.py [--words 1000 5000 20000] [--repeat 5]``.

The articles are generated from invented paragraphs in the shapes real reports use: a named
speaker with a role before a quote, a quote with "he said" after it, a quote split in two, a
partial quote in the reporter's sentence, reported speech, a scare quote, and quotes that run
over paragraphs. Each size reports the best of ``--repeat`` runs, with the number of quotes,
reported claims and actors found (the same every run).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from argmap.draft import draft_result

PARAGRAPHS = (
    "{name}, {role} at the {org}, said: “The plan for {topic} will not work as it stands.”",
    "“We have asked for a review of {topic} three times,” he said. “Nobody has answered.”",
    "Ms {surname} told the Gazette the council was “playing catch-up on {topic}”.",
    "Mr {surname} has claimed that the cost of {topic} had doubled since last year.",
    "Critics of the “{word}” approach said the money would be better spent elsewhere.",
    "“It is too early to say,” said a spokesman for the {org}, “but we are listening.”",
    "The budget for {topic} rose again, said Dr {surname}, who chairs the committee.",
    "{name} said: “The first thing to say about {topic} is that it is late.",
    "“The second thing is that it is over budget, and the third that nobody is to blame.”",
)
NAMES = ("Ann Lee", "Tom Ray", "Bo Chen", "Eve Hall", "Sam Okafor", "Ida Berg")
TOPICS = ("trams", "housing", "bus lanes", "schools", "parking", "bridges")


def article(words: int) -> str:
    """An invented article of about ``words`` words."""
    paragraphs = ["Council split over city plans\n"]
    count = 0
    index = 0
    while count < words:
        name = NAMES[index % len(NAMES)]
        paragraph = PARAGRAPHS[index % len(PARAGRAPHS)].format(
            name=name,
            surname=name.split()[-1],
            role="director of planning",
            org="City Transport Trust",
            topic=TOPICS[index % len(TOPICS)],
            word=TOPICS[(index + 1) % len(TOPICS)],
        )
        paragraphs.append(paragraph)
        count += len(paragraph.split())
        index += 1
    return "\n\n".join(paragraphs) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, nargs="+", default=[1000, 5000, 20000])
    parser.add_argument("--repeat", type=int, default=5)
    options = parser.parse_args()
    print(f"{'words':>7} {'best (ms)':>10} {'quotes':>7} {'reported':>9} {'actors':>7}")
    for words in options.words:
        text = article(words)
        best = float("inf")
        result = None
        for _ in range(options.repeat):
            start = time.perf_counter()
            result = draft_result(text)
            best = min(best, time.perf_counter() - start)
        assert result is not None
        quotes = sum(1 for q in result.quotes if q.kind == "speech")
        print(
            f"{len(text.split()):>7} {best * 1000:>10.1f} {quotes:>7} "
            f"{len(result.reported):>9} {len(result.map.actors):>7}"
        )


if __name__ == "__main__":
    main()
