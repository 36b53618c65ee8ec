"""argmap's own document: lossless JSON and YAML round trips, the schema, located errors."""

from __future__ import annotations

import json

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings

from argmap import ArgumentMap, DocumentError
from argmap.formats import dumps, loads, to_document
from argmap.model.enums import ActorKind, AttackKind, ClaimKind, Mode, Response, SourceKind, Stance
from argmap.schema import schema
from argmap.strategies import maps

ROUND_TRIPS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@ROUND_TRIPS
@given(maps())
@pytest.mark.parametrize("format_name", ["json", "yaml"])
def test_every_map_survives_a_round_trip(format_name: str, argument_map: ArgumentMap) -> None:
    text = dumps(argument_map, format_name)
    assert loads(text, format_name) == argument_map
    assert dumps(loads(text, format_name), format_name) == text


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(maps())
def test_every_dumped_document_matches_the_schema(argument_map: ArgumentMap) -> None:
    jsonschema.validate(json.loads(dumps(argument_map, "json")), schema())


def test_schema_enums_match_the_model() -> None:
    definitions = schema()["$defs"]
    pairs = [
        (definitions["claim"]["properties"]["kind"], ClaimKind),
        (definitions["rebuttal"]["properties"]["kind"], AttackKind),
        (definitions["actor"]["properties"]["kind"], ActorKind),
        (definitions["source"]["properties"]["kind"], SourceKind),
        (definitions["attribution"]["properties"]["mode"], Mode),
        (definitions["attribution"]["properties"]["stance"], Stance),
        (definitions["attribution"]["properties"]["response"], Response),
    ]
    for entry, enum in pairs:
        assert entry["enum"] == [member.value for member in enum]


def test_defaults_are_left_out() -> None:
    m = ArgumentMap()
    m.claim("c", id="c")
    m.actor("A", id="a")
    m.source("S", id="s")
    m.attribute("c", "a", "s", id="x", quote="words")
    document = to_document(m)
    assert document["attributions"] == [
        {"id": "x", "claim": "c", "actor": "a", "source": "s", "quote": "words"}
    ]
    assert document["actors"] == [{"id": "a", "name": "A"}]


HAND_WRITTEN = """\
argmap: 1
question: Should the city build a tram?
central: tram
actors:
  - id: mayor
    name: Jane Doe
    role: mayor
    affiliation: council
  - {id: council, name: City Council, kind: organisation}
sources:
  - {id: gazette, title: Tram plan unveiled, kind: news_article, date: 2024-03}
claims:
  - {id: tram, text: The city should build a tram}
  - {id: traffic, text: A tram cuts traffic}
arguments:
  - {id: why, premises: [traffic], conclusion: tram}
attributions:
  - id: said
    claim: traffic
    actor: mayor
    source: gazette
    quote: The tram will cut traffic
    cue: said
"""


def test_a_hand_written_yaml_document_loads() -> None:
    m = loads(HAND_WRITTEN, "yaml")
    assert m.central is not None and m.central.id == "tram"
    assert m.get("mayor").affiliation == "council"  # type: ignore[union-attr]
    assert str(m.get("gazette").date) == "2024-03"  # type: ignore[union-attr]
    assert m.attributions[0].mode is Mode.DIRECT


@pytest.mark.parametrize(
    ("broken", "message"),
    [
        (
            HAND_WRITTEN.replace("    quote: The tram", "    qoute: The tram"),
            "map.yaml:22: attributions[0].qoute: unknown field",
        ),
        (
            HAND_WRITTEN.replace("premises: [traffic]", "premises: [trafic]"),
            "map.yaml:16: arguments[0]: argument 'why' names premise 'trafic'",
        ),
        (
            HAND_WRITTEN.replace(
                "  - {id: traffic, text: A tram cuts traffic}", "  - {id: traffic}"
            ),
            "map.yaml:14: claims[1].text: required",
        ),
        (
            HAND_WRITTEN.replace("date: 2024-03", "date: 2024-13"),
            "map.yaml:11: sources[0].date: '2024-13' is not a date: there is no month 13",
        ),
        (HAND_WRITTEN.replace("central: tram", "central: [tram"), "map.yaml:4:7: not valid YAML"),
        (HAND_WRITTEN.replace("argmap: 1", "argmap: 7"), "map.yaml:1: argmap: format version 7"),
        (
            HAND_WRITTEN.replace("affiliation: council", "affiliation: counsel"),
            "map.yaml:8: actors[0].affiliation: actor 'mayor' names affiliation 'counsel'",
        ),
    ],
)
def test_bad_yaml_names_line_and_place(broken: str, message: str) -> None:
    with pytest.raises(DocumentError) as caught:
        loads(broken, "yaml", filename="map.yaml")
    assert str(caught.value).startswith(message)


def test_yaml_cannot_run_code() -> None:
    evil = "argmap: 1\ntitle: !!python/object/apply:os.system ['echo pwned']\n"
    with pytest.raises(DocumentError, match="not valid YAML"):
        loads(evil, "yaml")


def test_bad_json_names_line_and_column() -> None:
    with pytest.raises(DocumentError, match=r"^m.json:2:3: not valid JSON"):
        loads('{"argmap": 1,\n  }', "json", filename="m.json")


def test_wrong_types_are_refused_not_coerced() -> None:
    with pytest.raises(DocumentError, match=r"claims\[0\].text: expected text, got 5"):
        loads('{"argmap": 1, "claims": [{"id": "c", "text": 5}]}', "json")
    with pytest.raises(DocumentError, match=r"claims\[0\].tags: expected a list"):
        loads('{"argmap": 1, "claims": [{"id": "c", "text": "t", "tags": "ab"}]}', "json")
