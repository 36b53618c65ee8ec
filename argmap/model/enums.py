"""The closed vocabularies of the model: kinds, modes, stances.

Every enum takes its value as a plain string too, so documents and keyword arguments can say
``kind="undercut"``:

>>> AttackKind("undercut") is AttackKind.UNDERCUT
True
>>> str(Stance.CONCEDES)
'concedes'
"""

from __future__ import annotations

from enum import StrEnum

__all__ = [
    "ActorKind",
    "AttackKind",
    "ClaimKind",
    "Mode",
    "Response",
    "SourceKind",
    "Stance",
]


class ClaimKind(StrEnum):
    """What sort of proposition a claim is."""

    FACT = "fact"
    VALUE = "value"
    POLICY = "policy"
    CAUSAL = "causal"
    PREDICTION = "prediction"


class AttackKind(StrEnum):
    """How a rebuttal attacks.

    * ``rebut``: against a claim, typically a conclusion ("that is false").
    * ``undermine``: against a claim used as a premise ("your reason is false").
    * ``undercut``: against an argument's inference ("that does not follow").
    """

    REBUT = "rebut"
    UNDERMINE = "undermine"
    UNDERCUT = "undercut"


class Mode(StrEnum):
    """How a source reports what an actor said."""

    DIRECT = "direct"
    """A verbatim quote."""
    INDIRECT = "indirect"
    """A paraphrase."""
    MIXED = "mixed"
    """A paraphrase with quoted fragments."""


class Stance(StrEnum):
    """The actor's stance towards the claim."""

    ASSERTS = "asserts"
    DENIES = "denies"
    CONCEDES = "concedes"
    QUESTIONS = "questions"


class Response(StrEnum):
    """How an attribution answers an earlier one."""

    AGREES = "agrees"
    COUNTERS = "counters"
    ECHOES = "echoes"
    ANSWERS = "answers"


class ActorKind(StrEnum):
    """Who speaks."""

    PERSON = "person"
    ORGANISATION = "organisation"
    GROUP = "group"


class SourceKind(StrEnum):
    """Where words were read, or first said."""

    NEWS_ARTICLE = "news_article"
    OPINION_ARTICLE = "opinion_article"
    BLOG_POST = "blog_post"
    SPEECH = "speech"
    CONFERENCE = "conference"
    DEBATE = "debate"
    INTERVIEW = "interview"
    REPORT = "report"
    BROADCAST = "broadcast"
    BOOK = "book"
    OTHER = "other"
