"""Build the Graphviz diagram of an argument map: [`to_dot`][].

>>> from argmap.model import ArgumentMap
>>> m = ArgumentMap(question="Should the city build a tram?")
>>> tram = m.claim("Build the tram", id="tram", central=True)
>>> _ = m.support(tram, by=m.claim("It cuts traffic", id="cuts"), id="why")
>>> _ = m.rebut(tram, by=m.claim("It costs too much", id="cost"), id="dear")
>>> dot = to_dot(m, legend=False)
>>> for line in dot.source.splitlines()[-3:-1]:
...     print(line.strip())
n_cuts -> n_tram [id=why]
n_cost -> n_tram [arrowhead=tee color="#d55e00" id=dear penwidth=1.6 style=dashed tooltip=rebuts]
"""

from __future__ import annotations

from typing import Any

import graphviz

from argmap._collector import collector_paused
from argmap.diagram._emit import Quoted, add_edge, add_node, dot_quote, quote_all, quote_text
from argmap.diagram.labels import STATUS_MARKS, LabelMemo, claim_texts, wrap
from argmap.diagram.layout import choose_direction
from argmap.diagram.legend import add_legend
from argmap.diagram.options import DiagramOptionError, DiagramOptions, make_options
from argmap.diagram.quoting import dot_name, escape_dot, escape_html
from argmap.diagram.selection import claim_groups, neighbourhood, visible
from argmap.diagram.styles import node_attrs
from argmap.diagram.themes import EDGE_STYLES, Theme, strength_fill, theme
from argmap.model import Argument, ArgumentMap, AttackKind, Claim, Mode, Rebuttal, Stance

__all__ = ["FONT", "to_dot"]

FONT = "Helvetica,Arial,sans-serif"
"""The font of every diagram (Graphviz falls back to what the system has)."""
_QUESTION = "question_"
_STANCE_KEYS = {stance: f"stance-{stance.value}" for stance in Stance}
"""The legend key of each stance."""


def _differences(key: str, colours: Theme) -> dict[str, str]:
    """The attributes of node look ``key`` that differ from a plain claim's (the defaults)."""
    plain = node_attrs("claim", colours)
    return {k: v for k, v in node_attrs(key, colours).items() if plain.get(k) != v}


def to_dot(
    argument_map: ArgumentMap, *, options: DiagramOptions | None = None, **changes: Any
) -> graphviz.Digraph:
    """Return the Graphviz diagram of ``argument_map``.

    Args:
        argument_map: the map to draw.
        options: a [`DiagramOptions`][]; keyword ``changes`` are applied on top, so
            ``to_dot(m, detail="quotes")`` works without building options first.

    Returns:
        A `graphviz.Digraph`; ``.source`` is the DOT text, byte-identical for the same
        map and options on every run.

    Raises:
        DiagramOptionError: for a bad option, a focus or status naming no claim, or
            ``group="side"`` without a central claim.
    """
    chosen = make_options(options, **changes)
    with collector_paused():  # many small strings, no cycles (see argmap._collector)
        return _Builder(argument_map, chosen).build()


class _Builder:
    """One drawing of one map: the graph, the legend keys used, the edges drawn so far."""

    def __init__(self, argument_map: ArgumentMap, options: DiagramOptions) -> None:
        self.map = argument_map
        self.options = options
        self.colours: Theme = theme(options.theme)
        self.used: set[str] = set()
        self.tails: set[str] = set()
        self.graph = graphviz.Digraph(name="argmap")
        self.shown = {c.id for c in argument_map.claims}
        if options.focus is not None:
            self.shown = neighbourhood(argument_map, options.focus, options.depth)
        central = argument_map.central
        self.central = None if central is None else central.id
        self._central_look = quote_all(_differences("central", self.colours))
        # Every claim's attributions, grouped in one pass (claims without any are not keys).
        self.attributions = argument_map.attributions_by_claim()
        self._names: dict[str, Quoted] = {}
        self._memo = LabelMemo()
        self._inference_look = quote_all(
            {
                "label": "",
                "shape": "circle",
                "width": "0.14",
                "height": "0.14",
                "fixedsize": "true",
                "fillcolor": self.colours.inference,
                "color": self.colours.inference,
            }
        )
        self._looks = {relation: quote_all(self._edge_look(relation)) for relation in EDGE_STYLES}

    # ------------------------------------------------------------------ whole graph

    def build(self) -> graphviz.Digraph:
        options, colours = self.options, self.colours
        claims, arguments, rebuttals = visible(self.map, self.shown)
        shown = self.shown = {c.id for c in claims}  # with every premise of a drawn argument
        self._check_status()
        # Arguments that are undercut or attack need a node for the attack to touch.
        touched = {r.target for r in rebuttals if r.kind is AttackKind.UNDERCUT}
        touched.update(r.attacker for r in rebuttals)
        inferences = {a.id for a in arguments if len(a.premises) > 1 or a.id in touched}
        direction = options.direction
        if direction == "auto":
            direction = choose_direction(self.map, shown)
        self.graph.attr(
            rankdir=direction,
            bgcolor=colours.background,
            fontname=FONT,
            fontcolor=colours.text,
            newrank="true",
            nodesep="0.3",
            ranksep="0.45",
        )
        # Defaults are those of a claim box and a support arrow, the commonest elements, so
        # that each of them carries only what differs (DOT size and build time matter).
        self.graph.attr(
            "node",
            fontname=FONT,
            fontcolor=colours.text,
            color=colours.border,
            **node_attrs("claim", colours),
        )
        self.graph.attr("edge", fontname=FONT, fontcolor=colours.text, **self._edge_look("support"))
        self._title()
        groups = claim_groups(self.map, options.group) if options.group != "none" else {}
        self._claims(claims, groups)
        for argument in arguments:
            self._argument(argument, shown, argument.id in inferences)
        for rebuttal in rebuttals:
            self._rebuttal(rebuttal)
        if options.legend:
            add_legend(self.graph, self.used, colours, direction=direction)
        return self.graph

    def _check_status(self) -> None:
        for claim_id in self.options.status or {}:
            if claim_id not in self.map or not isinstance(self.map.get(claim_id), Claim):
                raise DiagramOptionError(f"status: {claim_id!r} is not a claim of this map")

    def _title(self) -> None:
        if self.map.title:
            self.graph.attr(label=escape_dot(self.map.title), labelloc="t", fontsize="18")
        central = self.map.central
        if not self.map.question or (central is not None and central.id not in self.shown):
            return  # a focused view without the central claim: the question would hang alone
        lines = "".join(
            escape_html(line) + "<BR/>" for line in wrap(self.map.question, self.options.width)
        )
        self.graph.node(
            _QUESTION,
            label=f"<<B>{lines}</B>>",
            id="question",
            fontsize="16",
            **node_attrs("question", self.colours),
            tooltip=escape_dot(self.map.question, tooltip=True),
        )
        self.used.add("question")
        if central is not None:
            self.graph.edge(
                dot_name(central.id),
                _QUESTION,
                arrowhead="none",
                style="dotted",
                color=self.colours.border,
                id="answers-question",
                tooltip="answers the question",
            )
            self.used.add("answers")

    # ------------------------------------------------------------------ nodes

    def _claims(self, claims: list[Claim], groups: dict[str, tuple[str, str]]) -> None:
        clusters: dict[str, list[Claim]] = {}
        labels: dict[str, str] = {}
        for claim in claims:
            if claim.id in groups:
                key, label = groups[claim.id]
                clusters.setdefault(key, []).append(claim)
                labels[key] = label
            else:
                self._claim(self.graph, claim)
        for number, (key, members) in enumerate(clusters.items()):
            with self.graph.subgraph(name=f"cluster_{number}") as cluster:
                cluster.attr(
                    label=escape_dot(labels[key]),
                    id=escape_dot(f"group-{key}"),
                    style="rounded,filled",
                    fillcolor=self.colours.cluster,
                    color=self.colours.border,
                    fontsize="12",
                )
                for claim in members:
                    self._claim(cluster, claim)

    def _claim(self, graph: graphviz.Digraph, claim: Claim) -> None:
        colours, options, used = self.colours, self.options, self.used
        attrs: dict[str, str] = {}
        used.add("claim")
        if claim.id == self.central:
            attrs.update(self._central_look)
            used.add("central")
        status_line = self._status(claim.id, attrs) if options.status else None
        attributions = self.attributions.get(claim.id, [])
        if options.detail != "claims":
            for attribution in attributions:
                used.add(_STANCE_KEYS[attribution.stance])
                if options.detail != "quotes":
                    continue
                if attribution.mode is not Mode.INDIRECT:
                    used.add("quote")
                if attribution.paraphrase:
                    used.add("paraphrase")
        label, text = claim_texts(
            self.map,
            claim,
            detail=options.detail,
            width=options.width,
            colours=colours,
            status_line=status_line,
            attributions=attributions,
            memo=self._memo,
        )
        name, element_id = self._name(claim.id), quote_text(claim.id)
        tip = quote_text(text, tooltip=True)
        if attrs:  # a look of its own: the attributes in graphviz's (sorted) order
            attrs.update(label=f"<{label}>", id=element_id, tooltip=tip)
            add_node(graph, name, attrs)
        else:  # the commonest node, written straight (an HTML-like label stays raw)
            graph.body.append(f"\t{name} [id={element_id} label=<{label}> tooltip={tip}]\n")

    def _status(self, claim_id: str, attrs: dict[str, str]) -> str | None:
        state = (self.options.status or {}).get(claim_id)
        if state is None:
            return None
        if isinstance(state, str):
            attrs.update(_differences(f"status-{state}", self.colours))
            self.used.add(f"status-{state}")
            return STATUS_MARKS[state]
        attrs["fillcolor"] = strength_fill(self.colours, state)
        self.used.add("strength")
        return f"strength {state:.2f}"

    def _name(self, element_id: str) -> Quoted:
        """The DOT name of an element, made and quoted once per element."""
        name = self._names.get(element_id)
        if name is None:
            name = self._names[element_id] = Quoted(dot_quote(dot_name(element_id)))
        return name

    def _inference(self, argument: Argument) -> Quoted:
        name = self._name(argument.id)
        text = argument.title or argument.scheme or "inference"
        attrs = dict(self._inference_look)
        attrs["id"] = quote_text(argument.id)
        attrs["tooltip"] = quote_text(text, tooltip=True)
        add_node(self.graph, name, attrs)
        self.used.add("inference")
        return name

    # ------------------------------------------------------------------ edges

    def _edge_look(self, relation: str) -> dict[str, str]:
        style = EDGE_STYLES[relation]
        return {
            "style": style.style,
            "arrowhead": style.arrowhead,
            "penwidth": style.penwidth,
            "color": self.colours.edge(relation),
            "tooltip": escape_dot(style.meaning, tooltip=True),
        }

    def _edge(
        self, tail: Quoted, head: Quoted, relation: str, element_id: str, *, linked: bool = False
    ) -> None:
        """Draw one arrow; ``linked``: a premise's line into an inference node (no arrowhead)."""
        element = quote_text(element_id)
        loose = tail in self.tails  # a claim used twice: later uses do not constrain the ranks
        self.tails.add(tail)
        self.used.add(relation)
        if relation == "support":  # the edge defaults are support's look: write what differs
            # in graphviz's sorted order: arrowhead, constraint, id
            extra = ("arrowhead=none " if linked else "") + ("constraint=false " if loose else "")
            self.graph.body.append(f"\t{tail} -> {head} [{extra}id={element}]\n")
            return
        attrs = dict(self._looks[relation])
        attrs["id"] = element
        if linked:
            attrs["arrowhead"] = "none"
        if loose:
            attrs["constraint"] = "false"
        add_edge(self.graph, tail, head, attrs)

    def _argument(self, argument: Argument, shown: set[str], inference: bool) -> None:
        conclusion = self._name(argument.conclusion)
        premises = [p for p in argument.premises if p in shown]
        if not inference:
            self._edge(self._name(premises[0]), conclusion, "support", argument.id)
            return
        node = self._inference(argument)
        for premise in premises:
            self._edge(
                self._name(premise), node, "support", f"{argument.id}--{premise}", linked=True
            )
        self.used.add("linked")
        self._edge(node, conclusion, "support", f"{argument.id}--{argument.conclusion}")

    def _rebuttal(self, rebuttal: Rebuttal) -> None:
        # An attacking argument attacks from its inference node; an undercut hits the
        # inference node of its target; both are arguments, so both have one.
        self._edge(
            self._name(rebuttal.attacker),
            self._name(rebuttal.target),
            rebuttal.kind.value,
            rebuttal.id,
        )
