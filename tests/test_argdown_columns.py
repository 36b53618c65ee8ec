"""The Argdown reader hands its claims and supports over as columns (issue #16): the same
elements, errors and maps as handing over a dict per element.

`structure_columns` is compared with the dict path of `_document_columns` (valid and spoiled
documents), `claim_columns` with `claim_fields` (written maps, soups, mutations, corpora), and
a `Pending` of column runs with one of dict runs, on its fast path and its one-by-one path.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings

from argmap.exceptions import ArgmapError, DocumentError
from argmap.formats._document_columns import _structure, structure_columns
from argmap.formats.argdown import dumps
from argmap.formats.argdown._classes import assign_ids, claim_columns, claim_fields
from argmap.formats.argdown._pending import Pending
from argmap.formats.argdown._syntax import parse
from argmap.formats.document import SECTIONS, to_document
from argmap.model import Argument, ArgumentMap, Claim, Rebuttal
from argmap.strategies import maps

sys.path.insert(0, str(Path(__file__).resolve().parent))
from test_argdown_frozen import CORPUS_FILES, _line_soups, _mutations, _soups
from test_bulk import spoiled_documents

PROPERTIES = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _columns_of(items: list[dict[str, Any]]) -> dict[str, list[Any]] | None:
    """The items' fields as columns, when every item gives the same fields."""
    names = list(items[0])
    if any(list(item) != names for item in items):
        return None
    return {name: [item[name] for item in items] for name in names}


def _same_as_the_dict_path(document: dict[str, Any]) -> None:
    for section, cls in SECTIONS.items():
        items = document.get(section)
        if type(items) is not list or not items or not all(type(i) is dict for i in items):
            continue
        columns = _columns_of(items)
        if columns is None:
            continue
        given_columns = {name: list(column) for name, column in columns.items()}
        assert structure_columns(columns, cls, len(items)) == _structure(items, cls)
        assert columns == given_columns  # the columns are not changed


@PROPERTIES
@given(maps())
def test_columns_make_the_elements_dicts_make(m: ArgumentMap) -> None:
    _same_as_the_dict_path(to_document(m))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(spoiled_documents())
def test_spoiled_columns_are_refused_where_spoiled_dicts_are(document: dict[str, Any]) -> None:
    _same_as_the_dict_path(document)


def test_a_column_of_the_wrong_length_or_name_is_refused() -> None:
    assert structure_columns({"id": ["a"], "text": ["A", "B"]}, Claim, 1) is None
    assert structure_columns({"id": ["a"], "text": ["A"], "colour": ["red"]}, Claim, 1) is None
    assert structure_columns({"id": ["a"]}, Claim, 1) is None  # no text
    assert structure_columns({"id": ("a",), "text": ["A"]}, Claim, 1) is None


def _same_claims(text: str) -> None:
    try:
        doc = parse(text)
    except DocumentError:
        return
    assert doc.classes is not None
    classes = list(doc.classes.values())
    assign_ids(doc.classes)
    fields = [claim_fields(c) for c in classes]
    expected = {name: [f[name] for f in fields] for name in fields[0]} if fields else {}
    columns = claim_columns(classes)
    assert columns == (expected or {key: [] for key in columns})


@settings(max_examples=50, deadline=None)
@given(maps())
def test_claim_columns_are_the_claim_fields_of_written_maps(m: ArgumentMap) -> None:
    _same_claims(dumps(m))


def test_claim_columns_are_the_claim_fields_of_soups_mutations_and_corpora() -> None:
    texts = [*_soups(7, 200), *_line_soups(11, 200)]
    texts += ["[a]: its title is its id\n\n[b] {note: n}\n\n[b]: other words #t"]
    texts += [p.read_text(encoding="utf-8") for p in CORPUS_FILES]
    texts += [t for p in CORPUS_FILES[:20] for t in _mutations(p.read_text(encoding="utf-8"), 5, 3)]
    for text in texts:
        _same_claims(text)


def _outcome(pending: Pending) -> Any:
    try:
        made = pending.make_map()
    except ArgmapError as error:
        return f"{type(error).__name__}: {error}"
    return to_document(made)


def _both(runs: list[tuple[type[Any], list[dict[str, Any]]]]) -> tuple[Pending, Pending]:
    """A `Pending` of dict runs and one of column runs, the same elements at the same lines."""
    dicts, columns = Pending(file="x.argdown"), Pending(file="x.argdown")
    line = 1
    for kind, items in runs:
        lines = list(range(line, line + len(items)))
        line += len(items)
        dicts.extend(kind, items, lines)
        as_columns = _columns_of(items)
        assert as_columns is not None
        columns.extend_columns(kind, as_columns, lines)
    return dicts, columns


def _claims(*ids: str) -> list[dict[str, Any]]:
    return [{"id": i, "text": i.upper(), "title": None, "tags": []} for i in ids]


def _arguments(*steps: tuple[str, str, str]) -> list[dict[str, Any]]:
    return [{"id": a, "premises": [p], "conclusion": c, "title": None} for a, p, c in steps]


def test_a_pending_of_columns_builds_and_refuses_as_one_of_dicts() -> None:
    cases = [
        [(Claim, _claims("a", "b", "c")), (Argument, _arguments(("s", "a", "b"), ("t", "c", "b")))],
        [(Claim, _claims("a", "b")), (Argument, _arguments(("s", "a", "x")))],  # unknown conclusion
        [(Claim, _claims("a", "a"))],  # a taken id
        [(Claim, [*_claims("a"), {"id": "b", "text": " ", "title": None, "tags": []}])],
        [(Claim, _claims("a", "b")), (Argument, _arguments(("s", "a", "a")))],  # premise = end
        [(Claim, [*_claims("a"), {"id": "b", "text": "B", "title": None, "tags": ["t", "t"]}])],
    ]
    for runs in cases:
        dicts, columns = _both(runs)
        assert list(columns.fields()) == list(dicts.fields())
        assert columns._columns() == dicts._columns()
        assert _outcome(columns) == _outcome(dicts)


def test_adds_after_columns_start_a_run_of_their_own() -> None:
    pending = Pending()
    pending.extend_columns(Claim, {"id": ["a", "b"], "text": ["A", "B"]}, [1, 2])
    pending.add(Claim, {"id": "c", "text": "C"}, 3)
    fields = {"id": "r", "kind": "rebut", "attacker": "a", "target": "b"}
    pending.add(Rebuttal, fields, 4)
    assert [kind for kind, _ in pending.runs] == [Claim, Claim, Rebuttal]
    assert [e.id for e in pending.make_map()] == ["a", "b", "c", "r"]
