"""Pausing Python's cyclic garbage collector while a reader makes many small objects.

>>> import gc
>>> with collector_paused():
...     gc.isenabled()
False
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

__all__ = ["collector_paused"]


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while millions of small containers are made.

    Each batch of allocations would otherwise set off a collection that walks every object
    (doubling or tripling the build time); the objects made here cannot form cycles.
    """
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()
