"""Accounts: add, list, disable, unlock, reset and change passphrases, change roles."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from peerdesk.clock import Clock, iso, utcnow
from peerdesk.db import audit_log, keyslots
from peerdesk.db.models import UserRow
from peerdesk.db.store import Store
from peerdesk.domain import lockout
from peerdesk.domain.errors import NotFound, ValidationError
from peerdesk.domain.passphrase_policy import check_passphrase
from peerdesk.domain.roles import Action, Role
from peerdesk.services import validation
from peerdesk.services.access import require
from peerdesk.services.actor import Actor


@dataclass(frozen=True)
class UserInfo:
    user_id: str
    username: str
    role: Role
    active: bool
    locked_minutes: int
    must_change_passphrase: bool


class UserService:
    """Account management for one open store."""

    def __init__(self, store: Store, clock: Clock = utcnow) -> None:
        self.store = store
        self.clock = clock

    @property
    def slots_path(self) -> Path:
        """The key-slot file account changes read and write (under its lock)."""
        return self.store.paths.slots

    # --- helpers -------------------------------------------------------------------------
    def _audit(self, s: Session, actor: str, action: str, user_id: str) -> None:
        audit_log.append(
            s, at=self.clock(), actor=actor, action=action, object_type="user", object_id=user_id
        )

    @staticmethod
    def _get(s: Session, username: str) -> UserRow:
        name = keyslots.normalize_username(username)
        row = s.scalars(select(UserRow).where(UserRow.username == name)).first()
        if row is None:
            raise NotFound("user", name)
        return row

    def _site_words(self, s: Session | None = None) -> list[str]:
        """The local site's name, as words a passphrase must not be made of."""
        from peerdesk.db.models import SiteRow

        stmt = select(SiteRow.name).where(SiteRow.is_local.is_(True))
        if s is not None:
            name = s.scalar(stmt)
        else:
            with self.store.uow(write=False) as uow:
                name = uow.session.scalar(stmt)
        return (name or "").split()

    @staticmethod
    def _active_coordinators(s: Session) -> int:
        return (
            s.scalar(
                select(func.count())
                .select_from(UserRow)
                .where(UserRow.role == Role.COORDINATOR.value, UserRow.active.is_(True))
            )
            or 0
        )

    # --- queries -------------------------------------------------------------------------
    def list_users(self, actor: Actor) -> list[UserInfo]:
        require(self.store, actor, Action.USER_LIST, clock=self.clock)
        slots = self.store.load_slots()
        now = self.clock()
        with self.store.uow(write=False) as uow:
            rows = list(uow.session.scalars(select(UserRow).order_by(UserRow.username)))
        return [
            UserInfo(
                r.id,
                r.username,
                Role(r.role),
                r.active,
                lockout.minutes_left(slots.guard(slots.lookup_for(r.username)), now),
                r.must_change_passphrase,
            )
            for r in rows
        ]

    # --- changes ---------------------------------------------------------------------------
    @keyslots.slots_locked
    def add_user(self, actor: Actor, username: str, role: str, passphrase: str) -> UserInfo:
        """Create an account with its key slot; the person should change the passphrase."""
        require(self.store, actor, Action.USER_MANAGE, object_type="user", clock=self.clock)
        name = validation.username(username)
        new_role = validation.role(role)
        phrase = check_passphrase(passphrase, context=(name, *self._site_words()))
        slots = self.store.load_slots()
        stamp = iso(self.clock())
        with self.store.uow() as uow:
            s = uow.session
            exists = s.scalars(select(UserRow.id).where(UserRow.username == name)).first()
            if exists:
                raise ValidationError("username", f"The user name '{name}' is already taken.")
            row = UserRow(
                id=str(uuid.uuid4()),
                username=name,
                role=new_role.value,
                active=True,
                must_change_passphrase=True,
                created_at=stamp,
                updated_at=stamp,
            )
            s.add(row)
            s.flush()
            self._audit(s, actor.username, "user.add", row.id)
            slots.set_user_slot(name, phrase, self.store.data_key)
            self.store.save_slots(slots)
        return UserInfo(row.id, name, new_role, True, 0, True)

    @keyslots.slots_locked
    def disable_user(self, actor: Actor, username: str) -> None:
        """Disable an account and destroy its key slot, so its passphrase opens nothing."""
        require(self.store, actor, Action.USER_MANAGE, object_type="user", clock=self.clock)
        slots = self.store.load_slots()
        with self.store.uow() as uow:
            s = uow.session
            row = self._get(s, username)
            if row.id == actor.user_id:
                raise ValidationError("username", "You cannot disable your own account.")
            if not row.active:
                raise ValidationError("username", f"'{row.username}' is already disabled.")
            if row.role == Role.COORDINATOR.value and self._active_coordinators(s) <= 1:
                raise ValidationError("username", "The last active coordinator cannot be disabled.")
            row.active = False
            row.updated_at = iso(self.clock())
            self._audit(s, actor.username, "user.disable", row.id)
            s.flush()
            slots.remove_user_slot(row.username)
            self.store.save_slots(slots)

    @keyslots.slots_locked
    def unlock_user(self, actor: Actor, username: str) -> None:
        """End a sign-in lockout early."""
        require(self.store, actor, Action.USER_MANAGE, object_type="user", clock=self.clock)
        slots = self.store.load_slots()
        with self.store.uow() as uow:
            row = self._get(uow.session, username)
            self._audit(uow.session, actor.username, "user.unlock", row.id)
            lookup = slots.lookup_for(row.username)
            old = slots.guard(lookup)
            slots.set_guard(lookup, lockout.LockoutState(pending=old.pending))
            self.store.save_slots(slots)

    def reset_passphrase(self, actor: Actor, username: str, new_passphrase: str) -> None:
        """A coordinator sets a new passphrase for someone (rewraps their slot)."""
        require(self.store, actor, Action.USER_MANAGE, object_type="user", clock=self.clock)
        self._set_passphrase(actor.username, username, new_passphrase, "user.reset_passphrase")

    def reset_with_recovery(self, username: str, new_passphrase: str) -> None:
        """Set a passphrase after signing in with the recovery code (store opened by it)."""
        from peerdesk.services.actor import RECOVERY_ACTOR

        self._set_passphrase(RECOVERY_ACTOR, username, new_passphrase, "user.reset_passphrase")

    @keyslots.slots_locked
    def _set_passphrase(self, by: str, username: str, new_passphrase: str, action: str) -> None:
        slots = self.store.load_slots()
        with self.store.uow() as uow:
            s = uow.session
            row = self._get(s, username)
            if not row.active:
                raise ValidationError("username", f"'{row.username}' is disabled.")
            phrase = check_passphrase(new_passphrase, context=(row.username, *self._site_words(s)))
            row.must_change_passphrase = by != row.username
            row.updated_at = iso(self.clock())
            self._audit(s, by, action, row.id)
            s.flush()
            slots.set_user_slot(row.username, phrase, self.store.data_key)
            lookup = slots.lookup_for(row.username)
            slots.set_guard(lookup, lockout.LockoutState(pending=slots.guard(lookup).pending))
            self.store.save_slots(slots)

    @keyslots.slots_locked
    def change_own_passphrase(self, actor: Actor, current: str, new_passphrase: str) -> None:
        """The signed-in user replaces their passphrase; the current one must be right."""
        require(self.store, actor, Action.ACCOUNT_CHANGE_OWN_PASSPHRASE, clock=self.clock)
        slots = self.store.load_slots()
        slot = slots.slots.get(slots.lookup_for(actor.username))
        if slot is None or slot.unwrap(current) != self.store.data_key:
            raise ValidationError("current", "The current passphrase is not right.")
        if current == new_passphrase:
            raise ValidationError(
                "passphrase", "Choose a passphrase different from the current one."
            )
        self._set_passphrase(
            actor.username, actor.username, new_passphrase, "account.passphrase_change"
        )

    def change_role(self, actor: Actor, username: str, role: str) -> None:
        require(self.store, actor, Action.USER_MANAGE, object_type="user", clock=self.clock)
        new_role = validation.role(role)
        with self.store.uow() as uow:
            s = uow.session
            row = self._get(s, username)
            if row.role == new_role.value:
                return
            if (
                row.role == Role.COORDINATOR.value
                and row.active
                and self._active_coordinators(s) <= 1
            ):
                raise ValidationError("role", "The last active coordinator must stay coordinator.")
            row.role = new_role.value
            row.updated_at = iso(self.clock())
            self._audit(s, actor.username, "user.role_change", row.id)
