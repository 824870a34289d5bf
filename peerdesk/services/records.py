"""Writing synced records: one update stamp per user action, change log, audit, denials.

Every service that changes synced rows goes through ``RecordWriter`` so that stamps, the change
log sync reads, and the audit entries are written the same way everywhere.
"""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import date, datetime
from typing import Any, TypeVar, cast

from sqlalchemy import select
from sqlalchemy.orm import Session

from peerdesk.clock import Clock, iso, utcnow
from peerdesk.db import audit_log
from peerdesk.db.change_tracking import log_change, next_stamp
from peerdesk.db.models import ParticipantRow, SyncedMixin, UserRow
from peerdesk.db.store import Store
from peerdesk.db.uow import UnitOfWork
from peerdesk.domain.errors import NotFound, PermissionDenied
from peerdesk.domain.hlc import Stamp
from peerdesk.domain.roles import Action, Role
from peerdesk.services.access import require
from peerdesk.services.actor import Actor
from peerdesk.services.visibility import visible_participants

R = TypeVar("R", bound=SyncedMixin)


class RecordWriter:
    """Writes the synced rows of one user action under one update stamp."""

    def __init__(self, s: Session, actor: Actor, now: datetime) -> None:
        self.s = s
        self.actor = actor
        self.now = now
        self._stamp: Stamp | None = None

    @property
    def stamp(self) -> Stamp:
        if self._stamp is None:
            self._stamp = next_stamp(self.s, self.actor.site_id, self.now)
        return self._stamp

    def insert(self, row_type: type[R], **values: Any) -> R:
        """Add a new row with its sync columns filled; logs every field given."""
        at = iso(self.now)
        row = cast(
            R,
            cast(Any, row_type)(
                id=str(uuid.uuid4()),
                origin_site_id=self.actor.site_id,
                created_at=at,
                updated_at=at,
                stamp=str(self.stamp),
                deleted=False,
                **values,
            ),
        )
        self.s.add(row)
        self.s.flush()  # rows have no relationships, so flush in the order they are added
        log_change(self.s, cast(Any, row_type).__tablename__, row.id, self.stamp, list(values))
        return row

    def update(self, row: SyncedMixin, **values: Any) -> list[str]:
        """Set the values that differ; stamp and log them. Returns the changed field names."""
        changed = [k for k, v in values.items() if getattr(row, k) != v]
        for key in changed:
            setattr(row, key, values[key])
        if changed:
            row.stamp, row.updated_at = str(self.stamp), iso(self.now)
            log_change(self.s, cast(Any, row).__tablename__, row.id, self.stamp, changed)
        return changed

    def tombstone(self, row: SyncedMixin) -> None:
        row.deleted, row.stamp, row.updated_at = True, str(self.stamp), iso(self.now)
        log_change(self.s, cast(Any, row).__tablename__, row.id, self.stamp, [])

    def audit(self, action: str, object_type: str, object_id: str) -> None:
        audit_log.append(
            self.s,
            at=self.now,
            actor=self.actor.username,
            action=action,
            object_type=object_type,
            object_id=object_id,
        )


def deny(
    uow: UnitOfWork, actor: Actor, action: str, object_type: str, object_id: str, at: datetime
) -> PermissionDenied:
    """Queue an audited denial that survives the rollback; return the error to raise."""

    def write(session: Session) -> None:
        audit_log.append(
            session,
            at=at,
            actor=actor.username,
            action=action,
            object_type=object_type,
            object_id=object_id,
            outcome="denied",
        )

    uow.keep_after_rollback(write)
    return PermissionDenied(action, actor.role.value)


def permit(store: Store, actor: Actor, action: Action, object_type: str, clock: Clock) -> Actor:
    """``require`` the action, then return the actor with the role their account has now.

    A role can change while its user is signed in; rules decided in Python (note
    sensitivity, co-signature, corrections) then follow the current role, as
    ``require`` and ``visible_participants`` do.
    """
    require(store, actor, action, object_type=object_type, clock=clock)
    with store.uow(write=False) as uow:
        user = uow.session.get(UserRow, actor.user_id)
    if user is None or user.role == actor.role.value:
        return actor
    return replace(actor, role=Role(user.role))


class ServiceBase:
    """A service over one open store, with an injectable clock."""

    def __init__(self, store: Store, clock: Clock = utcnow) -> None:
        self.store = store
        self.clock = clock

    def _require(self, actor: Actor, action: Action, object_type: str, object_id: str = "") -> None:
        require(
            self.store,
            actor,
            action,
            object_type=object_type,
            object_id=object_id,
            clock=self.clock,
        )

    def _today(self) -> date:
        return self.clock().date()


def load_participant(s: Session, actor: Actor, participant_id: str) -> ParticipantRow:
    """The live participant ``participant_id`` if ``actor`` may see them, else ``NotFound``."""
    row = s.scalars(
        select(ParticipantRow).where(
            ParticipantRow.id == participant_id,
            ParticipantRow.deleted.is_(False),
            visible_participants(actor),
        )
    ).first()
    if row is None:
        raise NotFound("participant", participant_id)
    return row


def load_live(s: Session, model: type[R], row_id: str, kind: str) -> R:
    """The live (not tombstoned) row ``row_id`` of ``model``, else ``NotFound(kind)``."""
    row = s.scalars(select(model).where(model.id == row_id, model.deleted.is_(False))).first()
    if row is None:
        raise NotFound(kind, row_id)
    return row
