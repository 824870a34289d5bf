"""Settling a possible duplicate is one unit of work: the merge (or "keep both") and the
review item's settlement are written together or not at all, so a failure in between leaves
everything as it was and a retry works."""

from __future__ import annotations

from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from peerdesk.db.models import AuditRow, ChangeLogRow, ConflictRow, ParticipantRow
from peerdesk.services.auth import SignedIn
from peerdesk.services.sync_duplicates import SyncDuplicateService
from tests.factories_sync import exchange, facility_and_office, snapshot
from tests.unit.test_sync_apply import Usb, person
from tests.unit.test_sync_import_duplicates import audits, enrolled_twice

Pair = tuple[SignedIn, SignedIn]


class Crash(Exception):
    """Stands for anything failing after the merge and before the commit."""


@pytest.fixture
def sites(tmp_path: Path) -> Iterator[Pair]:
    yield from facility_and_office(tmp_path)


def state(signed: SignedIn) -> dict[str, Any]:
    """What a half-done merge or settlement would change."""
    with signed.store.uow(write=False) as uow:
        s = uow.session
        return {
            "synced": snapshot(signed),
            "change_log": int(s.scalar(select(func.count()).select_from(ChangeLogRow)) or 0),
            "audit": int(s.scalar(select(func.count()).select_from(AuditRow)) or 0),
            "items": sorted(
                (c.id, c.resolved_at, c.resolved_by, c.resolution)
                for c in s.scalars(select(ConflictRow))
            ),
        }


def fail_settling(monkeypatch: pytest.MonkeyPatch) -> None:
    def settle(*args: object, **kwargs: object) -> None:
        raise Crash

    monkeypatch.setattr(SyncDuplicateService, "_settle", settle)


@pytest.fixture
def offered(sites: Pair, tmp_path: Path) -> tuple[Pair, str, str, str]:
    fac, off = sites
    usb = Usb(tmp_path)
    theirs, mine = enrolled_twice(fac, off, usb)
    exchange(fac, off, usb())
    (item,) = SyncDuplicateService(off.store).list_duplicates(off.actor)
    return sites, item.id, theirs, mine


def test_a_failed_settlement_undoes_the_merge_and_a_retry_works(
    offered: tuple[Pair, str, str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    (_fac, off), item_id, theirs, mine = offered
    svc = SyncDuplicateService(off.store)
    before = state(off)
    with monkeypatch.context() as mp:
        fail_settling(mp)
        with pytest.raises(Crash):
            svc.merge(off.actor, item_id, "imported")
    assert state(off) == before  # participants, links, change log, audit, the item
    assert not person(off, mine)["deleted"]
    (still,) = svc.list_duplicates(off.actor)
    assert still.id == item_id
    # The retry merges (the record is not "gone") and settles the item.
    assert svc.merge(off.actor, item_id, "imported") >= 2
    assert person(off, mine)["deleted"] and not person(off, theirs)["deleted"]
    assert audits(off, "participant.merge") == 1 and audits(off, "sync.duplicate_merge") == 1
    assert svc.list_duplicates(off.actor) == ()
    with off.store.uow(write=False) as uow:
        item = uow.session.get(ConflictRow, item_id)
        assert item is not None and item.resolution == "merged"


def test_a_failed_keep_both_changes_nothing_and_a_retry_works(
    offered: tuple[Pair, str, str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    (_fac, off), item_id, _theirs, _mine = offered
    svc = SyncDuplicateService(off.store)
    before = state(off)

    def audit_fails(*args: object, **kwargs: object) -> None:
        raise Crash

    with monkeypatch.context() as mp:  # the item is marked, then the audit entry fails
        mp.setattr("peerdesk.services.sync_duplicates.audit_log.append", audit_fails)
        with pytest.raises(Crash):
            svc.keep_both(off.actor, item_id)
    assert state(off) == before
    svc.keep_both(off.actor, item_id)
    assert svc.list_duplicates(off.actor) == ()
    assert audits(off, "sync.duplicate_keep_both") == 1


def test_the_merge_and_the_settlement_share_one_transaction(
    offered: tuple[Pair, str, str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Inside the settle step the merge is already visible (same session) but not committed:
    another connection still sees both records live."""
    (_fac, off), item_id, _theirs, mine = offered
    seen: dict[str, object] = {}
    real = SyncDuplicateService._settle

    def settle(self: SyncDuplicateService, s: Any, *args: Any) -> None:
        seen["inside"] = s.get(ParticipantRow, mine).deleted
        with ThreadPoolExecutor(1) as other:  # another thread has its own connection
            seen["outside"] = other.submit(lambda: person(off, mine)["deleted"]).result()
        real(self, s, *args)

    monkeypatch.setattr(SyncDuplicateService, "_settle", settle)
    SyncDuplicateService(off.store).merge(off.actor, item_id, "imported")
    assert seen == {"inside": True, "outside": False}
