"""What a bundle payload carries to a recipient: consent decides, Part 2 needs its own scope."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from peerdesk.db.models import ConsentRow, NoteRow, ParticipantRow
from peerdesk.services.auth import SignedIn
from peerdesk.services.consent import ConsentService
from peerdesk.sync.payload_export import build_payload
from tests.factories_sync import (
    consent,
    contact_row,
    delete_row,
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


def payload(sender: SignedIn, recipient: SignedIn, acked: int = 0) -> dict[str, Any]:
    with sender.store.uow(write=False) as uow:
        built = build_payload(uow.session, recipient.actor.site_id, acked, TODAY)
    body = json.loads(built.data)
    counts: dict[str, int] = {}
    for r in body["records"]:
        counts[r["t"]] = counts.get(r["t"], 0) + 1
    assert counts == dict(built.counts)
    return body


def ids(body: dict[str, Any], table: str) -> set[str]:
    return {r["id"] for r in body["records"] if r["t"] == table}


def test_only_participants_whose_consent_names_the_recipient_travel(
    sites: tuple[SignedIn, SignedIn],
) -> None:
    fac, off = sites
    covered = enroll(fac)
    no_consent = enroll(fac)
    other_site = enroll(fac)
    consent(fac, covered, off.actor.site_id)
    consent(fac, other_site, "5f0c1a52-0000-4000-8000-000000000001")
    note(fac, no_consent, "stays home")
    body = payload(fac, off)
    assert ids(body, "participants") == {covered}
    people = {r["row"]["participant_id"] for r in body["records"] if r["t"] != "participants"}
    assert people == {covered}
    assert len(ids(body, "consents")) == 1
    # Field stamps come from the change log (a record written once: all at its own stamp,
    # so none listed); every row says where it was made.
    person = next(r for r in body["records"] if r["t"] == "participants")
    assert person["fs"] == {}
    assert person["row"]["origin_site_id"] == fac.actor.site_id and person["ds"] == ""


def test_part2_notes_travel_only_under_a_consent_naming_them(
    sites: tuple[SignedIn, SignedIn],
) -> None:
    fac, off = sites
    general_only, both, sud_only = enroll(fac), enroll(fac), enroll(fac)
    consent(fac, general_only, off.actor.site_id)
    consent(fac, both, off.actor.site_id, scope_sud=True)
    consent(fac, sud_only, off.actor.site_id, scope_sud=True, scope_general=False)
    notes = {}
    for pid in (general_only, both, sud_only):
        for sens in ("general", "sud", "sensitive"):
            notes[(pid, sens)] = note(fac, pid, f"{sens} note", sens)
    sent = ids(payload(fac, off), "notes")
    assert sent == {
        notes[(general_only, "general")],
        notes[(both, "general")],
        notes[(both, "sud")],
        notes[(sud_only, "sud")],
    }
    # The recipient ends up with exactly those notes, and never a sensitive one.
    exchange(fac, off, fac.store.paths.root.parent / "usb")
    with off.store.uow(write=False) as uow:
        got = set(uow.session.scalars(select(NoteRow.id)))
    assert got == sent


def test_a_participant_without_consent_never_leaves(
    sites: tuple[SignedIn, SignedIn], tmp_path: Path
) -> None:
    fac, off = sites
    covered, never = enroll(fac), enroll(fac)
    consent(fac, covered, off.actor.site_id)
    for i in range(3):
        edit_row(fac, ParticipantRow, never, housing_unit=f"C-{i}")
        edit_row(fac, ParticipantRow, covered, housing_unit=f"D-{i}")
        note(fac, never, f"note {i}")
        exchange(fac, off, tmp_path / f"usb{i}")
    with off.store.uow(write=False) as uow:
        assert uow.session.get(ParticipantRow, never) is None
        row = uow.session.get(ParticipantRow, covered)
        assert row is not None and row.housing_unit == "D-2"


def test_after_revocation_nothing_new_travels(
    sites: tuple[SignedIn, SignedIn], tmp_path: Path
) -> None:
    fac, off = sites
    pid = enroll(fac)
    cid = consent(fac, pid, off.actor.site_id)
    exchange(fac, off, tmp_path / "a")
    ConsentService(fac.store).revoke(fac.actor, cid, TODAY)
    edit_row(fac, ParticipantRow, pid, housing_unit="Z-9")
    note(fac, pid, "after revocation")
    assert payload(fac, off)["records"] == []


def test_a_newly_consented_participant_brings_their_whole_record(
    sites: tuple[SignedIn, SignedIn], tmp_path: Path
) -> None:
    fac, off = sites
    first, later = enroll(fac), enroll(fac)
    consent(fac, first, off.actor.site_id)
    old_note = note(fac, later, "written before any consent")
    exchange(fac, off, tmp_path / "a")
    exchange(off, fac, tmp_path / "b")  # the acknowledgment: everything so far was delivered
    with fac.store.uow(write=False) as uow:
        from peerdesk.db.models import SyncPeerRow

        peer = uow.session.get(SyncPeerRow, off.actor.site_id)
        assert peer is not None and peer.acked_change_seq > 0
        acked = peer.acked_change_seq
    assert payload(fac, off, acked)["records"] == []
    consent(fac, later, off.actor.site_id)
    body = payload(fac, off, acked)
    assert ids(body, "participants") == {later}
    assert old_note in ids(body, "notes")
    assert ids(body, "participant_status_history")


def test_tombstones_travel(sites: tuple[SignedIn, SignedIn]) -> None:
    fac, off = sites
    pid = enroll(fac)
    consent(fac, pid, off.actor.site_id)
    gone = note(fac, pid, "removed later")
    delete_row(fac, NoteRow, gone)
    rec = next(r for r in payload(fac, off)["records"] if r["id"] == gone)
    assert rec["row"]["deleted"] is True and rec["ds"] >= rec["fs"]["body"]


def test_supporting_rows_travel_with_the_records_that_need_them(
    sites: tuple[SignedIn, SignedIn],
) -> None:
    fac, off = sites
    mentee, peer_mentor_person = enroll(fac), enroll(fac)
    consent(fac, mentee, off.actor.site_id)
    staff = mentor_row(fac, None)
    uncovered_peer = mentor_row(fac, peer_mentor_person)
    ok_match = match_row(fac, mentee, staff)
    home_match = match_row(fac, mentee, uncovered_peer)
    ok_contact = contact_row(fac, mentee, ok_match)
    home_contact = contact_row(fac, mentee, home_match)
    body = payload(fac, off)
    assert ids(body, "matches") == {ok_match}
    assert home_match not in ids(body, "matches")
    assert ids(body, "mentors") == {staff}
    assert peer_mentor_person not in ids(body, "participants")
    # Two steps away: a contact on the match that stays home stays home too.
    assert ids(body, "contacts") == {ok_contact} and home_contact not in ids(body, "contacts")


def test_the_payload_is_deterministic(sites: tuple[SignedIn, SignedIn]) -> None:
    fac, off = sites
    for _ in range(3):
        pid = enroll(fac)
        consent(fac, pid, off.actor.site_id)
        note(fac, pid, "n")
    with fac.store.uow(write=False) as uow:
        a = build_payload(uow.session, off.actor.site_id, 0, TODAY)
        b = build_payload(uow.session, off.actor.site_id, 0, TODAY)
    assert a.data == b.data and a.counts == b.counts and a.record_count == 12
    assert a.change_seq_from == 1 and a.change_seq_to > 0
    tables = [r["t"] for r in json.loads(a.data)["records"]]
    assert tables.index("participants") < tables.index("consents") < tables.index("notes")


def test_consents_for_other_recipients_stay_home(sites: tuple[SignedIn, SignedIn]) -> None:
    fac, off = sites
    pid = enroll(fac)
    mine = consent(fac, pid, off.actor.site_id)
    consent(fac, pid, "5f0c1a52-0000-4000-8000-000000000002")
    assert ids(payload(fac, off), "consents") == {mine}
    with fac.store.uow(write=False) as uow:
        assert uow.session.get(ConsentRow, mine) is not None
