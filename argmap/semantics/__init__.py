"""Abstract argumentation (Dung) semantics: frameworks, labellings, extensions, gradual scores.

>>> from argmap.semantics import ArgumentationFramework, grounded_extension
>>> af = ArgumentationFramework(arguments=["a", "b"], attacks=[("a", "b")])
>>> sorted(grounded_extension(af))
['a']
"""

from __future__ import annotations

from typing import Any

from argmap.exceptions import deprecated_alias
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
    return deprecated_alias(name, __name__)
