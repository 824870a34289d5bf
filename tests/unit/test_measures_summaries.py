"""The measure summaries stay right through every kind of write, and a stale one is caught.

Migration 0007's triggers keep ``activity_months``, ``open_match_starts``,
``custody_follow_ups`` and ``referral_months`` current. Here the
random world of ``test_measures_reference`` is edited the ways the application edits records:
ORM updates of dates, statuses and tombstones (services, sync import), bulk re-pointing of
records to another participant (the merge of duplicates), hard deletes (the retention purge)
and inserts; then the summaries must equal a recount of the records and every measure must
equal its row-by-row definition. The real merge, purge and sync import run too.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import delete, select, text, update

from peerdesk.db.models import (
    AttendanceRow,
    ContactRow,
    GroupSessionRow,
    MatchRow,
    OutcomeRow,
    ParticipantRow,
    ReferralRow,
)
from peerdesk.domain.measures import Period
from peerdesk.services.auth import SignedIn
from peerdesk.services.measures import compute
from tests.factories_measures import assert_summaries_current
from tests.factories_rows import add_row
from tests.unit.test_measures_reference import (
    PERIODS,
    _day,
    _reference,
    _rows,
    _world,
    assert_measures_match,
)


def _edit(rng: random.Random, row: Any, people: list[Any], sessions: list[Any]) -> None:
    """One random change to a session, attendance, contact or match row."""
    if isinstance(row, GroupSessionRow):
        field = rng.choice(["held_on", "status", "deleted"])
        value = {
            "held_on": _day(rng),
            "status": "cancelled" if row.status == "held" else "held",
            "deleted": not row.deleted,
        }[field]
    elif isinstance(row, AttendanceRow):
        field = rng.choice(["status", "deleted", "participant_id", "session_id"])
        value = {
            "status": rng.choice(["present", "absent", "excused"]),
            "deleted": not row.deleted,
            "participant_id": rng.choice(people).id,
            "session_id": rng.choice(sessions).id,
        }[field]
    elif isinstance(row, ContactRow):
        field = rng.choice(["contact_on", "status", "deleted", "participant_id"])
        value = {
            "contact_on": _day(rng),
            "status": "cancelled" if row.status == "held" else "held",
            "deleted": not row.deleted,
            "participant_id": rng.choice(people).id,
        }[field]
    elif isinstance(row, OutcomeRow):
        field = rng.choice(["checkpoint_days", "returned_to_custody", "deleted", "participant_id"])
        value = {
            "checkpoint_days": rng.choice([30, 180, 365, 400]),
            "returned_to_custody": not row.returned_to_custody,
            "deleted": not row.deleted,
            "participant_id": rng.choice(people).id,
        }[field]
    elif isinstance(row, ReferralRow):
        field = rng.choice(["made_on", "service_type", "status", "deleted", "participant_id"])
        value = {
            "made_on": _day(rng),
            "service_type": rng.choice(["housing", "employment", "legal", "benefits"]),
            "status": rng.choice(["made", "completed", "declined"]),
            "deleted": not row.deleted,
            "participant_id": rng.choice(people).id,
        }[field]
    elif isinstance(row, ParticipantRow):
        field, value = "actual_release_date", None if rng.random() < 0.2 else _day(rng)
    else:
        field = rng.choice(["started_on", "closed_on", "deleted", "participant_id"])
        started = row.started_on
        value = {
            "started_on": None if rng.random() < 0.2 else _day(rng),
            "closed_on": None
            if rng.random() < 0.4 or started is None
            else started + timedelta(days=rng.randrange(300)),
            "deleted": not row.deleted,
            "participant_id": rng.choice(people).id,
        }[field]
    setattr(row, field, value)


def _mutate(signed: SignedIn, seed: int) -> None:
    rng = random.Random(seed)
    site = signed.actor.site_id
    with signed.store.uow() as uow:
        s = uow.session
        people, sessions = _rows(s, ParticipantRow), _rows(s, GroupSessionRow)
        attendance, contacts, matches = (
            _rows(s, AttendanceRow),
            _rows(s, ContactRow),
            _rows(s, MatchRow),
        )
        # Field edits and tombstones, one flush per row as services and the import do.
        outcomes = _rows(s, OutcomeRow)
        edits = (
            (sessions, 15),
            (attendance, 60),
            (contacts, 60),
            (matches, 25),
            (outcomes, 30),
            (_rows(s, ReferralRow), 30),
        )
        for rows, n in (*edits, (people, 10)):
            for row in rng.sample(rows, n):
                _edit(rng, row, people, sessions)
                s.flush()
        # The merge of duplicates: every record of one participant moved to another, in bulk.
        gone, keep = rng.sample(people, 2)
        for model in (AttendanceRow, ContactRow, MatchRow, OutcomeRow, ReferralRow):
            s.execute(
                update(model).where(model.participant_id == gone.id).values(participant_id=keep.id)
            )
        # The retention purge: records erased for real, children first.
        erased = rng.sample(people, 3)
        ids = [p.id for p in erased if p.id != keep.id]
        s.execute(delete(AttendanceRow).where(AttendanceRow.participant_id.in_(ids)))
        s.execute(delete(ContactRow).where(ContactRow.participant_id.in_(ids)))
        s.execute(
            delete(ContactRow).where(
                ContactRow.match_id.in_(select(MatchRow.id).where(MatchRow.participant_id.in_(ids)))
            )
        )
        s.execute(delete(MatchRow).where(MatchRow.participant_id.in_(ids)))
        s.execute(delete(OutcomeRow).where(OutcomeRow.participant_id.in_(ids)))
        s.execute(delete(ReferralRow).where(ReferralRow.participant_id.in_(ids)))
        doomed = rng.choice(sessions).id
        s.execute(delete(AttendanceRow).where(AttendanceRow.session_id == doomed))
        s.execute(delete(GroupSessionRow).where(GroupSessionRow.id == doomed))
        s.expire_all()
        # New records.
        live = [p for p in people if p.id not in ids]
        sessions = _rows(s, GroupSessionRow)
        for _ in range(20):
            add_row(
                s,
                AttendanceRow,
                site,
                session_id=rng.choice(sessions).id,
                participant_id=rng.choice(live).id,
                status=rng.choice(["present", "absent"]),
            )
        matches = _rows(s, MatchRow)
        for _ in range(20):
            m = rng.choice(matches)
            add_row(
                s,
                ContactRow,
                site,
                match_id=m.id,
                participant_id=m.participant_id,
                contact_on=_day(rng),
                duration_minutes=30,
                mode="phone",
                status="held",
                recorded_by="maria",
            )
        mentor_id = matches[0].mentor_id
        for _ in range(5):
            add_row(
                s,
                MatchRow,
                site,
                participant_id=rng.choice(live).id,
                mentor_id=mentor_id,
                status="active",
                proposed_on=_day(rng),
                started_on=_day(rng),
            )


@pytest.mark.parametrize("seed", [3, 4, 5])
def test_summaries_follow_every_kind_of_write(coordinator: SignedIn, seed: int) -> None:
    _world(coordinator, seed)
    _mutate(coordinator, seed)
    assert_measures_match(coordinator)


@pytest.mark.parametrize(
    "trigger",
    [
        "trg_activity_session_update",
        "trg_activity_contact_update",
        "trg_open_match_update",
        "trg_custody_outcome_update",
        "trg_custody_release_update",
        "trg_referral_update",
    ],
)
def test_a_stale_summary_is_caught(coordinator: SignedIn, trigger: str) -> None:
    """Without one trigger the same edits leave a summary stale, and the checks say so."""
    _world(coordinator, 3)
    with coordinator.store.uow() as uow:
        uow.session.execute(text(f"DROP TRIGGER {trigger}"))
    _mutate(coordinator, 3)
    with coordinator.store.uow(write=False) as uow:
        with pytest.raises(AssertionError, match="differs from the records"):
            assert_summaries_current(uow.session)
        # Months of 2027 too: their return-to-custody cohorts are the world's releases.
        periods = [*PERIODS, *(Period.month(2027, m) for m in range(1, 13))]
        assert any(compute(uow.session, p) != _reference(uow.session, p) for p in periods)


def test_merge_and_purge_keep_the_summaries(coordinator: SignedIn) -> None:
    from peerdesk.services.duplicates import DuplicateService
    from peerdesk.services.retention import RetentionService

    _world(coordinator, 6)
    with coordinator.store.uow() as uow:
        s = uow.session
        people = [p for p in _rows(s, ParticipantRow) if not p.deleted]
        busy = sorted(
            people,
            key=lambda p: -len(_rows_of(s, p.id)),
        )
        keep, gone, old = busy[0].id, busy[1].id, busy[2].id
        closed = s.get(ParticipantRow, old)
        assert closed is not None
        closed.status, closed.status_date = "completed", date(2001, 1, 1)
    moved = DuplicateService(coordinator.store).merge(coordinator.actor, keep, gone)
    assert moved > 0
    assert RetentionService(coordinator.store).purge(coordinator.actor).participants == 1
    assert_measures_match(coordinator)


def _rows_of(s: Any, pid: str) -> list[Any]:
    return [
        *s.scalars(select(AttendanceRow.id).where(AttendanceRow.participant_id == pid)),
        *s.scalars(select(ContactRow.id).where(ContactRow.participant_id == pid)),
        *s.scalars(select(MatchRow.id).where(MatchRow.participant_id == pid)),
    ]


def test_sync_import_keeps_the_summaries(tmp_path: Path) -> None:
    from tests.factories_sync import (
        consent,
        delete_row,
        edit_row,
        enroll,
        exchange,
        make_site,
        trust_both,
    )

    fac = make_site(tmp_path, "Riverside Unit", "facility")
    off = make_site(tmp_path, "North Reentry Office", "office")
    try:
        trust_both(fac, off)
        pid = enroll(fac)
        consent(fac, pid, off.actor.site_id)
        ids = _sync_records(fac, pid)
        exchange(fac, off, tmp_path / "usb1")
        with off.store.uow(write=False) as uow:
            assert compute(uow.session, Period.month(2026, 10)).active == 1
        edit_row(fac, GroupSessionRow, ids["session"], held_on=date(2026, 9, 2))
        edit_row(fac, MatchRow, ids["match"], closed_on=date(2026, 10, 20), status="closed")
        delete_row(fac, ContactRow, ids["contact"])
        exchange(fac, off, tmp_path / "usb2")
        for signed in (fac, off):
            assert_measures_match(signed)
        with off.store.uow(write=False) as uow:
            october = compute(uow.session, Period.month(2026, 10))
            assert (october.active, october.attendance_present, october.matched) == (0, 0, 1)
            assert compute(uow.session, Period.month(2026, 11)).matched == 0
    finally:
        fac.store.close()
        off.store.close()


def _sync_records(fac: SignedIn, pid: str) -> dict[str, str]:
    from peerdesk.db.models import GroupRow, MentorRow
    from tests.factories_sync import write_row

    group = write_row(fac, GroupRow, name="Thinking for a Change")
    session = write_row(
        fac,
        GroupSessionRow,
        group_id=group,
        held_on=date(2026, 10, 6),
        duration_minutes=60,
        status="held",
        recorded_by="maria",
    )
    write_row(fac, AttendanceRow, session_id=session, participant_id=pid, status="present")
    mentor = write_row(
        fac,
        MentorRow,
        person_kind="volunteer",
        last_name="Reyes",
        first_name="Ana",
        side="facility",
        status="active",
        status_date=date(2026, 1, 1),
    )
    match = write_row(
        fac,
        MatchRow,
        participant_id=pid,
        mentor_id=mentor,
        status="active",
        proposed_on=date(2026, 9, 1),
        started_on=date(2026, 9, 1),
    )
    contact = write_row(
        fac,
        ContactRow,
        match_id=match,
        participant_id=pid,
        contact_on=date(2026, 10, 14),
        duration_minutes=30,
        mode="phone",
        status="held",
        recorded_by="maria",
    )
    return {"session": session, "match": match, "contact": contact}
