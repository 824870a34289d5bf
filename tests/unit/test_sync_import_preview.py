"""The import preview: every check and the merge run, the counts come back, nothing is kept."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from peerdesk.db.models import AuditRow, ParticipantRow
from peerdesk.domain.errors import PermissionDenied
from peerdesk.services.auth import AuthService, SignedIn
from peerdesk.services.sync_import import SyncPreviewService
from peerdesk.services.sync_service import SyncService
from peerdesk.sync.errors import BundleRejected
from tests.conftest import USER_PASS, add_user
from tests.factories_sync import consent, edit_row, enroll, facility_and_office, note
from tests.unit.test_sync_apply import Usb, shared, state

Pair = tuple[SignedIn, SignedIn]


@pytest.fixture
def sites(tmp_path: Path) -> Iterator[Pair]:
    yield from facility_and_office(tmp_path)


def export(sender: SignedIn, receiver: SignedIn, folder: Path) -> Path:
    folder.mkdir(parents=True)
    return (
        SyncService(sender.store).export_bundle(sender.actor, receiver.actor.site_id, folder).path
    )


def audits(signed: SignedIn, action: str) -> int:
    with signed.store.uow(write=False) as uow:
        q = select(func.count()).select_from(AuditRow).where(AuditRow.action == action)
        return int(uow.session.scalar(q) or 0)


def test_preview_counts_and_changes_nothing(sites: Pair, tmp_path: Path) -> None:
    fac, off = sites
    usb = Usb(tmp_path)
    pid = shared(fac, off, usb)
    enroll(off, doc_number="K77", legal_last_name="Okafor", legal_first_name="Ada")
    twin = enroll(fac, doc_number="K77", legal_last_name="Okafor", legal_first_name="Ada")
    consent(fac, twin, off.actor.site_id)
    note(fac, pid, "new note")
    edit_row(off, ParticipantRow, pid, housing_unit="O-7")
    edit_row(fac, ParticipantRow, pid, housing_unit="F-1")  # later: it wins
    path = export(fac, off, usb())
    before = state(off)
    preview = SyncPreviewService(off.store).preview(off.actor, path)
    assert state(off) == before  # nothing written
    assert (preview.sender_name, preview.sequence, preview.already_imported) == (
        "Riverside Unit",
        2,
        False,
    )
    assert preview.new == {
        "consents": 1,
        "notes": 1,
        "participant_status_history": 1,
        "participants": 1,
    }
    assert preview.changed == {"participants": 1}
    assert (preview.conflicts, preview.duplicates) == (1, 1)
    # The import itself then does what the preview said.
    got = SyncService(off.store).import_bundle(off.actor, path)
    assert (got.inserted, got.updated, got.conflicts, len(got.duplicates)) == (4, 1, 1, 1)
    again = SyncPreviewService(off.store).preview(off.actor, path)
    assert again.already_imported and again.new == {}


def test_a_refusal_shows_in_the_preview(sites: Pair, tmp_path: Path) -> None:
    _fac, off = sites
    bad = tmp_path / "peerdesk-000001-x.zip"
    bad.write_bytes(b"PK\x03\x04 not really a bundle")
    before = state(off)
    with pytest.raises(BundleRejected):
        SyncPreviewService(off.store).preview(off.actor, bad)
    assert state(off) == before
    assert audits(off, "sync.import_refused") == 1


def test_roles(sites: Pair, tmp_path: Path) -> None:
    _fac, off = sites
    add_user(off, "abe", "auditor")
    signed = AuthService(off.store.paths).sign_in("abe", USER_PASS)
    try:
        with pytest.raises(PermissionDenied):
            SyncPreviewService(signed.store).preview(signed.actor, tmp_path / "x.zip")
    finally:
        signed.store.close()
