"""The one-pass AIF reader: the usual AIF file, read in one pass with dicts and built at once.

[`load_aif`][argmap.formats.aif.load_aif] tries this first. It reads AIFdb JSON and OVA3
exports whose nodes all become elements: the text is parsed with objects as tuples of pairs
(C, no Python hook per object; a key written twice is still caught), the graph is indexed with
dicts in one pass, ids are chosen against a local set, and the map is built once with
[`ArgumentMap.from_elements`][argmap.model.ArgumentMap.from_elements].

Anything the checked reader would note or refuse node by node (an edge to a missing node, an
RA-node without premises, an unknown illocution, a speaker nobody names, a refused element...),
legacy OVA2, preferences (PA-nodes) and attacks on attacks are left to it: `read` returns None
and the checked reader (``read_aif._Builder``) reads the file from the start, so every answer
and note stays its own. ``tests/test_aif_same_answers.py`` compares the two.

>>> text = '''{"nodes": [{"nodeID": "1", "type": "I", "text": "Fees should go"},
...   {"nodeID": "2", "type": "RA", "text": "Default Inference"},
...   {"nodeID": "3", "type": "I", "text": "Fees deter the poor"}],
...  "edges": [{"fromID": "3", "toID": "2"}, {"fromID": "2", "toID": "1"}]}'''
>>> m, notes = read(text, filename="fees.json")
>>> [(a.premises, a.conclusion) for a in m.arguments], notes
([(('fees-deter-the-poor',), 'fees-should-go')], [])
>>> read('{"nodes": [], "edges": [{"fromID": "1", "toID": "2"}]}') is None  # noted by the other
True
"""

from __future__ import annotations

from typing import Any

from argmap.exceptions import ArgmapError
from argmap.formats._document_columns import structure_sections
from argmap.formats._json import keeps_every_key, parse_json, parse_json_value
from argmap.formats.aif._dict_graph import DictGraph, Unusual
from argmap.formats.aif._rules import (
    ARGUMENT_INS,
    ARGUMENT_OUTS,
    CONFLICT_INS,
    CONFLICT_OUTS,
    argument_form,
    attack_kind,
    conflict_note,
    dialogue_notes,
    record_words,
    stem,
)
from argmap.formats.aif._speakers import Speakers, stance_of
from argmap.model import (
    Actor,
    Argument,
    ArgumentMap,
    Attribution,
    Claim,
    ClaimKind,
    Element,
    Rebuttal,
    Source,
    Stance,
    slugify,
    unique_id,
)
from argmap.model.elements import inferred_mode

__all__ = ["read"]

_CLAIM_KINDS = frozenset(ClaimKind)
_UNPARSED: Any = object()


def read(
    text: str, value: Any = _UNPARSED, *, filename: str | None = None
) -> tuple[ArgumentMap, list[str]] | None:
    """Read AIF JSON in one pass, or return None to leave the file to the checked reader.

    Args:
        text: the text.
        value: ``json.loads`` of the text, when it is parsed already.
        filename: names the map and its source.

    Returns:
        The map and the notes (the dialogue layer's counts), as the checked reader gives them.
    """
    if value is _UNPARSED:
        value = parse_json_value(text)
        if value is None:
            return None  # not JSON: the checked reader says where
    try:
        graph = DictGraph(value)
        if not keeps_every_key(text, value, tally=graph.tally()):
            # A key twice, or a text that cannot show it has none: parse it the checked way.
            graph = DictGraph(parse_json(text))
        return _Build(graph, filename).run()
    except (Unusual, ArgmapError, RecursionError):  # DocumentError: a key given twice
        return None


_LOCUTIONS = ("L",)
_NO_NODES: list[str] = []
_ARGUMENT_INS = frozenset(ARGUMENT_INS)
_ARGUMENT_OUTS = frozenset(ARGUMENT_OUTS)
_CONFLICT_INS = frozenset(CONFLICT_INS)
_CONFLICT_OUTS = frozenset(CONFLICT_OUTS)


_SECTIONS = {
    "actors": Actor,
    "claims": Claim,
    "arguments": Argument,
    "rebuttals": Rebuttal,
    "attributions": Attribution,
}
"""The element lists the reader collects (fields as a document holds them), by class."""


class _Build:
    """Collects the elements of one graph in the checked reader's order, with its ids, as
    fields; then makes them a column at a time and the map in one step."""

    def __init__(self, graph: DictGraph, filename: str | None) -> None:
        self.graph = graph
        self.title = stem(filename)
        self.sections: dict[str, list[dict[str, Any]]] = {name: [] for name in _SECTIONS}
        self.slugs: dict[tuple[str, int], str] = {}
        self.stances: dict[str, Stance | None] = {}
        self.claims: dict[str, str] = {}  # I-node id -> claim id
        self.arguments: dict[str, list[str]] = {}  # RA/MA-node id -> argument ids
        self.argument_ids: set[str] = set()
        self.premised: set[str] = set()
        self.inference_premises: set[str] = set()
        self.actors: dict[str, str] = {}  # name -> actor id
        self.speakers = Speakers(
            texts={node_id: graph.text_of[node_id] for node_id in graph.by_type["L"]},
            person_ids=graph.person_ids,
            participants=graph.participants,
            linked=lambda node_id: node_id in graph.incoming or node_id in graph.outgoing,
        )
        title = self.title or f"{graph.shape} map"
        self.source = Source(id=slugify(title), title=title, note=f"{graph.shape} JSON")
        self.taken: set[str] = {self.source.id}
        self.source_slug = slugify(self.source.id, max_words=3)
        self.suffixes: dict[str, int] = {}
        self.attribution_ids: dict[str, str] = {}  # actor id -> the base of its attributions' ids

    def slug(self, text: str, words: int) -> str:
        """``slugify`` once per distinct text (ids and names repeat across elements)."""
        found = self.slugs.get((text, words))
        if found is None:
            found = self.slugs[text, words] = slugify(text, max_words=words)
        return found

    def add(self, section: str, base: str, fields: dict[str, Any]) -> str:
        """Keep an element's fields under a new id made from ``base``, and return the id."""
        taken = self.taken
        element_id = base if base not in taken else unique_id(base, taken, counters=self.suffixes)
        taken.add(element_id)
        fields["id"] = element_id
        self.sections[section].append(fields)
        return element_id

    def elements(self) -> list[Element]:
        """Every element, made a column at a time where the columns are plainly right, else
        one by one (a refused element raises ModelError: the checked reader notes it)."""
        made = structure_sections(self.sections)
        elements: list[Element] = [self.source]
        for name, cls in _SECTIONS.items():
            if made is not None:
                elements += made[cls][0]
            else:
                elements += [cls(**fields) for fields in self.sections[name]]
        return elements

    def run(self) -> tuple[ArgumentMap, list[str]]:
        graph = self.graph
        by_type = graph.by_type
        if by_type["PA"] or any(graph.out_of(n, ("CA",)) for n in by_type["CA"]):
            raise Unusual  # preferences, attacks on attacks
        self.add_claims(by_type["I"])
        if by_type["MA"]:  # arguments in file order, rephrases among them
            self.add_arguments([n for n in graph.order if graph.type_of[n] in ("RA", "MA")])
        else:
            self.add_arguments(by_type["RA"])
        for node_id in by_type["CA"]:
            self.add_rebuttals(node_id)
        names, actor = self.speakers.names, self.actor
        for node_id in by_type["L"]:  # speakers in the order they speak
            for name in names(node_id):
                actor(name)
        dropped = {"Analysing": 0, "anchors": 0}
        self.add_attributions(by_type["YA"], dropped)
        argument_map = ArgumentMap.from_elements(self.elements(), title=self.title)
        return argument_map, self.dialogue_notes(dropped)

    def add_claims(self, node_ids: list[str]) -> None:
        kinds, text_of, claims, add = (
            self.graph.claim_kinds,
            self.graph.text_of,
            self.claims,
            self.add,
        )
        for node_id in node_ids:
            kind = kinds.get(node_id)
            text = text_of[node_id]
            fields = {"text": text, "kind": kind} if kind in _CLAIM_KINDS else {"text": text}
            claims[node_id] = add("claims", slugify(text), fields)

    def add_arguments(self, node_ids: list[str]) -> None:
        """The arguments of RA- and MA-nodes: one per conclusion, with the node's premises."""
        graph = self.graph
        type_of, text_of = graph.type_of.__getitem__, graph.text_of
        incoming, outgoing = graph.incoming, graph.outgoing
        claims, add, slug, arguments = self.claims, self.add, self.slug, self.arguments
        argument_ids, premised, inference_premises = (
            self.argument_ids,
            self.premised,
            self.inference_premises,
        )
        forms: dict[tuple[str, str], tuple[str | None, str | None]] = {}
        for node_id in node_ids:
            into = incoming.get(node_id, _NO_NODES)
            out = outgoing.get(node_id, _NO_NODES)
            if not _ARGUMENT_INS.issuperset(map(type_of, into)) or not _ARGUMENT_OUTS.issuperset(
                map(type_of, out)
            ):
                raise Unusual  # an edge its type does not take: the checked reader notes it
            premises = [claims[n] for n in into if n in claims]
            conclusions = [claims[n] for n in out if n in claims]
            if not premises or not conclusions:
                raise Unusual
            form_key = (type_of(node_id), text_of[node_id])
            form = forms.get(form_key)
            if form is None:
                form = forms[form_key] = argument_form(*form_key)
            scheme, note = form
            made = arguments[node_id] = []
            for conclusion in conclusions:
                linked = [p for p in premises if p != conclusion]
                fields = {
                    "premises": linked,
                    "conclusion": conclusion,
                    "scheme": scheme,
                    "note": note,
                }
                argument = add("arguments", "arg-" + slug(conclusion, 5), fields)
                made.append(argument)
                argument_ids.add(argument)
                premised.update(linked)
                if form_key[0] == "RA":
                    inference_premises.update(linked)

    def elements_of(self, nodes: list[str]) -> list[str]:
        """The claim and argument ids that stand for these I-, RA- and MA-nodes."""
        found: list[str] = []
        for node_id in nodes:
            claim = self.claims.get(node_id)
            if claim is not None:
                found.append(claim)
            found.extend(self.arguments.get(node_id, ()))
        return found

    def add_rebuttals(self, node_id: str) -> None:
        graph = self.graph
        into, out = graph.ends(node_id, ins=_CONFLICT_INS, outs=_CONFLICT_OUTS)
        attackers = self.elements_of(into)
        targets = self.elements_of(out)
        if not attackers or not targets:
            raise Unusual
        text = graph.text_of[node_id].strip()
        note = conflict_note(text)
        for target in targets:
            kind = attack_kind(
                text,
                on_argument=target in self.argument_ids,
                premise=target in self.premised,
                inference_premise=target in self.inference_premises,
            )
            for attacker in attackers:
                fields = {"kind": kind, "attacker": attacker, "target": target, "note": note}
                self.add("rebuttals", f"{kind.value}-{self.slug(attacker, 5)}", fields)

    def actor(self, name: str) -> str:
        found = self.actors.get(name)
        if found is None:
            found = self.actors[name] = self.add("actors", slugify(name), {"name": name})
        return found

    def add_attributions(self, node_ids: list[str], dropped: dict[str, int]) -> None:
        """The attributions of YA-nodes: each locution's speaker says each claim it anchors."""
        graph = self.graph
        type_of, text_of = graph.type_of, graph.text_of
        incoming, outgoing = graph.incoming, graph.outgoing
        claim_ids, stances, attribute = self.claims, self.stances, self.attribute
        for node_id in node_ids:
            illocution = text_of[node_id].strip()
            if illocution == "Analysing":
                dropped["Analysing"] += 1
                continue
            out = outgoing.get(node_id, _NO_NODES)
            claims = [claim_ids[o] for o in out if type_of[o] == "I"]
            if not claims:
                if not any(type_of[o] == "L" for o in out):
                    dropped["anchors"] += 1
                continue
            into = incoming.get(node_id, _NO_NODES)
            into_types = [type_of[o] for o in into]
            if "I" in into_types:
                raise Unusual  # an edge from an I-node into an illocution
            locutions = [o for o, kind in zip(into, into_types, strict=True) if kind == "L"]
            if not locutions:  # anchored in a transition: the speaker is the one who answers
                for transition in [
                    o for o, kind in zip(into, into_types, strict=True) if kind == "TA"
                ]:
                    locutions.extend(graph.out_of(transition, _LOCUTIONS))
            stance = stances.get(illocution)
            if stance is None:
                stance = stances[illocution] = stance_of(illocution)
            if not locutions or stance is None:
                raise Unusual
            for locution in locutions:
                for claim in claims:
                    attribute(locution, claim, illocution, stance)

    def attribute(self, locution: str, claim: str, cue: str, stance: Stance) -> None:
        name, words = self.speakers.speaker(locution)
        if name is None:
            raise Unusual
        actor = self.actor(name)
        reporter = self.reporter(locution) if locution in self.graph.incoming else None
        if reporter is None:
            passed_on = self.speakers.passed_on_by(locution)
            if passed_on is not None:
                reporter = self.actor(passed_on)
        fields = record_words(self.graph.records.get(locution), words, cue)
        if reporter == actor or fields is None:
            raise Unusual
        mode = fields.pop("mode", None)
        if mode is not None and mode is not inferred_mode(
            fields["quote"], fields.get("fragments", ())
        ):
            raise Unusual  # a mixed record without fragments: refused, and noted
        fields["claim"] = claim
        fields["actor"] = actor
        fields["source"] = self.source.id
        fields["stance"] = stance
        fields["reported_by"] = reporter
        base = self.attribution_ids.get(actor)
        if base is None:
            base = self.attribution_ids[actor] = f"{slugify(actor, max_words=3)}-{self.source_slug}"
        self.add("attributions", base, fields)

    def reporter(self, locution: str) -> str | None:
        """The actor who reports a locution: ``L(reporter) -YA-> L(speaker)``."""
        graph = self.graph
        for link in graph.into(locution, ("YA",)):
            if graph.text_of[link].strip() == "Analysing":
                continue
            for outer in graph.into(link, _LOCUTIONS):
                name, _ = self.speakers.speaker(outer)
                if name is not None:
                    return self.actor(name)
        return None

    def dialogue_notes(self, dropped: dict[str, int]) -> list[str]:
        """What the checked reader's ``count_dialogue`` says of the dialogue layer."""
        graph = self.graph
        lonely = [
            n for n in graph.by_type["L"] if n not in graph.incoming and n not in graph.outgoing
        ]
        return dialogue_notes(
            transitions=len(graph.by_type["TA"]),
            anchors=dropped["anchors"],
            analysing=dropped["Analysing"],
            lonely=len(lonely),
        )
