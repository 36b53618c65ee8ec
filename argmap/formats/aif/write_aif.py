"""Export an [`ArgumentMap`][] as AIFdb JSON, which AIFdb and OVA read.

Claims become I-nodes, arguments RA-nodes (``scheme="rephrase"``: MA-nodes), rebuttals
CA-nodes, and each attribution an L-node ``"Speaker : words"`` anchored to its claim by a
YA-node naming the illocution, with a ``locutions`` row pointing at the speaker in
``participants``. Reported speech is a second L-node: ``L(reporter) -Asserting-> L(speaker)``.

>>> from argmap.model import ArgumentMap
>>> m = ArgumentMap()
>>> claim = m.claim("Fees should go")
>>> _ = m.attribute(claim, m.actor("Ann Smith"), m.source("Debate"), quote="Scrap fees")
>>> [n["text"] for n in json.loads(dumps(m))["nodes"]]
['Fees should go', 'Ann Smith : Scrap fees', 'Asserting']
"""

from __future__ import annotations

import json
from typing import Any

from argmap.formats.aif._speakers import ILLOCUTIONS, SCHEME_IDS, STANCE_ILLOCUTION
from argmap.formats.aif.read_aif import KIND_MARKS
from argmap.model import Argument, ArgumentMap, Attribution, Mode, is_implied

__all__ = ["dumps"]

DEFAULT_TIMESTAMP = "1970-01-01 00:00:00"
"""The timestamp written on every node unless one is given: the output stays reproducible."""

_MARK_OF = {kind: text for text, kind in KIND_MARKS.items()}


def dumps(argument_map: ArgumentMap, *, timestamp: str = DEFAULT_TIMESTAMP) -> str:
    """Write a map as AIFdb JSON (``nodes``, ``edges``, ``locutions``, ``participants``).

    Args:
        argument_map: the map to write.
        timestamp: the time written on every node and locution, as AIFdb writes it
            (``YYYY-MM-DD HH:MM:SS``).

    Returns:
        The JSON text, indented, with non-ASCII characters kept as they are.
    """
    writer = _Writer(argument_map, timestamp)
    writer.write()
    document = {
        "nodes": writer.nodes,
        "edges": writer.edges,
        "locutions": writer.locutions,
        "participants": writer.participants,
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


class _Writer:
    """Numbers the nodes of one map and collects them with their edges."""

    def __init__(self, argument_map: ArgumentMap, timestamp: str) -> None:
        self.map = argument_map
        self.timestamp = timestamp
        self.nodes: list[dict[str, Any]] = []
        self.edges: list[dict[str, Any]] = []
        self.locutions: list[dict[str, Any]] = []
        self.participants: list[dict[str, Any]] = []
        self.node_of: dict[str, str] = {}  # element id -> node id
        self.person_of: dict[str, int] = {}  # actor id -> participant id

    def node(self, kind: str, text: str) -> str:
        node_id = str(len(self.nodes) + 1)
        node: dict[str, Any] = {"nodeID": node_id, "text": text, "type": kind}
        node["timestamp"] = self.timestamp
        if kind != "I" and kind != "L" and text in SCHEME_IDS:
            node["scheme"] = text
            node["schemeID"] = SCHEME_IDS[text]
        self.nodes.append(node)
        return node_id

    def edge(self, start: str, end: str) -> None:
        number = str(len(self.edges) + 1)
        self.edges.append({"edgeID": number, "fromID": start, "toID": end, "formEdgeID": None})

    def write(self) -> None:
        m = self.map
        for claim in m.claims:
            self.node_of[claim.id] = self.node("I", claim.text)
        inference_premises: set[str] = set()
        for argument in m.arguments:
            if argument.scheme == "rephrase":
                node = self.node("MA", "Default Rephrase")
            else:
                node = self.node("RA", argument.scheme or "Default Inference")
                inference_premises.update(argument.premises)
            self.node_of[argument.id] = node
            for premise in argument.premises:
                self.edge(self.node_of[premise], node)
            self.edge(node, self.node_of[argument.conclusion])
        for rebuttal in m.rebuttals:
            on_argument = isinstance(m.get(rebuttal.target), Argument)
            on_premise = rebuttal.target in inference_premises
            if is_implied(rebuttal.kind, on_argument=on_argument, on_premise=on_premise):
                text = "Default Conflict"
            else:
                text = _MARK_OF[rebuttal.kind]
            node = self.node("CA", text)
            self.edge(self.node_of[rebuttal.attacker], node)
            self.edge(node, self.node_of[rebuttal.target])
        for attribution in m.attributions:
            self.write_attribution(attribution)

    def write_attribution(self, attribution: Attribution) -> None:
        words = _words(attribution) or self.map.get(attribution.claim).text  # type: ignore[union-attr]
        cue = attribution.cue
        illocution = (
            cue
            if cue in ILLOCUTIONS and ILLOCUTIONS[cue] is attribution.stance
            else STANCE_ILLOCUTION[attribution.stance]
        )
        speaker = self.locution(attribution.actor, words, record=_record(attribution, illocution))
        anchor = self.node("YA", illocution)
        self.edge(speaker, anchor)
        self.edge(anchor, self.node_of[attribution.claim])
        if attribution.reported_by is not None:
            reporter = self.locution(attribution.reported_by, words)
            link = self.node("YA", "Asserting")
            self.edge(reporter, link)
            self.edge(link, speaker)

    def locution(self, actor_id: str, words: str, *, record: dict[str, Any] | None = None) -> str:
        name = self.map.get(actor_id).name  # type: ignore[union-attr]
        node = self.node("L", f"{name} : {words}")
        if record:
            self.nodes[-1]["argmap"] = record
        person = self.person_of.get(actor_id)
        if person is None:
            person = self.person_of[actor_id] = len(self.participants) + 1
            first, _, last = name.rpartition(" ")
            if not (first and last):
                first, last = name, ""
            self.participants.append({"participantID": person, "firstname": first, "surname": last})
        self.locutions.append(
            {
                "nodeID": node,
                "personID": person,
                "timestamp": self.timestamp,
                "start": None,
                "end": None,
                "source": None,
            }
        )
        return node


def _record(attribution: Attribution, illocution: str) -> dict[str, Any]:
    """What the L-node's text and the illocution do not say: the kind of report and the cue.

    A direct quote whose cue is its illocution needs nothing; AIF tools ignore the key.
    """
    record: dict[str, Any] = {}
    if attribution.mode is not Mode.DIRECT:
        record["mode"] = attribution.mode.value
    if attribution.fragments:
        record["fragments"] = list(attribution.fragments)
        if attribution.paraphrase:
            record["paraphrase"] = attribution.paraphrase
    if attribution.cue != illocution:
        record["cue"] = attribution.cue
    return record


def _words(attribution: Attribution) -> str:
    """The words an attribution reports: the quote, the fragments, or the paraphrase."""
    if attribution.quote:
        return attribution.quote
    if attribution.fragments:
        return " … ".join(attribution.fragments)
    return attribution.paraphrase or ""
