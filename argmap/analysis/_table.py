"""Plain-text tables for the terminal: left-aligned columns separated by two spaces.

>>> print(table(["id", "n"], [["ann", 3], ["bob", None]]))
id   n
---  -
ann  3
bob
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

__all__ = ["table"]


def table(headers: Sequence[str], rows: Iterable[Sequence[object]]) -> str:
    """Lay out rows under headers; ``None`` shows as an empty cell, trailing spaces are cut."""
    cells = [[("" if v is None else str(v)) for v in row] for row in rows]
    widths = [len(h) for h in headers]
    for row in cells:
        for i, value in enumerate(row):
            widths[i] = max(widths[i], len(value))
    lines = [list(headers), ["-" * w for w in widths], *cells]
    return "\n".join(
        "  ".join(v.ljust(w) for v, w in zip(line, widths, strict=True)).rstrip() for line in lines
    )
