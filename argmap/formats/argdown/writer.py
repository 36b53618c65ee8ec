"""Export an [`ArgumentMap`][] as Argdown text that Argdown's tools can draw.

Claims become statement definitions ``[Title]: text #tag {data}``, arguments become
``<Title>`` with a premise–conclusion structure, rebuttals become attack (``-``) and undercut
(``_``) relations. Whatever Argdown's syntax cannot say exactly (ids, kinds, notes, texts with
line breaks, attributions) goes into inline data or the front matter, so that
[`loads`][argmap.formats.argdown.reader.loads] gives the same map back.

>>> from argmap.model import ArgumentMap
>>> m = ArgumentMap(title="Cars")
>>> ban = m.claim("Ban cars from the centre", title="Ban")
>>> air = m.claim("The air would be cleaner", title="Air")
>>> arg = m.support(ban, by=air, id="air-arg", title="Cleaner air")
>>> print(dumps(m))
===
title: "Cars"
===
<BLANKLINE>
[Ban]: Ban cars from the centre {id: "ban-cars-from-the-centre"}
<BLANKLINE>
[Air]: The air would be cleaner {id: "the-air-would-be-cleaner"}
<BLANKLINE>
<Cleaner air> {id: "air-arg"}
<BLANKLINE>
(1) [Air]
----
(2) [Ban]
<BLANKLINE>
"""

from __future__ import annotations

import re
from typing import Any

from argmap._collector import collector_paused
from argmap.formats.argdown._slugs import is_slug
from argmap.formats.argdown._text import (
    SIMPLE_TAG,
    dump_data,
    dump_json,
    escape,
    split_text,
    tag_token,
)
from argmap.formats.argdown.attributions import AttributionWriter, people_data
from argmap.model import Argument, ArgumentMap, AttackKind, Claim
from argmap.model.ids import slugify, unique_id

__all__ = ["dumps"]

_TITLE_BAD = re.compile(r"[\[\]<>{}/\\\x00-\x1f\x7f-\x9f]+")
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


def _title(preferred: str, taken: set[str]) -> str:
    """A title Argdown can read back unchanged, unique within its namespace.

    It must not start like a relation (``<- x>``, ``<+ x>``) or a comment (``<!-- x -->``).
    """
    if preferred.isalnum():  # nothing to strip or squeeze: the common case, without a regex
        title = preferred
    else:
        title = " ".join(_TITLE_BAD.sub(" ", preferred).split()).lstrip("+-_! ") or "untitled"
    unique = title if title not in taken else unique_id(title, taken, pattern="{} ({})")
    taken.add(unique)
    return unique


def _identity(element: Claim | Argument, title: str, data: dict[str, Any]) -> None:
    """Record in ``data`` the id and title the reader could not derive from ``title``."""
    if not (title == element.id and is_slug(title)) and slugify(title) != element.id:
        data["id"] = element.id
    if (title if title != element.id else None) != element.title:
        data["title"] = element.title


def _one_line(text: str) -> bool:
    """Whether ``text`` is surely one line without control characters or runs of spaces
    (printable ASCII, single spaces, none at the ends), so that it is shown as it is."""
    return (
        text.isascii()
        and text.isprintable()
        and "  " not in text
        and text[:1] != " "
        and text[-1:] != " "
    )


def _visible(text: str, key: str, data: dict[str, Any]) -> str:
    """Escaped one-line text; the exact text goes into ``data[key]`` when it cannot survive."""
    if _one_line(text):
        return escape(text)
    flat = " ".join(text.split())
    if flat != text or _CONTROL.search(flat):
        data[key] = text
        flat = " ".join(_CONTROL.sub(" ", flat).split())
    return escape(flat)


_INLINE_TAG = re.compile(r"(?:^|(?<=\s))\\#(" + SIMPLE_TAG + r")")


def _inline_tags(claim: Claim, text: str, tokens: list[str | None]) -> tuple[str, list[str | None]]:
    """Unescape the claim's tags that are words of its text, as Argdown would read them.

    ``text`` is the escaped text. Kept only when reading it back gives the claim's text and
    tags exactly; the tags that are not words of the text follow at the end.

    >>> c = Claim(id="c", text="Cut a #tax now", tags=("tax", "eu"))
    >>> _inline_tags(c, escape(c.text), ["#tax", "#eu"])
    ('Cut a #tax now', ['#eu'])
    """
    tags = set(claim.tags)
    inline: list[str] = []

    def keep(match: re.Match[str]) -> str:
        if match.group(1) not in tags:
            return match.group()
        inline.append(match.group(1))
        return match.group()[1:]

    candidate = _INLINE_TAG.sub(keep, text)
    if not inline:
        return text, tokens
    rest = [t for t, token in zip(claim.tags, tokens, strict=True) if t not in inline]
    trailing = [tag_token(t) for t in rest]
    read, read_tags, _ = split_text(" ".join(t for t in (candidate, *trailing) if t))
    if read != " ".join(claim.text.split()) or list(dict.fromkeys(read_tags)) != list(claim.tags):
        return text, tokens
    return candidate, trailing


def _head(reference: str, text: str, data: dict[str, Any]) -> str:
    """A definition ``[T]: text {data}``, or ``[T] {data}`` when there is no text to show.

    Argdown refuses a definition without text ("Missing text content"), but takes data on a
    reference, so an element whose text is all in ``data`` (or has none) is written so.

    >>> _head("<A>", "", {"id": "a-1"}), _head("[B]", "b", {})
    ('<A> {id: "a-1"}', '[B]: b')
    """
    if not text.strip():
        return f"{reference} {dump_data(data)}" if data else reference
    return f"{reference}: {text} {dump_data(data)}" if data else f"{reference}: {text}"


class _Writer:
    def __init__(self, m: ArgumentMap) -> None:
        self.map = m
        self.attributions = AttributionWriter(m)
        self.claim_titles: dict[str, str] = {}
        self.argument_titles: dict[str, str] = {}

    def front(self) -> list[str]:
        m = self.map
        lines = [
            f"{key}: {dump_json(value)}"
            for key, value in (
                ("title", m.title),
                ("question", m.question),
                ("description", m.description),
                ("central", m.central.id if m.central else None),
            )
            if value is not None
        ]
        extra = people_data(m)
        if m.rebuttals:
            extra["rebuttals"] = {
                r.id: [r.kind._value_, r.attacker, r.target] + ([r.note] if r.note else [])
                for r in m.rebuttals
            }
        if extra:
            lines.append(f"argmap: {dump_json(extra)}")
        return ["===", *lines, "===", ""] if lines else []

    def claim(self, claim: Claim, taken: set[str]) -> str:
        title = self.claim_titles[claim.id] = _title(claim.title or claim.id, taken)
        data: dict[str, Any] = {}
        _identity(claim, title, data)
        text = _visible(claim.text, "text", data)
        if claim.tags:
            tokens = [tag_token(t) for t in claim.tags]
            if len(set(claim.tags)) != len(claim.tags) or None in tokens:
                data["tags"] = list(claim.tags)
                tokens = []
            elif "#" in text:
                text, tokens = _inline_tags(claim, text, tokens)
            text = " ".join(t for t in (text, *tokens) if t)
        if claim.kind is not None:
            data["kind"] = claim.kind._value_  # Enum.value is a slow descriptor
        if claim.note is not None:
            data["note"] = claim.note
        data.update(self.attributions.inline(claim.id, data))
        return _head(f"[{title}]", text, data) + "\n"

    def argument(self, argument: Argument, taken: set[str]) -> str:
        title = self.argument_titles[argument.id] = _title(argument.title or argument.id, taken)
        data: dict[str, Any] = {}
        _identity(argument, title, data)
        head = f"<{title}>"
        note = _visible(argument.note, "note", data) if argument.note else ""
        rule = ""
        if argument.scheme is not None:
            rule = _visible(argument.scheme, "scheme", data)
            if not rule.strip() or "scheme" in data:
                data["scheme"], rule = argument.scheme, ""
        titles = self.claim_titles
        premises = argument.premises
        inference = f"-- {rule} --" if rule else "----"
        conclusion = titles[argument.conclusion]
        if len(premises) == 1:  # the common case, in one string
            steps = f"(1) [{titles[premises[0]]}]\n{inference}\n(2) [{conclusion}]"
        else:
            numbered = [f"({n}) [{titles[p]}]" for n, p in enumerate(premises, start=1)]
            steps = "\n".join([*numbered, inference, f"({len(premises) + 1}) [{conclusion}]"])
        return f"{_head(head, note, data)}\n\n{steps}\n"

    def reference(self, element_id: str) -> str:
        if element_id in self.claim_titles:
            return f"[{self.claim_titles[element_id]}]"
        return f"<{self.argument_titles[element_id]}>"

    def relations(self) -> list[str]:
        """Attack relations in the map's order, one block per run of attacks on one target."""
        blocks: list[list[str]] = []
        target = None
        undercut = AttackKind.UNDERCUT
        for rebuttal in self.map.rebuttals:
            if rebuttal.target != target:
                target = rebuttal.target
                blocks.append([self.reference(target)])
            marker = "_" if rebuttal.kind is undercut else "-"
            blocks[-1].append(f"  {marker} {self.reference(rebuttal.attacker)}")
        return ["\n".join(lines) + "\n" for lines in blocks]

    def write(self) -> str:
        taken: set[str] = set()
        blocks = [self.claim(c, taken) for c in self.map.claims]
        taken = set()
        blocks += [self.argument(a, taken) for a in self.map.arguments]
        blocks += self.relations()
        front = self.front()
        return "\n".join(["\n".join(front), *blocks] if front else blocks)


def dumps(m: ArgumentMap) -> str:
    """Write a map as Argdown text.

    Args:
        m: the map.

    Returns:
        Argdown source: front matter, statements, arguments, then attack relations.
    """
    with collector_paused():  # the strings and records made here form no cycles
        return _Writer(m).write()
