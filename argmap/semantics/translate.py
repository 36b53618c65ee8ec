"""From a debate (claims, arguments, attacks) to a Dung framework, and back to claim statuses.

The translation, kept simple on purpose:

* every claim is a node, and so is every argument (a set of premise claims for a
  conclusion), named by its id;
* ``rebut``: the attacker (a claim or an argument) attacks the target claim;
* ``undermine``: the attacker attacks the premise claim *and* every argument that uses that
  claim as a premise (an argument falls with its premise);
* ``undercut``: the attacker attacks the argument node (the inference, not its claims).

Claims are accepted unless attacked: support by an argument does not add strength here (see
[`argmap.semantics.gradual`][argmap.semantics.gradual] for that).

>>> debate = Debate(
...     claims=["tax", "jobs", "no_jobs"],
...     arguments=[("a1", ["jobs"], "tax")],
...     attacks=[("no_jobs", "jobs", "undermine")],
... )
>>> {claim: status.value for claim, status in evaluate(debate, "grounded").items()}
{'tax': 'accepted', 'jobs': 'rejected', 'no_jobs': 'accepted'}
>>> print(explain_claim(debate, "jobs", "grounded"))
jobs is out: it is attacked by no_jobs, which is in.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from attrs import field, frozen

from argmap.model import ArgumentMap, AttackKind
from argmap.model.enums import Status
from argmap.semantics.errors import FrameworkError
from argmap.semantics.explain import Explanation, explain
from argmap.semantics.extensions import Semantics, extensions
from argmap.semantics.framework import ArgumentationFramework
from argmap.semantics.grounded import grounded_labelling
from argmap.semantics.labelling import Label, Labelling

__all__ = ["Debate", "Status", "evaluate", "explain_claim", "to_framework"]

_KINDS = tuple(kind.value for kind in AttackKind)


def _ids(value: Iterable[str]) -> tuple[str, ...]:
    return tuple(value)


def _arguments(
    value: Iterable[tuple[str, Sequence[str], str]],
) -> tuple[tuple[str, tuple[str, ...], str], ...]:
    return tuple((ident, tuple(premises), conclusion) for ident, premises, conclusion in value)


def _attacks(value: Iterable[tuple[str, str, str]]) -> tuple[tuple[str, str, str], ...]:
    return tuple((attacker, target, str(kind)) for attacker, target, kind in value)


@frozen(kw_only=True)
class Debate:
    """The part of an argument map that the semantics reads, as plain data.

    Args:
        claims: claim ids.
        arguments: ``(id, premise claim ids, conclusion claim id)`` per argument.
        attacks: ``(attacker id, target id, kind)`` per rebuttal; kind is ``"rebut"``,
            ``"undermine"`` or ``"undercut"`` (or an enum whose ``str`` is one of them).

    Raises:
        FrameworkError: a repeated id, a reference to an unknown id, an unknown attack kind,
            or a kind that does not fit its target (undercut needs an argument, rebut and
            undermine a claim).
    """

    claims: tuple[str, ...] = field(converter=_ids)
    arguments: tuple[tuple[str, tuple[str, ...], str], ...] = field(
        converter=_arguments, default=()
    )
    attacks: tuple[tuple[str, str, str], ...] = field(converter=_attacks, default=())

    @classmethod
    def from_map(cls, argument_map: ArgumentMap) -> Debate:
        """Read the claims, arguments and rebuttals of an [`ArgumentMap`][].

        >>> m = ArgumentMap(title="t")
        >>> a = m.claim("Taxes should fall", id="a")
        >>> b = m.claim("Taxes should not fall", id="b")
        >>> _ = m.rebut(a, by=b)
        >>> Debate.from_map(m).attacks
        (('b', 'a', 'rebut'),)
        """
        return cls(
            claims=[claim.id for claim in argument_map.claims],
            arguments=[(a.id, a.premises, a.conclusion) for a in argument_map.arguments],
            attacks=[(r.attacker, r.target, r.kind.value) for r in argument_map.rebuttals],
        )

    def __attrs_post_init__(self) -> None:
        claims = set(self.claims)
        seen: set[str] = set()
        for node in (*self.claims, *(ident for ident, _, _ in self.arguments)):
            if node in seen:
                raise FrameworkError(f"id {node!r} is used twice (claims and arguments share ids)")
            seen.add(node)
        for ident, premises, conclusion in self.arguments:
            for claim in (*premises, conclusion):
                if claim not in claims:
                    raise FrameworkError(f"argument {ident!r}: {claim!r} is not a claim")
        arguments = {ident for ident, _, _ in self.arguments}
        for position, (attacker, target, kind) in enumerate(self.attacks):
            where = f"attacks[{position}]"
            if kind not in _KINDS:
                raise FrameworkError(f"{where}: kind {kind!r} is not one of {', '.join(_KINDS)}")
            if attacker not in claims and attacker not in arguments:
                raise FrameworkError(f"{where}: attacker {attacker!r} is not a claim or argument")
            expected = arguments if kind == AttackKind.UNDERCUT else claims
            if target not in expected:
                noun = "an argument" if kind == AttackKind.UNDERCUT else "a claim"
                raise FrameworkError(f"{where}: a {kind} targets {noun}; {target!r} is not one")


def _debate(source: Debate | ArgumentMap) -> Debate:
    return source if isinstance(source, Debate) else Debate.from_map(source)


def to_framework(source: Debate | ArgumentMap) -> tuple[ArgumentationFramework, dict[str, str]]:
    """Translate a debate into a framework whose argument names are the claim and argument ids.

    Args:
        source: an [`ArgumentMap`][] or a [`Debate`][].

    Returns:
        The framework, and the mapping from each of its arguments (an element id) to the
        element kind, ``"claim"`` or ``"argument"``.

    Raises:
        FrameworkError: the debate is inconsistent (see [`Debate`][]).

    >>> af, kinds = to_framework(Debate(claims=["p", "c", "x"], arguments=[("a", ["p"], "c")],
    ...                                 attacks=[("x", "p", "undermine")]))
    >>> af.attacks
    (('x', 'p'), ('x', 'a'))
    >>> kinds
    {'p': 'claim', 'c': 'claim', 'x': 'claim', 'a': 'argument'}
    """
    debate = _debate(source)
    users: dict[str, list[str]] = {}
    for ident, premises, _ in debate.arguments:
        for premise in premises:
            users.setdefault(premise, []).append(ident)
    pairs: list[tuple[str, str]] = []
    for attacker, target, kind in debate.attacks:
        pairs.append((attacker, target))
        if kind == AttackKind.UNDERMINE:
            pairs += [(attacker, user) for user in users.get(target, ())]
    kinds = dict.fromkeys(debate.claims, "claim")
    kinds.update(dict.fromkeys((ident for ident, _, _ in debate.arguments), "argument"))
    return ArgumentationFramework(arguments=kinds, attacks=pairs), kinds


def _labellings(
    af: ArgumentationFramework, semantics: Semantics | str, timeout: float | None
) -> list[Labelling]:
    if Semantics(semantics) is Semantics.GROUNDED:
        return [grounded_labelling(af)]
    return [Labelling.from_extension(af, e) for e in extensions(af, semantics, timeout=timeout)]


def evaluate(
    source: Debate | ArgumentMap,
    semantics: Semantics | str = Semantics.GROUNDED,
    *,
    timeout: float | None = None,
) -> dict[str, Status]:
    """Return the [`Status`][] of every claim under ``semantics``.

    Enumerates the extensions (fine for debate-sized maps; ``timeout`` bounds it).

    Args:
        source: an [`ArgumentMap`][] or a [`Debate`][].
        semantics: a [`Semantics`][] or its name.
        timeout: seconds for the enumeration.

    Raises:
        SemanticsTimeoutError: the enumeration ran out of time.
        ValueError: unknown semantics.
    """
    debate = _debate(source)
    af, _ = to_framework(debate)
    labellings = _labellings(af, semantics, timeout)
    result = {}
    for claim in debate.claims:
        labels = [lab[claim] for lab in labellings]
        if not labels:
            result[claim] = Status.UNDECIDED
        elif all(label is Label.IN for label in labels):
            result[claim] = Status.ACCEPTED
        elif Label.IN in labels:
            result[claim] = Status.DEFENSIBLE
        elif all(label is Label.OUT for label in labels):
            result[claim] = Status.REJECTED
        else:
            result[claim] = Status.UNDECIDED
    return result


def explain_claim(
    source: Debate | ArgumentMap,
    claim: str,
    semantics: Semantics | str = Semantics.GROUNDED,
    *,
    timeout: float | None = None,
) -> Explanation:
    """Explain a claim's label: in the grounded labelling, or else in an extension holding it.

    For a semantics with several extensions, the explanation uses the first extension that
    contains the claim (a position in which it stands), or the first extension if none does.

    Args:
        source: an [`ArgumentMap`][] or a [`Debate`][].
        claim: the claim id.
        semantics: a [`Semantics`][] or its name.
        timeout: seconds for the enumeration.

    Raises:
        FrameworkError: ``claim`` is not a claim of the debate, or the semantics has no
            extension (stable).
        SemanticsTimeoutError: the enumeration ran out of time.
    """
    debate = _debate(source)
    if claim not in debate.claims:
        raise FrameworkError(f"{claim!r} is not a claim of the debate")
    af, _ = to_framework(debate)
    labellings = _labellings(af, semantics, timeout)
    if not labellings:
        raise FrameworkError(f"no {Semantics(semantics).value} extension exists to explain with")
    chosen = next((lab for lab in labellings if lab[claim] is Label.IN), labellings[0])
    return explain(chosen, claim)
