"""What the browser tests need: Playwright driving Debian's Chromium, or a skip with the reason.

Playwright's Python package drives the system browser (``/usr/bin/chromium``, installed by
``scripts/ensure-chromium``, or ``ARGMAP_CHROMIUM``); it never downloads one.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import Any

import pytest

CHROMIUM = os.environ.get("ARGMAP_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def playwright_or_skip() -> Any:
    """Playwright's sync API; skips the calling test module when it or Chromium is missing."""
    sync_api = pytest.importorskip(
        "playwright.sync_api", reason="Playwright is not installed (pip install -e '.[dev]')"
    )
    if not Path(CHROMIUM).exists():
        pytest.skip(
            "no Chromium browser (run scripts/ensure-chromium as root)", allow_module_level=True
        )
    return sync_api
