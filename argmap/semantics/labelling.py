"""Labellings: each argument of a framework is ``in``, ``out`` or ``undec``.

>>> from argmap.semantics.framework import ArgumentationFramework
>>> af = ArgumentationFramework(arguments=["a", "b", "c"], attacks=[("a", "b"), ("b", "c")])
>>> lab = Labelling.from_extension(af, {"a", "c"})
>>> lab["b"]
<Label.OUT: 'out'>
>>> sorted(lab.extension)
['a', 'c']
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from itertools import compress
from json.encoder import encode_basestring
from operator import add

from argmap.model.enums import Label
from argmap.semantics import _vectorised
from argmap.semantics.framework import ArgumentationFramework

__all__ = ["Label", "Labelling"]


_CODES = (Label.UNDEC, Label.IN, Label.OUT)  # byte code -> label, shared with grounded.py
UNDEC, IN, OUT = 0, 1, 2
_WORDS = tuple(label.value for label in _CODES)
_ENTRY_ENDS = tuple(f": {encode_basestring(word)}" for word in _WORDS)


class Labelling(Mapping[str, Label]):
    """A read-only mapping from argument name to [`Label`][], backed by one byte per argument.

    Args:
        framework: the framework the labelling is about.
        codes: one byte per argument index: 0 undec, 1 in, 2 out.
    """

    __slots__ = ("_codes", "framework")

    def __init__(self, framework: ArgumentationFramework, codes: bytes | bytearray) -> None:
        if len(codes) != len(framework):
            raise ValueError(
                f"codes: expected {len(framework)} labels, one per argument, got {len(codes)}"
            )
        self.framework = framework
        self._codes = bytes(codes)

    @classmethod
    def from_extension(
        cls, framework: ArgumentationFramework, extension: Iterable[str]
    ) -> Labelling:
        """Label a set of arguments: members in, arguments they attack out, the rest undec.

        For a complete extension this is its complete labelling.

        Raises:
            FrameworkError: a member is not an argument of ``framework``.
        """
        codes = bytearray(len(framework))
        members = framework.indices_of(extension)
        for i in members:
            codes[i] = IN
        attacked = framework.attacked
        for i in members:
            for j in attacked[i]:
                if codes[j] != IN:
                    codes[j] = OUT
        return cls(framework, codes)

    def __getitem__(self, name: str) -> Label:
        return _CODES[self._codes[self.framework.index(name)]]

    def __iter__(self) -> Iterator[str]:
        return iter(self.framework.arguments)

    def __len__(self) -> int:
        return len(self._codes)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Labelling):
            return self.framework == other.framework and self._codes == other._codes
        return super().__eq__(other)

    def __hash__(self) -> int:
        return hash(self._codes)

    def __repr__(self) -> str:
        shown = ", ".join(f"{name!r}: {label.value!r}" for name, label in list(self.items())[:8])
        more = ", ..." if len(self) > 8 else ""
        return f"Labelling({{{shown}{more}}})"

    def words(self) -> dict[str, str]:
        """Return the labelling as plain words, name -> ``"in"``/``"out"``/``"undec"`` (for JSON).

        >>> from argmap.semantics.framework import ArgumentationFramework
        >>> af = ArgumentationFramework(arguments=["a", "b"], attacks=[("a", "b")])
        >>> Labelling.from_extension(af, {"a"}).words()
        {'a': 'in', 'b': 'out'}
        """
        return dict(
            zip(self.framework.arguments, map(_WORDS.__getitem__, self._codes), strict=True)
        )

    def words_json(self) -> str:
        """Return ``json.dumps(self.words(), ensure_ascii=False)``, without building the dict.

        The same bytes (each name passes through `json`'s own string encoder), in a few C-level
        passes: a third of the time for a million named arguments. Big numbered frameworks (an
        ICCMA file without name comments) are written by numpy when it is there, in a tenth.

        >>> from argmap.semantics.framework import ArgumentationFramework
        >>> af = ArgumentationFramework(arguments=["a", 'say "b"'], attacks=[("a", 'say "b"')])
        >>> print(Labelling.from_extension(af, {"a"}).words_json())
        {"a": "in", "say \\"b\\"": "out"}
        """
        if self.framework._numbered is not None and self._vectorised():
            return _vectorised.numbered_words_json(self._codes, _WORDS)
        names = map(encode_basestring, self.framework.arguments)
        entries = map(add, names, map(_ENTRY_ENDS.__getitem__, self._codes))
        return "{" + ", ".join(entries) + "}"

    def label_at(self, index: int) -> Label:
        """Return the label of the argument at ``index``."""
        return _CODES[self._codes[index]]

    def indices(self, label: Label) -> list[int]:
        """Return the indices of the arguments that carry ``label``, in order."""
        code = _CODES.index(label)
        if self._vectorised():
            return _vectorised.code_indices(self._codes, code)
        return list(compress(range(len(self._codes)), map(code.__eq__, self._codes)))

    def names_with(self, label: Label) -> list[str]:
        """Return the names of the arguments that carry ``label``, in argument order.

        >>> from argmap.semantics.framework import ArgumentationFramework
        >>> af = ArgumentationFramework(arguments=["b", "a", "c"], attacks=[("a", "c")])
        >>> Labelling.from_extension(af, {"a", "b"}).names_with(Label.IN)
        ['b', 'a']
        """
        return self.framework._names_at(self.indices(label))

    def _vectorised(self) -> bool:
        """Whether numpy is there and the labelling big enough to be worth it."""
        return _vectorised.AVAILABLE and len(self._codes) >= _vectorised.MIN_ARGUMENTS

    def with_label(self, label: Label) -> frozenset[str]:
        """Return the arguments that carry ``label``."""
        return self.framework.names_of(self.indices(label))

    @property
    def extension(self) -> frozenset[str]:
        """The arguments labelled ``in``."""
        return self.with_label(Label.IN)

    @property
    def out(self) -> frozenset[str]:
        """The arguments labelled ``out``."""
        return self.with_label(Label.OUT)

    @property
    def undec(self) -> frozenset[str]:
        """The arguments labelled ``undec``."""
        return self.with_label(Label.UNDEC)
