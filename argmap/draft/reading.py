"""The article as read: its masked frame, every mention, and the cast they resolve to.

>>> from argmap.draft.sentences import Frame
>>> reading = read_cast(Frame.of("Ann Lee, a nurse, met Mr Ray. She spoke first.", ()))
>>> [(p.name, p.role) for p in reading.cast.people]
[('Ann Lee', 'nurse'), ('Mr Ray', None)]
>>> reading.person(reading.mentions[-1], 0).name
'Ann Lee'
"""

from __future__ import annotations

from bisect import bisect_left

from attrs import define, field

from argmap.draft.cast import Cast, Person
from argmap.draft.cues import NounPhrase
from argmap.draft.mentions import Mention, describe, find_mentions, premodifier
from argmap.draft.sentences import Frame

__all__ = ["Reading", "read_cast"]


@define
class Reading:
    """The article as read so far: its frame, its mentions and its cast."""

    frame: Frame
    mentions: list[Mention]
    cast: Cast
    resolved: dict[int, Person | None] = field(factory=dict)
    starts: list[int] = field(factory=list)

    def between(self, start: int, stop: int) -> list[Mention]:
        """The mentions that start between ``start`` and ``stop``, in order."""
        if len(self.starts) != len(self.mentions):
            self.starts = [m.start for m in self.mentions]
        return self.mentions[bisect_left(self.starts, start) : bisect_left(self.starts, stop)]

    def person(self, subject: Mention | NounPhrase | None, at: int) -> Person | None:
        """The person a subject stands for (a pronoun is resolved at the place it is used)."""
        if subject is None:
            return None
        if isinstance(subject, NounPhrase):
            return self.cast.group(subject.text, subject.start, plural=subject.plural)
        if subject.kind == "pronoun":
            return self._pronoun(subject)
        if subject.kind == "description":
            return self.cast.resolve(subject, subject.start)
        return self.resolved.get(subject.start)

    def _pronoun(self, pronoun: Mention) -> Person | None:
        """ "He" or "she": the first person named in its sentence before it, else in one of the
        three sentences before (the subject, as news writing goes), else the last speaker."""
        index = self.frame.sentence_index(pronoun.start)
        for number in range(index, max(index - 4, -1), -1):
            start, end = self.frame.sentences[number]
            stop = pronoun.start if number == index else end
            for mention in self.between(start, stop):
                if mention.start == pronoun.start:
                    continue
                if mention.kind == "pronoun":
                    if mention.gender == pronoun.gender:
                        return self._pronoun(mention)
                    continue
                person = self.resolved.get(mention.start)
                if mention.possessive or person is None or person.kind != "person":
                    continue
                if person.single and not person.spoke:
                    continue
                if pronoun.gender and person.gender not in (None, pronoun.gender):
                    continue
                person.gender = person.gender or pronoun.gender
                return person
        paragraph = self.frame.paragraph_index(pronoun.start)
        since = self.frame.paragraphs[max(paragraph - 1, 0)][0]
        return self.cast.pronoun(pronoun, pronoun.start, since)


def read_cast(frame: Frame) -> Reading:
    """Find every mention of the reporter's words and resolve the named ones, in order.

    Args:
        frame: the masked article.

    Returns:
        The reading, with each named mention resolved to a person and roles recorded.
    """
    mentions = find_mentions(frame.masked)
    cast = Cast()
    reading = Reading(frame=frame, mentions=mentions, cast=cast)
    for mention in mentions:
        if mention.kind in ("pronoun", "description"):
            continue
        person = cast.resolve(mention, mention.start)
        reading.resolved[mention.start] = person
        if person is not None:
            cast.describe(
                person,
                describe(frame.masked, mention.end),
                mention,
                premodifier(frame.masked, mention.start) if mention.kind == "person" else None,
            )
    return reading
