"""Mermaid flowchart text of an argument map (it renders in GitHub and GitLab Markdown).

Every user string goes through [`escape_mermaid`][]. Support is a plain arrow, linked
premises meet at a small circle, and attacks are labelled links with a cross end: rebut and
undermine dotted, undercut thick.

>>> from argmap.model import ArgumentMap
>>> m = ArgumentMap()
>>> tram = m.claim('Build the "tram"', id="tram")
>>> _ = m.rebut(tram, by=m.claim("It costs <€300m> & more", id="cost"), id="dear")
>>> print(dumps(m), end="")
flowchart BT
    n0["Build the #quot;tram#quot;"]
    n1["It costs #lt;€300m#gt; #amp; more"]
    n1 -.-x|rebuts| n0
"""

from __future__ import annotations

import re
from typing import Any

from argmap.diagram.layout import choose_direction
from argmap.diagram.options import make_options
from argmap.diagram.selection import neighbourhood, visible
from argmap.model import ArgumentMap, AttackKind, Claim
from tests._dot_reference.labels import attribution_line, shown_attributions, wrap
from tests._dot_reference.quoting import clean

__all__ = ["dumps", "escape_mermaid", "to_mermaid"]

_SPECIAL = re.compile(r"[\"#<>&`|\[\](){}\\;]")
_NAMED = {'"': "#quot;", "<": "#lt;", ">": "#gt;", "&": "#amp;"}
_LINKS = {
    AttackKind.REBUT: "-.-x|rebuts|",
    AttackKind.UNDERMINE: "-.-x|undermines|",
    AttackKind.UNDERCUT: "==x|undercuts|",
}


def escape_mermaid(text: str) -> str:
    """Escape ``text`` for a quoted Mermaid label: entity codes for every special character.

    >>> escape_mermaid('a "b" #1 [x] | y\\nz')
    'a #quot;b#quot; #35;1 #91;x#93; #124; y<br/>z'
    """
    escaped = _SPECIAL.sub(
        lambda match: _NAMED.get(match.group(), f"#{ord(match.group())};"), clean(text)
    )
    return escaped.replace("\n", "<br/>")


def _label(argument_map: ArgumentMap, claim_id: str, detail: str, width: int) -> str:
    claim = argument_map.get(claim_id)
    lines = [escape_mermaid(line) for line in wrap(getattr(claim, "text", claim_id), width)]
    if detail != "claims" and isinstance(claim, Claim):
        for attribution, remark in shown_attributions(argument_map, claim):
            line = attribution_line(argument_map, attribution, remark=remark)
            lines.append("<small>" + escape_mermaid(line))
            if detail == "quotes" and attribution.quote:
                lines[-1] += "<br/><i>“" + escape_mermaid(attribution.quote) + "”</i>"
            lines[-1] += "</small>"
    return "<br/>".join(lines)


def to_mermaid(argument_map: ArgumentMap, **options: Any) -> str:
    """Return Mermaid flowchart text for ``argument_map``.

    Args:
        argument_map: the map.
        **options: diagram options; ``detail``, ``direction``, ``focus``, ``depth`` and
            ``width`` apply.

    Returns:
        The flowchart text, ending with a newline; the same map gives the same text.
    """
    chosen = make_options(**options)
    shown = {c.id for c in argument_map.claims}
    if chosen.focus is not None:
        shown = neighbourhood(argument_map, chosen.focus, chosen.depth)
    claims, arguments, rebuttals = visible(argument_map, shown)
    shown = {c.id for c in claims}  # with every premise of a drawn argument
    names: dict[str, str] = {}
    direction = chosen.direction
    if direction == "auto":
        direction = choose_direction(argument_map, shown)
    lines = [f"flowchart {direction}"]
    for claim in claims:
        names[claim.id] = f"n{len(names)}"
        label = _label(argument_map, claim.id, chosen.detail, chosen.width)
        lines.append(f'    {names[claim.id]}["{label}"]')
    attacked = {r.target for r in rebuttals} | {r.attacker for r in rebuttals}
    for argument in arguments:
        premises = [p for p in argument.premises if p in shown]
        if len(argument.premises) == 1 and argument.id not in attacked:
            lines.append(f"    {names[premises[0]]} --> {names[argument.conclusion]}")
            continue
        node = names[argument.id] = f"n{len(names)}"
        lines.append(f'    {node}((" "))')
        lines.extend(f"    {names[p]} --- {node}" for p in premises)
        lines.append(f"    {node} --> {names[argument.conclusion]}")
    for rebuttal in rebuttals:
        link = _LINKS[rebuttal.kind]
        lines.append(f"    {names[rebuttal.attacker]} {link} {names[rebuttal.target]}")
    central = argument_map.central
    if central is not None and central.id in names:
        lines.append("    classDef central stroke-width:3px")
        lines.append(f"    class {names[central.id]} central")
    return "\n".join(lines) + "\n"


def dumps(argument_map: ArgumentMap) -> str:
    """Return the Mermaid flowchart of ``argument_map`` with the default options."""
    return to_mermaid(argument_map)
