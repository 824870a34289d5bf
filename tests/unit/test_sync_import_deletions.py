"""A deletion meeting an edit: the deletion wins (never resurrected), the edit is kept for a
person to review, once, and resolving it never brings the record back."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from peerdesk.db.models import ParticipantRow
from peerdesk.domain.errors import ValidationError
from peerdesk.services.auth import SignedIn
from peerdesk.services.sync_service import SyncService
from tests.factories_sync import delete_row, edit_row, facility_and_office
from tests.unit.test_sync_apply import Usb, conflicts, person, shared

Pair = tuple[SignedIn, SignedIn]


@pytest.fixture
def sites(tmp_path: Path) -> Iterator[Pair]:
    yield from facility_and_office(tmp_path)


def deletion_conflicts(signed: SignedIn) -> list[tuple[str, str, object, object]]:
    return [
        (c.record_id, c.other_site_id, json.loads(c.kept_value), json.loads(c.other_value))
        for c in conflicts(signed)
        if c.field == "deleted"
    ]


def test_a_tombstone_over_a_local_edit_keeps_the_edit(sites: Pair, tmp_path: Path) -> None:
    fac, off = sites
    usb = Usb(tmp_path)
    pid = shared(fac, off, usb)
    edit_row(off, ParticipantRow, pid, housing_unit="O-7", release_city="Joliet")
    delete_row(fac, ParticipantRow, pid)
    got = SyncService(off.store).import_bundle(off.actor, _export(fac, off, usb()))
    assert got.conflicts == 1
    assert person(off, pid)["deleted"]  # the deletion wins
    assert deletion_conflicts(off) == [
        (pid, off.actor.site_id, True, {"housing_unit": "O-7", "release_city": "Joliet"})
    ]
    # The office's bundle back carries the acknowledgment: no second record at the facility,
    # and the record stays deleted on both sides.
    assert _exchange(off, fac, usb()).conflicts == 0
    assert person(fac, pid) == person(off, pid) and person(fac, pid)["deleted"]
    # A bundle that repeats the tombstone adds nothing.
    assert _exchange(fac, off, usb()).conflicts == 0
    assert len(deletion_conflicts(off)) == 1


def test_an_edit_over_a_local_tombstone_is_kept(sites: Pair, tmp_path: Path) -> None:
    fac, off = sites
    usb = Usb(tmp_path)
    pid = shared(fac, off, usb)
    delete_row(fac, ParticipantRow, pid)
    edit_row(off, ParticipantRow, pid, preferred_name="Lu")
    assert _exchange(off, fac, usb()).conflicts == 1
    assert person(fac, pid)["deleted"]  # never resurrected
    ((record, site, kept, other),) = deletion_conflicts(fac)
    assert (record, site, kept, other) == (pid, off.actor.site_id, True, {"preferred_name": "Lu"})
    # The office's edit lost: the facility's bundle back carries the conflict to the office too.
    assert _exchange(fac, off, usb()).conflicts == 1
    assert [c[0] for c in deletion_conflicts(off)] == [pid]
    assert person(off, pid)["deleted"] and person(fac, pid) == person(off, pid)
    # Exchanging again adds nothing on either side.
    assert _exchange(off, fac, usb()).conflicts == 0
    assert _exchange(fac, off, usb()).conflicts == 0
    assert (len(deletion_conflicts(fac)), len(deletion_conflicts(off))) == (1, 1)


def test_a_deletion_after_seeing_the_edit_is_no_conflict(sites: Pair, tmp_path: Path) -> None:
    fac, off = sites
    usb = Usb(tmp_path)
    pid = shared(fac, off, usb)
    edit_row(off, ParticipantRow, pid, housing_unit="O-7")
    _exchange(off, fac, usb())
    delete_row(fac, ParticipantRow, pid)
    assert _exchange(fac, off, usb()).conflicts == 0
    assert conflicts(off) == [] and conflicts(fac) == []
    assert person(off, pid)["deleted"]


def test_resolving_a_deletion_never_brings_the_record_back(sites: Pair, tmp_path: Path) -> None:
    fac, off = sites
    usb = Usb(tmp_path)
    pid = shared(fac, off, usb)
    edit_row(off, ParticipantRow, pid, housing_unit="O-7")
    delete_row(fac, ParticipantRow, pid)
    _exchange(fac, off, usb())
    svc = SyncService(off.store)
    (c,) = svc.list_conflicts(off.actor)
    assert c.field == "deleted"
    with pytest.raises(ValidationError) as err:
        svc.resolve_conflict(off.actor, c.id, "other")
    assert err.value.field == "keep"
    assert [x.id for x in svc.list_conflicts(off.actor)] == [c.id]  # nothing changed
    assert svc.resolve_conflict(off.actor, c.id, "kept") == "kept"
    assert svc.list_conflicts(off.actor) == ()
    assert person(off, pid)["deleted"]


def _export(sender: SignedIn, receiver: SignedIn, folder: Path) -> Path:
    folder.mkdir(parents=True)
    svc = SyncService(sender.store)
    return svc.export_bundle(sender.actor, receiver.actor.site_id, folder).path


def _exchange(sender: SignedIn, receiver: SignedIn, folder: Path):  # type: ignore[no-untyped-def]
    return SyncService(receiver.store).import_bundle(
        receiver.actor, _export(sender, receiver, folder)
    )
