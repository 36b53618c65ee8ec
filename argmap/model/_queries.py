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

    def attributions_by_claim(self) -> dict[str, list[Attribution]]:
        """Every claim's attributions at once: ``{claim id: attributions_of(claim)}`` for each
        claim that has any, the claims in the order of their first attribution.

        One pass over the attributions, for callers that need every claim's (a diagram):
        the lists are the ones [`attributions_of`][] gives, in the same order.

        >>> from argmap.model import ArgumentMap
        >>> m = ArgumentMap()
        >>> tram, bus = m.claim("Build the tram", id="tram"), m.claim("Buy buses", id="bus")
        >>> ann, news = m.actor("Ann"), m.source("News")
        >>> for claim, key in ((tram, "a1"), (bus, "a2"), (tram, "a3")):
        ...     _ = m.attribute(claim, ann, news, id=key)
        >>> {claim: [a.id for a in found] for claim, found in m.attributions_by_claim().items()}
        {'tram': ['a1', 'a3'], 'bus': ['a2']}
        """
        grouped: dict[str, list[Attribution]] = {}
        for attribution in self._of(Attribution):
            found = grouped.get(attribution.claim)
            if found is None:
                grouped[attribution.claim] = [attribution]
            else:
                found.append(attribution)
        index = self._referrer_index
        if index is None:  # not built yet: it would list referrers in the map's order, as here
            return grouped
        # The index keeps the order in which referrers were added, which `replace` changes (a
        # replaced attribution moves last): a claim with several attributions takes its order.
        for claim, found in grouped.items():
            if len(found) > 1:
                grouped[claim] = self.attributions_of(claim)
        return grouped

    def attributions_by(self, actor: Ref) -> list[Attribution]:
        """The attributions whose speaker is ``actor``."""
        return [a for a in self._referring(actor, Attribution) if a.actor == id_of(actor)]

    def attributions_in(self, source: Ref) -> list[Attribution]:
        """The attributions read in ``source``."""
        return [a for a in self._referring(source, Attribution) if a.source == id_of(source)]

    def referrers(self, ref: Ref) -> list[Element]:
        """Every element that names ``ref``, in the order they were added."""
        return [self._elements[i] for i in self._referrers.get(id_of(ref), {})]
