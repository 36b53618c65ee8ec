"""Pausing Python's cyclic garbage collector around bulk work (loading a map, a framework).

Reading a large file makes millions of small containers; each batch of allocations would set
off a collection that walks every live object (25-30% of a 100,000-claim load, more for
frameworks). The objects made there form no cycles, so nothing is lost by waiting.

>>> import gc
>>> with collector_paused():
...     gc.isenabled()
False
>>> gc.isenabled()
True
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

__all__ = ["collector_paused"]


@contextmanager
def collector_paused(*, keep: bool = False) -> Iterator[None]:
    """Disable the cyclic collector for the block; restore its state afterwards, always.

    With ``keep``, for a block that makes a long-lived structure (a loaded map): when the
    block succeeds, what it made goes straight to the oldest generation, so the young
    collections that follow do not walk it all again (about 0.15 s after a 100,000-claim
    load); the next full collection looks at it as at everything else. The young
    generations are collected first, so only the block's objects are moved; nothing is
    moved if the collector was off or the caller froze objects (``gc.freeze``).
    """
    collecting = gc.isenabled()
    moving = keep and collecting and gc.get_freeze_count() == 0
    if moving:
        gc.collect(1)  # the caller's young objects: cheap, and none of them is moved unseen
    gc.disable()
    try:
        yield
        if moving:
            gc.freeze()  # every tracked object to the permanent generation, and back:
            gc.unfreeze()  # unfreeze puts them all in the oldest one, without a collection
    finally:
        if collecting:
            gc.enable()
