"""What an export carries after the first exchange: revocations, consents whose date came,
edited supporting rows, and the pending count ``sync status`` shows (issue 5, export side)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from peerdesk.db.models import ConsentRow, MentorRow, NoteRow, ParticipantRow, SyncPeerRow
from peerdesk.services.auth import SignedIn
from peerdesk.services.consent import ConsentService
from peerdesk.services.sync_service import SyncService
from peerdesk.sync.payload_export import build_payload, count_pending
from tests.factories_sync import (
    consent,
    edit_row,
    enroll,
    exchange,
    facility_and_office,
    match_row,
    mentor_row,
    note,
)

TODAY = date.today()


@pytest.fixture
def sites(tmp_path: Path) -> Iterator[tuple[SignedIn, SignedIn]]:
    yield from facility_and_office(tmp_path)


class Usb:
    """A fresh folder per bundle."""

    def __init__(self, root: Path) -> None:
        self.root, self.n = root, 0

    def __call__(self) -> Path:
        self.n += 1
        return self.root / f"usb{self.n}"


def acked(fac: SignedIn, off: SignedIn) -> int:
    with fac.store.uow(write=False) as uow:
        peer = uow.session.get(SyncPeerRow, off.actor.site_id)
        assert peer is not None
        return peer.acked_change_seq


def round_trip(fac: SignedIn, off: SignedIn, usb: Usb) -> None:
    """Facility -> office, then office -> facility (which carries the acknowledgment)."""
    exchange(fac, off, usb())
    exchange(off, fac, usb())
    assert acked(fac, off) > 0


def body(fac: SignedIn, off: SignedIn, on: date = TODAY) -> dict[str, Any]:
    with fac.store.uow(write=False) as uow:
        built = build_payload(uow.session, off.actor.site_id, acked(fac, off), on)
    return dict(json.loads(built.data))


def ids(payload: dict[str, Any], table: str) -> set[str]:
    return {r["id"] for r in payload["records"] if r["t"] == table}


def consent_at(signed: SignedIn, cid: str) -> ConsentRow:
    with signed.store.uow(write=False) as uow:
        row = uow.session.get(ConsentRow, cid)
        assert row is not None
        uow.session.expunge(row)
        return row


# --- 1. a revocation travels --------------------------------------------------------------
def test_a_revocation_reaches_the_recipient_and_nothing_else_of_that_person(
    sites: tuple[SignedIn, SignedIn], tmp_path: Path
) -> None:
    fac, off = sites
    usb = Usb(tmp_path)
    pid = enroll(fac)
    cid = consent(fac, pid, off.actor.site_id)
    round_trip(fac, off, usb)
    ConsentService(fac.store).revoke(fac.actor, cid, TODAY)
    edit_row(fac, ParticipantRow, pid, housing_unit="Z-9")
    after = note(fac, pid, "written after the revocation")
    sent = body(fac, off)
    # The consent record alone: the person's profile and new notes stay home.
    assert {r["t"] for r in sent["records"]} == {"consents"} and ids(sent, "consents") == {cid}
    got = exchange(fac, off, usb())
    assert got.received == {"consents": 1}
    assert consent_at(off, cid).revoked_on == TODAY
    with off.store.uow(write=False) as uow:
        assert uow.session.get(NoteRow, after) is None
        person = uow.session.get(ParticipantRow, pid)
        assert person is not None and person.housing_unit != "Z-9"


def test_a_consent_recorded_and_revoked_between_exports_never_travels(
    sites: tuple[SignedIn, SignedIn], tmp_path: Path
) -> None:
    """The recipient never had the person: sending the consent alone would refer to nobody."""
    fac, off = sites
    usb = Usb(tmp_path)
    first = enroll(fac)
    consent(fac, first, off.actor.site_id)
    round_trip(fac, off, usb)
    other = enroll(fac)
    cid = consent(fac, other, off.actor.site_id)
    ConsentService(fac.store).revoke(fac.actor, cid, TODAY)
    assert ids(body(fac, off), "consents") == set()
    exchange(fac, off, usb())  # imports cleanly
    with off.store.uow(write=False) as uow:
        assert uow.session.get(ParticipantRow, other) is None
        assert uow.session.get(ConsentRow, cid) is None


# --- 2. consent that starts later by date ---------------------------------------------------
def test_a_consent_whose_start_date_comes_brings_the_earlier_records(
    sites: tuple[SignedIn, SignedIn], tmp_path: Path
) -> None:
    fac, off = sites
    usb = Usb(tmp_path)
    yesterday = datetime.now(UTC) - timedelta(days=1)
    early, later = enroll(fac), enroll(fac)
    consent(fac, early, off.actor.site_id)
    consent(fac, later, off.actor.site_id, signed_on=TODAY)  # not in force yesterday
    old_note = note(fac, later, "written before the consent started")
    out = SyncService(fac.store, clock=lambda: yesterday).export_bundle(
        fac.actor, off.actor.site_id, _dir(usb())
    )
    SyncService(off.store).import_bundle(off.actor, out.path)
    exchange(off, fac, usb())
    with off.store.uow(write=False) as uow:
        assert uow.session.get(ParticipantRow, later) is None
    # Nothing about ``later`` changed since; the date alone makes them covered today.
    assert ids(body(fac, off, TODAY - timedelta(days=1)), "participants") == set()
    sent = body(fac, off)
    assert ids(sent, "participants") == {later} and old_note in ids(sent, "notes")
    exchange(fac, off, usb())
    with off.store.uow(write=False) as uow:
        assert uow.session.get(NoteRow, old_note) is not None


def test_a_part2_scope_added_later_brings_the_earlier_treatment_notes(
    sites: tuple[SignedIn, SignedIn], tmp_path: Path
) -> None:
    fac, off = sites
    usb = Usb(tmp_path)
    pid = enroll(fac)
    consent(fac, pid, off.actor.site_id)
    sud_note = note(fac, pid, "treatment attendance", "sud")
    round_trip(fac, off, usb)
    assert sud_note not in ids(body(fac, off), "notes")
    consent(fac, pid, off.actor.site_id, scope_sud=True, scope_general=False)
    assert sud_note in ids(body(fac, off), "notes")


# --- 3. edits to supporting rows ------------------------------------------------------------
def test_an_edited_mentor_travels_when_the_recipient_holds_it_and_only_then(
    sites: tuple[SignedIn, SignedIn], tmp_path: Path
) -> None:
    fac, off = sites
    usb = Usb(tmp_path)
    mentee, uncovered = enroll(fac), enroll(fac)
    consent(fac, mentee, off.actor.site_id)
    staff, unused, other_staff = mentor_row(fac), mentor_row(fac), mentor_row(fac)
    match_row(fac, mentee, staff)
    match_row(fac, uncovered, other_staff)
    round_trip(fac, off, usb)
    for mentor in (staff, unused, other_staff):
        edit_row(fac, MentorRow, mentor, capacity=7)
    sent = body(fac, off)
    assert ids(sent, "mentors") == {staff}
    assert {r["t"] for r in sent["records"]} == {"mentors"}
    exchange(fac, off, usb())
    with off.store.uow(write=False) as uow:
        row = uow.session.get(MentorRow, staff)
        assert row is not None and row.capacity == 7
        assert uow.session.get(MentorRow, other_staff) is None


def test_an_edited_mentor_stays_home_once_the_mentee_is_no_longer_covered(
    sites: tuple[SignedIn, SignedIn], tmp_path: Path
) -> None:
    fac, off = sites
    usb = Usb(tmp_path)
    mentee = enroll(fac)
    cid = consent(fac, mentee, off.actor.site_id)
    staff = mentor_row(fac)
    match_row(fac, mentee, staff)
    round_trip(fac, off, usb)
    ConsentService(fac.store).revoke(fac.actor, cid, TODAY)
    edit_row(fac, MentorRow, staff, capacity=9)
    assert ids(body(fac, off), "mentors") == set()


# --- 4. pending changes in ``sync status`` -------------------------------------------------
def test_pending_counts_what_the_next_bundle_carries(
    sites: tuple[SignedIn, SignedIn], tmp_path: Path
) -> None:
    fac, off = sites
    usb = Usb(tmp_path)
    covered, home = enroll(fac), enroll(fac)
    consent(fac, covered, off.actor.site_id)
    for i in range(3):
        note(fac, home, f"stays home {i}")
    note(fac, covered, "travels")

    def pending() -> int:
        (peer,) = SyncService(fac.store).status(fac.actor).peers
        return peer.pending_changes

    with fac.store.uow(write=False) as uow:
        expected = build_payload(uow.session, off.actor.site_id, 0, TODAY).record_count
        assert count_pending(uow.session, off.actor.site_id, 0, TODAY) == expected
    assert pending() == expected == 4  # participant, status history, consent, note
    round_trip(fac, off, usb)
    assert pending() == 0
    edit_row(fac, ParticipantRow, home, housing_unit="C-1")
    note(fac, home, "another one that stays home")
    assert pending() == 0
    edit_row(fac, ParticipantRow, covered, housing_unit="D-1")
    assert pending() == 1


def _dir(path: Path) -> Path:
    path.mkdir(parents=True, exist_ok=True)
    return path


def test_nothing_changed_means_nothing_pending(sites: tuple[SignedIn, SignedIn]) -> None:
    fac, off = sites
    with fac.store.uow(write=False) as uow:
        assert count_pending(uow.session, off.actor.site_id, 0, TODAY) == 0
        assert uow.session.scalars(select(ConsentRow.id)).first() is None


def test_part2_and_sensitivity_are_read_from_the_kind_columns_only() -> None:
    """The export reads one column per table to decide Part 2 / sensitive: it must be the
    column ``is_sud`` and ``is_sensitive`` look at, and other tables are never Part 2."""
    from peerdesk.domain.note_rules import Sensitivity
    from peerdesk.domain.screening_rules import NeedDomain, ServiceType
    from peerdesk.sync.payload_tables import KIND_COLUMNS, OWNED, data_columns, is_sensitive, is_sud

    part2 = {
        "sensitivity": Sensitivity.SUD.value,
        "domain": NeedDomain.SUBSTANCE_USE.value,
        "service_type": ServiceType.SUBSTANCE_USE_TREATMENT.value,
    }
    for name in OWNED:
        values = {c: part2.get(c) for c in data_columns(name)}
        column = KIND_COLUMNS.get(name)
        if column is None:
            assert not is_sud(name, values) and not is_sensitive(name, values), name
            continue
        assert column in data_columns(name)
        assert is_sud(name, {column: values[column]}) is True, name
    sensitive = {"sensitivity": Sensitivity.SENSITIVE.value}
    assert is_sensitive("notes", sensitive) and not is_sud("notes", sensitive)


def test_a_deleted_consent_of_a_person_no_longer_covered_does_not_block_the_bundle(
    sites: tuple[SignedIn, SignedIn], tmp_path: Path
) -> None:
    from tests.factories_sync import delete_row

    fac, off = sites
    usb = Usb(tmp_path)
    pid, other = enroll(fac), enroll(fac)
    cid = consent(fac, pid, off.actor.site_id)
    consent(fac, other, off.actor.site_id)
    round_trip(fac, off, usb)
    delete_row(fac, ConsentRow, cid)
    edit_row(fac, ParticipantRow, other, housing_unit="E-2")
    assert ids(body(fac, off), "consents") == set()
    got = exchange(fac, off, usb())
    assert got.received == {"participants": 1}


def test_only_covered_people_are_read_and_the_temporary_table_goes(
    sites: tuple[SignedIn, SignedIn], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The candidate rows are read for covered people only (``people_table``); the temporary
    table is gone afterwards, and one left on the connection by a crashed run is replaced."""
    from sqlalchemy import text

    from peerdesk.sync import payload_scope

    fac, off = sites
    covered, lapsed, never = enroll(fac), enroll(fac), enroll(fac)
    consent(fac, covered, off.actor.site_id)
    consent(fac, lapsed, off.actor.site_id, expires_on=TODAY - timedelta(days=1))
    read: list[str] = []
    real = payload_scope._owned_candidates

    def spy(*args: Any) -> Any:
        rows = real(*args)
        if args[3] == "participants":
            read.extend(rows)
        return rows

    monkeypatch.setattr(payload_scope, "_owned_candidates", spy)
    with fac.store.uow(write=False) as uow:
        conn = uow.session.connection()
        conn.execute(text("CREATE TEMPORARY TABLE peerdesk_export_people (id TEXT)"))
        conn.execute(text("INSERT INTO peerdesk_export_people VALUES (:i)"), {"i": never})
        body = json.loads(build_payload(uow.session, off.actor.site_id, 0, TODAY).data)
        left = conn.execute(text("SELECT name FROM sqlite_temp_master")).scalars().all()
    assert read == [covered]  # neither the lapsed consent's person nor the leftover's
    assert {r["id"] for r in body["records"] if r["t"] == "participants"} == {covered}
    assert "peerdesk_export_people" not in left
