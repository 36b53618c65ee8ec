"""Abstract argumentation frameworks (Dung 1995): arguments and an attack relation.

>>> af = ArgumentationFramework(arguments=["a", "b", "c"], attacks=[("a", "b"), ["b", "c"]])
>>> af.attacks
(('a', 'b'), ('b', 'c'))
>>> af.attackers_of("c")
('b',)
"""

from __future__ import annotations

import gc
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any, NoReturn

from attrs import field, frozen

from argmap.semantics.errors import FrameworkError

__all__ = ["ArgumentationFramework"]


def _to_arguments(value: Iterable[str]) -> tuple[str, ...]:
    """Turn any iterable of names into a tuple, checking each is a string."""
    names = tuple(value)
    for position, name in enumerate(names):
        if not isinstance(name, str):
            raise FrameworkError(f"arguments[{position}]: expected a string name, got {name!r}")
    return names


def _to_attacks(value: Iterable[Sequence[str]]) -> tuple[tuple[str, str], ...]:
    """Turn any iterable of pairs (tuples, lists) into a tuple of tuples, dropping repeats."""
    items = value if isinstance(value, list | tuple) else list(value)
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


def _adjacency(
    size: int, edges: Iterable[tuple[int, int]]
) -> tuple[list[list[int]], list[list[int]]]:
    """Build the attackers and attacked index lists of ``size`` arguments in one pass."""
    attackers: list[list[int]] = [[] for _ in range(size)]
    attacked: list[list[int]] = [[] for _ in range(size)]
    for i, j in edges:
        attackers[j].append(i)
        attacked[i].append(j)
    return attackers, attacked


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while millions of small containers are made.

    Each batch of allocations would otherwise set off a collection that walks every object
    (doubling or tripling the build time); the objects made here cannot form cycles.
    """
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()


@frozen(kw_only=True)
class ArgumentationFramework:
    """A set of named arguments and who attacks whom.

    The integer adjacency (``attackers[i]`` and ``attacked[i]`` as index lists) is built once,
    in linear time, when the framework is made; every semantics works on it.

    Args:
        arguments: unique argument names, in a fixed order (index ``i`` is ``arguments[i]``).
        attacks: pairs ``(attacker, attacked)``; any iterable of 2-tuples or 2-lists. Repeated
            pairs are kept once. Self-attacks are allowed.

    Raises:
        FrameworkError: a name is repeated or not a string, or an attack names an argument
            that is not in ``arguments``.

    >>> ArgumentationFramework(arguments=["a"], attacks=[("a", "z")])
    Traceback (most recent call last):
    ...
    argmap.semantics.errors.FrameworkError: attacks[0]: attacked argument 'z' is not an argument
    """

    arguments: tuple[str, ...] = field(converter=_to_arguments)
    attacks: tuple[tuple[str, str], ...] = field(converter=_to_attacks, default=())

    def __init__(self, *, arguments: Iterable[str], attacks: Iterable[Sequence[str]] = ()) -> None:
        with _collector_paused():
            self.__attrs_init__(arguments=arguments, attacks=attacks)  # type: ignore[attr-defined]

    _index: dict[str, int] = field(init=False, repr=False, eq=False)
    _attackers: list[list[int]] = field(init=False, repr=False, eq=False)
    _attacked: list[list[int]] = field(init=False, repr=False, eq=False)

    def __attrs_post_init__(self) -> None:
        index = {name: i for i, name in enumerate(self.arguments)}
        if len(index) != len(self.arguments):
            seen: set[str] = set()
            for position, name in enumerate(self.arguments):
                if name in seen:
                    raise FrameworkError(f"arguments[{position}]: {name!r} is repeated")
                seen.add(name)
        try:
            edges = [(index[source], index[target]) for source, target in self.attacks]
        except (KeyError, TypeError):
            self._raise_unknown(index)
        attackers, attacked = _adjacency(len(index), edges)
        object.__setattr__(self, "_index", index)
        object.__setattr__(self, "_attackers", attackers)
        object.__setattr__(self, "_attacked", attacked)

    @classmethod
    def from_indices(
        cls, arguments: Iterable[str], attacks: Iterable[tuple[int, int]]
    ) -> ArgumentationFramework:
        """Build a framework from names and attacks given as 0-based index pairs.

        Faster than naming each attack's ends (no name look-ups): readers of numbered formats
        such as ICCMA use it. Repeated pairs are kept once.

        Raises:
            FrameworkError: an index is out of range, or a name is repeated.

        >>> af = ArgumentationFramework.from_indices(["a", "b"], [(0, 1), (0, 1)])
        >>> af.attacks
        (('a', 'b'),)
        """
        with _collector_paused():
            return cls._from_indices(_to_arguments(arguments), attacks)

    @classmethod
    def _from_indices(
        cls, names: tuple[str, ...], attacks: Iterable[tuple[int, int]]
    ) -> ArgumentationFramework:
        edges = list(dict.fromkeys(attacks))
        size = len(names)
        for position, (i, j) in enumerate(edges):
            if not (0 <= i < size and 0 <= j < size):
                raise FrameworkError(
                    f"attacks[{position}]: index pair {(i, j)} is outside 0..{size - 1}"
                )
        index = {name: i for i, name in enumerate(names)}
        if len(index) != size:
            cls(arguments=names)  # raises the error naming the repeated argument
        framework = cls.__new__(cls)
        attackers, attacked = _adjacency(size, edges)
        setter = object.__setattr__
        setter(framework, "arguments", names)
        setter(framework, "attacks", tuple((names[i], names[j]) for i, j in edges))
        setter(framework, "_index", index)
        setter(framework, "_attackers", attackers)
        setter(framework, "_attacked", attacked)
        return framework

    def _raise_unknown(self, index: dict[str, int]) -> NoReturn:
        """Find the first attack naming an unknown argument and say which end it is."""
        for position, (source, target) in enumerate(self.attacks):
            for role, name in (("attacker", source), ("attacked", target)):
                if not isinstance(name, str) or name not in index:
                    raise FrameworkError(
                        f"attacks[{position}]: {role} argument {name!r} is not an argument"
                    )
        raise AssertionError("unreachable: no unknown argument found")  # pragma: no cover

    def __len__(self) -> int:
        """Return the number of arguments."""
        return len(self.arguments)

    def __contains__(self, name: Any) -> bool:
        """Tell whether ``name`` is an argument of the framework."""
        return name in self._index

    def index(self, name: str) -> int:
        """Return the position of an argument.

        Raises:
            FrameworkError: ``name`` is not an argument.
        """
        try:
            return self._index[name]
        except KeyError:
            raise FrameworkError(f"{name!r} is not an argument of the framework") from None

    @property
    def attackers(self) -> list[list[int]]:
        """Per argument index, the indices of its attackers (do not mutate)."""
        return self._attackers

    @property
    def attacked(self) -> list[list[int]]:
        """Per argument index, the indices of the arguments it attacks (do not mutate)."""
        return self._attacked

    def attackers_of(self, name: str) -> tuple[str, ...]:
        """Return the names of the arguments that attack ``name``.

        Raises:
            FrameworkError: ``name`` is not an argument.
        """
        names = self.arguments
        return tuple(names[i] for i in self._attackers[self.index(name)])

    def attacked_by(self, name: str) -> tuple[str, ...]:
        """Return the names of the arguments that ``name`` attacks.

        Raises:
            FrameworkError: ``name`` is not an argument.
        """
        names = self.arguments
        return tuple(names[j] for j in self._attacked[self.index(name)])

    def names_of(self, indices: Iterable[int]) -> frozenset[str]:
        """Return the set of names at the given indices.

        >>> ArgumentationFramework(arguments=["a", "b"]).names_of([1])
        frozenset({'b'})
        """
        names = self.arguments
        return frozenset(names[i] for i in indices)

    def indices_of(self, names: Iterable[str]) -> list[int]:
        """Return the indices of the given argument names.

        Raises:
            FrameworkError: a name is not an argument.
        """
        return [self.index(name) for name in names]
