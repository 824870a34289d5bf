"""Review: a copied database (not restored) that imports a bundle before it exports must not
learn the copy's position silently (that would hide the clone for good); a site restored from
a backup still learns it."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import delete, func, select

from peerdesk.db.models import AuditRow, BundleLogRow, SyncPeerRow
from peerdesk.services.auth import SignedIn
from peerdesk.services.sync_import import SyncPreviewService
from peerdesk.services.sync_service import SyncService
from peerdesk.sync.errors import BundleRejected
from tests.factories_sync import exchange, snapshot
from tests.unit import test_sync_export_writes as base

sites = base.sites


def _copy_wrote_last(signed: SignedIn, peer_id: str, seq: int) -> None:
    """Another copy of this database wrote the bundles after ``seq``: this one never did."""
    with signed.store.uow() as uow:
        s = uow.session
        peer = s.get(SyncPeerRow, peer_id)
        assert peer is not None
        gone = s.scalars(
            select(BundleLogRow.id).where(
                BundleLogRow.direction == "sent", BundleLogRow.sequence > seq
            )
        ).all()
        s.execute(delete(BundleLogRow).where(BundleLogRow.id.in_(gone)))
        peer.last_sent_sequence = seq
        peer.last_sent_bundle_id = (
            s.scalar(
                select(BundleLogRow.id).where(
                    BundleLogRow.direction == "sent", BundleLogRow.sequence == seq
                )
            )
            or ""
        )


def _refusals(signed: SignedIn) -> int:
    with signed.store.uow(write=False) as uow:
        q = select(func.count()).select_from(AuditRow)
        return int(uow.session.scalar(q.where(AuditRow.action == "sync.import_refused")) or 0)


def test_a_clone_that_imports_first_is_still_flagged(
    sites: tuple[SignedIn, SignedIn], tmp_path: Path
) -> None:
    fac, off = sites
    exchange(fac, off, base._dir(tmp_path / "a"))
    exchange(fac, off, base._dir(tmp_path / "b"))  # written by "the other copy"
    _copy_wrote_last(fac, off.actor.site_id, 1)
    back = SyncService(off.store).export_bundle(
        off.actor, fac.actor.site_id, base._dir(tmp_path / "c")
    )
    before = snapshot(fac)
    with pytest.raises(BundleRejected) as err:
        SyncPreviewService(fac.store).preview(fac.actor, back.path)
    assert err.value.reason == "clone_suspected"
    with pytest.raises(BundleRejected) as err:
        SyncService(fac.store).import_bundle(fac.actor, back.path)
    assert err.value.reason == "clone_suspected"
    assert snapshot(fac) == before and _refusals(fac) == 2
    with fac.store.uow(write=False) as uow:
        peer = uow.session.get(SyncPeerRow, off.actor.site_id)
        assert peer is not None and peer.last_sent_sequence == 1


def test_a_restored_site_still_learns_its_position(
    sites: tuple[SignedIn, SignedIn], tmp_path: Path
) -> None:
    fac, off = sites
    exchange(fac, off, base._dir(tmp_path / "a"))
    exchange(fac, off, base._dir(tmp_path / "b"))
    _copy_wrote_last(fac, off.actor.site_id, 1)  # the backup predates bundle 2
    base._restored(fac, datetime.now(UTC))
    exchange(off, fac, base._dir(tmp_path / "c"))
    with fac.store.uow(write=False) as uow:
        peer = uow.session.get(SyncPeerRow, off.actor.site_id)
        assert peer is not None and peer.last_sent_sequence == 2
    exchange(fac, off, base._dir(tmp_path / "d"))  # accepted by the office


def test_two_restores_a_minute_apart_with_exports_between_do_not_collide(
    sites: tuple[SignedIn, SignedIn], tmp_path: Path
) -> None:
    """A confused recovery: restore, write two bundles, restore an older backup again a
    minute later, write again. The third bundle must not reuse a number the office holds."""
    fac, off = sites
    exchange(fac, off, base._dir(tmp_path / "a"))
    first = datetime.now(UTC) - timedelta(seconds=61)
    _copy_wrote_last(fac, off.actor.site_id, 0)
    base._restored(fac, first)
    exchange(fac, off, base._dir(tmp_path / "b"))
    exchange(fac, off, base._dir(tmp_path / "c"))
    _copy_wrote_last(fac, off.actor.site_id, 0)  # the older backup again
    base._restored(fac, first + timedelta(seconds=61))
    got = exchange(fac, off, base._dir(tmp_path / "d"))  # not clone_suspected
    assert not got.already_imported
