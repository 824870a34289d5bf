"""Sequence numbers of exported bundles: a failed write, a restored backup, a real clone."""

from __future__ import annotations

import errno
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import delete, select

from peerdesk.db import audit_log
from peerdesk.db.models import AuditRow, BundleLogRow, SyncPeerRow
from peerdesk.services.auth import SignedIn
from peerdesk.services.sync_service import SyncService
from peerdesk.sync.bundle_log import (
    EPOCH_START,
    learn_sent_position,
    next_sequence,
    restore_epoch,
    trusted_ack,
)
from peerdesk.sync.errors import BundleRejected, MediaError
from peerdesk.sync.manifest import Manifest
from tests.factories_sync import consent, enroll, exchange, facility_and_office, note
from tests.unit.test_media import FaultyOps


@pytest.fixture
def sites(tmp_path: Path) -> Iterator[tuple[SignedIn, SignedIn]]:
    def one_note(fac: SignedIn, off: SignedIn) -> None:
        pid = enroll(fac)
        consent(fac, pid, off.actor.site_id)
        note(fac, pid, "a note")

    yield from facility_and_office(tmp_path, seed=one_note)


def _dir(path: Path) -> Path:
    path.mkdir(parents=True, exist_ok=True)
    return path


def log(signed: SignedIn) -> list[tuple[str, int]]:
    with signed.store.uow(write=False) as uow:
        rows = uow.session.scalars(select(BundleLogRow).order_by(BundleLogRow.at))
        return [(r.direction, r.sequence) for r in rows]


def exports_audited(signed: SignedIn) -> list[str]:
    with signed.store.uow(write=False) as uow:
        q = select(AuditRow.outcome).where(AuditRow.action == "sync.export").order_by(AuditRow.seq)
        return list(uow.session.scalars(q))


# --- 5. a failed export ---------------------------------------------------------------------
def test_a_full_drive_logs_nothing_as_sent_and_gives_the_number_back(
    sites: tuple[SignedIn, SignedIn], tmp_path: Path
) -> None:
    fac, off = sites
    svc = SyncService(fac.store)
    with pytest.raises(MediaError) as err:
        svc.export_bundle(
            fac.actor,
            off.actor.site_id,
            _dir(tmp_path / "full"),
            fs=FaultyOps("write", errno.ENOSPC),
        )
    assert err.value.reason == "full"
    assert log(fac) == [] and exports_audited(fac) == ["failed"]
    (peer,) = svc.status(fac.actor).peers
    assert peer.last_sent_sequence == 0 and peer.pending_changes == 4
    out = svc.export_bundle(fac.actor, off.actor.site_id, _dir(tmp_path / "good"))
    assert out.sequence == 1 and log(fac) == [("sent", 1)]
    assert exports_audited(fac) == ["failed", "ok"]
    assert not SyncService(off.store).import_bundle(off.actor, out.path).already_imported


def test_a_drive_pulled_after_the_rename_spends_the_number(
    sites: tuple[SignedIn, SignedIn], tmp_path: Path
) -> None:
    """The whole file may be on the stick: its number is never reused (no false clone)."""
    fac, off = sites
    svc, office = SyncService(fac.store), SyncService(off.store)
    stick = _dir(tmp_path / "pulled")
    with pytest.raises(MediaError):
        svc.export_bundle(
            fac.actor,
            off.actor.site_id,
            stick,
            fs=FaultyOps("read_chunks", errno.EIO, stick_gone=True),
        )
    assert log(fac) == [("failed", 1)]
    (left,) = [p for p in stick.iterdir() if not p.name.startswith(".")]
    out = svc.export_bundle(fac.actor, off.actor.site_id, _dir(tmp_path / "good"))
    assert out.sequence == 2
    assert svc.status(fac.actor).peers[0].last_sent_sequence == 2
    # Either order of arrival imports without a clone alarm.
    office.import_bundle(off.actor, left)
    office.import_bundle(off.actor, out.path)


# --- 6. a restored backup -----------------------------------------------------------------
def _forget_exports(signed: SignedIn) -> None:
    """The state of a backup taken before any bundle was written."""
    with signed.store.uow() as uow:
        s = uow.session
        for peer in s.scalars(select(SyncPeerRow)):
            peer.last_sent_sequence, peer.last_sent_bundle_id = 0, ""
        s.execute(delete(BundleLogRow).where(BundleLogRow.direction == "sent"))


def _restored(signed: SignedIn, at: datetime) -> None:
    with signed.store.uow() as uow:
        audit_log.append(
            uow.session,
            at=at,
            actor="coordinator",
            action="backup.restore",
            object_type="backup",
            object_id="backup.pdbk",
        )


def test_a_site_restored_from_a_backup_is_not_taken_for_a_clone(
    sites: tuple[SignedIn, SignedIn], tmp_path: Path
) -> None:
    fac, off = sites
    exchange(fac, off, _dir(tmp_path / "a"))
    exchange(fac, off, _dir(tmp_path / "b"))
    _forget_exports(fac)
    _restored(fac, datetime.now(UTC))
    note(fac, enroll(fac), "after the restore")
    out = SyncService(fac.store).export_bundle(fac.actor, off.actor.site_id, _dir(tmp_path / "c"))
    with fac.store.uow(write=False) as uow:
        epoch = restore_epoch(uow.session)
    assert out.sequence == epoch > 2
    got = SyncService(off.store).import_bundle(off.actor, out.path)
    assert not got.already_imported
    # It counts on from there.
    nxt = exchange(fac, off, _dir(tmp_path / "d"))
    assert nxt.sequence == epoch + 1


def test_a_copied_database_that_was_not_restored_is_still_refused_as_a_clone(
    sites: tuple[SignedIn, SignedIn], tmp_path: Path
) -> None:
    fac, off = sites
    exchange(fac, off, _dir(tmp_path / "a"))
    _forget_exports(fac)
    out = SyncService(fac.store).export_bundle(fac.actor, off.actor.site_id, _dir(tmp_path / "b"))
    assert out.sequence == 1
    with pytest.raises(BundleRejected) as err:
        SyncService(off.store).import_bundle(off.actor, out.path)
    assert err.value.reason == "clone_suspected"


def test_restore_epochs_grow_and_never_go_below_the_count(
    sites: tuple[SignedIn, SignedIn],
) -> None:
    fac, off = sites
    with fac.store.uow() as uow:
        s = uow.session
        peer = s.get(SyncPeerRow, off.actor.site_id)
        assert peer is not None
        assert restore_epoch(s) == 0 and next_sequence(s, peer) == 1
    _restored(fac, datetime(2026, 1, 1, tzinfo=UTC))
    with fac.store.uow() as uow:
        s = uow.session
        peer = s.get(SyncPeerRow, off.actor.site_id)
        assert peer is not None
        first = restore_epoch(s)
        assert first == (datetime(2026, 1, 1, tzinfo=UTC) - EPOCH_START).days * 24 * 3600
        peer.last_sent_sequence = first + 5
        assert next_sequence(s, peer) == first + 6
    _restored(fac, datetime(2026, 1, 2, tzinfo=UTC))
    with fac.store.uow(write=False) as uow:
        peer = uow.session.get(SyncPeerRow, off.actor.site_id)
        assert peer is not None
        assert next_sequence(uow.session, peer) == first + 24 * 3600


def _manifest(sender: str, recipient: str, **extra: int | str | bool) -> Manifest:
    return Manifest(
        bundle_id="2b5c0e7a-0000-4000-8000-00000000000a",
        sender_site_id=sender,
        recipient_site_id=recipient,
        sequence=3,
        previous_bundle_id="",
        app_version="1",
        schema_version=1,
        created_at="2026-11-28T12:00:00.000000Z",
        counts={},
        payload_sha256="0" * 64,
        payload_size=1,
        extra=dict(extra),
    )


def test_the_peer_acknowledgment_teaches_position_and_is_trusted_only_for_known_bundles(
    sites: tuple[SignedIn, SignedIn], tmp_path: Path
) -> None:
    fac, off = sites
    out = SyncService(fac.store).export_bundle(fac.actor, off.actor.site_id, _dir(tmp_path / "a"))
    with fac.store.uow() as uow:
        s = uow.session
        peer = s.get(SyncPeerRow, off.actor.site_id)
        assert peer is not None
        peer.acked_change_seq = 2
        known = _manifest(
            off.actor.site_id, fac.actor.site_id, ack_change_seq=9, ack_bundle_id=out.bundle_id
        )
        unknown = _manifest(
            off.actor.site_id,
            fac.actor.site_id,
            ack_change_seq=9,
            ack_sequence=40,
            ack_bundle_id="2b5c0e7a-0000-4000-8000-0000000000ff",
        )
        legacy = _manifest(off.actor.site_id, fac.actor.site_id, ack_change_seq=9)
        assert trusted_ack(s, peer, known) == 9
        assert trusted_ack(s, peer, unknown) == 2
        assert trusted_ack(s, peer, legacy) == 9
        assert not learn_sent_position(s, peer, known)
        assert learn_sent_position(s, peer, unknown)
        assert (peer.last_sent_sequence, peer.last_sent_bundle_id) == (
            40,
            "2b5c0e7a-0000-4000-8000-0000000000ff",
        )
        assert next_sequence(s, peer) == 41
