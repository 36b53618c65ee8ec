"""The error contract of every reader, fuzzed: any text gives a map (or a framework) or a
``DocumentError`` naming the file, and nothing else.

The readers come from the format registry (``argmap.formats.registry.FORMATS``) and the
framework formats (ICCMA, ASPARTIX, TGF), so a new reader is fuzzed without being named here.
Three kinds of input: arbitrary text, real and generated files of the format mutated with
hostile snippets (huge numbers, superscript digits, lone surrogates, NULs, BOMs, YAML aliases
and complex keys), and hand-made bombs (a YAML "billion laughs", an ICCMA header declaring
10^12 arguments), which run in a child process with a memory and time cap so that a reader
that explodes fails the test instead of the machine.

Whatever a reader accepts must be writable by every writer and read back.

The run is bounded for CI (a few seconds). For a long run, set ``ARGMAP_FUZZ=long``
(thousands of examples per reader)::

    ARGMAP_FUZZ=long .venv/bin/python -m pytest tests/test_fuzz_readers.py
"""

from __future__ import annotations

import multiprocessing
import os
import resource
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from argmap import ArgumentMap, DocumentError
from argmap.formats.registry import Kind, formats
from argmap.semantics import ArgumentationFramework

LONG = os.environ.get("ARGMAP_FUZZ") == "long"
FUZZ = settings(
    max_examples=3000 if LONG else 40,
    deadline=None,
    derandomize=not LONG,  # the same examples on every CI run; a long run explores
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
CORPORA = Path(__file__).resolve().parents[2] / "shared" / "corpora"
FILENAME = "fuzzed.input"

Reader = Callable[..., Any]
MAP_FORMATS = {f.name: f for f in formats(Kind.MAP)}
FRAMEWORK_FORMATS = {f.name: f for f in formats(Kind.FRAMEWORK)}
READERS: dict[str, Reader] = {
    name: f.loads for name, f in {**MAP_FORMATS, **FRAMEWORK_FORMATS}.items() if f.reads
}

# Readers another engineer is still fixing (issue #14): strict, so a fix shows up at once.
XFAIL: dict[str, str] = {}
# Hand-made cases still failing (issue #14), fixed in the commits that follow this test.
NOT_YET: set[str] = set()
CAUGHT = pytest.mark.xfail(strict=True, reason="#14: caught here, fixed in the next commits")


def cases(table: dict[str, Any]) -> list[Any]:
    return [pytest.param(c, marks=CAUGHT) if c in NOT_YET else c for c in sorted(table)]


def readers() -> list[Any]:
    return [
        pytest.param(name, marks=pytest.mark.xfail(strict=True, reason=XFAIL[name]))
        if name in XFAIL
        else name
        for name in READERS
    ]


# --------------------------------------------------------------------------- seeds


def _example_map() -> ArgumentMap:
    m = ArgumentMap(title="Tram", question="Build the tram?")
    tram = m.claim("The city should build a tram", id="tram", central=True, tags=["transport"])
    traffic = m.claim("A tram cuts traffic", id="traffic")
    cost = m.claim("It costs too much", id="cost")
    why = m.support(tram, by=[traffic], id="why")
    m.rebut(tram, by=cost, id="r1")
    m.undercut(why, by=cost, id="r2")
    mayor = m.actor("Jane Doe", id="mayor")
    gazette = m.source("Tram plan unveiled", id="gazette", date="2024-03")
    m.attribute(tram, mayor, gazette, id="said", quote="We will build it", cue="said")
    return m


_SUFFIXES = {
    "json": ["*.json"],
    "yaml": ["*.yaml"],
    "argdown": ["argdown/*.argdown"],
    "aif": ["aif/*/*.json"],
    "sadface": ["sadface/*.json"],
    "kialo": ["kialo/*.txt"],
    "microtexts": ["microtexts/en/*.xml", "microtexts/*/*.xml"],
    "iccma": ["iccma/CT_100.af"],
}


def _seeds(name: str) -> list[str]:
    """Small valid texts of a format: written by argmap, plus real files where present."""
    texts: list[str] = []
    if name in FRAMEWORK_FORMATS:
        af = ArgumentationFramework(
            arguments=["a", "b", "c"], attacks=[("a", "b"), ("b", "c"), ("c", "c")]
        )
        texts.append(str(FRAMEWORK_FORMATS[name].dumps(af)))
    elif MAP_FORMATS[name].writes:
        texts.append(str(MAP_FORMATS[name].dumps(_example_map())))
    if CORPORA.is_dir():
        for pattern in _SUFFIXES.get(name, []):
            for path in sorted(CORPORA.glob(pattern))[:4]:
                if path.stat().st_size < 40_000:
                    texts.append(path.read_text(encoding="utf-8", errors="replace"))
    return texts or [""]


SEEDS = {name: _seeds(name) for name in READERS}

# Snippets that broke readers before (issue #14), spliced into valid files.
HOSTILE = [
    "1" * 4400,
    "-" + "9" * 4400,
    "²",
    "p af ²",
    "\ufeff",
    "\ud800",
    '"\\ud800"',
    "\x00",
    "\r",
    "? [a, b]\n: 1\n",
    "&a [x, *a]",
    "*a",
    "!!python/object:os.system",
    "null",
    "[null, 1]",
    "{}",
    "[]",
    '"title": "again"',
    '# name 1 "a"\n# name 2 "a"\n',
    "p af 1000000000000",
    "\n\n",
    "{{{{{{{{{{",
    "[" * 50,
]


@st.composite
def hostile_texts(draw: st.DrawFn, name: str) -> str:
    """Arbitrary text, or a seed of the format with a few hostile edits."""
    if draw(st.integers(0, 4)) == 0:
        return draw(st.text(st.characters(codec=None), max_size=200))
    text = draw(st.sampled_from(SEEDS[name]))
    for _ in range(draw(st.integers(1, 3))):
        at = draw(st.integers(0, len(text)))
        edit = draw(st.sampled_from(["insert", "delete", "replace", "repeat"]))
        if edit == "insert":
            text = text[:at] + draw(st.sampled_from(HOSTILE)) + text[at:]
        elif edit == "delete":
            text = text[:at] + text[at + draw(st.integers(1, 40)) :]
        elif edit == "replace":
            text = text[:at] + draw(st.characters(codec=None)) + text[at + 1 :]
        else:
            text = text[:at] + text[at : at + draw(st.integers(1, 80))] * 2 + text[at + 80 :]
    return text


# --------------------------------------------------------------------------- the contract


def read(name: str, text: str) -> Any:
    """Read ``text``; return what was read or None after a proper DocumentError.

    Anything else (another exception, an error without the file, a huge message) fails.
    """
    try:
        return READERS[name](text, filename=FILENAME)
    except DocumentError as error:
        assert error.file == FILENAME, f"no file in {error!r}"
        assert len(str(error)) < 1000, f"a {len(str(error))}-character message"
        return None


def check_writers(result: Any) -> None:
    """Whatever was read is written by every writer as UTF-8 and read back."""
    if isinstance(result, ArgumentMap):
        for name, fmt in MAP_FORMATS.items():
            if not fmt.writes:
                continue
            text = fmt.dumps(result)
            assert isinstance(text, str)
            text.encode("utf-8")
            if fmt.reads:
                fmt.loads(text, filename=f"rewritten.{name}")
        return
    assert isinstance(result, ArgumentationFramework)
    for name, fmt in FRAMEWORK_FORMATS.items():
        try:
            text = fmt.dumps(result)
        except DocumentError:
            assert name == "tgf"  # TGF cannot hold every name, and says so
            continue
        assert isinstance(text, str)
        text.encode("utf-8")
        assert fmt.loads(text, filename=f"rewritten.{name}") == result


@pytest.mark.parametrize("name", readers())
def test_every_reader_keeps_the_contract_on_hostile_text(name: str) -> None:
    @FUZZ
    @given(hostile_texts(name))
    def run(text: str) -> None:
        result = read(name, text)
        if result is not None:
            check_writers(result)

    run()


# --------------------------------------------------------------------------- hand-made cases

NEST = (
    "["
    + ", ".join(
        ["&a [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
        + [
            f"&{c} [{', '.join(['*' + p] * 9)}]"
            for p, c in zip("abcdefgh", "bcdefghi", strict=True)
        ]
    )
    + "]"
)
LAUGHS = f"argmap: 1\ntitle: {NEST}\n"  # a "billion laughs": 9^9 items from 400 bytes


# (reader, text): each must end in a map or a DocumentError, within the child's caps.
CASES: dict[str, tuple[str, str]] = {
    "json-long-number": ("json", '{"argmap": 1, "title": ' + "1" * 5000 + "}"),
    "json-long-number-in-list": ("json", '{"argmap": 1, "claims": [' + "9" * 5000 + "]}"),
    "yaml-long-number": ("yaml", "argmap: 1\ntitle: " + "1" * 5000 + "\n"),
    "yaml-complex-key": ("yaml", "argmap: 1\n? [a, b]\n: 1\n"),
    "yaml-complex-key-in-claim": ("yaml", "argmap: 1\nclaims:\n  - ? [a, b]\n    : x\n"),
    "yaml-billion-laughs": ("yaml", LAUGHS),
    "yaml-laughs-in-tags": (
        "yaml",
        f"argmap: 1\nclaims:\n  - {{id: c, text: t, tags: {NEST}}}\n",
    ),
    "iccma-superscript": ("iccma", "p af ²\n"),
    "iccma-superscript-attack": ("iccma", "p af 2\n1 ²\n"),
    "iccma-long-number": ("iccma", "p af " + "1" * 5000 + "\n"),
    "iccma-long-attack": ("iccma", "p af 2\n1 " + "1" * 5000 + "\n"),
    "iccma-huge-header": ("iccma", "p af 1000000000000\n"),
    "iccma-name-twice": ("iccma", 'p af 2\n# name 1 "a"\n# name 2 "a"\n1 2\n'),
    "tgf-huge-line": ("tgf", "a\n#\na " + "b" * 100_000 + "\n"),
}


def _child(name: str, text: str, queue: Any) -> None:
    resource.setrlimit(resource.RLIMIT_AS, (1 << 30, 1 << 30))  # 1 GB
    try:
        result = read(name, text)
        queue.put(("ok", type(result).__name__))
    except BaseException as error:  # reported to the parent, which fails the test
        queue.put(("broken", f"{type(error).__name__}: {str(error)[:300]}"))


def read_guarded(name: str, text: str, seconds: float = 60.0) -> tuple[str, str]:
    """Read in a child with 1 GB of memory; ("ok", what) or ("broken", why)."""
    context = multiprocessing.get_context("fork")
    queue = context.Queue()
    child = context.Process(target=_child, args=(name, text, queue))
    child.start()
    child.join(seconds)
    if child.is_alive():
        child.kill()
        child.join()
        return "broken", f"still running after {seconds} s"
    if queue.empty():
        return "broken", f"died with exit code {child.exitcode}"
    result: tuple[str, str] = queue.get()
    return result


@pytest.mark.parametrize("case", cases(CASES))
def test_hand_made_hostile_input_gets_a_document_error(case: str) -> None:
    name, text = CASES[case]
    assert read_guarded(name, text) == ("ok", "NoneType")


def test_a_byte_order_mark_is_accepted() -> None:
    for name in ("json", "iccma"):
        text = SEEDS[name][0]
        assert read(name, "\ufeff" + text) == read(name, text) is not None


CLAIM = '{"argmap": 1, "claims": [{%s}]}'
HALF_GOOD = {
    "lone-surrogate-in-id": CLAIM % '"id": "\\ud800", "text": "t"',
    "lone-surrogate-in-title": '{"argmap": 1, "title": "\\udfff"}',
    "lone-surrogate-in-tag": CLAIM % '"id": "c", "text": "t", "tags": ["\\ud800"]',
    "items-of-other-types": CLAIM % '"id": "c", "text": "t", "tags": [null, 1]',
    "text-that-is-null": CLAIM % '"id": "c", "text": null',
    "id-that-is-null": CLAIM % '"id": null, "text": "t"',
    "duplicate-key": '{"argmap": 1, "title": "a", "title": "b"}',
    "duplicate-key-in-claim": CLAIM % '"id": "c", "text": "a", "text": "b"',
}


@pytest.mark.parametrize("case", cases(HALF_GOOD))
def test_what_no_writer_could_keep_is_refused_at_read_time(case: str) -> None:
    with pytest.raises(DocumentError) as error:
        READERS["json"](HALF_GOOD[case], filename=FILENAME)
    assert error.value.file == FILENAME
    assert error.value.location or error.value.line, "the place is named"


def test_duplicate_keys_in_yaml_are_refused_with_the_line() -> None:
    with pytest.raises(DocumentError) as error:
        READERS["yaml"]("argmap: 1\ntitle: a\ntitle: b\n", filename=FILENAME)
    assert error.value.line == 3


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ('{"statements": {}, "arguments": {}, "relations": []}', "Argdown"),
        ('{"nodes": {}, "edges": {}, "analysts": []}', "arguebuf"),
    ],
)
def test_other_tools_json_is_named_not_taken_for_a_versionless_map(text: str, says: str) -> None:
    with pytest.raises(DocumentError) as error:
        READERS["json"](text, filename=FILENAME)
    assert says in str(error.value)
    assert "format version is missing" not in str(error.value)
