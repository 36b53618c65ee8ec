"""The actor map: who argues with whom, and on which claims.

Actors are nodes; an edge joins two actors who agree (solid, no arrowheads) or disagree
(dashed, with tee ends), labelled with how many claims ground it and carrying those claims in
its tooltip.

Two actors *agree* when both hold a claim (assert or concede it) or both deny it, or when one
holds a premise of an argument whose conclusion the other holds. They *disagree* when one
holds a claim the other denies, or holds a claim that attacks (rebuts, undermines, undercuts
an argument for) a claim the other holds; an attacking argument counts as its conclusion.
``questions`` takes no side.

>>> from argmap.diagram._sample import sample_map
>>> for r in relations(sample_map()):
...     print(r.first, r.second, r.kind, r.claims)
ruiz club disagree ('tram', 'cost')
ruiz lee agree ('traffic', 'lyon')
ruiz lee disagree ('traffic', 'study')
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import graphviz
from attrs import frozen

from argmap.diagram.build import FONT
from argmap.diagram.options import make_options
from argmap.diagram.quoting import dot_name, escape_dot
from argmap.diagram.themes import theme
from argmap.model import Argument, ArgumentMap, Stance

__all__ = ["ActorRelation", "actor_map", "relations"]


@frozen(kw_only=True)
class ActorRelation:
    """Two actors (in map order) agree or disagree; ``claims`` ground it, in map order."""

    first: str
    second: str
    kind: str
    claims: tuple[str, ...]


def _holders(argument_map: ArgumentMap) -> dict[str, dict[str, str]]:
    """claim id -> actor id -> "hold" or "deny" (first stance of that actor on that claim)."""
    result: dict[str, dict[str, str]] = {}
    for attribution in argument_map.attributions:
        if attribution.stance is Stance.QUESTIONS:
            continue
        side = "deny" if attribution.stance is Stance.DENIES else "hold"
        result.setdefault(attribution.claim, {}).setdefault(attribution.actor, side)
    return result


def _links(argument_map: ArgumentMap) -> Iterator[tuple[str, str, str]]:
    """(claim, claim, agree|disagree) for every support and attack between two claims."""
    for argument in argument_map.arguments:
        for premise in argument.premises:
            yield premise, argument.conclusion, "agree"
    for rebuttal in argument_map.rebuttals:
        attacker = argument_map.get(rebuttal.attacker)
        source = attacker.conclusion if isinstance(attacker, Argument) else attacker.id
        target = argument_map.get(rebuttal.target)
        goal = target.conclusion if isinstance(target, Argument) else target.id
        yield source, goal, "disagree"


def relations(argument_map: ArgumentMap) -> list[ActorRelation]:
    """Return the agreements and disagreements between actors, in map order.

    A pair of actors can both agree (on some claims) and disagree (on others).
    """
    holders = _holders(argument_map)
    order = {actor.id: number for number, actor in enumerate(argument_map.actors)}
    found: dict[tuple[str, str, str], dict[str, None]] = {}

    def note(actor_a: str, actor_b: str, kind: str, *claims: str) -> None:
        if actor_a == actor_b:
            return
        first, second = sorted((actor_a, actor_b), key=order.__getitem__)
        bucket = found.setdefault((first, second, kind), {})
        bucket.update(dict.fromkeys(claims))

    for claim_id, stances in holders.items():
        actors = list(stances)
        for i, actor_a in enumerate(actors):
            for actor_b in actors[i + 1 :]:
                same = stances[actor_a] == stances[actor_b]
                note(actor_a, actor_b, "agree" if same else "disagree", claim_id)
    for claim_a, claim_b, kind in _links(argument_map):
        for actor_a, side_a in holders.get(claim_a, {}).items():
            for actor_b, side_b in holders.get(claim_b, {}).items():
                if side_a == "hold" and side_b == "hold":
                    note(actor_a, actor_b, kind, claim_a, claim_b)
    claim_order = {claim.id: number for number, claim in enumerate(argument_map.claims)}
    result = [
        ActorRelation(
            first=first,
            second=second,
            kind=kind,
            claims=tuple(sorted(claims, key=claim_order.__getitem__)),
        )
        for (first, second, kind), claims in found.items()
    ]
    result.sort(key=lambda r: (order[r.first], order[r.second], r.kind))
    return result


def actor_map(argument_map: ArgumentMap, **options: Any) -> graphviz.Digraph:
    """Return the actor map of ``argument_map`` as a Graphviz graph.

    Args:
        argument_map: the map.
        **options: diagram options; ``theme``, ``direction``, ``width`` and ``legend`` apply.

    Returns:
        A :class:`graphviz.Digraph` with one node per actor who speaks and one edge per
        agreement or disagreement, its tooltip listing the claims that ground it.
    """
    chosen = make_options(**options)
    colours = theme(chosen.theme)
    graph = graphviz.Digraph(name="actors")
    graph.attr(rankdir=chosen.direction, bgcolor=colours.background, fontname=FONT)
    graph.attr("node", fontname=FONT, fontcolor=colours.text, color=colours.border)
    graph.attr("edge", fontname=FONT, fontcolor=colours.text, fontsize="10")
    if argument_map.title:
        graph.attr(label=escape_dot(argument_map.title), labelloc="t", fontcolor=colours.text)
    speaking = {a.actor for a in argument_map.attributions}
    for actor in argument_map.actors:
        if actor.id not in speaking:
            continue
        label = actor.name if actor.role is None else f"{actor.name}\n{actor.role}"
        graph.node(
            dot_name(actor.id),
            label=escape_dot(label),
            id=escape_dot(actor.id),
            shape="box",
            style="rounded,filled",
            fillcolor=colours.claim_fill,
            tooltip=escape_dot(actor.description or actor.name, tooltip=True),
        )
    kinds: set[str] = set()
    for relation in relations(argument_map):
        texts = [argument_map.get(c).text for c in relation.claims]  # type: ignore[union-attr]
        agree = relation.kind == "agree"
        kinds.add(relation.kind)
        graph.edge(
            dot_name(relation.first),
            dot_name(relation.second),
            id=escape_dot(f"{relation.kind}--{relation.first}--{relation.second}"),
            label=str(len(relation.claims)),
            tooltip=escape_dot(f"{relation.kind}s on:\n" + "\n".join(texts), tooltip=True),
            dir="both",
            arrowhead="none" if agree else "tee",
            arrowtail="none" if agree else "tee",
            style="solid" if agree else "dashed",
            penwidth="1.6",
            color=colours.support if agree else colours.rebut,
        )
    if chosen.legend and kinds:
        words = {
            "agree": "solid line: they agree",
            "disagree": "dashed line with bars: they disagree",
        }
        lines = "\\l".join([*(words[k] for k in sorted(kinds)), "number: claims it rests on", ""])
        graph.node(
            "legend_actors",
            label=lines,
            shape="note",
            fontsize="10",
            id="legend",
            fontcolor=colours.text,
            color=colours.border,
        )
    return graph
