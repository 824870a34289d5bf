"""Sign-in lockout: the pure rule, then the service with a controllable clock."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from peerdesk.domain import lockout
from peerdesk.domain.errors import AccountLocked, AuthenticationFailed, PeerdeskError
from peerdesk.domain.lockout import LockoutState
from peerdesk.services.audit import AuditFilter, AuditService
from peerdesk.services.auth import AuthService, SignedIn
from peerdesk.services.users import UserService
from tests.conftest import ADMIN, ADMIN_PASS, USER_PASS, Site, add_user

T0 = datetime(2026, 3, 1, 9, 0, 0, tzinfo=UTC)
WRONG = "not my passphrase at all"


def fail_times(n: int, start: datetime = T0, step: timedelta = timedelta(seconds=1)):
    state = LockoutState()
    for i in range(n):
        state = lockout.record_failure(state, start + i * step)
    return state


# --- the rule ---------------------------------------------------------------------------------
def test_four_failures_do_not_lock() -> None:
    state = fail_times(4)
    assert state.failures == 4
    assert state.locked_until is None
    assert lockout.minutes_left(state, T0 + timedelta(seconds=4)) == 0
    assert [kind for _, kind in state.pending] == ["failed"] * 4


def test_fifth_failure_locks_for_fifteen_minutes() -> None:
    last = T0 + timedelta(seconds=4)
    state = fail_times(5)
    assert state.locked_until == last + timedelta(minutes=15)
    assert state.failures == 0
    assert [kind for _, kind in state.pending] == ["failed"] * 5 + ["locked"]
    assert lockout.minutes_left(state, last) == 15


@pytest.mark.parametrize(
    ("elapsed", "left"),
    [
        (timedelta(0), 15),
        (timedelta(seconds=1), 15),
        (timedelta(seconds=59), 15),
        (timedelta(minutes=1), 14),
        (timedelta(minutes=14), 1),
        (timedelta(minutes=14, seconds=59, microseconds=999_999), 1),
        (timedelta(minutes=15), 0),
        (timedelta(hours=3), 0),
    ],
)
def test_minutes_left_rounds_up(elapsed: timedelta, left: int) -> None:
    state = LockoutState(locked_until=T0 + timedelta(minutes=15))
    assert lockout.minutes_left(state, T0 + elapsed) == left


def test_success_clears_counters_but_keeps_unaudited_events() -> None:
    state = lockout.record_success(fail_times(4))
    assert (state.failures, state.locked_until) == (0, None)
    assert len(state.pending) == 4
    # After a success the count starts again: four more failures still do not lock.
    for i in range(4):
        state = lockout.record_failure(state, T0 + timedelta(seconds=i))
    assert state.locked_until is None
    state = lockout.record_failure(state, T0 + timedelta(seconds=10))
    assert state.locked_until == T0 + timedelta(seconds=10, minutes=15)


def test_refused_attempts_are_recorded_but_do_not_extend_the_lock() -> None:
    locked = fail_times(5)
    refused = lockout.record_refused(locked, T0 + timedelta(minutes=5))
    assert refused.locked_until == locked.locked_until
    assert refused.pending[-1] == (T0 + timedelta(minutes=5), "refused")


def test_pending_events_are_bounded() -> None:
    state = fail_times(400, step=timedelta(minutes=16))
    assert len(state.pending) == lockout.MAX_PENDING


# --- the service ------------------------------------------------------------------------------
class FakeClock:
    def __init__(self, start: datetime | None = None) -> None:
        self.now = start or datetime.now(UTC)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **kwargs: float) -> None:
        self.now += timedelta(**kwargs)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


def attempt(site: Site, clock: FakeClock, user: str, passphrase: str) -> PeerdeskError | SignedIn:
    """Sign in once with a fresh service (as after a restart); return the error or session."""
    try:
        return AuthService(site.paths, clock=clock).sign_in(user, passphrase)
    except (AuthenticationFailed, AccountLocked) as exc:
        return exc


def fail_n(site: Site, clock: FakeClock, user: str, n: int) -> list[PeerdeskError | SignedIn]:
    return [attempt(site, clock, user, WRONG) for _ in range(n)]


def close(result: PeerdeskError | SignedIn) -> SignedIn:
    assert isinstance(result, SignedIn), result
    result.store.close()
    return result


def test_five_wrong_passphrases_lock_and_the_right_one_is_refused(
    site: Site, clock: FakeClock
) -> None:
    results = fail_n(site, clock, ADMIN, 5)
    assert all(isinstance(r, AuthenticationFailed) for r in results[:4])
    assert isinstance(results[4], AccountLocked)
    assert results[4].minutes_left == 15
    clock.advance(minutes=5)
    refused = attempt(site, clock, ADMIN, ADMIN_PASS)
    assert isinstance(refused, AccountLocked)
    assert refused.minutes_left == 10
    clock.advance(minutes=9, seconds=59)
    assert isinstance(attempt(site, clock, ADMIN, ADMIN_PASS), AccountLocked)
    clock.advance(seconds=1)
    close(attempt(site, clock, ADMIN, ADMIN_PASS))


def test_lock_survives_a_restart(site: Site, clock: FakeClock) -> None:
    service = AuthService(site.paths, clock=clock)
    for _ in range(5):
        with pytest.raises((AuthenticationFailed, AccountLocked)):
            service.sign_in(ADMIN, WRONG)
    del service
    with pytest.raises(AccountLocked):
        AuthService(site.paths, clock=clock).sign_in(ADMIN, ADMIN_PASS)


def test_success_before_the_fifth_failure_resets_the_count(site: Site, clock: FakeClock) -> None:
    fail_n(site, clock, ADMIN, 4)
    close(attempt(site, clock, ADMIN, ADMIN_PASS))
    results = fail_n(site, clock, ADMIN, 4)
    assert all(isinstance(r, AuthenticationFailed) for r in results)
    close(attempt(site, clock, ADMIN, ADMIN_PASS))


def test_unknown_names_get_the_same_messages_and_lock_too(site: Site, clock: FakeClock) -> None:
    known = [str(r) for r in fail_n(site, clock, ADMIN, 6)]
    unknown = [str(r) for r in fail_n(site, clock, "nobody.here", 6)]
    assert known == unknown
    assert "nobody" not in " ".join(unknown)
    assert known[0] == str(AuthenticationFailed())
    assert known[4] == known[5] == str(AccountLocked(15))
    # Both locks end on time; afterwards each name counts from zero again.
    clock.advance(minutes=15)
    close(attempt(site, clock, ADMIN, ADMIN_PASS))
    assert isinstance(fail_n(site, clock, "nobody.here", 1)[0], AuthenticationFailed)


def test_coordinator_unlock_ends_the_lock_early(site: Site, clock: FakeClock) -> None:
    signed = AuthService(site.paths, clock=clock).sign_in(ADMIN, ADMIN_PASS)
    try:
        add_user(signed, "jose", "peer_educator")
        assert isinstance(fail_n(site, clock, "jose", 5)[-1], AccountLocked)
        users = UserService(signed.store, clock=clock)
        [jose] = [u for u in users.list_users(signed.actor) if u.username == "jose"]
        assert jose.locked_minutes == 15
        users.unlock_user(signed.actor, "jose")
        [jose] = [u for u in users.list_users(signed.actor) if u.username == "jose"]
        assert jose.locked_minutes == 0
        unlocks = AuditService(signed.store).entries(
            signed.actor, AuditFilter(action_prefix="user.unlock")
        )
        assert [(e.actor, e.object_id) for e in unlocks] == [(ADMIN, jose.user_id)]
    finally:
        signed.store.close()
    close(attempt(site, clock, "jose", USER_PASS))


def test_failed_attempts_reach_the_audit_trail_at_the_next_sign_in(
    site: Site, clock: FakeClock
) -> None:
    typed_unknown = "ghost.user"
    fail_n(site, clock, ADMIN, 5)  # 5 failed + locked
    clock.advance(minutes=1)
    attempt(site, clock, ADMIN, ADMIN_PASS)  # refused
    fail_n(site, clock, typed_unknown, 2)
    assert b"ghost" not in site.paths.slots.read_bytes()
    clock.advance(minutes=15)
    signed = AuthService(site.paths, clock=clock).sign_in(ADMIN, ADMIN_PASS)
    try:
        entries = AuditService(signed.store).entries(signed.actor, AuditFilter())
    finally:
        signed.store.close()
    mine = [e.action for e in reversed(entries) if e.actor == ADMIN and e.outcome == "failed"]
    assert mine == ["login.failed"] * 5 + ["login.locked", "login.refused"]
    for e in entries:
        if e.actor == ADMIN and e.outcome == "failed":
            assert (e.object_type, e.object_id) == ("user", signed.actor.user_id)
    strangers = [e for e in entries if e.object_type == "unknown_user"]
    assert [e.action for e in strangers] == ["login.failed", "login.failed"]
    assert {e.actor for e in strangers} == {"-"}
    for e in entries:
        assert typed_unknown not in repr(e).lower()
    # The events were moved, not copied: the next sign-in adds none.
    again = AuthService(site.paths, clock=clock).sign_in(ADMIN, ADMIN_PASS)
    try:
        later = AuditService(again.store).entries(again.actor, AuditFilter(action_prefix="login."))
    finally:
        again.store.close()
    assert len([e for e in later if e.outcome == "failed"]) == len(mine) + len(strangers)
