"""The bulk load path gives the same maps and the same errors as the checked path.

Two bulk paths are compared with the element-by-element ones they replace:
``from_document`` (columns, then one reference pass) against ``_checked_from_document``, and
``ArgumentMap.from_elements`` against ``ArgumentMap.extend``. Valid maps come from
``argmap.strategies.maps()``; broken ones from those maps with one thing spoiled.
"""

from __future__ import annotations

import copy
import gc
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from argmap import ArgumentMap, DocumentError
from argmap.exceptions import ArgmapError, DuplicateIdError, InvalidAttackError
from argmap.formats.document import (
    SECTIONS,
    _checked_from_document,
    _from_columns,
    from_document,
    to_document,
)
from argmap.model import Actor, Argument, Claim, Rebuttal
from argmap.strategies import maps

PROPERTIES = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def outcome(load: Any, *args: Any) -> tuple[str, Any]:
    """What loading gives: ("map", the map and its referrer index) or ("error", its text)."""
    try:
        argument_map = load(*args)
    except ArgmapError as error:
        return "error", f"{type(error).__name__}: {error}"
    index = {e.id: [r.id for r in argument_map.referrers(e)] for e in argument_map}
    return "map", (argument_map, index)


@PROPERTIES
@given(maps())
def test_the_bulk_path_loads_every_valid_document_as_the_checked_path(m: ArgumentMap) -> None:
    document = to_document(m)
    fast = outcome(from_document, document)
    assert fast == outcome(_checked_from_document, document)
    assert fast[1][0] == m


@PROPERTIES
@given(maps(max_claims=6))
def test_documents_without_dates_or_locators_take_the_column_path(m: ArgumentMap) -> None:
    document = to_document(m)
    for source in document.get("sources", []):
        source.pop("date", None)
    for attribution in document.get("attributions", []):
        attribution.pop("locators", None)
    expected = _checked_from_document(document)
    assert _from_columns(document) == expected


SPOILERS = [None, 5, 2.5, True, "", " ", "two words", "\ud800", "a\x00b", "a\nb", "é\nb"]
SPOILERS += [[], ["x"], {}, [None, 1]]


@st.composite
def spoiled_documents(draw: st.DrawFn) -> dict[str, Any]:
    """A valid document with one thing spoiled: a value, a key, an element, an id."""
    document = copy.deepcopy(to_document(draw(maps(max_claims=6))))
    sections = [s for s in SECTIONS if document.get(s)]
    hows = ["value", "copy", "repeat", "drop", "duplicate", "key", "kind", "central", "list"]
    how = draw(st.sampled_from(hows))
    if how == "central" or not sections:
        document["central"] = draw(st.sampled_from([*SPOILERS, "nobody"]))
        return document
    section = draw(st.sampled_from(sections))
    items = document[section]
    index = draw(st.integers(0, len(items) - 1))
    if how == "value":
        field = draw(st.sampled_from(sorted(items[index])))
        items[index][field] = draw(st.sampled_from(SPOILERS))
    elif how == "copy":  # one field takes another's value: attacker = target, and so on
        item = items[index]
        field, other = draw(st.sampled_from(sorted(item))), draw(st.sampled_from(sorted(item)))
        lists = field in ("premises", "fragments", "tags") and isinstance(item[other], str)
        item[field] = [item[other]] if lists else item[other]
    elif how == "repeat":  # a list field names its first item twice
        lists = [k for k, v in items[index].items() if isinstance(v, list) and v]
        if lists:
            field = draw(st.sampled_from(lists))
            items[index][field] = [*items[index][field], items[index][field][0]]
    elif how == "drop":
        del items[index]
    elif how == "duplicate":
        other = draw(st.sampled_from(sections))
        items[index]["id"] = draw(st.sampled_from(document[other]))["id"]
    elif how == "key":
        items[index][draw(st.sampled_from(["colour", "mode", "date", "locators"]))] = "x"
    elif how == "kind":
        items[index]["kind"] = draw(st.sampled_from(["rebut", "undermine", "undercut", "fact"]))
    else:
        document[section] = draw(st.sampled_from([None, "x", {}, [None], [[]]]))
    return document


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(spoiled_documents())
def test_a_spoiled_document_gets_the_checked_paths_error(document: dict[str, Any]) -> None:
    assert outcome(from_document, document) == outcome(_checked_from_document, document)


def test_an_error_in_a_list_names_the_same_place_on_both_paths() -> None:
    document = {
        "argmap": 1,
        "claims": [{"id": "a", "text": "A"}, {"id": "b", "text": "B"}],
        "arguments": [{"id": "x", "premises": ["a"], "conclusion": "nobody"}],
    }
    with pytest.raises(DocumentError) as fast:
        from_document(document, file="m.json")
    assert str(fast.value) == (
        "m.json: arguments[0]: argument 'x' names conclusion 'nobody', which is not in the map"
    )


@pytest.mark.parametrize("bad", ["a\nb", "é\nb", "é b"])
def test_an_id_with_a_line_break_is_refused_on_both_paths(bad: str) -> None:
    """The column check once joined the ids with line breaks and matched the whole: an id
    holding one passed the fast path and was refused by the checked one."""
    document = {"argmap": 1, "claims": [{"id": "ok", "text": "A"}, {"id": bad, "text": "B"}]}
    assert _from_columns(document) is None
    assert outcome(from_document, document) == outcome(_checked_from_document, document)
    assert outcome(from_document, document)[0] == "error"


def in_order(m: ArgumentMap) -> list[Any]:
    return list(m)


def extended(elements: list[Any], central: str | None) -> ArgumentMap:
    m = ArgumentMap()
    m.extend(elements)
    if central is not None:
        m.central = central
    return m


@PROPERTIES
@given(maps())
def test_from_elements_builds_what_extend_builds(m: ArgumentMap) -> None:
    central = m.central.id if m.central else None
    built = outcome(lambda: ArgumentMap.from_elements(in_order(m), central=central))
    assert built == outcome(extended, in_order(m), central)


@PROPERTIES
@given(maps(), st.data())
def test_from_elements_refuses_what_extend_refuses(m: ArgumentMap, data: st.DataObject) -> None:
    elements = in_order(m)
    position = data.draw(st.integers(0, len(elements) - 1))
    if data.draw(st.booleans()):
        del elements[position]  # whatever named it now names nothing
    else:
        elements.append(Claim(id=elements[position].id, text="again"))
    assert outcome(ArgumentMap.from_elements, elements) == outcome(extended, elements, None)


def test_from_elements_allows_references_forward_and_names_the_place() -> None:
    m = ArgumentMap.from_elements(
        [
            Actor(id="ann", name="Ann", affiliation="org"),
            Actor(id="org", name="Org"),
            Claim(id="c", text="C"),
        ]
    )
    assert [a.id for a in m.referrers("org")] == ["ann"]
    with pytest.raises(DocumentError) as error:
        ArgumentMap.from_elements(
            [Claim(id="c", text="C"), Rebuttal(id="r", kind="undermine", attacker="c", target="d")],
            locations=["claims[0]", "rebuttals[0]"],
            file="x.json",
        )
    assert str(error.value) == (
        "x.json: rebuttals[0]: rebuttal 'r' names target 'd', which is not in the map"
    )


def test_from_elements_words_errors_as_add_does() -> None:
    with pytest.raises(DuplicateIdError, match="claim id 'c' is already taken by the claim 'C'"):
        ArgumentMap.from_elements([Claim(id="c", text="C"), Claim(id="c", text="D")])
    with pytest.raises(InvalidAttackError, match="an undercut attacks an argument's inference"):
        ArgumentMap.from_elements(
            [
                Claim(id="c", text="C"),
                Claim(id="d", text="D"),
                Rebuttal(id="r", kind="undercut", attacker="c", target="d"),
            ]
        )
    ok = [Claim(id="p", text="P"), Claim(id="c", text="C")]
    ok.append(Argument(id="a", premises=["p"], conclusion="c"))
    assert ArgumentMap.from_elements(ok).premises("a") == ok[:1]


def test_the_collector_runs_again_after_a_bulk_load_that_failed() -> None:
    assert gc.isenabled()
    with pytest.raises(DocumentError):
        from_document({"argmap": 1, "claims": [{"id": "c"}]})
    ArgumentMap.from_elements([Claim(id="c", text="C")])
    assert gc.isenabled()


@PROPERTIES
@given(maps())
def test_the_fast_json_writer_writes_the_same_bytes(m: ArgumentMap) -> None:
    from argmap.formats import json_format

    orjson = pytest.importorskip("orjson", reason="the 'fast' extra (orjson) is not installed")
    document = to_document(m)
    fast = orjson.dumps(document, option=orjson.OPT_INDENT_2).decode() + "\n"
    assert fast == json_format._encode_json(document)
    assert json_format.dumps(m) == fast


def checked_json(text: str) -> ArgumentMap:
    """argmap JSON read the checked way: parse with every check, then element by element."""
    from argmap.formats._json import parse_json

    return _checked_from_document(parse_json(text, filename="m.json"), file="m.json")


@contextmanager
def spans_of(size: int | None) -> Iterator[None]:
    """Let the streamed JSON read cut its lists into runs of about ``size`` characters."""
    from argmap.formats import _json_stream

    if size is None:
        yield
        return
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(_json_stream, "SPAN", size)
        yield


SPANS = st.sampled_from([None, 0, 1, 60, 200])
INDENTS = st.sampled_from([None, 0, 1, 2, 4, "\t"])


@st.composite
def spoiled_texts(draw: st.DrawFn) -> str:
    """A spoiled document as JSON text, in any layout and order, perhaps with a key given
    twice, white space before a colon, or a ``":`` inside a string."""
    import json
    import re

    document = draw(spoiled_documents())
    if draw(st.booleans()):  # the lists in another order: references to elements read later
        document = dict(reversed(document.items()))
    text = json.dumps(document, indent=draw(INDENTS), ensure_ascii=False)
    keys = list(re.finditer(r'"(\w+)": ', text))
    how = draw(st.sampled_from(["none", "repeat", "spaced", "quoted"]))
    if how == "none" or not keys:
        return text
    key = keys[draw(st.integers(0, len(keys) - 1))]
    if how == "repeat":  # the same key just before: a dict would keep the later one silently
        twice = (
            f'"{key.group(1)}": {draw(st.sampled_from(["1", "null", chr(34) + "x" + chr(34)]))}, '
        )
        return text[: key.start()] + twice + text[key.start() :]
    if how == "spaced":
        spaced = f'"{key.group(1)}"{draw(st.sampled_from([" ", "  ", chr(10), chr(9)]))}: '
        return text[: key.start()] + spaced + text[key.end() :]
    return text.replace('"text": "', '"text": "\\": ', 1)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(spoiled_texts(), SPANS)
def test_json_text_reads_as_the_checked_path_reads_it(text: str, span: int | None) -> None:
    from argmap.formats import json_format

    with spans_of(span):
        read = outcome(lambda t: json_format.loads(t, filename="m.json"), text)
    assert read == outcome(checked_json, text)


@PROPERTIES
@given(maps(), INDENTS, SPANS)
def test_valid_json_takes_the_streamed_path(
    m: ArgumentMap, indent: int | str | None, span: int | None
) -> None:
    import json

    from argmap.formats import json_format
    from argmap.formats._json_bulk import load_streamed

    text = json.dumps(to_document(m), indent=indent, ensure_ascii=False)
    with spans_of(span):
        assert load_streamed(text) == m == json_format.loads(text)


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=5),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=3), inner),
    max_leaves=12,
)


def pairs_of(value: Any) -> Any:
    """A decoded value with its objects as tuples of pairs (as the pairs decoder leaves them)."""
    if isinstance(value, dict):
        return tuple((key, pairs_of(inner)) for key, inner in value.items())
    if isinstance(value, list):
        return [pairs_of(inner) for inner in value]
    return value


@settings(max_examples=300, deadline=None)
@given(
    st.dictionaries(st.sampled_from(["xs", "ys", "n", "s"]), JSON_VALUES | st.lists(JSON_VALUES)),
    INDENTS,
    SPANS,
    st.data(),
)
def test_members_decodes_what_json_decodes(
    document: dict[str, Any], indent: int | str | None, span: int | None, data: st.DataObject
) -> None:
    """Member by member and a run of items at a time, the same values as ``json`` (or
    NotPlain exactly when ``json`` refuses the text, or it names a key twice at the top)."""
    import json

    from argmap.formats._json_stream import NotPlain, members

    text = json.dumps(document, indent=indent)
    if data.draw(st.booleans()):  # spoil the text: cut it, or drop or double a character
        at = data.draw(st.integers(0, len(text)))
        spoiled = [text[:at], text[:at] + text[at + 1 :], text[:at] + text[at : at + 1] + text[at:]]
        text = data.draw(st.sampled_from(spoiled))
    runs: dict[str, list[Any]] = {}

    def take(key: str, items: list[Any], pairs: bool) -> None:
        runs.setdefault(key, []).extend(items if pairs else map(pairs_of, items))

    try:
        expected = json.JSONDecoder(object_pairs_hook=tuple).decode(text)
    except (ValueError, RecursionError):
        expected = None
    plain = isinstance(expected, tuple) and len(dict(expected)) == len(expected)
    try:
        found = members(text, {"xs", "ys"}, take)
    except NotPlain:
        assert not plain
        return
    assert plain
    expected = dict(expected)
    lists = {key for key in ("xs", "ys") if isinstance(expected.get(key), list)}
    assert found == {key: value for key, value in expected.items() if key not in lists}
    assert runs == {key: expected[key] for key in lists if expected[key]}


@pytest.mark.parametrize("span", [None, 0, 300])
def test_real_maps_read_back_alike_streamed_and_checked(span: int | None) -> None:
    """The flagship and every map of the shared corpus (AIF, SADFace, microtexts, Kialo), as
    argmap JSON, indented and compact: the streamed read gives the map the checked path gives."""
    import json

    from _interop import corpus_maps

    from argmap.formats import json_format
    from argmap.formats._json_bulk import load_streamed

    for name, m in corpus_maps().items():
        for indent in (2, None):
            text = json.dumps(to_document(m), indent=indent, ensure_ascii=False)
            with spans_of(span):
                streamed = load_streamed(text)
                assert streamed is not None, name
                assert outcome(json_format.loads, text) == outcome(checked_json, text), name
            assert streamed == m, name


def _fresh_process(code: str) -> str:
    import subprocess
    import sys

    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    return done.stdout.strip()


def test_a_fresh_process_reads_json_without_cattrs_and_words_errors_as_before() -> None:
    """The converter is made on first use: a well-formed map is read without importing
    cattrs, and a value of the wrong type is still refused by name in a process where
    nothing made it yet (the field types it resolved are resolved by the checks too)."""
    code = (
        "import sys\n"
        "import argmap\n"
        'good = \'{"argmap": 1, "claims": [{"id": "c", "text": "C"}]}\'\n'
        "print(len(argmap.loads(good, 'json')), 'cattrs' in sys.modules)\n"
        "try:\n"
        "    argmap.loads(good.replace('\"C\"', '3'), 'json')\n"
        "except argmap.DocumentError as error:\n"
        "    print(error)\n"
    )
    assert _fresh_process(code).splitlines() == [
        "1 False",
        "claims[0].text: expected text, got 3",
    ]


ID_LIKE = st.text(
    st.characters(codec="utf-8") | st.sampled_from([" ", "\t", "\n", "\x00", "\x7f", "\x85"]),
    max_size=4,
) | st.text(st.characters(max_codepoint=0x7F), max_size=4)  # all ASCII: the fast path


@settings(max_examples=300, deadline=None)
@given(st.lists(ID_LIKE | st.sampled_from(["c1", "a-b", "é", "\u2003", "x\ud800"]), max_size=4))
@example(["a b"])
@example(["c1", "a\x7f"])
@example(["\x1f"])
@example(["~!"])
def test_column_checks_accept_what_the_element_validators_accept(values: list[str]) -> None:
    """``all_ids`` and ``all_writable`` (a column in a few C passes) say what ``check_id``
    and ``unwritable`` say of each value."""
    from argmap.model._checks import all_ids, all_writable, check_id, unwritable

    def valid_id(value: str) -> bool:
        try:
            check_id(None, type("A", (), {"name": "id"}), value)
        except ArgmapError:
            return False
        return True

    assert all_ids(values) == all(map(valid_id, values))
    assert all_writable(values) == all(unwritable(value) is None for value in values)


def test_known_ids_check_only_what_every_run_named_and_what_nobody_gave() -> None:
    """A reference column is left out of the map's checks when every id of it named an
    element met before, or no element gave the field; an id not met, or a run made one by
    one, leaves it to the map."""
    from argmap.formats._document_columns import _id, _ids, _optional_id
    from argmap.formats._known_ids import KnownIds
    from argmap.model import Attribution

    known = KnownIds()
    assert known.column(Claim, "id", ["p", "q", "c"], _id) == ["p", "q", "c"]
    assert known.column(Argument, "premises", [["p"], ["p", "q"]], _ids) == [("p",), ("p", "q")]
    assert known.column(Argument, "conclusion", ["c", "later"], _id) == ["c", "later"]
    assert known.column(Actor, "affiliation", [None, "org"], _optional_id) == [None, "org"]
    checked = known.checked()
    assert (Argument, "premises") in checked
    assert (Argument, "conclusion") not in checked  # "later" was not met: the map checks it
    assert (Actor, "affiliation") not in checked  # given: the map checks it
    assert (Attribution, "responds_to") in checked  # no element gave it
    known.unchecked(Attribution)
    assert not {key for key in known.checked() if key[0] is Attribution}
    assert known.column(Argument, "premises", [["p"], "p"], _ids) is None  # not a list: give up


@PROPERTIES
@given(maps(), st.data())
def test_a_bulk_built_map_changes_as_a_map_built_by_add(
    m: ArgumentMap, data: st.DataObject
) -> None:
    """A bulk-built map keeps its kinds as lists until its first change: adding, replacing
    and removing then give what they give on a map built one element at a time (each kind
    in the same order), and a copy taken before is not changed."""
    central = m.central.id if m.central else None
    bulk = ArgumentMap.from_elements(in_order(m), central=central)
    added = extended(in_order(m), central)
    twin = bulk.copy()
    assert repr(bulk) == repr(added)
    assert bulk.attributions_by_claim() == added.attributions_by_claim()
    element = data.draw(st.sampled_from(in_order(m))) if len(m) else None
    for target in (bulk, added):
        target.claim("A claim made afterwards", id="zz-afterwards")
        if element is not None:
            target.update(element.id, note="changed afterwards")
        target.remove("zz-afterwards")
        target.claim("Another one", id="zz-another")
    assert outcome(lambda: bulk) == outcome(lambda: added)
    assert [bulk.claims, bulk.attributions] == [added.claims, added.attributions]
    assert twin == ArgumentMap.from_elements(in_order(m), central=central)
    assert twin.claims == m.claims


def test_a_loaded_map_goes_to_the_oldest_generation_unless_the_caller_froze_objects() -> None:
    """After a JSON load the new elements are in the collector's oldest generation (the
    young collections that follow need not walk them); with objects frozen by the caller,
    or after a failed load, nothing is moved and the frozen objects stay frozen."""
    import json

    from argmap.formats import json_format

    def in_oldest(element: Any) -> bool:
        return any(found is element for found in gc.get_objects(generation=2))

    text = json.dumps({"argmap": 1, "claims": [{"id": "c", "text": "Tax is high"}]})
    claim = json_format.loads(text).get("c")
    assert in_oldest(claim) and gc.isenabled()
    gc.freeze()
    try:
        claim = json_format.loads(text).get("c")
        assert not in_oldest(claim) and gc.get_freeze_count() > 0  # still frozen
    finally:
        gc.unfreeze()
    with pytest.raises(DocumentError):
        json_format.loads(text.replace('"c"', '" "'))
    assert gc.isenabled()


@PROPERTIES
@given(maps(), st.booleans(), SPANS)
def test_the_streamed_map_keeps_the_order_of_kinds_whatever_the_order_of_lists(
    m: ArgumentMap, reverse: bool, span: int | None
) -> None:
    """The id table made while reading is the map's order (kinds in turn, as the checked
    path adds them) only when the lists come in that order; else it is made afterwards."""
    import json

    from argmap.formats._json_bulk import load_streamed

    document = to_document(m)
    if reverse:
        document = dict(reversed(document.items()))
    text = json.dumps(document, indent=2, ensure_ascii=False)
    with spans_of(span):
        streamed = load_streamed(text)
    assert streamed is not None
    assert list(streamed) == list(checked_json(text))


_ITEM_KEYS = st.sampled_from(["id", "text", "a:", 'q"', ":"])
_ITEM_VALUES = st.none() | st.integers() | st.sampled_from(["x", "a:b", '"', '":', ": x", "\\"])


@st.composite
def item_lists(draw: st.DrawFn) -> str:
    """JSON text of a list of objects, a key perhaps twice, objects perhaps inside, colons
    perhaps in strings or after white space: what a run of items can be."""
    import json

    def member(depth: int) -> str:
        value = (
            obj(depth + 1) if depth < 2 and draw(st.booleans()) else json.dumps(draw(_ITEM_VALUES))
        )
        space = draw(st.sampled_from(["", "", " ", "\n  "]))
        return f"{json.dumps(draw(_ITEM_KEYS))}{space}: {value}"

    def obj(depth: int) -> str:
        return "{" + ", ".join(member(depth) for _ in range(draw(st.integers(0, 3)))) + "}"

    return "[" + ", ".join(obj(0) for _ in range(draw(st.integers(0, 4)))) + "]"


@settings(max_examples=300, deadline=None)
@given(item_lists())
def test_the_keys_of_the_items_vouch_only_for_texts_that_lost_no_key(text: str) -> None:
    """What the streamed read asks of each run (the keys of its items counted, not those of
    objects inside): True only when the strict parser finds no key twice, and, for items
    without objects inside, the same answer as counting every key."""
    import json

    from argmap.formats._json import containers_and_keys, keeps_every_key, parse_json

    value = json.loads(text)
    outer = sum(map(len, value))
    if keeps_every_key(text, value, keys=outer):
        assert parse_json(text) == value
    if outer == containers_and_keys([value])[1]:
        assert keeps_every_key(text, value, keys=outer) == keeps_every_key(text, value)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ('[{"a": 1, "b": 2}]', True),
        ('[{"a": 1, "a": 2}]', False),
        ('[{"a": "x:y"}]', True),  # a colon in a string: vouched for by the ":
        ('[{"a" : 1}]', True),  # white space before the colon, but no other colon
        ('[{"a" : "x:y"}]', False),  # both: cannot be shown
        ('[{"a": {"b": 1}}]', False),  # an object inside: its key is not counted
    ],
)
def test_a_run_is_decoded_to_dicts_when_its_items_account_for_every_colon(
    text: str, kept: bool
) -> None:
    import json

    from argmap.formats._json_stream import _decoded

    items, pairs = _decoded(text)
    assert pairs is not kept
    pairs_decoder = json.JSONDecoder(object_pairs_hook=tuple)
    assert items == (json.loads(text) if kept else pairs_decoder.decode(text))
