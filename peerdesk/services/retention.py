"""Retention purge: the only way a record is erased for real (audited).

Participants who left the program (completed, withdrawn or transferred) more than the
``retention_years`` setting ago are erased with everything linked to them. A mentor record
that was that person keeps existing (it is its own record) but loses the link.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import delete, func, or_, select, update
from sqlalchemy.orm import Session

from peerdesk.clock import Clock, utcnow
from peerdesk.db import audit_log
from peerdesk.db.models import Base, ChangeLogRow, MentorRow, ParticipantRow
from peerdesk.db.store import Store
from peerdesk.domain.roles import Action
from peerdesk.services.access import require
from peerdesk.services.actor import Actor
from peerdesk.services.settings import read_setting

CLOSED_STATUSES = ("completed", "withdrawn", "transferred")


@dataclass(frozen=True)
class PurgeResult:
    cutoff: date
    participants: int
    linked_records: int
    dry_run: bool


def _cutoff(today: date, years: int) -> date:
    try:
        return today.replace(year=today.year - years)
    except ValueError:  # 29 February
        return today.replace(year=today.year - years, day=28)


def _links(table: Any) -> list[Any]:
    return [
        col
        for col in table.columns
        if any(fk.column.table.name == "participants" for fk in col.foreign_keys)
    ]


class RetentionService:
    def __init__(self, store: Store, clock: Clock = utcnow) -> None:
        self.store = store
        self.clock = clock

    def purge(self, actor: Actor, *, dry_run: bool = False) -> PurgeResult:
        """Erase participants closed longer ago than the retention setting."""
        require(self.store, actor, Action.RECORDS_PURGE, object_type="participant")
        now = self.clock()
        with self.store.uow() as uow:
            s = uow.session
            cutoff = _cutoff(now.date(), read_setting(s, "retention_years"))
            doomed = select(ParticipantRow.id).where(
                ParticipantRow.status.in_(CLOSED_STATUSES),
                ParticipantRow.status_date < cutoff,
            )
            count = int(s.scalar(select(func.count()).select_from(doomed.subquery())) or 0)
            linked = 0 if dry_run or count == 0 else self._erase(s, doomed)
            if dry_run and count:
                linked = self._count_linked(s, doomed)
            if not dry_run:
                audit_log.append(
                    s,
                    at=now,
                    actor=actor.username,
                    action="records.purge",
                    object_type="participant",
                    object_id=f"before={cutoff.isoformat()},participants={count}",
                )
        return PurgeResult(cutoff, count, linked, dry_run)

    @staticmethod
    def _count_linked(s: Session, doomed: Any) -> int:
        total = 0
        for table in Base.metadata.sorted_tables:
            cols = _links(table)
            if cols and table.name != MentorRow.__tablename__:
                cond = or_(*(c.in_(doomed) for c in cols))
                total += int(s.scalar(select(func.count()).select_from(table).where(cond)) or 0)
        return total

    @staticmethod
    def _erase(s: Session, doomed: Any) -> int:
        erased = 0
        mentor = MentorRow.__table__
        s.execute(
            update(MentorRow)
            .where(MentorRow.participant_id.in_(doomed))
            .values(participant_id=None)
        )
        # Children first: reverse dependency order keeps foreign keys satisfied.
        for table in reversed(Base.metadata.sorted_tables):
            cols = _links(table)
            if not cols or table is mentor or table.name == "participants":
                continue
            cond = or_(*(c.in_(doomed) for c in cols))
            s.execute(
                delete(ChangeLogRow).where(
                    ChangeLogRow.table_name == table.name,
                    ChangeLogRow.record_id.in_(select(table.c.id).where(cond)),
                )
            )
            erased += s.execute(delete(table).where(cond)).rowcount  # type: ignore[attr-defined]
        s.execute(
            delete(ChangeLogRow).where(
                ChangeLogRow.table_name == "participants", ChangeLogRow.record_id.in_(doomed)
            )
        )
        # Materialize the ids: the subquery reads the table we delete from.
        ids = list(s.scalars(doomed))
        for start in range(0, len(ids), 500):
            s.execute(delete(ParticipantRow).where(ParticipantRow.id.in_(ids[start : start + 500])))
        return erased
