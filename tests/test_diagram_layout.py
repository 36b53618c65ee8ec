"""The default layout fits a screen: the flagship's PNG is at most twice as wide as tall."""

from __future__ import annotations

import runpy
import struct
from pathlib import Path

import pytest

from argmap.diagram import to_dot
from argmap.diagram.render import diagram_bytes, find_dot
from argmap.exceptions import RenderError

ROOT = Path(__file__).resolve().parents[1]


def _have_dot() -> bool:
    try:
        find_dot()
    except RenderError:
        return False
    return True


needs_dot = pytest.mark.skipif(not _have_dot(), reason="Graphviz's dot is not installed")


def png_size(data: bytes) -> tuple[int, int]:
    """Width and height from a PNG's IHDR chunk."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def _flagship():  # type: ignore[no-untyped-def]
    return runpy.run_path(str(ROOT / "examples" / "labour_immigration.py"))["build"]()


def test_the_flagship_is_drawn_left_to_right_by_default() -> None:
    assert "rankdir=LR" in to_dot(_flagship()).source


@needs_dot
@pytest.mark.exe
def test_the_flagship_png_has_an_aspect_ratio_of_at_most_two() -> None:
    width, height = png_size(diagram_bytes(_flagship(), "png"))
    assert max(width / height, height / width) <= 2.0, (width, height)
