"""What every part of the demo generator shares: the seeded generator, dates and the writer."""

from __future__ import annotations

import random
from bisect import bisect
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from itertools import accumulate
from typing import Generic, TypeVar

from peerdesk.clock import iso
from peerdesk.services.demo.writer import BatchWriter

T = TypeVar("T")

#: How far back the program's records go from the base date.
HISTORY_DAYS = 3 * 365


class Weighted(Generic[T]):
    """Draw from ``(value, weight)`` pairs with one ``random()`` call."""

    def __init__(self, pairs: Sequence[tuple[T, int]]) -> None:
        self.values = [v for v, _ in pairs]
        self.cum = list(accumulate(w for _, w in pairs))
        self.total = self.cum[-1]

    def pick(self, rng: random.Random) -> T:
        return self.values[bisect(self.cum, rng.random() * self.total)]


@dataclass
class Recorder:
    """Who records and writes notes for a mentor's work (an account, or the demo's stand-in)."""

    username: str
    role: str

    @property
    def needs_cosign(self) -> bool:
        return self.role == "peer_educator"


@dataclass
class Ctx:
    """The shared state of one generation run."""

    rng: random.Random
    writer: BatchWriter
    base: date
    actor: str
    actor_role: str
    site_name: str
    facility: str
    #: (recipient name, recipient site id or None) for consents to share.
    recipients: list[tuple[str, str | None]] = field(default_factory=list)
    docs: set[str] = field(default_factory=set)

    def day(self, offset: int) -> date:
        """The base date moved by ``offset`` days."""
        return self.base + timedelta(days=offset)

    def between(self, start: date, end: date) -> date:
        """A uniformly drawn day in [start, end] (``start`` when the range is empty)."""
        span = (end - start).days
        return start if span <= 0 else start + timedelta(days=self.rng.randint(0, span))

    def instant(self, day: date, hour_from: int = 8, hour_to: int = 19) -> str:
        """An ISO instant on ``day`` during working hours."""
        t = time(self.rng.randint(hour_from, hour_to), self.rng.randint(0, 59))
        return iso(datetime.combine(day, t, tzinfo=UTC))

    def chance(self, p: float) -> bool:
        return self.rng.random() < p


def plus(day: date, days: int) -> date:
    """``day`` moved by ``days`` days."""
    return day + timedelta(days=days)
