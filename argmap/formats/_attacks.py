"""Turn a foreign format's attack relations into rebuttals, including attacks on attacks.

SADFace and the argumentative microtexts let an attack have several (linked) attackers and let
one attack target another attack. An argmap [`Rebuttal`][argmap.model.elements.Rebuttal] has one
attacker and
targets a claim or an argument, so such an attack is *reified*: its attackers become the linked
premises of an argument whose conclusion is a new claim tagged ``attack`` ("Not: ..."), and
that claim is the rebuttal's attacker. An attack on the attack undercuts that argument.

>>> from argmap.model import ArgumentMap
>>> m = ArgumentMap()
>>> for key in "xyz":
...     _ = m.claim(f"claim {key}", id=key)
>>> attacks = [Attack(id="r1", attackers=("x",), target="z"),
...            Attack(id="r2", attackers=("y",), target="r1")]
>>> add_attacks(m, attacks, where="test")
>>> [(r.id, r.kind.value, r.attacker, r.target) for r in m.rebuttals]
[('r1', 'rebut', 'not-r1', 'z'), ('r2', 'undercut', 'y', 'r1-reason')]
>>> m.get("not-r1").text
'Not: claim z'
"""

from __future__ import annotations

from collections.abc import Sequence

from attrs import frozen

from argmap.exceptions import ArgmapError, DocumentError
from argmap.model import Argument, ArgumentMap, AttackKind, Claim, implied_kind_in

__all__ = ["ATTACK_TAG", "Attack", "add_attacks"]

ATTACK_TAG = "attack"
"""The tag of the claims that stand for a reified attack."""


@frozen(kw_only=True)
class Attack:
    """An attack as a foreign format states it.

    Attributes:
        id: the attack's id in the foreign document; the rebuttal gets it.
        attackers: ids of the attacking claims (or one argument).
        target: the id of a claim, an argument, or another [`Attack`][].
        kind: the kind when the document says; otherwise undercut for an argument, undermine
            for a claim used as a premise, rebut for any other claim.
        note: the rebuttal's note.
    """

    id: str
    attackers: tuple[str, ...]
    target: str
    kind: AttackKind | None = None
    note: str | None = None


def add_attacks(argument_map: ArgumentMap, attacks: Sequence[Attack], *, where: str) -> None:
    """Add rebuttals for ``attacks`` to a map that already holds their claims and arguments.

    Args:
        argument_map: the map to add to.
        attacks: the attacks, in document order.
        where: the file name for error messages.

    Raises:
        DocumentError: an attack names an unknown element, or its kind does not fit the target.
    """
    by_id = {attack.id: attack for attack in attacks}
    attacked = {attack.target for attack in attacks if attack.target in by_id}
    reified = {a.id for a in attacks if a.id in attacked or len(a.attackers) > 1}
    reasons: dict[str, str] = {}
    for attack in attacks:
        if attack.id in reified:
            reasons[attack.id] = _reify(argument_map, attack, by_id, where=where)
    for attack in attacks:
        target = reasons.get(attack.target, attack.target)
        attacker = f"not-{attack.id}" if attack.id in reified else attack.attackers[0]
        try:
            kind = attack.kind or implied_kind_in(argument_map, target)
            argument_map.attack(kind, target, by=attacker, id=attack.id, note=attack.note)
        except ArgmapError as error:
            raise DocumentError(str(error), file=where, location=f"attack {attack.id!r}") from None


def _reify(
    argument_map: ArgumentMap, attack: Attack, by_id: dict[str, Attack], *, where: str
) -> str:
    """Add the claim and the argument that stand for ``attack``; return the argument's id."""
    try:
        if attack.target in by_id:
            described = f"the attack {attack.target!r} succeeds"
        else:
            described = _describe(argument_map, attack.target)
        claim = argument_map.claim(
            f"Not: {described}",
            id=f"not-{attack.id}",
            tags=[ATTACK_TAG],
            note=f"stands for the attack {attack.id!r} on {attack.target!r}",
        )
        reason = argument_map.argument(
            list(attack.attackers), claim, id=f"{attack.id}-reason", scheme=ATTACK_TAG
        )
    except ArgmapError as error:
        raise DocumentError(str(error), file=where, location=f"attack {attack.id!r}") from None
    return reason.id


def _describe(argument_map: ArgumentMap, target: str) -> str:
    """The text a reified attack denies: a claim's text, or an argument's inference."""
    element = argument_map.get(target) if target in argument_map else None
    if isinstance(element, Claim):
        return element.text
    if isinstance(element, Argument):
        conclusion = argument_map.get(element.conclusion, Claim).text
        return f"the inference to {conclusion!r} holds"
    return target  # pragma: no cover - callers name known ids; the map reports the rest
