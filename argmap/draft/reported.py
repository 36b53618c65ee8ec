"""Reported speech: "X has claimed that ...", "X said Labour had ...", "..., said Mr Finch".

Only clear shapes are taken: a reporting verb that takes a clause, a speaker found as its
subject (or just after it, inverted), and content of three words or more with no quoted
speech in it (a sentence with quoted words is a partial quote, see
[`argmap.draft.speakers`][argmap.draft.speakers]). The content is the article's own wording.

>>> from argmap.draft.quote_marks import find_quotes
>>> from argmap.draft.sentences import Frame
>>> from argmap.draft.reading import read_cast
>>> text = "Ann Lee has claimed that the rota is unfair. Wages fell last year, she said."
>>> frame = Frame.of(text, ())
>>> [(r.speaker.name, r.cue, r.text) for r in find_reported(read_cast(frame), set())]
[('Ann Lee', 'has claimed', 'the rota is unfair'), ('Ann Lee', 'said', 'Wages fell last year')]
"""

from __future__ import annotations

import re
from collections.abc import Collection

from attrs import frozen

from argmap.draft.cast import Person
from argmap.draft.cues import Cue, chained_subject, cue_phrase, find_cues, object_end
from argmap.draft.lexicon import AUXILIARIES, CLAUSE_CUES, word_set
from argmap.draft.reading import Reading
from argmap.draft.sentences import QUOTE_CHAR

__all__ = ["ReportedSpeech", "clause_end", "find_reported", "reported_in"]

_FINITE = word_set(
    "is was were are am be been had has have would will could should can may might must did "
    "does do didn't wasn't weren't isn't aren't won't wouldn't couldn't shouldn't hadn't "
    "hasn't haven't"
)
_NOT_CLAUSE = word_set("to of for with about on in at by from as into up out off")
_OBJECT_PRONOUNS = word_set("him her them us me reporters journalists")
_CUT = re.compile(r",?\s+(?:although|though|whereas|while)\s|;\s|\s[–—-]\s")
_CONJUNCTION = re.compile(r",?\s+(?:and|but|although|though|while|whereas)\s")


@frozen(kw_only=True)
class ReportedSpeech:
    """One piece of reported speech.

    Attributes:
        speaker: who is reported.
        cue: the reporting verb as written.
        lemma: its lemma.
        cue_at: where the cue stands.
        start, end: the span of the reported content in the text.
        text: the content, as the article words it.
        how: the shape that was found.
    """

    speaker: Person
    cue: str
    lemma: str
    cue_at: int
    start: int
    end: int
    text: str
    how: str


def clause_end(masked: str, start: int, sentence_end: int) -> int:
    """Where reported content that starts at ``start`` ends: at the sentence's end, before a
    clause of contrast ("although he added ..."), or before the next speaker's verb."""
    end = sentence_end
    while end > start and masked[end - 1] in ".!?;:, ":
        end -= 1
    cut = _CUT.search(masked, start, end)
    if cut is not None:
        end = cut.start()
    for cue in find_cues(masked, start, end):
        if cue.lemma not in CLAUSE_CUES or cue.start <= start + 1:
            continue
        joins = list(_CONJUNCTION.finditer(masked, start, cue.start))
        if joins and _new_speaker(masked[joins[-1].end() : cue.start].split()):
            end = joins[-1].start()
            break
    while end > start and masked[end - 1] in ",;: ":
        end -= 1
    return end


def _new_speaker(words: list[str]) -> bool:
    """The words between "and"/"but" and a verb: a new speaker ("and Ed Miliband has") or
    none ("but suggested"), not the middle of the content ("and 3rd generation immigrants")."""
    return len(words) <= 4 and all(
        w in AUXILIARIES or w[0].isupper() or w.lower() in ("he", "she", "they", "it")
        for w in words
    )


def find_reported(reading: Reading, used_cues: Collection[int]) -> list[ReportedSpeech]:
    """Every clear piece of reported speech of the article, in order.

    Args:
        reading: the article's frame, mentions and cast.
        used_cues: offsets of cues already used by quoted passages (they are skipped).

    Returns:
        The reported speech found; each speaker is recorded as having spoken there.
    """
    found: list[ReportedSpeech] = []
    for s_start, s_end in reading.frame.sentences:
        found += reported_in(reading, s_start, s_end, used_cues)
    return found


def reported_in(
    reading: Reading, s_start: int, s_end: int, used_cues: Collection[int]
) -> list[ReportedSpeech]:
    """The reported speech of one sentence (see [`find_reported`][])."""
    found: list[ReportedSpeech] = []
    masked = reading.frame.masked
    cues = [c for c in find_cues(masked, s_start, s_end) if c.lemma in CLAUSE_CUES]
    covered: list[tuple[int, int]] = []
    for cue in cues:
        if cue.start in used_cues or any(a <= cue.start < b for a, b in covered):
            continue
        piece = _forward(reading, cue, s_start, s_end) or _inverted(reading, cue, s_start, s_end)
        if piece is not None:
            covered.append((piece.start, piece.end))
            reading.cast.spoke(piece.speaker, cue.start)
            found.append(piece)
    return found


def _content_start(masked: str, cue: Cue, stop: int) -> int | None:
    """Where a clause reported by the cue starts, if one follows it before ``stop``."""
    position = object_end(masked, cue)
    rest = masked[position : min(position + 120, stop)]
    words = rest.split()
    if not words:
        return None
    lead = len(rest) - len(rest.lstrip())
    if words[0] in _OBJECT_PRONOUNS and cue.lemma == "tell" and len(words) > 1:
        lead = rest.find(words[1], lead + len(words[0]))
        words = words[1:]
    if words[0] == "that":
        return position + rest.find("that", lead) + 5
    if cue.lemma == "warn" and words[0] in ("of", "about", "against"):
        return position + rest.find(words[0], lead) + len(words[0]) + 1
    if words[0].lower() in _NOT_CLAUSE or not words[0][0].isalnum():
        return None
    for word in words[1:7]:
        bare = word.strip(",.;:").lower().replace("’", "'")
        if bare in _FINITE or (bare.endswith("ed") and len(bare) > 4):
            return position + lead
        if not bare.isalnum() and "'" not in bare and "-" not in bare:
            return None
    return None


def _forward(reading: Reading, cue: Cue, s_start: int, s_end: int) -> ReportedSpeech | None:
    masked = reading.frame.masked
    start = _content_start(masked, cue, s_end)
    if start is None or start >= s_end:
        return None
    end = clause_end(masked, start, s_end)
    if not _acceptable(reading, start, end):
        return None
    clause = s_start
    semicolon = masked.rfind(";", s_start, cue.start)
    if semicolon >= 0:
        clause = semicolon + 1
    subject = chained_subject(masked, reading.between(clause, cue.start), clause, cue)
    speaker = reading.person(subject, cue.start)
    if speaker is None:
        return None
    return _piece(reading, speaker, cue, start, end, "reported speech: speaker, verb, content")


def _inverted(reading: Reading, cue: Cue, s_start: int, s_end: int) -> ReportedSpeech | None:
    """ "Ministers made a mistake, said Mr Finch." and "They dismissed it, he claimed."."""
    masked = reading.frame.masked
    comma = masked.rfind(",", s_start, cue.start + 1)
    if comma < 0:
        return None
    tail = masked[comma + 1 : s_end].strip().rstrip(".!?")
    mentions = reading.between(comma + 1, s_end)
    if not mentions:
        return None
    mention = mentions[0]
    if mention.start > cue.start:
        ok = not masked[cue.end : mention.start].strip()
        rest = masked[mention.end : s_end]
    else:
        ok = masked[comma + 1 : mention.start].strip() == "" and all(
            w.lower() in AUXILIARIES for w in masked[mention.end : cue.start].split()
        )
        rest = masked[cue.end : s_end]
    adverbial = len(rest.split()) <= 6 and _content_start(masked, cue, s_end) is None
    if not ok or not (re.fullmatch(r"[\s.!?]*|,\s.*", rest) or adverbial):
        return None
    if len(tail.split()) > 12:
        return None
    end = comma
    if not _acceptable(reading, s_start, end):
        return None
    speaker = reading.person(mention, cue.start)
    if speaker is None:
        return None
    return _piece(reading, speaker, cue, s_start, end, "reported speech: content, then verb")


def _acceptable(reading: Reading, start: int, end: int) -> bool:
    """Content of three words or more, holding no quoted speech of three words or more."""
    masked = reading.frame.masked
    if end <= start or len(masked[start:end].split()) < 3:
        return False
    run = re.search(QUOTE_CHAR + "{3,}", masked[start:end])
    if run is None:
        return True
    text = reading.frame.text[start + run.start() : start + run.end()]
    return len(text.split()) < 3 and QUOTE_CHAR not in masked[start + run.end() : end]


def _piece(
    reading: Reading, speaker: Person, cue: Cue, start: int, end: int, how: str
) -> ReportedSpeech:
    text = reading.frame.text
    while end > start and text[end - 1].isspace():
        end -= 1
    return ReportedSpeech(
        speaker=speaker,
        cue=cue_phrase(reading.frame.masked, cue),
        lemma=cue.lemma,
        cue_at=cue.start,
        start=start,
        end=end,
        text=text[start:end],
        how=how,
    )
