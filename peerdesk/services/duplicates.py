"""Finding likely duplicate participants, and merging two records into one (audited)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from peerdesk.clock import Clock, iso, utcnow
from peerdesk.db import audit_log
from peerdesk.db.change_tracking import log_change, next_stamp
from peerdesk.db.models import AttendanceRow, Base, KeepSeparateRow, ParticipantRow
from peerdesk.db.store import Store
from peerdesk.domain.duplicates import NameRecord, name_similarity
from peerdesk.domain.errors import NotFound, ValidationError
from peerdesk.domain.participant import ParticipantProfile
from peerdesk.domain.roles import Action
from peerdesk.services.access import require
from peerdesk.services.actor import Actor
from peerdesk.services.visibility import visible_participants


@dataclass(frozen=True)
class DuplicateCandidate:
    participant_id: str
    doc_number: str
    legal_last_name: str
    legal_first_name: str
    reason: str  # "same_doc_number" | "close_name_same_birth_date"
    similarity: float


def _names(row: ParticipantRow) -> NameRecord:
    aliases = tuple(a for a in row.aliases.split("\n") if a)
    return NameRecord(row.legal_last_name, row.legal_first_name, aliases)


def _participant_links() -> list[tuple[type, Any]]:
    """Every (model, column) holding a participant id, found from the foreign keys."""
    links: list[tuple[type, Any]] = []
    for mapper in Base.registry.mappers:
        model = mapper.class_
        table = mapper.local_table
        for col in table.columns:
            if any(fk.column.table.name == "participants" for fk in col.foreign_keys):
                links.append((model, col))
    return sorted(links, key=lambda mc: (mc[1].table.name, mc[1].name))


class DuplicateService:
    def __init__(self, store: Store, clock: Clock = utcnow) -> None:
        self.store = store
        self.clock = clock

    def candidates(self, actor: Actor, profile: ParticipantProfile) -> list[DuplicateCandidate]:
        """Existing participants that may be the person on the form (a warning, not a block)."""
        require(self.store, actor, Action.PARTICIPANT_EDIT, object_type="participant")
        doc = profile.doc_number.strip().upper()
        wanted = NameRecord(profile.legal_last_name, profile.legal_first_name, profile.aliases)
        found: dict[str, DuplicateCandidate] = {}
        with self.store.uow(write=False) as uow:
            live = (ParticipantRow.deleted.is_(False), visible_participants(actor))
            for row in uow.session.scalars(
                select(ParticipantRow).where(ParticipantRow.doc_number == doc, *live)
            ):
                found[row.id] = DuplicateCandidate(
                    row.id,
                    row.doc_number,
                    row.legal_last_name,
                    row.legal_first_name,
                    "same_doc_number",
                    100.0,
                )
            for row in uow.session.scalars(
                select(ParticipantRow).where(
                    ParticipantRow.date_of_birth == profile.date_of_birth, *live
                )
            ):
                score = name_similarity(wanted, _names(row))
                if row.id not in found and score >= 85.0:
                    found[row.id] = DuplicateCandidate(
                        row.id,
                        row.doc_number,
                        row.legal_last_name,
                        row.legal_first_name,
                        "close_name_same_birth_date",
                        score,
                    )
        return sorted(found.values(), key=lambda c: -c.similarity)

    def merge(self, actor: Actor, keep_id: str, remove_id: str) -> int:
        """Move everything linked to ``remove_id`` onto ``keep_id`` and tombstone it.

        The removed record's names become aliases of the kept one. Returns how many linked
        records moved. One unit of work: all or nothing (inside a caller's unit of work it
        joins it, and the caller's commit or rollback decides).
        """
        require(self.store, actor, Action.PARTICIPANT_MERGE, object_type="participant")
        if keep_id == remove_id:
            raise ValidationError("remove_id", "Choose two different participants to merge.")
        now = self.clock()
        with self.store.uow() as uow:
            s = uow.session
            keep, gone = (self._get(s, actor, pid) for pid in (keep_id, remove_id))
            stamp = next_stamp(s, actor.site_id, now)
            self._drop_conflicts(s, keep.id, gone.id, stamp)
            moved = 0
            for model, col in _participant_links():
                ids = list(s.scalars(select(model.id).where(col == gone.id)))  # type: ignore[attr-defined]
                if not ids:
                    continue
                s.execute(
                    update(model)
                    .where(col == gone.id)
                    .values({col.name: keep.id, "stamp": str(stamp), "updated_at": iso(now)})
                )
                for rid in ids:
                    log_change(s, col.table.name, rid, stamp, [col.name])
                moved += len(ids)
            aliases = [a for a in keep.aliases.split("\n") if a]
            for name in (
                f"{gone.legal_first_name} {gone.legal_last_name}",
                *gone.aliases.split("\n"),
            ):
                if (
                    name
                    and name not in aliases
                    and name != f"{keep.legal_first_name} {keep.legal_last_name}"
                ):
                    aliases.append(name)
            keep.aliases = "\n".join(aliases[:20])
            keep.stamp, keep.updated_at = str(stamp), iso(now)
            gone.deleted, gone.stamp, gone.updated_at = True, str(stamp), iso(now)
            log_change(s, "participants", keep.id, stamp, ["aliases"])
            log_change(s, "participants", gone.id, stamp, [])
            audit_log.append(
                s,
                at=now,
                actor=actor.username,
                action="participant.merge",
                object_type="participant",
                object_id=f"{gone.id}>{keep.id}",
            )
        return moved

    def _get(self, s: Session, actor: Actor, pid: str) -> ParticipantRow:
        row = s.scalars(
            select(ParticipantRow).where(
                ParticipantRow.id == pid,
                ParticipantRow.deleted.is_(False),
                visible_participants(actor),
            )
        ).first()
        if row is None:
            raise NotFound("participant", pid)
        return row

    @staticmethod
    def _drop_conflicts(s: Session, keep: str, gone: str, stamp: Any) -> None:
        """Rows that would contradict themselves after the merge become tombstones."""
        pair = s.scalars(
            select(KeepSeparateRow).where(
                KeepSeparateRow.deleted.is_(False),
                (
                    (KeepSeparateRow.participant_id == keep)
                    & (KeepSeparateRow.other_participant_id == gone)
                )
                | (
                    (KeepSeparateRow.participant_id == gone)
                    & (KeepSeparateRow.other_participant_id == keep)
                ),
            )
        )
        kept_sessions = select(AttendanceRow.session_id).where(
            AttendanceRow.participant_id == keep, AttendanceRow.deleted.is_(False)
        )
        twice = s.scalars(
            select(AttendanceRow).where(
                AttendanceRow.participant_id == gone,
                AttendanceRow.deleted.is_(False),
                AttendanceRow.session_id.in_(kept_sessions),
            )
        )
        for row in [*pair, *twice]:
            row.deleted, row.stamp = True, str(stamp)
            log_change(s, row.__tablename__, row.id, stamp, [])
