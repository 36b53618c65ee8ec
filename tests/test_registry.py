"""The format registry: every format in one table, round-tripped and sniffed without being named.

A new row in ``argmap.formats.registry.REGISTRY`` is picked up by every test here: a format that
reads and writes maps is round-tripped with the public ``maps()`` strategy and compared at the
level it declares (``holds``); every writer writes the sample map; every content test recognises
what its own writer wrote.
"""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings

import argmap
from argmap.diagram._sample import sample_map
from argmap.exceptions import DocumentError
from argmap.files import read
from argmap.formats.contract import Content, Format, Kind
from argmap.formats.holds import projection
from argmap.formats.registry import FORMATS, REGISTRY, detect, format_for_path, formats
from argmap.model import ArgumentMap
from argmap.semantics import ArgumentationFramework
from argmap.strategies import maps

MAP_FORMATS = [f for f in formats(Kind.MAP) if f.reads and f.writes]
WRITERS = [f for f in REGISTRY if f.writes and f.kind is not Kind.FRAMEWORK]
NEEDS_DOT = {"svg", "png", "pdf", "html"}  # the HTML map inlines the laid-out SVG


def _ids(formats: list[Format]) -> list[str]:
    return [f.name for f in formats]


def test_names_and_suffixes_are_unique() -> None:
    assert len(FORMATS) == len(REGISTRY)
    suffixes = [s for f in REGISTRY for s in f.suffixes]
    assert len(suffixes) == len(set(suffixes))
    assert all(s.startswith(".") and s == s.lower() for s in suffixes)


def test_every_row_points_at_functions_that_exist() -> None:
    """A typo in a row's "module:function" fails here, not in a user's hands."""
    import importlib

    for row in REGISTRY:
        for reference in (row.reader, row.writer):
            if reference is not None:
                module, _, name = reference.partition(":")
                assert callable(getattr(importlib.import_module(module), name)), reference


@pytest.mark.parametrize("chosen", MAP_FORMATS, ids=_ids(MAP_FORMATS))
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(argument_map=maps(max_claims=6))
def test_every_map_format_round_trips_what_it_holds(
    chosen: Format, argument_map: ArgumentMap
) -> None:
    text = chosen.dumps(argument_map)
    assert isinstance(text, str)
    back = chosen.loads(text, filename=f"map{chosen.suffixes[0]}")
    assert projection(chosen.holds, back) == projection(chosen.holds, argument_map)


@pytest.mark.parametrize("chosen", MAP_FORMATS, ids=_ids(MAP_FORMATS))
def test_every_map_format_is_told_by_its_name_and_its_content(
    chosen: Format, tmp_path: Path
) -> None:
    """``argmap.load`` finds the format from the file name, and from the content alone when
    the format has a content test (a plain ``.json``, standard input)."""
    m = sample_map()
    path = tmp_path / f"map{chosen.suffixes[0]}"
    argmap.save(m, path)
    assert detect(path, path.read_text(encoding="utf-8")) is chosen
    back = argmap.load(path)
    assert projection(chosen.holds, back) == projection(chosen.holds, m)
    if chosen.sniff is not None:
        assert detect(None, path.read_text(encoding="utf-8")) is chosen
        assert chosen.sniff(Content(path.read_text(encoding="utf-8")))
        streamed = argmap.load(io.BytesIO(path.read_bytes()))
        assert projection(chosen.holds, streamed) == projection(chosen.holds, m)


@pytest.mark.parametrize("chosen", WRITERS, ids=_ids(WRITERS))
def test_every_writer_writes_the_sample_map_to_a_file(chosen: Format, tmp_path: Path) -> None:
    if chosen.name in NEEDS_DOT and shutil.which("dot") is None:
        pytest.skip("Graphviz's dot is not installed")
    path = tmp_path / f"map{chosen.suffixes[-1]}"
    argmap.save(sample_map(), path)
    data = path.read_bytes()
    assert data
    if not chosen.binary:
        data.decode("utf-8")


@pytest.mark.parametrize("chosen", formats(Kind.FRAMEWORK), ids=_ids(formats(Kind.FRAMEWORK)))
def test_every_framework_format_round_trips(chosen: Format, tmp_path: Path) -> None:
    af = ArgumentationFramework(arguments=["a", "b", "c"], attacks=[("a", "b"), ("b", "c")])
    path = tmp_path / f"af{chosen.suffixes[0]}"
    argmap.save(af, path)
    kind, back = read(path, Kind.FRAMEWORK)
    assert kind is chosen
    assert (back.arguments, back.attacks) == (af.arguments, af.attacks)


def test_a_plain_json_file_is_told_by_its_keys() -> None:
    assert detect("x.json", '{"argmap": 1}').name == "json"
    assert detect("x.json", '{"title": "t", "argmap": 1}').name == "json"
    assert detect("x.json", '{"AIF": {"nodes": []}}').name == "aif"
    assert detect("x.json", '{"nodes": [], "edges": [], "resources": []}').name == "sadface"
    assert detect("x.json", "[1, 2").name == "json"  # the JSON reader says what is wrong


def test_unknown_names_and_content_are_refused_with_the_choices() -> None:
    with pytest.raises(DocumentError, match=r"use one of \.json"):
        format_for_path("map.docx", Kind.MAP)
    with pytest.raises(DocumentError, match=r"cannot tell the format .* argdown"):
        detect(None, "just some words")
    with pytest.raises(DocumentError, match="unknown format 'png'; use one of json"):
        argmap.formats.get_format("png", Kind.MAP)


def test_a_name_that_settles_the_format_is_not_looked_into() -> None:
    """Only an ending that other formats' names extend (``.json``) sends argmap to the content:
    a big ``.aif.json`` file is not parsed twice, and a ``.yaml`` is YAML whatever it holds."""
    assert detect("x.aif.json", '{"argmap": 1}').name == "aif"
    assert detect("x.yaml", '{"nodes": [], "edges": []}').name == "yaml"
    assert detect("x.json", '{"nodes": [], "edges": []}').name == "aif"
    assert detect("notes.txt", "Discussion Title: Trams\n\n1. Trams\n").name == "kialo"
