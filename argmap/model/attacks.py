"""Which kind an attack is when a format does not say, and its inverse: the rule, once.

Many formats (AIF's "Default Conflict", Argdown's ``-`` relation, SADFace, the microtexts) state
an attack without its kind. argmap then reads it from the target: an attack on an argument is an
*undercut*, one on a claim used as a premise an *undermine*, one on any other claim a *rebut*.
A writer uses the inverse, [`is_implied`][], to decide whether it must mark the kind or can
leave the rule to give it back.

>>> implied_kind(on_argument=False, on_premise=True)
<AttackKind.UNDERMINE: 'undermine'>
>>> is_implied(AttackKind.REBUT, on_argument=False, on_premise=False)
True
>>> is_implied(AttackKind.REBUT, on_argument=False, on_premise=True)
False
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from argmap.model.elements import Argument, Claim
from argmap.model.enums import AttackKind

if TYPE_CHECKING:
    from argmap.model.argument_map import ArgumentMap

__all__ = ["implied_kind", "implied_kind_in", "is_implied"]


def implied_kind(*, on_argument: bool, on_premise: bool) -> AttackKind:
    """The kind of an attack whose format does not say it.

    Args:
        on_argument: the target is an argument (its inference).
        on_premise: the target is a claim used as a premise of some argument.

    Returns:
        ``UNDERCUT`` for an argument, ``UNDERMINE`` for a premise, ``REBUT`` otherwise.
    """
    if on_argument:
        return AttackKind.UNDERCUT
    return AttackKind.UNDERMINE if on_premise else AttackKind.REBUT


def is_implied(kind: AttackKind, *, on_argument: bool, on_premise: bool) -> bool:
    """Whether [`implied_kind`][] gives ``kind`` back, so a writer need not mark it.

    >>> is_implied(AttackKind.UNDERCUT, on_argument=True, on_premise=False)
    True
    """
    return AttackKind(kind) is implied_kind(on_argument=on_argument, on_premise=on_premise)


def implied_kind_in(argument_map: ArgumentMap, target: str) -> AttackKind:
    """[`implied_kind`][] for ``target`` as the map holds it (rebut for an unknown id).

    >>> from argmap.model import ArgumentMap
    >>> m = ArgumentMap()
    >>> reason = m.claim("Fees deter the poor", id="fees")
    >>> _ = m.support(m.claim("Fees should go", id="go"), by=reason, id="arg")
    >>> [implied_kind_in(m, ref).value for ref in ("arg", "fees", "go")]
    ['undercut', 'undermine', 'rebut']
    """
    element = argument_map.get(target) if target in argument_map else None
    return implied_kind(
        on_argument=isinstance(element, Argument),
        on_premise=isinstance(element, Claim) and bool(argument_map.arguments_using(element)),
    )
