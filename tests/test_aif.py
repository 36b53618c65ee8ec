"""The AIF reader and writer on small hand-made graphs: each AIF shape, each node type, and
the messy cases of real files (mixed ids, dangling edges, unknown nodes, S-to-S edges)."""

from __future__ import annotations

import json
from typing import Any

import pytest

from argmap.exceptions import DocumentError
from argmap.formats import microtexts
from argmap.formats.aif import dumps, load_aif, loads, looks_like_aif
from argmap.model import Argument, ArgumentMap, AttackKind, ClaimKind, Mode, Stance


def aif(
    nodes: list[tuple[Any, str, str]],
    edges: list[tuple[Any, Any]],
    **extra: Any,
) -> str:
    """AIFdb JSON for nodes ``(id, type, text)`` and edges ``(from, to)``."""
    return json.dumps(
        {
            "nodes": [{"nodeID": i, "type": t, "text": x} for i, t, x in nodes],
            "edges": [{"edgeID": n, "fromID": a, "toID": b} for n, (a, b) in enumerate(edges)],
            "locutions": extra.pop("locutions", []),
            **extra,
        }
    )


def texts(m: ArgumentMap, ids: tuple[str, ...] | list[str]) -> list[str]:
    return [m.get(i).text for i in ids]  # type: ignore[union-attr]


ARGUMENT = [
    ("1", "I", "Trams cut traffic"),
    ("2", "I", "A tram carries 200 people"),
    ("3", "I", "Cars carry two"),
    ("4", "RA", "Default Inference"),
]


def test_linked_premises_of_one_ra_make_one_argument() -> None:
    m = loads(aif(ARGUMENT, [("2", "4"), ("3", "4"), ("4", "1")]))
    [argument] = m.arguments
    assert texts(m, argument.premises) == ["A tram carries 200 people", "Cars carry two"]
    assert m.get(argument.conclusion).text == "Trams cut traffic"  # type: ignore[union-attr]
    assert argument.scheme is None


def test_named_scheme_is_kept_and_ids_may_be_integers() -> None:
    nodes = [(1, "I", "c"), (2, "I", "p"), (3, "RA", "Expert Opinion")]
    m = loads(aif(nodes, [(2, "3"), ("3", 1)]))
    assert [a.scheme for a in m.arguments] == ["Expert Opinion"]


@pytest.mark.parametrize(
    ("edges", "kind"),
    [
        ([("2", "4"), ("4", "1"), ("5", "6"), ("6", "1")], AttackKind.REBUT),
        ([("2", "4"), ("4", "1"), ("5", "6"), ("6", "2")], AttackKind.UNDERMINE),
        ([("2", "4"), ("4", "1"), ("5", "6"), ("6", "4")], AttackKind.UNDERCUT),
    ],
)
def test_conflict_kind_is_read_from_its_target(
    edges: list[tuple[str, str]], kind: AttackKind
) -> None:
    nodes = [*ARGUMENT, ("5", "I", "Trams block roads"), ("6", "CA", "Default Conflict")]
    m = loads(aif(nodes, edges))
    assert [(r.kind, m.get(r.attacker).text) for r in m.rebuttals] == [  # type: ignore[union-attr]
        (kind, "Trams block roads")
    ]


def test_rephrase_becomes_a_rephrase_argument_and_preference_a_note() -> None:
    nodes = [*ARGUMENT[:3], ("4", "MA", "Default Rephrase"), ("5", "PA", "Default Preference")]
    m = loads(aif(nodes, [("1", "4"), ("4", "2"), ("2", "5"), ("5", "3")]))
    [rephrase] = m.arguments
    assert (texts(m, rephrase.premises), rephrase.scheme) == (["Trams cut traffic"], "rephrase")
    note = m.get(m.claims[1].id).note  # type: ignore[union-attr]
    assert note is not None and "preferred to cars-carry-two" in note


def test_attribution_takes_speaker_quote_and_stance() -> None:
    nodes = [
        ("1", "I", "Fees should go"),
        ("2", "L", "Ann Smith : Should fees go?"),
        ("3", "YA", "Pure Questioning"),
    ]
    m = loads(aif(nodes, [("2", "3"), ("3", "1")]))
    [attribution] = m.attributions
    assert m.get(attribution.actor).name == "Ann Smith"  # type: ignore[union-attr]
    assert (attribution.quote, attribution.cue) == ("Should fees go?", "Pure Questioning")
    assert attribution.stance is Stance.QUESTIONS


def test_participants_win_over_the_prefix_and_person_ids() -> None:
    nodes = [("1", "I", "Fees should go"), ("2", "L", "AS: scrap them"), ("3", "YA", "Agreeing")]
    locutions = [{"nodeID": "2", "personID": 7}]
    participants = [{"participantID": "7", "firstname": "Ann", "surname": "Smith"}]
    text = aif(nodes, [("2", "3"), ("3", "1")], locutions=locutions, participants=participants)
    [attribution] = loads(text).attributions
    assert (attribution.actor, attribution.quote) == ("ann-smith", "scrap them")


def test_person_id_names_a_locution_without_prefix_from_the_other_locutions() -> None:
    nodes = [
        ("1", "I", "p"), ("2", "L", "Bo : p indeed"), ("3", "YA", "Asserting"),
        ("4", "I", "q"), ("5", "L", "yes"), ("6", "YA", "Asserting"),
    ]  # fmt: skip
    locutions = [{"nodeID": "2", "personID": "9"}, {"nodeID": "5", "personID": 9}]
    m = loads(aif(nodes, [("2", "3"), ("3", "1"), ("5", "6"), ("6", "4")], locutions=locutions))
    assert [(a.actor, a.quote) for a in m.attributions] == [("bo", "p indeed"), ("bo", "yes")]


def test_contradicting_person_ids_are_not_trusted() -> None:
    nodes = [("1", "I", "p"), ("2", "L", "no speaker here"), ("3", "YA", "Asserting")]
    locutions = [{"nodeID": "2", "personID": "1"}, {"nodeID": "2", "personID": "2"}]
    m, notes = load_aif(aif(nodes, [("2", "3"), ("3", "1")], locutions=locutions))
    assert m.attributions == []
    assert any("node 2" in n and "no speaker" in n for n in notes)


def test_reported_speech_names_the_reporter() -> None:
    nodes = [
        ("1", "I", "The minister fails pupils"),
        ("2", "L", "Kevin Collins : you fail pupils"),
        ("3", "YA", "Asserting"),
        ("4", "L", "Fiona Bruce : He said you fail pupils"),
        ("5", "YA", "Asserting"),
    ]
    m = loads(aif(nodes, [("2", "3"), ("3", "1"), ("4", "5"), ("5", "2")]))
    [attribution] = m.attributions
    assert (attribution.actor, attribution.reported_by) == ("kevin-collins", "fiona-bruce")


def test_analyst_layer_is_not_reported_speech() -> None:
    nodes = [
        ("1", "I", "A"), ("2", "L", "Rachel: A"), ("3", "YA", "Asserting"),
        ("4", "L", "Anon: Rachel: A"), ("5", "YA", "Analysing"),
    ]  # fmt: skip
    m, notes = load_aif(aif(nodes, [("2", "3"), ("3", "1"), ("4", "5"), ("5", "2")]))
    assert [(a.actor, a.reported_by) for a in m.attributions] == [("rachel", None)]
    assert "1 'Analysing' YA-nodes (the analyst's layer): not kept" in notes


def test_illocution_anchored_in_a_transition_goes_to_the_answering_speaker() -> None:
    nodes = [
        ("1", "I", "p"), ("2", "L", "Ann : p"), ("3", "L", "Bo : quite right"),
        ("4", "TA", "Default Transition"), ("5", "YA", "Agreeing"),
    ]  # fmt: skip
    m = loads(aif(nodes, [("2", "4"), ("4", "3"), ("4", "5"), ("5", "1")]))
    assert [(a.actor, a.quote, a.cue) for a in m.attributions] == [
        ("bo", "quite right", "Agreeing")
    ]


def test_messy_files_import_with_notes() -> None:
    nodes = [
        *ARGUMENT,
        ("5", "CA", "Default Conflict"),
        ("6", "CA", "Default Conflict"),
        ("7", "X", "what?"),
        ("8", "I", "   "),
        ("9", "L", "Anna: an analyst's copy"),
    ]
    edges = [("2", "4"), ("4", "1"), ("3", "5"), ("5", "1"), ("3", "6"), ("6", "5"), ("1", "99")]
    m, notes = load_aif(aif(nodes, edges))
    # CA 6 attacks CA 5: CA 5 is reified (a claim "Not: ..." and its reason), CA 6 undercuts it.
    assert len(m.claims) == 4 and len(m.arguments) == 2 and len(m.rebuttals) == 2
    assert any(n.startswith("edge 6 1 -> 99: node 99 is not in the file") for n in notes)
    assert any(n.startswith("node 7: unknown type 'X'") for n in notes)
    assert any(n.startswith("node 8 (I ''): cannot be a claim") for n in notes)
    assert not any(n.startswith("node 6 (CA") for n in notes)
    assert "1 L-nodes without edges (analyst copies, unused locutions): skipped" in notes


def test_ova3_export_with_proposition_types() -> None:
    document = {
        "AIF": json.loads(aif([("a_1", "I", "Tax is theft")], [])),
        "OVA": {"nodes": []},
        "text": "<span>Tax is theft</span>",
        "propositionClassifier": {"nodes": [{"nodeID": "a_1", "propType": "value"}]},
    }
    m = loads(json.dumps(document), filename="maps/tax.json")
    assert [(c.text, c.kind) for c in m.claims] == [("Tax is theft", ClaimKind.VALUE)]
    assert (m.title, [s.title for s in m.sources]) == ("tax", ["tax"])


@pytest.mark.parametrize("filename", ["  .json", "maps/ .aif", ".json"])
def test_a_file_name_with_no_title_in_it_gives_the_default_title(filename: str) -> None:
    """A name that is blank once ``.json`` is gone reads like an unnamed file, on the one-pass
    path (a plain AIFdb file) and on the checked path (OVA3 with its proposition types)."""
    plain = aif([("a_1", "I", "Tax is theft")], [])
    ova = json.dumps({"AIF": json.loads(plain), "OVA": {"nodes": []}, "text": ""})
    for text in (plain, ova):
        m = loads(text, filename=filename)
        assert m.title is None and [s.title for s in m.sources] == [loads(text).sources[0].title]


def test_ova2_nodes_and_edge_objects() -> None:
    i = {"id": 10, "type": "I", "text": "c", "participantID": "0"}
    p = {"id": 11, "type": "I", "text": "p", "participantID": "0"}
    ra = {"id": 12, "type": "RA", "text": "Popular Opinion", "scheme": "24"}
    document = {
        "nodes": [i, p, ra],
        "edges": [{"from": p, "to": ra}, {"from": ra, "to": i}],
        "participants": [],
        "analysis": {"txt": ""},
    }
    [argument] = loads(json.dumps(document)).arguments
    assert (argument.premises, argument.conclusion, argument.scheme) == (
        ("p",),
        "c",
        "Popular Opinion",
    )


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('{"nodes": [', "<string>:1:12: not valid JSON"),
        ('{"claims": []}', "not AIF JSON: expected an object with 'nodes' and 'edges'"),
        ("[1, 2]", "not AIF JSON"),
        ('{"nodes": {}, "edges": []}', "nodes: expected a list, got dict"),
        ('{"nodes": [{"type": "I"}], "edges": []}', "nodes[0]: needs an id in 'nodeID'"),
        ('{"nodes": [], "edges": [{"toID": "1"}]}', "edges[0]: needs an id in 'fromID'"),
        ('{"nodes": [3], "edges": []}', "nodes[0]: expected an object"),
        ('{"AIF": {"nodes": [{"text": "x"}]}}', "AIF.nodes[0]: needs an id"),
    ],
)
def test_what_cannot_be_understood_is_refused_with_its_place(text: str, message: str) -> None:
    with pytest.raises(DocumentError) as caught:
        loads(text, filename="<string>")
    assert message in str(caught.value)


def test_detection_by_content() -> None:
    assert looks_like_aif(aif(ARGUMENT, []))
    assert looks_like_aif('{"AIF": {"nodes": []}, "OVA": {}}')
    assert not looks_like_aif('{"title": "x", "claims": []}')
    assert not looks_like_aif("not json")


def test_export_is_aifdb_json_with_participants() -> None:
    m = ArgumentMap()
    claim = m.claim("Fees should go")
    reason = m.claim("Fees deter the poor")
    argument = m.support(claim, by=reason)
    m.undercut(argument, by=m.claim("Grants offset fees"))
    ann = m.actor("Ann Smith")
    source = m.source("Debate")
    m.attribute(claim, ann, source, quote="Scrap fees", stance="denies")
    data = json.loads(dumps(m))
    assert set(data) == {"nodes", "edges", "locutions", "participants"}
    kinds = [n["type"] for n in data["nodes"]]
    assert kinds == ["I", "I", "I", "RA", "CA", "L", "YA"]
    assert data["participants"] == [{"participantID": 1, "firstname": "Ann", "surname": "Smith"}]
    assert data["locutions"][0]["nodeID"] == "6" and data["locutions"][0]["personID"] == 1
    assert data["nodes"][6]["text"] == "Disagreeing"
    ids = {n["nodeID"] for n in data["nodes"]}
    assert all(e["fromID"] in ids and e["toID"] in ids for e in data["edges"])


def test_rebut_of_a_premise_survives_export_through_its_marked_text() -> None:
    m = ArgumentMap()
    reason = m.claim("Fees deter the poor")
    m.support(m.claim("Fees should go"), by=reason)
    m.rebut(reason, by=m.claim("Enrolment rose"))
    nodes = json.loads(dumps(m))["nodes"]
    assert nodes[-1]["text"] == "Rebutting Conflict"
    assert [r.kind for r in loads(dumps(m)).rebuttals] == [AttackKind.REBUT]


def test_own_aif_keeps_the_kind_of_attribution() -> None:
    """Paraphrases and mixed reports stay what they are (they all came back as quotes)."""
    m = ArgumentMap()
    claim = m.claim("Fees should go")
    ann, paper = m.actor("Ann Smith"), m.source("Paper")
    m.attribute(claim, ann, paper, paraphrase="fees must end", cue="argued")
    m.attribute(claim, ann, paper, fragments=["scrap", "fees"], paraphrase="she wants them gone")
    m.attribute(claim, ann, paper, quote="Scrap fees", cue="Asserting")
    back = loads(dumps(m))
    assert [(a.mode, a.quote, a.paraphrase, a.fragments, a.cue) for a in back.attributions] == [
        (Mode.INDIRECT, None, "fees must end", (), "argued"),
        (Mode.MIXED, None, "she wants them gone", ("scrap", "fees"), None),
        (Mode.DIRECT, "Scrap fees", None, (), "Asserting"),
    ]


def test_an_attack_on_an_attack_is_reified_as_the_microtexts_reader_does() -> None:
    """A CA-node into a CA-node (AIFdb's microtext undercuts) is kept, not dropped: the same
    shape as the microtexts reader makes of ``und`` on a ``reb`` edge."""
    nodes = [(1, "I", "Build the tram"), (2, "I", "It is too dear"), (3, "I", "Costs fall")]
    nodes += [(4, "CA", "Default Conflict"), (5, "CA", "Default Conflict")]
    m, notes = load_aif(aif(nodes, [(2, 4), (4, 1), (3, 5), (5, 4)]))
    xml = """<arggraph id="t">
      <edu id="e1">Build the tram</edu><edu id="e2">It is too dear</edu>
      <edu id="e3">Costs fall</edu>
      <adu id="a1" type="pro"/><adu id="a2" type="opp"/><adu id="a3" type="pro"/>
      <edge id="c1" src="e1" trg="a1" type="seg"/><edge id="c2" src="e2" trg="a2" type="seg"/>
      <edge id="c3" src="e3" trg="a3" type="seg"/>
      <edge id="c4" src="a2" trg="a1" type="reb"/><edge id="c5" src="a3" trg="c4" type="und"/>
    </arggraph>"""
    micro = microtexts.loads(xml)

    def shape(m: ArgumentMap) -> list[tuple[str, str, str]]:
        def text(element_id: str) -> str:
            element = m.get(element_id)
            if isinstance(element, Argument):
                return "reason: " + ", ".join(m.get(p).text for p in element.premises)  # type: ignore[union-attr]
            return element.text  # type: ignore[union-attr]

        return [(r.kind.value, text(r.attacker), text(r.target)) for r in m.rebuttals]

    assert (
        shape(m)
        == shape(micro)
        == [
            ("rebut", "Not: Build the tram", "Build the tram"),
            ("undercut", "Costs fall", "reason: It is too dear"),
        ]
    )
    assert not [n for n in notes if "CA" in n]
