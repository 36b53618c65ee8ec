"""The numpy path for big frameworks: ICCMA attack lines in bulk, grounded labels by frontiers,
and the JSON text of a numbered labelling.

Optional (``pip install argmap[fast]``): without numpy, [`AVAILABLE`][] is false and the
callers keep their pure-Python path. Both paths give the same answers (property-tested in
``tests/test_semantics_vectorised.py``).

>>> if AVAILABLE:
...     sources, targets = attack_columns("1 2\\n2 3\\n", 3)
...     print(sources.tolist(), targets.tolist())
...     print(list(grounded_codes(3, sources, targets)))
... else:
...     print("[0, 1] [1, 2]")
...     print("[1, 2, 1]")
[0, 1] [1, 2]
[1, 2, 1]
"""

from __future__ import annotations

from collections.abc import Sequence
from importlib.util import find_spec
from typing import Any, overload

__all__ = ["AVAILABLE", "MIN_ARGUMENTS", "attack_columns", "grounded_codes"]

AVAILABLE = find_spec("numpy") is not None
"""Whether numpy can be imported (it is imported only when a big framework needs it: 0.1-0.3 s)."""

MIN_ARGUMENTS = 20_000
"""Below this size the pure-Python path is as fast (numpy's per-call cost dominates)."""

_IN, _OUT = 1, 2
_SMALL_FRONTIER = 64  # a frontier this small is cheaper in the Python worklist
_LAZY_READS = 20_000  # rows the worklist slices from the arrays before it takes them all


def attack_columns(body: str, size: int) -> tuple[Any, Any] | None:
    """Read canonical attack lines (``i j``, one space, no blank lines) as 0-based arrays.

    Returns None for anything else (a stray space, a letter, a number out of 1..size), so
    the checked reader can say exactly what is wrong.
    """
    import numpy as np

    if not body:
        empty = np.zeros(0, dtype=np.int64)
        return empty, empty
    if not body.endswith("\n"):
        body += "\n"
    if not body.isascii():
        return None
    data = body.encode("ascii")
    chars = np.frombuffer(data, dtype=np.uint8)
    ends = np.flatnonzero(chars - np.uint8(48) > 9)  # where each number ends (uint8 wraps)
    breaks = chars[ends]
    gaps = ends[1:] - ends[:-1]  # each number's length plus one, but the first's (ends[0])
    widest = len(str(size))
    # digits, one space, digits, a newline; again: separators alternate and never touch, and
    # no number has more digits than ``size`` (none overflows int64; the checked reader takes
    # the others, leading zeros included, and words any error).
    if (
        breaks.size % 2
        or (breaks[0::2] != 32).any()
        or (breaks[1::2] != 10).any()
        or not 1 <= ends[0] <= widest
        or (gaps.size and not 2 <= gaps.min() <= gaps.max() <= widest + 1)
    ):
        return None
    values = np.fromstring(data, dtype=np.int64, sep=" ")
    if values.size != breaks.size or values.min() < 1 or values.max() > size:
        return None
    values -= 1
    return values[0::2], values[1::2]  # strided views: copying them costs more than it saves


def _gather(indptr: Any, heads: Any, rows: Any) -> Any:
    """Concatenate the CSR rows ``rows`` of ``heads``."""
    import numpy as np

    starts = indptr[rows]
    lengths = indptr[rows + 1] - starts
    total = int(lengths.sum())
    if not total:
        return heads[:0]
    before = np.cumsum(lengths) - lengths
    return heads[np.repeat(starts - before, lengths) + np.arange(total)]


def grounded_codes(size: int, sources: Any, targets: Any) -> bytes:
    """Return the grounded labelling as one byte per argument (0 undec, 1 in, 2 out).

    Rounds of frontiers: the new ``in`` arguments make their targets ``out``, which lowers
    the counts of unlabelled attackers of the next ones. When the frontier is small (a long
    chain), the rest runs as the plain worklist on the same adjacency.
    """
    import numpy as np

    sources = np.asarray(sources, dtype=np.int64)
    targets = np.asarray(targets, dtype=np.int64)
    codes = np.zeros(size, dtype=np.uint8)
    # Rows by attacker: sort the pairs as single numbers (a value sort is several times quicker
    # than an argsort); the order within a row does not matter. size**2 < 2**63 (MAX_ARGUMENTS).
    keys = sources * size + targets
    keys.sort()
    heads = keys % size if size else keys
    indptr = np.zeros(size + 1, dtype=np.int64)
    np.cumsum(np.bincount(sources, minlength=size), out=indptr[1:])
    pending = np.bincount(targets, minlength=size)
    frontier = np.flatnonzero(pending == 0)
    codes[frontier] = _IN
    while frontier.size:
        if frontier.size < _SMALL_FRONTIER:
            return _worklist(indptr, heads, pending, codes, frontier)
        hit = _gather(indptr, heads, frontier)
        hit = np.unique(hit[codes[hit] == 0])
        codes[hit] = _OUT
        next_ = _gather(indptr, heads, hit)
        next_ = next_[codes[next_] == 0]
        touched, counts = np.unique(next_, return_counts=True)
        pending[touched] -= counts
        frontier = touched[pending[touched] == 0]
        codes[frontier] = _IN
    return codes.tobytes()


class _Rows(Sequence[list[int]]):
    """CSR rows as the sequence of lists the worklist reads (``rows[i]`` is row ``i``).

    The tail of a labelling usually reads a few hundred rows: each is sliced from the arrays
    when read. Past ``eager_after`` reads (a long chain), all rows become lists at once.
    """

    def __init__(self, indptr: Any, heads: Any, *, eager_after: int) -> None:
        self.indptr, self.heads = indptr, heads
        self.starts: list[int] | None = None
        self.lists: list[int] = []
        self.reads_left = eager_after

    def __len__(self) -> int:
        return len(self.indptr) - 1

    @overload
    def __getitem__(self, i: int) -> list[int]: ...
    @overload
    def __getitem__(self, i: slice) -> Sequence[list[int]]: ...
    def __getitem__(self, i: int | slice) -> list[int] | Sequence[list[int]]:
        if isinstance(i, slice):
            raise TypeError("rows cannot be sliced")
        if self.starts is None:
            if self.reads_left:
                self.reads_left -= 1
                row: list[int] = self.heads[self.indptr[i] : self.indptr[i + 1]].tolist()
                return row
            self.starts, self.lists = self.indptr.tolist(), self.heads.tolist()
        return self.lists[self.starts[i] : self.starts[i + 1]]


def _worklist(indptr: Any, heads: Any, pending: Any, codes: Any, frontier: Any) -> bytes:
    """Finish the labelling one argument at a time (the worklist of `grounded_labelling`)."""
    from argmap.semantics.grounded import propagate

    labels = bytearray(codes.tobytes())
    rows = _Rows(indptr, heads, eager_after=_LAZY_READS)
    propagate(rows, pending.tolist(), labels, frontier.tolist())
    return bytes(labels)


def code_indices(codes: bytes, code: int) -> list[int]:
    """Return the positions of ``code`` in ``codes``, in order."""
    import numpy as np

    found: list[int] = np.flatnonzero(np.frombuffer(codes, dtype=np.uint8) == code).tolist()
    return found


def numbered_words_json(codes: bytes, words: Sequence[str]) -> str:
    """Return ``json.dumps({"1": words[codes[0]], "2": ...}, ensure_ascii=False)``.

    The labelling of numbered arguments, laid out in one byte array (digits and words placed
    by offsets) instead of a million Python strings. ``words`` must need no JSON escapes.

    >>> if AVAILABLE:
    ...     print(numbered_words_json(bytes([1, 2, 0]), ["undec", "in", "out"]))
    ... else:
    ...     print('{"1": "in", "2": "out", "3": "undec"}')
    {"1": "in", "2": "out", "3": "undec"}
    """
    import numpy as np

    size = len(codes)
    if not size:
        return "{}"
    quoted = [f'"{word}"'.encode("ascii") for word in words]
    code = np.frombuffer(codes, dtype=np.uint8)
    numbers = np.arange(1, size + 1, dtype=np.int64)
    powers = 10 ** np.arange(1, len(str(size)), dtype=np.int64)
    width = np.searchsorted(powers, numbers, side="right") + 1  # digits of each number
    entry = width + 4 + np.array([len(q) for q in quoted], dtype=np.int64)[code]  # "N": "w"
    starts = np.empty(size, dtype=np.int64)
    starts[0] = 1
    np.cumsum(entry[:-1] + 2, out=starts[1:])  # ", " between entries
    starts[1:] += 1
    text = np.zeros(int(starts[-1] + entry[-1]) + 1, dtype=np.uint8)
    text[0], text[-1] = ord("{"), ord("}")
    text[starts] = ord('"')
    last_digit = starts + width
    for place in range(len(str(size))):  # numbers from 10**place on have this digit
        first = 10**place - 1
        digits = numbers[first:] // 10**place % 10 + ord("0")
        text[last_digit[first:] - place] = digits
    for offset, char in enumerate(b'": '):
        text[last_digit + 1 + offset] = char
    for value, word in enumerate(quoted):
        at = last_digit[code == value] + 4
        for offset, char in enumerate(word):
            text[at + offset] = char
    between = starts[:-1] + entry[:-1]
    text[between], text[between + 1] = ord(","), ord(" ")
    return text.tobytes().decode("ascii")
