"""Account management: each change works, is audited, and bad input changes nothing."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import pytest

from peerdesk.domain.errors import (
    AuthenticationFailed,
    NotFound,
    PermissionDenied,
    ValidationError,
)
from peerdesk.domain.roles import Role
from peerdesk.services.audit import AuditFilter, AuditService
from peerdesk.services.auth import AuthService, SignedIn
from peerdesk.services.users import UserInfo, UserService
from tests.conftest import ADMIN, ADMIN_PASS, USER_PASS, Site

NEW_PASS = "quiet meadow after rainfall"
OTHER_PASS = "copper kettle whistles loudly"


@dataclass
class Desk:
    """A site with a signed-in coordinator, and shortcuts to check outcomes."""

    site: Site
    signed: SignedIn

    @property
    def users(self) -> UserService:
        return UserService(self.signed.store)

    def add(self, name: str, role: str = "peer_educator", passphrase: str = USER_PASS) -> UserInfo:
        return self.users.add_user(self.signed.actor, name, role, passphrase)

    def info(self, name: str) -> UserInfo:
        [found] = [u for u in self.users.list_users(self.signed.actor) if u.username == name]
        return found

    def info_as(self, signed: SignedIn, name: str) -> UserInfo:
        """The account ``name`` as seen through another open session."""
        users = UserService(signed.store).list_users(signed.actor)
        [found] = [u for u in users if u.username == name]
        return found

    def names(self) -> list[str]:
        return [u.username for u in self.users.list_users(self.signed.actor)]

    def last_audit(self) -> tuple[str, str, str, str]:
        [e] = AuditService(self.signed.store).entries(self.signed.actor, AuditFilter(limit=1))
        return e.actor, e.action, e.object_type, e.object_id

    def audit_count(self) -> int:
        return len(AuditService(self.signed.store).entries(self.signed.actor, AuditFilter()))

    def state(self) -> tuple[list[UserInfo], bytes, int]:
        return (
            self.users.list_users(self.signed.actor),
            self.site.paths.slots.read_bytes(),
            self.audit_count(),
        )

    def can_sign_in(self, name: str, passphrase: str) -> bool:
        try:
            AuthService(self.site.paths).sign_in(name, passphrase).store.close()
        except AuthenticationFailed:
            return False
        return True

    def session(self, name: str, passphrase: str = USER_PASS) -> SignedIn:
        return AuthService(self.site.paths).sign_in(name, passphrase)


@pytest.fixture
def desk(site: Site) -> Iterator[Desk]:
    signed = site.sign_in()
    yield Desk(site, signed)
    signed.store.close()


# --- add and list -----------------------------------------------------------------------------
def test_add_user_creates_account_slot_and_audit(desk: Desk) -> None:
    info = desk.add("Jose.R", "reentry_staff")
    assert (info.username, info.role, info.active) == ("jose.r", Role.REENTRY_STAFF, True)
    assert info.must_change_passphrase
    assert desk.info("jose.r") == UserInfo(
        info.user_id, "jose.r", Role.REENTRY_STAFF, True, 0, True
    )
    assert desk.last_audit() == (ADMIN, "user.add", "user", info.user_id)
    assert desk.signed.store.load_slots().has_user_slot("jose.r")
    assert desk.can_sign_in("JOSE.R", USER_PASS)


def test_list_is_sorted_and_complete(desk: Desk) -> None:
    for name in ("zed", "amy", "kim"):
        desk.add(name)
    assert desk.names() == ["amy", "kim", ADMIN, "zed"]


@pytest.mark.parametrize(
    ("name", "role", "passphrase", "field"),
    [
        ("maria", "auditor", USER_PASS, "username"),  # the coordinator's own name
        ("MARIA", "auditor", USER_PASS, "username"),  # same name, other case
        ("two words", "auditor", USER_PASS, "username"),
        ("x", "auditor", USER_PASS, "username"),
        ("-dash", "auditor", USER_PASS, "username"),
        ("a" * 33, "auditor", USER_PASS, "username"),
        ("jose", "warden", USER_PASS, "role"),
        ("jose", "auditor", "short words", "passphrase"),
        ("jose", "auditor", "passwordpassword", "passphrase"),
        ("jose", "auditor", "mailcreated5240", "passphrase"),
        ("jose", "auditor", "jose jose jose jose", "passphrase"),
    ],
)
def test_add_user_rejects_bad_input_and_changes_nothing(
    desk: Desk, name: str, role: str, passphrase: str, field: str
) -> None:
    before = desk.state()
    with pytest.raises(ValidationError) as err:
        desk.add(name, role, passphrase)
    assert err.value.field == field
    assert desk.state() == before


# --- disable ----------------------------------------------------------------------------------
def test_disabled_user_cannot_sign_in_and_loses_the_slot(desk: Desk) -> None:
    info = desk.add("jose")
    assert desk.can_sign_in("jose", USER_PASS)
    desk.users.disable_user(desk.signed.actor, "jose")
    assert desk.last_audit() == (ADMIN, "user.disable", "user", info.user_id)
    assert not desk.info("jose").active
    assert not desk.signed.store.load_slots().has_user_slot("jose")
    with pytest.raises(AuthenticationFailed):
        desk.session("jose")


def test_disable_refuses_self_twice_and_unknown(desk: Desk) -> None:
    desk.add("jose")
    desk.users.disable_user(desk.signed.actor, "jose")
    before = desk.state()
    with pytest.raises(ValidationError, match="own account"):
        desk.users.disable_user(desk.signed.actor, ADMIN)
    with pytest.raises(ValidationError, match="already disabled"):
        desk.users.disable_user(desk.signed.actor, "jose")
    with pytest.raises(NotFound):
        desk.users.disable_user(desk.signed.actor, "nobody")
    assert desk.state() == before


def test_a_disabled_coordinators_open_session_loses_its_powers_at_once(desk: Desk) -> None:
    desk.add("ana", "coordinator")
    ana = desk.session("ana")
    try:
        # Ana disables maria; maria's still-open session can no longer manage accounts.
        UserService(ana.store).disable_user(ana.actor, ADMIN)
        with pytest.raises(PermissionDenied):
            desk.users.disable_user(desk.signed.actor, "ana")
        assert desk.info_as(ana, "ana").active
        # Ana is now the last active coordinator: she cannot step down.
        with pytest.raises(ValidationError, match="last active coordinator"):
            UserService(ana.store).change_role(ana.actor, "ana", "auditor")
    finally:
        ana.store.close()


# --- unlock, reset ----------------------------------------------------------------------------
def test_unlock_is_audited_and_unknown_is_not_found(desk: Desk) -> None:
    info = desk.add("jose")
    desk.users.unlock_user(desk.signed.actor, "jose")
    assert desk.last_audit() == (ADMIN, "user.unlock", "user", info.user_id)
    with pytest.raises(NotFound):
        desk.users.unlock_user(desk.signed.actor, "nobody")


def test_reset_replaces_the_passphrase_and_forces_a_change(desk: Desk) -> None:
    info = desk.add("jose")
    desk.session("jose").store.close()
    desk.users.reset_passphrase(desk.signed.actor, "jose", NEW_PASS)
    assert desk.last_audit() == (ADMIN, "user.reset_passphrase", "user", info.user_id)
    assert not desk.can_sign_in("jose", USER_PASS)
    signed = desk.session("jose", NEW_PASS)
    signed.store.close()
    assert signed.must_change_passphrase
    assert desk.info("jose").must_change_passphrase


@pytest.mark.parametrize(
    ("name", "passphrase", "error"),
    [
        ("nobody", NEW_PASS, NotFound),
        ("jose", "too short", ValidationError),
        ("jose", "1qaz2wsx3edc4rfv", ValidationError),
        ("gone", NEW_PASS, ValidationError),  # disabled
    ],
)
def test_reset_rejects_and_changes_nothing(
    desk: Desk, name: str, passphrase: str, error: type[Exception]
) -> None:
    desk.add("jose")
    desk.add("gone")
    desk.users.disable_user(desk.signed.actor, "gone")
    before = desk.state()
    with pytest.raises(error):
        desk.users.reset_passphrase(desk.signed.actor, name, passphrase)
    assert desk.state() == before
    assert desk.can_sign_in("jose", USER_PASS)


# --- change own passphrase --------------------------------------------------------------------
def test_change_own_passphrase_clears_the_flag(desk: Desk) -> None:
    info = desk.add("jose")
    jose = desk.session("jose")
    try:
        assert jose.must_change_passphrase
        UserService(jose.store).change_own_passphrase(jose.actor, USER_PASS, NEW_PASS)
    finally:
        jose.store.close()
    assert desk.last_audit() == ("jose", "account.passphrase_change", "user", info.user_id)
    assert not desk.info("jose").must_change_passphrase
    assert not desk.can_sign_in("jose", USER_PASS)
    again = desk.session("jose", NEW_PASS)
    again.store.close()
    assert not again.must_change_passphrase


@pytest.mark.parametrize(
    ("current", "new", "field"),
    [
        (OTHER_PASS, NEW_PASS, "current"),  # wrong current passphrase
        (USER_PASS, USER_PASS, "passphrase"),  # same as before
        (USER_PASS, "passwordpassword", "passphrase"),
        (USER_PASS, "jose jose jose jose", "passphrase"),
    ],
)
def test_change_own_passphrase_rejects(desk: Desk, current: str, new: str, field: str) -> None:
    desk.add("jose")
    jose = desk.session("jose")
    try:
        before = desk.state()
        with pytest.raises(ValidationError) as err:
            UserService(jose.store).change_own_passphrase(jose.actor, current, new)
        assert err.value.field == field
        assert desk.state() == before
    finally:
        jose.store.close()
    assert desk.can_sign_in("jose", USER_PASS)


def test_coordinator_changes_own_passphrase(desk: Desk) -> None:
    desk.users.change_own_passphrase(desk.signed.actor, ADMIN_PASS, NEW_PASS)
    assert desk.can_sign_in(ADMIN, NEW_PASS)
    assert not desk.can_sign_in(ADMIN, ADMIN_PASS)


# --- roles ------------------------------------------------------------------------------------
def test_change_role_is_applied_and_audited(desk: Desk) -> None:
    info = desk.add("jose")
    desk.users.change_role(desk.signed.actor, "jose", "auditor")
    assert desk.info("jose").role == Role.AUDITOR
    assert desk.last_audit() == (ADMIN, "user.role_change", "user", info.user_id)
    jose = desk.session("jose")
    jose.store.close()
    assert jose.actor.role == Role.AUDITOR


def test_change_role_to_the_same_role_writes_nothing(desk: Desk) -> None:
    desk.add("jose")
    before = desk.state()
    desk.users.change_role(desk.signed.actor, "jose", "peer_educator")
    assert desk.state() == before


@pytest.mark.parametrize(
    ("name", "role", "error"),
    [
        ("nobody", "auditor", NotFound),
        ("jose", "warden", ValidationError),
        (ADMIN, "auditor", ValidationError),  # the last active coordinator
    ],
)
def test_change_role_rejects(desk: Desk, name: str, role: str, error: type[Exception]) -> None:
    desk.add("jose")
    before = desk.state()
    with pytest.raises(error):
        desk.users.change_role(desk.signed.actor, name, role)
    assert desk.state() == before


def test_a_second_coordinator_allows_demotion(desk: Desk) -> None:
    desk.add("ana", "coordinator")
    desk.users.change_role(desk.signed.actor, ADMIN, "auditor")
    assert desk.info(ADMIN).role == Role.AUDITOR
    # The demotion takes effect at once, even in maria's open session.
    with pytest.raises(PermissionDenied):
        desk.users.change_role(desk.signed.actor, "ana", "auditor")
