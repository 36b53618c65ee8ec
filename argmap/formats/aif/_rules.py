"""What AIF nodes mean in argmap: the rules both AIF readers apply, written once.

The checked reader (``read_aif._Builder``, element by element) and the one-pass reader
(``_bulk``) read a graph the same way because they share these: which edges an RA-, MA- or
CA-node may have, the scheme and note of an argument, the note and kind of a conflict, and the
words of an attribution from an L-node's ``argmap`` record.

>>> argument_form("MA", "Default Rephrase"), argument_form("RA", "Argument From Expert Opinion")
(('rephrase', None), ('Argument From Expert Opinion', None))
>>> conflict_note("Default Conflict"), conflict_note("Ad hominem")
(None, 'AIF conflict: Ad hominem')
>>> attack_kind("Rebutting Conflict", on_argument=False, premise=True, inference_premise=True)
<AttackKind.REBUT: 'rebut'>
>>> record_words({"mode": "indirect"}, "fees must go", "Asserting")["paraphrase"]
'fees must go'
"""

from __future__ import annotations

from itertools import chain, repeat
from pathlib import PurePath
from typing import Any

from argmap.model import AttackKind, Mode, implied_kind

__all__ = [
    "ARGUMENT_INS",
    "ARGUMENT_OUTS",
    "CONFLICT_INS",
    "CONFLICT_OUTS",
    "KIND_MARKS",
    "argument_form",
    "attack_kind",
    "conflict_note",
    "dialogue_notes",
    "record_columns",
    "record_words",
    "stem",
]

KIND_MARKS: dict[str, AttackKind] = {
    "Rebutting Conflict": AttackKind.REBUT,
    "Undermining Conflict": AttackKind.UNDERMINE,
}
"""CA-node texts that argmap writes when the target alone would suggest the other kind."""

ARGUMENT_INS = ("I", "YA", "CA", "PA")
"""The node types an edge into an RA- or MA-node may come from (others are noted)."""
ARGUMENT_OUTS = ("I", "CA", "PA")
"""The node types an edge out of an RA- or MA-node may go to."""
CONFLICT_INS = ("I", "RA", "MA", "YA", "TA", "CA")
"""The node types an edge into a CA-node may come from."""
CONFLICT_OUTS = ("I", "RA", "MA")
"""The node types an edge out of a CA-node may go to (a CA-node is an attack on an attack)."""

_INDIRECT, _MIXED = Mode.INDIRECT.value, Mode.MIXED.value
_RECORD_MODES = (None, _INDIRECT, _MIXED)
_NO_FRAGMENTS: list[str] = []  # never changed
_TEXT = {str}
_CUES = {str, type(None)}
_MODES = {None: None, _INDIRECT: Mode.INDIRECT, _MIXED: Mode.MIXED}
_WORD_FIELDS = ("quote", "paraphrase", "fragments", "cue", "mode")
_DEFAULT_SCHEMES = frozenset({"", "RA", "CA", "MA", "PA", "Default Inference", "Default Conflict"})
_REPHRASES = frozenset({"", "MA", "Default Rephrase"})


def stem(filename: str | None) -> str | None:
    """The map's title from a file name: the name without ``.json`` or ``.aif``; none when
    nothing but white space is left.

    >>> stem("debates/nodeset6064.json")
    'nodeset6064'
    >>> stem("  .json") is None
    True
    """
    if not filename:
        return None
    name = PurePath(filename).name
    for suffix in (".json", ".aif"):
        name = name.removesuffix(suffix)
    return name if name.strip() else None


def argument_form(node_type: str, text: str) -> tuple[str | None, str | None]:
    """The scheme and note of the arguments an RA-node (or an MA-node) with this text stands for.

    An MA-node is a rephrase (its own text kept as a note unless it is a default); an RA-node
    keeps its scheme name unless it is a default one.
    """
    stripped = text.strip()
    if node_type == "MA":
        return "rephrase", None if stripped in _REPHRASES else f"AIF rephrase: {stripped}"
    return (None if stripped in _DEFAULT_SCHEMES else text), None


def conflict_note(text: str) -> str | None:
    """The note of the rebuttals a CA-node with this (stripped) text stands for."""
    return None if text in _DEFAULT_SCHEMES or text in KIND_MARKS else f"AIF conflict: {text}"


def attack_kind(
    text: str, *, on_argument: bool, premise: bool, inference_premise: bool
) -> AttackKind:
    """The kind of a CA-node's attack on one target.

    Args:
        text: the CA-node's text, stripped (argmap marks a kind the target would not imply).
        on_argument: the target is an argument.
        premise: the target is a premise of some argument (rephrases included).
        inference_premise: the target is a premise of an inference (an RA-node's argument).
    """
    marked = KIND_MARKS.get(text)
    if not on_argument and (marked is AttackKind.REBUT or (marked and premise)):
        return marked
    return implied_kind(on_argument=on_argument, on_premise=inference_premise)


def dialogue_notes(*, transitions: int, anchors: int, analysing: int, lonely: int) -> list[str]:
    """The notes on what of the dialogue layer a map does not keep, one per kind of node.

    >>> dialogue_notes(transitions=3, anchors=0, analysing=0, lonely=1)[1]
    '1 L-nodes without edges (analyst copies, unused locutions): skipped'
    """
    summary = [
        (transitions, "TA-nodes (transitions between locutions): argmap keeps no turn order"),
        (anchors, "YA-nodes anchoring relations in transitions: not kept"),
        (analysing, "'Analysing' YA-nodes (the analyst's layer): not kept"),
        (lonely, "L-nodes without edges (analyst copies, unused locutions): skipped"),
    ]
    return [f"{count} {what}" for count, what in summary if count]


def record_words(record: Any, words: str, cue: str) -> dict[str, Any] | None:
    """An attribution's words: a quote, unless argmap's record says paraphrase or mixed.

    Args:
        record: the L-node's ``argmap`` object (None when it has none).
        words: the L-node's words, without the speaker.
        cue: the illocution.

    Returns:
        The attribution's fields, or None when the record is not one argmap writes.
    """
    fields: dict[str, Any] = {"quote": words or None, "cue": cue or None}
    if record is None:
        return fields
    if not isinstance(record, dict):
        return None
    get = record.get
    mode, fragments, cue_given = get("mode"), get("fragments", _NO_FRAGMENTS), get("cue", "")
    good = (
        mode in _RECORD_MODES
        and type(fragments) is list
        and (not fragments or set(map(type, fragments)) <= _TEXT)
        and type(get("paraphrase", "")) is str
        and (cue_given is None or type(cue_given) is str)
    )
    if not good:
        return None
    if "cue" in record:
        fields["cue"] = cue_given
    if mode == _MIXED:
        fields.update(quote=None, fragments=fragments, paraphrase=get("paraphrase"))
        fields["mode"] = Mode.MIXED
    elif mode == _INDIRECT:
        fields.update(quote=None, paraphrase=words or None, mode=Mode.INDIRECT)
    return fields


def record_columns(
    records: list[Any], words: list[str], cues: list[str]
) -> dict[str, list[Any]] | None:
    """[`record_words`][] of each record with its words and cue, as columns: ``quote``,
    ``paraphrase``, ``fragments`` (an empty list where there are none), ``cue`` and ``mode``
    (None where the record gives none); None when a record is not one argmap writes.

    When every record is an object the columns are read a column at a time (a ``dict.get``
    pass per field, a set of the types met): no call per record. Otherwise, or when the
    records give the cue only now and then, `record_words` reads each.

    >>> record_columns([{"mode": "indirect"}, {"cue": None}], ["fees go", "tax"], ["A", "B"])
    {'quote': [None, 'tax'], 'paraphrase': ['fees go', None], 'fragments': [[], []], \
'cue': ['A', None], 'mode': [<Mode.INDIRECT: 'indirect'>, None]}
    """
    if set(map(type, records)) != {dict}:
        return _each_record(records, words, cues)
    get, count = dict.get, len(records)
    modes = list(map(get, records, repeat("mode")))
    fragments = list(map(get, records, repeat("fragments"), repeat(_NO_FRAGMENTS)))
    given = list(map(get, records, repeat("cue"), repeat("")))
    try:
        good = (
            set(modes) <= _MODES.keys()
            and set(map(type, fragments)) == {list}
            and set(map(type, chain.from_iterable(fragments))) <= _TEXT
            and set(map(type, map(get, records, repeat("paraphrase"), repeat("")))) <= _TEXT
            and set(map(type, given)) <= _CUES
        )
    except TypeError:  # a mode that is a list or an object
        return None
    if not good:
        return None
    cued = list(map(dict.__contains__, records, repeat("cue")))
    if not all(cued) and any(cued):
        return _each_record(records, words, cues)
    said = [w or None for w in words]
    paraphrases = map(get, records, repeat("paraphrase"))
    return {
        "quote": [w if m is None else None for m, w in zip(modes, said, strict=True)],
        "paraphrase": [
            w if m == _INDIRECT else p if m == _MIXED else None
            for m, w, p in zip(modes, said, paraphrases, strict=True)
        ],
        "fragments": [
            f if m == _MIXED else _NO_FRAGMENTS for m, f in zip(modes, fragments, strict=True)
        ],
        "cue": given if count and cued[0] else [c or None for c in cues],
        "mode": list(map(_MODES.__getitem__, modes)),
    }


def _each_record(
    records: list[Any], words: list[str], cues: list[str]
) -> dict[str, list[Any]] | None:
    """`record_columns` by a call of `record_words` for each record."""
    rows: list[Any] = list(map(record_words, records, words, cues))
    if None in rows:
        return None
    get = dict.get
    return {
        field: list(
            map(get, rows, repeat(field), repeat(_NO_FRAGMENTS if field == "fragments" else None))
        )
        for field in _WORD_FIELDS
    }
