"""Review: an older bundle arriving after the one carrying a revocation cannot undo it, and
after the revocation nothing more of that person travels (profile, notes, outcomes)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from peerdesk.db.models import ConsentRow, NoteRow, ParticipantRow
from peerdesk.services.auth import SignedIn
from peerdesk.services.consent import ConsentService
from peerdesk.services.sync_service import SyncService
from peerdesk.sync.errors import BundleRejected
from tests.factories_sync import consent, edit_row, enroll, exchange, facility_and_office, note
from tests.unit.test_sync_export_scope import Usb, round_trip

TODAY = date.today()


@pytest.fixture
def sites(tmp_path: Path) -> Iterator[tuple[SignedIn, SignedIn]]:
    yield from facility_and_office(tmp_path)


def test_an_older_bundle_arriving_late_does_not_undo_a_revocation(
    sites: tuple[SignedIn, SignedIn], tmp_path: Path
) -> None:
    fac, off = sites
    usb = Usb(tmp_path)
    pid = enroll(fac)
    cid = consent(fac, pid, off.actor.site_id)
    round_trip(fac, off, usb)
    edit_row(fac, ParticipantRow, pid, housing_unit="B-2")
    folder = usb()
    folder.mkdir()
    older = SyncService(fac.store).export_bundle(fac.actor, off.actor.site_id, folder).path
    ConsentService(fac.store).revoke(fac.actor, cid, TODAY)
    late_note = note(fac, pid, "after the revocation")
    exchange(fac, off, usb())  # the revocation arrives first
    try:
        SyncService(off.store).import_bundle(off.actor, older)
    except BundleRejected as exc:  # refused (out of order): fine
        assert exc.reason != "invalid_record"
    with off.store.uow(write=False) as uow:
        row = uow.session.get(ConsentRow, cid)
        assert row is not None and row.revoked_on == TODAY
        assert uow.session.get(NoteRow, late_note) is None
    # Later edits of that person never travel again.
    edit_row(fac, ParticipantRow, pid, housing_unit="C-3")
    note(fac, pid, "later still")
    got = exchange(fac, off, usb())
    assert set(got.received) <= {"consents"}  # unacknowledged: the revocation again
    with off.store.uow(write=False) as uow:
        person = uow.session.get(ParticipantRow, pid)
        assert person is not None and person.housing_unit != "C-3"
