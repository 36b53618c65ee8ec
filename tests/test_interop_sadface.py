"""The ``sadface`` library (PyPI) lists the atoms, inferences and conflicts argmap writes.

Run for real in the tools venv (see ``tests/_interop.py``); skipped with the reason when it
cannot be installed. The library's own ``verify`` rejects node types that its own writer uses
(``inference``, ``conflict``), so its problems are compared with those it reports on a document
it built itself (with the title, description and claim its own setters write).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from _interop import assert_tool_counts, corpus_maps, generated_maps, run_tool

from argmap.formats.sadface import dumps
from argmap.model import ArgumentMap

LIST = """
import json, sys
import sadface as sf
from sadface import validation
sf.initialise()
built = sf.build_argument(con_text="c", prem_text=["p"])
sf.build_attack(attacker_text="a", target_text="c")
sf.set_title("t")
sf.set_description("d")
sf.set_claim(built["conclusion"]["id"])
own = set(validation.verify(sf.get_document())[1])
out = []
for path in sys.argv[1:]:
    sf.set_doc(json.load(open(path, encoding="utf-8")))
    problems = sorted(set(validation.verify(sf.get_document())[1]) - own)
    out.append([len(sf.list_atoms()), len(sf.list_inferences()), len(sf.list_conflict()),
                problems])
print(json.dumps(out))
"""


def _counts(m: ArgumentMap) -> list[Any]:
    return [len(m.claims), len(m.arguments), len(m.rebuttals), []]


def _check(named: dict[str, ArgumentMap], folder: Path) -> None:
    assert_tool_counts(LIST, named, folder, write=dumps, counts=_counts, suffix=".sadface.json")


def test_the_library_lists_every_corpus_map_and_the_flagship(tmp_path: Path) -> None:
    _check(corpus_maps(), tmp_path)


def test_the_library_lists_generated_maps(tmp_path: Path) -> None:
    _check({str(i): m for i, m in enumerate(generated_maps(40))}, tmp_path)


def test_the_library_reads_its_own_documents_back_through_argmap(tmp_path: Path) -> None:
    """What the library builds, argmap reads with the same counts."""
    build = """
import json, sys
import sadface as sf
sf.initialise()
sf.build_argument(con_text="Build the tram", prem_text=["Jams cost money", "Trams are quick"])
sf.build_attack(attacker_text="Too dear", target_text="Build the tram")
print(json.dumps(sf.get_document()))
"""
    from argmap.formats.sadface import from_sadface

    m = from_sadface(run_tool(build, []))
    assert (len(m.claims), len(m.arguments), len(m.rebuttals)) == (4, 1, 1)
    assert json.loads(dumps(m))["nodes"]
