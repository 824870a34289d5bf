"""Appending to and reading the hash-chained audit trail inside a unit of work."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from peerdesk.clock import iso
from peerdesk.db.models import AuditRow, MetaRow
from peerdesk.domain.audit_chain import GENESIS_HASH, AuditRecord, entry_hash

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

HEAD_KEY = "audit.head"


def read_head(session: Session) -> tuple[int, str]:
    """(seq, hash) of the newest entry; (0, genesis) when the trail is empty."""
    row = session.get(MetaRow, HEAD_KEY)
    if row is None:
        return 0, GENESIS_HASH
    seq, _, digest = row.value.partition(":")
    return int(seq), digest


def append(
    session: Session,
    *,
    at: datetime,
    actor: str,
    action: str,
    object_type: str = "",
    object_id: str = "",
    outcome: str = "ok",
) -> AuditRecord:
    """Add one entry after the current head, in the caller's (write) transaction.

    The entry links to the recorded head. If rows were forged past the head, the new entry
    goes after them (so work can go on) and its link shows the break to ``verify``.
    """
    from sqlalchemy import func, select

    seq, prev = read_head(session)
    seq = max(seq, session.scalar(select(func.max(AuditRow.seq))) or 0) + 1
    at_text = iso(at)
    digest = entry_hash(
        seq=seq,
        at=at_text,
        actor=actor,
        action=action,
        object_type=object_type,
        object_id=object_id,
        outcome=outcome,
        prev_hash=prev,
    )
    session.add(
        AuditRow(
            seq=seq,
            at=at_text,
            actor=actor,
            action=action,
            object_type=object_type,
            object_id=object_id,
            outcome=outcome,
            prev_hash=prev,
            hash=digest,
        )
    )
    head = session.get(MetaRow, HEAD_KEY)
    if head is None:
        session.add(MetaRow(key=HEAD_KEY, value=f"{seq}:{digest}"))
    else:
        head.value = f"{seq}:{digest}"
    session.flush()
    return AuditRecord(seq, at_text, actor, action, object_type, object_id, outcome, prev, digest)


@dataclass(frozen=True)
class Entry:
    """One entry for ``append_many``: what was done to which object, with what outcome."""

    action: str
    object_type: str = ""
    object_id: str = ""
    outcome: str = "ok"


def append_many(
    session: Session, entries: Sequence[Entry], *, at: datetime, actor: str
) -> list[AuditRecord]:
    """Add ``entries`` in order, as ``append`` would one by one, with one INSERT.

    The chain (sequence numbers, links and hashes) is exactly the one a loop over ``append``
    writes; the head is read and moved once.
    """
    from sqlalchemy import func, insert, select

    if not entries:
        return []
    seq, prev = read_head(session)
    seq = max(seq, session.scalar(select(func.max(AuditRow.seq))) or 0)
    at_text = iso(at)
    records: list[AuditRecord] = []
    for e in entries:
        seq += 1
        digest = entry_hash(
            seq=seq,
            at=at_text,
            actor=actor,
            action=e.action,
            object_type=e.object_type,
            object_id=e.object_id,
            outcome=e.outcome,
            prev_hash=prev,
        )
        records.append(
            AuditRecord(
                seq, at_text, actor, e.action, e.object_type, e.object_id, e.outcome, prev, digest
            )
        )
        prev = digest
    session.execute(
        insert(AuditRow),
        [
            {
                "seq": r.seq,
                "at": r.at,
                "actor": r.actor,
                "action": r.action,
                "object_type": r.object_type,
                "object_id": r.object_id,
                "outcome": r.outcome,
                "prev_hash": r.prev_hash,
                "hash": r.hash,
            }
            for r in records
        ],
    )
    head = session.get(MetaRow, HEAD_KEY)
    value = f"{records[-1].seq}:{records[-1].hash}"
    if head is None:
        session.add(MetaRow(key=HEAD_KEY, value=value))
    else:
        head.value = value
    session.flush()
    return records


def iter_records(session: Session, batch: int = 5000) -> Iterator[AuditRecord]:
    """Every entry in ascending ``seq`` order (row order as stored, so reordering shows)."""
    from sqlalchemy import select

    stmt = select(AuditRow).order_by(AuditRow.seq).execution_options(yield_per=batch)
    for row in session.scalars(stmt):
        yield AuditRecord(
            row.seq,
            row.at,
            row.actor,
            row.action,
            row.object_type,
            row.object_id,
            row.outcome,
            row.prev_hash,
            row.hash,
        )
