"""``audit_log.append_many`` writes exactly the chain a loop over ``append`` writes."""

from __future__ import annotations

from datetime import UTC, datetime

from peerdesk.db import audit_log
from peerdesk.db.audit_log import Entry
from peerdesk.domain.audit_chain import verify_chain
from peerdesk.services.auth import SignedIn

AT = datetime(2026, 5, 1, 9, 30, tzinfo=UTC)
ENTRIES = [
    Entry("note.cosign", "note", "n1"),
    Entry("note.cosign", "note", "n2", "denied"),
    Entry("referral.update", "referral", "r9"),
    Entry("export.run"),
]


def _trail(signed: SignedIn) -> list[audit_log.AuditRecord]:
    with signed.store.uow(write=False) as uow:
        return list(audit_log.iter_records(uow.session))


class _Undo(Exception):
    pass


def test_same_chain_as_appending_one_by_one(coordinator: SignedIn) -> None:
    # The batch is written and rolled back, then the loop runs from the same head.
    try:
        with coordinator.store.uow() as uow:
            head = audit_log.read_head(uow.session)
            batch = audit_log.append_many(uow.session, ENTRIES, at=AT, actor="maria")
            raise _Undo
    except _Undo:
        pass
    with coordinator.store.uow() as uow:
        assert audit_log.read_head(uow.session) == head
        loop = [
            audit_log.append(
                uow.session,
                at=AT,
                actor="maria",
                action=e.action,
                object_type=e.object_type,
                object_id=e.object_id,
                outcome=e.outcome,
            )
            for e in ENTRIES
        ]
    assert batch == loop
    assert batch[0].seq == head[0] + 1 and batch[0].prev_hash == head[1]
    with coordinator.store.uow() as uow:
        more = audit_log.append_many(uow.session, ENTRIES[:2], at=AT, actor="ana")
        assert audit_log.read_head(uow.session) == (more[-1].seq, more[-1].hash)
    trail = _trail(coordinator)
    assert trail[-6:] == [*loop, *more]
    assert verify_chain(trail).ok


def test_nothing_to_append_changes_nothing(coordinator: SignedIn) -> None:
    before = _trail(coordinator)
    with coordinator.store.uow() as uow:
        assert audit_log.append_many(uow.session, [], at=AT, actor="maria") == []
    assert _trail(coordinator) == before
