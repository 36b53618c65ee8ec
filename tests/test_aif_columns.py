"""The one-pass AIF reader's column paths give the checked reader's answers.

The one-pass reader (``argmap.formats.aif._bulk``) reads nodes as positions, edges as pairs of
positions and elements as columns, and takes shortcuts where the usual file allows them: edge
ids looked up as written (stripped only when one is not found), edges given twice found by
one number per edge, one person per locution row read in one pass, a locution's fields worked
out once for all the claims it anchors, ids made a section at a time. Each shortcut has a slow
branch for the unusual file; these tests push written maps (``argmap.strategies``) and crafted
files down both branches and compare the answers with the checked, element-by-element reader.
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_aif_fuzz import EXAMPLES
from test_aif_same_answers import assert_same, generate

from argmap import ArgumentMap
from argmap.formats import aif
from argmap.formats.aif import _bulk
from argmap.formats.aif._rules import record_columns, record_words
from argmap.formats.aif._sections import Sections
from argmap.formats.aif._speakers import Speakers
from argmap.model import unique_id
from argmap.strategies import maps

SAME = settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))


def _respelled(document: dict[str, Any], data: st.DataObject) -> dict[str, Any]:
    """The same graph written differently: edge ids padded with white space or written as
    numbers, some edges and locution rows given twice, the edges in another order."""
    graph = document.get("AIF", document)
    spell = st.sampled_from(["as is", "padded", "number"])

    def respell(node_id: Any) -> Any:
        how = data.draw(spell)
        if how == "padded":
            return f" {node_id}\t"
        if how == "number" and str(node_id).isdigit():
            return int(node_id)
        return node_id

    edges = [
        {**e, "fromID": respell(e["fromID"]), "toID": respell(e["toID"])} for e in graph["edges"]
    ]
    twice = data.draw(st.lists(st.sampled_from(edges), max_size=3)) if edges else []
    graph["edges"] = data.draw(st.permutations(edges + twice))
    rows = graph.get("locutions", [])
    graph["locutions"] = rows + (
        data.draw(st.lists(st.sampled_from(rows), max_size=2)) if rows else []
    )
    return document


@SAME
@given(maps(max_claims=10), st.data())
def test_respelled_written_maps_read_the_same_both_ways(
    m: ArgumentMap, data: st.DataObject
) -> None:
    text = json.dumps(_respelled(json.loads(aif.dumps(m)), data))
    assert_same(text)


@pytest.mark.parametrize("break_at", [None, 0, 1])
def test_node_ids_with_a_line_break_read_the_same_both_ways(break_at: int | None) -> None:
    """The graph copies the ids side by side in memory (split at line breaks): an id that
    holds one is kept as it is, not cut in two."""
    m = ArgumentMap()
    m.support(m.claim("Fees should go"), by=m.claim("Fees deter the poor"))
    document = json.loads(aif.dumps(m))
    if break_at is not None:
        old = document["nodes"][break_at]["nodeID"]
        document["nodes"][break_at]["nodeID"] = new = f"a\n{old}"
        for edge in document["edges"]:
            for end in ("fromID", "toID"):
                edge[end] = new if edge[end] == old else edge[end]
    assert assert_same(json.dumps(document))


@pytest.mark.parametrize("spelling", ["as is", "padded", "number"])
def test_edge_ids_written_another_way_take_the_one_pass_reader(spelling: str) -> None:
    """Ids padded or written as numbers are looked up again, stripped: the same map."""
    m = ArgumentMap()
    m.support(m.claim("Fees should go"), by=m.claim("Fees deter the poor"))
    document = json.loads(aif.dumps(m))
    for edge in document["edges"]:
        for end in ("fromID", "toID"):
            edge[end] = {"as is": edge[end], "padded": f" {edge[end]} ", "number": int(edge[end])}[
                spelling
            ]
    document["edges"].append(dict(document["edges"][0]))  # and one edge given twice
    assert assert_same(json.dumps(document))


def _speaking(order: list[str]) -> str:
    """Two locutions of one file ``7.json``: "Person : ..." (an actor named Person, whose
    attributions' ids start ``person-7``) and one by personID 7, whom nobody names (the actor
    ``person 7``, slug ``person-7``, made only when its attribution is)."""
    nodes = [
        {"nodeID": "1", "type": "I", "text": "Fees should go"},
        {"nodeID": "2", "type": "I", "text": "Fees deter the poor"},
    ]
    edges = []
    locutions = []
    for number, who in enumerate(order, start=3):
        locution, anchor = str(number * 10), str(number * 10 + 1)
        said = "Person : we must" if who == "Person" else "no prefix here"
        nodes += [
            {"nodeID": locution, "type": "L", "text": said},
            {"nodeID": anchor, "type": "YA", "text": "Asserting"},
        ]
        claim = "1" if number % 2 else "2"
        edges += [{"fromID": locution, "toID": anchor}, {"fromID": anchor, "toID": claim}]
        if who != "Person":
            locutions.append({"nodeID": locution, "personID": 7})
    return json.dumps({"nodes": nodes, "edges": edges, "locutions": locutions})


@pytest.mark.parametrize(
    "order", [["Person", "person 7"], ["person 7", "Person"], ["Person", "person 7", "Person"]]
)
def test_an_actor_made_among_the_attributions_takes_its_id_in_the_checked_order(
    order: list[str],
) -> None:
    """The attributions collected before a new actor take their ids before it does."""
    text = _speaking(order)
    assert assert_same(text, "7.json")
    found, _ = _bulk.read(text, filename="7.json") or (None, None)
    assert found is not None
    assert {a.name for a in found.actors} == {"Person", "person 7"}


@given(st.lists(st.sampled_from(["a", "a-2", "b", "a-3", "c"]), max_size=12), st.data())
def test_sections_make_ids_as_unique_id_does(bases: list[str], data: st.DataObject) -> None:
    taken = set(data.draw(st.lists(st.sampled_from(["a", "a-2", "x"]), max_size=3)))
    expected_taken, counters = set(taken), {}
    expected = []
    for base in bases:
        made = unique_id(base, expected_taken, counters=counters)
        expected_taken.add(made)
        expected.append(made)
    sections = Sections(taken=taken)
    assert sections.new_ids("claims", bases) == expected
    assert sections.columns["claims"]["id"] == expected


@pytest.mark.parametrize("twice", [None, 0, 39])
def test_a_premise_of_many_arguments_reads_the_same_both_ways(twice: int | None) -> None:
    """One claim is a premise of 40 arguments: its list of neighbours grows past the short
    lists looked through for an edge given again, so an edge given twice (the first or the
    last of its edges) is found by the check over all edges instead."""
    m = ArgumentMap()
    premise = m.claim("Fees deter the poor")
    for number in range(40):
        m.support(m.claim(f"Conclusion {number}"), by=premise)
    document = json.loads(aif.dumps(m))
    start = next(n["nodeID"] for n in document["nodes"] if n["text"] == "Fees deter the poor")
    if twice is not None:
        edge = [e for e in document["edges"] if e["fromID"] == start][twice]
        document["edges"].append(dict(edge))
    assert assert_same(json.dumps(document))


@SAME
@given(maps(max_claims=10), st.data())
def test_the_references_the_reader_vouches_for_hold(m: ArgumentMap, data: st.DataObject) -> None:
    """The one-pass reader builds its map without looking up again the references it made
    itself (``_bulk._CHECKED``): built with every reference looked up, the elements make the
    same map."""
    from argmap.model.bulk import build_map

    text = json.dumps(_respelled(json.loads(aif.dumps(m)), data))
    found = _bulk.read(text, filename="x.json")
    if found is None:
        return
    fast = found[0]
    assert build_map(list(fast), title=fast.title) == fast


def _records(modes: list[Any], cues: list[Any], bits: list[Any], words: list[Any]) -> Any:
    """argmap records with fields drawn from these values (any of them left out)."""
    return st.fixed_dictionaries(
        {},
        optional={
            "mode": st.sampled_from(modes),
            "cue": st.sampled_from(cues),
            "fragments": st.lists(st.sampled_from(bits), max_size=2),
            "paraphrase": st.sampled_from(words),
            "other": st.just(1),
        },
    )


_GOOD = _records([None, "indirect", "mixed"], [None, "", "Agreeing"], ["bit"], ["", "said so"])
_ANY = _records([None, "mixed", "direct", []], [None, 1], ["bit", 2], ["said so", None])
_WORDS, _CUES = st.sampled_from(["", "fees go"]), st.sampled_from(["", "A"])


@settings(max_examples=300)
@given(
    st.one_of(
        st.lists(st.tuples(_GOOD, _WORDS, _CUES)),  # read a column at a time
        st.lists(st.tuples(st.one_of(st.none(), st.just("no object"), _ANY), _WORDS, _CUES)),
    )
)
def test_record_columns_are_record_words_of_each(rows: list[tuple[Any, str, str]]) -> None:
    """The columns read a column at a time hold what `record_words` gives each record."""
    records, words, cues = (
        (list(column) for column in zip(*rows, strict=True)) if rows else ([], [], [])
    )
    each = [record_words(*row) for row in rows]
    columns = record_columns(records, words, cues)
    if None in each:
        assert columns is None
        return
    assert columns is not None
    for field, column in columns.items():
        default = [] if field == "fragments" else None
        assert column == [fields.get(field, default) for fields in each], field


def _read_both_ways(text: str, shortcut: str = "add_usual_attributions") -> tuple[Any, Any, int]:
    """The one-pass reader's answer with a column path of `_Build` (``shortcut``), the same
    with it declining (read node by node), and how often the column path answered."""
    taken = []
    usual = getattr(_bulk._Build, shortcut)

    def counted(build: Any, nodes: list[int]) -> Any:
        taken.append(usual(build, nodes))
        return taken[-1]

    declined = False if shortcut == "add_usual_attributions" else None
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(_bulk._Build, shortcut, counted)
        fast = _bulk.read(text, filename="x.json")
        patch.setattr(_bulk._Build, shortcut, lambda build, nodes: declined)
        slow = _bulk.read(text, filename="x.json")
    return fast, slow, sum(map(bool, taken))


@SAME
@given(maps(max_claims=10))
def test_usual_attributions_are_those_read_node_by_node(m: ArgumentMap) -> None:
    """Written maps (participants, one personID a locution, "Name : words") take the column
    path unless someone reports the words, and it makes what `add_attributions` makes node by
    node: elements, ids, notes."""
    fast, slow, taken = _read_both_ways(aif.dumps(m))
    assert fast == slow
    if fast is not None and m.attributions and not any(a.reported_by for a in m.attributions):
        assert taken  # no reporter: the usual shape


@SAME
@given(maps(max_claims=10), st.sampled_from(["usual_arguments", "usual_rebuttals"]))
def test_usual_arguments_and_rebuttals_are_those_read_node_by_node(
    m: ArgumentMap, shortcut: str
) -> None:
    """The arguments and rebuttals made a column at a time are those made node by node."""
    fast, slow, _ = _read_both_ways(aif.dumps(m), shortcut)
    assert fast == slow


@pytest.mark.parametrize("claims", [7, 60])
@pytest.mark.parametrize(
    "shortcut", ["add_usual_attributions", "usual_arguments", "usual_rebuttals"]
)
def test_the_benchmark_map_takes_the_column_paths(claims: int, shortcut: str) -> None:
    fast, slow, taken = _read_both_ways(aif.dumps(generate(claims)), shortcut)
    assert fast is not None and taken == 1
    assert fast == slow


_SAID = st.sampled_from(["Ann : yes ", "Ann: yes", "Ann :", "Bo : no : so", "Ann", " Ann : x"])


@given(st.lists(st.tuples(_SAID, st.sampled_from([["1"], ["2"], ["1", "2"], [], ["3"]]))))
def test_speakers_of_participants_are_each_speaker(rows: list[tuple[str, list[str]]]) -> None:
    """The column at a time gives what `Speakers.speaker` gives each L-node, or None."""
    ids = [str(n) for n in range(len(rows))]
    speakers = Speakers(
        texts=dict(zip(ids, (text for text, _ in rows), strict=True)),
        person_ids={i: people for i, (_, people) in zip(ids, rows, strict=True) if people},
        participants={"1": "Ann", "2": "Bo"},
        linked=lambda node_id: True,
    )
    found = speakers.of_participants(ids)
    named = {"1": "Ann : ", "2": "Bo : "}
    plain = all(len(p) == 1 and t.startswith(named.get(p[0], "-")) for t, p in rows)
    if rows and plain:
        assert found is not None  # the usual shape
    if found is not None:
        names, words = found
        assert list(zip(names, words, strict=True)) == list(map(speakers.speaker, ids))


def _schemes_and_conflicts(undercut: bool) -> str:
    """Arguments of several schemes (and a rephrase) and conflicts of several texts, each node
    of the usual shape (one conclusion; one attacker, one target)."""
    nodes = [{"nodeID": str(n), "type": "I", "text": f"Claim {n}"} for n in range(1, 7)]
    edges = []
    for number, (kind, text, premise, conclusion) in enumerate(
        [
            ("RA", "Argument From Expert Opinion", "2", "1"),
            ("RA", "Default Inference", "3", "1"),
            ("MA", "Default Rephrase", "4", "2"),
            ("RA", " Argument From Analogy", "5", "3"),
            ("CA", " Ad hominem ", "6", "20" if undercut else "1"),
            ("CA", "Default Conflict", "5", "2"),
            ("CA", "Undermining Conflict", "6", "3"),
        ],
        start=20,
    ):
        nodes.append({"nodeID": str(number), "type": kind, "text": text})
        edges += [
            {"fromID": premise, "toID": str(number)},
            {"fromID": str(number), "toID": conclusion},
        ]
    return json.dumps({"nodes": nodes, "edges": edges})


@pytest.mark.parametrize("undercut", [False, True])
@pytest.mark.parametrize("shortcut", ["usual_arguments", "usual_rebuttals"])
def test_schemes_and_conflict_notes_are_those_read_node_by_node(
    undercut: bool, shortcut: str
) -> None:
    text = _schemes_and_conflicts(undercut)
    fast, slow, taken = _read_both_ways(text, shortcut)
    assert fast is not None and taken == 1
    assert fast == slow
    assert assert_same(text)
