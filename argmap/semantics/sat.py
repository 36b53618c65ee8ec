"""A SAT encoding of complete (and stable) labellings, with a deadline, for the SAT semantics.

Argument ``i`` (0-based) has two Boolean variables: ``in`` is ``i + 1``, ``out`` is
``n + i + 1``; ``undec`` is neither. The clauses say exactly that the labelling is complete:

* not both in and out;
* in  -> every attacker is out;      every attacker out -> in;
* out -> some attacker is in;        some attacker in   -> out.

A stable encoding adds "in or out" for every argument. A range variable ``r_i <-> in_i or
out_i`` (``2n + i + 1``) serves semi-stable semantics.

>>> from argmap.semantics.framework import ArgumentationFramework
>>> af = ArgumentationFramework(arguments=["a", "b"], attacks=[("a", "b"), ("b", "a")])
>>> enc = CompleteEncoding(af)
>>> enc.solve([enc.in_lit(0)]), enc.in_indices()
(True, [0])
>>> enc.close()
"""

from __future__ import annotations

import threading
import time
from collections.abc import Sequence

from argmap.semantics.framework import ArgumentationFramework

__all__ = ["DEFAULT_SOLVER", "CompleteEncoding", "DeadlineReached"]

DEFAULT_SOLVER = "minisat22"
"""The python-sat solver used. MiniSat 2.2 looks at its interrupt flag at every decision, so a
timeout stops it within milliseconds, and it is deterministic (the same extensions in the same
order in every process, which ``--limit`` relies on). Glucose 4, the former default, only
looks between restarts, which it may block for many seconds on dense frameworks (15 s past a
1 s limit on ``st_890_86_9_572.af``); MapleChrono is prompt but orders its answers differently
from one process to the next. Both are 1.2-1.5x faster on easy instances."""


class DeadlineReached(Exception):
    """Internal: a solver call or encoding step passed the deadline."""


class CompleteEncoding:
    """The complete (or stable) labellings of a framework as a live incremental SAT solver.

    Args:
        framework: the framework to encode.
        stable: also forbid ``undec`` (stable labellings).
        ranges: also add range variables (semi-stable semantics).
        deadline: a `time.monotonic` time after which calls raise
            [`DeadlineReached`][]; ``None`` for no limit.
        solver: a python-sat solver name.
    """

    def __init__(
        self,
        framework: ArgumentationFramework,
        *,
        stable: bool = False,
        ranges: bool = False,
        deadline: float | None = None,
        solver: str = DEFAULT_SOLVER,
    ) -> None:
        self.framework = framework
        self.size = n = len(framework)
        self.deadline = deadline
        from pysat.solvers import Solver  # imported when first solving (0.03-0.1 s)

        self._solver = Solver(name=solver)
        self._top = 3 * n if ranges else 2 * n
        self._model: list[int] = []
        add = self._solver.add_clause
        for i, attackers in enumerate(framework.attackers):
            if i % 4096 == 0:
                self._check_deadline()
            x, y = i + 1, n + i + 1
            add([-x, -y])
            # in -> each attacker out; all attackers out -> in.
            for j in attackers:
                add([-x, n + j + 1])
            add([x, *(-(n + j + 1) for j in attackers)])
            # out -> some attacker in; an attacker in -> out.
            add([-y, *(j + 1 for j in attackers)])
            for j in attackers:
                add([-(j + 1), y])
            if stable:
                add([x, y])
            if ranges:
                r = 2 * n + i + 1
                add([-r, x, y])
                add([-x, r])
                add([-y, r])

    def in_lit(self, i: int) -> int:
        """Return the literal "argument ``i`` is in"."""
        return i + 1

    def range_lit(self, i: int) -> int:
        """Return the literal "argument ``i`` is in or out" (needs ``ranges=True``)."""
        return 2 * self.size + i + 1

    def new_var(self) -> int:
        """Return a fresh variable (for activation literals)."""
        self._top += 1
        return self._top

    def add_clause(self, clause: Sequence[int]) -> None:
        """Add a clause for all later calls."""
        self._solver.add_clause(list(clause))

    def _check_deadline(self) -> None:
        if self.deadline is not None and time.monotonic() >= self.deadline:
            raise DeadlineReached

    def solve(self, assumptions: Sequence[int] = ()) -> bool:
        """Tell whether a labelling exists under ``assumptions``; keep its model.

        Raises:
            DeadlineReached: the deadline passed before or during the call.
        """
        self._check_deadline()
        if self.deadline is None:
            found = self._solver.solve(assumptions=list(assumptions))
        else:
            timer = threading.Timer(self.deadline - time.monotonic(), self._solver.interrupt)
            timer.start()
            try:
                found = self._solver.solve_limited(
                    assumptions=list(assumptions), expect_interrupt=True
                )
            finally:
                timer.cancel()
                self._solver.clear_interrupt()
            if found is None:
                raise DeadlineReached
        if found:
            self._model = self._solver.get_model() or []
        return bool(found)

    def in_indices(self) -> list[int]:
        """Return the arguments labelled in by the last model found."""
        model = self._model
        return [i for i in range(self.size) if model[i] > 0]

    def range_indices(self) -> list[int]:
        """Return the arguments labelled in or out by the last model found."""
        model, n = self._model, self.size
        return [i for i in range(n) if model[i] > 0 or model[n + i] > 0]

    def close(self) -> None:
        """Free the solver."""
        self._solver.delete()

    def __enter__(self) -> CompleteEncoding:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
