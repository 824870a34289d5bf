"""Hybrid logical clock: update stamps that order changes across sites.

A stamp is (wall milliseconds, counter, site id). It never goes backwards on one site, even if
the workstation's clock does, and after observing another site's stamp the next local stamp is
later than it. The text form sorts in stamp order, so SQL can compare stamps as strings.
"""

from __future__ import annotations

from dataclasses import dataclass

#: Largest accepted lead of a remote stamp over our clock (a badly set clock elsewhere).
MAX_DRIFT_MS = 24 * 3600 * 1000


@dataclass(frozen=True, order=True)
class Stamp:
    wall_ms: int
    counter: int
    node: str

    def __str__(self) -> str:
        return f"{self.wall_ms:015d}-{self.counter:06d}-{self.node}"

    @classmethod
    def parse(cls, text: str) -> Stamp:
        """Inverse of ``str``; raises ValueError on anything else."""
        wall, counter, node = text.split("-", 2)
        if len(wall) != 15 or len(counter) != 6 or not node:
            raise ValueError(f"not an update stamp: {text!r}")
        return cls(int(wall), int(counter), node)


class ClockDriftError(ValueError):
    """A remote stamp is implausibly far in the future."""


def tick(last: Stamp | None, physical_ms: int, node: str) -> Stamp:
    """The next local stamp after ``last`` at physical time ``physical_ms``."""
    if last is None or physical_ms > last.wall_ms:
        return Stamp(physical_ms, 0, node)
    return Stamp(last.wall_ms, last.counter + 1, node)


def observe(last: Stamp | None, remote: Stamp, physical_ms: int, node: str) -> Stamp:
    """The local stamp after receiving ``remote``: later than both it and ``last``."""
    if remote.wall_ms - physical_ms > MAX_DRIFT_MS:
        raise ClockDriftError("a stamp from another site is more than a day in the future")
    wall = max(physical_ms, remote.wall_ms, last.wall_ms if last else 0)
    if last is not None and wall == last.wall_ms and wall == remote.wall_ms:
        counter = max(last.counter, remote.counter) + 1
    elif last is not None and wall == last.wall_ms:
        counter = last.counter + 1
    elif wall == remote.wall_ms:
        counter = remote.counter + 1
    else:
        counter = 0
    return Stamp(wall, counter, node)
