"""Gradual semantics: a strength in [0, 1] for every argument instead of in/out.

* [`h_categoriser`][] (Besnard and Hunter 2001): ``h(a) = 1 / (1 + sum of h(b) over the
  attackers b of a)``, the unique fixpoint, found by iteration.
* [`dfquad`][] (Rago et al. 2016) on a [`BipolarFramework`][] with attacks *and*
  supports: an argument starts at its base score; the combined strength of its attackers
  pulls it down towards 0, that of its supporters up towards 1.

>>> from argmap.semantics.framework import ArgumentationFramework
>>> af = ArgumentationFramework(arguments=["a", "b"], attacks=[("a", "b")])
>>> h_categoriser(af)
{'a': 1.0, 'b': 0.5}
>>> bf = BipolarFramework(arguments=["a", "b", "c"], attacks=[("a", "c")], supports=[("b", "c")])
>>> dfquad(bf)
{'a': 0.5, 'b': 0.5, 'c': 0.5}
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Mapping, Sequence

from attrs import field, frozen

from argmap.semantics.errors import ConvergenceError, FrameworkError
from argmap.semantics.framework import ArgumentationFramework

__all__ = ["BipolarFramework", "dfquad", "h_categoriser"]


def h_categoriser(
    af: ArgumentationFramework, *, tolerance: float = 1e-9, max_iterations: int = 10_000
) -> dict[str, float]:
    """Return the h-categoriser strength of every argument.

    Iterates ``h <- 1 / (1 + sum of attackers' h)`` from all ones until no value moves more
    than ``tolerance``. The iteration always converges (the fixpoint is unique).

    Args:
        af: the framework.
        tolerance: the largest change allowed at the fixpoint.
        max_iterations: give up after this many rounds.

    Raises:
        ConvergenceError: not converged within ``max_iterations`` rounds.
    """
    attackers = af.attackers

    def step(values: list[float]) -> list[float]:
        return [1.0 / (1.0 + sum(values[j] for j in row)) for row in attackers]

    values = _fixpoint(step, [1.0] * len(af), tolerance, max_iterations, "h-categoriser")
    return dict(zip(af.arguments, values, strict=True))


def _fixpoint(
    step: Callable[[list[float]], list[float]],
    values: list[float],
    tolerance: float,
    max_iterations: int,
    what: str,
) -> list[float]:
    """Apply ``step`` until no value moves more than ``tolerance``.

    Raises:
        ConvergenceError: still moving after ``max_iterations`` steps.
    """
    change = math.inf
    for _ in range(max_iterations):
        new = step(values)
        change = max((abs(a - b) for a, b in zip(new, values, strict=True)), default=0.0)
        values = new
        if change <= tolerance:
            return values
    raise ConvergenceError(
        f"{what}: no fixpoint within {max_iterations} iterations "
        f"(last change {change:.3g} > tolerance {tolerance:g})"
    )


def _to_names(value: Iterable[str]) -> tuple[str, ...]:
    return tuple(value)


def _to_scores(value: Mapping[str, float] | None) -> tuple[tuple[str, float], ...]:
    return tuple(sorted((value or {}).items()))


def _to_pairs(value: Iterable[Sequence[str]]) -> tuple[tuple[str, str], ...]:
    return tuple(dict.fromkeys((a, b) for a, b in value))


@frozen(kw_only=True)
class BipolarFramework:
    """Arguments with attacks, supports and base scores (for DF-QuAD).

    Args:
        arguments: unique names.
        attacks: pairs ``(attacker, attacked)``.
        supports: pairs ``(supporter, supported)``.
        base_scores: per argument, a base score in [0, 1]; missing ones are ``default_score``.
        default_score: the base score of arguments not in ``base_scores``.

    Raises:
        FrameworkError: an unknown or repeated argument, or a score outside [0, 1].
    """

    arguments: tuple[str, ...] = field(converter=_to_names)
    attacks: tuple[tuple[str, str], ...] = field(converter=_to_pairs, default=())
    supports: tuple[tuple[str, str], ...] = field(converter=_to_pairs, default=())
    base_scores: tuple[tuple[str, float], ...] = field(converter=_to_scores, default=None)
    default_score: float = 0.5

    def __attrs_post_init__(self) -> None:
        known = set(self.arguments)
        if len(known) != len(self.arguments):
            raise FrameworkError("arguments: a name is repeated")
        for kind, pairs in (("attacks", self.attacks), ("supports", self.supports)):
            for position, pair in enumerate(pairs):
                for name in pair:
                    if name not in known:
                        raise FrameworkError(f"{kind}[{position}]: {name!r} is not an argument")
        for name, score in (*self.base_scores, ("default_score", self.default_score)):
            if not 0.0 <= score <= 1.0:
                raise FrameworkError(f"base score of {name!r}: expected 0..1, got {score!r}")
            if name != "default_score" and name not in known:
                raise FrameworkError(f"base_scores: {name!r} is not an argument")

    def base_score(self, name: str) -> float:
        """Return the base score of ``name``."""
        return dict(self.base_scores).get(name, self.default_score)


def _aggregate(strengths: Iterable[float]) -> float:
    """DF-QuAD's combination: 1 - product of (1 - v)."""
    return 1.0 - math.prod(1.0 - v for v in strengths)


def _combine(base: float, attack: float, support: float) -> float:
    if attack >= support:
        return base - base * (attack - support)
    return base + (1.0 - base) * (support - attack)


def _topological_order(size: int, parents: list[list[int]]) -> list[int] | None:
    """Kahn's algorithm; ``None`` when the graph has a cycle."""
    children: list[list[int]] = [[] for _ in range(size)]
    waiting = [len(row) for row in parents]
    for child, row in enumerate(parents):
        for parent in row:
            children[parent].append(child)
    order = [i for i in range(size) if waiting[i] == 0]
    for i in order:  # the list grows while we walk it
        for child in children[i]:
            waiting[child] -= 1
            if waiting[child] == 0:
                order.append(child)
    return order if len(order) == size else None


def dfquad(
    bf: BipolarFramework, *, tolerance: float = 1e-9, max_iterations: int = 10_000
) -> dict[str, float]:
    """Return the DF-QuAD strength of every argument.

    An acyclic graph is evaluated once, in topological order; a cyclic one by iterating from
    the base scores until no value moves more than ``tolerance``. An argument without
    attackers and supporters keeps its base score.

    Args:
        bf: the bipolar framework.
        tolerance: the largest change allowed at the fixpoint (cyclic graphs).
        max_iterations: give up after this many rounds (cyclic graphs).

    Raises:
        ConvergenceError: a cyclic graph did not settle within ``max_iterations`` rounds.

    >>> bf = BipolarFramework(arguments=["a", "b"], attacks=[("a", "b"), ("b", "a")])
    >>> {name: round(value, 6) for name, value in dfquad(bf).items()}
    {'a': 0.333333, 'b': 0.333333}
    """
    index = {name: i for i, name in enumerate(bf.arguments)}
    size = len(index)
    attackers: list[list[int]] = [[] for _ in range(size)]
    supporters: list[list[int]] = [[] for _ in range(size)]
    for a, b in bf.attacks:
        attackers[index[b]].append(index[a])
    for a, b in bf.supports:
        supporters[index[b]].append(index[a])
    base = [bf.base_score(name) for name in bf.arguments]

    def strength(i: int, values: list[float]) -> float:
        attack = _aggregate(values[j] for j in attackers[i])
        support = _aggregate(values[j] for j in supporters[i])
        return _combine(base[i], attack, support)

    parents = [a + s for a, s in zip(attackers, supporters, strict=True)]
    order = _topological_order(size, parents)
    values = list(base)
    if order is not None:
        for i in order:
            values[i] = strength(i, values)
        return dict(zip(bf.arguments, values, strict=True))

    def step(values: list[float]) -> list[float]:
        return [strength(i, values) for i in range(size)]

    values = _fixpoint(step, values, tolerance, max_iterations, "DF-QuAD (cyclic)")
    return dict(zip(bf.arguments, values, strict=True))
