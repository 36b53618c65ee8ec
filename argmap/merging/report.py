"""What a merge did that the user should know: renamed ids, candidate claims, differing fields.

>>> report = MergeReport(
...     renamed=(Renamed(input=2, kind="claim", old="lost", new="lost-2", reason="text differs"),),
...     candidates=(Candidate(input=2, first="lost", second="lost", second_now="lost-2",
...                           first_text="Immigration lost Labour the election",
...                           second_text="Immigration lost Labour the general election",
...                           similarity=0.9),),
... )
>>> print(report)
renamed: map 2's claim 'lost' is 'lost-2' in the merged map (text differs)
candidate: claim 'lost' "Immigration lost Labour the election" and map 2's 'lost' (now \
'lost-2') "Immigration lost Labour the general election" are near-identical (similarity 0.90, \
1.00 = the same words); confirm with same={'lost': 'lost'} (for map 2)
"""

from __future__ import annotations

from collections.abc import Iterable

from attrs import field, frozen

__all__ = ["Candidate", "Difference", "MergeReport", "Renamed"]


@frozen(kw_only=True)
class Renamed:
    """An id of one input that names something else in the merged map, so it was renamed.

    Attributes:
        input: which input map, counted from 1.
        kind: claim, argument, rebuttal, actor, source or attribution.
        old: the id in that input.
        new: the id it has in the merged map.
        reason: what differs from the element already holding ``old``.
    """

    input: int
    kind: str
    old: str
    new: str
    reason: str

    def __str__(self) -> str:
        return (
            f"renamed: map {self.input}'s {self.kind} {self.old!r} is {self.new!r} in the "
            f"merged map ({self.reason})"
        )


@frozen(kw_only=True)
class Candidate:
    """Two claims whose texts are near-identical but were not merged: the user decides.

    Attributes:
        input: the input map the second claim comes from, counted from 1.
        first: the id of the earlier claim, in the merged map.
        second: the id of the later claim in its own input map (``same={second: first}``
            confirms that they are one claim).
        second_now: the later claim's id in the merged map (differs from ``second`` when it
            was renamed).
        first_text, second_text: their texts.
        similarity: the share of words the two texts have in common, 0 to 1 (1: the same words,
            perhaps in other case or punctuation).
    """

    input: int
    first: str
    second: str
    first_text: str
    second_text: str
    similarity: float
    second_now: str | None = None

    def __str__(self) -> str:
        now = f" (now {self.second_now!r})" if self.second_now not in (None, self.second) else ""
        return (
            f"candidate: claim {self.first!r} {_quoted(self.first_text)} and map {self.input}'s "
            f"{self.second!r}{now} {_quoted(self.second_text)} are near-identical (similarity "
            f"{self.similarity:.2f}, 1.00 = the same words); confirm with "
            f"same={{{self.second!r}: {self.first!r}}} (for map {self.input})"
        )


@frozen(kw_only=True)
class Difference:
    """A field on which two elements taken as one disagree; the earlier value is kept.

    Attributes:
        input: the input map of the later element, counted from 1.
        kind: the element's kind.
        id: the element's id in the merged map.
        field: the field's name.
        kept: the value in the merged map.
        dropped: the later input's value.
    """

    input: int
    kind: str
    id: str
    field: str
    kept: str
    dropped: str

    def __str__(self) -> str:
        return (
            f"differs: {self.kind} {self.id!r}.{self.field}: kept {self.kept!r}, map "
            f"{self.input} says {self.dropped!r}"
        )


def _tuple(items: Iterable[object]) -> tuple[object, ...]:
    return tuple(items)


@frozen(kw_only=True)
class MergeReport:
    """Everything a merge decided that the user should check.

    Attributes:
        renamed: ids renamed because they named different things in different inputs.
        candidates: near-identical claims left apart, to be confirmed with ``same=``.
        differences: fields on which two elements taken as one disagree.
        merged: ``(input, id in that input, id in the merged map)`` of every element taken
            as the same as an earlier one under another id (by name, url, alias, structure or
            ``same=``).
        ids: for each input, in order, ``{id in that input: id in the merged map}``.
    """

    renamed: tuple[Renamed, ...] = field(default=(), converter=_tuple)
    candidates: tuple[Candidate, ...] = field(default=(), converter=_tuple)
    differences: tuple[Difference, ...] = field(default=(), converter=_tuple)
    merged: tuple[tuple[int, str, str], ...] = field(default=(), converter=_tuple)
    ids: tuple[dict[str, str], ...] = field(default=(), converter=_tuple)

    def __bool__(self) -> bool:
        """True when there is something to check (renamed ids, candidates or differences)."""
        return bool(self.renamed or self.candidates or self.differences)

    def lines(self) -> list[str]:
        """One line per renamed id, candidate and difference."""
        return [str(item) for item in (*self.renamed, *self.candidates, *self.differences)]

    def __str__(self) -> str:
        return "\n".join(self.lines())


def _quoted(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return '"' + (text if len(text) <= limit else text[: limit - 1] + "…") + '"'
