"""What a document's field may hold, checked before cattrs sees it, with short messages.

cattrs would turn ``null`` or a number into text (``tags: [null, 1]`` became
``("None", "1")``) and a string into a tuple of letters, and Python's messages quote a value
in full, which a YAML alias bomb makes gigabytes long. Here each value is checked against its
field's type first, and refused with its place and a short quote of it.

>>> from argmap.model import Claim
>>> value_problem(Claim, "tags", ["housing", None])
('[1]', 'expected text, got None')
>>> value_problem(Claim, "text", None)
('', 'expected text, got None')
>>> value_problem(Claim, "kind", ["fact"])
('', "not a ClaimKind; expected one of: fact, value, policy, causal, prediction; got ['fact']")
>>> value_problem(Claim, "title", "\\ud800")
('', "holds the character '\\\\ud800', which no file format can carry")
"""

from __future__ import annotations

from enum import Enum
from typing import Any, get_args, get_origin

import attrs

from argmap._messages import quoted
from argmap.model._checks import unwritable

__all__ = ["text_problem", "value_problem"]

# Per class and field: (what it takes, whether None is allowed, the enum if any).
_Kind = tuple[str, bool, type[Enum] | None]
_KINDS: dict[type[Any], dict[str, _Kind]] = {}


def _kind(field_type: Any) -> _Kind | None:
    args = get_args(field_type)
    optional = type(None) in args
    base = next((a for a in args if a is not type(None)), field_type) if optional else field_type
    if base is str:
        return "text", optional, None
    if get_origin(base) is tuple and get_args(base)[:1] == (str,):
        return "texts", optional, None
    if isinstance(base, type) and issubclass(base, Enum):
        return "enum", optional, base
    if get_origin(base) is tuple:
        return "list", optional, None
    return None


def _kinds(cls: type[Any]) -> dict[str, _Kind]:
    if cls not in _KINDS:
        attrs.resolve_types(cls)  # the annotations are strings until resolved
        found = {f.name: _kind(f.type) for f in attrs.fields(cls)}
        _KINDS[cls] = {name: kind for name, kind in found.items() if kind is not None}
    return _KINDS[cls]


def text_problem(value: Any) -> str | None:
    """What is wrong with ``value`` as text: not a string, or a character no format holds."""
    if not isinstance(value, str):
        return f"expected text, got {quoted(value)}"
    bad = unwritable(value)
    return None if bad is None else f"holds the character {bad!r}, which no file format can carry"


def value_problem(cls: type[Any], field: str, value: Any) -> tuple[str, str] | None:
    """What is wrong with ``value`` for ``cls.field``: (the place below the field, the message),
    or None when cattrs may structure it."""
    kind = _kinds(cls).get(field)
    if kind is None:
        return None
    what, optional, enum = kind
    if value is None:
        return None if optional or what in ("texts", "list") else ("", "expected text, got None")
    if what == "text":
        problem = text_problem(value)
        return None if problem is None else ("", problem)
    if what == "enum":
        if isinstance(value, str):
            return None  # cattrs names the choices
        assert enum is not None
        choices = ", ".join(member.value for member in enum)
        return "", f"not a {enum.__name__}; expected one of: {choices}; got {quoted(value)}"
    if not isinstance(value, list | tuple):
        return "", f"expected a list, got {quoted(value)}"
    if what == "texts":
        for index, item in enumerate(value):
            problem = text_problem(item)
            if problem is not None:
                return f"[{index}]", problem
    return None
