"""Microtexts XML import: units, roles, quotes with spans, supports, attacks on attacks."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import pytest

from argmap.exceptions import DocumentError
from argmap.formats._attacks import ATTACK_TAG
from argmap.formats.microtexts import loads
from argmap.model import AttackKind, Claim, Mode

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "microtexts" / "en"
FILES = sorted(CORPUS.glob("*.xml")) if CORPUS.is_dir() else []

SMALL = """<arggraph id="t" stance="con">
  <edu id="e1">Trams are loud.</edu>
  <edu id="e2">Buses are louder.</edu>
  <edu id="e3">So</edu>
  <edu id="e4">build the tram.</edu>
  <edu id="e5">Noise counts</edu>
  <edu id="e6">at night.</edu>
  <joint id="j1"/>
  <adu id="a1" type="opp"/><adu id="a2" type="pro"/><adu id="a3" type="pro"/>
  <adu id="a4" type="pro"/>
  <edge id="s1" src="e1" trg="a1" type="seg"/>
  <edge id="s2" src="e2" trg="a2" type="seg"/>
  <edge id="s3" src="e3" trg="j1" type="seg"/>
  <edge id="s4" src="e4" trg="j1" type="seg"/>
  <edge id="s5" src="j1" trg="a3" type="seg"/>
  <edge id="s6" src="e5" trg="a4" type="seg"/>
  <edge id="s7" src="e1" trg="a4" type="seg"/>
  <edge id="c1" src="a1" trg="a3" type="reb"/>
  <edge id="c2" src="a2" trg="c1" type="und"/>
  <edge id="c3" src="a4" trg="c2" type="und"/>
  <edge id="c4" src="a2" trg="a3" type="exa"/>
</arggraph>"""


def test_joint_segments_make_one_quote_and_separate_segments_fragments() -> None:
    m = loads(SMALL)
    assert m.get("a3", Claim).text == "So build the tram."
    said = {a.claim: a for a in m.attributions}
    assert said["a3"].quote == "So build the tram." and said["a3"].mode is Mode.DIRECT
    assert said["a4"].fragments == ("Trams are loud.", "Noise counts")
    assert [(loc.start, loc.end) for loc in said["a4"].locators] == [(0, 15), (53, 65)]
    assert said["a1"].actor == "opponent" and said["a2"].actor == "proponent"


def test_attacks_on_attacks_are_reified_and_undercut() -> None:
    m = loads(SMALL)
    kinds = {r.id: (r.kind, r.attacker, r.target) for r in m.rebuttals}
    assert kinds == {
        "c1": (AttackKind.REBUT, "not-c1", "a3"),  # a3 is a conclusion, no premise
        "c2": (AttackKind.UNDERCUT, "not-c2", "c1-reason"),
        "c3": (AttackKind.UNDERCUT, "a4", "c2-reason"),
    }
    assert m.get("c1-reason").premises == ("a1",)  # type: ignore[union-attr]
    assert m.get("not-c1", Claim).text == "Not: So build the tram."
    assert m.get("c4").scheme == "example"  # type: ignore[union-attr]
    assert m.central is not None and m.central.id == "a3"
    assert m.description == "Argumentative microtext t (stance con)"


def test_add_edges_make_linked_premises() -> None:
    text = SMALL.replace(
        '<edge id="c4" src="a2" trg="a3" type="exa"/>',
        '<edge id="c4" src="a2" trg="a3" type="sup"/><edge id="c5" src="a4" trg="c4" type="add"/>'
        '<edge id="c6" src="a1" trg="a2" type="reb"/>',
    )
    m = loads(text)
    assert m.get("c4").premises == ("a2", "a4")  # type: ignore[union-attr]
    # a4 now is a premise, and c3 still undercuts the attack c2
    assert {r.id for r in m.rebuttals} == {"c1", "c2", "c3", "c6"}
    assert m.get("c6").kind is AttackKind.UNDERMINE  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("<arggraph id='t'><edu id='e1'>x", r"^x\.xml:1:\d+: not well-formed XML"),
        ("<graph/>", r"x\.xml: expected <arggraph>, found <graph>"),
        (
            "<arggraph id='t'><adu id='a1' type='neutral'/></arggraph>",
            r"<adu id='a1'>: type 'neutral' is not 'pro' or 'opp'",
        ),
        (
            "<arggraph id='t'><adu id='a1' type='pro'/></arggraph>",
            r"x\.xml: a1: has no text",
        ),
        (
            "<arggraph id='t'><adu id='a1' type='pro'/>"
            "<edge id='c1' src='a1' trg='a9' type='sup'/></arggraph>",
            r"<edge id='c1'>: names 'a9', which is no edu",
        ),
        (
            "<arggraph id='t'><edge id='c1' src='a1' trg='a9' type='supp'/></arggraph>",
            r"<edge id='c1'>: type 'supp' is not one of",
        ),
        (
            "<arggraph id='t'><edge src='a1'/></arggraph>",
            r"<edge id=None>: needs the attribute 'id'",
        ),
    ],
)
def test_bad_input_names_file_and_element(text: str, message: str) -> None:
    with pytest.raises(DocumentError, match=message):
        loads(text, filename="x.xml")


@pytest.mark.skipif(not FILES, reason="the shared microtexts corpus is absent")
def test_every_corpus_file_imports_with_matching_counts() -> None:
    assert len(FILES) == 112
    totals: Counter[str] = Counter()
    for path in FILES:
        root = ET.parse(path).getroot()
        edges = Counter(edge.get("type") for edge in root.iter("edge"))
        adus = [adu.get("id") for adu in root.iter("adu")]
        m = loads(path.read_text(encoding="utf-8"), filename=path.name)
        units = [c for c in m.claims if ATTACK_TAG not in c.tags]
        assert [c.id for c in units] == adus, path.name
        supports = [a for a in m.arguments if a.scheme != ATTACK_TAG]
        assert len(supports) == edges["sup"] + edges["exa"], path.name
        assert sum(len(a.premises) for a in supports) <= edges["sup"] + edges["exa"] + edges["add"]
        assert len(m.rebuttals) == edges["reb"] + edges["und"], path.name
        undercuts = [r for r in m.rebuttals if r.kind is AttackKind.UNDERCUT]
        assert len(undercuts) == edges["und"], path.name
        assert len(m.attributions) == len(adus)
        assert m.central is not None, path.name
        text = path.with_suffix(".txt").read_text(encoding="utf-8")
        for attribution in m.attributions:
            for quote, loc in zip(attribution.quoted_texts, attribution.locators, strict=True):
                assert text[loc.start : loc.end] == quote, (path.name, attribution.id)
        totals["pro"] += sum(a.actor == "proponent" for a in m.attributions)
        totals["opp"] += sum(a.actor == "opponent" for a in m.attributions)
        totals["claims"] += len(units)
    assert (totals["claims"], totals["pro"], totals["opp"]) == (576, 451, 125)
