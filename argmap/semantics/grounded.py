"""Grounded semantics by a worklist labelling: linear time, no recursion.

An argument is labelled ``in`` as soon as all its attackers are ``out``; an argument is
labelled ``out`` as soon as one attacker is ``in``. What is left is ``undec``. This is the
least complete labelling, found in O(arguments + attacks).

>>> from argmap.semantics.framework import ArgumentationFramework
>>> af = ArgumentationFramework(
...     arguments=["a", "b", "c", "d"], attacks=[("a", "b"), ("b", "c"), ("d", "d")]
... )
>>> lab = grounded_labelling(af)
>>> [lab[x].value for x in af.arguments]
['in', 'out', 'in', 'undec']
>>> sorted(grounded_extension(af))
['a', 'c']
"""

from __future__ import annotations

from collections.abc import Sequence

from argmap.semantics import _vectorised
from argmap.semantics.framework import ArgumentationFramework
from argmap.semantics.labelling import IN, OUT, Labelling

__all__ = ["grounded_extension", "grounded_labelling"]


def grounded_labelling(framework: ArgumentationFramework) -> Labelling:
    """Return the grounded labelling of ``framework``.

    Args:
        framework: the framework to label.

    Returns:
        The grounded labelling (the least complete labelling).
    """
    if framework._grounded is None:
        object.__setattr__(framework, "_grounded", _labelling(framework))
    labelling: Labelling = framework._grounded
    return labelling


def _labelling(framework: ArgumentationFramework) -> Labelling:
    size = len(framework)
    if _vectorised.AVAILABLE and size >= _vectorised.MIN_ARGUMENTS:
        sources, targets = framework._arrays or (framework._sources, framework._targets)
        return Labelling(framework, _vectorised.grounded_codes(size, sources, targets))
    return Labelling(framework, worklist_codes(framework))


def worklist_codes(framework: ArgumentationFramework) -> bytearray:
    """Return the grounded labelling's byte codes by the pure-Python worklist."""
    # Per argument, the arguments it attacks and how many of its attackers are not yet out.
    attacked, pending = framework._grounded_inputs()
    codes = bytearray(len(framework))
    worklist = [i for i, count in enumerate(pending) if count == 0]
    for i in worklist:
        codes[i] = IN
    propagate(attacked, pending.copy(), codes, worklist)
    return codes


def propagate(
    attacked: Sequence[Sequence[int]], pending: list[int], codes: bytearray, worklist: list[int]
) -> None:
    """Run the worklist: each ``in`` argument in ``worklist`` makes its targets ``out``, which
    may make their targets ``in`` (``pending`` counts attackers not yet ``out``).

    ``codes`` and ``pending`` are updated in place; ``worklist`` is emptied.
    """
    while worklist:
        i = worklist.pop()
        for j in attacked[i]:
            if codes[j]:
                continue  # already out (an in argument is never attacked by an in argument)
            codes[j] = OUT
            for k in attacked[j]:
                if codes[k]:
                    continue
                pending[k] -= 1
                if pending[k] == 0:
                    codes[k] = IN
                    worklist.append(k)


def grounded_extension(framework: ArgumentationFramework) -> frozenset[str]:
    """Return the grounded extension: the arguments the grounded labelling labels ``in``.

    Args:
        framework: the framework to evaluate.
    """
    return grounded_labelling(framework).extension
