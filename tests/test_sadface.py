"""SADFace import and export: atoms, schemes, conflicts, located spans, round trips."""

from __future__ import annotations

import json
import uuid
from pathlib import Path

import pytest
from hypothesis import given, settings

from argmap.exceptions import DocumentError
from argmap.formats._attacks import ATTACK_TAG
from argmap.formats.sadface import dumps, loads, to_sadface
from argmap.model import ArgumentMap, AttackKind, Claim, Locator
from argmap.strategies import maps

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "sadface"
FILES = sorted(CORPUS.glob("*.json")) if CORPUS.is_dir() else []


def _node(node_id: str, kind: str = "atom", **extra: object) -> dict[str, object]:
    if kind == "atom":
        return {"id": node_id, "type": "atom", "text": f"text {node_id}", "sources": [], **extra}
    return {"id": node_id, "type": kind, **extra}


def _doc(nodes: list[dict[str, object]], edges: list[tuple[str, str]]) -> str:
    return json.dumps(
        {
            "metadata": {"core": {"title": "T"}},
            "resources": [{"id": "r", "content": "Ann said: a b c.", "type": "text"}],
            "nodes": nodes,
            "edges": [
                {"id": f"e{i}", "source_id": s, "target_id": t} for i, (s, t) in enumerate(edges)
            ],
        }
    )


def test_schemes_become_arguments_and_conflicts_rebuttals_of_the_right_kind() -> None:
    nodes = [
        _node("c"),
        _node("p"),
        _node("q"),
        _node("x"),
        _node("y"),
        _node("s", "scheme", name="support"),
        _node("k1", "conflict", name="attack"),
        _node("k2", "scheme", name="conflict"),
        _node("k3", "conflict"),
    ]
    edges = [("p", "s"), ("q", "s"), ("s", "c"), ("x", "k1"), ("k1", "c")]
    edges += [("y", "k2"), ("k2", "s"), ("x", "k3"), ("k3", "p")]
    m = loads(_doc(nodes, edges))
    assert [(a.id, a.premises, a.conclusion) for a in m.arguments] == [("s", ("p", "q"), "c")]
    kinds = {r.id: (r.kind, r.attacker, r.target) for r in m.rebuttals}
    assert kinds == {
        "k1": (AttackKind.REBUT, "x", "c"),
        "k2": (AttackKind.UNDERCUT, "y", "s"),
        "k3": (AttackKind.UNDERMINE, "x", "p"),
    }
    assert m.title == "T"


def test_linked_attackers_and_attacks_on_conflicts_are_reified() -> None:
    nodes = [_node("c"), _node("x"), _node("y"), _node("z")]
    nodes += [_node("k1", "conflict"), _node("k2", "conflict")]
    edges = [("x", "k1"), ("y", "k1"), ("k1", "c"), ("z", "k2"), ("k2", "k1")]
    m = loads(_doc(nodes, edges))
    assert m.get("k1-reason").premises == ("x", "y")  # type: ignore[union-attr]
    assert [(r.id, r.attacker, r.target) for r in m.rebuttals] == [
        ("k1", "not-k1", "c"),
        ("k2", "z", "k1-reason"),
    ]
    assert ATTACK_TAG in m.get("not-k1", Claim).tags


def test_spans_with_a_speaker_become_located_attributions() -> None:
    span = {"resource_id": "r", "offset": 10, "length": 5}
    nodes = [
        _node("a", sources=[span], metadata={"dialogue": {"speaker": "Ann Lee"}}),
        _node("b", sources=[span], metadata={"core": {}}),
    ]
    m = loads(_doc(nodes, []))
    (said,) = m.attributions
    assert (said.claim, said.actor, said.source) == ("a", "ann-lee", "r")
    assert said.quote == "a b c" and said.locators == (Locator(start=10, end=15),)
    assert m.get("ann-lee").name == "Ann Lee"  # type: ignore[union-attr]


def test_export_uses_uuids_scheme_nodes_and_edge_directions() -> None:
    m = ArgumentMap(title="Tram")
    tram, jam = m.claim("Build it", id="tram"), m.claim("Jams", id="jam")
    m.rebut(tram, by=m.claim("Too dear", id="dear"), id="r")
    m.support(tram, by=jam, id="why")
    doc = to_sadface(m, created="2020-01-01T00:00:00")
    by_id = {n["id"]: n for n in doc["nodes"]}
    for node in doc["nodes"]:
        uuid.UUID(node["id"])
    pairs = [
        (
            by_id[e["source_id"]].get("text", by_id[e["source_id"]].get("name")),
            by_id[e["target_id"]].get("text", by_id[e["target_id"]].get("name")),
        )
        for e in doc["edges"]
    ]
    assert pairs == [
        ("Jams", "support"),
        ("support", "Build it"),
        ("Too dear", "attack"),
        ("attack", "Build it"),
    ]
    assert doc["metadata"]["core"]["created"] == "2020-01-01T00:00:00"
    assert to_sadface(m, created="x")["nodes"] == to_sadface(m, created="y")["nodes"]


def test_export_writes_the_node_types_the_sadface_library_reads() -> None:
    """The library's list_inferences/list_conflict look for these types, not "scheme"."""
    m = ArgumentMap()
    tram = m.claim("Build it", id="tram")
    m.support(tram, by=m.claim("Jams", id="jam"), id="why")
    m.rebut(tram, by=m.claim("Too dear", id="dear"), id="r")
    types = [(n["type"], n.get("name")) for n in to_sadface(m)["nodes"]]
    assert types[3:] == [("inference", "support"), ("conflict", "attack")]
    assert loads(dumps(m)) == m


def test_old_scheme_nodes_are_still_read() -> None:
    nodes = [_node("c"), _node("p"), _node("s", "scheme", name="support")]
    nodes += [_node("x"), _node("k", "scheme", name="conflict")]
    m = loads(_doc(nodes, [("p", "s"), ("s", "c"), ("x", "k"), ("k", "c")]))
    assert [a.id for a in m.arguments] == ["s"] and [r.id for r in m.rebuttals] == ["k"]


def test_timestamps_honour_source_date_epoch(monkeypatch: pytest.MonkeyPatch) -> None:
    m = ArgumentMap(title="T")
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    core = to_sadface(m)["metadata"]["core"]
    assert (core["created"], core["edited"]) == ("2023-11-14T22:13:20", "2023-11-14T22:13:20")
    assert dumps(m) == dumps(m)
    assert to_sadface(m, created="2020-01-01T00:00:00")["metadata"]["core"]["created"] == (
        "2020-01-01T00:00:00"
    )
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "soon")
    with pytest.raises(ValueError, match="SOURCE_DATE_EPOCH"):
        to_sadface(m)


def test_export_writes_located_quotes_into_atoms_and_resources() -> None:
    m = ArgumentMap()
    claim = m.claim("Trams are quiet", id="c")
    ann, paper = m.actor("Ann", id="ann"), m.source("Paper", id="paper")
    m.attribute(claim, ann, paper, quote="quiet", locators=[Locator(start=4, end=9)])
    doc = to_sadface(m)
    (atom,) = doc["nodes"]
    (span,) = atom["sources"]
    assert (span["text"], span["offset"], span["length"]) == ("quiet", 4, 5)
    assert doc["resources"][0]["content"] == "    quiet"
    texts = {"paper": "Ann: quiet trams"}
    assert to_sadface(m, texts=texts)["resources"][0]["content"] == "Ann: quiet trams"
    assert loads(dumps(m)) == m


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('{"nodes": [', r"^in\.json:1:\d+: not valid JSON"),
        ("[]", r"in\.json: not SADFace: expected an object with 'nodes'.*found a list"),
        ('{"nodes": {}}', r"nodes: expected a list, got dict"),
        ('{"nodes": [{"type": "atom", "text": "x"}]}', r"nodes\[0\]: needs an 'id'"),
        ('{"nodes": [{"id": "n", "type": "blob"}]}', r"node 'n': type 'blob' is not atom"),
        (
            '{"nodes": [{"id": "n", "type": "atom", "text": " "}]}',
            r"node 'n': Claim 'n'.text: must not be empty",
        ),
        (
            '{"nodes": [{"id": "n", "type": "atom", "text": "x"}],'
            ' "edges": [{"id": "e", "source_id": "n", "target_id": "m"}]}',
            r"edges\[0\]: names node 'm', which is not in 'nodes'",
        ),
        (
            '{"nodes": [{"id": "n", "type": "atom", "text": "x"}, {"id": "s", "type": "scheme",'
            ' "name": "support"}], "edges": [{"id": "e", "source_id": "n", "target_id": "s"}]}',
            r"node 's': a support needs premises and one conclusion; it has 1 incoming and 0",
        ),
    ],
)
def test_bad_input_names_file_and_element(text: str, message: str) -> None:
    with pytest.raises(DocumentError, match=message):
        loads(text, filename="in.json")


@pytest.mark.skipif(not FILES, reason="the shared SADFace corpus is absent")
def test_every_corpus_file_imports_and_round_trips() -> None:
    counts = {}
    for path in FILES:
        document = json.loads(path.read_text(encoding="utf-8"))
        m = loads(path.read_text(encoding="utf-8"), filename=path.name)
        atoms = [n for n in document["nodes"] if n["type"] == "atom"]
        assert [c.id for c in m.claims if ATTACK_TAG not in c.tags] == [n["id"] for n in atoms]
        conflicts = [
            n for n in document["nodes"] if n["type"] == "conflict" or n.get("name") == "conflict"
        ]
        assert len(m.rebuttals) == len(conflicts), path.name
        assert loads(dumps(m)) == m, path.name
        counts[path.name] = (len(m.claims), len(m.arguments), len(m.rebuttals))
    assert counts["hangback-data.json"] == (4, 1, 1)
    assert counts["generated_micro_b001.sadface.json"] == (7, 3, 2)


@settings(max_examples=40, deadline=None)
@given(maps(max_claims=8))
def test_round_trip_keeps_the_whole_map(m: ArgumentMap) -> None:
    back = loads(dumps(m))
    assert (back.claims, back.arguments, back.rebuttals) == (m.claims, m.arguments, m.rebuttals)
    assert back == m
