"""Shared output helpers of the analysis commands (summary, who, tree)."""

from __future__ import annotations

import json
from typing import Any

import attrs
import click

__all__ = ["echo_json"]


def echo_json(value: Any) -> None:
    """Print attrs objects, lists and dicts of them as indented JSON (enums as their values)."""

    def plain(item: Any) -> Any:
        if attrs.has(type(item)):
            return attrs.asdict(item, recurse=True)
        if isinstance(item, list | tuple):
            return [plain(i) for i in item]
        return item

    click.echo(json.dumps(plain(value), indent=2, ensure_ascii=False))
