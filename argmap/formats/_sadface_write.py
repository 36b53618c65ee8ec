"""Write a map as SADFace JSON (read by ``argmap.formats.sadface``).

Claims become atoms, arguments ``inference`` nodes named ``support`` (premise -> inference ->
conclusion), rebuttals ``conflict`` nodes named ``attack`` (attacker -> conflict -> target), the
node types the ``sadface`` library itself writes and lists (``list_inferences``,
``list_conflict``); sources become resources. Located quotes of attributions become the atoms'
text ``sources``. SADFace wants UUIDs, so node, edge and resource ids are UUIDs derived from
argmap's ids (the same map gives the same ids); argmap's own ids and every field SADFace cannot
hold (titles, notes, kinds, actors, whole attributions) go into ``metadata.argmap``.

>>> from argmap.model import ArgumentMap
>>> m = ArgumentMap(title="Bins")
>>> _ = m.support(m.claim("Sort rubbish", id="c"), by=m.claim("It saves resources", id="p"))
>>> doc = to_sadface(m, created="2024-01-01T00:00:00")
>>> [(n["type"], n.get("text") or n["name"]) for n in doc["nodes"]]
[('atom', 'Sort rubbish'), ('atom', 'It saves resources'), ('inference', 'support')]
>>> doc["nodes"][0]["metadata"]["argmap"]
{'id': 'c'}
"""

from __future__ import annotations

import hashlib
import json
import os
import uuid
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

from argmap.formats._fields import plain_fields
from argmap.model import ArgumentMap, Attribution

__all__ = ["SADFACE_VERSION", "dumps", "to_sadface"]

SADFACE_VERSION = "0.5"
"""The SADFace version written in ``metadata.core.version``."""

_NAMESPACE = uuid.UUID("6d1c1a4e-3c55-4a8e-9e0e-9a7d8f3b2c10")


_PREFIX = _NAMESPACE.bytes


def _uuid(*parts: str) -> str:
    """``uuid.uuid5(_NAMESPACE, parts joined)``, without building UUID objects (the writer makes
    several per element: this was most of its time on big maps).

    >>> _uuid("node", "c") == str(uuid.uuid5(_NAMESPACE, "node\x1fc"))
    True
    """
    digest = bytearray(hashlib.sha1(_PREFIX + "\x1f".join(parts).encode("utf-8")).digest()[:16])
    digest[6] = (digest[6] & 0x0F) | 0x50  # version 5
    digest[8] = (digest[8] & 0x3F) | 0x80  # RFC 4122 variant
    h = digest.hex()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def dumps(
    argument_map: ArgumentMap,
    *,
    texts: Mapping[str, str] | None = None,
    created: str | None = None,
) -> str:
    """Return the map as SADFace JSON text (see [`to_sadface`][])."""
    document = to_sadface(argument_map, texts=texts, created=created)
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def to_sadface(
    argument_map: ArgumentMap,
    *,
    texts: Mapping[str, str] | None = None,
    created: str | None = None,
) -> dict[str, Any]:
    """Return the map as a SADFace document (plain dicts and lists, ready for JSON).

    Args:
        argument_map: the map.
        texts: the full text of sources by source id, written as the resources' ``content``.
            A source without one gets a content rebuilt from its located quotes (spaces
            elsewhere), so the spans still point at the quoted words.
        created: the ``created`` and ``edited`` timestamps. When omitted, the time in the
            environment variable ``SOURCE_DATE_EPOCH`` (seconds since 1970, the reproducible
            builds convention), else now (UTC).

    Returns:
        The document.

    Raises:
        ValueError: ``SOURCE_DATE_EPOCH`` is set but is not a whole number of seconds.
    """
    stamp = created or _now()
    core: dict[str, Any] = {
        "version": SADFACE_VERSION,
        "id": _uuid("map", argument_map.title or ""),
        "analyst_name": "argmap",
        "analyst_email": "",
        "created": stamp,
        "edited": stamp,
    }
    if argument_map.title:
        core["title"] = argument_map.title
    if argument_map.description:
        core["description"] = argument_map.description
    own: dict[str, Any] = {}
    if argument_map.question is not None:
        own["question"] = argument_map.question
    if argument_map.central is not None:
        core["claim"] = _uuid("node", argument_map.central.id)
        own["central"] = argument_map.central.id
    own["actors"] = [plain_fields(actor) for actor in argument_map.actors]
    own["attributions"] = [plain_fields(a) for a in argument_map.attributions]
    nodes: list[dict[str, Any]] = []
    edges: list[dict[str, Any]] = []

    known: dict[str, str] = {}

    def node_uuid(element_id: str) -> str:
        found = known.get(element_id)
        if found is None:
            found = known[element_id] = _uuid("node", element_id)
        return found

    def edge(source: str, target: str, role: str) -> None:
        edges.append(
            {
                "id": _uuid("edge", source, target, role),
                "source_id": node_uuid(source),
                "target_id": node_uuid(target),
            }
        )

    for claim in argument_map.claims:
        nodes.append(
            {
                "id": node_uuid(claim.id),
                "type": "atom",
                "text": claim.text,
                "sources": _spans(argument_map.attributions_of(claim)),
                "metadata": {"core": {}, "argmap": plain_fields(claim, skip=("text",))},
            }
        )
    for argument in argument_map.arguments:
        fields = plain_fields(argument, skip=("premises", "conclusion"))
        nodes.append(_relation(node_uuid(argument.id), "inference", "support", fields))
        for premise in argument.premises:
            edge(premise, argument.id, "premise")
        edge(argument.id, argument.conclusion, "conclusion")
    for rebuttal in argument_map.rebuttals:
        nodes.append(
            _relation(
                node_uuid(rebuttal.id),
                "conflict",
                "attack",
                plain_fields(rebuttal, skip=("attacker", "target")),
            )
        )
        edge(rebuttal.attacker, rebuttal.id, "attacker")
        edge(rebuttal.id, rebuttal.target, "target")
    resources = [
        {
            "id": _uuid("resource", source.id),
            "content": (texts or {}).get(source.id)
            or _rebuilt(argument_map.attributions_in(source)),
            "type": "text",
            "metadata": {"core": {"title": source.title}, "argmap": plain_fields(source)},
        }
        for source in argument_map.sources
    ]
    return {
        "metadata": {"core": core, "argmap": own},
        "resources": resources,
        "nodes": nodes,
        "edges": edges,
    }


def _now() -> str:
    """``SOURCE_DATE_EPOCH`` when set (reproducible output), else the current time, in UTC."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch is None:
        moment = datetime.now(UTC)
    elif epoch.strip().isascii() and epoch.strip().isdigit():
        moment = datetime.fromtimestamp(int(epoch), UTC)
    else:
        raise ValueError(f"SOURCE_DATE_EPOCH must be seconds since 1970, got {epoch[:20]!r}")
    return moment.strftime("%Y-%m-%dT%H:%M:%S")


def _relation(node_id: str, kind: str, name: str, fields: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": node_id,
        "type": kind,
        "name": name,
        "metadata": {"core": {}, "argmap": fields},
    }


def _spans(attributions: list[Attribution]) -> list[dict[str, Any]]:
    """The located quotes of a claim's attributions as SADFace text sources."""
    return [
        {
            "resource_id": _uuid("resource", attribution.source),
            "text": quote,
            "offset": locator.start,
            "length": locator.end - locator.start,
        }
        for attribution in attributions
        if attribution.locators
        for quote, locator in zip(attribution.quoted_texts, attribution.locators, strict=True)
    ]


def _rebuilt(attributions: list[Attribution]) -> str:
    """A resource text with each located quote at its place and spaces elsewhere."""
    placed = [
        (locator.start, locator.end, quote)
        for attribution in attributions
        if attribution.locators
        for quote, locator in zip(attribution.quoted_texts, attribution.locators, strict=True)
    ]
    length = max((end for _start, end, _quote in placed), default=0)
    chars = [" "] * length
    for start, end, quote in placed:
        chars[start:end] = list(quote[: end - start].ljust(end - start))
    return "".join(chars)
