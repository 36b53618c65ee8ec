"""argmap: map public debates as claims, arguments, rebuttals and attributed quotes.

>>> import argmap
>>> m = argmap.ArgumentMap(question="Should the city build a tram?")
>>> m.claim("The tram will cut traffic").id
'the-tram-will-cut-traffic'
"""

from typing import Any

from argmap.analysis import (
    agreement,
    claim_tree,
    contested,
    coverage,
    statements_by,
    statements_on,
    summarise,
)
from argmap.diagram import (
    DiagramOptions,
    actor_map,
    render,
    to_dot,
    to_mermaid,
    to_svg,
)
from argmap.exceptions import (
    ArgmapError,
    ConvergenceError,
    DiagramOptionError,
    DocumentError,
    DuplicateIdError,
    EmptyQuoteError,
    FrameworkError,
    FrameworkFormatError,
    InvalidAttackError,
    MissingSourceTextError,
    ModelError,
    OutputError,
    RenderError,
    SemanticsTimeoutError,
    SourceTextError,
    UnknownIdError,
    deprecated_alias,
)
from argmap.formats import dumps, loads
from argmap.formats.nx_graph import from_networkx, to_networkx
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
from argmap.quotes import check_quotes, find_quote, load_source_texts, locate_quotes
from argmap.semantics import (
    ArgumentationFramework,
    Semantics,
    evaluate,
    explain_claim,
    extensions,
)
from argmap.semantics.strength import claim_strengths
from argmap.validation import Problem, Severity, validate

__version__ = "0.1.0"

__all__ = [
    "Actor",
    "ActorKind",
    "ArgmapError",
    "Argument",
    "ArgumentMap",
    "ArgumentationFramework",
    "AttackKind",
    "Attribution",
    "Claim",
    "ClaimKind",
    "ConvergenceError",
    "DiagramOptionError",
    "DiagramOptions",
    "DocumentError",
    "DuplicateIdError",
    "Element",
    "EmptyQuoteError",
    "FrameworkError",
    "FrameworkFormatError",
    "InvalidAttackError",
    "Locator",
    "MissingSourceTextError",
    "Mode",
    "ModelError",
    "OutputError",
    "PartialDate",
    "Problem",
    "Rebuttal",
    "RenderError",
    "Response",
    "Semantics",
    "SemanticsTimeoutError",
    "Severity",
    "Source",
    "SourceKind",
    "SourceTextError",
    "Stance",
    "UnknownIdError",
    "__version__",
    "actor_map",
    "agreement",
    "check_quotes",
    "claim_strengths",
    "claim_tree",
    "contested",
    "coverage",
    "dumps",
    "evaluate",
    "explain_claim",
    "extensions",
    "find_quote",
    "from_networkx",
    "load_source_texts",
    "loads",
    "locate_quotes",
    "render",
    "statements_by",
    "statements_on",
    "summarise",
    "to_dot",
    "to_mermaid",
    "to_networkx",
    "to_svg",
    "validate",
]


def __getattr__(name: str) -> Any:
    return deprecated_alias(name, __name__)
