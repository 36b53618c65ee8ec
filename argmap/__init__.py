"""argmap: map public debates as claims, arguments, rebuttals and attributed quotes.

>>> import argmap
>>> m = argmap.ArgumentMap(question="Should the city build a tram?")
>>> m.claim("The tram will cut traffic").id
'the-tram-will-cut-traffic'

Every public name is imported on first use (module ``__getattr__``), so ``import argmap`` costs
almost nothing and a command-line run imports only what it uses. To add a public name, add it
to ``_EXPORTS``, to the ``TYPE_CHECKING`` imports and to ``__all__`` (``docs/contributing.md``).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
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
    from argmap.draft import draft
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
        MissingDependencyError,
        MissingSourceTextError,
        ModelError,
        OutputError,
        RenderError,
        SemanticsTimeoutError,
        SourceTextError,
        UnknownIdError,
    )
    from argmap.files import (
        load,
        save,
    )
    from argmap.formats import (
        dumps,
        loads,
    )
    from argmap.formats.nx_graph import (
        from_networkx,
        to_networkx,
    )
    from argmap.merging import (
        MergeReport,
        merge,
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
    from argmap.quotes import (
        check_quotes,
        find_quote,
        load_source_texts,
        locate_quotes,
    )
    from argmap.semantics import (
        ArgumentationFramework,
        Semantics,
        evaluate,
        explain_claim,
        extensions,
    )
    from argmap.semantics.strength import (
        claim_strengths,
    )
    from argmap.validation import (
        Problem,
        Severity,
        validate,
    )

_EXPORTS: dict[str, str] = {
    "agreement": "argmap.analysis",
    "claim_tree": "argmap.analysis",
    "contested": "argmap.analysis",
    "coverage": "argmap.analysis",
    "statements_by": "argmap.analysis",
    "statements_on": "argmap.analysis",
    "summarise": "argmap.analysis",
    "DiagramOptions": "argmap.diagram",
    "actor_map": "argmap.diagram",
    "render": "argmap.diagram",
    "to_dot": "argmap.diagram",
    "to_mermaid": "argmap.diagram",
    "to_svg": "argmap.diagram",
    "draft": "argmap.draft",
    "ArgmapError": "argmap.exceptions",
    "ConvergenceError": "argmap.exceptions",
    "DiagramOptionError": "argmap.exceptions",
    "DocumentError": "argmap.exceptions",
    "DuplicateIdError": "argmap.exceptions",
    "EmptyQuoteError": "argmap.exceptions",
    "FrameworkError": "argmap.exceptions",
    "FrameworkFormatError": "argmap.exceptions",
    "InvalidAttackError": "argmap.exceptions",
    "MissingDependencyError": "argmap.exceptions",
    "MissingSourceTextError": "argmap.exceptions",
    "ModelError": "argmap.exceptions",
    "OutputError": "argmap.exceptions",
    "RenderError": "argmap.exceptions",
    "SemanticsTimeoutError": "argmap.exceptions",
    "SourceTextError": "argmap.exceptions",
    "UnknownIdError": "argmap.exceptions",
    "load": "argmap.files",
    "save": "argmap.files",
    "dumps": "argmap.formats",
    "loads": "argmap.formats",
    "from_networkx": "argmap.formats.nx_graph",
    "to_networkx": "argmap.formats.nx_graph",
    "Actor": "argmap.model",
    "ActorKind": "argmap.model",
    "Argument": "argmap.model",
    "ArgumentMap": "argmap.model",
    "AttackKind": "argmap.model",
    "Attribution": "argmap.model",
    "Claim": "argmap.model",
    "ClaimKind": "argmap.model",
    "Element": "argmap.model",
    "Locator": "argmap.model",
    "Mode": "argmap.model",
    "PartialDate": "argmap.model",
    "Rebuttal": "argmap.model",
    "Response": "argmap.model",
    "Source": "argmap.model",
    "SourceKind": "argmap.model",
    "Stance": "argmap.model",
    "MergeReport": "argmap.merging",
    "merge": "argmap.merging",
    "check_quotes": "argmap.quotes",
    "find_quote": "argmap.quotes",
    "load_source_texts": "argmap.quotes",
    "locate_quotes": "argmap.quotes",
    "ArgumentationFramework": "argmap.semantics",
    "Semantics": "argmap.semantics",
    "evaluate": "argmap.semantics",
    "explain_claim": "argmap.semantics",
    "extensions": "argmap.semantics",
    "claim_strengths": "argmap.semantics.strength",
    "Problem": "argmap.validation",
    "Severity": "argmap.validation",
    "validate": "argmap.validation",
}
"""Each public name, and the module that defines it."""

_DEPRECATED = frozenset({"SemanticsTimeout"})
"""Old names that still work, with a DeprecationWarning (argmap.exceptions names the new one)."""

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
    "MergeReport",
    "MissingDependencyError",
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
    "draft",
    "dumps",
    "evaluate",
    "explain_claim",
    "extensions",
    "find_quote",
    "from_networkx",
    "load",
    "load_source_texts",
    "loads",
    "locate_quotes",
    "merge",
    "render",
    "save",
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
    if name == "__version__":
        from argmap._version import __version__

        value: Any = __version__
    elif name in _EXPORTS:
        value = getattr(importlib.import_module(_EXPORTS[name]), name)
    elif name in _DEPRECATED:  # warns on every use, so not kept in globals()
        from argmap.exceptions import deprecated_alias

        return deprecated_alias(name, __name__)
    else:
        raise AttributeError(f"module 'argmap' has no attribute {name!r}")
    globals()[name] = value  # later look-ups skip this function
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
