"""Reading and verifying the audit trail, and recording events from other layers."""

from __future__ import annotations

from dataclasses import dataclass

from peerdesk.clock import Clock, utcnow
from peerdesk.db import audit_log
from peerdesk.db.store import Store
from peerdesk.domain.audit_chain import AuditRecord, ChainVerdict, verify_chain
from peerdesk.domain.roles import Action
from peerdesk.services.access import require
from peerdesk.services.actor import Actor


@dataclass(frozen=True)
class AuditFilter:
    actor: str | None = None
    action_prefix: str | None = None
    since: str | None = None  # ISO date or instant, inclusive
    until: str | None = None  # ISO date or instant, exclusive
    limit: int = 500


class AuditService:
    def __init__(self, store: Store, clock: Clock = utcnow) -> None:
        self.store = store
        self.clock = clock

    def record(self, actor: Actor, action: str, object_type: str = "", object_id: str = "") -> None:
        """Write one event in its own transaction (lock, unlock, window events)."""
        with self.store.uow() as uow:
            audit_log.append(
                uow.session,
                at=self.clock(),
                actor=actor.username,
                action=action,
                object_type=object_type,
                object_id=object_id,
            )

    def verify(self, actor: Actor) -> ChainVerdict:
        """Check the whole chain; the check itself is audited (after reading)."""
        require(self.store, actor, Action.AUDIT_VERIFY, clock=self.clock)
        with self.store.uow(write=False) as uow:
            verdict = verify_chain(
                audit_log.iter_records(uow.session), head=audit_log.read_head(uow.session)
            )
        self.record(actor, "audit.verify", "audit", "ok" if verdict.ok else "broken")
        return verdict

    def entries(self, actor: Actor, flt: AuditFilter) -> list[AuditRecord]:
        """Newest first, filtered in SQL."""
        from sqlalchemy import select

        from peerdesk.db.models import AuditRow

        require(self.store, actor, Action.AUDIT_VIEW, clock=self.clock)
        stmt = select(AuditRow).order_by(AuditRow.seq.desc()).limit(max(1, min(flt.limit, 10_000)))
        if flt.actor:
            stmt = stmt.where(AuditRow.actor == flt.actor)
        if flt.action_prefix:
            stmt = stmt.where(AuditRow.action.startswith(flt.action_prefix, autoescape=True))
        if flt.since:
            stmt = stmt.where(AuditRow.at >= flt.since)
        if flt.until:
            stmt = stmt.where(AuditRow.at < flt.until)
        with self.store.uow(write=False) as uow:
            rows = list(uow.session.scalars(stmt))
        return [
            AuditRecord(
                r.seq,
                r.at,
                r.actor,
                r.action,
                r.object_type,
                r.object_id,
                r.outcome,
                r.prev_hash,
                r.hash,
            )
            for r in rows
        ]
