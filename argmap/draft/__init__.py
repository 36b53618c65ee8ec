"""Draft a map from a news article: every quote, its speaker and its reporting verb.

The pipeline, one module a step: :mod:`~argmap.draft.quote_marks` finds the quoted passages,
:mod:`~argmap.draft.sentences` masks them and cuts the reporter's words into sentences,
:mod:`~argmap.draft.mentions` and :mod:`~argmap.draft.cast` find who is named and who "she"
is, :mod:`~argmap.draft.cues` finds reporting verbs (from :mod:`~argmap.draft.lexicon`) and
their subjects, :mod:`~argmap.draft.speakers` and :mod:`~argmap.draft.reported` attribute
quotes and reported speech, and :mod:`~argmap.draft.build` writes the map.

>>> from argmap.draft import draft
>>> m = draft("“It is over,” said Ann Lee, a nurse. (An invented example.)")
>>> m.actors[0].name, m.actors[0].role, m.attributions[0].quote
('Ann Lee', 'nurse', 'It is over,')
"""

from argmap.draft.build import (
    DRAFT_TAG,
    UNKNOWN_SPEAKER,
    DraftQuote,
    DraftReport,
    DraftResult,
    draft,
    draft_result,
)

__all__ = [
    "DRAFT_TAG",
    "UNKNOWN_SPEAKER",
    "DraftQuote",
    "DraftReport",
    "DraftResult",
    "draft",
    "draft_result",
]
