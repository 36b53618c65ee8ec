"""``argmap render`` imports only what it uses: its help reads no model and no drawing code,
and drawing a map to DOT imports neither the analysis package nor the actor map, nor any other
format's reader (issue #16)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from argmap.model import ArgumentMap


def _modules_after(arguments: list[str]) -> set[str]:
    script = (
        "import sys\nfrom argmap.cli.main import cli\n"
        f"try:\n    cli({arguments!r})\nexcept SystemExit:\n    pass\n"
        "print(sorted(sys.modules))"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=60
    )
    return set(eval(done.stdout.strip().splitlines()[-1]))


def _under(modules: set[str], *packages: str) -> set[str]:
    return {m for m in modules if any(m == p or m.startswith(f"{p}.") for p in packages)}


def test_render_help_reads_no_model_no_graphviz_and_no_drawing_code() -> None:
    loaded = _modules_after(["render", "--help"])
    assert "argmap.cli.render" in loaded
    unwanted = _under(loaded, "argmap.model", "argmap.analysis", "graphviz", "cattrs")
    unwanted |= _under(loaded, "argmap.diagram.build", "argmap.diagram.render", "argmap._atomic")
    assert unwanted == set()


def test_drawing_dot_imports_no_analysis_and_no_actor_map(tmp_path: Path) -> None:
    m = ArgumentMap(question="Tram?")
    tram = m.claim("Build the tram", id="tram", central=True)
    m.attribute(tram, m.actor("Ann Lee"), m.source("Herald"), quote="Build it")
    _ = m.rebut(tram, by=m.claim("It costs too much", id="cost"))
    path = tmp_path / "map.json"
    path.write_text(_json(m), encoding="utf-8")
    loaded = _modules_after(["render", str(path), "-o", str(tmp_path / "map.dot")])
    assert (tmp_path / "map.dot").read_text(encoding="utf-8").startswith("digraph argmap {")
    assert "argmap.diagram.build" in loaded
    unwanted = _under(loaded, "argmap.analysis", "argmap.quotes", "argmap.diagram.actor_map")
    assert unwanted == set()
    assert _under(loaded, "graphviz", "subprocess", "shutil", "logging") == set()


def test_to_dot_still_returns_a_graphviz_digraph_with_the_written_text() -> None:
    """Library users keep ``to_dot``'s ``graphviz.Digraph`` (render it, add to it); its text is
    the one the command line writes."""
    import graphviz

    import argmap
    from argmap.diagram import to_dot
    from argmap.diagram._sample import sample_map

    drawn = to_dot(sample_map(), detail="quotes")
    assert isinstance(drawn, graphviz.Digraph)
    assert drawn.name == "argmap"
    assert drawn.source == argmap.dumps(sample_map(), "dot", detail="quotes")


_NEVER_FOR_DOT = (
    "argmap.analysis",
    "argmap.draft",
    "argmap.quotes",
    "argmap.semantics",
    "argmap.merging",
    "argmap.validation",
    "argmap.strategies",
    "argmap.diagram.actor_map",
    "argmap.diagram.mermaid",
    "argmap.diagram.html",
    "argmap.diagram.panel",
    "argmap.formats.json_format",
    "argmap.formats.yaml_format",
    "argmap.formats.sadface",
    "argmap.formats.kialo",
    "argmap.formats.microtexts",
    "argmap.formats.argdown_json",
    "argmap.formats.nx_graph",
    "cattrs",
    "networkx",
    "pysat",
    "jinja2",
    "hypothesis",
    "graphviz",
    "subprocess",
    "shutil",
    "logging",
)
"""What a render to DOT never needs, whatever it reads: no analysis, drafting, quotes, semantics
or merging code, no other diagram, no other format's reader, no solver; and no ``graphviz``
package (the DOT text is written without a ``graphviz.Digraph``), nor the ``subprocess`` and
``shutil`` that only a run of ``dot`` needs."""


def test_an_argdown_file_to_dot_imports_only_the_argdown_reader_and_the_drawing(
    tmp_path: Path,
) -> None:
    path = tmp_path / "x.argdown"
    path.write_text(
        "[Tram]: Build the tram.\n  + <Room>: Buses are full.\n  - [Cost]: It costs too much.\n",
        encoding="utf-8",
    )
    loaded = _modules_after(["render", str(path), "-o", str(tmp_path / "x.dot")])
    assert (tmp_path / "x.dot").read_text(encoding="utf-8").startswith("digraph argmap {")
    assert {"argmap.formats.argdown.reader", "argmap.diagram.build"} <= loaded
    assert _under(loaded, *_NEVER_FOR_DOT, "argmap.formats.aif") == set()


def test_an_aif_file_to_dot_imports_only_the_aif_reader_and_the_drawing(tmp_path: Path) -> None:
    from argmap.formats.registry import get_format

    m = ArgumentMap(question="Tram?")
    _ = m.support(m.claim("Build the tram", id="tram"), by=m.claim("Buses are full", id="room"))
    path = tmp_path / "x.json"
    text = get_format("aif").dumps(m)
    path.write_text(text if isinstance(text, str) else text.decode("utf-8"), encoding="utf-8")
    loaded = _modules_after(["render", str(path), "-o", str(tmp_path / "x.dot")])
    assert (tmp_path / "x.dot").read_text(encoding="utf-8").startswith("digraph argmap {")
    assert {"argmap.formats.aif.read_aif", "argmap.diagram.build"} <= loaded
    assert _under(loaded, *_NEVER_FOR_DOT, "argmap.formats.argdown", "yaml") == set()


def _json(m: ArgumentMap) -> str:
    from argmap.formats.registry import get_format

    text = get_format("json").dumps(m)
    return text if isinstance(text, str) else text.decode("utf-8")
