"""Extensions and acceptance under grounded, complete, preferred, stable, semi-stable semantics.

Grounded is computed directly ([`argmap.semantics.grounded`][argmap.semantics.grounded]); the others
by iterative SAT
on the complete-labelling encoding of `argmap.semantics.sat`:

* complete and stable: find a labelling, block it, repeat;
* preferred: find a complete extension, grow it until no strictly larger one exists, report
  it, then demand that every later one has an argument outside it (what the ICCMA 2023
  winners do);
* semi-stable: the same growth on the *range* (in or out), then every extension with that
  maximal range.

Timeouts raise [`SemanticsTimeoutError`][], whose ``partial`` holds the
extensions found before the deadline.

>>> from argmap.semantics.framework import ArgumentationFramework
>>> af = ArgumentationFramework(
...     arguments=["a", "b", "c"], attacks=[("a", "b"), ("b", "a"), ("b", "c")]
... )
>>> sorted(sorted(e) for e in extensions(af, "preferred"))
[['a', 'c'], ['b']]
>>> credulously_accepted(af, "c", "stable"), sceptically_accepted(af, "c", "preferred")
(True, False)
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from enum import StrEnum

from argmap.semantics.errors import SemanticsTimeoutError
from argmap.semantics.framework import ArgumentationFramework
from argmap.semantics.grounded import grounded_labelling
from argmap.semantics.labelling import Label
from argmap.semantics.sat import CompleteEncoding, DeadlineReached

__all__ = [
    "Semantics",
    "credulously_accepted",
    "extensions",
    "iter_extensions",
    "sceptically_accepted",
    "some_extension",
]


class Semantics(StrEnum):
    """The extension-based semantics the engine computes."""

    GROUNDED = "grounded"
    COMPLETE = "complete"
    PREFERRED = "preferred"
    STABLE = "stable"
    SEMI_STABLE = "semi-stable"


def _semantics(value: Semantics | str) -> Semantics:
    try:
        return Semantics(value)
    except ValueError:
        known = ", ".join(s.value for s in Semantics)
        raise ValueError(f"semantics: expected one of {known}, got {value!r}") from None


def _deadline(timeout: float | None) -> float | None:
    if timeout is None:
        return None
    if timeout <= 0:
        raise ValueError(f"timeout: expected a positive number of seconds, got {timeout!r}")
    return time.monotonic() + timeout


def _grounded_indices(af: ArgumentationFramework) -> list[int]:
    return grounded_labelling(af).indices(Label.IN)


def _grow(enc: CompleteEncoding, found: list[int], *, ranges: bool = False) -> list[int]:
    """Grow a model's in-set (or range) until no complete labelling has a larger one."""
    size = enc.size
    lit, read = (enc.range_lit, enc.range_indices) if ranges else (enc.in_lit, enc.in_indices)
    while len(found) < size:
        inside = set(found)
        act = enc.new_var()
        enc.add_clause([-act, *(lit(i) for i in range(size) if i not in inside)])
        grew = enc.solve([act, *(lit(i) for i in found)])
        enc.add_clause([-act])
        if not grew:
            break
        found = read()
    return found


def _outside(size: int, found: list[int], lit: Callable[[int], int]) -> list[int]:
    inside = set(found)
    return [lit(i) for i in range(size) if i not in inside]


def _complete_or_stable(enc: CompleteEncoding) -> Iterator[list[int]]:
    while enc.solve():
        found = enc.in_indices()
        yield found
        # Block exactly this labelling (complete labellings are fixed by their in-set).
        enc.add_clause([*_outside(enc.size, found, enc.in_lit), *(-(i + 1) for i in found)])


def _preferred(enc: CompleteEncoding) -> Iterator[list[int]]:
    while enc.solve():
        found = _grow(enc, enc.in_indices())
        yield found
        blocking = _outside(enc.size, found, enc.in_lit)
        if not blocking:
            return
        enc.add_clause(blocking)  # later extensions are not subsets of this one


def _semi_stable(enc: CompleteEncoding) -> Iterator[list[int]]:
    size = enc.size
    while enc.solve():
        reach = _grow(enc, enc.range_indices(), ranges=True)
        outside = _outside(size, reach, enc.range_lit)
        exact = [*(enc.range_lit(i) for i in reach), *(-lit for lit in outside)]
        act = enc.new_var()
        while enc.solve([act, *exact]):
            found = enc.in_indices()
            yield found
            # Extensions with one range are pairwise incomparable: block subsets of this one.
            enc.add_clause([-act, *_outside(size, found, enc.in_lit)])
        enc.add_clause([-act])
        if not outside:
            return
        enc.add_clause(outside)  # later ranges are not subsets of this one


def _index_sets(
    af: ArgumentationFramework, semantics: Semantics, deadline: float | None
) -> Iterator[list[int]]:
    if semantics is Semantics.GROUNDED:
        yield _grounded_indices(af)
        return
    stable = semantics is Semantics.STABLE
    ranges = semantics is Semantics.SEMI_STABLE
    with CompleteEncoding(af, stable=stable, ranges=ranges, deadline=deadline) as enc:
        if semantics is Semantics.PREFERRED:
            yield from _preferred(enc)
        elif ranges:
            yield from _semi_stable(enc)
        else:
            yield from _complete_or_stable(enc)


def iter_extensions(
    af: ArgumentationFramework,
    semantics: Semantics | str,
    *,
    limit: int | None = None,
    timeout: float | None = None,
) -> Iterator[frozenset[str]]:
    """Yield the extensions of ``af`` one by one, each once.

    Args:
        af: the framework.
        semantics: a [`Semantics`][] or its name (``"semi-stable"``).
        limit: stop after this many extensions.
        timeout: seconds for the whole enumeration.

    Raises:
        SemanticsTimeoutError: the timeout passed; ``partial`` holds what was yielded.
        ValueError: unknown semantics, or a timeout that is not positive.

    >>> from argmap.semantics.framework import ArgumentationFramework
    >>> af = ArgumentationFramework(arguments=["a"], attacks=[("a", "a")])
    >>> list(iter_extensions(af, "stable"))
    []
    """
    chosen = _semantics(semantics)
    deadline = _deadline(timeout)
    found: list[frozenset[str]] = []
    if limit is not None and limit <= 0:
        return
    try:
        for indices in _index_sets(af, chosen, deadline):
            extension = af.names_of(indices)
            found.append(extension)
            yield extension
            if limit is not None and len(found) >= limit:
                return
    except DeadlineReached:
        raise SemanticsTimeoutError(
            f"{chosen.value} extensions: no answer within {timeout} s "
            f"({len(found)} found before the deadline, kept in .partial)",
            partial=tuple(found),
        ) from None


def extensions(
    af: ArgumentationFramework,
    semantics: Semantics | str,
    *,
    limit: int | None = None,
    timeout: float | None = None,
) -> list[frozenset[str]]:
    """Return the extensions of ``af`` as a list, in the order found.

    Takes the arguments of [`iter_extensions`][] and raises what it raises
    ([`SemanticsTimeoutError`][] with ``partial``, ``ValueError``).

    >>> from argmap.semantics.framework import ArgumentationFramework
    >>> af = ArgumentationFramework(arguments=["a", "b"], attacks=[("a", "b"), ("b", "a")])
    >>> sorted(sorted(e) for e in extensions(af, "complete"))
    [[], ['a'], ['b']]
    """
    return list(iter_extensions(af, semantics, limit=limit, timeout=timeout))


def some_extension(
    af: ArgumentationFramework, semantics: Semantics | str, *, timeout: float | None = None
) -> frozenset[str] | None:
    """Return one extension without enumerating the others, or ``None`` if there is none.

    Only stable semantics can have no extension. Complete semantics answers with the grounded
    extension (always complete).

    Raises:
        SemanticsTimeoutError: the timeout passed.
        ValueError: unknown semantics, or a timeout that is not positive.

    >>> from argmap.semantics.framework import ArgumentationFramework
    >>> af = ArgumentationFramework(arguments=["a", "b"], attacks=[("a", "b")])
    >>> sorted(some_extension(af, "preferred"))
    ['a']
    """
    chosen = _semantics(semantics)
    if chosen is Semantics.COMPLETE:
        chosen = Semantics.GROUNDED
    for extension in iter_extensions(af, chosen, limit=1, timeout=timeout):
        return extension
    return None


def credulously_accepted(
    af: ArgumentationFramework,
    argument: str,
    semantics: Semantics | str,
    *,
    timeout: float | None = None,
) -> bool:
    """Tell whether ``argument`` belongs to at least one extension.

    Complete, preferred and stable take one SAT call; semi-stable enumerates until a witness.

    Raises:
        FrameworkError: ``argument`` is not in ``af``.
        SemanticsTimeoutError: the timeout passed.
        ValueError: unknown semantics, or a timeout that is not positive.
    """
    chosen = _semantics(semantics)
    target = af.index(argument)
    deadline = _deadline(timeout)
    try:
        if chosen is Semantics.GROUNDED:
            return target in _grounded_indices(af)
        if chosen is Semantics.SEMI_STABLE:
            return any(target in found for found in _semi_stable_or_stable(af, deadline))
        stable = chosen is Semantics.STABLE
        with CompleteEncoding(af, stable=stable, deadline=deadline) as enc:
            return enc.solve([enc.in_lit(target)])
    except DeadlineReached:
        raise _timeout("credulous", chosen, argument, timeout) from None


def sceptically_accepted(
    af: ArgumentationFramework,
    argument: str,
    semantics: Semantics | str,
    *,
    timeout: float | None = None,
) -> bool:
    """Tell whether ``argument`` belongs to every extension.

    With no stable extension at all, every argument is sceptically accepted under stable
    semantics (the ICCMA convention). Preferred semantics uses counterexample search: grow a
    complete extension without ``argument`` to a preferred one; if it then holds
    ``argument``, exclude its subsets and search again.

    Raises:
        FrameworkError: ``argument`` is not in ``af``.
        SemanticsTimeoutError: the timeout passed.
        ValueError: unknown semantics, or a timeout that is not positive.
    """
    chosen = _semantics(semantics)
    target = af.index(argument)
    deadline = _deadline(timeout)
    try:
        if chosen in (Semantics.GROUNDED, Semantics.COMPLETE):
            return target in _grounded_indices(af)
        if chosen is Semantics.SEMI_STABLE:
            return all(target in found for found in _semi_stable_or_stable(af, deadline))
        if chosen is Semantics.STABLE:
            with CompleteEncoding(af, stable=True, deadline=deadline) as enc:
                return not enc.solve([-enc.in_lit(target)])
        if target in _grounded_indices(af):
            return True
        with CompleteEncoding(af, deadline=deadline) as enc:
            while enc.solve([-enc.in_lit(target)]):
                found = _grow(enc, enc.in_indices())
                if target not in found:
                    return False
                enc.add_clause(_outside(enc.size, found, enc.in_lit))
            return True
    except DeadlineReached:
        raise _timeout("sceptical", chosen, argument, timeout) from None


def _semi_stable_or_stable(
    af: ArgumentationFramework, deadline: float | None
) -> Iterator[list[int]]:
    """Semi-stable extensions, taking the cheaper stable route when a stable one exists."""
    with CompleteEncoding(af, stable=True, deadline=deadline) as enc:
        if enc.solve():
            yield from _complete_or_stable(enc)
            return
    yield from _index_sets(af, Semantics.SEMI_STABLE, deadline)


def _timeout(
    kind: str, semantics: Semantics, argument: str, timeout: float | None
) -> SemanticsTimeoutError:
    return SemanticsTimeoutError(
        f"{kind} acceptance of {argument!r} under {semantics.value} semantics: "
        f"no answer within {timeout} s"
    )
