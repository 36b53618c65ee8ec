"""The options of a diagram, checked once: [`DiagramOptions`][].

>>> DiagramOptions(detail="quotes", direction="LR").width
32
>>> DiagramOptions(theme="neon")
Traceback (most recent call last):
...
argmap.exceptions.DiagramOptionError: theme: expected one of default, print, dark, \
got 'neon'
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import Any

import attrs
from attrs import field, frozen

from argmap.diagram.themes import THEMES as THEME_TABLE
from argmap.exceptions import DiagramOptionError

__all__ = [
    "DEFAULT_TIMEOUT",
    "DETAILS",
    "DIRECTIONS",
    "GROUPS",
    "STATUSES",  # noqa: F822 (made on first use by the module's __getattr__)
    "THEMES",
    "DiagramOptionError",
    "DiagramOptions",
    "make_options",
]

DEFAULT_TIMEOUT = 120.0
"""Seconds ``dot`` may take to lay out a diagram, unless told otherwise."""
DETAILS = ("claims", "speakers", "quotes")
DIRECTIONS = ("auto", "BT", "TB", "LR")
GROUPS = ("none", "source", "actor", "side")
THEMES = tuple(THEME_TABLE)
"""The theme names, from the theme table."""


@functools.cache
def _statuses() -> tuple[tuple[str, ...], dict[str, str]]:
    """The statuses and the evaluation's words for them, from the model's enums: read when
    first needed, so that reading the options (``argmap render --help``) skips the model."""
    from argmap.model.enums import STATUS_LABELS, Label, Status

    statuses = (*(label.value for label in Label), Status.DEFENSIBLE.value)
    return statuses, {status.value: label.value for status, label in STATUS_LABELS.items()}


def __getattr__(name: str) -> Any:
    if name == "STATUSES":  # a claim's status in a diagram: in, out, undec or defensible
        return _statuses()[0]
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _one_of(choices: tuple[str, ...]) -> Any:
    def check(instance: Any, attribute: Any, value: Any) -> None:
        if value not in choices:
            raise DiagramOptionError(
                f"{attribute.name}: expected one of {', '.join(choices)}, got {value!r}"
            )

    return check


def _positive(instance: Any, attribute: Any, value: Any) -> None:
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise DiagramOptionError(f"{attribute.name}: expected a whole number >= 0, got {value!r}")
    if attribute.name == "width" and value < 8:
        raise DiagramOptionError(f"width: expected at least 8 characters, got {value!r}")


def _status(value: Mapping[str, str | float] | None) -> dict[str, str | float] | None:
    if value is None:
        return None
    if not isinstance(value, Mapping):
        raise DiagramOptionError(f"status: expected a mapping of claim ids, got {value!r}")
    checked: dict[str, str | float] = {}
    for claim_id, state in value.items():
        if isinstance(state, str):
            statuses, aliases = _statuses()
            state = aliases.get(str(state), str(state))
            if state not in statuses:
                raise DiagramOptionError(
                    f"status[{claim_id!r}]: expected in, out, undec, defensible (or accepted, "
                    f"rejected, undecided) or a number in [0, 1], got {state!r}"
                )
        elif isinstance(state, bool) or not isinstance(state, int | float) or not 0 <= state <= 1:
            raise DiagramOptionError(
                f"status[{claim_id!r}]: expected in, out, undec or a number in [0, 1], "
                f"got {state!r}"
            )
        checked[str(claim_id)] = state if isinstance(state, str) else float(state)
    return checked


@frozen(kw_only=True)
class DiagramOptions:
    """What a diagram shows and how.

    Attributes:
        detail: ``claims`` (text only), ``speakers`` (with who said it where) or ``quotes``
            (with the quoted words, or the paraphrase).
        direction: ``auto`` (the default: ``BT`` or ``LR``, whichever fits the map's shape
            nearer to a square, see [`layout`][argmap.diagram.layout]), ``BT`` (reasons below
            their conclusions), ``TB`` or ``LR``.
        group: clusters by ``source``, ``actor`` or ``side`` (for and against the central
            claim), or ``none``.
        focus: a claim id; show only the claims within ``depth`` steps of it.
        depth: how many steps (an argument or an attack is one step) the focus reaches.
        theme: ``default`` (colour-blind-safe colours), ``print`` (grayscale) or ``dark``.
        width: the label width in characters.
        status: claim id -> ``in``/``out``/``undec``/``defensible`` (or the evaluation's
            ``accepted``/``rejected``/``undecided``, so ``argmap.semantics.translate.evaluate``'s
            result fits as it is) or a strength in [0, 1]; such claims are coloured and
            marked, and the legend says so.
        legend: draw a legend of what this diagram uses.
    """

    detail: str = field(default="speakers", validator=_one_of(DETAILS))
    direction: str = field(default="auto", validator=_one_of(DIRECTIONS))
    group: str = field(default="none", validator=_one_of(GROUPS))
    focus: str | None = field(default=None)
    depth: int = field(default=2, validator=_positive)
    theme: str = field(default="default", validator=_one_of(THEMES))
    width: int = field(default=32, validator=_positive)
    status: dict[str, str | float] | None = field(default=None, converter=_status, hash=False)
    legend: bool = field(default=True)


def make_options(options: DiagramOptions | None = None, **changes: Any) -> DiagramOptions:
    """Return ``options`` (or the defaults) with keyword ``changes`` applied and checked.

    >>> make_options(detail="claims").detail
    'claims'
    >>> make_options(colour="red")
    Traceback (most recent call last):
    ...
    argmap.exceptions.DiagramOptionError: unknown diagram option 'colour'; expected \
one of detail, direction, group, focus, depth, theme, width, status, legend

    Raises:
        DiagramOptionError: for an unknown option or a bad value.
    """
    names = [a.name for a in attrs.fields(DiagramOptions)]
    for name in changes:
        if name not in names:
            raise DiagramOptionError(
                f"unknown diagram option {name!r}; expected one of {', '.join(names)}"
            )
    return attrs.evolve(options or DiagramOptions(), **changes)
