"""Pausing Python's cyclic garbage collector while a bundle is built or read.

Reading a payload creates a few objects per record (the parsed JSON, the checked records, the
rows to insert): hundreds of thousands for a large bundle, none of them in reference cycles,
all alive until the step ends. Each collection the allocations trigger walks every one of them
again, for nothing: about a quarter of the time to parse and check a payload. Reference
counting still frees everything as usual while the collector rests; it runs again at the end of
the step (and collects then whatever cycle the step left, if any).
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

__all__ = ["gc_paused"]


@contextmanager
def gc_paused() -> Iterator[None]:
    """Run the block (or, as ``@gc_paused()``, each call) with the cyclic collector paused.

    Leaves the collector alone where it is paused already (a nested step, a caller that turned
    it off): only a pause begun here ends here.
    """
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()
