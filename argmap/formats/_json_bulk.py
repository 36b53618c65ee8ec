"""The bulk path of argmap's JSON reader: the lists streamed into elements, then one build.

The text is decoded a member at a time and each list of elements a chunk at a time
([`_json_stream`][argmap.formats._json_stream]); every chunk becomes elements at once, a column
at a time ([`structure_chunk`][argmap.formats._document_columns.structure_chunk]), and its parsed
objects are dropped before the next chunk is decoded. So the whole parsed document is never in
memory, only the text, the map being built and one chunk; and most ids are kept once, however
often they are named ([`KnownIds`][argmap.formats._known_ids.KnownIds]).

Anything unusual gives None, and the reader then parses the text the checked way, which words the
error (same message, same place).

>>> m = load_streamed('{"argmap": 1, "claims": [{"id": "c", "text": "Tax is high"}]}')
>>> m.get("c").text
'Tax is high'
>>> load_streamed('{"argmap": 1, "claims": [{"id": "c", "text": "A", "text": "B"}]}') is None
True
"""

from __future__ import annotations

from typing import Any

from argmap.formats._document_columns import Sections, structure_chunk
from argmap.formats._json_stream import NotPlain, members
from argmap.formats._known_ids import KnownIds
from argmap.formats.document import SECTIONS, from_parts
from argmap.model import ArgumentMap
from argmap.model._tables import id_table

__all__ = ["load_streamed"]


def load_streamed(text: str) -> ArgumentMap | None:
    """Read argmap JSON text the bulk way: the map, or None for anything unusual or wrong."""
    sections: Sections = {cls: ([], []) for cls in SECTIONS.values()}
    known = KnownIds()
    # The id table, made a run at a time while its ids are fresh in the cache, as long as the
    # lists come in the map's order of kinds (the table's order); else the build makes it.
    table: dict[str, Any] | None = id_table()
    order = list(SECTIONS)
    last = 0

    def take(section: str, items: list[Any], pairs: bool) -> None:
        nonlocal table, last
        made = structure_chunk(items, SECTIONS[section], pairs=pairs, known=known)
        if made is None:
            raise NotPlain
        elements, ids = sections[SECTIONS[section]]
        elements += made[0]
        ids += made[1]
        at = order.index(section)
        if at < last:
            table = None
        elif table is not None:
            last = at
            table.update(zip(made[1], made[0], strict=True))

    try:
        header = members(text, SECTIONS, take)
    except NotPlain:
        return None
    return from_parts(header, sections, checked=known.finish(), table=table)
