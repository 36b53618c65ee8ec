"""Structure queries of an [`ArgumentMap`][argmap.model.argument_map.ArgumentMap], answered
from its referrer index without scanning the map."""

from __future__ import annotations

from argmap.model._map_base import MapCore, Ref, T, id_of
from argmap.model.elements import Argument, Attribution, Claim, Element, Rebuttal

__all__ = ["Queries"]


class Queries(MapCore):
    """Who names whom: premises, arguments for and using a claim, attacks, attributions."""

    def _referring(self, ref: Ref, kind: type[T]) -> list[T]:
        users = self._referrers.get(id_of(ref), {})
        return [e for e in map(self._elements.__getitem__, users) if type(e) is kind]

    def premises(self, argument: Ref) -> list[Claim]:
        """The premises of an argument, as claims."""
        return [self.get(p, Claim) for p in self.get(argument, Argument).premises]

    def arguments_for(self, claim: Ref) -> list[Argument]:
        """The arguments whose conclusion is ``claim``."""
        return [a for a in self._referring(claim, Argument) if a.conclusion == id_of(claim)]

    def arguments_using(self, claim: Ref) -> list[Argument]:
        """The arguments in which ``claim`` is a premise."""
        return [a for a in self._referring(claim, Argument) if id_of(claim) in a.premises]

    def attacks_on(self, ref: Ref) -> list[Rebuttal]:
        """The rebuttals whose target is this claim or argument."""
        return [r for r in self._referring(ref, Rebuttal) if r.target == id_of(ref)]

    def attacks_by(self, ref: Ref) -> list[Rebuttal]:
        """The rebuttals in which this claim or argument is the attacker."""
        return [r for r in self._referring(ref, Rebuttal) if r.attacker == id_of(ref)]

    def attributions_of(self, claim: Ref) -> list[Attribution]:
        """The attributions of a claim: who put it forward, denied or conceded it, where."""
        return [a for a in self._referring(claim, Attribution) if a.claim == id_of(claim)]

    def attributions_by(self, actor: Ref) -> list[Attribution]:
        """The attributions whose speaker is ``actor``."""
        return [a for a in self._referring(actor, Attribution) if a.actor == id_of(actor)]

    def attributions_in(self, source: Ref) -> list[Attribution]:
        """The attributions read in ``source``."""
        return [a for a in self._referring(source, Attribution) if a.source == id_of(source)]

    def referrers(self, ref: Ref) -> list[Element]:
        """Every element that names ``ref``, in the order they were added."""
        return [self._elements[i] for i in self._referrers.get(id_of(ref), {})]
