"""Who is named in the reporter's words: names, ``Mr``/``Ms`` + surname, pronouns, descriptions.

Mentions are read from the masked text (see [`argmap.draft.sentences`][argmap.draft.sentences]), so
a name inside a
quote is never taken for a speaker.

>>> [(m.kind, m.name, m.role) for m in find_mentions("Prime Minister Gordon Brown met Ms Majid.")]
[('person', 'Gordon Brown', 'Prime Minister'), ('person', 'Majid', None)]
>>> [(m.kind, m.name) for m in find_mentions("Then she said the former premier was wrong")]
[('pronoun', 'she'), ('description', 'premier')]
>>> describe("Hina Majid, legal policy director at the Joint Council for the Welfare "
...          "of Immigrants, told", 10)
Appositive(role='legal policy director', organisation='Joint Council for the Welfare of \
Immigrants', organisation_note=None)
"""

from __future__ import annotations

import re

import attrs
from attrs import frozen

from argmap.draft.lexicon import (
    FEMALE_TITLES,
    HONORIFICS,
    MALE_TITLES,
    NAME_STOPWORDS,
    ORGANISATION_WORDS,
    PERSON_TITLES,
    PRONOUNS,
    TITLE_HEADS,
    cue_lemma,
    is_role_noun,
    word_set,
)

__all__ = ["Appositive", "Mention", "describe", "find_mentions", "premodifier"]

_TOKEN = re.compile(r"[^\W_](?:[\w'’\-]*\w)?(?:['’]s\b|(?<=s)['’](?!\w))?")
_POSSESSIVE = ("’s", "'s", "s’", "s'")
_CONNECTORS = word_set("of for the and on in & de van von der bin al la le du da di")
_PERSON_PARTICLES = word_set("de van von der bin al la le du da di")
_POST_NOMINALS = word_set("MP MEP MSP AM QC KC MBE OBE CBE MLA TD")
_HONORIFICS = frozenset(HONORIFICS)
_TITLES = sorted((t.split() for t in PERSON_TITLES), key=len, reverse=True)
_DESCRIPTION = re.compile(
    r"\b[Tt]he\s+((?:(?:former|ex-|then|new|veteran|outgoing|incoming|current|deputy|"
    r"shadow|Labour|Tory|Conservative|Democratic|Republican|[a-z]+-[a-z]+)\s+){0,3})"
    r"([a-z][a-z\-]+)\b"
)
_APPOSITIVE_STARTS = word_set(
    "who which whose where when on in at after before while as with without speaking "
    "writing meanwhile however also though although too then now today yesterday later "
    "earlier speaking asked answering responding quoted quoting according despite during"
)
_ORG_PREPOSITIONS = re.compile(r"\s(?:at|of|for|with|from)\s+(?:the\s+)?")


@frozen(kw_only=True)
class Mention:
    """One mention of a speaker in the reporter's words.

    Attributes:
        kind: ``person`` (a name, perhaps with Mr/Ms), ``single`` (one capitalised word),
            ``organisation``, ``pronoun`` or ``description`` ("the former premier").
        start, end: its span in the text (the whole run, titles included).
        name: the name without title or honorific; the pronoun; the description's head noun.
        honorific: Mr, Ms, Dr... when one stands before the name.
        role: a title before the name ("Prime Minister") or after it ("MP").
        gender: male or female when the honorific or pronoun says so.
        possessive: written with ’s ("Labour’s", "Yates’"): a modifier, not a speaker.
    """

    kind: str
    start: int
    end: int
    name: str
    honorific: str | None = None
    role: str | None = None
    gender: str | None = None
    possessive: bool = False

    @property
    def surname(self) -> str:
        """The last word of the name."""
        return self.name.split()[-1]


@frozen(kw_only=True)
class Appositive:
    """What an appositive after a name says: a role, an organisation, a note on it."""

    role: str | None
    organisation: str | None
    organisation_note: str | None


def find_mentions(masked: str, start: int = 0, end: int | None = None) -> list[Mention]:
    """Every mention between ``start`` and ``end`` of a (masked) text, in order.

    Args:
        masked: the text, quotes masked.
        start: where to begin.
        end: where to stop (the end of the text by default).

    Returns:
        The mentions.
    """
    stop = len(masked) if end is None else end
    tokens = [(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(masked, start, stop)]
    mentions: list[Mention] = []
    index = 0
    while index < len(tokens):
        word, t_start, t_end = tokens[index]
        lowered = word.lower()
        if lowered in PRONOUNS and lowered in ("he", "she"):
            mentions.append(
                Mention(
                    kind="pronoun", start=t_start, end=t_end, name=lowered, gender=PRONOUNS[lowered]
                )
            )
            index += 1
            continue
        if not word[0].isupper():
            index += 1
            continue
        run = [index]
        while run[-1] + 1 < len(tokens):
            nxt = run[-1] + 1
            gap = masked[tokens[run[-1]][2] : tokens[nxt][1]]
            if gap not in (" ", ". ") or (gap == ". " and tokens[run[-1]][0] not in _HONORIFICS):
                break
            if tokens[run[-1]][0].endswith(_POSSESSIVE):
                break
            nxt_word = tokens[nxt][0]
            if nxt_word[0].isupper():
                run.append(nxt)
            elif (
                nxt_word in _CONNECTORS
                and nxt + 1 < len(tokens)
                and tokens[nxt + 1][0][0].isupper()
            ):
                if masked[tokens[nxt][2] : tokens[nxt + 1][1]] != " ":
                    break
                run.extend((nxt, nxt + 1))
            else:
                break
        mentions.extend(_split_people([tokens[i] for i in run], masked))
        index = run[-1] + 1
    for match in _DESCRIPTION.finditer(masked, start, stop):
        if is_role_noun(match.group(2)) and cue_lemma(match.group(2)) is None:
            mentions.append(
                Mention(
                    kind="description", start=match.start(), end=match.end(), name=match.group(2)
                )
            )
    mentions.sort(key=lambda m: m.start)
    return mentions


def _split_people(run: list[tuple[str, int, int]], masked: str) -> list[Mention]:
    """One mention for the run, or one per person in "Kerry McCarthy MP and Sadiq Khan MP"."""
    cuts = [i for i, (word, _, _) in enumerate(run) if word == "and"]
    if cuts:
        parts = [run[a + 1 : b] for a, b in zip([-1, *cuts], [*cuts, len(run)], strict=True)]
        people = [_classify(part, masked) for part in parts]
        first_is_person = people[0] is not None and people[0].kind == "person"
        if all(p is not None and p.kind in ("person", "single") for p in people) and (
            first_is_person or not any(p is not None and p.role for p in people[1:])
        ):
            return [p for p in people if p is not None]
    whole = _classify(run, masked)
    return [] if whole is None else [whole]


def _classify(run: list[tuple[str, int, int]], masked: str) -> Mention | None:
    mention = _classify_run(run)
    if mention is not None and run and run[-1][0].endswith(_POSSESSIVE):
        return attrs.evolve(mention, possessive=True)
    return mention


def _classify_run(run: list[tuple[str, int, int]]) -> Mention | None:
    while run and run[0][0] in NAME_STOPWORDS:
        run = run[1:]
    while run and run[-1][0] in _CONNECTORS:
        run = run[:-1]
    if not run:
        return None
    words = [w for w, _, _ in run]
    possessive = words[-1].endswith(_POSSESSIVE)
    cut = 2 if words[-1].endswith(("’s", "'s")) else 1 if possessive else 0
    if cut:
        words[-1] = words[-1][:-cut]
    start, end = run[0][1], run[-1][2] - cut
    honorific = words[0] if words[0] in _HONORIFICS and len(words) > 1 else None
    role = None
    heads = [i for i, w in enumerate(words[:-1]) if w in TITLE_HEADS]
    if heads and 1 <= len(words) - heads[-1] - 1 <= 3:
        rest = words[heads[-1] + 1 :]
        if not any(w in ORGANISATION_WORDS or w in _CONNECTORS for w in rest):
            role, words = " ".join(words[: heads[-1] + 1]), rest
    for title in _TITLES if role is None else ():
        if len(words) > len(title) and words[: len(title)] == title:
            role, words = " ".join(title), words[len(title) :]
            break
    if words[-1] in _POST_NOMINALS and len(words) > 1:
        role, words = words[-1], words[:-1]
    if honorific is not None:
        words = words[1:]
        gender = (
            "female" if honorific in FEMALE_TITLES else "male" if honorific in MALE_TITLES else None
        )
        return Mention(
            kind="person",
            start=start,
            end=end,
            name=" ".join(words),
            honorific=honorific,
            role=role,
            gender=gender,
        )
    is_org = any(w in ORGANISATION_WORDS for w in words) or any(
        w in _CONNECTORS and w not in _PERSON_PARTICLES for w in words
    )
    if is_org or any(w.isupper() and len(w) > 1 for w in words):
        return Mention(kind="organisation", start=start, end=end, name=" ".join(words))
    if len(words) == 1:
        return Mention(kind="single", start=start, end=end, name=words[0], role=role)
    if len(words) > 4 or any(not w[0].isupper() and w not in _PERSON_PARTICLES for w in words):
        return Mention(kind="organisation", start=start, end=end, name=" ".join(words))
    return Mention(kind="person", start=start, end=end, name=" ".join(words), role=role)


def describe(masked: str, after: int) -> Appositive | None:
    """Read the appositive that follows a name ending at ``after``, if there is one.

    "Will Straw, editor of Left Foot Forward, an influential blog, said" gives the role
    ``editor``, the organisation ``Left Foot Forward`` and its note ``an influential blog``.
    Nothing is returned unless the appositive's head is a role noun.

    Args:
        masked: the text, quotes masked.
        after: the offset just after the name.

    Returns:
        The appositive, or None.
    """
    match = re.match(
        r",\s+([^,;:.!?\ufffc]{2,200}?)(?=,|;|:|\.\s|\.$|$)", masked[after : after + 260]
    )
    if match is None:
        return None
    phrase = _cut_at_cue(match.group(1))
    first = phrase.split()[0] if phrase.split() else ""
    if (
        not first
        or first.lower() in _APPOSITIVE_STARTS
        or (first[0].isupper() and first not in ("MP", "MEP"))
    ):
        return None
    role, organisation = phrase, None
    for org_match in _ORG_PREPOSITIONS.finditer(phrase):
        rest = phrase[org_match.end() :]
        org = _organisation_in(rest)
        before = phrase[: org_match.start()].split()
        if org_match.group().split()[0] != "at" and before and not is_role_noun(before[-1]):
            continue  # "spokesman for residents of Golborne Road": a place, not an employer
        if org is not None:
            role, organisation = phrase[: org_match.start()], org
            break
    role_words = re.split(r"\s+(?:of|for|at|with|in|on)\s+", role)[0].split()
    if not role_words or not is_role_noun(role_words[-1]):
        return None
    role = re.sub(r"^(?:the|a|an)\s+", "", role.strip())
    note = None
    if organisation is not None:
        tail = masked[after + match.end() : after + match.end() + 120]
        second = re.match(r",\s+((?:a|an|the)\s[^,;:.\ufffc]{3,80}?),", tail)
        if second is not None and not any(cue_lemma(w) for w in second.group(1).split()):
            note = second.group(1)
    return Appositive(role=role or None, organisation=organisation, organisation_note=note)


_PREMODIFIER = re.compile(
    r"((?:[A-Z][\w’'.\-]*\s+){0,4}(?:[a-z][\w\-]*\s+){0,2}([a-z][\w\-]*))\s+$"
)


_BEFORE_ROLE = word_set(
    "and or but with by to through from for of at in on as than spoke met joined spoke asked "
    "said says told is was were are be been being has have had"
)
_DESCRIBED_BEFORE = re.compile(r"(?:^|[.;:]\s+)[Tt]he\s+((?:[\w’'\-]+\s+){0,3}([a-z][\w\-]*)),\s+$")


def premodifier(masked: str, before: int) -> str | None:
    """A role written just before a name: "Borough planning officer Gwyn Clark".

    >>> premodifier("To this, parish councillor Ted Holloway", 27)
    'parish councillor'
    >>> premodifier("After the meeting Linda Davies", 18) is None
    True
    >>> premodifier("The health minister, Bo Chen", 21)
    'health minister'

    """
    window = masked[max(0, before - 80) : before]
    described = _DESCRIBED_BEFORE.search(window)
    if described is not None and is_role_noun(described.group(2)):
        return described.group(1)  # "The minister, Bo Chen, said"
    match = _PREMODIFIER.search(window)
    if match is None or not is_role_noun(match.group(2)) or cue_lemma(match.group(2)):
        return None
    words = match.group(1).split()
    for index in range(len(words) - 2, -1, -1):
        word = words[index].lower()
        if word in _BEFORE_ROLE or cue_lemma(word) or word.endswith("ed"):
            words = words[index + 1 :]  # "spoke through lawmaker Keith Vaz": the role is "lawmaker"
            break
    role = " ".join(words)
    role = re.sub(r"^(?:(?:the|a|an|of)\s+)+", "", role)
    first = role.split()[0] if role.split() else ""
    if not role or first in NAME_STOPWORDS:
        return None
    return role


def _cut_at_cue(phrase: str) -> str:
    """Cut an appositive that runs into its verb ("co-director of Ekklesia points out")."""
    words = phrase.split()
    for index, word in enumerate(words[1:], start=1):
        pair = " ".join(words[index : index + 2])
        lemma = cue_lemma(word) or cue_lemma(pair)
        if lemma is not None and lemma != "think" and not word[0].isupper():
            return " ".join(words[:index])
    return phrase


def _organisation_in(rest: str) -> str | None:
    """The capitalised name in "the Joint Council for ..." or "think tank Ekklesia"."""
    words = rest.split()
    if not words:
        return None
    if words[0][0].isupper():
        return rest.strip()
    capitals = [i for i, w in enumerate(words) if w[0].isupper()]
    if capitals and any(w in ("at", "of", "for", "in", "with", "on") for w in words[: capitals[0]]):
        return None
    if (
        capitals
        and capitals[0] <= 3
        and all(w[0].isupper() or w in _CONNECTORS for w in words[capitals[0] :])
    ):
        return " ".join(words[capitals[0] :])
    return None
