"""The actor map: who argues with whom, and on which claims.

Actors are nodes; one edge joins two actors who agree (solid, no arrowheads) or disagree
(dashed, with tee ends), never both: the way most of their evidence points. It is labelled
with how many claims ground it and carries those claims in its tooltip, with the claims
pointing the other way. The pairs come from
[`agreement`][argmap.analysis.agreement.agreement]:
both hold (or both deny) a claim, or one holds a reason for the other's claim, is agreement;
one denies what the other holds, or holds a claim that attacks it, is disagreement.

>>> from argmap.diagram._sample import sample_map
>>> edges = [line.split("[")[0].strip() for line in actor_map(sample_map()).source.splitlines()
...          if "->" in line]
>>> edges
['n_ruiz -> n_club', 'n_ruiz -> n_lee']
"""

from __future__ import annotations

from typing import Any

import graphviz

from argmap.analysis.agreement import agreement
from argmap.diagram.build import FONT
from argmap.diagram.options import make_options
from argmap.diagram.quoting import dot_name, escape_dot
from argmap.diagram.themes import theme
from argmap.model import ArgumentMap, Claim

__all__ = ["actor_map"]


def actor_map(argument_map: ArgumentMap, **options: Any) -> graphviz.Digraph:
    """Return the actor map of ``argument_map`` as a Graphviz graph.

    Args:
        argument_map: the map.
        **options: diagram options; ``theme``, ``direction``, ``width`` and ``legend`` apply.

    Returns:
        A `graphviz.Digraph` with one node per actor who speaks and one edge per
        agreement or disagreement, its tooltip listing the claims that ground it.
    """
    chosen = make_options(**options)
    colours = theme(chosen.theme)
    graph = graphviz.Digraph(name="actors")
    direction = "BT" if chosen.direction == "auto" else chosen.direction
    graph.attr(rankdir=direction, bgcolor=colours.background, fontname=FONT)
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
    for relation in agreement(argument_map):
        texts = [argument_map.get(c, Claim).text for c in relation.claims]
        if relation.against:
            other = "disagree" if relation.kind == "agree" else "agree"
            texts.append(f"but {other} on:")
            texts += [argument_map.get(c, Claim).text for c in relation.against]
        agree = relation.kind == "agree"
        kinds.add(str(relation.kind))
        graph.edge(
            dot_name(relation.first),
            dot_name(relation.second),
            id=escape_dot(f"{relation.kind.value}--{relation.first}--{relation.second}"),
            label=str(len(relation.claims)),
            tooltip=escape_dot(f"{relation.kind.value}s on:\n" + "\n".join(texts), tooltip=True),
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
