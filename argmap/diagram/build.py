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

from typing import TYPE_CHECKING, Any

from argmap._collector import collector_paused
from argmap.diagram._dot_graph import DotGraph
from argmap.diagram._emit import (
    Quoted,
    attribute_list,
    names_and_ids,
    node_name,
    node_names,
    quote_all,
    quote_ids,
    quote_text,
    quote_texts,
    template,
)
from argmap.diagram._label_columns import (
    BoxSettings,
    claim_statements_all,
    own_markup,
    plain_statement,
    texts_alone,
)
from argmap.diagram.labels import (
    STATUS_MARKS,
    LabelMemo,
    wrap,
)
from argmap.diagram.layout import choose_direction
from argmap.diagram.legend import add_legend
from argmap.diagram.options import DiagramOptionError, DiagramOptions, make_options
from argmap.diagram.quoting import dot_name, escape_html
from argmap.diagram.selection import claim_groups, neighbourhood, visible
from argmap.diagram.styles import node_attrs
from argmap.diagram.themes import EDGE_STYLES, Theme, strength_fill, theme
from argmap.model import Argument, ArgumentMap, AttackKind, Claim, Mode, Rebuttal, Stance

if TYPE_CHECKING:
    import graphviz

__all__ = ["FONT", "dot_source", "to_dot"]

FONT = "Helvetica,Arial,sans-serif"
"""The font of every diagram (Graphviz falls back to what the system has)."""
_QUESTION = "question_"
_STANCE_KEYS = {stance: f"stance-{stance.value}" for stance in Stance}
"""The legend key of each stance."""
_UNDERCUT, _INDIRECT = AttackKind.UNDERCUT, Mode.INDIRECT
"""Read once: an enum member looked up on its class costs a Python call in 3.11 (about 900
instructions), too much for a test of every rebuttal or attribution."""


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
    import graphviz  # here, not at the top: the DOT text alone needs no graphviz

    graph = _draw(argument_map, options, changes)
    return graphviz.Digraph(name=graph.name, body=graph.body)


def dot_source(
    argument_map: ArgumentMap, *, options: DiagramOptions | None = None, **changes: Any
) -> str:
    """Return the DOT text of the diagram: ``to_dot(argument_map, ...).source``, without
    importing ``graphviz`` (see [`argmap.diagram._dot_graph`][argmap.diagram._dot_graph]).

    >>> from argmap.diagram._sample import sample_map
    >>> dot_source(sample_map(), direction="LR") == to_dot(sample_map(), direction="LR").source
    True

    Raises:
        DiagramOptionError: as [`to_dot`][] does.
    """
    return _draw(argument_map, options, changes).source


def _draw(
    argument_map: ArgumentMap, options: DiagramOptions | None, changes: dict[str, Any]
) -> DotGraph:
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
        self.graph = DotGraph("argmap")
        self.shown = {c.id for c in argument_map.claims}
        if options.focus is not None:
            self.shown = neighbourhood(argument_map, options.focus, options.depth)
        central = argument_map.central
        self.central = None if central is None else central.id
        self._central_look = quote_all(_differences("central", self.colours))
        # Every claim's attributions, grouped in one pass (claims without any are not keys).
        self.attributions = argument_map.attributions_by_claim()
        self._names: dict[str, str] = {}  # DOT node names, quoted
        self._ids: dict[str, str] = {}  # DOT ids (quoted) of the arguments and rebuttals
        self._memo = LabelMemo()
        inference_look = {
            "label": "",
            "shape": "circle",
            "width": "0.14",
            "height": "0.14",
            "fixedsize": "true",
            "fillcolor": self.colours.inference,
            "color": self.colours.inference,
        }
        self._inference_pieces = template(inference_look, "id", "tooltip")
        self._looks = {relation: quote_all(self._edge_look(relation)) for relation in EDGE_STYLES}
        self._edge_pieces: dict[tuple[str, bool], tuple[list[str], list[str]]] = {}

    # ------------------------------------------------------------------ whole graph

    def build(self) -> DotGraph:
        options, colours = self.options, self.colours
        claims, arguments, rebuttals = visible(self.map, self.shown)
        shown = self.shown = {c.id for c in claims}  # with every premise of a drawn argument
        self._check_status()
        # Arguments that are undercut or attack need a node for the attack to touch.
        touched = {r.target for r in rebuttals if r.kind is _UNDERCUT}
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
        ids = [a.id for a in arguments] + [r.id for r in rebuttals]
        self._ids = dict(zip(ids, quote_ids(ids), strict=True))  # quoted, all in one pass
        self._arguments(arguments, shown, inferences)
        self._rebuttals(rebuttals)
        if options.legend:
            add_legend(self.graph, self.used, colours, direction=direction)
        return self.graph

    def _check_status(self) -> None:
        for claim_id in self.options.status or {}:
            if claim_id not in self.map or not isinstance(self.map.get(claim_id), Claim):
                raise DiagramOptionError(f"status: {claim_id!r} is not a claim of this map")

    def _title(self) -> None:
        if self.map.title:
            self.graph.attr(label=quote_text(self.map.title), labelloc="t", fontsize="18")
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
            tooltip=quote_text(self.map.question, tooltip=True),
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
        clusters: dict[str, list[str]] = {}
        labels: dict[str, str] = {}
        body = self.graph.body
        statements = self._claim_statements(claims)
        if not groups:  # no clusters (the default): every box in the body, in order
            body.extend(statements)
            return
        for claim, statement in zip(claims, statements, strict=True):
            if claim.id in groups:
                key, label = groups[claim.id]
                clusters.setdefault(key, []).append(statement)
                labels[key] = label
            else:
                body.append(statement)
        for number, (key, members) in enumerate(clusters.items()):
            with self.graph.subgraph(name=f"cluster_{number}") as cluster:
                cluster.attr(
                    label=quote_text(labels[key]),
                    id=quote_text(f"group-{key}"),
                    style="rounded,filled",
                    fillcolor=self.colours.cluster,
                    color=self.colours.border,
                    fontsize="12",
                )
                cluster.body.extend(members)

    def _claim_statements(self, claims: list[Claim]) -> list[str]:
        """The node statement of each claim, in order, built a column at a time.

        The statements of all claims as plain boxes come from
        [`claim_statements_all`][argmap.diagram._label_columns.claim_statements_all], made a
        column at a time; only the few claims with a look of their own (the central one,
        those with an evaluation status) are then made again one by one.
        """
        options = self.options
        if claims:
            self.used.add("claim")
        ids = [claim.id for claim in claims]
        names, element_ids = names_and_ids(ids)  # the ids checked for being plain once
        self._names.update(zip(ids, names, strict=True))
        own = own_markup(claims, options.width)
        statements = claim_statements_all(
            self.map,
            claims,
            self.attributions,
            own,
            names,
            element_ids,
            detail=options.detail,
            width=options.width,
            colours=self.colours,
            memo=self._memo,
        )
        self._note_attributions(ids)
        settings = BoxSettings(self.map, options.detail, options.width, self.colours, self._memo)
        for number, (attrs, status_line) in self._looks_of(ids).items():
            these = self.attributions.get(ids[number], [])
            label, tip = texts_alone(settings, claims[number], these, own[number], status_line)
            tip = quote_text(tip, tooltip=True)
            if not attrs:  # a status mark on a plain box
                statements[number] = plain_statement(names[number], element_ids[number], label, tip)
                continue
            # a look of its own: attributes in sorted order
            attrs.update(label=f"<{label}>", id=Quoted(element_ids[number]), tooltip=Quoted(tip))
            statements[number] = f"\t{names[number]}{attribute_list(attrs)}\n"
        return statements

    def _note_attributions(self, ids: list[str]) -> None:
        """Note the legend keys the attributions of the claims ``ids`` need (their stances,
        and with quotes shown whether any is quoted or paraphrased)."""
        detail = self.options.detail
        if detail == "claims":
            return
        attributed = self.attributions
        found = [a for these in map(attributed.get, ids) if these for a in these]
        self.used.update({_STANCE_KEYS[stance] for stance in {a.stance for a in found}})
        if detail == "quotes":
            if any(a.mode is not _INDIRECT for a in found):
                self.used.add("quote")
            if any(a.paraphrase for a in found):
                self.used.add("paraphrase")

    def _looks_of(self, ids: list[str]) -> dict[int, tuple[dict[str, str], str | None]]:
        """What differs from a plain box for the claims (by position) that have a look of their
        own: the central claim and those with an evaluation status (their attributes, and the
        mark that ends their label)."""
        status = self.options.status or {}
        looks: dict[int, tuple[dict[str, str], str | None]] = {}
        for number, claim_id in enumerate(ids):
            if claim_id != self.central and claim_id not in status:
                continue
            attrs: dict[str, str] = {}
            if claim_id == self.central:
                attrs.update(self._central_look)
                self.used.add("central")
            status_line = self._status(claim_id, attrs) if status else None
            if attrs or status_line:
                looks[number] = (attrs, status_line)
        return looks

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

    def _name(self, element_id: str) -> str:
        """The DOT name of an element, made and quoted once per element."""
        name = self._names.get(element_id)
        if name is None:
            name = self._names[element_id] = node_name(element_id)
        return name

    def _inference_nodes(self, inferred: list[Argument]) -> dict[str, str]:
        """The node statement of each argument drawn with an inference node, by argument id;
        their names, ids and tooltips made in one pass each (the names kept for the edges)."""
        ids = [argument.id for argument in inferred]
        names = node_names(ids)
        self._names.update(zip(ids, names, strict=True))
        texts = [argument.title or argument.scheme or "inference" for argument in inferred]
        distinct = list(dict.fromkeys(texts))  # most are "inference": each quoted once
        quoted = dict(zip(distinct, quote_texts(distinct, tooltip=True), strict=True))
        before, between, after = self._inference_pieces
        elements = self._ids
        return {
            argument_id: f"\t{name}{before}{elements[argument_id]}{between}{tip}{after}\n"
            for argument_id, name, tip in zip(
                ids, names, map(quoted.__getitem__, texts), strict=True
            )
        }

    # ------------------------------------------------------------------ edges

    def _edge_look(self, relation: str) -> dict[str, str]:
        style = EDGE_STYLES[relation]
        return {
            "style": style.style,
            "arrowhead": style.arrowhead,
            "penwidth": style.penwidth,
            "color": self.colours.edge(relation),
            "tooltip": quote_text(style.meaning, tooltip=True),
        }

    def _pieces(self, relation: str, linked: bool) -> tuple[list[str], list[str]]:
        """The attribute list of one kind of arrow around its id: as a first use of its tail,
        and as a later one (``constraint=false``)."""
        key = (relation, linked)
        pieces = self._edge_pieces.get(key)
        if pieces is None:
            pieces = self._edge_pieces[key] = (
                self._edge_template(relation, linked, False),
                self._edge_template(relation, linked, True),
            )
        return pieces

    def _edge_template(self, relation: str, linked: bool, loose: bool) -> list[str]:
        """The attribute list of one kind of arrow, its id left open (see [`template`][])."""
        # The edge defaults are support's look: a support arrow carries only what differs.
        attrs = {} if relation == "support" else dict(self._looks[relation])
        if linked:
            attrs["arrowhead"] = "none"
        if loose:
            attrs["constraint"] = "false"
        return template(attrs, "id")

    def _arguments(self, arguments: list[Argument], shown: set[str], inferences: set[str]) -> None:
        """Draw every argument, in order: a plain one as a single arrow, one with an inference
        node (``inferences``) as the node, a line from each premise and an arrow on.

        What can be made in bulk is made first (the inference nodes, the ids of their lines);
        the loop only joins pieces, and notes each tail: an arrow from a tail already used is
        loose (see [`_pieces`][]).
        """
        name, ids, tails, body = self._name, self._ids, self.tails, self.graph.body
        known = self._names.get  # every drawn claim's name, made in `_claim_statements`
        first, later = self._pieces("support", False)
        linked_first, linked_later = self._pieces("support", True)
        inferred = [argument for argument in arguments if argument.id in inferences]
        nodes = self._inference_nodes(inferred)
        lines = iter(  # the ids of an inference's lines: from each shown premise, then on
            quote_ids(
                [
                    f"{argument.id}--{end}"
                    for argument in inferred
                    for end in (*[p for p in argument.premises if p in shown], argument.conclusion)
                ]
            )
        )
        for argument in arguments:
            node_statement = nodes.get(argument.id)
            if node_statement is not None:
                body.append(node_statement)
                node = self._names[argument.id]
                for premise in argument.premises:
                    if premise in shown:
                        tail = known(premise) or name(premise)
                        before, after = linked_later if tail in tails else linked_first
                        tails.add(tail)
                        body.append(f"\t{tail} -> {node}{before}{next(lines)}{after}\n")
                before, after = later if node in tails else first
                tails.add(node)
                head = known(argument.conclusion) or name(argument.conclusion)
                body.append(f"\t{node} -> {head}{before}{next(lines)}{after}\n")
                continue
            premise = argument.premises[0]  # after `visible`, every premise is shown
            if premise not in shown:
                premise = next(p for p in argument.premises if p in shown)
            tail = known(premise) or name(premise)
            before, after = later if tail in tails else first
            tails.add(tail)
            head = known(argument.conclusion) or name(argument.conclusion)
            body.append(f"\t{tail} -> {head}{before}{ids[argument.id]}{after}\n")
        if arguments:
            self.used.add("support")
        if nodes:
            self.used.update(("inference", "linked"))

    def _rebuttals(self, rebuttals: list[Rebuttal]) -> None:
        """Draw every rebuttal's arrow (a loose one from a tail already used)."""
        # An attacking argument attacks from its inference node; an undercut hits the
        # inference node of its target; both are arguments, so both have one.
        name, ids, tails, body = self._name, self._ids, self.tails, self.graph.body
        known = self._names.get
        pieces: dict[AttackKind, tuple[list[str], list[str]]] = {}
        for rebuttal in rebuttals:
            looks = pieces.get(rebuttal.kind)  # by kind: an enum's value is a slow look-up
            if looks is None:
                relation = rebuttal.kind.value
                looks = pieces[rebuttal.kind] = self._pieces(relation, False)
                self.used.add(relation)
            tail = known(rebuttal.attacker) or name(rebuttal.attacker)
            before, after = looks[tail in tails]
            tails.add(tail)
            head = known(rebuttal.target) or name(rebuttal.target)
            body.append(f"\t{tail} -> {head}{before}{ids[rebuttal.id]}{after}\n")
