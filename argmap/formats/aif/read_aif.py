"""Import AIF JSON (AIFdb, OVA3, legacy OVA2) as an [`ArgumentMap`][].

I-nodes become claims, RA-nodes arguments, MA-nodes arguments with the scheme ``"rephrase"``,
CA-nodes rebuttals (undercut, undermine or rebut, read from the target), PA-nodes notes on the
preferred element, and the dialogue layer (L-nodes anchored to I-nodes by YA-nodes) becomes
attributions to the speakers, all in one [`Source`][argmap.model.elements.Source] for the file. What
cannot
be kept is listed, node by node, in the notes that [`load_aif`][] returns.

>>> text = '''{"nodes": [
...   {"nodeID": "1", "type": "I", "text": "Fees should go"},
...   {"nodeID": "2", "type": "L", "text": "Ann Smith : We must scrap fees"},
...   {"nodeID": "3", "type": "YA", "text": "Asserting"}],
...  "edges": [{"edgeID": "1", "fromID": "2", "toID": "3"},
...            {"edgeID": "2", "fromID": "3", "toID": "1"}],
...  "locutions": []}'''
>>> m, notes = load_aif(text, filename="fees.json")
>>> [(m.get(a.actor).name, a.quote, str(a.stance)) for a in m.attributions]
[('Ann Smith', 'We must scrap fees', 'asserts')]
>>> notes
[]
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from argmap._collector import collector_paused
from argmap.exceptions import DocumentError, InvalidAttackError, ModelError, UnknownIdError
from argmap.formats._attacks import Attack, add_attacks
from argmap.formats._json import parse_json_value
from argmap.formats.aif._bulk import read
from argmap.formats.aif._graph import AifGraph, AifNode, parse_graph
from argmap.formats.aif._rules import (
    ARGUMENT_INS,
    ARGUMENT_OUTS,
    CONFLICT_INS,
    CONFLICT_OUTS,
    KIND_MARKS,
    argument_form,
    attack_kind,
    conflict_note,
    dialogue_notes,
    record_words,
    stem,
)
from argmap.formats.aif._speakers import Speakers, stance_of
from argmap.model import ArgumentMap, AttackKind, ClaimKind, Stance, slugify

__all__ = ["KIND_MARKS", "load_aif", "loads", "loads_json"]

_PROBLEMS = (ModelError, InvalidAttackError, UnknownIdError)


def loads(text: str, *, filename: str | None = None) -> ArgumentMap:
    """Read AIF JSON as a map, leaving out silently what [`load_aif`][] would note.

    Raises:
        DocumentError: when the text is not AIF JSON, or a node or edge has no id.
    """
    return load_aif(text, filename=filename)[0]


def load_aif(text: str, *, filename: str | None = None) -> tuple[ArgumentMap, list[str]]:
    """Read AIF JSON as a map, and say what was skipped and why.

    Args:
        text: AIFdb JSON, an OVA3 export or a legacy OVA2 file.
        filename: names the map and its source, and is named in error messages.

    Returns:
        The map and a list of notes, one per node, edge or kind of node left out.

    Raises:
        DocumentError: when the text is not AIF JSON, or a node or edge has no id.
    """
    with collector_paused(keep=True):  # many small objects, no cycles: see there
        return _load(text, parse_json_value(text), filename)


def loads_json(text: str, value: Any, *, filename: str | None = None) -> ArgumentMap:
    """Read AIF JSON that is already parsed, as [`loads`][] reads its text.

    The registry's reader for a file whose content told its format: the content test has
    parsed the text, so it is not parsed again.

    Args:
        text: the text.
        value: ``json.loads`` of the text (keys given twice are found from the text).
        filename: names the map and its source, and is named in error messages.

    Raises:
        DocumentError: when the text is not AIF JSON, or a node or edge has no id.
    """
    return _load(text, value, filename)[0]


def _load(text: str, value: Any, filename: str | None) -> tuple[ArgumentMap, list[str]]:
    with collector_paused(keep=True):  # many small objects, no cycles: see there
        found = read(text, value, filename=filename) if value is not None else None
        return found or _checked_load(text, filename=filename)


def _checked_load(text: str, *, filename: str | None = None) -> tuple[ArgumentMap, list[str]]:
    """The checked path: the graph node by node, each element added to the map and checked
    as it is made, each node it cannot keep noted (the one-pass reader leaves those here)."""
    graph = parse_graph(text, filename=filename)
    builder = _Builder(graph, filename)
    builder.build()
    return builder.map, [*graph.notes, *builder.notes]


class _Builder:
    """Turns the nodes of one graph into elements of one map, noting what it leaves out."""

    def __init__(self, graph: AifGraph, filename: str | None) -> None:
        self.graph = graph
        self.filename = filename
        title = stem(filename)
        self.map = ArgumentMap(title=title)
        self.source = self.map.source(title or f"{graph.shape} map", note=f"{graph.shape} JSON")
        self.speakers = Speakers(
            texts={n.id: n.text for n in graph.nodes.values() if n.type == "L"},
            person_ids=graph.person_ids,
            participants=graph.participants,
            linked=lambda node_id: node_id in graph.incoming or node_id in graph.outgoing,
        )
        self.notes: list[str] = []
        self.claims: dict[str, str] = {}  # I-node id -> claim id
        self.arguments: dict[str, list[str]] = {}  # RA/MA-node id -> argument ids
        self.argument_ids: set[str] = set()
        self.inference_premises: set[str] = set()
        self.actors: dict[str, str] = {}  # name -> actor id
        self.dropped: Counter[str] = Counter()

    def skip(self, node: AifNode, reason: str) -> None:
        self.notes.append(f"node {node.id} ({node.type} {node.text.strip()[:40]!r}): {reason}")

    def nodes(self, *types: str) -> list[AifNode]:
        return [n for n in self.graph.nodes.values() if n.type in types]

    def build(self) -> None:
        for node in self.nodes("I"):
            self.add_claim(node)
        for node in self.nodes("RA", "MA"):
            self.add_arguments(node)
        chained = self.chained_conflicts()
        for node in self.nodes("CA"):
            if node.id not in chained:
                self.add_rebuttals(node)
        self.add_chained(chained)
        for node in self.nodes("PA"):
            self.add_preference(node)
        for node in self.nodes("L"):  # speakers in the order they speak, attributed or not
            for name in self.speakers.names(node.id):
                self.actor(name)
        for node in self.nodes("YA"):
            self.add_attributions(node)
        self.count_dialogue()

    # ------------------------------------------------------------------ claims, arguments

    def add_claim(self, node: AifNode) -> None:
        kind = self.graph.claim_kinds.get(node.id)
        try:
            claim = self.map.claim(node.text, kind=kind if kind in set(ClaimKind) else None)
        except ModelError as error:
            self.skip(node, f"cannot be a claim ({error}), skipped")
            return
        self.claims[node.id] = claim.id

    def add_arguments(self, node: AifNode) -> None:
        rephrase = node.type == "MA"
        odd = self.odd_edges(node, ins=ARGUMENT_INS, outs=ARGUMENT_OUTS)
        premises = [self.claims[n.id] for n in self.graph.into(node.id, "I") if n.id in self.claims]
        conclusions = [
            self.claims[n.id] for n in self.graph.out_of(node.id, "I") if n.id in self.claims
        ]
        if not premises or not conclusions:
            what = "premise" if not premises else "conclusion"
            self.skip(node, f"has no {what} among the propositions{odd}, skipped")
            return
        if odd:
            self.skip(node, f"edges ignored{odd}")
        scheme, note = argument_form(node.type, node.text)
        for conclusion in conclusions:
            linked = [p for p in premises if p != conclusion]
            try:
                argument = self.map.argument(linked, conclusion, scheme=scheme, note=note)
            except ModelError as error:
                self.skip(node, f"cannot be an argument ({error}), skipped")
                continue
            self.arguments.setdefault(node.id, []).append(argument.id)
            self.argument_ids.add(argument.id)
            if not rephrase:
                self.inference_premises.update(linked)

    def odd_edges(self, node: AifNode, *, ins: tuple[str, ...], outs: tuple[str, ...]) -> str:
        """Describe the edges that mean nothing for this node, as `` (from L-node 3, ...)``."""
        odd = [f"from {o.type}-node {o.id}" for o in self.graph.into(node.id) if o.type not in ins]
        odd += [
            f"to {o.type}-node {o.id}" for o in self.graph.out_of(node.id) if o.type not in outs
        ]
        return f" (edges {', '.join(odd)})" if odd else ""

    def elements(self, nodes: list[AifNode]) -> list[str]:
        """The claim and argument ids that stand for these nodes."""
        found: list[str] = []
        for other in nodes:
            if other.id in self.claims:
                found.append(self.claims[other.id])
            found.extend(self.arguments.get(other.id, []))
        return found

    # ------------------------------------------------------------------ rebuttals, preferences

    def add_rebuttals(self, node: AifNode) -> None:
        odd = self.odd_edges(node, ins=CONFLICT_INS, outs=CONFLICT_OUTS)
        attackers = self.elements(self.graph.into(node.id, "I", "RA", "MA"))
        targets = self.elements(self.graph.out_of(node.id, "I", "RA", "MA"))
        if not attackers or not targets:
            what = "attacker" if not attackers else "target"
            self.skip(node, f"has no {what} that argmap can hold{odd}, skipped")
            return
        if odd:
            self.skip(node, f"edges ignored{odd}")
        text = node.text.strip()
        note = conflict_note(text)
        for target in targets:
            kind = self.attack_kind(target, text)
            for attacker in attackers:
                try:
                    self.map.attack(kind, target, by=attacker, note=note)
                except _PROBLEMS as error:
                    self.skip(node, f"cannot be a rebuttal ({error}), skipped")

    def chained_conflicts(self) -> set[str]:
        """The CA-nodes that attack another CA-node or are attacked by one."""
        chained: set[str] = set()
        for node in self.nodes("CA"):
            into = self.graph.out_of(node.id, "CA")
            if into:
                chained.add(node.id)
                chained.update(other.id for other in into)
        return chained

    def add_chained(self, chained: set[str]) -> None:
        """Attacks on attacks, reified by the rule the SADFace and microtexts readers share."""
        if not chained:
            return
        ids = {node_id: f"ca-{slugify(node_id)}" for node_id in chained}
        attacks: list[Attack] = []
        for node in self.nodes("CA"):
            if node.id not in chained:
                continue
            attackers = self.elements(self.graph.into(node.id, "I", "RA", "MA"))
            targets: list[tuple[str, AttackKind | None]] = [
                (target, self.attack_kind(target, node.text.strip()))
                for target in self.elements(self.graph.out_of(node.id, "I", "RA", "MA"))
            ]
            targets += [(ids[o.id], None) for o in self.graph.out_of(node.id, "CA")]
            if not attackers or len(targets) != 1:
                what = "attacker" if not attackers else "single target"
                self.skip(node, f"an attack on or by an attack needs a {what}, skipped")
                continue
            text = node.text.strip()
            note = conflict_note(text)
            ((target, kind),) = targets
            attacks.append(
                Attack(
                    id=ids[node.id], attackers=tuple(attackers), target=target, kind=kind, note=note
                )
            )
        known = {a.id for a in attacks}
        names = set(ids.values())
        kept = [a for a in attacks if a.target not in names or a.target in known]
        try:
            add_attacks(self.map, kept, where=self.filename or "<aif>")
        except DocumentError as error:
            self.notes.append(f"attacks on attacks: {error.message}, skipped")

    def attack_kind(self, target: str, text: str) -> AttackKind:
        return attack_kind(
            text,
            on_argument=target in self.argument_ids,
            premise=text in KIND_MARKS and bool(self.map.arguments_using(target)),
            inference_premise=target in self.inference_premises,
        )

    def add_preference(self, node: AifNode) -> None:
        preferred = self.elements(self.graph.into(node.id, "I", "RA", "MA"))
        other = self.elements(self.graph.out_of(node.id, "I", "RA", "MA"))
        if not preferred or not other:
            self.skip(node, "a preference needs a preferred and a dispreferred element, skipped")
            return
        remark = f"preferred to {', '.join(other)} (AIF PA-node {node.id}: {node.text.strip()})"
        for element_id in preferred:
            old = getattr(self.map.get(element_id), "note", None)
            self.map.update(element_id, note=f"{old}; {remark}" if old else remark)

    # ------------------------------------------------------------------ dialogue

    def add_attributions(self, node: AifNode) -> None:
        illocution = node.text.strip()
        if illocution == "Analysing":
            self.dropped["Analysing"] += 1
            return
        claims = [n for n in self.graph.out_of(node.id, "I") if n.id in self.claims]
        if not claims:
            if not self.graph.out_of(node.id, "I", "L"):
                self.dropped["anchors"] += 1
            return
        for other in self.graph.into(node.id, "I"):
            self.skip(node, f"edge from I-node {other.id} into an illocution, ignored")
        locutions = self.graph.into(node.id, "L")
        if not locutions:
            # Anchored in a transition: the speaker is the one who answers.
            for transition in self.graph.into(node.id, "TA"):
                locutions.extend(self.graph.out_of(transition.id, "L"))
        if not locutions:
            self.skip(node, "no locution says it, skipped")
        stance = stance_of(illocution)
        if stance is None:
            self.skip(node, f"unknown illocution {illocution!r}, read as asserting")
        for locution in locutions:
            for claim in claims:
                self.attribute(locution, claim, illocution, stance or Stance.ASSERTS)

    def attribute(self, locution: AifNode, claim: AifNode, cue: str, stance: Stance) -> None:
        name, words = self.speakers.speaker(locution.id)
        if name is None:
            self.skip(locution, "no speaker in participants, text or locutions, skipped")
            return
        actor = self.actor(name)
        reporter = self.reporter(locution)
        passed_on = self.speakers.passed_on_by(locution.id)
        if reporter is None and passed_on is not None:
            reporter = self.actor(passed_on)
        if reporter == actor:
            self.skip(locution, "reports the speaker's own words, kept without the reporter")
            reporter = None
        try:
            self.map.attribute(
                self.claims[claim.id],
                actor,
                self.source,
                **self.words(locution, words, cue),
                stance=stance,
                reported_by=reporter,
            )
        except ModelError as error:
            self.skip(locution, f"cannot be an attribution ({error}), skipped")

    def words(self, locution: AifNode, words: str, cue: str) -> dict[str, Any]:
        """The attribution's words: a quote, unless argmap's record says paraphrase or mixed."""
        fields = record_words(locution.record, words, cue)
        if fields is None:
            self.skip(locution, "its 'argmap' record is not one argmap writes, ignored")
            return record_words(None, words, cue) or {}
        return fields

    def reporter(self, locution: AifNode) -> str | None:
        """The actor who reports a locution: ``L(reporter) -YA-> L(speaker)``."""
        for link in self.graph.into(locution.id, "YA"):
            if link.text.strip() == "Analysing":
                continue
            for outer in self.graph.into(link.id, "L"):
                name, _ = self.speakers.speaker(outer.id)
                if name is not None:
                    return self.actor(name)
        return None

    def actor(self, name: str) -> str:
        found = self.actors.get(name)
        if found is None:
            found = self.actors[name] = self.map.actor(name).id
        return found

    def count_dialogue(self) -> None:
        graph = self.graph
        transitions = len(self.nodes("TA"))
        linked = graph.incoming.keys() | graph.outgoing.keys()
        lonely = [n for n in self.nodes("L") if n.id not in linked]
        self.notes += dialogue_notes(
            transitions=transitions,
            anchors=self.dropped["anchors"],
            analysing=self.dropped["Analysing"],
            lonely=len(lonely),
        )
