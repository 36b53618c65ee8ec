"""Properties of ``argmap.draft`` on any text: it never crashes, every quote it reports stands
verbatim at its span and is found there by argmap's quote checker, and the draft is a valid
document that survives a round trip through YAML."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from argmap.draft import draft_result
from argmap.formats import dumps, loads
from argmap.quotes import QuoteStatus, SourceText, check_quotes
from argmap.strategies import news_texts, texts
from argmap.validation import Severity, validate


@settings(max_examples=300, deadline=None)
@given(news_texts() | texts(max_size=200))
def test_every_quote_is_verbatim_at_its_span_and_checks(text: str) -> None:
    result = draft_result(text)
    prepared = SourceText.from_text(text)
    for quote in result.quotes:
        assert text[quote.start : quote.end] == quote.text
        assert quote.text.strip() == quote.text and quote.text
        assert quote.paragraph == prepared.paragraph_at(quote.start)
    source = result.map.sources[0].id
    for report in check_quotes(result.map, {source: text}):
        assert report.status in (QuoteStatus.FOUND, QuoteStatus.AMBIGUOUS)
        assert report.locator_matches
    assert not [p for p in validate(result.map) if p.severity is Severity.ERROR]


@settings(max_examples=100, deadline=None)
@given(news_texts(), st.sampled_from(["yaml", "json"]))
def test_the_draft_survives_a_round_trip(text: str, format_name: str) -> None:
    argument_map = draft_result(text).map
    assert loads(dumps(argument_map, format_name), format_name) == argument_map


@settings(max_examples=100, deadline=None)
@given(news_texts())
def test_every_attribution_has_a_draft_claim_and_a_speaker_in_the_map(text: str) -> None:
    result = draft_result(text)
    m = result.map
    assert len(m.claims) == len(m.attributions)
    for attribution in m.attributions:
        assert attribution.actor in m and attribution.claim in m
    speech = [q for q in result.quotes if q.kind == "speech" and q.attribution]
    assert all(q.attribution in m for q in speech)
