"""Hypothesis strategies for argumentation frameworks (for tests of argmap and its users).

>>> from hypothesis import given, settings
>>> @settings(max_examples=5)
... @given(frameworks(max_arguments=4))
... def check(af):
...     assert all(a in af and b in af for a, b in af.attacks)
>>> check()
"""

from __future__ import annotations

from argmap.exceptions import MissingDependencyError

try:
    from hypothesis import strategies as st
except ModuleNotFoundError:  # hypothesis is an extra: it installs a pytest plugin everywhere
    raise MissingDependencyError.of(
        "hypothesis", extra="hypothesis", purpose="argmap.semantics.strategies"
    ) from None

from argmap.semantics.framework import ArgumentationFramework

__all__ = ["argument_names", "frameworks"]


def argument_names() -> st.SearchStrategy[str]:
    """Names a framework file must cope with: letters, digits, spaces, quotes, non-ASCII."""
    return st.text(
        alphabet=st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")),
        min_size=1,
        max_size=8,
    )


@st.composite
def frameworks(
    draw: st.DrawFn,
    *,
    max_arguments: int = 8,
    names: st.SearchStrategy[str] | None = None,
) -> ArgumentationFramework:
    """Draw a framework of up to ``max_arguments`` arguments, self-attacks included.

    Args:
        draw: supplied by Hypothesis.
        max_arguments: the largest number of arguments.
        names: a strategy for argument names; default ``a0``, ``a1``, ...
    """
    size = draw(st.integers(min_value=0, max_value=max_arguments))
    if names is None:
        arguments = [f"a{i}" for i in range(size)]
    else:
        arguments = draw(st.lists(names, min_size=size, max_size=size, unique=True))
    pairs = st.tuples(st.sampled_from(arguments), st.sampled_from(arguments))
    attacks = draw(st.lists(pairs, max_size=size * size, unique=True)) if arguments else []
    return ArgumentationFramework(arguments=arguments, attacks=attacks)
