"""Warnings about a map that is valid but probably not what its author meant.

Errors (unknown ids, wrong attack kinds) cannot exist in an [`ArgumentMap`][]: the map
refuses them when they are made. [`validate`][] finds what is allowed but suspicious.

>>> from argmap.model import ArgumentMap
>>> m = ArgumentMap()
>>> _ = m.claim("Lonely claim")
>>> for problem in validate(m):
...     print(problem)
warning: claim 'lonely-claim' ("Lonely claim"): is connected to nothing
"""

from __future__ import annotations

from collections.abc import Iterator
from enum import StrEnum

from attrs import frozen

from argmap.model import ArgumentMap, Claim, Element, is_isolated

__all__ = ["Problem", "Severity", "validate"]


class Severity(StrEnum):
    """How bad a problem is: an error stops a map loading; a warning does not."""

    ERROR = "error"
    WARNING = "warning"


@frozen(kw_only=True)
class Problem:
    """One problem in a map: the element it concerns and what is wrong, in plain words."""

    severity: Severity
    element: str | None
    summary: str | None
    message: str

    def __str__(self) -> str:
        where = ""
        if self.element is not None:
            where = f" {self.element}"
            if self.summary:
                where += f" ({self.summary})"
        return f"{self.severity.value}:{where}: {self.message}"


def validate(argument_map: ArgumentMap) -> list[Problem]:
    """Return the warnings for a map, in a stable order.

    Warnings: claims connected to nothing, claims with no attribution in a map that has sources,
    cycles of support (a claim that supports itself through other claims), actors and sources
    never used.
    """
    return list(_problems(argument_map))


def _problems(m: ArgumentMap) -> Iterator[Problem]:
    has_sources = bool(m.sources)
    for claim in m.claims:
        if is_isolated(m, claim):
            yield _warn(claim, "is connected to nothing")
        if has_sources and not m.attributions_of(claim):
            yield _warn(claim, "has no attribution: nobody in the sources puts it forward")
    for cycle in support_cycles(m):
        yield _warn(m.get(cycle[0]), "is in a circle of support: " + ", ".join(cycle))
    for actor in m.actors:
        if not m.referrers(actor):
            yield _warn(actor, "is never used: no attribution names this actor")
    for source in m.sources:
        if not m.referrers(source):
            yield _warn(source, "is never used: no attribution names this source")


def support_cycles(m: ArgumentMap) -> list[list[str]]:
    """Groups of claims that support each other in a circle (strongly connected components).

    Iterative Tarjan, linear in the size of the map.

    >>> m = ArgumentMap()
    >>> a, b = m.claim("A"), m.claim("B")
    >>> _ = m.support(a, by=b); _ = m.support(b, by=a)
    >>> support_cycles(m)
    [['a', 'b']]
    """
    graph: dict[str, list[str]] = {c.id: [] for c in m.claims}
    for argument in m.arguments:
        for premise in argument.premises:
            graph[premise].append(argument.conclusion)
    order = {claim: position for position, claim in enumerate(graph)}
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    on_stack: set[str] = set()
    stack: list[str] = []
    cycles: list[list[str]] = []
    for root in graph:
        if root in index:
            continue
        work: list[tuple[str, int]] = [(root, 0)]
        while work:
            node, position = work.pop()
            if position == 0:
                index[node] = low[node] = len(index)
                stack.append(node)
                on_stack.add(node)
            successors = graph[node]
            if position < len(successors):
                work.append((node, position + 1))
                child = successors[position]
                if child not in index:
                    work.append((child, 0))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1 or node in graph[node]:
                    cycles.append(sorted(component, key=order.__getitem__))
    return cycles


def _warn(element: Element, message: str) -> Problem:
    summary = None
    if isinstance(element, Claim):
        summary = element.text if len(element.text) <= 50 else element.text[:49] + "…"
    else:
        summary = getattr(element, "name", None) or getattr(element, "title", None)
    kind = type(element).__name__.lower()
    return Problem(
        severity=Severity.WARNING,
        element=f"{kind} {element.id!r}",
        summary=f'"{summary}"' if summary else None,
        message=message,
    )
