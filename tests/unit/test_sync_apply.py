"""Applying bundles: field merge on stamps, conflicts kept, tombstones final, all or nothing."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from peerdesk.db.models import (
    BundleLogRow,
    ConflictRow,
    NoteRow,
    ParticipantRow,
    SyncPeerRow,
)
from peerdesk.domain.errors import PermissionDenied, ValidationError
from peerdesk.services.auth import SignedIn
from peerdesk.services.sync_service import SyncService
from peerdesk.sync.payload_apply import Exchange, apply_records, check_records, parse_payload
from peerdesk.sync.payload_export import build_payload
from tests.conftest import USER_PASS, add_user
from tests.factories_sync import (
    consent,
    delete_row,
    edit_row,
    enroll,
    exchange,
    facility_and_office,
    make_site,
    note,
    snapshot,
    trust_both,
)

TODAY = date.today()
Pair = tuple[SignedIn, SignedIn]


@pytest.fixture
def sites(tmp_path: Path) -> Iterator[Pair]:
    yield from facility_and_office(tmp_path)


class Usb:
    """A fresh folder per bundle."""

    def __init__(self, root: Path) -> None:
        self.root, self.n = root, 0

    def __call__(self) -> Path:
        self.n += 1
        return self.root / f"usb{self.n}"


def shared(fac: SignedIn, off: SignedIn, usb: Usb) -> str:
    """A participant both sites hold, with consent both ways, after one round trip."""
    pid = enroll(fac)
    consent(fac, pid, off.actor.site_id)
    exchange(fac, off, usb())
    consent(off, pid, fac.actor.site_id)
    exchange(off, fac, usb())
    return pid


def person(signed: SignedIn, pid: str) -> dict[str, Any]:
    """The participant row, every column."""
    t = ParticipantRow.__table__
    with signed.store.uow(write=False) as uow:
        return dict(uow.session.execute(select(t).where(t.c.id == pid)).mappings().one())


def conflicts(signed: SignedIn) -> list[ConflictRow]:
    with signed.store.uow(write=False) as uow:
        return list(uow.session.scalars(select(ConflictRow).order_by(ConflictRow.field)))


def stamp_of(signed: SignedIn, pid: str) -> str:
    with signed.store.uow(write=False) as uow:
        row = uow.session.get(ParticipantRow, pid)
        assert row is not None
        return row.stamp


def state(signed: SignedIn) -> tuple[Any, ...]:
    """Everything an import may change (the audit trail aside)."""
    with signed.store.uow(write=False) as uow:
        s = uow.session
        extra = tuple(
            sorted(tuple(r) for r in s.execute(select(t.__table__)))  # type: ignore[attr-defined]
            for t in (BundleLogRow, SyncPeerRow, ConflictRow)
        )
    return (snapshot(signed), extra)


# --- round trips ---------------------------------------------------------------------------
def test_round_trip_and_acknowledgment(sites: Pair, tmp_path: Path) -> None:
    fac, off = sites
    usb = Usb(tmp_path)
    pid = shared(fac, off, usb)
    n = note(fac, pid, "met at intake")
    got = exchange(fac, off, usb())
    assert got.received["notes"] == 1 and got.inserted >= 1 and got.conflicts == 0
    assert person(fac, pid) == person(off, pid)
    assert snapshot(off, ["notes"]) == snapshot(fac, ["notes"])
    with off.store.uow(write=False) as uow:
        assert uow.session.get(NoteRow, n) is not None
    # The office's return bundle acknowledges it: the facility has nothing left to send.
    exchange(off, fac, usb())
    status = SyncService(fac.store).status(fac.actor)
    (peer,) = status.peers
    assert peer.site_id == off.actor.site_id and peer.pending_changes == 0
    assert peer.last_sent_sequence == 2 and peer.last_received_sequence == 2
    out = SyncService(fac.store).export_bundle(fac.actor, off.actor.site_id, _dir(usb()))
    assert out.counts == {}


def _dir(p: Path) -> Path:
    p.mkdir(parents=True)
    return p


def test_concurrent_edits_conflict_and_converge(sites: Pair, tmp_path: Path) -> None:
    fac, off = sites
    usb = Usb(tmp_path)
    pid = shared(fac, off, usb)
    edit_row(fac, ParticipantRow, pid, housing_unit="F-1", release_city="Joliet")
    edit_row(off, ParticipantRow, pid, housing_unit="O-7", preferred_name="Lu")
    winner = "O-7" if stamp_of(off, pid) > stamp_of(fac, pid) else "F-1"
    loser = {"O-7": "F-1", "F-1": "O-7"}[winner]
    assert exchange(fac, off, usb()).conflicts == 1
    # The office saw both values: it keeps the conflict. Its bundle back carries it to the
    # facility when the facility's value lost (a notice next to the record).
    assert exchange(off, fac, usb()).conflicts == (1 if winner == "O-7" else 0)
    assert person(fac, pid) == person(off, pid)
    with fac.store.uow(write=False) as uow:
        row = uow.session.get(ParticipantRow, pid)
        assert row is not None
        # Different fields merge; the same field goes to the later stamp.
        assert (row.housing_unit, row.release_city, row.preferred_name) == (winner, "Joliet", "Lu")
    assert len(conflicts(fac)) == (1 if winner == "O-7" else 0)
    for side in (off, fac) if winner == "O-7" else (off,):
        (c,) = conflicts(side)
        assert (c.table_name, c.record_id, c.field) == ("participants", pid, "housing_unit")
        assert json.loads(c.kept_value) == winner and json.loads(c.other_value) == loser
        assert c.kept_stamp > c.other_stamp and c.resolved_at is None
    # Exchanging again changes nothing and adds no conflict.
    exchange(fac, off, usb())
    exchange(off, fac, usb())
    assert (len(conflicts(fac)), len(conflicts(off))) == (1 if winner == "O-7" else 0, 1)
    assert person(fac, pid) == person(off, pid)


def test_crossing_bundles_conflict_on_both_sides(sites: Pair, tmp_path: Path) -> None:
    """Both sites write a bundle before either imports the other's: each sees the clash."""
    fac, off = sites
    usb = Usb(tmp_path)
    pid = shared(fac, off, usb)
    edit_row(fac, ParticipantRow, pid, housing_unit="F-1")
    edit_row(off, ParticipantRow, pid, housing_unit="O-7")
    winner = "O-7" if stamp_of(off, pid) > stamp_of(fac, pid) else "F-1"
    to_off = SyncService(fac.store).export_bundle(fac.actor, off.actor.site_id, _dir(usb()))
    to_fac = SyncService(off.store).export_bundle(off.actor, fac.actor.site_id, _dir(usb()))
    assert SyncService(off.store).import_bundle(off.actor, to_off.path).conflicts == 1
    assert SyncService(fac.store).import_bundle(fac.actor, to_fac.path).conflicts == 1
    assert person(fac, pid) == person(off, pid)
    assert person(fac, pid)["housing_unit"] == winner
    for side in (fac, off):
        (c,) = conflicts(side)
        assert json.loads(c.kept_value) == winner


def test_an_edit_made_after_seeing_the_other_is_no_conflict(sites: Pair, tmp_path: Path) -> None:
    fac, off = sites
    usb = Usb(tmp_path)
    pid = shared(fac, off, usb)
    edit_row(fac, ParticipantRow, pid, housing_unit="F-1")
    exchange(fac, off, usb())
    edit_row(off, ParticipantRow, pid, housing_unit="O-2")
    exchange(off, fac, usb())
    exchange(fac, off, usb())
    assert conflicts(fac) == [] and conflicts(off) == []
    with fac.store.uow(write=False) as uow:
        row = uow.session.get(ParticipantRow, pid)
        assert row is not None and row.housing_unit == "O-2"


def test_resolving_a_conflict_with_the_other_value_travels(sites: Pair, tmp_path: Path) -> None:
    fac, off = sites
    usb = Usb(tmp_path)
    pid = shared(fac, off, usb)
    edit_row(fac, ParticipantRow, pid, housing_unit="F-1")
    edit_row(off, ParticipantRow, pid, housing_unit="O-7")
    exchange(fac, off, usb())
    (c,) = conflicts(off)
    svc = SyncService(off.store)
    assert [x.id for x in svc.list_conflicts(off.actor)] == [c.id]
    # The office keeps the facility's value ("theirs") even if its own had won.
    ours_won = json.loads(c.kept_value) == "O-7"
    assert svc.resolve_conflict(off.actor, c.id, "theirs") == ("other" if ours_won else "kept")
    assert svc.list_conflicts(off.actor) == ()
    with pytest.raises(ValidationError):
        svc.resolve_conflict(off.actor, c.id, "ours")
    exchange(off, fac, usb())
    for side in (fac, off):
        with side.store.uow(write=False) as uow:
            row = uow.session.get(ParticipantRow, pid)
            assert row is not None and row.housing_unit == "F-1"


def test_a_tombstone_is_not_resurrected_by_an_older_payload(sites: Pair, tmp_path: Path) -> None:
    fac, off = sites
    usb = Usb(tmp_path)
    pid = shared(fac, off, usb)
    n = note(fac, pid, "later removed")
    with fac.store.uow(write=False) as uow:
        old = build_payload(uow.session, off.actor.site_id, 0, TODAY).data
    exchange(fac, off, usb())
    delete_row(fac, NoteRow, n)
    exchange(fac, off, usb())
    with off.store.uow() as uow:
        records = parse_payload(old)
        check_records(uow.session, records, off.actor.site_id, datetime.now(UTC))
        ex = Exchange(fac.actor.site_id, "old", 0, off.actor.site_id, datetime.now(UTC))
        apply_records(uow.session, records, ex)
    with off.store.uow(write=False) as uow:
        row = uow.session.get(NoteRow, n)
        assert row is not None and row.deleted


def test_replaying_a_bundle_is_a_no_op(sites: Pair, tmp_path: Path) -> None:
    fac, off = sites
    pid = enroll(fac)
    consent(fac, pid, off.actor.site_id)
    out = SyncService(fac.store).export_bundle(fac.actor, off.actor.site_id, _dir(tmp_path / "u"))
    svc = SyncService(off.store)
    assert not svc.import_bundle(off.actor, out.path).already_imported
    before = state(off)
    again = svc.import_bundle(off.actor, out.path)
    assert again.already_imported and again.received == {}
    assert state(off) == before


def test_a_lost_bundle_costs_nothing(sites: Pair, tmp_path: Path) -> None:
    fac, off = sites
    pid = enroll(fac)
    consent(fac, pid, off.actor.site_id)
    lost_note = note(fac, pid, "on the lost stick")
    svc = SyncService(fac.store)
    svc.export_bundle(fac.actor, off.actor.site_id, _dir(tmp_path / "lost"))
    edit_row(fac, ParticipantRow, pid, housing_unit="Q-1")
    got = exchange(fac, off, tmp_path / "next")
    assert got.sequence == 2 and got.received["notes"] == 1
    with off.store.uow(write=False) as uow:
        assert uow.session.get(NoteRow, lost_note) is not None
        row = uow.session.get(ParticipantRow, pid)
        assert row is not None and row.housing_unit == "Q-1"


# --- roles and plain errors ----------------------------------------------------------------
def test_roles(sites: Pair, tmp_path: Path) -> None:
    fac, off = sites
    add_user(fac, "pat", "peer_educator")
    add_user(fac, "abe", "auditor")
    for name in ("pat", "abe"):
        from peerdesk.services.auth import AuthService

        signed = AuthService(fac.store.paths).sign_in(name, USER_PASS)
        try:
            svc = SyncService(signed.store)
            with pytest.raises(PermissionDenied):
                svc.export_bundle(signed.actor, off.actor.site_id, tmp_path)
            with pytest.raises(PermissionDenied):
                svc.import_bundle(signed.actor, tmp_path / "x.zip")
            with pytest.raises(PermissionDenied):
                svc.status(signed.actor)
        finally:
            signed.store.close()


def test_export_to_an_untrusted_site_or_a_missing_folder(sites: Pair, tmp_path: Path) -> None:
    fac, off = sites
    svc = SyncService(fac.store)
    with pytest.raises(ValidationError) as err:
        svc.export_bundle(fac.actor, "5f0c1a52-0000-4000-8000-000000000003", tmp_path)
    assert err.value.field == "to"
    with pytest.raises(ValidationError) as err:
        svc.export_bundle(fac.actor, off.actor.site_id, tmp_path / "nope")
    assert err.value.field == "out"
    with fac.store.uow(write=False) as uow:
        assert uow.session.scalar(select(func.count()).select_from(BundleLogRow)) == 0


def test_two_facilities_one_office_and_a_transfer(sites: Pair, tmp_path: Path) -> None:
    """A facility's participant reaches the office, and through it a second facility; the
    second facility's note comes back to the first, all under consents naming each hop."""
    fac, off = sites
    east = make_site(tmp_path, "East Unit", "facility")
    try:
        trust_both(east, off)
        usb = Usb(tmp_path)
        pid = enroll(fac)
        own_east = enroll(east, legal_last_name="Okafor", legal_first_name="Ada")
        consent(fac, pid, off.actor.site_id)
        consent(east, own_east, off.actor.site_id)
        first = note(fac, pid, "from riverside")
        exchange(fac, off, usb())
        exchange(east, off, usb())
        # The office sends the transferred participant on to the east unit.
        consent(off, pid, east.actor.site_id)
        got = exchange(off, east, usb())
        assert got.received["participants"] == 1 and got.received["notes"] == 1
        with east.store.uow(write=False) as uow:
            assert uow.session.get(NoteRow, first) is not None
        later = note(east, pid, "from east")
        consent(east, pid, off.actor.site_id)
        exchange(east, off, usb())
        consent(off, pid, fac.actor.site_id)
        exchange(off, fac, usb())
        with fac.store.uow(write=False) as uow:
            assert uow.session.get(NoteRow, later) is not None
            # The east unit's own participant never reached riverside: no consent names it.
            assert uow.session.get(ParticipantRow, own_east) is None
        assert person(fac, pid) == person(east, pid) == person(off, pid)
        assert conflicts(fac) == conflicts(off) == conflicts(east) == []
    finally:
        east.store.close()


def test_a_lower_acknowledgment_sends_everything_again(sites: Pair, tmp_path: Path) -> None:
    """The office restored a backup: its next bundle acknowledges less, and the facility's
    next bundle carries again what the office lost."""
    from peerdesk.db.models import BundleLogRow as Log
    from peerdesk.sync.bundle_format import BundleHeader, build_bundle
    from peerdesk.sync.keyring import bundle_recipients, load_own_keys

    fac, off = sites
    usb = Usb(tmp_path)
    pid = shared(fac, off, usb)
    assert SyncService(fac.store).status(fac.actor).peers[0].acked_change_seq > 0
    rid = fac.actor.site_id
    with off.store.uow(write=False) as uow:
        s = uow.session
        own = load_own_keys(s)
        recipients = bundle_recipients(s, rid)
        peer = s.get(SyncPeerRow, rid)
        assert peer is not None and recipients is not None
        seq, prev = peer.last_sent_sequence + 1, peer.last_sent_bundle_id
        assert s.get(Log, prev) is not None
    extra = {"change_seq_from": 1, "change_seq_to": 0, "ack_change_seq": 0}
    data = build_bundle(
        b'{"format":1,"records":[]}',
        BundleHeader(own.site_id, rid, seq, prev, {}, extra),
        signing_key=own.active.signing_key,
        recipients=recipients,
        created_at=datetime.now(UTC),
    ).to_bytes()
    (tmp_path / "restored.zip").write_bytes(data)
    SyncService(fac.store).import_bundle(fac.actor, tmp_path / "restored.zip")
    assert SyncService(fac.store).status(fac.actor).peers[0].acked_change_seq == 0
    with fac.store.uow(write=False) as uow:
        again = build_payload(uow.session, off.actor.site_id, 0, TODAY)
    assert again.counts["participants"] == 1
    out = SyncService(fac.store).export_bundle(fac.actor, off.actor.site_id, _dir(usb()))
    assert out.counts["participants"] == 1 and pid
