"""The one-pass AIF reader: the usual AIF file, read in one pass with dicts and built at once.

[`load_aif`][argmap.formats.aif.load_aif] tries this first. It reads AIFdb JSON and OVA3
exports whose nodes all become elements: it reads the dicts of ``json.loads`` (the value the
registry's content test parsed, when there is one), finds a key written twice by counting
([`keeps_every_key`][argmap.formats._json.keeps_every_key]), indexes the graph with dicts
in one pass, chooses ids against a local set, and builds the map once with
[`ArgumentMap.from_elements`][argmap.model.ArgumentMap.from_elements]. The usual file's
arguments, rebuttals and attributions are made a column at a time (`usual_arguments`,
`usual_rebuttals`, `add_usual_attributions`: no Python step per node); when one node of a
kind has another shape, that kind goes through the node-by-node loops, which make the same
elements (``tests/test_aif_columns.py`` compares them).

Anything the checked reader would note or refuse node by node (an edge to a missing node, an
RA-node without premises, an unknown illocution, a speaker nobody names, a refused element...),
legacy OVA2, preferences (PA-nodes) and attacks on attacks are left to it: `read` returns None
and the checked reader (``read_aif._Builder``) reads the file from the start, so every answer
and note stays its own. ``tests/test_aif_same_answers.py`` compares the two.

>>> text = '''{"nodes": [{"nodeID": "1", "type": "I", "text": "Fees should go"},
...   {"nodeID": "2", "type": "RA", "text": "Default Inference"},
...   {"nodeID": "3", "type": "I", "text": "Fees deter the poor"}],
...  "edges": [{"fromID": "3", "toID": "2"}, {"fromID": "2", "toID": "1"}]}'''
>>> m, notes = read(text, filename="fees.json")
>>> [(a.premises, a.conclusion) for a in m.arguments], notes
([(('fees-deter-the-poor',), 'fees-should-go')], [])
>>> read('{"nodes": [], "edges": [{"fromID": "1", "toID": "2"}]}') is None  # noted by the other
True
"""

from __future__ import annotations

from itertools import chain, compress, repeat
from operator import contains, eq, is_, itemgetter
from typing import Any

from argmap.exceptions import ArgmapError
from argmap.formats._json import keeps_every_key, parse_json, parse_json_value
from argmap.formats.aif._dict_graph import DictGraph, Unusual
from argmap.formats.aif._rules import (
    ARGUMENT_INS,
    ARGUMENT_OUTS,
    CONFLICT_INS,
    CONFLICT_OUTS,
    argument_form,
    attack_kind,
    conflict_note,
    dialogue_notes,
    record_columns,
    record_words,
    stem,
)
from argmap.formats.aif._sections import Sections
from argmap.formats.aif._speakers import Speakers, stance_of
from argmap.model import (
    Actor,
    Argument,
    ArgumentMap,
    Attribution,
    ClaimKind,
    Mode,
    Rebuttal,
    Source,
    Stance,
    slugify,
)
from argmap.model.bulk import KINDS, build_grouped
from argmap.model.elements import inferred_mode
from argmap.model.ids import slugify_all

__all__ = ["read"]

_CLAIM_KINDS = frozenset(ClaimKind)
_UNPARSED: Any = object()


def read(
    text: str, value: Any = _UNPARSED, *, filename: str | None = None
) -> tuple[ArgumentMap, list[str]] | None:
    """Read AIF JSON in one pass, or return None to leave the file to the checked reader.

    Args:
        text: the text.
        value: ``json.loads`` of the text, when it is parsed already.
        filename: names the map and its source.

    Returns:
        The map and the notes (the dialogue layer's counts), as the checked reader gives them.
    """
    if value is _UNPARSED:
        value = parse_json_value(text)
        if value is None:
            return None  # not JSON: the checked reader says where
    try:
        graph = DictGraph(value)
        # The keys the graph counted, then (if that cannot vouch and there are objects it
        # did not read) those of a walk through the value; with the colons of the strings
        # the graph read (no count of '":').
        if not keeps_every_key(text, value, tally=graph.tally(), colons_in_strings=graph.colons()):
            # A key twice, or a text that cannot show it has none: parse it the checked way.
            graph = DictGraph(parse_json(text))
        return _Build(graph, filename).run()
    except (Unusual, ArgmapError, RecursionError):  # DocumentError: a key given twice
        return None


_LOCUTIONS = ("L",)
_NO_NODES: tuple[int, ...] = ()
_ARGUMENT_INS = frozenset(ARGUMENT_INS)
_ARGUMENT_OUTS = frozenset(ARGUMENT_OUTS)
_CONFLICT_INS = frozenset(CONFLICT_INS)
_CONFLICT_OUTS = frozenset(CONFLICT_OUTS)
_NO_ITEMS: list[str] = []  # the fragments of an attribution without (never changed)
_CHECKED = frozenset(
    {
        *((Argument, "premises"), (Argument, "conclusion"), (Rebuttal, "attacker")),
        *((Attribution, "claim"), (Attribution, "actor"), (Attribution, "source")),
        *((Attribution, "reported_by"), (Attribution, "setting"), (Attribution, "responds_to")),
        (Actor, "affiliation"),
    }
)
"""The references the reader made itself, for `build_grouped` not to look up again: a
premise, conclusion or attribution's claim is a claim it made (``claim_of``), an attacker a
claim or argument it made (``elements_of``), an actor, reporter or source one it made
(``actor``, ``source``); no element names itself (ids are unique across the sections); the
settings, answers and affiliations it never sets. A rebuttal's target (its kind decides the
class) and the undermined premises are still checked."""
_ArgumentRows = tuple[list[int], list[list[str]], list[str], list[tuple[str | None, str | None]]]
"""Arguments as columns: the node each is of, its premises, conclusion, and scheme and note."""
_RebuttalRows = tuple[list[str], list[str], list[str], list[str | None]]
"""Rebuttals as columns: attacker, target, the CA-node's text (stripped) and note."""
_PENDING = ("claim", "actor", "stance", "reported_by", "quote", "paraphrase", "fragments", "cue")
"""An attribution collected but not given its id yet: these fields, then the base of its id."""


class _Build:
    """Collects the elements of one graph in the checked reader's order, with its ids, as
    columns; then makes them a column at a time and the map in one step."""

    def __init__(self, graph: DictGraph, filename: str | None) -> None:
        self.graph = graph
        self.title = stem(filename)
        self.slugs: dict[str, str] = {}  # a claim id -> its first five words, as a slug
        self.stances: dict[str, Stance | None] = {}
        self.claim_of: list[str | None] = [None] * len(graph.ids)  # node -> its claim's id
        self.arguments: dict[int, list[str]] = {}  # RA/MA-node -> argument ids
        self.argument_ids: set[str] = set()
        self.premised: set[str] = set()
        self.inference_premises: set[str] = set()
        self.actors: dict[str, str] = {}  # name -> actor id
        ids, texts, index = graph.ids, graph.texts, graph.index
        # the L-nodes' ids, in file order (the speakers' texts, the actors' order)
        self.locution_ids = locution_ids = list(map(ids.__getitem__, graph.by_type["L"]))
        self.speakers = Speakers(
            texts=dict(zip(locution_ids, map(texts.__getitem__, graph.by_type["L"]), strict=True)),
            person_ids=graph.person_ids,
            participants=graph.participants,
            linked=lambda node_id: graph.linked(index[node_id]),
        )
        title = self.title or f"{graph.shape} map"
        self.source = Source(id=slugify(title), title=title, note=f"{graph.shape} JSON")
        self.sections = Sections(taken={self.source.id})
        self.source_slug = slugify(self.source.id, max_words=3)
        self.attribution_ids: dict[str, str] = {}  # actor id -> the base of its attributions' ids
        self.pending: list[tuple[Any, ...]] = []  # attributions without an id yet

    def slugs_of(self, claims: list[str]) -> list[str]:
        """``slugify(claim, max_words=5)`` of each claim id, once per id (they repeat across
        elements), those not met before slugged a column at a time."""
        slugs = self.slugs
        new = list(set(claims).difference(slugs))
        if new:
            slugs.update(zip(new, slugify_all(new, max_words=5), strict=True))
        return list(map(slugs.__getitem__, claims))

    def run(self) -> tuple[ArgumentMap, list[str]]:
        graph = self.graph
        by_type = graph.by_type
        attacked = chain.from_iterable(filter(None, map(graph.outgoing.__getitem__, by_type["CA"])))
        if by_type["PA"] or "CA" in map(graph.types.__getitem__, attacked):
            raise Unusual  # preferences, attacks on attacks
        self.add_claims(by_type["I"])
        if by_type["MA"]:  # arguments in file order, rephrases among them
            self.add_arguments(sorted(by_type["RA"] + by_type["MA"]))
        else:
            self.add_arguments(by_type["RA"])
        self.add_rebuttals(by_type["CA"])
        dropped = {"Analysing": 0, "anchors": 0}
        if not self.add_usual_attributions(by_type["YA"]):
            speakers = self.speakers.every_name(self.locution_ids)
            self.add_actors(speakers)  # in the order they first speak
            self.add_attributions(by_type["YA"], dropped)
        self.flush()
        made: dict[type[Any], tuple[list[Any], list[str]]] = {
            Source: ([self.source], [self.source.id]),
            **self.sections.made(),
        }
        present = [kind for kind in KINDS if kind in made]
        argument_map = build_grouped(
            {kind: made[kind][0] for kind in present},
            ids={kind: made[kind][1] for kind in present},
            checked=_CHECKED,
            title=self.title,
        )
        if argument_map is None:  # an id twice, a kind that does not fit: the checked
            raise Unusual  # reader adds the elements one by one, and notes the one at fault
        return argument_map, self.dialogue_notes(dropped)

    def add_claims(self, nodes: list[int]) -> None:
        """A claim for each I-node, its id made from its text."""
        graph, columns = self.graph, self.sections.columns["claims"]
        texts = list(map(graph.texts.__getitem__, nodes))
        columns["text"] += texts
        if graph.claim_kinds:
            kinds = map(graph.claim_kinds.get, map(graph.ids.__getitem__, nodes))
            columns["kind"] += [k if k in _CLAIM_KINDS else None for k in kinds]
        claim_of = self.claim_of
        made = self.sections.new_ids("claims", slugify_all(texts))
        if nodes and nodes[-1] - nodes[0] == len(nodes) - 1:  # one run (in order, distinct)
            claim_of[nodes[0] : nodes[-1] + 1] = made
            return
        for node, claim in zip(nodes, made, strict=True):
            claim_of[node] = claim

    def add_arguments(self, nodes: list[int]) -> None:
        """The arguments of RA- and MA-nodes: one per conclusion, with the node's premises."""
        owners, premises_column, conclusions_column, forms_column = self.usual_arguments(
            nodes
        ) or self.arguments_each(nodes)
        if not owners:
            return
        columns = self.sections.columns["arguments"]
        columns["premises"] += premises_column
        columns["conclusion"] += conclusions_column
        schemes, notes = zip(*forms_column, strict=True)
        columns["scheme"] += schemes
        columns["note"] += notes
        kind = self.graph.types.__getitem__
        self.premised.update(chain.from_iterable(premises_column))
        inferences = map(eq, map(kind, owners), repeat("RA"))  # the RA-nodes' (no rephrases)
        self.inference_premises.update(chain.from_iterable(compress(premises_column, inferences)))
        bases = ["arg-" + slug for slug in self.slugs_of(conclusions_column)]
        made = self.sections.new_ids("arguments", bases)
        self.argument_ids.update(made)
        arguments = self.arguments
        if len(set(owners)) == len(owners):  # one conclusion each
            arguments.update(zip(owners, map(list, zip(made)), strict=True))
            return
        for node, argument in zip(owners, made, strict=True):
            found = arguments.get(node)
            if found is None:
                arguments[node] = [argument]
            else:
                found.append(argument)

    def usual_arguments(self, nodes: list[int]) -> _ArgumentRows | None:
        """`arguments_each` a column at a time, when each node has one conclusion and it is
        none of its premises; None when one has more (or it is): read them node by node."""
        graph, claim = self.graph, self.claim_of.__getitem__
        kind = graph.types.__getitem__
        into, out = graph.edges_of(nodes, ins=_ARGUMENT_INS, outs=_ARGUMENT_OUTS)
        if set(map(len, out)) != {1}:
            return None
        conclusions: list[Any] = list(map(claim, map(itemgetter(0), out)))
        premises: list[Any] = list(map(list, map(map, repeat(claim), into)))
        if None in chain.from_iterable(premises):  # an edge in from a CA- or YA-node
            premises = [list(filter(None, found)) for found in premises]
        if None in conclusions or not all(premises):
            raise Unusual
        if any(map(contains, premises, conclusions)):
            return None
        keys = list(zip(map(kind, nodes), map(graph.texts.__getitem__, nodes), strict=True))
        forms = {key: argument_form(*key) for key in set(keys)}
        return nodes, premises, conclusions, list(map(forms.__getitem__, keys))

    def arguments_each(self, nodes: list[int]) -> _ArgumentRows:
        """The arguments of these nodes, node by node: the node each is of, its premises,
        conclusion, and scheme and note; Unusual for an edge the node's type does not take,
        or a node without premises or conclusion."""
        graph = self.graph
        kind, texts = graph.types.__getitem__, graph.texts
        incoming, outgoing = graph.incoming, graph.outgoing
        claim = self.claim_of.__getitem__
        premises_column: list[list[str]] = []
        conclusions_column: list[str] = []
        owners: list[int] = []
        forms_column: list[tuple[str | None, str | None]] = []
        forms: dict[tuple[str, str], tuple[str | None, str | None]] = {}
        for node in nodes:
            into = incoming[node] or _NO_NODES
            out = outgoing[node] or _NO_NODES
            if not _ARGUMENT_INS.issuperset(map(kind, into)) or not _ARGUMENT_OUTS.issuperset(
                map(kind, out)
            ):
                raise Unusual  # an edge its type does not take: the checked reader notes it
            premises = list(filter(None, map(claim, into)))
            conclusions = list(filter(None, map(claim, out)))
            if not premises or not conclusions:
                raise Unusual
            form_key = (kind(node), texts[node])
            form = forms.get(form_key)
            if form is None:
                form = forms[form_key] = argument_form(*form_key)
            for conclusion in conclusions:
                if conclusion in premises:
                    premises_column.append([p for p in premises if p != conclusion])
                else:
                    premises_column.append(premises)
                conclusions_column.append(conclusion)
                forms_column.append(form)
                owners.append(node)
        return owners, premises_column, conclusions_column, forms_column

    def elements_of(self, nodes: list[int]) -> list[str]:
        """The claim and argument ids that stand for these I-, RA- and MA-nodes."""
        found: list[str] = []
        claim_of, arguments = self.claim_of, self.arguments
        for node in nodes:
            claim = claim_of[node]
            if claim is not None:
                found.append(claim)
            found.extend(arguments.get(node, ()))
        return found

    def add_rebuttals(self, nodes: list[int]) -> None:
        """The rebuttals of CA-nodes: each attacker's of each target."""
        attackers, targets, texts, notes = self.usual_rebuttals(nodes) or self.rebuttals_each(nodes)
        arguments, premised, inferences = self.argument_ids, self.premised, self.inference_premises
        keys = list(
            zip(
                texts,
                map(arguments.__contains__, targets),
                map(premised.__contains__, targets),
                map(inferences.__contains__, targets),
                strict=True,
            )
        )
        found = {  # attack_kind, once each
            key: attack_kind(key[0], on_argument=key[1], premise=key[2], inference_premise=key[3])
            for key in set(keys)
        }
        kinds = list(map(found.__getitem__, keys))
        columns = self.sections.columns["rebuttals"]
        columns["kind"] += kinds
        columns["attacker"] += attackers
        columns["target"] += targets
        columns["note"] += notes
        slugs = self.slugs_of(attackers)
        bases = [f"{kind.value}-{slug}" for kind, slug in zip(kinds, slugs, strict=True)]
        self.sections.new_ids("rebuttals", bases)

    def usual_rebuttals(self, nodes: list[int]) -> _RebuttalRows | None:
        """`rebuttals_each` a column at a time, when each CA-node has one edge in, from an
        I-node, and one out, to an I-node or a node of one argument; None when one has not."""
        graph, claim_of = self.graph, self.claim_of
        into, out = graph.edges_of(nodes, ins=_CONFLICT_INS, outs=_CONFLICT_OUTS)
        if set(map(len, into)) != {1} or set(map(len, out)) != {1}:
            return None
        first = itemgetter(0)
        attackers: list[Any] = list(map(claim_of.__getitem__, map(first, into)))
        ends = list(map(first, out))
        targets: list[Any] = list(map(claim_of.__getitem__, ends))
        if None in attackers:
            return None  # an argument attacks
        for at in compress(range(len(ends)), map(is_, targets, repeat(None))):
            found = self.arguments.get(ends[at])
            if found is None or len(found) != 1:
                return None
            targets[at] = found[0]
        texts = list(map(str.strip, map(graph.texts.__getitem__, nodes)))
        notes = {text: conflict_note(text) for text in set(texts)}
        return attackers, targets, texts, list(map(notes.__getitem__, texts))

    def rebuttals_each(self, nodes: list[int]) -> _RebuttalRows:
        """The rebuttals of these CA-nodes, node by node: attacker, target, the node's text
        (stripped) and note; Unusual for an edge the node's type does not take, or a node
        without attacker or target."""
        graph, ends, elements_of = self.graph, self.graph.ends, self.elements_of
        rows: list[tuple[str, str, str, str | None]] = []
        marks: dict[str, tuple[str, str | None]] = {}  # a CA-node's text: stripped, its note
        for node in nodes:
            into, out = ends(node, ins=_CONFLICT_INS, outs=_CONFLICT_OUTS)
            attackers = elements_of(into)
            targets = elements_of(out)
            if not attackers or not targets:
                raise Unusual
            mark = marks.get(graph.texts[node])
            if mark is None:
                stripped = graph.texts[node].strip()
                mark = marks[graph.texts[node]] = (stripped, conflict_note(stripped))
            rows += [(attacker, target, *mark) for target in targets for attacker in attackers]
        if not rows:
            return [], [], [], []
        attackers_column, targets_column, texts, notes = map(list, zip(*rows, strict=True))
        return attackers_column, targets_column, texts, notes

    def actor(self, name: str) -> str:
        """The id of the actor of this name, made if there is none yet."""
        found = self.actors.get(name)
        if found is None:
            self.add_actors([name])
            found = self.actors[name]
        return found

    def add_actors(self, names: list[str]) -> None:
        """An actor for each name not met before, in the order they first come; the
        attributions collected before them take their ids first."""
        actors = self.actors
        new = [name for name in dict.fromkeys(names) if name not in actors]
        if new:
            self.flush()
            actors.update(zip(new, self.sections.new_ids("actors", slugify_all(new)), strict=True))
            self.sections.columns["actors"]["name"] += new

    def attribution_base(self, actor: str) -> str:
        """The base of the ids of an actor's attributions (its slug and the source's)."""
        base = self.attribution_ids.get(actor)
        if base is None:
            base = self.attribution_ids[actor] = f"{slugify(actor, max_words=3)}-{self.source_slug}"
        return base

    def flush(self) -> None:
        """Add the attributions collected so far to their columns, and give them their ids."""
        if not self.pending:
            return
        rows = self.pending[:]
        self.pending.clear()  # the same list: add_attributions holds it
        columns = self.sections.columns["attributions"]
        *fields, bases = zip(*rows, strict=True)
        for name, column in zip(_PENDING, fields, strict=True):
            columns[name] += column
        columns["source"] += [self.source.id] * len(rows)
        self.sections.new_ids("attributions", list(bases))

    def add_attributions(self, nodes: list[int], dropped: dict[str, int]) -> None:
        """The attributions of YA-nodes: each locution's speaker says each claim it anchors.

        One loop over the YA-nodes with the locution's part inlined: at 100,000 claims every
        call and attribute look-up per attribution counts.
        """
        graph, speakers = self.graph, self.speakers
        kind, ids, texts, records = graph.types.__getitem__, graph.ids, graph.texts, graph.records
        incoming, outgoing = graph.incoming, graph.outgoing
        claim = self.claim_of.__getitem__
        stances, actors = self.stances, self.actors
        speaker, passed_on_by, pending = speakers.speaker, speakers.passed_on_by, self.pending
        for node in nodes:
            illocution = texts[node].strip()
            if illocution == "Analysing":
                dropped["Analysing"] += 1
                continue
            out = outgoing[node] or _NO_NODES
            claims = list(filter(None, map(claim, out)))  # the I-nodes' (only they have one)
            if not claims:
                if "L" not in map(kind, out):
                    dropped["anchors"] += 1
                continue
            into = incoming[node] or _NO_NODES
            into_types = list(map(kind, into))
            if "I" in into_types:
                raise Unusual  # an edge from an I-node into an illocution
            locutions = list(compress(into, map(eq, into_types, repeat("L"))))
            if not locutions:  # anchored in a transition: the speaker is the one who answers
                for transition in compress(into, map(eq, into_types, repeat("TA"))):
                    locutions.extend(graph.out_of(transition, _LOCUTIONS))
            stance = stances.get(illocution)
            if stance is None:
                stance = stances[illocution] = stance_of(illocution)
            if not locutions or stance is None:
                raise Unusual
            for locution in locutions:
                locution_id = ids[locution]
                name, words = speaker(locution_id)
                if name is None:
                    raise Unusual
                actor = actors.get(name) or self.actor(name)
                reporter = self.reporter(locution) if incoming[locution] is not None else None
                if reporter is None:
                    passed_on = passed_on_by(locution_id)
                    if passed_on is not None:
                        reporter = self.actor(passed_on)
                fields = record_words(records[locution], words, illocution)
                if reporter == actor or fields is None:
                    raise Unusual
                mode = fields.get("mode")
                quote, fragments = fields["quote"], fields.get("fragments", _NO_ITEMS)
                if mode is not None and mode is not inferred_mode(quote, fragments):
                    raise Unusual  # a mixed record without fragments: refused, and noted
                base = self.attribution_base(actor)
                said = (actor, stance, reporter, quote, fields.get("paraphrase"), fragments)
                for claim_id in claims:
                    pending.append((claim_id, *said, fields["cue"], base))

    def add_usual_attributions(self, nodes: list[int]) -> bool:
        """The attributions of YA-nodes a column at a time, when the file is of the usual
        shape: every L-node's speaker a participant (`Speakers.of_participants`), and each
        YA-node one locution's anchor of one claim (`anchors`). False, and nothing added,
        when it is not: `add_attributions` reads them then, node by node.

        The same elements, ids and actors as there (``tests/test_aif_columns.py``): the
        actors in the order their L-nodes come, then the attributions in the YA-nodes'.
        """
        graph, locutions_of_all = self.graph, self.graph.by_type["L"]
        spoken = self.speakers.of_participants(self.locution_ids)
        anchored = self.anchors(nodes)
        if spoken is None or anchored is None:
            return False
        names_of_all, words_of_all = spoken
        if any(map(str.startswith, names_of_all, repeat("person "))):
            return False  # not among `every_name`'s: made on the way there
        claims, locutions, illocutions = anchored
        count = len(locutions_of_all)
        at = list(
            map(dict(zip(locutions_of_all, range(count), strict=True)).__getitem__, locutions)
        )
        names = list(map(names_of_all.__getitem__, at))
        records = list(map(graph.records.__getitem__, locutions))
        fields = record_columns(records, list(map(words_of_all.__getitem__, at)), illocutions)
        stances = self.stances_of(illocutions)
        if fields is None or None in stances:
            raise Unusual  # a record or an illocution `add_attributions` refuses as well
        if not all(compress(fields["fragments"], map(is_, fields["mode"], repeat(Mode.MIXED)))):
            raise Unusual  # a mixed record without fragments: refused there, and noted
        self.add_actors(names_of_all)
        actors = list(map(self.actors.__getitem__, names))
        for actor in dict.fromkeys(actors):
            self.attribution_base(actor)
        columns, count = self.sections.columns["attributions"], len(claims)
        columns["claim"] += claims
        columns["actor"] += actors
        columns["stance"] += stances
        columns["reported_by"] += [None] * count
        for name in ("quote", "paraphrase", "fragments", "cue"):
            columns[name] += fields[name]
        columns["source"] += [self.source.id] * count
        self.sections.new_ids("attributions", list(map(self.attribution_ids.__getitem__, actors)))
        return True

    def anchors(self, nodes: list[int]) -> tuple[list[str], list[int], list[str]] | None:
        """Each YA-node's claim, locution and illocution, when each has one edge in from an
        L-node that nothing points at (no reporter) and one out to an I-node, and none is
        the analyst's ("Analysing"); None otherwise."""
        graph = self.graph
        outs: list[Any] = list(map(graph.outgoing.__getitem__, nodes))
        into: list[Any] = list(map(graph.incoming.__getitem__, nodes))
        try:
            if set(map(len, outs)) != {1} or set(map(len, into)) != {1}:
                return None
        except TypeError:  # a node without edges out or in
            return None
        first = itemgetter(0)
        claims = list(map(self.claim_of.__getitem__, map(first, outs)))
        locutions = list(map(first, into))
        illocutions = list(map(str.strip, map(graph.texts.__getitem__, nodes)))
        if (
            None in claims
            or set(map(graph.types.__getitem__, locutions)) != {"L"}
            or any(map(graph.incoming.__getitem__, locutions))
            or "Analysing" in illocutions
        ):
            return None
        return claims, locutions, illocutions  # type: ignore[return-value]

    def stances_of(self, illocutions: list[str]) -> list[Stance | None]:
        """The stance of each illocution (None for one not known), each worked out once."""
        stances = self.stances
        for illocution in set(illocutions).difference(stances):
            stances[illocution] = stance_of(illocution)
        return list(map(stances.__getitem__, illocutions))

    def reporter(self, locution: int) -> str | None:
        """The actor who reports a locution: ``L(reporter) -YA-> L(speaker)``."""
        graph = self.graph
        for link in graph.into(locution, ("YA",)):
            if graph.texts[link].strip() == "Analysing":
                continue
            for outer in graph.into(link, _LOCUTIONS):
                name, _ = self.speakers.speaker(graph.ids[outer])
                if name is not None:
                    return self.actor(name)
        return None

    def dialogue_notes(self, dropped: dict[str, int]) -> list[str]:
        """What the checked reader's ``count_dialogue`` says of the dialogue layer."""
        graph = self.graph
        return dialogue_notes(
            transitions=len(graph.by_type["TA"]),
            anchors=dropped["anchors"],
            analysing=dropped["Analysing"],
            lonely=graph.unlinked(graph.by_type["L"]),
        )
