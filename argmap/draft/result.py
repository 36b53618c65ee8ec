"""What a draft is made of: the map, and every quote and reported claim behind it."""

from __future__ import annotations

from attrs import frozen

from argmap.model import ArgumentMap

__all__ = ["DraftQuote", "DraftReport", "DraftResult"]


@frozen(kw_only=True)
class DraftQuote:
    """One quoted passage of the article and what the draft made of it.

    Attributes:
        text: the words between the marks, verbatim.
        start, end: their span in the article.
        paragraph: the 1-based paragraph (as argmap's quote checker counts them).
        kind: ``speech``, ``scare`` (a word or two in marks, left out of the map) or ``title``.
        speaker: the speaker's name, None when unknown or not speech.
        actor: the speaker's actor id in the map.
        cue: the reporting verb as written.
        how: the rule that found the speaker.
        attribution: the id of the attribution holding the quote, None when left out.
    """

    text: str
    start: int
    end: int
    paragraph: int
    kind: str
    speaker: str | None
    actor: str | None
    cue: str | None
    how: str
    attribution: str | None


@frozen(kw_only=True)
class DraftReport:
    """One piece of reported speech and its indirect attribution."""

    text: str
    start: int
    end: int
    speaker: str
    actor: str
    cue: str
    how: str
    attribution: str


@frozen(kw_only=True)
class DraftResult:
    """The draft map, with every quote, reported claim and warning behind it."""

    map: ArgumentMap
    quotes: tuple[DraftQuote, ...]
    reported: tuple[DraftReport, ...]
    warnings: tuple[str, ...]
