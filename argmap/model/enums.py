"""The closed vocabularies of argmap: kinds, modes, stances, and the statuses of evaluation.

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
    "STATUS_LABELS",
    "ActorKind",
    "AttackKind",
    "ClaimKind",
    "Label",
    "Mode",
    "Response",
    "SourceKind",
    "Stance",
    "Status",
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


class Label(StrEnum):
    """The status of an argument in a labelling (`argmap.semantics.labelling`)."""

    IN = "in"
    """Accepted: every attacker is out."""
    OUT = "out"
    """Rejected: some attacker is in."""
    UNDEC = "undec"
    """Neither: the framework does not settle it."""


class Status(StrEnum):
    """Where a claim stands after evaluation (`argmap.semantics.evaluate`)."""

    ACCEPTED = "accepted"
    """In every extension (grounded: labelled in)."""
    DEFENSIBLE = "defensible"
    """In some extension but not all."""
    UNDECIDED = "undecided"
    """In no extension, yet not defeated in all (grounded: undec); also every claim when a
    stable evaluation finds no stable extension."""
    REJECTED = "rejected"
    """Defeated (labelled out) in every extension."""


STATUS_LABELS: dict[Status, Label] = {
    Status.ACCEPTED: Label.IN,
    Status.REJECTED: Label.OUT,
    Status.UNDECIDED: Label.UNDEC,
}
"""The label a status corresponds to in a single labelling (``defensible`` has none).

>>> STATUS_LABELS[Status.ACCEPTED]
<Label.IN: 'in'>
"""
