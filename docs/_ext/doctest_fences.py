"""A griffe extension for the API reference: show docstring doctests as code.

argmap's docstrings hold bare ``>>>`` examples (pytest runs them). Markdown would read their
output as text, and an output line such as ``['a', 'b']`` after ``>>> [x for x in y]`` as a
reference link. This wraps each run of doctest lines in a ``pycon`` fence before mkdocstrings
renders the docstring; the source is left as it is.
"""

from __future__ import annotations

from typing import Any

import griffe

FENCE = "```"


def fence_doctests(text: str) -> str:
    r"""Wrap every doctest (``>>>`` lines, their ``...`` lines and output) in a code fence.

    >>> fence_doctests("Intro.\n\n>>> [1]\n[1]\n\nMore.").splitlines()
    ['Intro.', '', '```pycon', '>>> [1]', '[1]', '```', '', 'More.']
    """
    out: list[str] = []
    inside = False
    indent = ""
    fenced = 0
    for line in text.split("\n"):
        stripped = line.lstrip()
        if stripped.startswith(FENCE):
            fenced ^= 1
        if not inside and not fenced and stripped.startswith(">>>"):
            indent = line[: len(line) - len(stripped)]
            out.append(f"{indent}{FENCE}pycon")
            inside = True
        elif inside and not stripped:
            out.append(f"{indent}{FENCE}")
            inside = False
        out.append(line)
    if inside:
        out.append(f"{indent}{FENCE}")
    return "\n".join(out)


class DoctestFences(griffe.Extension):
    """Fence the doctests of every docstring griffe loads."""

    def on_instance(self, *, obj: griffe.Object, **kwargs: Any) -> None:
        if obj.docstring is not None and ">>>" in obj.docstring.value:
            obj.docstring.value = fence_doctests(obj.docstring.value)
