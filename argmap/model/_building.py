"""Building a map in a few lines: the element-making methods of
[`ArgumentMap`][argmap.model.argument_map.ArgumentMap], with ids derived from text."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from argmap.model._map_base import MapCore, Ref, id_of
from argmap.model.elements import Actor, Argument, Attribution, Claim, Rebuttal, Source
from argmap.model.enums import AttackKind
from argmap.model.ids import slugify, unique_id
from argmap.model.references import REFERENCES

__all__ = ["Building"]


class Building(MapCore):
    """The builders: ``claim``, ``actor``, ``source``, ``argument``, ``support``, ``attack`` and
    its three kinds, ``attribute``."""

    def claim(
        self, text: str, *, id: str | None = None, central: bool = False, **fields: Any
    ) -> Claim:
        """Add a claim and return it.

        Args:
            text: the proposition.
            id: its id; derived from the text when omitted.
            central: make it the map's central claim.
            **fields: further [`Claim`][] fields (title, kind, tags, note).
        """
        claim = self.add(Claim(id=id or self._new_id(slugify(text)), text=text, **fields))
        if central:
            self.central = claim
        return claim

    def actor(self, name: str, *, id: str | None = None, **fields: Any) -> Actor:
        """Add an actor (person, organisation or group) and return it.

        ``affiliation`` may be given as an [`Actor`][] or its id.
        """
        if isinstance(fields.get("affiliation"), Actor):
            fields["affiliation"] = fields["affiliation"].id
        return self.add(Actor(id=id or self._new_id(slugify(name)), name=name, **fields))

    def source(self, title: str, *, id: str | None = None, **fields: Any) -> Source:
        """Add a source (article, speech, conference...) and return it."""
        return self.add(Source(id=id or self._new_id(slugify(title)), title=title, **fields))

    def argument(
        self,
        premises: Ref | Sequence[Ref],
        conclusion: Ref,
        *,
        id: str | None = None,
        **fields: Any,
    ) -> Argument:
        """Add an argument from linked premises to a conclusion and return it."""
        premise_ids = self._ids(premises)
        conclusion_id = id_of(conclusion)
        new_id = id or self._new_id("arg-" + slugify(conclusion_id, max_words=5))
        return self.add(
            Argument(id=new_id, premises=premise_ids, conclusion=conclusion_id, **fields)
        )

    def support(self, conclusion: Ref, *, by: Ref | Sequence[Ref], **fields: Any) -> Argument:
        """Let ``by`` (one claim, or several linked premises) support ``conclusion``.

        Call it once per reason to make convergent arguments.
        """
        return self.argument(by, conclusion, **fields)

    def attack(
        self, kind: AttackKind | str, target: Ref, *, by: Ref, id: str | None = None, **fields: Any
    ) -> Rebuttal:
        """Add an attack of the given kind by ``by`` on ``target`` and return it."""
        kind = AttackKind(kind)
        attacker = id_of(by)
        new_id = id or self._new_id(f"{kind.value}-{slugify(attacker, max_words=5)}")
        return self.add(
            Rebuttal(id=new_id, kind=kind, attacker=attacker, target=id_of(target), **fields)
        )

    def rebut(self, target: Ref, *, by: Ref, **fields: Any) -> Rebuttal:
        """Let ``by`` rebut the claim ``target`` (argue that it is false)."""
        return self.attack(AttackKind.REBUT, target, by=by, **fields)

    def undermine(self, premise: Ref, *, by: Ref, **fields: Any) -> Rebuttal:
        """Let ``by`` undermine ``premise``, a claim used as a premise of some argument."""
        return self.attack(AttackKind.UNDERMINE, premise, by=by, **fields)

    def undercut(self, argument: Ref, *, by: Ref, **fields: Any) -> Rebuttal:
        """Let ``by`` undercut ``argument``: grant the premises, deny that they support."""
        return self.attack(AttackKind.UNDERCUT, argument, by=by, **fields)

    def attribute(
        self,
        claim: Ref,
        actor: Ref,
        source: Ref,
        *,
        id: str | None = None,
        **fields: Any,
    ) -> Attribution:
        """Record that ``actor`` put ``claim`` forward in ``source`` and return the attribution.

        Keyword fields are those of [`Attribution`][]: ``quote``, ``fragments``,
        ``paraphrase``, ``cue``, ``stance``, ``setting``, ``reported_by``, ``responds_to``,
        ``response``... Element-valued references may be given as elements or ids.
        """
        for ref in REFERENCES[Attribution]:
            value = fields.get(ref.field)
            if value is not None and not isinstance(value, str):
                fields[ref.field] = value.id
        claim_id, actor_id, source_id = id_of(claim), id_of(actor), id_of(source)
        new_id = id or self._new_id(
            f"{slugify(actor_id, max_words=3)}-{slugify(source_id, max_words=3)}"
        )
        return self.add(
            Attribution(id=new_id, claim=claim_id, actor=actor_id, source=source_id, **fields)
        )

    def _new_id(self, base: str) -> str:
        return unique_id(base, self._elements, counters=self._suffixes)

    def _ids(self, refs: Ref | Sequence[Ref]) -> list[str]:
        if isinstance(refs, str | Claim):
            return [id_of(refs)]
        return [id_of(r) for r in refs]  # type: ignore[union-attr]
