"""Abstract argumentation (Dung) semantics: frameworks, labellings, extensions, gradual scores.

>>> from argmap.semantics import ArgumentationFramework, grounded_extension
>>> af = ArgumentationFramework(arguments=["a", "b"], attacks=[("a", "b")])
>>> sorted(grounded_extension(af))
['a']
"""

from __future__ import annotations

from argmap.semantics.errors import (
    ConvergenceError,
    FrameworkError,
    FrameworkFormatError,
    SemanticsTimeout,
)
from argmap.semantics.framework import ArgumentationFramework
from argmap.semantics.grounded import grounded_extension, grounded_labelling
from argmap.semantics.labelling import Label, Labelling

__all__ = [
    "ArgumentationFramework",
    "ConvergenceError",
    "FrameworkError",
    "FrameworkFormatError",
    "Label",
    "Labelling",
    "SemanticsTimeout",
    "grounded_extension",
    "grounded_labelling",
]
