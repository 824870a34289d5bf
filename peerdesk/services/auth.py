"""Signing in: unwrap the data key from the user's slot, open the store, enforce lockout.

The same message is given for an unknown user name and a wrong passphrase, and unknown names
are counted and locked exactly like real ones, so nothing tells whether a name exists. Failed
attempts are kept in the key-slot file (the database cannot be opened without a passphrase)
and copied into the audit trail at the next successful sign-in.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from peerdesk.clock import Clock, utcnow
from peerdesk.db import audit_log, keyslots
from peerdesk.db.models import UserRow
from peerdesk.db.store import DataPaths, Store
from peerdesk.domain import lockout, recovery_code
from peerdesk.domain.errors import AccountLocked, AuthenticationFailed
from peerdesk.domain.roles import Role
from peerdesk.services.actor import RECOVERY_ACTOR, Actor

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


@dataclass
class SignedIn:
    """An open store and who opened it."""

    store: Store
    actor: Actor
    must_change_passphrase: bool


_AUDIT_ACTION = {"failed": "login.failed", "locked": "login.locked", "refused": "login.refused"}


class AuthService:
    """Sign-in against one data directory."""

    def __init__(self, paths: DataPaths, clock: Clock = utcnow) -> None:
        self.paths = paths
        self.clock = clock

    @property
    def slots_path(self) -> Path:
        """The key-slot file sign-in reads and updates (lockout counters)."""
        return self.paths.slots

    def _fail(self, slots: keyslots.KeySlots, lookup: str) -> None:
        now = self.clock()
        state = lockout.record_failure(slots.guard(lookup), now)
        slots.set_guard(lookup, state)
        keyslots.save(self.paths.slots, slots)
        left = lockout.minutes_left(state, now)
        if left:
            raise AccountLocked(left)
        raise AuthenticationFailed()

    def _check_not_locked(self, slots: keyslots.KeySlots, lookup: str) -> None:
        now = self.clock()
        state = slots.guard(lookup)
        left = lockout.minutes_left(state, now)
        if left:
            slots.set_guard(lookup, lockout.record_refused(state, now))
            keyslots.save(self.paths.slots, slots)
            raise AccountLocked(left)

    @keyslots.slots_locked
    def sign_in(self, username: str, passphrase: str) -> SignedIn:
        """Open the store as ``username``.

        Raises:
            AuthenticationFailed, AccountLocked, StoreNotInitialized, KeySlotsDamaged,
            StoreDamaged, NewerSchema.
        """
        self.paths.require_initialized()
        slots = keyslots.load(self.paths.slots)
        lookup = slots.lookup_for(username)
        self._check_not_locked(slots, lookup)
        slot = slots.slots.get(lookup)
        if slot is None:
            # Spend the same time as a real attempt so timing does not reveal the name.
            keyslots.derive_kek(passphrase, b"\0" * 16, keyslots.kdf_for_new_slots())
            self._fail(slots, lookup)
        assert slot is not None
        data_key = slot.unwrap(passphrase)
        if data_key is None:
            self._fail(slots, lookup)
        assert data_key is not None
        store = Store.open(self.paths, data_key)
        try:
            name = keyslots.normalize_username(username)
            with store.uow(write=False) as uow:
                from sqlalchemy import select

                user = uow.session.scalars(select(UserRow).where(UserRow.username == name)).first()
                site_id = _local_site_id(uow.session)
            if user is None or not user.active:
                store.close()
                self._fail(slots, lookup)
            assert user is not None
            actor = Actor(user.id, user.username, Role(user.role), site_id)
            slots.set_guard(lookup, lockout.record_success(slots.guard(lookup)))
            self._flush_pending(store, slots)
            with store.uow() as uow:
                audit_log.append(
                    uow.session,
                    at=self.clock(),
                    actor=actor.username,
                    action="login.ok",
                    object_type="user",
                    object_id=actor.user_id,
                )
        except BaseException:
            store.close()
            raise
        return SignedIn(store, actor, user.must_change_passphrase)

    @keyslots.slots_locked
    def sign_in_with_recovery(self, code: str) -> Store:
        """Open the store with the printed recovery code (for resetting a passphrase)."""
        self.paths.require_initialized()
        slots = keyslots.load(self.paths.slots)
        lookup = keyslots.RECOVERY_LOOKUP
        self._check_not_locked(slots, lookup)
        canonical = recovery_code.canonical(code)
        slot = slots.slots.get(lookup)
        data_key = slot.unwrap(canonical) if (slot is not None and canonical) else None
        if data_key is None:
            self._fail(slots, lookup)
        assert data_key is not None
        store = Store.open(self.paths, data_key)
        try:
            slots.set_guard(lookup, lockout.record_success(slots.guard(lookup)))
            self._flush_pending(store, slots)
            with store.uow() as uow:
                audit_log.append(
                    uow.session,
                    at=self.clock(),
                    actor=RECOVERY_ACTOR,
                    action="login.recovery_code",
                    object_type="site",
                    object_id=_local_site_id(uow.session),
                )
        except BaseException:
            store.close()
            raise
        return store

    def _flush_pending(self, store: Store, slots: keyslots.KeySlots) -> None:
        """Copy failed-attempt events from the key-slot file into the audit trail."""
        from sqlalchemy import select

        if not any(g.pending for g in slots.guards.values()):
            keyslots.save(self.paths.slots, slots)
            return
        with store.uow() as uow:
            users = {slots.lookup_for(u.username): u for u in uow.session.scalars(select(UserRow))}
            for lookup, state in sorted(slots.guards.items()):
                user = users.get(lookup)
                for at, kind in state.pending:
                    if lookup == keyslots.RECOVERY_LOOKUP:
                        actor, obj_type, obj_id = RECOVERY_ACTOR, "site", ""
                    elif user is not None:
                        actor, obj_type, obj_id = user.username, "user", user.id
                    else:
                        # An unknown name is recorded by an opaque id, never as typed.
                        actor, obj_type, obj_id = "-", "unknown_user", lookup[:16]
                    audit_log.append(
                        uow.session,
                        at=at,
                        actor=actor,
                        action=_AUDIT_ACTION.get(kind, "login.failed"),
                        object_type=obj_type,
                        object_id=obj_id,
                        outcome="failed",
                    )
        now = self.clock()
        for lookup, state in list(slots.guards.items()):
            cleared = lockout.LockoutState(state.failures, state.locked_until)
            if lockout.is_idle(cleared, now):
                del slots.guards[lookup]
            else:
                slots.guards[lookup] = cleared
        keyslots.save(self.paths.slots, slots)


def _local_site_id(session: Session) -> str:
    from sqlalchemy import select

    from peerdesk.db.models import SiteRow

    site_id = session.scalars(select(SiteRow.id).where(SiteRow.is_local.is_(True))).first()
    return site_id or ""
