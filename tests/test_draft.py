"""``argmap.draft`` on short invented snippets: one behaviour of news reporting per test.

Every snippet here is made up for the test; none is taken from a real article.
"""

from __future__ import annotations

import pytest

from argmap.draft import DRAFT_TAG, UNKNOWN_SPEAKER, DraftResult, draft, draft_result
from argmap.exceptions import ModelError
from argmap.model import Actor, Mode, Stance
from argmap.quotes import QuoteStatus, check_quotes


def _speech(result: DraftResult) -> list[tuple[str, str | None, str | None]]:
    return [(q.text, q.speaker, q.cue) for q in result.quotes if q.kind == "speech"]


def test_speaker_and_role_before_the_quote() -> None:
    result = draft_result(
        "Jo Park, transport director at the City Council, said: “The tram will cut traffic.”"
    )
    assert _speech(result) == [("The tram will cut traffic.", "Jo Park", "said")]
    park = result.map.get("jo-park", Actor)
    assert park.role == "transport director"
    assert park.affiliation is not None
    assert result.map.get(park.affiliation, Actor).name == "City Council"


def test_speaker_after_the_quote_inverted_and_not() -> None:
    text = "“Fares will rise,” said Ann Lee. “Not this year,” Tom Ray said."
    assert _speech(draft_result(text)) == [
        ("Fares will rise,", "Ann Lee", "said"),
        ("Not this year,", "Tom Ray", "said"),
    ]


def test_a_quote_split_by_he_said() -> None:
    text = "Tom Ray spoke. “The line is late,” he said, “and over budget.”"
    result = draft_result(text)
    assert _speech(result) == [
        ("The line is late,", "Tom Ray", "said"),
        ("and over budget.", "Tom Ray", "said"),
    ]


def test_partial_quote_inside_the_reporters_sentence_is_a_mixed_attribution() -> None:
    result = draft_result("Ann Lee said the council was “playing catch-up on transport”.")
    (attribution,) = result.map.attributions
    assert attribution.mode is Mode.MIXED
    assert attribution.fragments == ("playing catch-up on transport",)
    assert attribution.paraphrase == "the council was “playing catch-up on transport”"
    assert attribution.actor == "ann-lee"


def test_straight_curly_and_doubled_single_marks_in_one_text() -> None:
    text = (
        'Ann Lee said: "Buses first." Tom Ray said: “Trams first.” '
        "Bo Chen said: ''Bikes first.'' Eve Hall said: ‘Feet first.’"
    )
    assert [(q, s) for q, s, _ in _speech(draft_result(text))] == [
        ("Buses first.", "Ann Lee"),
        ("Trams first.", "Tom Ray"),
        ("Bikes first.", "Bo Chen"),
        ("Feet first.", "Eve Hall"),
    ]


def test_a_quote_opened_single_and_closed_double_and_an_unclosed_quote_warn() -> None:
    result = draft_result("The debate was entitled ‘Why did we lose?” Ann Lee said: “We did not")
    assert [(q.text, q.kind) for q in result.quotes] == [
        ("Why did we lose?", "title"),
        ("We did not", "speech"),
    ]
    assert any("closed with" in w for w in result.warnings)
    assert any("never closed" in w for w in result.warnings)


def test_a_quote_over_several_paragraphs() -> None:
    text = (
        "Ann Lee said: “The first part goes here.\n\n"
        "“The second part goes on here.\n\n"
        "“And the last part ends here.”\n\n"
        "Tom Ray disagreed."
    )
    result = draft_result(text)
    assert [(q.speaker, q.paragraph) for q in result.quotes] == [
        ("Ann Lee", 1),
        ("Ann Lee", 2),
        ("Ann Lee", 3),
    ]
    assert result.warnings == ()


def test_nested_quotes_stay_inside_the_outer_quote() -> None:
    text = "Ann Lee said: “They told me ‘no’ and I left.”"
    assert _speech(draft_result(text)) == [("They told me ‘no’ and I left.", "Ann Lee", "said")]


def test_speaker_only_in_an_earlier_paragraph_by_pronoun() -> None:
    text = "Ms Ann Lee, a nurse, spoke to us on Monday.\n\n“We are exhausted,” she said."
    assert _speech(draft_result(text)) == [("We are exhausted,", "Ann Lee", "said")]


def test_mr_and_ms_surname_and_the_surname_alone_are_one_actor() -> None:
    text = (
        "Ann Lee and Tom Ray met. “It went well,” said Ms Lee. "
        "“It did not,” Mr Ray said. “We will see,” Lee said."
    )
    result = draft_result(text)
    assert [s for _, s, _ in _speech(result)] == ["Ann Lee", "Tom Ray", "Ann Lee"]
    assert sorted(a.name for a in result.map.actors) == ["Ann Lee", "Tom Ray"]


def test_a_shared_surname_is_not_guessed() -> None:
    text = "Ed Lee and Jo Lee spoke. “No,” said Lee, “never again.”"
    result = draft_result(text)
    assert [q.speaker for q in result.quotes] == [None, None]
    assert result.map.get(UNKNOWN_SPEAKER, Actor).name == "unknown speaker"
    assert any("may be Ed Lee and Jo Lee" in w for w in result.warnings)


def test_a_description_is_resolved_only_by_a_role_the_text_gave() -> None:
    known = "Prime Minister Ann Lee visited. “It is over,” the former premier said."
    assert _speech(draft_result(known)) == [("It is over,", "Ann Lee", "said")]
    unknown = "Ann Lee visited. “It is over,” the former premier said."
    assert _speech(draft_result(unknown)) == [("It is over,", None, "said")]


def test_no_speaker_in_the_text_gives_the_unknown_speaker() -> None:
    result = draft_result("Nobody knew.\n\n“It will never work,” came the reply.")
    assert [q.speaker for q in result.quotes] == [None]
    assert result.map.attributions[0].actor == UNKNOWN_SPEAKER


def test_scare_quotes_are_set_aside_and_not_in_the_map() -> None:
    result = draft_result("The “core” vote of the “C2” group left. Ann Lee said: “We lost them.”")
    assert [(q.text, q.kind) for q in result.quotes] == [
        ("core", "scare"),
        ("C2", "scare"),
        ("We lost them.", "speech"),
    ]
    assert len(result.map.attributions) == 1
    note = result.map.sources[0].note or ""
    assert "“core” (scare, paragraph 1)" in note and "“C2” (scare, paragraph 1)" in note


def test_reported_speech_with_a_clear_shape() -> None:
    text = (
        "Ann Lee has claimed that the buses are too slow. Tom Ray said the council had lied. "
        "Fares will rise next year, said Ms Lee."
    )
    result = draft_result(text)
    assert [(r.speaker, r.cue, r.text) for r in result.reported] == [
        ("Ann Lee", "has claimed", "the buses are too slow"),
        ("Tom Ray", "said", "the council had lied"),
        ("Ann Lee", "said", "Fares will rise next year"),
    ]
    assert {a.mode for a in result.map.attributions} == {Mode.INDIRECT}


def test_the_stance_follows_the_verb() -> None:
    result = draft_result(
        "Ann Lee denied that the line was late. Tom Ray admitted that it was late."
    )
    assert [a.stance for a in result.map.attributions] == [Stance.DENIES, Stance.CONCEDES]


def test_told_the_paper_keeps_its_hearer_in_the_cue() -> None:
    result = draft_result("Ann Lee told the Gazette the plan was “dead in the water”.")
    assert _speech(result) == [("dead in the water", "Ann Lee", "told the Gazette")]


def test_quoted_as_saying_names_the_one_quoted_never_the_one_quoting() -> None:
    text = (
        "The Gazette quoted Ann Lee as saying: “The tram will cut traffic.” "
        "“Fares will rise,” Tom Ray was quoted as saying. "
        "Jo Park was quoted as saying: “The line is late.”"
    )
    assert _speech(draft_result(text)) == [
        ("The tram will cut traffic.", "Ann Lee", "saying"),
        ("Fares will rise,", "Tom Ray", "was quoted as saying"),
        ("The line is late.", "Jo Park", "was quoted as saying"),
    ]


def test_quoted_with_nobody_named_between_quoted_and_as_gets_no_speaker() -> None:
    result = draft_result("The Gazette quoted them as saying: “The tram will cut traffic.”")
    assert [q.speaker for q in result.quotes] == [None]


def test_an_unnamed_speaker_is_named_as_the_text_describes_them() -> None:
    result = draft_result("“We are reviewing it,” a council spokesman said.")
    assert _speech(result) == [("We are reviewing it,", "a council spokesman", "said")]
    (actor,) = result.map.actors
    assert actor.note and "does not name" in actor.note


def test_no_role_is_given_when_the_text_gives_none() -> None:
    result = draft_result("Ann Lee, on leaving the meeting, said: “It was long.”")
    assert [a.role for a in result.map.actors] == [None]


def test_one_claim_per_quote_tagged_draft_and_every_quote_checks() -> None:
    text = "Ann Lee said: “One.” Tom Ray said: “Two words.” Ms Lee has said that it is three."
    result = draft_result(text)
    assert len(result.map.claims) == 3
    assert all(c.tags == (DRAFT_TAG,) for c in result.map.claims)
    source = result.map.sources[0].id
    reports = check_quotes(result.map, {source: text})
    assert [r.status for r in reports] == [QuoteStatus.FOUND, QuoteStatus.FOUND]
    assert all(r.locator_matches for r in reports)


def test_source_from_the_first_lines_and_the_options() -> None:
    text = "Council splits on trams\n\nBy Ann Lee\n\n12 March 2024\n\nThe council met."
    source = draft(text).sources[0]
    assert (source.title, source.author, str(source.date)) == (
        "Council splits on trams",
        "Ann Lee",
        "2024-03-12",
    )
    given = draft(text, title="Trams", outlet="The Gazette", date="2024-03", url="https://x.org")
    source = given.sources[0]
    assert (source.title, source.outlet, str(source.date), source.url) == (
        "Trams",
        "The Gazette",
        "2024-03",
        "https://x.org",
    )


def test_a_text_without_a_headline_gets_a_placeholder_title_and_a_note() -> None:
    source = draft("Ann Lee said the council had lied to everyone.").sources[0]
    assert source.title == "Untitled article"
    assert source.note and "--title" in source.note


def test_a_bad_date_is_a_model_error() -> None:
    with pytest.raises(ModelError):
        draft("Text.", date="2024-13-40")


def test_an_empty_text_is_an_empty_draft() -> None:
    result = draft_result("")
    assert (result.quotes, result.reported, len(result.map.sources)) == ((), (), 1)


def test_single_marks_outside_double_marks_inside_as_british_papers_print_them() -> None:
    text = "Labour MP Jo Smith said: ‘It’s the members’ vote, and they said “no”.’"
    result = draft_result(text)
    assert _speech(result) == [("It’s the members’ vote, and they said “no”.", "Jo Smith", "said")]
    assert result.map.actors[0].role == "Labour MP"


def test_according_to_and_a_description_before_the_name() -> None:
    assert _speech(draft_result("According to Ann Lee, “the numbers do not add up”.")) == [
        ("the numbers do not add up", "Ann Lee", "According to")
    ]
    text = "The minister, Bo Chen, said the plan was “dead and buried”."
    result = draft_result(text)
    assert _speech(result) == [("dead and buried", "Bo Chen", "said")]
    assert result.map.get("bo-chen", Actor).role == "minister"


def test_a_quote_goes_on_past_an_organisation_named_in_between() -> None:
    text = "“We will fight,” said Ann Ray, a surgeon at St Mary’s Hospital. “And we will win.”"
    result = draft_result(text)
    assert [q.speaker for q in result.quotes] == ["Ann Ray", "Ann Ray"]
    assert result.map.get("ann-ray", Actor).role == "surgeon"


def test_a_role_written_before_the_name_stops_at_a_verb_or_preposition() -> None:
    text = "The family spoke through lawmaker Jo Vane. “We are grateful,” Vane said."
    result = draft_result(text)
    assert _speech(result) == [("We are grateful,", "Jo Vane", "said")]
    assert result.map.get("jo-vane", Actor).role == "lawmaker"


def test_a_quote_after_a_colon_is_direct_even_with_words_before_the_colon() -> None:
    result = draft_result("Ann Lee is a presenter. She wrote on Twitter: ‘Devastated at the plan.’")
    assert _speech(result) == [("Devastated at the plan.", "Ann Lee", "wrote")]
    assert result.map.attributions[0].mode is Mode.DIRECT
