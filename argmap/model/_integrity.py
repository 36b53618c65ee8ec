"""The rules every change to an [`ArgumentMap`][argmap.model.argument_map.ArgumentMap] must
keep: references of the right kind, attacks that fit their targets, undermined premises."""

from __future__ import annotations

from typing import Any

from argmap.exceptions import InvalidAttackError, ModelError, UnknownIdError
from argmap.model._map_base import KIND_NAMES, MapCore, article
from argmap.model.elements import Actor, Argument, Attribution, Claim, Element, Rebuttal
from argmap.model.enums import AttackKind
from argmap.model.references import NamedId, named_ids

__all__ = ["Integrity"]


class Integrity(MapCore):
    """The checks ``add``, ``replace`` and ``remove`` run before they change the map."""

    def _check_named(self, element: Element) -> None:
        """Check every id ``element`` names against this map (as ``add`` does)."""
        self._check_references(element, named_ids(element))

    def _check_references(self, element: Element, named: list[NamedId]) -> None:
        elements = self._elements
        for label, ref, kinds in named:
            if kinds is None:
                continue
            found = elements.get(ref)
            if found is None or type(found) not in kinds:
                self._refuse_reference(element, label, ref, kinds)
        if isinstance(element, Rebuttal):
            self._check_attack(element)
        elif isinstance(element, Actor) and element.affiliation == element.id:
            raise ModelError(f"actor {element.id!r} cannot be its own affiliation")
        elif isinstance(element, Attribution) and element.responds_to == element.id:
            raise ModelError(f"attribution {element.id!r} cannot respond to itself")

    def _refuse_reference(
        self, owner: Element, field: str, ref: str, kinds: tuple[type[Any], ...]
    ) -> None:
        found = self._elements.get(ref)
        label = f"{KIND_NAMES[type(owner)]} {owner.id!r}"
        if found is None:
            raise UnknownIdError(f"{label} names {field} {ref!r}, which is not in the map")
        wanted = " or ".join(KIND_NAMES[k] for k in kinds)
        raise UnknownIdError(
            f"{label} names {field} {ref!r}, which is {article(KIND_NAMES[type(found)])}, "
            f"not {article(wanted)}"
        )

    def _check_still_premises(self, claims: list[str], leaving: str) -> None:
        """Refuse to let ``leaving`` drop the last use as a premise of an undermined claim."""
        for claim in claims:
            others = [a for a in self.arguments_using(claim) if a.id != leaving]
            undermines = [r for r in self.attacks_on(claim) if r.kind is AttackKind.UNDERMINE]
            if undermines and not others:
                raise ModelError(
                    f"argument {leaving!r} is the last to use claim {claim!r} as a premise, "
                    f"which rebuttal {undermines[0].id!r} undermines; remove that first"
                )

    def _check_attack(self, rebuttal: Rebuttal) -> None:
        label = f"rebuttal {rebuttal.id!r}"
        target = self._elements.get(rebuttal.target)
        if target is None:
            raise UnknownIdError(
                f"{label} names target {rebuttal.target!r}, which is not in the map"
            )
        kind = rebuttal.kind
        if kind is AttackKind.UNDERCUT and not isinstance(target, Argument):
            raise InvalidAttackError(
                f"{label}: an undercut attacks an argument's inference, but "
                f"{target.id!r} is a {KIND_NAMES[type(target)]}; use rebut or undermine"
            )
        if kind is not AttackKind.UNDERCUT and not isinstance(target, Claim):
            raise InvalidAttackError(
                f"{label}: a {kind.value} attacks a claim, but {target.id!r} is a "
                f"{KIND_NAMES[type(target)]}"
                + ("; use undercut to attack an argument" if isinstance(target, Argument) else "")
            )
        if kind is AttackKind.UNDERMINE and not self.arguments_using(target.id):
            raise InvalidAttackError(
                f"{label}: an undermine attacks a premise, but claim {target.id!r} is not a "
                "premise of any argument; add the argument first, or use rebut"
            )
