"""Abstract argumentation (Dung) semantics: frameworks, labellings, extensions, gradual scores.

>>> from argmap.semantics import ArgumentationFramework, grounded_extension
>>> af = ArgumentationFramework(arguments=["a", "b"], attacks=[("a", "b")])
>>> sorted(grounded_extension(af))
['a']

Every name is imported on first use (module ``__getattr__``, as in ``argmap``), so reading an
ICCMA file and labelling it (``argmap evaluate x.af``) does not import the SAT solver, the
gradual semantics or the argument-map model.
"""

from __future__ import annotations

import importlib
import sys
import types
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from argmap.semantics import aspartix, iccma, tgf
    from argmap.semantics.errors import (
        ConvergenceError,
        FrameworkError,
        FrameworkFormatError,
        SemanticsTimeoutError,
    )
    from argmap.semantics.explain import Explanation, explain
    from argmap.semantics.extensions import (
        Semantics,
        credulously_accepted,
        extensions,
        iter_extensions,
        sceptically_accepted,
        some_extension,
    )
    from argmap.semantics.framework import ArgumentationFramework
    from argmap.semantics.gradual import BipolarFramework, dfquad, h_categoriser
    from argmap.semantics.grounded import grounded_extension, grounded_labelling
    from argmap.semantics.labelling import Label, Labelling
    from argmap.semantics.translate import Debate, Status, evaluate, explain_claim, to_framework

_EXPORTS = {
    "ArgumentationFramework": "argmap.semantics.framework",
    "BipolarFramework": "argmap.semantics.gradual",
    "ConvergenceError": "argmap.semantics.errors",
    "Debate": "argmap.semantics.translate",
    "Explanation": "argmap.semantics.explain",
    "FrameworkError": "argmap.semantics.errors",
    "FrameworkFormatError": "argmap.semantics.errors",
    "Label": "argmap.semantics.labelling",
    "Labelling": "argmap.semantics.labelling",
    "Semantics": "argmap.semantics.extensions",
    "SemanticsTimeoutError": "argmap.semantics.errors",
    "Status": "argmap.semantics.translate",
    "aspartix": "argmap.semantics.aspartix",
    "credulously_accepted": "argmap.semantics.extensions",
    "dfquad": "argmap.semantics.gradual",
    "evaluate": "argmap.semantics.translate",
    "explain": "argmap.semantics.explain",
    "explain_claim": "argmap.semantics.translate",
    "extensions": "argmap.semantics.extensions",
    "grounded_extension": "argmap.semantics.grounded",
    "grounded_labelling": "argmap.semantics.grounded",
    "h_categoriser": "argmap.semantics.gradual",
    "iccma": "argmap.semantics.iccma",
    "iter_extensions": "argmap.semantics.extensions",
    "sceptically_accepted": "argmap.semantics.extensions",
    "some_extension": "argmap.semantics.extensions",
    "tgf": "argmap.semantics.tgf",
    "to_framework": "argmap.semantics.translate",
}
_MODULES = {"aspartix", "iccma", "tgf"}  # exported as modules, not as names in them

__all__ = [
    "ArgumentationFramework",
    "BipolarFramework",
    "ConvergenceError",
    "Debate",
    "Explanation",
    "FrameworkError",
    "FrameworkFormatError",
    "Label",
    "Labelling",
    "Semantics",
    "SemanticsTimeoutError",
    "Status",
    "aspartix",
    "credulously_accepted",
    "dfquad",
    "evaluate",
    "explain",
    "explain_claim",
    "extensions",
    "grounded_extension",
    "grounded_labelling",
    "h_categoriser",
    "iccma",
    "iter_extensions",
    "sceptically_accepted",
    "some_extension",
    "tgf",
    "to_framework",
]


def __getattr__(name: str) -> Any:
    if name not in _EXPORTS:
        from argmap.exceptions import deprecated_alias

        return deprecated_alias(name, __name__)
    module = importlib.import_module(_EXPORTS[name])
    value = module if name in _MODULES else getattr(module, name)
    globals()[name] = value  # later look-ups skip this function
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})


class _Package(types.ModuleType):
    """This package, whose public names win over its submodules of the same name.

    Importing the submodule ``argmap.semantics.explain`` binds the package's ``explain`` to
    that module; the public ``explain`` (and ``extensions``) is the function, as it was when
    this package imported everything at once."""

    def __setattr__(self, name: str, value: Any) -> None:
        if name in _EXPORTS and name not in _MODULES and isinstance(value, types.ModuleType):
            return
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package
