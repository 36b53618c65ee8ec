"""arguebuf (PyPI, Python >= 3.12) reads the AIF argmap writes, with equal counts.

Run for real in the tools venv (see ``tests/_interop.py``); skipped with the reason when no
Python 3.12 or newer exists or arguebuf cannot be installed. Checked: the flagship, every AIF
corpus file read by argmap and written again, and generated maps. Atoms (I-nodes) are claims,
support schemes arguments, attack schemes rebuttals, participants the actors who speak.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from _interop import assert_tool_counts, corpus_maps, generated_maps

from argmap.formats.aif import dumps
from argmap.model import ArgumentMap

COUNT = """
import json, sys
import arguebuf
out = []
for path in sys.argv[1:]:
    graph = arguebuf.load.file(path)
    schemes = [type(s.scheme).__name__ if s.scheme else "none" for s in graph.scheme_nodes.values()]
    out.append([len(graph.atom_nodes), len(schemes), schemes.count("Attack"),
                len(graph.participants)])
print(json.dumps(out))
"""


def _counts(m: ArgumentMap) -> list[Any]:
    speakers = {a.actor for a in m.attributions}
    speakers |= {a.reported_by for a in m.attributions if a.reported_by}
    return [len(m.claims), len(m.arguments) + len(m.rebuttals), len(m.rebuttals), len(speakers)]


def _check(named: dict[str, ArgumentMap], folder: Path) -> None:
    assert_tool_counts(COUNT, named, folder, write=dumps, counts=_counts, suffix=".json")


def test_arguebuf_reads_the_flagship_and_every_aif_corpus_map(tmp_path: Path) -> None:
    maps = {n: m for n, m in corpus_maps().items() if n == "flagship" or n.startswith("aif/")}
    _check(maps, tmp_path)


def test_arguebuf_reads_generated_maps(tmp_path: Path) -> None:
    _check({str(i): m for i, m in enumerate(generated_maps(40))}, tmp_path)
