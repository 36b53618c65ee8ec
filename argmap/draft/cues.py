"""Reporting verbs in the reporter's words, and the speaker each one reports (its subject).

The shapes are those of English news attribution (PARC's source, cue and content):
"X said", "X, <role>, said", "X, who said", "said X", "X has also claimed", "X told the FT",
"according to X", with the subject found before the verb or, inverted, just after it.

>>> from argmap.draft.mentions import find_mentions
>>> text = "Tim Finch, head of migration at the IPPR, has also said Labour had tightened rules."
>>> cue = find_cues(text, 0, len(text))[0]
>>> cue.lemma, cue_phrase(text, cue)
('say', 'has also said')
>>> subject = find_subject(text, find_mentions(text), 0, cue)
>>> text[subject.start:subject.end] if isinstance(subject, Mention) else subject
'Tim Finch'
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from attrs import frozen

from argmap.draft.lexicon import AUXILIARIES, CUE_FORMS, NAME_STOPWORDS, is_role_noun, word_set
from argmap.draft.mentions import Mention
from argmap.draft.sentences import QUOTE_CHAR

__all__ = [
    "Cue",
    "NounPhrase",
    "chained_subject",
    "cue_phrase",
    "find_cues",
    "find_subject",
    "object_end",
]

_WORD = re.compile(r"[A-Za-z][a-z’'\-]*")
_PHRASAL = re.compile(
    r"\b(?:(?:point|points|pointed|pointing) out|(?:went|goes|going) on|(?:hit|hits|hitting) back"
    r"|quoted as saying|[Aa]ccording to)\b"
)
_TELL_OBJECT = re.compile(
    r"\s+((?:the\s+)?(?:[A-Z][\w’'.\-]*(?:\s+[A-Z][\w’'.\-]*)*)|reporters|journalists|MPs|"
    r"delegates|supporters|listeners|viewers|readers|colleagues|the (?:audience|conference|"
    r"committee|house|crowd|paper|newspaper|programme|show|inquiry|court|press))(?=[\s,.:])"
)
_NOT_SUBJECT_BEFORE = word_set(
    "including such like with from by to of for against on at in than as about between among "
    "into onto upon over under"
)
_NP_STOP = re.compile(r"\s(?:including|such as|like|among them|who|which|in|at|from|on)\s|,")
_QUOTED_AS = re.compile(r"\bquoted\s+(\S.*?)\s+as$")
_DETERMINERS = word_set("a an the one another two three four several some many other")
_PRONOUN_WORDS = word_set("it this that they we i you there these those which who")


@frozen(kw_only=True)
class Cue:
    """A reporting verb: where it stands, its lemma and the words as written."""

    start: int
    end: int
    lemma: str
    text: str


@frozen(kw_only=True)
class NounPhrase:
    """A speaker given as a noun phrase, not a name ("Other candidates", "a spokesman")."""

    start: int
    end: int
    text: str
    plural: bool


def find_cues(masked: str, start: int, end: int) -> list[Cue]:
    """The reporting verbs between ``start`` and ``end`` of the masked text.

    Args:
        masked: the text with its quotes masked.
        start: where to begin.
        end: where to stop.

    Returns:
        The cues in order; capitalised forms ("Says") count only at a sentence's start.
    """
    cues: list[Cue] = []
    taken: set[int] = set()
    for match in _PHRASAL.finditer(masked, start, end):
        lemma = (
            "according to"
            if match.group().lower().startswith("according")
            else CUE_FORMS[match.group()]
        )
        cues.append(Cue(start=match.start(), end=match.end(), lemma=lemma, text=match.group()))
        taken.update(range(match.start(), match.end()))
    for match in _WORD.finditer(masked, start, end):
        word = match.group()
        found = CUE_FORMS.get(word.lower())
        if found is None or match.start() in taken or " " in found:
            continue
        lemma = found
        if word[0].isupper() and masked[start : match.start()].strip():
            continue
        cues.append(Cue(start=match.start(), end=match.end(), lemma=lemma, text=word))
    cues.sort(key=lambda c: c.start)
    return cues


def cue_phrase(masked: str, cue: Cue) -> str:
    """The cue as the article words it: auxiliaries before it, and the hearer after "told".

    >>> text = "Ms Majid has told the FT the group was worried"
    >>> cue_phrase(text, find_cues(text, 0, len(text))[0])
    'has told the FT'
    """
    start = cue.start
    while True:
        match = re.search(r"(\w+)\s+$", masked[max(0, start - 30) : start])
        if match is None or match.group(1).lower() not in AUXILIARIES:
            break
        start = start - len(match.group()) + 0
        start = max(0, start)
    return " ".join(masked[start : object_end(masked, cue)].split())


def object_end(masked: str, cue: Cue) -> int:
    """Where the cue's words end: after the hearer of "told the FT", else after the verb."""
    if cue.lemma == "tell":
        match = _TELL_OBJECT.match(masked, cue.end)
        if match is not None:
            return match.end()
    return cue.end


def find_subject(
    masked: str, mentions: Sequence[Mention], clause_start: int, cue: Cue
) -> Mention | NounPhrase | None:
    """The speaker a cue reports: the subject of the reporting verb, written before it.

    Args:
        masked: the text with its quotes masked.
        mentions: the mentions of the text, in order.
        clause_start: where the cue's sentence (or clause) starts.
        cue: the reporting verb.

    Returns:
        The subject's mention, a noun phrase naming an unnamed speaker, or None.
    """
    segment = masked[clause_start : cue.start]
    tail = _without_auxiliaries(segment)
    quoted = _quoted_as(clause_start, tail, cue)
    if quoted is not None:  # the one quoted speaks, never the one quoting
        return _last_mention(mentions, *quoted)
    end = clause_start + len(tail)
    inside = [m for m in mentions if clause_start <= m.start and m.end <= end]
    people = [m for m in inside if m.kind != "organisation"]
    last = next((m for m in reversed(inside) if m.end == end and not m.possessive), None)
    if last is not None and not _object_of_preposition(masked, inside, last, clause_start):
        if last.kind in ("organisation", "single"):
            opener = _appositive_opener(masked, people, last)
            if opener is not None:
                return opener
        return last
    if re.search(r",\s*who$", tail):
        before = _without_auxiliaries(tail[: tail.rfind(",")])
        mention = next((m for m in reversed(inside) if m.end == clause_start + len(before)), None)
        if mention is not None:
            return mention
    if last is None and people:
        first = people[0]
        if tail.endswith(",") or tail.endswith(QUOTE_CHAR):
            commas = [m for m in people if masked[m.end : m.end + 1] == ","]
            named = [m for m in commas if m.kind in ("person", "single")]
            if named or commas:
                return (named or commas)[0]
        if masked[first.end : first.end + 1] == ",":
            return first
    return _noun_phrase(masked, clause_start, tail)


def chained_subject(
    masked: str, mentions: Sequence[Mention], clause_start: int, cue: Cue
) -> Mention | NounPhrase | None:
    """The subject of a cue, or of the verb it hangs on: "Mr Straw agreed, saying",
    "Ms Abbott acknowledged that ... but suggested".

    Args:
        masked: the text with its quotes masked.
        mentions: the mentions of the text, in order.
        clause_start: where the cue's sentence (or clause) starts.
        cue: the reporting verb.

    Returns:
        The subject, as [`find_subject`][] gives it.
    """
    tail = _without_auxiliaries(masked[clause_start : cue.start])
    quoted = _quoted_as(clause_start, tail, cue)
    if quoted is not None:  # the one quoted speaks, never the one quoting
        return _last_mention(mentions, *quoted)
    hangs = cue.text.endswith("ing") or re.search(r"\b(?:and|but)$", tail) is not None
    if hangs:
        earlier = [
            c for c in find_cues(masked, clause_start, cue.start) if c.lemma != "according to"
        ]
        verbs = list(re.finditer(r"\b[a-z]+ed\b", tail))
        if earlier:
            return chained_subject(masked, mentions, clause_start, earlier[-1])
        if verbs:
            verb = verbs[-1]
            fake = Cue(
                start=clause_start + verb.start(),
                end=clause_start + verb.end(),
                lemma="",
                text=verb.group(),
            )
            return find_subject(masked, mentions, clause_start, fake)
    return find_subject(masked, mentions, clause_start, cue)


def _quoted_as(clause_start: int, tail: str, cue: Cue) -> tuple[int, int] | None:
    """In "The Guardian quoted Mr Cruddas as saying", where the one quoted is named: between
    "quoted" and "as". None when the cue is not in that shape.

    >>> from argmap.draft.mentions import find_mentions
    >>> text = "The Guardian quoted Jon Cruddas as saying"
    >>> cue = find_cues(text, 0, len(text))[-1]
    >>> found = find_subject(text, find_mentions(text), 0, cue)
    >>> text[found.start:found.end] if isinstance(found, Mention) else found
    'Jon Cruddas'
    """
    shape = _QUOTED_AS.search(tail)
    if shape is None or cue.lemma != "say":
        return None
    return clause_start + shape.start(1), clause_start + shape.end(1)


def _last_mention(mentions: Sequence[Mention], start: int, end: int) -> Mention | None:
    """The last mention standing whole between ``start`` and ``end``, not a possessive."""
    inside = [m for m in mentions if start <= m.start and m.end <= end and not m.possessive]
    return inside[-1] if inside else None


def _without_auxiliaries(segment: str) -> str:
    """The segment without auxiliaries and adverbs before the verb ("has also", ", meanwhile,")."""
    tail = segment.rstrip()
    while True:
        match = re.search(r"(?:^|(?<=[\s,]))([A-Za-z]+)$", tail)
        if match is not None and _is_auxiliary(match.group(1)):
            tail = tail[: match.start(1)].rstrip()
            continue
        match = re.search(r",\s*([A-Za-z]+(?:\s+[A-Za-z]+)*)\s*,$", tail)
        if match is not None and all(_is_auxiliary(w) for w in match.group(1).split()):
            tail = tail[: match.start()].rstrip()
            continue
        return tail


def _is_auxiliary(word: str) -> bool:
    lowered = word.lower()
    return lowered in AUXILIARIES or (lowered.endswith("ly") and len(lowered) > 4)


def _object_of_preposition(
    masked: str, inside: Sequence[Mention], mention: Mention, clause_start: int
) -> bool:
    """The mention follows "including", "by", "to"... or ends "X and Y": not a lone subject."""
    before = masked[clause_start : mention.start].rstrip()
    word = re.search(r"([A-Za-z]+)$", before)
    if word is None:
        return False
    lowered = word.group(1).lower()
    if lowered in _NOT_SUBJECT_BEFORE:
        return True
    if lowered in ("and", "or"):
        previous = before[: word.start()].rstrip()
        return any(clause_start + len(previous) == m.end for m in inside)
    return False


def _appositive_opener(masked: str, people: Sequence[Mention], last: Mention) -> Mention | None:
    """In "Jonathan Bartley, co-director of think tank Ekklesia points out", the person."""
    for mention in people:
        if mention.end >= last.start or mention.kind != "person":
            continue
        after = masked[mention.end : last.start]
        if re.match(r",\s+(?:the\s+|a\s+|an\s+)?[a-z]", after) and "," not in after[1:]:
            words = after.split()
            if any(is_role_noun(w) for w in words) or (len(words) > 1 and words[1].endswith("ing")):
                return mention
    return None


def leading_noun_phrase(masked: str, start: int, stop: int) -> NounPhrase | None:
    """A noun phrase with a determiner at ``start``: "a reporter", "one of the photographers".

    >>> leading_noun_phrase("asked a local reporter during the talk", 6, 38).text
    'a local reporter'
    """
    return _determined_head(masked, start, stop)


def _determined_head(masked: str, start: int, stop: int) -> NounPhrase | None:
    """The shortest determiner phrase from ``start`` whose last word is a role or plural."""
    words = list(re.finditer(r"[\w’'\-]+", masked[start:stop]))[:7]
    if not words or words[0].group().lower() not in _DETERMINERS:
        return None
    for word in words[1:]:
        if _head(word.group()):
            end = start + word.end()
            return NounPhrase(
                start=start, end=end, text=masked[start:end], plural=_plural(word.group())
            )
        if word.group()[0].isupper() or word.group().lower() in CUE_FORMS:
            return None
    return None


def _head(word: str) -> bool:
    return word[:1].islower() and (is_role_noun(word) or _plural(word))


def _plural(word: str) -> bool:
    return word.endswith("s") and not word.endswith("ss") and word[:1].islower()


def _noun_phrase(masked: str, clause_start: int, tail: str) -> NounPhrase | None:
    """A short noun phrase ending the clause ("after a planning boss"), or at its start
    ("Other candidates"), headed by a role or a plural noun."""
    determined = re.search(
        r"\b(?:[Aa]n?|[Tt]he|[Oo]ne of the|[Aa]nother|[Tt]wo|[Tt]hree|[Ss]everal|[Oo]ther)\s+"
        r"(?:[a-z][\w’'\-]*\s+){0,3}[a-z][\w\-]*$",
        tail,
    )
    preposition = determined is not None and re.search(
        r"\b(?:for|in|at|of|on|to|from|with|by|over|after|before|since|about)\s+$",
        tail[: determined.start()],
    )
    if determined is not None and not preposition and _head(determined.group().split()[-1]):
        text = determined.group()
        start = clause_start + determined.start()
        first = text.split()[0].lower()
        if first not in ("the",) or is_role_noun(text.split()[-1]):
            return NounPhrase(
                start=start, end=start + len(text), text=text, plural=_plural(text.split()[-1])
            )
    text = tail.strip()
    if not text:
        return None
    cut = _NP_STOP.search(" " + text)
    if cut is not None:
        text = text[: max(cut.start() - 1, 0)].strip()
    words = text.split()
    if not 1 <= len(words) <= 6 or QUOTE_CHAR in text:
        return None
    if words[0].lower() in _PRONOUN_WORDS or words[0].lower() in ("and", "but", "or", "so"):
        return None
    if any(w.lower() in AUXILIARIES or w.lower().endswith("ed") for w in words[1:]):
        return None
    head = words[-1]
    plural = head.endswith("s") and not head.endswith("ss") and head[0].islower()
    if not (plural or is_role_noun(head)) or (head in NAME_STOPWORDS and len(words) == 1):
        return None
    start = clause_start + masked[clause_start:].find(text)
    return NounPhrase(start=start, end=start + len(text), text=text, plural=plural)
