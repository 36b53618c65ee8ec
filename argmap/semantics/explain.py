"""Why an argument has its label: the attackers and defenders that decide it.

* ``out``: the attackers labelled ``in`` that defeat it;
* ``in``: each attacker, with the ``in`` arguments that attack it (its defenders);
* ``undec``: the attackers left ``undec`` (and no attacker is ``in``).

>>> from argmap.semantics.framework import ArgumentationFramework
>>> from argmap.semantics.grounded import grounded_labelling
>>> af = ArgumentationFramework(arguments=["a", "b", "c"], attacks=[("a", "b"), ("b", "c")])
>>> print(explain(grounded_labelling(af), "c"))
c is in: its attacker b is out, defeated by a.
>>> print(explain(grounded_labelling(af), "b"))
b is out: it is attacked by a, which is in.
"""

from __future__ import annotations

from attrs import frozen

from argmap.semantics.labelling import Label, Labelling

__all__ = ["Explanation", "explain"]


def _names(names: tuple[str, ...]) -> str:
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


@frozen(kw_only=True)
class Explanation:
    """The reasons for one argument's label.

    Args:
        argument: the argument explained.
        label: its label.
        defeaters: for ``out``: its attackers labelled ``in``.
        defences: for ``in``: per attacker, the ``in`` arguments that attack that attacker.
        undecided: for ``undec``: its attackers labelled ``undec``.
    """

    argument: str
    label: Label
    defeaters: tuple[str, ...] = ()
    defences: tuple[tuple[str, tuple[str, ...]], ...] = ()
    undecided: tuple[str, ...] = ()

    def __str__(self) -> str:
        head = f"{self.argument} is {self.label.value}"
        if self.label is Label.OUT:
            if not self.defeaters:
                return f"{head}, but no attacker is in: the labelling is not complete."
            verb = "which is" if len(self.defeaters) == 1 else "which are"
            return f"{head}: it is attacked by {_names(self.defeaters)}, {verb} in."
        if self.label is Label.IN:
            if not self.defences:
                return f"{head}: nothing attacks it."
            parts = []
            for attacker, defenders in self.defences:
                by = f"defeated by {_names(defenders)}" if defenders else "with no in attacker"
                parts.append(f"{attacker} is out, {by}")
            noun = "attacker" if len(parts) == 1 else "attackers"
            return f"{head}: its {noun} " + "; ".join(parts) + "."
        if not self.undecided:
            return f"{head}: no attacker is in, yet it is not in the extension."
        if self.undecided == (self.argument,):
            return f"{head}: it attacks itself and no in argument attacks it."
        noun, verb = ("attacker", "is") if len(self.undecided) == 1 else ("attackers", "are")
        who = _names(self.undecided)
        return f"{head}: its {noun} {who} {verb} undec and no attacker is in."


def explain(labelling: Labelling, argument: str) -> Explanation:
    """Explain the label of ``argument`` in ``labelling`` by its attackers and defenders.

    Args:
        labelling: a labelling (grounded, or from an extension).
        argument: the argument to explain.

    Returns:
        The [`Explanation`][]; ``str()`` of it is a readable sentence.

    Raises:
        FrameworkError: ``argument`` is not in the labelling's framework.
    """
    af = labelling.framework
    names = af.arguments
    i = af.index(argument)
    label = labelling.label_at(i)
    attackers = af.attackers[i]
    if label is Label.OUT:
        defeaters = tuple(names[j] for j in attackers if labelling.label_at(j) is Label.IN)
        return Explanation(argument=argument, label=label, defeaters=defeaters)
    if label is Label.IN:
        defences = tuple(
            (
                names[j],
                tuple(names[k] for k in af.attackers[j] if labelling.label_at(k) is Label.IN),
            )
            for j in attackers
        )
        return Explanation(argument=argument, label=label, defences=defences)
    undecided = tuple(names[j] for j in attackers if labelling.label_at(j) is Label.UNDEC)
    return Explanation(argument=argument, label=label, undecided=undecided)
