"""Draft a map from a news article: the source, its speakers, every quote and reported claim.

>>> text = (
...     "Council splits over tram (an invented example)\\n\\n"
...     "Jo Park, transport director at the City Council, said: “The tram will cut traffic.”\\n\\n"
...     "Ms Park has claimed that buses are too slow. The “new” timetable starts soon."
... )
>>> result = draft_result(text, outlet="The Example Post")
>>> [(q.speaker, q.cue, q.text) for q in result.quotes if q.kind == "speech"]
[('Jo Park', 'said', 'The tram will cut traffic.')]
>>> [(r.speaker, r.cue, r.text) for r in result.reported]
[('Jo Park', 'has claimed', 'buses are too slow')]
>>> [q.text for q in result.quotes if q.kind == "scare"]
['new']
>>> m = result.map
>>> m.get("jo-park").role, m.get(m.get("jo-park").affiliation).name
('transport director', 'City Council')
>>> [c.tags for c in m.claims]
[('draft',), ('draft',)]
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence

from argmap.draft.cast import Person
from argmap.draft.header import read_header
from argmap.draft.quote_marks import QUOTATION_MARKS, find_quotes
from argmap.draft.reading import read_cast
from argmap.draft.reported import ReportedSpeech, clause_end, reported_in
from argmap.draft.result import DraftQuote, DraftReport, DraftResult
from argmap.draft.sentences import Frame
from argmap.draft.speakers import QuoteFinding, attribute_quote
from argmap.model import Actor, ArgumentMap, Attribution, Locator, PartialDate, Source, Stance
from argmap.quotes import QuoteStatus, SourceText, find_quote

__all__ = ["DRAFT_TAG", "UNKNOWN_SPEAKER", "draft", "draft_result"]

DRAFT_TAG = "draft"
"""The tag of every claim the draft makes: the article's words, to be rewritten."""

UNKNOWN_SPEAKER = "unknown-speaker"
"""The id of the actor that stands for every speaker the text does not name."""

_STANCES = {
    "deny": Stance.DENIES,
    "concede": Stance.CONCEDES,
    "admit": Stance.CONCEDES,
    "acknowledge": Stance.CONCEDES,
    "ask": Stance.QUESTIONS,
    "wonder": Stance.QUESTIONS,
}
_PARAGRAPH_BREAK = re.compile(r"\n[^\S\n]*(?:\n[^\S\n]*)+")
"""A line break, then blank lines: the paragraph rule of argmap's quote checker."""
_CLAIM_NOTE = (
    "Draft: the article's words. Rewrite as a proposition, join it to others, or delete it."
)


def draft(
    text: str,
    *,
    title: str | None = None,
    outlet: str | None = None,
    date: str | PartialDate | None = None,
    url: str | None = None,
) -> ArgumentMap:
    """Draft a map from the plain text of a news report.

    Args:
        text: the article, as plain text (paragraphs on their own lines).
        title: the article's title; else its headline (a short first line); else a placeholder.
        outlet: the newspaper or site.
        date: the date of publication (``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``); else a date
            line among the first lines.
        url: where it was published.

    Returns:
        A map with the article as its source, its speakers as actors, and one draft claim
        (tagged ``draft``) per quote or piece of reported speech, attributed to its speaker.
        See [`draft_result`][] for the quotes and warnings behind it.

    Raises:
        ModelError: the date is not a date.

    >>> m = draft("Mr Lee said: “We will win the vote.” (An invented example.)")
    >>> [(a.actor, a.quote, a.cue) for a in m.attributions]
    [('mr-lee', 'We will win the vote.', 'said')]
    """
    return draft_result(text, title=title, outlet=outlet, date=date, url=url).map


def draft_result(
    text: str,
    *,
    title: str | None = None,
    outlet: str | None = None,
    date: str | PartialDate | None = None,
    url: str | None = None,
    file: str | None = None,
) -> DraftResult:
    """Draft a map, and say how every quote and claim of it was found.

    Args:
        text: the article.
        title, outlet, date, url: as for [`draft`][].
        file: the name of the article's text file, recorded as the source's ``file`` so that
            ``argmap check --sources`` finds it.

    Returns:
        The map, the quotes (speech and set aside), the reported speech and the warnings.

    Raises:
        ModelError: the date is not a date.
    """
    header = read_header(text)
    found = find_quotes(text)
    frame = Frame.of(text, found.quotes)
    reading = read_cast(frame)
    findings: list[QuoteFinding] = []
    reported: list[ReportedSpeech] = []
    by_sentence: dict[int, list[int]] = {}
    for index, quote in enumerate(found.quotes):
        by_sentence.setdefault(frame.sentence_index(quote.open_at), []).append(index)
    for number, (s_start, s_end) in enumerate(frame.sentences):
        used: set[int] = set()
        for index in by_sentence.get(number, []):
            finding = attribute_quote(reading, found.quotes[index], findings)
            findings.append(finding)
            if finding.cue_at is not None:
                used.add(finding.cue_at)
        reported += reported_in(reading, s_start, s_end, used)
    builder = _Builder(text, frame)
    source = builder.source(
        title=title or header.title,
        outlet=outlet,
        date=date or header.date,
        url=url,
        author=header.author,
        file=file,
    )
    quotes = builder.quotes(findings, source)
    reports = builder.reported(reported, source)
    aside = [q for q in quotes if q.kind != "speech"]
    if aside:
        listed = ", ".join(f"“{q.text}” ({q.kind}, paragraph {q.paragraph})" for q in aside)
        builder.map.update(source, note=f"{source.note} Set aside, not in the map: {listed}.")
    warnings = list(found.warnings) + reading.cast.problems + builder.warnings
    return DraftResult(
        map=builder.map, quotes=tuple(quotes), reported=tuple(reports), warnings=tuple(warnings)
    )


class _Builder:
    """Puts the findings into a map: one actor per person, one claim per quote or report."""

    def __init__(self, text: str, frame: Frame) -> None:
        self.text = text
        self.frame = frame
        self.prepared: SourceText | None = None
        content = len(text) - len(text.lstrip())
        self.breaks = [m.end() for m in _PARAGRAPH_BREAK.finditer(text) if m.start() > content]
        self.map = ArgumentMap()
        self.actors: dict[int, Actor] = {}
        self.warnings: list[str] = []

    def source(
        self,
        *,
        title: str | None,
        outlet: str | None,
        date: str | PartialDate | None,
        url: str | None,
        author: str | None,
        file: str | None,
    ) -> Source:
        note = "Drafted by argmap draft: check every element against the article."
        if title is None:
            note += " The text gives no headline: give the title (--title)."
        name = title or "Untitled article"
        self.map.title = f"Draft: {name}"
        return self.map.source(
            name,
            kind="news_article",
            outlet=outlet,
            date=date,
            url=url,
            author=author,
            file=file,
            note=note,
        )

    def actor(self, person: Person | None) -> Actor:
        if person is None:
            if UNKNOWN_SPEAKER not in self.map:
                self.map.actor(
                    "unknown speaker",
                    id=UNKNOWN_SPEAKER,
                    note="Stands for every speaker the draft could not find in the text: "
                    "name the speaker, or delete the attribution.",
                )
            return self.map.get(UNKNOWN_SPEAKER, Actor)
        known = self.actors.get(id(person))
        if known is not None:
            return known
        affiliation = None
        if person.organisation is not None:
            affiliation = next(
                (a for a in self.map.actors if a.name == person.organisation), None
            ) or self.map.actor(
                person.organisation, kind="organisation", description=person.organisation_note
            )
        actor = self.map.actor(
            person.name,
            kind=person.kind,
            role=person.role,
            affiliation=affiliation.id if affiliation else None,
            note=person.note,
        )
        self.actors[id(person)] = actor
        return actor

    def paragraph_at(self, offset: int) -> int:
        """The paragraph number argmap's quote checker gives an offset (blank lines part
        paragraphs, as in
        [`argmap.quotes.SourceText.paragraph_at`][argmap.quotes.source_text.SourceText.paragraph_at])."""
        return bisect_right(self.breaks, offset) + 1

    def locator(self, quote: str, start: int, end: int) -> Locator | None:
        """Where argmap's quote checker finds the quote, at the place it was read.

        The quote is the text between its marks, so the checker finds it at its own span; a
        quote with a mark at either end (a nested quote at its edge) is looked up by the
        checker itself, since the checker sets such marks aside.
        """
        if quote[:1] not in QUOTATION_MARKS and quote[-1:] not in QUOTATION_MARKS:
            return Locator(start=start, end=end, paragraph=self.paragraph_at(start))
        if self.prepared is None:
            self.prepared = SourceText.from_text(self.text)
        check = find_quote(quote, self.prepared)
        if check.status is QuoteStatus.NOT_FOUND:
            self.warnings.append(f"the quote “{quote}” is not found verbatim; it is left out")
            return None
        for occurrence in check.occurrences:
            if occurrence.start < end and start < occurrence.end:
                return Locator(
                    start=occurrence.start, end=occurrence.end, paragraph=occurrence.paragraph
                )
        return None

    def quotes(self, findings: Sequence[QuoteFinding], source: Source) -> list[DraftQuote]:
        groups: dict[int, list[QuoteFinding]] = {}
        for finding in findings:
            if finding.kind == "speech" and finding.frame_start is not None:
                groups.setdefault(finding.frame_start, []).append(finding)
        attribution_of: dict[int, str | None] = {}
        for finding in findings:
            passage = finding.passage
            if finding.kind != "speech":
                attribution_of[passage.start] = None
                continue
            if finding.frame_start is not None:
                if passage.start not in attribution_of:
                    made = self._mixed(groups[finding.frame_start], source)
                    for member in groups[finding.frame_start]:
                        attribution_of[member.passage.start] = made
                continue
            attribution_of[passage.start] = self._direct(finding, source)
        out: list[DraftQuote] = []
        for finding in findings:
            passage = finding.passage
            made = attribution_of.get(passage.start)
            actor = self.map.get(made, Attribution).actor if made else None
            out.append(
                DraftQuote(
                    text=passage.text,
                    start=passage.start,
                    end=passage.end,
                    paragraph=self.paragraph_at(passage.start),
                    kind=finding.kind,
                    speaker=finding.speaker.name if finding.speaker else None,
                    actor=actor,
                    cue=finding.cue,
                    how=finding.how,
                    attribution=made,
                )
            )
        return out

    def _direct(self, finding: QuoteFinding, source: Source) -> str | None:
        passage = finding.passage
        locator = self.locator(passage.text, passage.start, passage.end)
        if locator is None:
            return None
        claim = self.map.claim(
            passage.text.rstrip(",;: ") or passage.text, tags=(DRAFT_TAG,), note=_CLAIM_NOTE
        )
        attribution = self.map.attribute(
            claim,
            self.actor(finding.speaker),
            source,
            quote=passage.text,
            cue=finding.cue,
            stance=_STANCES.get(finding.lemma or "", Stance.ASSERTS),
            locators=(locator,),
            note=f"Draft: {finding.how}.",
        )
        return attribution.id

    def _mixed(self, group: Sequence[QuoteFinding], source: Source) -> str | None:
        first = group[0]
        start = first.frame_start or first.passage.open_at
        s_end = self.frame.sentence_at(first.passage.open_at)[1]
        end = max(clause_end(self.frame.masked, start, s_end), group[-1].passage.close_end)
        paraphrase = self.text[start:end].strip()
        fragments, locators = [], []
        for member in group:
            locator = self.locator(member.passage.text, member.passage.start, member.passage.end)
            if locator is None:
                return None
            fragments.append(member.passage.text)
            locators.append(locator)
        claim = self.map.claim(paraphrase, tags=(DRAFT_TAG,), note=_CLAIM_NOTE)
        attribution = self.map.attribute(
            claim,
            self.actor(first.speaker),
            source,
            fragments=fragments,
            paraphrase=paraphrase,
            cue=first.cue,
            stance=_STANCES.get(first.lemma or "", Stance.ASSERTS),
            locators=locators,
            note=f"Draft: {first.how}.",
        )
        return attribution.id

    def reported(self, pieces: Sequence[ReportedSpeech], source: Source) -> list[DraftReport]:
        out: list[DraftReport] = []
        for piece in pieces:
            actor = self.actor(piece.speaker)
            claim = self.map.claim(piece.text, tags=(DRAFT_TAG,), note=_CLAIM_NOTE)
            attribution = self.map.attribute(
                claim,
                actor,
                source,
                paraphrase=piece.text,
                cue=piece.cue,
                stance=_STANCES.get(piece.lemma, Stance.ASSERTS),
                note=f"Draft: {piece.how}.",
            )
            out.append(
                DraftReport(
                    text=piece.text,
                    start=piece.start,
                    end=piece.end,
                    speaker=piece.speaker.name,
                    actor=actor.id,
                    cue=piece.cue,
                    how=piece.how,
                    attribution=attribution.id,
                )
            )
        return out
