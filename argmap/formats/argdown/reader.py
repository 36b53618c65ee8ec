"""Import Argdown text as an [`ArgumentMap`][].

Statements become claims (one per title: the same ``[Title]`` is the same claim), arguments with
a premise–conclusion structure become [`Argument`][] objects (one per inference
step), and relations become supports and attacks. An argument without a premise–conclusion
structure is represented by a claim holding its description (its *gist*). See ``docs/argdown.md``.

>>> m = loads('''
... [Ban]: Ban cars from the centre.
...   <+ <Air>: The air would be cleaner.
...   <- [Trade]: Shops would lose trade.
... ''')
>>> [(a.premises, a.conclusion) for a in m.arguments]
[(('air',), 'ban')]
>>> [(r.kind.value, r.attacker, r.target) for r in m.rebuttals]
[('rebut', 'trade', 'ban')]
"""

from __future__ import annotations

from collections import deque
from typing import Any

from argmap._collector import collector_paused
from argmap.exceptions import DocumentError
from argmap.formats._limits import short, shorten
from argmap.formats.argdown._classes import (
    Classes,
    TitleClass,
    assign_ids,
    claim_columns,
    describe,
    group,
    text_or_none,
)
from argmap.formats.argdown._pending import Pending, Rows
from argmap.formats.argdown._syntax import parse
from argmap.formats.argdown._tree import Document, Element, Inference
from argmap.formats.argdown.attributions import read_attributions
from argmap.model import (
    Argument,
    ArgumentMap,
    AttackKind,
    Claim,
    Rebuttal,
    implied_kind,
)
from argmap.model.ids import slugify, unique_id

__all__ = ["build", "loads"]

_SUPPORT = {"+": "support", "<+": "support", "-": "attack", "<-": "attack", "_": "undercut"}
_SUPPORT.update({"<_": "undercut", "><": "contradiction"})
_OUTGOING = {"+>": "support", "->": "attack", "_>": "undercut"}


class _Builder:
    def __init__(self, doc: Document, file: str | None, *, drop_dangling: bool = False) -> None:
        self.doc = doc
        self.file = file
        self.drop_dangling = drop_dangling
        front = doc.front
        extra = front.get("argmap")
        self.extra: dict[str, Any] = extra if isinstance(extra, dict) else {}
        self.map = ArgumentMap(
            title=text_or_none(front.get("title")),
            question=text_or_none(front.get("question")),
            description=text_or_none(front.get("description")),
        )
        self.classes: Classes = {}
        self.claims: list[TitleClass] = []  # the classes that became claims, in reading order
        self.final: dict[int, str] = {}  # id(argument class) -> id of its last model argument
        self.gist_arguments: dict[str, str] = {}  # gist claim id -> first argument it supports
        self.done: set[tuple[str, str, str]] = set()
        self.taken: set[str] = set()  # every id given: the ids of the map being read
        self.suffixes: dict[str, int] = {}
        self.map_suffixes: dict[str, int] = {}  # for ids the model makes (ArgumentMap.attack)
        self.premises: set[str] = set()  # claims used as a premise by some argument
        # The map's elements in reading order, each with its line and, for a claim or an
        # inference step, its class (named in its error); made at once by make_map.
        self.pending = Pending(
            file=file,
            describe=describe,
            title=self.map.title,
            question=self.map.question,
            description=self.map.description,
        )
        # The inference steps and the rebuttals, gathered as columns as they are read.
        self.steps = Rows(Argument, ["id", "premises", "conclusion", "title", "scheme", "note"])
        self.rebuttals = Rows(Rebuttal, ["id", "kind", "attacker", "target", "note"])
        table = self.extra.get("rebuttals")
        # The recorded rows of each (attacker, target), taken first to last (a deque: a pair
        # may have thousands, one per relation line).
        self.table: dict[tuple[str, str], deque[tuple[str, Any]]] = {}
        if isinstance(table, dict):
            for rid, row in table.items():
                if isinstance(row, list) and len(row) >= 3:
                    pair = (str(row[1]), str(row[2]))
                    self.table.setdefault(pair, deque()).append((str(rid), row))

    def fail(self, message: str, line: int | None) -> DocumentError:
        """The error to raise at ``line``, unless an element read before it is at fault: then
        that element's error is raised here (an error names the first fault in the file)."""
        self.steps.hand_over(self.pending)
        self.rebuttals.hand_over(self.pending)
        self.make_map()
        return DocumentError(message, file=self.file, line=line)

    def build(self) -> ArgumentMap:
        self.read_elements()
        self.map = self.make_map()
        self.map = read_attributions(
            self.map,
            self.extra,
            self.claim_data(),
            file=self.file,
            drop_dangling=self.drop_dangling,
        )
        central = self.doc.front.get("central")
        if isinstance(central, str) and central in self.map:
            self.map.central = central
        return self.map

    def read_elements(self) -> Pending:
        """Read the document's claims, inference steps, supports and attacks, in that order,
        into the elements the map will be made of."""
        classes = self.doc.classes
        self.classes = group(self.doc.elements) if classes is None else classes
        self.taken = assign_ids(self.classes)
        # A statement's claim, or an argument's gist claim; an argument with a
        # premise–conclusion structure stands for its conclusion.
        claims, structured = self.claims, []
        for cls in self.classes.values():
            if cls.kind == "argument" and cls.element.pcs:
                structured.append(cls)
                cls.claim = _class(cls.element.pcs[-1]).id
            else:
                claims.append(cls)
                cls.claim = cls.id
        columns = claim_columns(claims)
        self.pending.extend_columns(Claim, columns, [cls.element.line for cls in claims], claims)
        for cls in structured:
            self.add_steps(cls)
        self.steps.hand_over(self.pending)
        self.add_relations()
        return self.pending

    def make_map(self) -> ArgumentMap:
        """Make the elements read so far and build the map, in one pass.

        Raises:
            DocumentError: what ``ArgumentMap.add`` says of the first element at fault, at its
                line, as if each were added in turn.
        """
        return self.pending.make_map()

    def add_steps(self, cls: TitleClass) -> None:
        """Turn a premise–conclusion structure into one model argument per inference."""
        element = cls.element
        claims = [_class(s).id for s in element.pcs]
        steps = [i for i, inference in enumerate(element.inferences) if inference is not None]
        start, previous = 0, None
        for number, index in enumerate(steps, start=1):
            inference = element.inferences[index]
            assert inference is not None
            since, end = claims[start:index], claims[index]
            premises = self.step_premises(inference, claims, since, previous, end)
            if not premises:
                raise self.fail(
                    f"argument {short(cls.title or cls.id)!r}: the conclusion ({index + 1}) has "
                    "no premise before it",
                    element.pcs[index].line,
                )
            last = number == len(steps)
            arg_id = cls.id if last else unique_id(f"{cls.id}-step-{number}", self.taken)
            self.taken.add(arg_id)
            self.add_step(cls, inference, arg_id, premises, end, last=last)
            start, previous = index + 1, end
        self.final[id(cls)] = cls.id

    @staticmethod
    def step_premises(
        inference: Inference, claims: list[str], since: list[str], previous: str | None, end: str
    ) -> list[str]:
        """The premises of the inference to ``end``: its ``uses`` data, else the statements
        since the last inference and that one's conclusion; each once, never ``end`` itself."""
        uses = inference.data.get("uses")
        if isinstance(uses, list) and all(isinstance(u, int) for u in uses):
            premises = [claims[u - 1] for u in uses if 0 < u <= len(claims)]
        else:
            premises = ([previous] if previous else []) + since
        return list(dict.fromkeys(p for p in premises if p != end))

    def add_step(
        self,
        cls: TitleClass,
        inference: Inference,
        arg_id: str,
        premises: list[str],
        conclusion: str,
        *,
        last: bool,
    ) -> None:
        """Add one inference as a model argument; the last one carries the argument's data."""
        data = cls.data if last else {}
        title = cls.title if last and cls.title != cls.id else None
        if "title" in data:
            title = text_or_none(data["title"])
        scheme = inference.rule or None
        if "scheme" in data:
            scheme = text_or_none(data["scheme"])
        note = text_or_none(data.get("note", cls.text)) if last else None
        self.steps.add((arg_id, premises, conclusion, title, scheme, note), inference.line, cls)
        self.premises.update(premises)

    # ------------------------------------------------------------ relations

    def add_relations(self) -> None:
        supports: list[tuple[TitleClass, TitleClass, int]] = []
        attacks: list[tuple[TitleClass, TitleClass, int]] = []
        for relation in self.doc.relations:
            marker, parent, child = relation.marker, relation.parent.cls, relation.child.cls
            assert parent is not None and child is not None  # grouped
            if parent is child:
                name = short(parent.title or parent.text)
                raise self.fail(
                    f"relation {marker!r} of {parent.kind} {name!r} to itself: a statement or "
                    "argument cannot support or attack itself; remove the line",
                    relation.line,
                )
            kind = _SUPPORT.get(marker)
            source, target = (child, parent) if kind else (parent, child)
            kind = kind or _OUTGOING[marker]
            if kind == "support":
                supports.append((source, target, relation.line))
            elif kind == "contradiction":
                attacks.append((source, target, relation.line))
                attacks.append((target, source, relation.line))
            else:
                # Undercut or attack: the target decides (an argument is undercut).
                attacks.append((source, target, relation.line))
        self.supports(supports)
        self.attacks(attacks)
        self.rebuttals.hand_over(self.pending)

    def new_id(self, base: str) -> str:
        """A fresh id: ``base``, or ``base-2``, ``base-3``... (cheaper than the model's slugs)."""
        taken = self.taken
        new = base if base not in taken else unique_id(base, taken, counters=self.suffixes)
        taken.add(new)
        return new

    def supports(self, supports: list[tuple[TitleClass, TitleClass, int]]) -> None:
        """Add a one-premise argument for each support relation (once per premise and
        conclusion), in the order they were written."""
        done, premises, gists, new_id = self.done, self.premises, self.gist_arguments, self.new_id
        ids: list[str] = []
        steps: list[list[str]] = []  # each argument's one premise
        conclusions: list[str] = []
        titles: list[str | None] = []
        lines: list[int] = []
        for cls, target, line in supports:
            premise, conclusion = cls.claim, target.claim
            if premise == conclusion or ("support", premise, conclusion) in done:
                continue
            done.add(("support", premise, conclusion))
            title = cls.title if cls.kind == "argument" and not cls.element.pcs else None
            argument = new_id(f"arg-{conclusion}")
            ids.append(argument)
            steps.append([premise])
            conclusions.append(conclusion)
            titles.append(title)
            lines.append(line)
            premises.add(premise)
            gists.setdefault(premise, argument)
        columns: dict[str, list[Any]] = {"id": ids, "premises": steps, "conclusion": conclusions}
        columns["title"] = titles
        self.pending.extend_columns(Argument, columns, lines)

    def attacks(self, attacks: list[tuple[TitleClass, TitleClass, int]]) -> None:
        """Add a rebuttal for each attack or undercut relation (once per attacker and
        target, or as the front matter recorded it), in the order they were written."""
        final, gists, premises, done, table = (
            self.final, self.gist_arguments, self.premises, self.done, self.table
        )  # fmt: skip
        # The implied kind of an attack on a claim, by whether it is a premise, with the
        # start of the rebuttal's id.
        on_claim = {
            used: (kind, f"{kind}-")
            for used in (False, True)
            for kind in [implied_kind(on_argument=False, on_premise=used)]
        }
        new_id, add = self.new_id, self.rebuttals.add
        for source_cls, target_cls, line in attacks:
            attacker = final.get(id(source_cls), source_cls.id)
            if id(target_cls) in final:
                kind, target_id = AttackKind.UNDERCUT, final[id(target_cls)]
                prefix = f"{kind}-"
            elif target_cls.kind == "argument" and target_cls.id in gists:
                kind, target_id = AttackKind.UNDERCUT, gists[target_cls.id]
                prefix = f"{kind}-"
            else:
                target_id = target_cls.id
                kind, prefix = on_claim[target_id in premises]
            if attacker == target_id:
                continue
            rows = table.get((attacker, target_id)) if table else None
            if rows is not None:
                # One recorded rebuttal per relation line, in the order they were written.
                if rows:
                    rid, row = rows.popleft()
                    note = text_or_none(row[3]) if len(row) > 3 else None
                    self.recorded_attack(row[0], target_id, attacker, rid, note, line)
            elif (key := ("attack", attacker, target_id)) not in done:
                done.add(key)
                add((new_id(prefix + attacker), kind, attacker, target_id, None), line)

    def recorded_attack(
        self, kind: Any, target: str, attacker: str, rid: str, note: str | None, line: int
    ) -> None:
        """Read a rebuttal the front matter recorded: its id, kind and note, as
        ``ArgumentMap.attack`` would make it (an empty id is made from the kind)."""
        try:
            kind = AttackKind(kind)
        except ValueError as exc:
            raise self.fail(shorten(exc), line) from None
        new_id = rid or unique_id(
            f"{kind.value}-{slugify(attacker, max_words=5)}",
            self.taken,
            counters=self.map_suffixes,
        )
        self.taken.add(new_id)
        self.rebuttals.add((new_id, kind, attacker, target, note), line)

    def claim_data(self) -> list[tuple[str, dict[str, Any], int]]:
        """The id, data and line of every claim with inline data (once the map is made)."""
        return [(cls.id, cls.data, cls.element.line) for cls in self.claims if cls.data]


def _class(element: Element) -> TitleClass:
    """The class of a grouped element."""
    cls = element.cls
    assert cls is not None  # every element is grouped before the map is built
    return cls


def loads(text: str, *, filename: str | None = None) -> ArgumentMap:
    """Read Argdown text as an argument map.

    Args:
        text: the Argdown source.
        filename: its file name, for error messages.

    Returns:
        The map: claims, arguments, rebuttals, and attributions from inline data.

    Raises:
        DocumentError: on invalid Argdown, or relations the model cannot hold, with the line.

    >>> loads("(1) A\\n(2) B\\n-- Modus ponens --\\n(3) C").arguments[0].scheme
    'Modus ponens'
    >>> loads("[A]: a\\n\\n(1) [A]\\n(2) B", filename="x.argdown")
    Traceback (most recent call last):
    ...
    argmap.exceptions.DocumentError: x.argdown:4: premise–conclusion structure without an \
inference line before its conclusion; add '----' above the last statement
    """
    with collector_paused(keep=True):  # 15-25% of the time otherwise; the map is kept
        doc = parse(text, file=filename)
        try:
            return build(doc, filename=filename)
        finally:
            _untangle(doc)


def _untangle(doc: Document) -> None:
    """Break the syntax tree's cycles (an element and its class, a premise–conclusion
    statement and its argument), so that it is freed at once when the read is done: left to
    the cyclic collector, the tree of a 3 MB file costs it a walk of 0.15 s."""
    for element in doc.elements:
        element.cls = element.argument = None


def build(
    doc: Document, *, filename: str | None = None, drop_dangling: bool = False
) -> ArgumentMap:
    """Build the map of a parsed Argdown document (from text, or from Argdown's JSON export).

    Args:
        doc: the syntax tree.
        filename: the file name, for errors.
        drop_dangling: drop an attribution's optional references to ids that only a front
            matter could describe (Argdown's JSON export has none), instead of refusing them.

    Raises:
        DocumentError: relations the model cannot hold, with the line.
    """
    return _Builder(doc, filename, drop_dangling=drop_dangling).build()
