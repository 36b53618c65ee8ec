"""Checking what an [`ArgumentationFramework`][argmap.semantics.ArgumentationFramework] is
built from: argument names, attacks as name pairs or as index pairs.

Bulk checks first (a few C-level passes); only when one fails, a loop that names the first bad
item and its position.

>>> split_pairs([("a", "b"), ["b", "c"]])
(['a', 'b'], ['b', 'c'])
>>> in_range(2, [0, 1], [1, 2])
False
"""

from __future__ import annotations

from collections.abc import Iterable
from operator import itemgetter
from typing import Any, NoReturn

from argmap.semantics.errors import FrameworkError

__all__ = ["in_range", "raise_out_of_range", "split_pairs", "to_arguments", "to_attacks"]

_FIRST, _SECOND = itemgetter(0), itemgetter(1)


def to_arguments(value: Iterable[str]) -> tuple[str, ...]:
    """Turn any iterable of names into a tuple, checking each is a string."""
    names = tuple(value)
    if set(map(type, names)) <= {str}:
        return names
    for position, name in enumerate(names):
        if not isinstance(name, str):
            raise FrameworkError(f"arguments[{position}]: expected a string name, got {name!r}")
    return names  # pragma: no cover - subclasses of str


def to_attacks(items: list[Any]) -> tuple[tuple[str, str], ...]:
    """Turn pairs (tuples, lists) into a tuple of tuples, dropping repeats (the checked path)."""
    try:
        pairs = tuple(dict.fromkeys(map(tuple, items)))
        well_formed = all(len(pair) == 2 for pair in pairs) and not any(
            isinstance(item, str) for item in items
        )
    except TypeError:  # an item that is not iterable, or holds something unhashable
        well_formed = False
    if not well_formed:
        for position, item in enumerate(items):
            if isinstance(item, str) or not isinstance(item, Iterable) or len(tuple(item)) != 2:
                raise FrameworkError(
                    f"attacks[{position}]: expected a pair (attacker, attacked), got {item!r}"
                )
        raise FrameworkError(f"attacks: argument names must be strings, got {items!r:.200}")
    return pairs


def split_pairs(items: list[Any]) -> tuple[list[Any], list[Any]] | None:
    """Split well-formed pairs (all tuples or lists of length 2) into two columns, else None."""
    if not set(map(type, items)) <= {tuple, list} or not set(map(len, items)) <= {2}:
        return None
    return list(map(_FIRST, items)), list(map(_SECOND, items))


def in_range(size: int, sources: list[Any], targets: list[Any]) -> bool:
    """Tell whether both columns hold only ints in ``0..size - 1`` (bulk checks, no loop)."""
    if not sources:
        return True
    if not set(map(type, sources)) <= {int} or not set(map(type, targets)) <= {int}:
        return False
    return bool(min(sources) >= 0 <= min(targets) and max(max(sources), max(targets)) < size)


def raise_out_of_range(size: int, items: list[Any]) -> NoReturn:
    """Raise naming the first (de-duplicated) pair with an index outside ``0..size - 1``."""
    if split_pairs(items) is not None:
        for position, (i, j) in enumerate(dict.fromkeys(map(tuple, items))):
            if type(i) is not int or type(j) is not int:
                break
            if not (0 <= i < size and 0 <= j < size):
                raise FrameworkError(
                    f"attacks[{position}]: index pair {(i, j)} is outside 0..{size - 1}"
                )
    raise FrameworkError(f"attacks: expected (int, int) index pairs, got {items!r:.200}")
