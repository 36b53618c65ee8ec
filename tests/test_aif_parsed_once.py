"""An AIF file whose content told its format is parsed once, with the answers of the text reader.

The registry's content tests parse a plain ``.json`` file to tell its format
([`Content.json`][argmap.formats.contract.Content.json]); the AIF reader then reads that
parsed value ([`read_aif.loads_json`][argmap.formats.aif.read_aif.loads_json]) instead of
parsing the text again. A key given twice is still found, from the text
([`keeps_every_key`][argmap.formats._json.keeps_every_key]), and every answer (map, notes,
error and place) is the one the text reader gives.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from test_aif_fuzz import EXAMPLES, aif_documents, mutated

from argmap import ArgumentMap
from argmap.exceptions import ArgmapError, DocumentError
from argmap.files import load, read
from argmap.formats import aif
from argmap.formats._json import containers_and_keys, keeps_every_key, parse_json
from argmap.formats.aif._bulk import read as one_pass
from argmap.formats.aif._dict_graph import DictGraph
from argmap.formats.aif.read_aif import loads_json
from argmap.formats.contract import Content
from argmap.formats.document import to_document
from argmap.formats.registry import FORMATS, detect, detect_content
from argmap.strategies import maps

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from bench_model import generate

SAME = settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))


def _answer(read_map: Any) -> dict[str, Any]:
    try:
        m = read_map()
    except ArgmapError as error:
        return {"error": type(error).__name__, "message": str(error)}
    return {"document": to_document(m)}


def _both_ways(text: str) -> tuple[dict[str, Any], dict[str, Any]]:
    """The answer from the value the content tests parse (from the text, when they cannot
    parse it), and the answer from the text."""
    value = Content(text).parsed
    if value is None:
        parsed = _answer(lambda: aif.loads(text, filename="x.json"))
    else:
        parsed = _answer(lambda: loads_json(text, value, filename="x.json"))
    return parsed, _answer(lambda: aif.loads(text, filename="x.json"))


# ---------------------------------------------------------------------------- the parsed value


@SAME
@given(aif_documents())
def test_a_parsed_hostile_document_reads_as_its_text(text: str) -> None:
    parsed, from_text = _both_ways(text)
    assert parsed == from_text


@SAME
@given(mutated("aif"))
def test_a_parsed_mutated_corpus_file_reads_as_its_text(text: str) -> None:
    parsed, from_text = _both_ways(text)
    assert parsed == from_text


@SAME
@given(maps(max_claims=8))
def test_a_parsed_written_map_reads_as_its_text(m: ArgumentMap) -> None:
    parsed, from_text = _both_ways(aif.dumps(m))
    assert parsed == from_text


@SAME
@given(aif_documents())
def test_a_key_given_twice_is_refused_from_the_parsed_value_too(text: str) -> None:
    doubled = text.replace('"type":', '"type": "I", "type":', 1)
    if doubled == text:
        return
    parsed, from_text = _both_ways(doubled)
    assert parsed == from_text
    assert "error" in parsed


# ---------------------------------------------------------------------------- the whole file


def _aif_file(tmp_path: Path, text: str, name: str = "debate.json") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_a_plain_json_aif_file_is_parsed_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The text is decoded once: for the content test; the reader takes what it parsed.
    (Decoded by json, or by orjson when the ``fast`` extra is installed; json's look at a
    short text, ``json_loads``'s check that it reads deep enough, is no decode of the file.)"""
    from argmap.formats import _json

    text = aif.dumps(generate(40))
    path = _aif_file(tmp_path, text)
    calls: list[int] = []
    real = json.JSONDecoder.decode
    fast = _json._orjson_loads()

    def counted(self: json.JSONDecoder, given: str, *args: Any, **kwargs: Any) -> Any:
        calls.extend([1] if len(given) >= len(text) else [])
        return real(self, given, *args, **kwargs)

    def counted_fast(given: str) -> Any:
        calls.extend([1] if len(given) >= len(text) else [])
        assert fast is not None
        return fast(given)

    monkeypatch.setattr(json.JSONDecoder, "decode", counted)
    if fast is not None:
        monkeypatch.setattr(_json, "_orjson_loads", lambda: counted_fast)
    chosen, m = read(path)
    assert (chosen.name, len(calls)) == ("aif", 1)
    assert to_document(m) == to_document(aif.loads(text, filename=str(path)))


def test_a_file_named_as_aif_is_read_from_its_text(tmp_path: Path) -> None:
    """The name settles the format, so no content test parsed it: the reader parses."""
    text = '{"nodes": [{"nodeID": "1", "type": "I", "text": "Fees go"}], "edges": []}'
    path = _aif_file(tmp_path, text, "debate.aif.json")
    assert detect_content(str(path), text) == (FORMATS["aif"], None)
    assert [c.text for c in load(path).claims] == ["Fees go"]


@pytest.mark.parametrize(
    "text",
    [
        '{"nodes": [{"nodeID": "1", "type": "I", "text": "A"}], "edges": [], "edges": []}',
        '{"nodes": [{"nodeID": "1", "type": "I", "text": "A", "text": "B"}], "edges": []}',
        '{"nodes": [{"nodeID" : "1", "type": "I", "text": "A"}], "edges": []}',
        '{"nodes": [{"nodeID": "1", "type": "I", "text": "say \\":"}], "edges": []}',
        '{"nodes": [{"nodeID": "1", "type": "I", "text": "A"}], "edges": [{"fromID": "1"}]}',
    ],
    ids=["top key twice", "node key twice", "space before a colon", "quote colon", "bad edge"],
)
def test_a_file_reads_as_its_text_whichever_way(tmp_path: Path, text: str) -> None:
    path = _aif_file(tmp_path, text)
    try:
        expected: Any = to_document(aif.loads(text, filename=str(path)))
    except DocumentError as error:
        with pytest.raises(DocumentError) as raised:
            load(path)
        assert (str(raised.value), raised.value.line) == (str(error), error.line)
        return
    assert to_document(load(path)) == expected


def test_two_byte_order_marks_are_the_text_readers_error() -> None:
    """The content tests skip every byte order mark, a reader only one: the text decides."""
    text = '\ufeff\ufeff{"nodes": [], "edges": []}'
    chosen, content = detect_content("debate.json", text)
    assert chosen is FORMATS["aif"] and content is not None and content.json is not None
    with pytest.raises(DocumentError) as expected:
        aif.loads(text, filename="debate.json")
    with pytest.raises(DocumentError) as got:
        chosen.loads(text, filename="debate.json", content=content)
    assert str(got.value) == str(expected.value)


def test_detect_is_detect_content_without_the_content() -> None:
    for name, text in [
        ("x.json", '{"argmap": 1}'),
        ("x.json", '{"nodes": [], "edges": []}'),
        ("x.json", '{"nodes": [], "edges": [], "resources": []}'),
        ("x.txt", "Discussion Title: Tram\n"),
        ("x.yaml", "argmap: 1\n"),
    ]:
        assert detect(name, text) is detect_content(name, text)[0]


# ---------------------------------------------------------------------------- keys given twice

_KEYS = st.sampled_from(["a", "b", "a b", 'q"', "c:", 'x":', ":y", "back\\", ""])
_SCALARS = st.one_of(st.none(), st.integers(-5, 5), _KEYS)
_TREES = st.recursive(
    _SCALARS,
    lambda inner: (
        st.lists(inner, max_size=4).map(lambda items: ("list", items))
        | st.lists(st.tuples(_KEYS, inner), max_size=4).map(lambda pairs: ("object", pairs))
    ),
    max_leaves=12,
)
_SPACES = st.sampled_from(["", " ", "\n  ", "\t"])


@st.composite
def _texts(draw: st.DrawFn) -> str:
    """JSON text of objects as lists of pairs (a key may come twice), in any spacing."""

    def write(tree: Any) -> str:
        if isinstance(tree, tuple) and tree[0] == "list":
            return "[" + ",".join(draw(_SPACES) + write(item) for item in tree[1]) + "]"
        if isinstance(tree, tuple):
            members = (
                f"{json.dumps(key)}{draw(_SPACES)}:{draw(_SPACES)}{write(value)}"
                for key, value in tree[1]
            )
            return "{" + ",".join(members) + draw(_SPACES) + "}"
        return json.dumps(tree)

    return write(draw(_TREES))


@settings(max_examples=300, deadline=None)
@given(_texts())
def test_keeps_every_key_only_when_no_key_was_lost(text: str) -> None:
    value = json.loads(text)
    if keeps_every_key(text, value):
        assert parse_json(text) == value  # no "appears twice" error: every key was kept


@st.composite
def _escaped_texts(draw: st.DrawFn) -> str:
    """As `_texts`, with some colons in strings written as the escape ``\\u003a``."""

    def string(value: str) -> str:
        colon = draw(st.sampled_from([":", "\\u003a", "\\u003A"]))
        return json.dumps(value).replace(":", colon)

    def write(tree: Any) -> str:
        if isinstance(tree, tuple) and tree[0] == "list":
            return "[" + ",".join(write(item) for item in tree[1]) + "]"
        if isinstance(tree, tuple):
            members = (f"{string(key)}{draw(_SPACES)}:{write(value)}" for key, value in tree[1])
            return "{" + ",".join(members) + "}"
        return string(tree) if isinstance(tree, str) else json.dumps(tree)

    return write(draw(_TREES))


@settings(max_examples=400, deadline=None)
@given(st.one_of(_texts(), _escaped_texts()), st.sampled_from([0, 1, 2]))
def test_the_colons_of_strings_vouch_only_when_no_key_was_lost(text: str, which: int) -> None:
    """Counting the colons of the value's strings (all, the values only, none) instead of
    looking at the text's quotes never lets a text with a key twice pass."""
    value = json.loads(text)
    _, keys = containers_and_keys([value])
    strings = [_strings(value), _values(value), []][which]
    if keeps_every_key(text, value, keys=keys, colons_in_strings="".join(strings).count(":")):
        assert parse_json(text) == value


def test_the_colons_of_strings_vouch_for_a_debate() -> None:
    """The bench's debate has colons in its locutions' texts and timestamps: the graph's
    count of them vouches for it without the text's quotes, and a key given twice in a node
    with such a text is still found."""
    value = json.loads(aif.dumps(generate(30)))
    value["nodes"][0]["text"] = 'He said "no": fine'  # the quotes before colons cannot vouch
    text = json.dumps(value, indent=2)
    graph = DictGraph(value)
    _, keys = graph.tally()
    assert not keeps_every_key(text, value, keys=keys)
    assert keeps_every_key(text, value, keys=keys, colons_in_strings=graph.colons())
    assert not keeps_every_key(text, value, keys=keys, colons_in_strings=graph.colons() - 1)
    assert one_pass(text, value) is not None  # the one-pass reader reads it
    twice = text.replace('"text": "', '"text": "x: y", "text": "', 1)
    again = json.loads(twice)
    graph = DictGraph(again)
    _, keys = graph.tally()
    assert not keeps_every_key(twice, again, keys=keys, colons_in_strings=graph.colons())
    with pytest.raises(DocumentError):
        aif.loads(twice)


def _values(value: Any) -> list[str]:
    """The strings of a value that are not keys."""
    if isinstance(value, str):
        return [value]
    inner = value.values() if isinstance(value, dict) else value if isinstance(value, list) else []
    return [s for item in inner for s in _values(item)]


@settings(max_examples=200, deadline=None)
@given(st.recursive(_SCALARS, lambda inner: st.lists(inner) | st.dictionaries(_KEYS, inner)))
def test_keeps_every_key_for_what_json_writes(value: Any) -> None:
    """The fast way is taken for usual text: any value ``json.dumps`` writes, unless a string
    holds a quote followed by a colon or starts with a colon (then the text cannot show that
    it lost nothing)."""
    odd = any('":' in s or s.startswith(":") for s in _strings(value))
    for text in (json.dumps(value), json.dumps(value, indent=2)):
        assert keeps_every_key(text, value) is not odd


def _strings(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [*value, *(s for inner in value.values() for s in _strings(inner))]
    if isinstance(value, list):
        return [s for inner in value for s in _strings(inner)]
    return []


@pytest.mark.parametrize("claim", ['He said "no": fine', ": a colon first", "plain"])
def test_texts_that_cannot_show_their_keys_still_take_the_one_pass_reader(claim: str) -> None:
    """Such a text is parsed again the checked way (keys given twice refused), not left to
    the element-by-element reader."""
    from argmap.formats.aif import _bulk

    m = ArgumentMap()
    m.support(m.claim(claim), by=m.claim("Because"))
    text = aif.dumps(m)
    fast = _bulk.read(text, filename="x.json")
    assert fast is not None
    assert to_document(fast[0]) == to_document(aif.loads(text, filename="x.json"))


def test_a_json_file_nested_too_deeply_is_a_document_error(tmp_path: Path) -> None:
    """Telling its format must not fail on it: the reader words the error."""
    path = _aif_file(tmp_path, "[" * 100_000 + "]" * 100_000)
    with pytest.raises(DocumentError, match="nested too deeply"):
        load(path)


@SAME
@given(aif_documents())
@example(  # a participant without an id: the graph refuses it, as read() expects
    '{"nodes": [], "edges": [], "locutions": [], "participants": '
    '[{"participantID": null, "firstname": "Ann", "surname": ""}]}'
)
def test_the_graphs_tally_is_the_values_own_when_it_counts_every_bracket(text: str) -> None:
    """The one-pass reader counts keys from what its graph read; when that tally accounts
    for every bracket of the text, it is what a walk through the whole value finds."""
    from argmap.formats.aif._dict_graph import Unusual

    value = Content(text).parsed
    try:
        tally = DictGraph(value).tally()
    except (Unusual, ArgmapError):  # left to the checked reader, as _bulk.read leaves them
        return
    if tally[0] == text.count("{") + text.count("["):
        assert tally == containers_and_keys([value])


def test_the_content_tests_parse_goes_to_the_oldest_generation() -> None:
    """The parsed value is long-lived (the reader reads it): it leaves the young generations,
    so the reader's own start (a young collection) and the collections that follow do not walk
    its objects again (about 20-45 ms of a 10,000-claim render)."""
    import gc

    if not gc.isenabled() or gc.get_freeze_count():
        pytest.skip("the collector is off or objects are frozen: nothing is moved")
    value = Content(aif.dumps(generate(5))).json
    young = gc.get_objects(generation=0) + gc.get_objects(generation=1)
    assert value is not None
    assert not any(found is value for found in young)


def test_the_graph_counts_the_colons_of_each_column_as_of_all_joined() -> None:
    """`DictGraph.colons` (a column at a time) gives the count of one string of them all."""
    from argmap.formats.aif._dict_graph import DictGraph

    data = {
        "nodes": [
            {"nodeID": "1", "type": "L", "text": "Al : a:b", "timestamp": "10:00:00"},
            {"nodeID": "2", "type": "I", "text": "c:", "timestamp": None},
        ],
        "locutions": [{"nodeID": "1", "personID": 1, "timestamp": "1:2"}, {"nodeID": "2"}],
        "edges": [],
    }
    strings = ["Al : a:b", "c:", "10:00:00", "1:2"]
    assert DictGraph(data).colons() == "".join(strings).count(":")
