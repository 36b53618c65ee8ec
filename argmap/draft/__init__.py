"""Draft a map from a news article: every quote, its speaker and its reporting verb.

The pipeline, one module a step: [`quote_marks`][] finds the quoted passages,
[`sentences`][] masks them and cuts the reporter's words into sentences,
[`mentions`][] and [`cast`][] find who is named and who "she"
is, [`cues`][] finds reporting verbs (from [`lexicon`][]) and
their subjects, [`speakers`][] and [`reported`][] attribute
quotes and reported speech, and [`build`][argmap.draft.build] writes the map
([`result`][] holds what a draft is made of).

>>> from argmap.draft import draft
>>> m = draft("“It is over,” said Ann Lee, a nurse. (An invented example.)")
>>> m.actors[0].name, m.actors[0].role, m.attributions[0].quote
('Ann Lee', 'nurse', 'It is over,')
"""

from argmap.draft.build import DRAFT_TAG, UNKNOWN_SPEAKER, draft, draft_result
from argmap.draft.result import DraftQuote, DraftReport, DraftResult

__all__ = [
    "DRAFT_TAG",
    "UNKNOWN_SPEAKER",
    "DraftQuote",
    "DraftReport",
    "DraftResult",
    "draft",
    "draft_result",
]
