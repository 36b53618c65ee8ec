"""Read the argumentative microtexts (Peldszus and Stede) XML format: ``<arggraph>``.

Each argumentative unit (ADU) becomes a claim with the ADU's id and the text of its segments
(EDUs). The text itself becomes one [`Source`][argmap.model.elements.Source] named by the graph's
id; its
words are the EDUs joined by spaces. The two dialectical roles become two actors,
``proponent`` and ``opponent``, and each ADU an attribution of its claim to its role, quoting
its EDUs with their character spans. Edges map as follows:

* ``sup`` and ``exa`` (support by example, scheme ``"example"``): an argument whose id is the
  edge id; ``add`` edges into it add linked premises;
* ``reb``: a rebut, or an undermine when the target is a premise of some argument;
* ``und``: an undercut of the argument the target edge stands for;
* an attack that is itself attacked, or has ``add`` premises, is reified (see
  ``argmap.formats._attacks``): a claim tagged ``attack`` stands for it.

The unit without an outgoing argumentative edge is the central claim. Reading only: argmap
does not write this format.

The XML is parsed with the standard library's `xml.etree.ElementTree`, which is meant for
trusted files (it does not guard against entity-expansion attacks); read only corpus files you
trust.

>>> text = '''<arggraph id="t1" topic_id="tram" stance="pro">
...   <edu id="e1">We should build the tram.</edu><edu id="e2">Jams cost money.</edu>
...   <adu id="a1" type="pro"/><adu id="a2" type="pro"/>
...   <edge id="c1" src="e1" trg="a1" type="seg"/><edge id="c2" src="e2" trg="a2" type="seg"/>
...   <edge id="c3" src="a2" trg="a1" type="sup"/>
... </arggraph>'''
>>> m = loads(text)
>>> m.central.text, [(a.id, a.premises, a.conclusion) for a in m.arguments]
('We should build the tram.', [('c3', ('a2',), 'a1')])
>>> [(a.actor, a.quote, a.locators[0].start) for a in m.attributions]
[('proponent', 'We should build the tram.', 0), ('proponent', 'Jams cost money.', 26)]
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections import defaultdict
from typing import Any

from argmap.exceptions import ArgmapError, DocumentError
from argmap.formats._attacks import Attack, add_attacks
from argmap.model import Actor, Argument, ArgumentMap, Claim, Element, Locator, Source

__all__ = ["ROLES", "loads"]

ROLES = {"pro": "proponent", "opp": "opponent"}
"""ADU types and the ids of the actors that stand for them."""

_SUPPORTS = {"sup": None, "exa": "example"}
_ATTACKS = ("reb", "und")
_EDGE_TYPES = ("seg", "add", *_SUPPORTS, *_ATTACKS)


def loads(text: str, *, filename: str | None = None) -> ArgumentMap:
    """Read one ``<arggraph>`` document.

    Args:
        text: the XML.
        filename: the file name, for error messages.

    Returns:
        The map, titled with the graph's id.

    Raises:
        DocumentError: the XML is malformed or breaks the format (unknown edge type, an edge
            naming an unknown id, an ADU without text), naming the element.
    """
    where = filename or "<microtexts>"
    try:
        root = ET.fromstring(text)
    except ET.ParseError as error:
        line, column = error.position
        raise DocumentError(
            f"not well-formed XML ({error.msg})", file=filename, line=line, column=column + 1
        ) from None
    except UnicodeError:
        raise DocumentError(
            "holds characters UTF-8 cannot encode (lone surrogates)", file=filename
        ) from None
    if root.tag != "arggraph":
        raise DocumentError(f"expected <arggraph>, found <{root.tag}>", file=filename)
    try:
        return _Reader(root, filename, where).read()
    except ArgmapError as error:
        if isinstance(error, DocumentError):
            raise
        raise DocumentError(str(error), file=filename) from None


class _Reader:
    """One pass over an ``<arggraph>``: collect units and edges, then build the map."""

    def __init__(self, root: ET.Element, filename: str | None, where: str) -> None:
        self.root = root
        self.filename = filename
        self.where = where
        self.texts: dict[str, str] = {}  # EDU id -> text
        self.roles: dict[str, str] = {}  # ADU id -> pro/opp
        self.joints: set[str] = set()
        self.edges: dict[str, tuple[str, str, str]] = {}  # id -> (src, trg, type)

    def error(self, element: ET.Element, message: str) -> DocumentError:
        label = f"<{element.tag} id={element.get('id')!r}>"
        return DocumentError(message, file=self.filename, location=label)

    def attribute(self, element: ET.Element, name: str) -> str:
        value = element.get(name)
        if not value:
            raise self.error(element, f"needs the attribute {name!r}")
        return value

    def read(self) -> ArgumentMap:
        self.collect()
        graph_id = self.attribute(self.root, "id")
        topic, stance = self.root.get("topic_id"), self.root.get("stance")
        details = ", ".join(f"{k} {v}" for k, v in (("topic", topic), ("stance", stance)) if v)
        meta = {
            "title": graph_id,
            "description": f"Argumentative microtext {graph_id}"
            + (f" ({details})" if details else ""),
        }
        segments = self.segments()
        order = {edu: index for index, edu in enumerate(self.texts)}
        starts, position = {}, 0
        for edu, edu_text in self.texts.items():
            starts[edu] = position
            position += len(edu_text) + 1
        source = graph_id
        elements: list[Element] = [
            Source(id=source, title=graph_id, note="the EDUs joined by single spaces")
        ]
        for role in sorted(set(self.roles.values()), key=list(ROLES).index):
            name = ROLES[role]
            elements.append(Actor(id=name, name=name.capitalize(), role=f"the {name} role"))
        for adu in self.roles:
            edus = sorted(segments.get(adu, ()), key=order.__getitem__)
            if not edus:
                raise DocumentError(
                    "has no text: no seg edge leads to it", file=self.filename, location=adu
                )
            elements.append(Claim(id=adu, text=" ".join(self.texts[e] for e in edus)))
        m = self.add_relations(elements, meta)
        for adu, role in self.roles.items():
            edus = sorted(segments[adu], key=order.__getitem__)
            runs = _runs(edus, order)
            quotes = [" ".join(self.texts[e] for e in run) for run in runs]
            locators = [
                Locator(start=starts[run[0]], end=starts[run[0]] + len(quote))
                for run, quote in zip(runs, quotes, strict=True)
            ]
            words: dict[str, Any] = (
                {"quote": quotes[0]} if len(quotes) == 1 else {"fragments": quotes}
            )
            m.attribute(adu, ROLES[role], source, id=f"{adu}-said", locators=locators, **words)
        return m

    def collect(self) -> None:
        for element in self.root:
            element_id = self.attribute(element, "id") if element.tag != "edge" else None
            if element.tag == "edu":
                assert element_id is not None
                self.texts[element_id] = (element.text or "").strip()
            elif element.tag == "joint":
                assert element_id is not None
                self.joints.add(element_id)
            elif element.tag == "adu":
                role = self.attribute(element, "type")
                if role not in ROLES:
                    raise self.error(element, f"type {role!r} is not 'pro' or 'opp'")
                assert element_id is not None
                self.roles[element_id] = role
            elif element.tag == "edge":
                edge_id = self.attribute(element, "id")
                kind = self.attribute(element, "type")
                if kind not in _EDGE_TYPES:
                    raise self.error(
                        element, f"type {kind!r} is not one of {', '.join(_EDGE_TYPES)}"
                    )
                src, trg = self.attribute(element, "src"), self.attribute(element, "trg")
                self.edges[edge_id] = (src, trg, kind)
            else:
                raise self.error(element, "is not an edu, joint, adu or edge element")
        known = {*self.texts, *self.joints, *self.roles, *self.edges}
        for edge_id, (src, trg, _kind) in self.edges.items():
            for end in (src, trg):
                if end not in known:
                    raise DocumentError(
                        f"names {end!r}, which is no edu, joint, adu or edge",
                        file=self.filename,
                        location=f"<edge id={edge_id!r}>",
                    )

    def segments(self) -> dict[str, list[str]]:
        """ADU id -> the EDUs that make it, following joints."""
        into: dict[str, list[str]] = defaultdict(list)
        for src, trg, kind in self.edges.values():
            if kind == "seg":
                into[trg].append(src)
        result: dict[str, list[str]] = {}
        for adu in self.roles:
            found, stack, seen = [], list(into.get(adu, ())), set()
            while stack:
                unit = stack.pop()
                if unit in seen:
                    continue
                seen.add(unit)
                if unit in self.texts:
                    found.append(unit)
                else:
                    stack.extend(into.get(unit, ()))
            result[adu] = found
        return result

    def add_relations(self, elements: list[Element], meta: dict[str, str]) -> ArgumentMap:
        """Build the map from ``elements`` and the supports, in one pass; then add the attacks."""
        extra: dict[str, list[str]] = defaultdict(list)
        for src, trg, kind in self.edges.values():
            if kind == "add":
                extra[trg].append(src)
        for edge_id, (src, trg, kind) in self.edges.items():
            if kind in _SUPPORTS:
                premises = [src, *extra.pop(edge_id, [])]
                elements.append(
                    Argument(id=edge_id, premises=premises, conclusion=trg, scheme=_SUPPORTS[kind])
                )
        m = ArgumentMap.from_elements(elements, **meta)
        attacks = [
            Attack(id=edge_id, attackers=(src, *extra.pop(edge_id, [])), target=trg)
            for edge_id, (src, trg, kind) in self.edges.items()
            if kind in _ATTACKS
        ]
        if extra:
            edge_id = next(iter(extra))
            raise DocumentError(
                "an add edge must target a sup, exa, reb or und edge",
                file=self.filename,
                location=f"edge {edge_id!r}",
            )
        add_attacks(m, attacks, where=self.where)
        sources = {src for src, _trg, kind in self.edges.values() if kind not in ("seg",)}
        central = [adu for adu in self.roles if adu not in sources]
        if len(central) == 1:
            m.central = central[0]
        return m


def _runs(edus: list[str], order: dict[str, int]) -> list[list[str]]:
    """Split EDUs (in text order) into runs of neighbours, each one quote."""
    runs: list[list[str]] = []
    for edu in edus:
        if runs and order[edu] == order[runs[-1][-1]] + 1:
            runs[-1].append(edu)
        else:
            runs.append([edu])
    return runs
