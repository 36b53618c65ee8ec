"""The data the interactive map's side panel shows, built from the model in one place.

[`panel_data`][] returns plain JSON-ready dicts: for every claim its text, every attribution
(speaker with role and affiliation, stance with its mark, verb, quote or paraphrase, source with
outlet, date and url, setting), the arguments for and against it, and its evaluation status;
plus the speakers and sources a reader can filter by. The HTML map embeds it as JSON.

>>> from argmap.diagram._sample import sample_map
>>> data = panel_data(sample_map())
>>> [a["line"] for a in data["claims"]["tram"]["attributions"]]
['✓ asserted by Ana Ruiz, City Herald', "✗ denied by Drivers' Club, Radio 4 & More"]
>>> [(r["id"], r["kind"]) for r in data["claims"]["tram"]["against"]]
[('buses', 'undercut'), ('cost', 'rebut')]
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from argmap.diagram.labels import STATUS_MARKS, attribution_line, shown_attributions
from argmap.diagram.selection import claims_of
from argmap.diagram.styles import STANCE_STYLES
from argmap.model import Actor, Argument, ArgumentMap, Attribution, Claim, Source

__all__ = ["panel_data"]

_Json = dict[str, Any]


def _source(argument_map: ArgumentMap, source_id: str | None) -> _Json | None:
    if source_id is None:
        return None
    source = argument_map.get(source_id, Source)
    return {
        "id": source.id,
        "title": source.title,
        "outlet": source.outlet,
        "date": None if source.date is None else str(source.date),
        "url": source.url,
        "kind": source.kind.value,
    }


def _speaker(argument_map: ArgumentMap, actor_id: str) -> _Json:
    actor = argument_map.get(actor_id, Actor)
    affiliation = None
    if actor.affiliation is not None and actor.affiliation in argument_map:
        affiliation = getattr(argument_map.get(actor.affiliation), "name", actor.affiliation)
    return {"id": actor.id, "name": actor.name, "role": actor.role, "affiliation": affiliation}


def _attribution(argument_map: ArgumentMap, attribution: Attribution) -> _Json:
    style = STANCE_STYLES[attribution.stance]
    return {
        "id": attribution.id,
        "line": attribution_line(argument_map, attribution),
        "speaker": _speaker(argument_map, attribution.actor),
        "stance": attribution.stance.value,
        "mark": style.mark,
        "participle": style.participle,
        "verb": attribution.cue,
        "mode": attribution.mode.value,
        "quote": attribution.quote,
        "fragments": list(attribution.fragments),
        "paraphrase": attribution.paraphrase,
        "source": _source(argument_map, attribution.source),
        "setting": _source(argument_map, attribution.setting),
    }


def _remarks(argument_map: ArgumentMap, claim: Claim) -> list[_Json]:
    """The remarks on a claim that several sources report, with the differences between them."""
    from argmap.quotes import render_diff  # only a map with such a remark needs the quotes code

    return [
        {
            "line": attribution_line(argument_map, attribution, remark=remark),
            "attributions": list(remark.attributions),
            "outlets": list(remark.outlets),
            "differences": [
                {
                    "first": first,
                    "other": other,
                    "diff": render_diff(parts),
                    "parts": [list(part) for part in parts],
                }
                for first, other, parts in remark.difference_parts()
            ],
        }
        for attribution, remark in shown_attributions(argument_map, claim)
        if remark is not None
    ]


def _text(argument_map: ArgumentMap, claim_id: str) -> str:
    return argument_map.get(claim_id, Claim).text


def _reasons(argument_map: ArgumentMap, claim: Claim) -> tuple[list[_Json], list[_Json]]:
    """The claims for (premises of its arguments) and against (attackers) ``claim``."""
    pros: list[_Json] = []
    cons: list[_Json] = []
    for argument in argument_map.arguments_for(claim):
        for premise in argument.premises:
            pros.append({"id": premise, "text": _text(argument_map, premise), "via": argument.id})
        for undercut in argument_map.attacks_on(argument.id):  # attacks on its support
            for attacker in claims_of(argument_map, undercut.attacker):
                cons.append(_against(argument_map, attacker, undercut.id, "undercut"))
    for rebuttal in argument_map.attacks_on(claim):
        attacker_element = argument_map.get(rebuttal.attacker)
        attackers = (
            [attacker_element.conclusion]
            if isinstance(attacker_element, Argument)
            else [rebuttal.attacker]
        )
        for attacker in attackers:
            cons.append(_against(argument_map, attacker, rebuttal.id, rebuttal.kind.value))
    return pros, cons


def _against(argument_map: ArgumentMap, claim_id: str, via: str, kind: str) -> _Json:
    return {"id": claim_id, "text": _text(argument_map, claim_id), "via": via, "kind": kind}


def _status(state: str | float | None) -> str | None:
    if state is None:
        return None
    if isinstance(state, str):
        return STATUS_MARKS[state]
    return f"strength {state:.2f}"


def panel_data(
    argument_map: ArgumentMap, *, status: Mapping[str, str | float] | None = None
) -> _Json:
    """Return what the side panel, the search and the filters of the HTML map need.

    Args:
        argument_map: the map.
        status: the checked evaluation status of each claim (see
            [`DiagramOptions`][argmap.diagram.options.DiagramOptions]), if the map was evaluated.

    Returns:
        ``{"title", "question", "claims": {id: {...}}, "speakers": [...], "sources": [...]}``.
    """
    claims: _Json = {}
    for claim in argument_map.claims:
        pros, cons = _reasons(argument_map, claim)
        claims[claim.id] = {
            "id": claim.id,
            "title": claim.title,
            "text": claim.text,
            "central": bool(argument_map.central and argument_map.central.id == claim.id),
            "attributions": [
                _attribution(argument_map, a) for a in argument_map.attributions_of(claim)
            ],
            "remarks": _remarks(argument_map, claim),
            "for": pros,
            "against": cons,
            "status": _status((status or {}).get(claim.id)),
        }
    speaking = {a.actor for a in argument_map.attributions}
    cited = {a.source for a in argument_map.attributions}
    return {
        "title": argument_map.title,
        "question": argument_map.question,
        "claims": claims,
        "speakers": [_speaker(argument_map, a.id) for a in argument_map.actors if a.id in speaking],
        "sources": [_source(argument_map, s.id) for s in argument_map.sources if s.id in cited],
    }
