"""Who speaks each quoted passage, with which reporting verb, and whether it is speech at all.

For each passage, in order:

1. a title or term ("a debate entitled ‘...’", "the word “...”") or a quote of one or two
   words with no reporting verb reaching it (a scare quote) is set aside, not attributed;
2. a cue just after the passage ("...,” said Ms Majid", "...” he said") names the speaker;
3. else a cue before it in the same sentence ("Will Straw ... said: “...”", "has said Labour
   was “...”", the latter a partial quote inside the reporter's own sentence);
4. else the passage goes on from the quote before it (the same paragraph, or a quote running
   over paragraphs, or a paragraph that ends "X said:");
5. else the speaker is unknown: nothing is guessed.

>>> from argmap.draft.quote_marks import find_quotes
>>> from argmap.draft.sentences import Frame
>>> text = "Ann Lee, a nurse, said: “We are tired.” “Very tired,” she added. The “new” rota."
>>> found = attribute_quotes(Frame.of(text, find_quotes(text).quotes), find_quotes(text).quotes)
>>> [(f.passage.text, f.kind, f.speaker.name if f.speaker else None, f.cue) for f in found]
[('We are tired.', 'speech', 'Ann Lee', 'said'), ('Very tired,', 'speech', 'Ann Lee', \
'added'), ('new', 'scare', None, None)]
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from attrs import define

from argmap.draft.cast import Person
from argmap.draft.cues import (
    Cue,
    NounPhrase,
    chained_subject,
    cue_phrase,
    find_cues,
    find_subject,
    leading_noun_phrase,
    object_end,
)
from argmap.draft.lexicon import AUXILIARIES, TITLE_CUES
from argmap.draft.mentions import Mention
from argmap.draft.quote_marks import QuotePassage
from argmap.draft.reading import Reading, read_cast
from argmap.draft.sentences import QUOTE_CHAR, Frame

__all__ = ["QuoteFinding", "attribute_quote", "attribute_quotes"]


@define
class QuoteFinding:
    """What the draft makes of one quoted passage.

    Attributes:
        passage: the passage.
        kind: ``speech`` (someone's words), ``scare`` (the reporter's marks round a word or
            two) or ``title`` (a name or a term in marks).
        speaker: who said it; None when unknown.
        cue: the reporting verb as written ("said", "told the FT"), None when none was found.
        how: which rule found the speaker, for the analyst.
        lemma: the cue's lemma ("say").
        cue_at: the offset of the cue, when one was used.
        frame_start: for a partial quote, where the reporter's sentence around it starts
            (after the cue); None for a quote standing on its own.
    """

    passage: QuotePassage
    kind: str = "speech"
    speaker: Person | None = None
    cue: str | None = None
    how: str = "no speaker found"
    lemma: str | None = None
    cue_at: int | None = None
    frame_start: int | None = None


def attribute_quotes(
    frame: Frame, quotes: Sequence[QuotePassage], reading: Reading | None = None
) -> list[QuoteFinding]:
    """Decide, for every passage, whether it is speech and who speaks it.

    Args:
        frame: the masked article.
        quotes: its passages, in order.
        reading: the mentions and cast (read from the frame when not given).

    Returns:
        One finding per passage, in order.
    """
    reading = reading or read_cast(frame)
    findings: list[QuoteFinding] = []
    for quote in quotes:
        findings.append(attribute_quote(reading, quote, findings))
    return findings


def attribute_quote(
    reading: Reading, quote: QuotePassage, before: list[QuoteFinding]
) -> QuoteFinding:
    """The finding for one passage, given the findings for the passages before it."""
    finding = _attribute(reading, quote, before)
    if finding.speaker is not None:
        reading.cast.spoke(finding.speaker, quote.start)
    return finding


def _attribute(reading: Reading, quote: QuotePassage, before: list[QuoteFinding]) -> QuoteFinding:
    frame = reading.frame
    masked = frame.masked
    s_start, s_end = frame.sentence_at(quote.open_at)
    last_word = re.search(r"([A-Za-z]+)\W*$", masked[s_start : quote.open_at])
    if last_word is not None and last_word.group(1).lower() in TITLE_CUES:
        return QuoteFinding(passage=quote, kind="title", how="a title or term, not speech")
    after = _after(reading, quote, s_end)
    prior = _before(reading, quote, s_start)
    short = quote.words < 3
    if after is not None and prior is not None:
        if after.how.endswith("(pronoun)") and not prior.how.endswith("(pronoun)"):
            after = prior
        elif prior.frame_start is None:
            prior = None
    if after is not None and not short:
        return after
    if prior is not None:
        return prior
    if after is not None:
        return after
    if short:
        return QuoteFinding(passage=quote, kind="scare", how="a word or two in marks, no speaker")
    return _continued(reading, quote, before) or QuoteFinding(passage=quote)


def _finding(
    reading: Reading,
    quote: QuotePassage,
    subject: Mention | NounPhrase | None,
    cue: Cue,
    how: str,
    frame_start: int | None = None,
) -> QuoteFinding | None:
    if subject is None:
        return None
    speaker = reading.person(subject, quote.start)
    if isinstance(subject, Mention) and subject.kind == "pronoun":
        how += " (pronoun)"
    return QuoteFinding(
        passage=quote,
        speaker=speaker,
        cue=cue_phrase(reading.frame.masked, cue),
        how=how if speaker is not None else how + ": the speaker is not settled",
        lemma=cue.lemma,
        cue_at=cue.start,
        frame_start=frame_start,
    )


def _after(reading: Reading, quote: QuotePassage, s_end: int) -> QuoteFinding | None:
    """A cue just after the passage: ",” said X", "” he said", ",” X told the BBC"."""
    masked = reading.frame.masked
    stop = masked.find(QUOTE_CHAR, quote.close_end)
    stop = s_end if stop < 0 or stop > s_end else stop
    lead = re.match(r"[\s,]*", masked[quote.close_end : stop])
    start = quote.close_end + (lead.end() if lead else 0)
    cues = find_cues(masked, start, stop)
    if not cues:
        return None
    cue = cues[0]
    mentions = reading.between(start, stop)
    gap = masked[start : cue.start]
    if not gap.strip() or cue.lemma == "according to":
        # "said Ms Majid", "according to X": the speaker follows the verb
        nxt = next((m for m in mentions if m.start >= cue.end), None)
        if nxt is not None and not masked[cue.end : nxt.start].strip(" ,"):
            return _finding(reading, quote, nxt, cue, "reporting verb after the quote")
        after_cue = cue.end + len(masked[cue.end : stop]) - len(masked[cue.end : stop].lstrip())
        phrase = leading_noun_phrase(masked, after_cue, stop)
        if phrase is not None and cue.lemma != "according to":
            return _finding(reading, quote, phrase, cue, "reporting verb after the quote")
        return None
    words = gap.split()
    first = next((m for m in mentions if m.start == start), None)
    if first is not None and _only_asides(masked[first.end : cue.start]):
        return _finding(reading, quote, first, cue, "reporting verb after the quote")
    if words and len(words) <= 6:
        subject = find_subject(masked, reading.between(start, cue.start), start, cue)
        if isinstance(subject, NounPhrase) and subject.start == start:
            return _finding(reading, quote, subject, cue, "reporting verb after the quote")
    opens = not masked[reading.frame.sentence_at(quote.open_at)[0] : quote.open_at].strip()
    if opens and quote.words >= 3:
        return _sentence_end(reading, quote, start, stop)
    return None


def _sentence_end(
    reading: Reading, quote: QuotePassage, start: int, stop: int
) -> QuoteFinding | None:
    """A sentence that opens with the quote, goes on, and ends ", he said." or ", said Mr X."."""
    masked = reading.frame.masked
    end = stop
    while end > start and masked[end - 1] in " .!?":
        end -= 1
    comma = masked.rfind(",", start, end)
    if comma < 0:
        return None
    cues = find_cues(masked, comma, end)
    tail = reading.between(comma + 1, end)
    if len(cues) != 1 or not tail or len(masked[comma:end].split()) > 6:
        return None
    cue, mention = cues[0], tail[0]
    if mention.start < cue.start:
        fits = not masked[comma + 1 : mention.start].strip() and _only_asides(
            masked[mention.end : cue.start]
        )
        fits = fits and not masked[object_end(masked, cue) : end].strip()
    else:
        fits = (
            not masked[comma + 1 : cue.start].strip()
            and not masked[cue.end : mention.start].strip()
        )
        fits = fits and not masked[mention.end : end].strip()
    if not fits:
        return None
    return _finding(reading, quote, mention, cue, "reporting verb at the end of the sentence")


def _only_asides(text: str) -> bool:
    """Nothing but auxiliaries, a bracket or a ", who ...," clause between a name and its verb:
    "Mohamaddin (photo) replied", "Mohamaddin, who is also Silam MP, said"."""
    text = re.sub(r"\([^()]{0,60}\)", " ", text)
    text = re.sub(r"^\s*,[^,]{0,80},", " ", text)
    return all(w.lower() in AUXILIARIES for w in text.split())


def _before(reading: Reading, quote: QuotePassage, s_start: int) -> QuoteFinding | None:
    """A cue before the passage in its sentence: "X said: “...”", "X said Labour was “...”"."""
    masked = reading.frame.masked
    cues = [c for c in find_cues(masked, s_start, quote.open_at) if c.lemma != "according to"]
    according = [c for c in find_cues(masked, s_start, quote.open_at) if c.lemma == "according to"]
    if according:
        cue = according[-1]
        nxt = next(iter(reading.between(cue.end, quote.open_at)), None)
        if nxt is not None and nxt.end <= quote.open_at:
            return _finding(reading, quote, nxt, cue, "“according to” before the quote")
    if not cues:
        return None
    cue = cues[-1]
    complement = masked[object_end(masked, cue) : quote.open_at]
    if QUOTE_CHAR in complement and complement.strip(" ,:" + QUOTE_CHAR):
        return None
    clause = _clause_start(masked, s_start, cue.start)
    passive = re.match(r"\s+by\s+", masked[cue.end : quote.open_at])
    agent = None
    if passive is not None:
        at = cue.end + passive.end()
        agent = next(iter(reading.between(at, at + 1)), None)
    subject = agent or chained_subject(masked, reading.between(clause, cue.start), clause, cue)
    if subject is None and cue.lemma == "say" and masked[cue.end : cue.end + 1] in (" ",):
        # "said Mr Finch: “...”"
        nxt = next(iter(reading.between(cue.end + 1, quote.open_at)), None)
        if nxt is not None and not masked[cue.end : nxt.start].strip():
            subject = nxt
    frame_start = None
    if agent is not None:
        complement = masked[agent.end : quote.open_at]
    words = complement.strip(" ,:").strip()
    if complement.rstrip().endswith(":"):
        words = ""  # "wrote on Twitter: “...”": the quote is the whole of what was said
    if words:
        offset = object_end(masked, cue)
        offset += len(complement) - len(complement.lstrip())
        if masked[offset : offset + 5] == "that ":
            offset += 5
        frame_start = offset
    how = "partial quote in the reporter's sentence" if words else "reporting verb before the quote"
    return _finding(reading, quote, subject, cue, how, frame_start)


def _clause_start(masked: str, s_start: int, cue_at: int) -> int:
    """The start of the clause holding a cue: after the last ";" or a quote, else the sentence."""
    segment = masked[s_start:cue_at]
    cut = max(segment.rfind(";"), segment.rfind(QUOTE_CHAR))
    return s_start if cut < 0 else s_start + cut + 1


def _continued(
    reading: Reading, quote: QuotePassage, before: list[QuoteFinding]
) -> QuoteFinding | None:
    """The passage goes on from the speech quoted just before it."""
    frame = reading.frame
    masked = frame.masked
    previous = next((f for f in reversed(before) if f.kind == "speech"), None)
    if quote.paragraph > 0 and masked[: quote.open_at].rstrip().endswith(":"):
        p_start, _ = frame.paragraphs[quote.paragraph - 1]
        s_start = frame.sentence_at(frame.paragraphs[quote.paragraph - 1][1] - 1)[0]
        intro = _before(reading, quote, max(s_start, p_start))
        if intro is not None:
            intro.how = "introduced at the end of the paragraph before"
            return intro
    if previous is None or previous.speaker is None:
        return None
    same_paragraph = previous.passage.paragraph == quote.paragraph
    running = previous.passage.continued and quote.continues
    next_paragraph = (
        previous.passage.paragraph == quote.paragraph - 1
        and not masked[frame.paragraphs[quote.paragraph][0] : quote.open_at].strip()
    )
    if not (same_paragraph or running or next_paragraph):
        return None
    for mention in reading.between(previous.passage.close_end, quote.open_at):
        if mention.possessive:
            continue
        person = reading.person(mention, quote.start)
        if person is None or person is previous.speaker or person.kind == "organisation":
            continue
        if not (person.single and not person.spoke):
            return None  # someone else is named in between
    how = (
        "the quote runs on from the paragraph before"
        if running or next_paragraph
        else ("goes on from the quote before it")
    )
    same_sentence = frame.sentence_index(previous.passage.open_at) == frame.sentence_index(
        quote.open_at
    )
    return QuoteFinding(
        passage=quote,
        speaker=previous.speaker,
        cue=previous.cue,
        how=how if previous.frame_start is None or not same_sentence else previous.how,
        lemma=previous.lemma,
        cue_at=None,
        frame_start=previous.frame_start if same_sentence else None,
    )
