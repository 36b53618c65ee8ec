"""Abstract argumentation frameworks (Dung 1995): arguments and an attack relation.

>>> af = ArgumentationFramework(arguments=["a", "b", "c"], attacks=[("a", "b"), ["b", "c"]])
>>> af.attacks
(('a', 'b'), ('b', 'c'))
>>> af.attackers_of("c")
('b',)
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from itertools import repeat
from operator import add, floordiv, mod, mul
from typing import Any, NoReturn

from attrs.exceptions import FrozenInstanceError

from argmap._collector import collector_paused as _collector_paused
from argmap.semantics._framework_input import (
    in_range,
    raise_out_of_range,
    split_pairs,
    to_arguments,
    to_attacks,
)
from argmap.semantics.errors import FrameworkError

__all__ = ["ArgumentationFramework"]


def _rows(size: int, sources: list[int], targets: list[int]) -> list[list[int]]:
    """Group ``targets`` by ``sources``: row ``i`` lists the targets of edges from ``i``."""
    rows: list[list[int]] = [[] for _ in range(size)]
    for i, j in zip(sources, targets, strict=True):
        rows[i].append(j)
    return rows


class ArgumentationFramework:
    """A set of named arguments and who attacks whom (immutable).

    Attacks are kept as two flat columns of argument indices. Everything else (the name
    index, the ``attacks`` name pairs, the ``attackers``/``attacked`` index lists) is made in
    linear time on first use and cached, so reading and labelling a framework of millions of
    attacks builds only what the semantics needs.

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
    argmap.exceptions.FrameworkError: attacks[0]: attacked argument 'z' is not an argument
    """

    __slots__ = (
        "_arrays",
        "_attacked",
        "_attackers",
        "_attacks",
        "_grounded",
        "_index",
        "_name_tuple",
        "_numbered",
        "_out",
        "_pending",
        "_source_list",
        "_target_list",
        "_unique",
    )
    _name_tuple: tuple[str, ...] | None  # None until first use for numbered arguments
    _numbered: int | None  # N when the arguments are "1".."N" (from the ICCMA reader)
    _source_list: list[int] | None  # None until first use when the numpy columns are given
    _target_list: list[int] | None
    _unique: bool | None
    _index: dict[str, int] | None
    _attacks: tuple[tuple[str, str], ...] | None
    _attackers: list[list[int]] | None
    _attacked: list[list[int]] | None
    _out: list[list[int]] | None
    _pending: list[int] | None
    _arrays: tuple[Any, Any] | None  # the columns as numpy arrays, when read by numpy
    _grounded: Any  # the grounded labelling, cached by argmap.semantics.grounded

    def __init__(self, *, arguments: Iterable[str], attacks: Iterable[Sequence[str]] = ()) -> None:
        with _collector_paused():
            names = to_arguments(arguments)
            items = attacks if isinstance(attacks, list) else list(attacks)
            columns = split_pairs(items) or split_pairs(list(to_attacks(items)))
            index = self._checked_index(names)
            try:
                assert columns is not None  # to_attacks raised otherwise
                sources = list(map(index.__getitem__, columns[0]))
                targets = list(map(index.__getitem__, columns[1]))
            except (KeyError, TypeError):
                self._raise_unknown(index, to_attacks(items))
            self._setup(names, sources, targets, index)

    @staticmethod
    def _checked_index(names: tuple[str, ...]) -> dict[str, int]:
        """Map each name to its position; raise naming the first repeated name."""
        index = dict(zip(names, range(len(names)), strict=True))
        if len(index) != len(names):
            seen: set[str] = set()
            for position, name in enumerate(names):
                if name in seen:
                    raise FrameworkError(f"arguments[{position}]: {name!r} is repeated")
                seen.add(name)
        return index

    def _setup(
        self,
        names: tuple[str, ...] | int,
        sources: list[int] | None,
        targets: list[int] | None,
        index: dict[str, int] | None,
        arrays: tuple[Any, Any] | None = None,
    ) -> None:
        setter = object.__setattr__
        for slot in self.__slots__:
            setter(self, slot, None)
        if isinstance(names, int):
            setter(self, "_numbered", names)
        else:
            setter(self, "_name_tuple", names)
        setter(self, "_source_list", sources)
        setter(self, "_target_list", targets)
        setter(self, "_index", index)
        setter(self, "_arrays", arrays)

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
            names = to_arguments(arguments)
            items = attacks if isinstance(attacks, list) else list(attacks)
            columns = split_pairs(items)
            if columns is None or not in_range(len(names), *columns):
                raise_out_of_range(len(names), items)
            return cls._from_columns(names, *columns)

    @classmethod
    def _from_columns(
        cls,
        names: tuple[str, ...] | int,
        sources: list[int] | None,
        targets: list[int] | None,
        *,
        unique_names: bool = False,
        arrays: tuple[Any, Any] | None = None,
    ) -> ArgumentationFramework:
        """Make a framework from checked index columns (``unique_names``: skip that check).

        ``names`` may be a count N: the arguments are then ``"1"``..``"N"``, made on first use.

        ``arrays``: the columns as numpy arrays; with them, ``sources`` and ``targets`` may be
        None, and the lists are made only if something other than the grounded labelling
        asks for them.
        """
        index = None if unique_names or isinstance(names, int) else cls._checked_index(names)
        framework = cls.__new__(cls)
        framework._setup(names, sources, targets, index, arrays)
        return framework

    def _raise_unknown(self, index: dict[str, int], pairs: Iterable[tuple[Any, Any]]) -> NoReturn:
        """Find the first attack naming an unknown argument and say which end it is."""
        for position, (source, target) in enumerate(pairs):
            for role, name in (("attacker", source), ("attacked", target)):
                if not isinstance(name, str) or name not in index:
                    raise FrameworkError(
                        f"attacks[{position}]: {role} argument {name!r} is not an argument"
                    )
        raise AssertionError("unreachable: no unknown argument found")  # pragma: no cover

    # -- derived data, made on first use ------------------------------------------------------

    @property
    def _names(self) -> tuple[str, ...]:
        """The argument names in index order (``"1"``..``"N"`` made now if numbered)."""
        if self._name_tuple is None:
            size = self._numbered or 0
            object.__setattr__(self, "_name_tuple", tuple(map(str, range(1, size + 1))))
        return self._name_tuple  # type: ignore[return-value]

    @property
    def _sources(self) -> list[int]:
        """Per attack, the attacker's index (the attack columns, as lists)."""
        return self._column_lists()[0]

    @property
    def _targets(self) -> list[int]:
        """Per attack, the attacked argument's index."""
        return self._column_lists()[1]

    def _column_lists(self) -> tuple[list[int], list[int]]:
        if self._source_list is None or self._target_list is None:
            assert self._arrays is not None  # the columns are given as lists or as arrays
            object.__setattr__(self, "_source_list", self._arrays[0].tolist())
            object.__setattr__(self, "_target_list", self._arrays[1].tolist())
        return self._source_list, self._target_list  # type: ignore[return-value]

    def _unique_columns(self) -> tuple[list[int], list[int]]:
        """Return the attack columns with repeated pairs dropped (first occurrence kept)."""
        if self._unique is None:
            size = len(self) or 1
            keys = list(map(add, map(mul, self._sources, repeat(size)), self._targets))
            unique = list(dict.fromkeys(keys))
            if len(unique) != len(keys):
                sources = list(map(floordiv, unique, repeat(size)))
                object.__setattr__(self, "_source_list", sources)
                object.__setattr__(self, "_target_list", list(map(mod, unique, repeat(size))))
                object.__setattr__(self, "_out", None)
                object.__setattr__(self, "_pending", None)
                object.__setattr__(self, "_arrays", None)
            object.__setattr__(self, "_unique", True)
        return self._sources, self._targets

    def _grounded_inputs(self) -> tuple[list[list[int]], list[int]]:
        """Return per argument the attacked indices and the number of attacks it receives.

        Repeated attacks may still be in both (counted alike, which the worklist tolerates):
        this avoids the de-duplication pass when only the grounded labelling is wanted.
        """
        if self._out is None or self._pending is None:
            with _collector_paused():
                size = len(self)
                rows: list[list[int]] = [[] for _ in range(size)]
                pending = [0] * size
                for i, j in zip(self._sources, self._targets, strict=True):
                    rows[i].append(j)
                    pending[j] += 1
            object.__setattr__(self, "_out", rows)
            object.__setattr__(self, "_pending", pending)
            if self._unique:
                object.__setattr__(self, "_attacked", rows)
        return self._out, self._pending  # type: ignore[return-value]

    @property
    def arguments(self) -> tuple[str, ...]:
        """The argument names in index order."""
        return self._names

    @property
    def attacks(self) -> tuple[tuple[str, str], ...]:
        """The attacks as ``(attacker, attacked)`` name pairs, repeats dropped, in given order."""
        if self._attacks is None:
            sources, targets = self._unique_columns()
            name = self._names.__getitem__
            with _collector_paused():
                pairs = tuple(zip(map(name, sources), map(name, targets), strict=True))
            object.__setattr__(self, "_attacks", pairs)
        return self._attacks  # type: ignore[return-value]

    @property
    def attackers(self) -> list[list[int]]:
        """Per argument index, the indices of its attackers (do not mutate)."""
        if self._attackers is None:
            sources, targets = self._unique_columns()
            with _collector_paused():
                object.__setattr__(self, "_attackers", _rows(len(self), targets, sources))
        return self._attackers  # type: ignore[return-value]

    @property
    def attacked(self) -> list[list[int]]:
        """Per argument index, the indices of the arguments it attacks (do not mutate)."""
        if self._attacked is None:
            sources, targets = self._unique_columns()
            with _collector_paused():
                object.__setattr__(self, "_attacked", _rows(len(self), sources, targets))
        return self._attacked  # type: ignore[return-value]

    @property
    def _name_index(self) -> dict[str, int]:
        if self._index is None:
            names = self._names
            object.__setattr__(self, "_index", dict(zip(names, range(len(names)), strict=True)))
        return self._index  # type: ignore[return-value]

    # -- value behaviour ----------------------------------------------------------------------

    def __setattr__(self, name: str, value: object) -> None:
        raise FrozenInstanceError

    def __delattr__(self, name: str) -> None:
        raise FrozenInstanceError

    def __eq__(self, other: object) -> bool:
        if other is self:
            return True
        if type(other) is not type(self) or not isinstance(other, ArgumentationFramework):
            return NotImplemented
        return self._names == other._names and self._unique_columns() == other._unique_columns()

    def __hash__(self) -> int:
        return hash((self._names, self.attacks))

    def __repr__(self) -> str:
        return f"ArgumentationFramework(arguments={self._names!r}, attacks={self.attacks!r})"

    def __getstate__(self) -> tuple[tuple[str, ...], list[int], list[int]]:
        return (self._names, *self._unique_columns())

    def __setstate__(self, state: tuple[tuple[str, ...], list[int], list[int]]) -> None:
        self._setup(*state, index=None)

    # -- queries ------------------------------------------------------------------------------

    def __len__(self) -> int:
        """Return the number of arguments."""
        if self._name_tuple is None:
            return self._numbered or 0
        return len(self._name_tuple)

    def __contains__(self, name: Any) -> bool:
        """Tell whether ``name`` is an argument of the framework."""
        try:
            return name in self._name_index
        except TypeError:  # unhashable
            return False

    def index(self, name: str) -> int:
        """Return the position of an argument.

        Raises:
            FrameworkError: ``name`` is not an argument.
        """
        try:
            return self._name_index[name]
        except KeyError:
            raise FrameworkError(f"{name!r} is not an argument of the framework") from None

    def attackers_of(self, name: str) -> tuple[str, ...]:
        """Return the names of the arguments that attack ``name``.

        Raises:
            FrameworkError: ``name`` is not an argument.
        """
        names = self._names
        return tuple(names[i] for i in self.attackers[self.index(name)])

    def attacked_by(self, name: str) -> tuple[str, ...]:
        """Return the names of the arguments that ``name`` attacks.

        Raises:
            FrameworkError: ``name`` is not an argument.
        """
        names = self._names
        return tuple(names[j] for j in self.attacked[self.index(name)])

    def names_of(self, indices: Iterable[int]) -> frozenset[str]:
        """Return the set of names at the given indices.

        >>> ArgumentationFramework(arguments=["a", "b"]).names_of([1])
        frozenset({'b'})
        """
        return frozenset(self._names_at(indices))

    def _names_at(self, indices: Iterable[int]) -> list[str]:
        """Return the names at ``indices``, in that order.

        Numbered arguments are named from their indices, without making all the names, when
        every index is an int in range (anything else gets the tuple's own answer or error).
        """
        if self._name_tuple is None:
            chosen = list(indices)
            if not chosen or (
                set(map(type, chosen)) == {int} and 0 <= min(chosen) <= max(chosen) < len(self)
            ):
                return list(map(str, map((1).__add__, chosen)))
            indices = chosen
        return list(map(self._names.__getitem__, indices))

    def indices_of(self, names: Iterable[str]) -> list[int]:
        """Return the indices of the given argument names.

        Raises:
            FrameworkError: a name is not an argument.
        """
        return [self.index(name) for name in names]
