"""The command line page's format table is the registry's: no format can be missing from it."""

from __future__ import annotations

from pathlib import Path

from argmap.formats.registry import REGISTRY, format_table

PAGE = Path(__file__).resolve().parent.parent / "docs" / "cli.md"


def test_cli_page_holds_the_generated_format_table() -> None:
    text = PAGE.read_text(encoding="utf-8")
    start = text.index("| name | reads | writes |")
    end = text.index("<!-- end of the generated table -->")
    assert text[start:end].strip() == format_table(), "regenerate the table in docs/cli.md"


def test_every_registry_row_is_in_the_table() -> None:
    rows = format_table().splitlines()[2:]
    assert [row.split("|")[1].strip().strip("`") for row in rows] == [f.name for f in REGISTRY]
    assert any(row.startswith("| `html` |") for row in rows)
