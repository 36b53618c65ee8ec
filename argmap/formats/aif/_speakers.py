"""Who spoke an AIF locution (L-node), with which words, and what the illocution means.

Real files name speakers three ways, none complete: ``participants`` (OVA), a prefix in the
L-node's text (``"Speaker : words"``) and the ``personID`` of ``locutions`` rows (which may be
missing or contradict each other). [`Speakers`][] tries them in that order.

>>> split_prefix("Fiona Bruce : He also said you are failing")
('Fiona Bruce', 'He also said you are failing')
>>> split_prefix("yes")
(None, 'yes')
>>> split_names("Chris: Fiona Bruce : There's a lot of shaking heads")
(['Chris', 'Fiona Bruce'], "There's a lot of shaking heads")
>>> stance_of("Pure Questioning")
<Stance.QUESTIONS: 'questions'>
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Mapping
from itertools import repeat
from operator import add, itemgetter

from argmap.model import Stance

__all__ = [
    "ILLOCUTIONS",
    "STANCE_ILLOCUTION",
    "Speakers",
    "split_names",
    "split_prefix",
    "stance_of",
]

ILLOCUTIONS: dict[str, Stance] = {
    "Asserting": Stance.ASSERTS,
    "Agreeing": Stance.ASSERTS,
    "Arguing": Stance.ASSERTS,
    "Restating": Stance.ASSERTS,
    "Default Illocuting": Stance.ASSERTS,
    "Rhetorical Questioning": Stance.ASSERTS,
    "Disagreeing": Stance.DENIES,
    "Rejecting": Stance.DENIES,
    "Contradicting": Stance.DENIES,
    "Conceding": Stance.CONCEDES,
    "Popular Conceding": Stance.CONCEDES,
    "Pure Questioning": Stance.QUESTIONS,
    "Assertive Questioning": Stance.QUESTIONS,
    "Challenging": Stance.QUESTIONS,
    "Assertive Challenging": Stance.QUESTIONS,
}
"""Illocution names (YA-node texts) and the stance of the speaker towards the proposition."""

STANCE_ILLOCUTION: dict[Stance, str] = {
    Stance.ASSERTS: "Asserting",
    Stance.DENIES: "Disagreeing",
    Stance.CONCEDES: "Conceding",
    Stance.QUESTIONS: "Pure Questioning",
}
"""The illocution written for a stance when the cue names none."""

# AIFdb's scheme ids, as real files use them, for the scheme names argmap writes.
SCHEME_IDS: dict[str, str] = {
    "Default Inference": "72",
    "Default Conflict": "71",
    "Default Rephrase": "144",
    "Asserting": "74",
    "Agreeing": "77",
    "Arguing": "80",
    "Restating": "101",
    "Default Illocuting": "168",
    "Rhetorical Questioning": "85",
    "Disagreeing": "78",
    "Rejecting": "178",
    "Contradicting": "67",
    "Conceding": "76",
    "Popular Conceding": "88",
    "Pure Questioning": "91",
    "Assertive Questioning": "73",
    "Challenging": "79",
    "Assertive Challenging": "87",
}

_PREFIX = re.compile(r"\s*([^:\n]{1,40}?)\s*:\s*(.*)", re.DOTALL)
_SPACED = re.compile(r"\s+")


def stance_of(illocution: str) -> Stance | None:
    """The stance an illocution expresses, or ``None`` when the name is not known."""
    return ILLOCUTIONS.get(_SPACED.sub(" ", illocution).strip())


def split_prefix(text: str) -> tuple[str | None, str]:
    """Split ``"Speaker : words"`` (or ``"Speaker: words"``) into speaker and words.

    A prefix is at most four words and 40 characters, so a colon inside a sentence is not
    taken for a speaker.
    """
    match = _PREFIX.fullmatch(text)
    if match and len(match.group(1).split()) <= 4:
        return match.group(1), match.group(2).strip()
    return None, text.strip()


def split_names(text: str, *, depth: int = 3) -> tuple[list[str], str]:
    """Split nested prefixes: ``"A : B : words"`` is ``["A", "B"]`` and the words.

    The outer names are whoever passes the words on: a Reddit user quoting a candidate
    (US2016), or the analyst whose copy it is (QT30's ``"Chris: Fiona Bruce : ..."``); the last
    name is the one who said them.
    """
    names: list[str] = []
    words = text.strip()
    while len(names) < depth:
        name, rest = split_prefix(words)
        if name is None:
            break
        names.append(name)
        words = rest
    return names, words


class Speakers:
    """Resolve the speaker of each L-node of one graph.

    Args:
        texts: the text of every L-node, by id, in file order.
        person_ids: the distinct ``personID`` values of each L-node's locution rows.
        participants: participant names by participant id.
        linked: tells whether a node has an edge (in either direction).

    Each text is split once, however often the readers ask about its node.
    """

    def __init__(
        self,
        *,
        texts: Mapping[str, str],
        person_ids: Mapping[str, list[str]],
        participants: Mapping[str, str],
        linked: Callable[[str], bool],
    ) -> None:
        self.texts = texts
        self.person_ids = person_ids
        self.participants = participants
        self.linked = linked
        self._person_names: dict[str, str] | None = None
        self._known: dict[str, tuple[str | None, str]] = {}
        self._prefixes: dict[str, tuple[str | None, str]] = {}
        self._names: dict[str, tuple[list[str], str]] = {}

    def person_names(self) -> dict[str, str]:
        """personID -> the name most L-nodes of that person carry as their prefix."""
        if self._person_names is None:
            votes: dict[str, Counter[str]] = {}
            for node_id in self.texts:
                people = self.person_ids.get(node_id, [])
                if len(people) == 1:
                    prefix, _ = self._prefix(node_id)
                    if prefix:
                        votes.setdefault(people[0], Counter())[prefix] += 1
            self._person_names = {pid: c.most_common(1)[0][0] for pid, c in votes.items()}
        return self._person_names

    def _prefix(self, node_id: str) -> tuple[str | None, str]:
        found = self._prefixes.get(node_id)
        if found is None:
            found = self._prefixes[node_id] = split_prefix(self.texts[node_id])
        return found

    def _split(self, node_id: str) -> tuple[list[str], str]:
        found = self._names.get(node_id)
        if found is None:
            found = self._names[node_id] = split_names(self.texts[node_id])
        return found

    def speaker(self, node_id: str) -> tuple[str | None, str]:
        """The speaker's name (``None`` when unknown) and the words of an L-node."""
        found = self._known.get(node_id)
        if found is None:
            found = self._known[node_id] = self._speaker(node_id)
        return found

    def _speaker(self, node_id: str) -> tuple[str | None, str]:
        people = self.person_ids.get(node_id, ())
        person = people[0] if len(people) == 1 else None
        name = self.participants.get(person) if person is not None else None
        if name is not None:  # the text's own prefix is needed only when it is not the name
            text = self.texts[node_id]
            if text.startswith(name):
                rest = text[len(name) :]
                for separator in (" : ", ": ", ":"):
                    if rest.startswith(separator):
                        return name, rest[len(separator) :].strip()
            prefix, words = self._prefix(node_id)
            return name, words if prefix is not None else text.strip()
        prefix, words = self._prefix(node_id)
        if prefix is not None:
            names, words = self._split(node_id)
            return names[-1], words
        if person is not None:
            return self.person_names().get(person, f"person {person}"), words
        return None, words

    def of_participants(self, node_ids: list[str]) -> tuple[list[str], list[str]] | None:
        """The speakers and words of these L-nodes a column at a time (what `speaker` gives
        each), when they are all of the usual OVA shape: one ``personID``, a participant's
        name, and the text ``"Name : words"``; None when one is not (ask `speaker` of each).

        >>> s = Speakers(texts={"1": "Ann : yes ", "2": "Bo : no"}, participants={"7": "Ann",
        ...   "8": "Bo"}, person_ids={"1": ["7"], "2": ["8"]}, linked=lambda node_id: True)
        >>> s.of_participants(["1", "2"])
        (['Ann', 'Bo'], ['yes', 'no'])
        """
        try:
            people = list(map(self.person_ids.__getitem__, node_ids))
        except KeyError:
            return None
        if set(map(len, people)) != {1}:
            return None
        named = list(map(self.participants.get, map(itemgetter(0), people)))
        if None in named:
            return None
        names: list[str] = named  # type: ignore[assignment]  # None is not among them
        texts = list(map(self.texts.__getitem__, node_ids))
        prefixes = list(map(add, names, repeat(" : ")))
        if not all(map(str.startswith, texts, prefixes)):
            return None
        cuts = map(slice, map(len, prefixes), repeat(None))
        return names, list(map(str.strip, map(str.__getitem__, texts, cuts)))

    def passed_on_by(self, node_id: str) -> str | None:
        """Who passes an L-node's words on (``"A : B : words"``: A), unless it is the analyst.

        An L-node without edges is an analyst's copy (QT30), so its outer name is no speaker.
        """
        if self.participants:
            return None
        names, _ = self._split(node_id)
        if len(names) < 2 or not self.linked(node_id):
            return None
        return names[-2]

    def every_name(self, node_ids: list[str]) -> list[str]:
        """Every speaker these L-nodes name, in turn: [`names`][] of each, one list.

        >>> s = Speakers(texts={"1": "Ann : yes", "2": "Bo : no", "3": "Ann : so"},
        ...              person_ids={}, participants={}, linked=lambda node_id: True)
        >>> s.every_name(["1", "2", "3"])
        ['Ann', 'Bo', 'Ann']
        """
        if self.participants:  # nobody passes words on: each node's speaker, if named
            speakers = map(self.speaker, node_ids)
            return [n for n, _ in speakers if n is not None and not n.startswith("person ")]
        return [name for node_id in node_ids for name in self.names(node_id)]

    def names(self, node_id: str) -> list[str]:
        """Every speaker an L-node names: its speaker, and who passes the words on."""
        name, _ = self.speaker(node_id)
        if name is None or name.startswith("person "):
            return []
        reporter = self.passed_on_by(node_id)
        return [name] if reporter is None else [reporter, name]
