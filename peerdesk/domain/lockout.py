"""The sign-in lockout rule: 5 failures in a row lock sign-in for 15 minutes.

Pure functions over a small state record, so the rule is tested without files or clocks.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta

MAX_FAILURES = 5
LOCK_DURATION = timedelta(minutes=15)
#: Unaudited events kept per user name; older ones are dropped (a flood of guesses).
MAX_PENDING = 50


@dataclass(frozen=True)
class LockoutState:
    """Failures since the last success for one user name, and when a lock ends."""

    failures: int = 0
    locked_until: datetime | None = None
    #: (UTC time, "failed" | "locked" | "refused") events not yet in the audit trail.
    pending: tuple[tuple[datetime, str], ...] = field(default=())


def minutes_left(state: LockoutState, now: datetime) -> int:
    """Whole minutes (rounded up) until sign-in is allowed again; 0 when not locked."""
    if state.locked_until is None or state.locked_until <= now:
        return 0
    return max(1, math.ceil((state.locked_until - now).total_seconds() / 60))


def record_failure(state: LockoutState, now: datetime) -> LockoutState:
    """State after one more failed attempt; the 5th in a row starts a lock."""
    failures = state.failures + 1
    pending = (*state.pending, (now, "failed"))
    if failures >= MAX_FAILURES:
        pending = (*pending, (now, "locked"))
        return LockoutState(0, now + LOCK_DURATION, pending[-MAX_PENDING:])
    return replace(state, failures=failures, pending=pending[-MAX_PENDING:])


def record_refused(state: LockoutState, now: datetime) -> LockoutState:
    """State after an attempt refused because sign-in is locked (counted for the audit)."""
    return replace(state, pending=(*state.pending, (now, "refused"))[-MAX_PENDING:])


def record_success(state: LockoutState) -> LockoutState:
    """State after a successful sign-in: counters cleared, unaudited events kept."""
    return LockoutState(pending=state.pending)


def is_idle(state: LockoutState, now: datetime) -> bool:
    """True when the state carries nothing worth keeping."""
    return state.failures == 0 and not state.pending and minutes_left(state, now) == 0
