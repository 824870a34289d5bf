"""The permission matrix, and its enforcement: every denial raises and is audited."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from peerdesk.db.engine import connect_raw
from peerdesk.db.store import DataPaths, Store
from peerdesk.domain.errors import PermissionDenied
from peerdesk.domain.roles import PERMISSIONS, READ_ONLY_ACTIONS, Action, Role, is_allowed
from peerdesk.services.access import require
from peerdesk.services.actor import Actor
from peerdesk.services.audit import AuditFilter, AuditService
from peerdesk.services.auth import AuthService, SignedIn
from peerdesk.services.site_setup import initialize_site
from peerdesk.services.users import UserService
from tests.conftest import ADMIN, ADMIN_PASS, USER_PASS, Site, add_user

# The matrix as specified, written out independently of peerdesk/domain/roles.py.
_COMMON = {"site.view", "account.change_own_passphrase"}
EXPECTED: dict[Role, set[str]] = {
    Role.COORDINATOR: {a.value for a in Action},
    Role.PEER_EDUCATOR: _COMMON
    | {
        "participant.view_assigned",
        "match.view",
        "session.view",
        "session.record",
        "note.write",
        "note.read_general",
    },
    Role.REENTRY_STAFF: _COMMON
    | {
        "user.list",
        "participant.view_all",
        "participant.edit",
        "mentor.view",
        "match.view",
        "match.manage",
        "group.manage",
        "session.view",
        "session.record",
        "note.write",
        "note.read_general",
        "note.read_sensitive",
        "note.read_sud",
        "consent.manage",
        "referral.manage",
        "incentive.manage",
        "outcome.record",
        "report.run",
        "export.csv",
        "bundle.export",
        "bundle.import",
        "conflict.resolve",
    },
    Role.AUDITOR: _COMMON
    | {
        "user.list",
        "audit.view",
        "audit.verify",
        "participant.view_all",
        "mentor.view",
        "match.view",
        "session.view",
        "report.run",
    },
}
PAIRS = [(role, action) for role in Role for action in Action]
USERNAMES = {
    Role.COORDINATOR: ADMIN,
    Role.PEER_EDUCATOR: "pe.jose",
    Role.REENTRY_STAFF: "rs.lena",
    Role.AUDITOR: "au.kim",
}
NON_COORDINATORS = [Role.PEER_EDUCATOR, Role.REENTRY_STAFF, Role.AUDITOR]


# --- the matrix as data -----------------------------------------------------------------------
def test_matrix_covers_every_role_and_only_known_actions() -> None:
    assert set(PERMISSIONS) == set(Role)
    for role, actions in PERMISSIONS.items():
        assert actions <= set(Action), role


@pytest.mark.parametrize(("role", "action"), PAIRS, ids=[f"{r}-{a}" for r, a in PAIRS])
def test_is_allowed_matches_matrix(role: Role, action: Action) -> None:
    assert is_allowed(role, action) is (action.value in EXPECTED[role])
    assert is_allowed(role, action) is (action in PERMISSIONS[role])


def test_coordinator_has_every_action() -> None:
    assert PERMISSIONS[Role.COORDINATOR] == frozenset(Action)


def test_auditor_changes_nothing_but_their_own_passphrase() -> None:
    # Everyone must be able to replace the passphrase a coordinator set for them; apart from
    # that, an auditor only reads, and reads no notes.
    writes = PERMISSIONS[Role.AUDITOR] - READ_ONLY_ACTIONS
    assert writes == {Action.ACCOUNT_CHANGE_OWN_PASSPHRASE}
    assert not {a for a in PERMISSIONS[Role.AUDITOR] if a.value.startswith("note.")}


def test_every_role_may_view_site_and_change_own_passphrase() -> None:
    for role in Role:
        assert {Action.SITE_VIEW, Action.ACCOUNT_CHANGE_OWN_PASSPHRASE} <= PERMISSIONS[role]


# --- enforcement against a real store ---------------------------------------------------------
@dataclass
class World:
    """One site with a signed-in user of every role, and a raw reader of the audit log."""

    signed: dict[Role, SignedIn]
    raw: Any
    paths: DataPaths

    def actor(self, role: Role) -> Actor:
        return self.signed[role].actor

    def store(self, role: Role) -> Store:
        return self.signed[role].store

    def audit_rows(self) -> list[tuple[Any, ...]]:
        return self.raw.execute(
            "SELECT seq, actor, action, object_type, outcome FROM audit_log ORDER BY seq"
        ).fetchall()


def _build_world(root: Path) -> World:
    paths = DataPaths(root)
    initialize_site(
        paths,
        site_name="Riverside Unit",
        site_kind="facility",
        admin_username=ADMIN,
        admin_passphrase=ADMIN_PASS,
    )
    signed = {Role.COORDINATOR: AuthService(paths).sign_in(ADMIN, ADMIN_PASS)}
    for role in NON_COORDINATORS:
        add_user(signed[Role.COORDINATOR], USERNAMES[role], role.value)
        signed[role] = AuthService(paths).sign_in(USERNAMES[role], USER_PASS)
    raw = connect_raw(paths.db, signed[Role.COORDINATOR].store.data_key)
    return World(signed, raw, paths)


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    w = _build_world(tmp_path_factory.mktemp("roles") / "data")
    yield w
    w.raw.close()
    for s in w.signed.values():
        s.store.close()


@pytest.mark.parametrize(("role", "action"), PAIRS, ids=[f"{r}-{a}" for r, a in PAIRS])
def test_require_allows_or_denies_and_audits(world: World, role: Role, action: Action) -> None:
    before = world.audit_rows()
    actor = world.actor(role)
    if action.value in EXPECTED[role]:
        assert require(world.store(role), actor, action, object_type="user") is None
        assert world.audit_rows() == before
        return
    with pytest.raises(PermissionDenied) as err:
        require(world.store(role), actor, action, object_type="user")
    assert (err.value.action, err.value.role) == (action.value, role.value)
    after = world.audit_rows()
    # Read through a separate connection: the denial is committed, not pending.
    assert after[:-1] == before
    assert after[-1] == (len(before) + 1, actor.username, action.value, "user", "denied")
    # And the service-level reader sees it too.
    newest = AuditService(world.store(Role.COORDINATOR)).entries(
        world.actor(Role.COORDINATOR), AuditFilter(limit=1)
    )[0]
    assert (newest.action, newest.outcome, newest.actor) == (
        action.value,
        "denied",
        actor.username,
    )


def test_denial_survives_the_callers_rollback(site: Site) -> None:
    """The docstring of require(): the denial is committed in its own transaction."""
    signed = site.sign_in()
    add_user(signed, "au.kim", Role.AUDITOR.value)
    auditor = AuthService(site.paths).sign_in("au.kim", USER_PASS)
    try:
        with pytest.raises(PermissionDenied), auditor.store.uow() as uow:
            # The caller's unit of work is open and has read something.
            uow.session.execute(text("SELECT count(*) FROM users")).scalar_one()
            require(auditor.store, auditor.actor, Action.USER_MANAGE)
        rows = AuditService(signed.store).entries(signed.actor, AuditFilter(limit=1))
        assert (rows[0].action, rows[0].outcome) == ("user.manage", "denied")
    finally:
        auditor.store.close()
        signed.store.close()


# --- service-level denials change nothing -----------------------------------------------------
def _snapshot(world: World) -> tuple[list[tuple[Any, ...]], bytes]:
    users = world.raw.execute(
        "SELECT username, role, active, must_change_passphrase FROM users ORDER BY username"
    ).fetchall()
    return users, world.paths.slots.read_bytes()


def _user_call(name: str) -> Callable[[Store, Actor], object]:
    calls: dict[str, Callable[[UserService, Actor], object]] = {
        "add_user": lambda s, a: s.add_user(a, "new.one", "auditor", "quiet meadow after rainfall"),
        "disable_user": lambda s, a: s.disable_user(a, USERNAMES[Role.PEER_EDUCATOR]),
        "unlock_user": lambda s, a: s.unlock_user(a, USERNAMES[Role.PEER_EDUCATOR]),
        "reset_passphrase": lambda s, a: s.reset_passphrase(
            a, ADMIN, "quiet meadow after rainfall"
        ),
        "change_role": lambda s, a: s.change_role(a, ADMIN, "auditor"),
        "list_users": lambda s, a: s.list_users(a),
    }
    fn = calls[name]
    return lambda store, actor: fn(UserService(store), actor)


def _audit_call(name: str) -> Callable[[Store, Actor], object]:
    if name == "verify":
        return lambda store, actor: AuditService(store).verify(actor)
    return lambda store, actor: AuditService(store).entries(actor, AuditFilter())


SERVICE_CASES = [
    (f"users.{m}", _user_call(m), action)
    for m, action in (
        ("add_user", "user.manage"),
        ("disable_user", "user.manage"),
        ("unlock_user", "user.manage"),
        ("reset_passphrase", "user.manage"),
        ("change_role", "user.manage"),
        ("list_users", "user.list"),
    )
] + [
    ("audit.verify", _audit_call("verify"), "audit.verify"),
    ("audit.entries", _audit_call("entries"), "audit.view"),
]
SERVICE_PAIRS = [(role, case) for role in NON_COORDINATORS for case in SERVICE_CASES]


@pytest.mark.parametrize(
    ("role", "case"), SERVICE_PAIRS, ids=[f"{r}-{c[0]}" for r, c in SERVICE_PAIRS]
)
def test_service_calls_enforce_the_matrix(
    world: World, role: Role, case: tuple[str, Callable[[Store, Actor], object], str]
) -> None:
    _, call, action = case
    if action in EXPECTED[role]:
        # Allowed calls (all read-only here) work and return real results.
        result: Any = call(world.store(role), world.actor(role))
        assert result.ok if hasattr(result, "ok") else len(result) > 0
        return
    users_before, slots_before = _snapshot(world)
    audit_before = world.audit_rows()
    with pytest.raises(PermissionDenied) as err:
        call(world.store(role), world.actor(role))
    assert err.value.action == action
    users_after, slots_after = _snapshot(world)
    assert users_after == users_before
    assert slots_after == slots_before
    added = world.audit_rows()[len(audit_before) :]
    assert [(r[1], r[2], r[4]) for r in added] == [(USERNAMES[role], action, "denied")]
