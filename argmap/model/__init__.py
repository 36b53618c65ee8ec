"""The model of a debate: elements, their vocabularies, and the map that holds them."""

from argmap.model.argument_map import ArgumentMap, Ref
from argmap.model.attacks import implied_kind, implied_kind_in, is_implied
from argmap.model.dates import PartialDate
from argmap.model.elements import (
    Actor,
    Argument,
    Attribution,
    Claim,
    Element,
    Locator,
    Rebuttal,
    Source,
)
from argmap.model.enums import (
    ActorKind,
    AttackKind,
    ClaimKind,
    Mode,
    Response,
    SourceKind,
    Stance,
)
from argmap.model.ids import slugify, unique_id
from argmap.model.structure import is_isolated, isolated_claims

__all__ = [
    "Actor",
    "ActorKind",
    "Argument",
    "ArgumentMap",
    "AttackKind",
    "Attribution",
    "Claim",
    "ClaimKind",
    "Element",
    "Locator",
    "Mode",
    "PartialDate",
    "Rebuttal",
    "Ref",
    "Response",
    "Source",
    "SourceKind",
    "Stance",
    "implied_kind",
    "implied_kind_in",
    "is_implied",
    "is_isolated",
    "isolated_claims",
    "slugify",
    "unique_id",
]
