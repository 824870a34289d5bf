"""Duplicates across sites: an imported participant who matches one held here is offered for
merge (not silently doubled), the merge is audited and moves every linked record, and the
merged-away record then travels as a tombstone."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from peerdesk.db.models import AuditRow, ConsentRow, NoteRow, ParticipantRow
from peerdesk.domain.errors import NotFound, PermissionDenied, ValidationError
from peerdesk.services.auth import AuthService, SignedIn
from peerdesk.services.sync_duplicates import SyncDuplicateService
from peerdesk.services.sync_service import SyncService
from tests.conftest import USER_PASS, add_user
from tests.factories_sync import consent, enroll, exchange, facility_and_office, note
from tests.unit.test_sync_apply import Usb, person

Pair = tuple[SignedIn, SignedIn]
BORN = date(1979, 2, 3)


@pytest.fixture
def sites(tmp_path: Path) -> Iterator[Pair]:
    yield from facility_and_office(tmp_path)


def audits(signed: SignedIn, action: str) -> int:
    with signed.store.uow(write=False) as uow:
        q = select(func.count()).select_from(AuditRow).where(AuditRow.action == action)
        return int(uow.session.scalar(q) or 0)


def enrolled_twice(fac: SignedIn, off: SignedIn, usb: Usb, **office: object) -> tuple[str, str]:
    """The same person enrolled at both sites, then the facility's record sent to the office."""
    theirs = enroll(fac, doc_number="K1001", legal_last_name="Okafor", legal_first_name="Ada")
    consent(fac, theirs, off.actor.site_id)
    note(fac, theirs, "intake at riverside")
    values = {"doc_number": "K1001", "legal_last_name": "Okafor", "legal_first_name": "Ada"}
    mine = enroll(off, **{**values, **office})
    note(off, mine, "seen at the office")
    return theirs, mine


def test_same_doc_number_is_offered_not_doubled(sites: Pair, tmp_path: Path) -> None:
    fac, off = sites
    usb = Usb(tmp_path)
    theirs, mine = enrolled_twice(fac, off, usb)
    got = exchange(fac, off, usb())
    ((found),) = got.duplicates
    assert (found.imported_id, found.local_id, found.reason) == (theirs, mine, "same_doc_number")
    assert got.conflicts == 0  # a possible duplicate is not a field conflict
    svc = SyncDuplicateService(off.store)
    (item,) = svc.list_duplicates(off.actor)
    assert item.id == found.item_id and item.reason == "same_doc_number"
    assert (item.imported.id, item.local.id) == (theirs, mine)
    assert item.imported.origin_site_name == "Riverside Unit"
    assert item.local.origin_site_name == "North Reentry Office"
    assert SyncService(off.store).list_conflicts(off.actor) == ()  # listed apart


def test_close_name_and_same_birth_date_is_offered(sites: Pair, tmp_path: Path) -> None:
    fac, off = sites
    usb = Usb(tmp_path)
    theirs = enroll(
        fac, doc_number="K2", legal_last_name="Okafor", legal_first_name="Ada", date_of_birth=BORN
    )
    consent(fac, theirs, off.actor.site_id)
    enroll(
        off, doc_number="Z9", legal_last_name="Okafor", legal_first_name="Adah", date_of_birth=BORN
    )
    enroll(off, doc_number="Z8", legal_last_name="Smith", legal_first_name="Jo", date_of_birth=BORN)
    enroll(off, doc_number="Z7", legal_last_name="Okafor", legal_first_name="Ada")  # other birth
    (found,) = exchange(fac, off, usb()).duplicates
    assert found.reason == "close_name_same_birth_date"


def test_no_match_no_item(sites: Pair, tmp_path: Path) -> None:
    fac, off = sites
    usb = Usb(tmp_path)
    theirs = enroll(fac, doc_number="K3", legal_last_name="Okafor", legal_first_name="Ada")
    consent(fac, theirs, off.actor.site_id)
    enroll(off, doc_number="Z3", legal_last_name="Moreno", legal_first_name="Rosa")
    assert exchange(fac, off, usb()).duplicates == ()
    assert SyncDuplicateService(off.store).list_duplicates(off.actor) == ()


def test_merge_moves_everything_and_is_audited(sites: Pair, tmp_path: Path) -> None:
    fac, off = sites
    usb = Usb(tmp_path)
    theirs, mine = enrolled_twice(fac, off, usb)
    exchange(fac, off, usb())
    svc = SyncDuplicateService(off.store)
    (item,) = svc.list_duplicates(off.actor)
    with pytest.raises(ValidationError) as err:
        svc.merge(off.actor, item.id, "both")  # type: ignore[arg-type]
    assert err.value.field == "keep"
    assert audits(off, "participant.merge") == 0
    moved = svc.merge(off.actor, item.id, "imported")  # keep the record both sites hold
    assert moved >= 2  # the office's note, and more
    assert audits(off, "participant.merge") == 1 and audits(off, "sync.duplicate_merge") == 1
    assert person(off, mine)["deleted"] and not person(off, theirs)["deleted"]
    with off.store.uow(write=False) as uow:
        owners = set(uow.session.scalars(select(NoteRow.participant_id)))
    assert owners == {theirs}
    assert svc.list_duplicates(off.actor) == ()
    with pytest.raises(ValidationError):
        svc.merge(off.actor, item.id, "local")
    with pytest.raises(NotFound):
        svc.keep_both(off.actor, "00000000-0000-4000-8000-000000000000")


def test_keep_both_leaves_both(sites: Pair, tmp_path: Path) -> None:
    fac, off = sites
    usb = Usb(tmp_path)
    theirs, mine = enrolled_twice(fac, off, usb)
    exchange(fac, off, usb())
    svc = SyncDuplicateService(off.store)
    (item,) = svc.list_duplicates(off.actor)
    svc.keep_both(off.actor, item.id)
    assert svc.list_duplicates(off.actor) == ()
    assert audits(off, "sync.duplicate_keep_both") == 1
    assert not person(off, mine)["deleted"] and not person(off, theirs)["deleted"]


def test_roles(sites: Pair, tmp_path: Path) -> None:
    fac, off = sites
    usb = Usb(tmp_path)
    enrolled_twice(fac, off, usb)
    exchange(fac, off, usb())
    (item,) = SyncDuplicateService(off.store).list_duplicates(off.actor)
    add_user(off, "pat", "peer_educator")
    signed = AuthService(off.store.paths).sign_in("pat", USER_PASS)
    try:
        svc = SyncDuplicateService(signed.store)
        for call in (
            lambda: svc.list_duplicates(signed.actor),
            lambda: svc.merge(signed.actor, item.id, "local"),
            lambda: svc.keep_both(signed.actor, item.id),
        ):
            with pytest.raises(PermissionDenied):
                call()
    finally:
        signed.store.close()
    assert len(SyncDuplicateService(off.store).list_duplicates(off.actor)) == 1


@pytest.mark.parametrize("keep", ["imported", "local"])
def test_round_trip_after_a_merge(sites: Pair, tmp_path: Path, keep: str) -> None:
    """The office merges; its next bundle makes the facility agree: the merged-away record is
    a tombstone there too (when the facility held it), the kept one holds the records."""
    fac, off = sites
    usb = Usb(tmp_path)
    theirs, mine = enrolled_twice(fac, off, usb)
    exchange(fac, off, usb())
    consent(off, theirs, fac.actor.site_id)
    consent(off, mine, fac.actor.site_id)
    (item,) = SyncDuplicateService(off.store).list_duplicates(off.actor)
    SyncDuplicateService(off.store).merge(off.actor, item.id, keep)  # type: ignore[arg-type]
    kept, gone = (theirs, mine) if keep == "imported" else (mine, theirs)
    back = exchange(off, fac, usb())
    assert back.duplicates == ()  # the facility is told, not asked again
    assert not person(fac, kept)["deleted"]
    if gone == theirs:  # the facility's own record: it must end there too
        assert person(fac, gone)["deleted"]
    with fac.store.uow(write=False) as uow:
        s = uow.session
        live = set(s.scalars(select(ParticipantRow.id).where(ParticipantRow.deleted.is_(False))))
        assert live == {kept}
        owners = set(s.scalars(select(NoteRow.participant_id)))
        assert owners == {kept}
        if keep == "imported":
            # Every consent the facility holds is on the kept record. (Keeping the office's
            # record instead leaves the facility's own consent naming the office on the
            # merged-away record there: consents travel only to the site they name.)
            consents = s.scalars(
                select(ConsentRow.participant_id).where(ConsentRow.deleted.is_(False))
            )
            assert set(consents) == {kept}
    # And back again: nothing more to merge, both sites agree on the kept record.
    exchange(fac, off, usb())
    assert person(fac, kept) == person(off, kept)
    assert SyncDuplicateService(off.store).list_duplicates(off.actor) == ()
