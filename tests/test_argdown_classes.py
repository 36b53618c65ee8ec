"""Argdown's equivalence classes (``formats/argdown/_classes.py``): the parser groups the
occurrences as it reads them, and gets what grouping the finished tree gives (the path of
Argdown's JSON export), for any text; the reader leaves no cycle behind."""

from __future__ import annotations

import gc
import random
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings

from argmap.exceptions import DocumentError
from argmap.formats.argdown import dumps, loads
from argmap.formats.argdown._classes import Classes, group
from argmap.formats.argdown._pending import Pending
from argmap.formats.argdown._syntax import parse
from argmap.formats.argdown._tree import Element
from argmap.model import Argument, ArgumentMap, Claim
from argmap.strategies import maps

sys.path.insert(0, str(Path(__file__).resolve().parent))
from test_argdown_frozen import CORPUS_FILES, _line_soups, _mutations, _soups


def _described(classes: Classes) -> list[Any]:
    """Everything a class holds, with its first occurrence by position in the tree."""
    return [
        (key, c.kind, c.title, id(c.element), c.text, c.others, c.tags, c.data)
        for key, c in classes.items()
    ]


def _keys(classes: Classes, elements: list[Element]) -> list[Any]:
    """The key of each element's class."""
    key_of = {id(c): key for key, c in classes.items()}
    return [key_of[id(e.cls)] for e in elements]


def _same_grouping(text: str) -> None:
    try:
        doc = parse(text)
    except DocumentError:
        return
    assert doc.classes is not None
    as_read, keys = _described(doc.classes), _keys(doc.classes, doc.elements)
    regrouped = group(doc.elements)  # gives each element its class anew
    assert _described(regrouped) == as_read
    assert _keys(regrouped, doc.elements) == keys


@settings(max_examples=50, deadline=None)
@given(maps())
def test_the_parser_groups_written_maps_as_grouping_the_tree_does(m: ArgumentMap) -> None:
    _same_grouping(dumps(m))


def test_the_parser_groups_soups_mutations_and_corpora_as_grouping_the_tree_does() -> None:
    texts = [*_soups(5, 300), *_line_soups(9, 300)]
    texts += [p.read_text(encoding="utf-8") for p in CORPUS_FILES]
    texts += [t for p in CORPUS_FILES[:20] for t in _mutations(p.read_text(encoding="utf-8"), 3, 4)]
    for text in texts:
        _same_grouping(text)


def test_a_class_shares_its_first_tags_and_data_but_never_changes_an_element_s(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A class keeps its first occurrence's own tags and data (no copy) and adds a further
    occurrence's to a copy: every element's tags and data stay what its own text said, and
    each class holds what all its occurrences said, first come first."""
    from copy import deepcopy

    from argmap.formats.argdown._classes import TitleClass

    said: list[tuple[Element, list[str], dict[str, Any]]] = []
    absorb = TitleClass.absorb

    def recording(cls: TitleClass, element: Element) -> None:
        said.append((element, deepcopy(element.tags), deepcopy(element.data)))
        absorb(cls, element)

    monkeypatch.setattr(TitleClass, "absorb", recording)
    texts = ["[A]: a #t {x: 1}\n\n[A]: b #u #t #u {x: 2, y: 3}\n\n[A]: c #v {z: 4}"]
    texts += [*_soups(6, 200), *_line_soups(10, 200)]
    texts += [p.read_text(encoding="utf-8") for p in CORPUS_FILES]
    for text in texts:
        said.clear()
        try:
            doc = parse(text)
        except DocumentError:
            continue
        by_class: dict[int, tuple[TitleClass, list[tuple[list[str], dict[str, Any]]]]] = {}
        for element, tags, data in said:
            assert (element.tags, element.data) == (tags, data)
            assert element.cls is not None
            by_class.setdefault(id(element.cls), (element.cls, []))[1].append((tags, data))
        for cls, own in by_class.values():
            assert cls.tags == list(dict.fromkeys(t for tags, _ in own for t in tags))
            assert cls.data == {k: v for _, data in reversed(own) for k, v in data.items()}
        assert doc.classes is not None


def test_a_later_occurrence_with_a_structure_becomes_the_class_s_own() -> None:
    doc = parse("<A>\n  + [B]\n\n<A>\n\n(1) [P]\n----\n(2) [Q]")
    assert doc.classes is not None
    (cls,) = [c for (kind, _), c in doc.classes.items() if kind == "argument"]
    assert cls.element is doc.elements[2] and cls.element.line == 4


def test_the_read_leaves_no_cycle_for_the_collector() -> None:
    text = "[A]: a #t {x: 1}\n  + [B]: b\n\n<R>\n\n(1) [A]\n(2) [B]\n----\n(3) [C]\n  - <R>"
    gc.collect()
    gc.disable()
    try:
        loads(text)
        found = gc.collect()
    finally:
        gc.enable()
    assert found == 0


def test_kept_by_batches_or_one_by_one_the_elements_are_the_same() -> None:
    rng = random.Random(4)
    one, batched = Pending(), Pending()
    kinds = [Claim] * 3 + [Argument] * 2 + [Claim]
    items: list[tuple[type[Any], dict[str, Any], int]] = []
    for line, kind in enumerate(kinds, start=1):
        fields: dict[str, Any] = {"id": f"c{line}", "text": "t"}
        if kind is Argument:
            fields = {"id": f"a{line}", "premises": ["c1"], "conclusion": "c2"}
        items.append((kind, fields, line))
    for kind, fields, line in items:
        one.add(kind, fields, line)
    start = 0
    while start < len(items):
        end = start + 1
        while end < len(items) and items[end][0] is items[start][0] and rng.random() < 0.7:
            end += 1
        run = items[start:end]
        batched.extend(run[0][0], [f for _, f, _ in run], [n for _, _, n in run])
        start = end
    assert (batched.kinds, list(batched.fields()), batched.lines) == (
        one.kinds,
        list(one.fields()),
        one.lines,
    )
    assert batched._columns() == one._columns() == one._one_by_one()
    assert list(batched.make_map()) == list(one.make_map())


@pytest.mark.parametrize("text", ["[A]: a", "<A>: a\n\n(1) [P]\n----\n(2) [Q]"])
def test_an_element_made_elsewhere_has_no_class_until_grouped(text: str) -> None:
    element = Element("statement", "A", 1, 1)
    assert element.cls is None
    group([element])
    assert element.cls is not None and element.cls.element is element
    assert parse(text).elements[0].cls is not None
