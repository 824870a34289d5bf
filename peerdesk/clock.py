"""Time helpers: instants are stored as UTC ISO-8601 text with microseconds and a Z."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

Clock = Callable[[], datetime]


def utcnow() -> datetime:
    return datetime.now(UTC)


def iso(instant: datetime) -> str:
    """``2026-11-28T12:00:00.000000Z``: sorts as text in time order."""
    return instant.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
