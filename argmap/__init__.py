"""argmap: map public debates as claims, arguments, rebuttals and attributed quotes.

>>> import argmap
>>> m = argmap.ArgumentMap(question="Should the city build a tram?")
>>> m.claim("The tram will cut traffic").id
'the-tram-will-cut-traffic'
"""

from argmap.exceptions import (
    ArgmapError,
    DocumentError,
    DuplicateIdError,
    InvalidAttackError,
    ModelError,
    RenderError,
    UnknownIdError,
)
from argmap.model import (
    Actor,
    ActorKind,
    Argument,
    ArgumentMap,
    AttackKind,
    Attribution,
    Claim,
    ClaimKind,
    Element,
    Locator,
    Mode,
    PartialDate,
    Rebuttal,
    Response,
    Source,
    SourceKind,
    Stance,
)
from argmap.validation import Problem, Severity, validate

__version__ = "0.1.0"

__all__ = [
    "Actor",
    "ActorKind",
    "ArgmapError",
    "Argument",
    "ArgumentMap",
    "AttackKind",
    "Attribution",
    "Claim",
    "ClaimKind",
    "DocumentError",
    "DuplicateIdError",
    "Element",
    "InvalidAttackError",
    "Locator",
    "Mode",
    "ModelError",
    "PartialDate",
    "Problem",
    "Rebuttal",
    "RenderError",
    "Response",
    "Severity",
    "Source",
    "SourceKind",
    "Stance",
    "UnknownIdError",
    "__version__",
    "validate",
]
