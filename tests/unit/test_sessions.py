"""Group sessions (roster, attendance, cancellations, corrections) and one-on-one contacts."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import select

from peerdesk.clock import Clock, utcnow
from peerdesk.db.models import AttendanceRow, NoteRow, SessionFacilitatorRow
from peerdesk.domain.errors import NotFound, PermissionDenied, ValidationError
from peerdesk.domain.roles import Role
from peerdesk.domain.session_rules import (
    EditRefusal,
    check_attendance_edit,
    check_duration,
    check_mark,
    check_roster,
    parse_start_time,
)
from peerdesk.services.auth import SignedIn
from peerdesk.services.contacts import ContactDraft, ContactService
from peerdesk.services.groups import GroupService
from peerdesk.services.participants import ParticipantService
from peerdesk.services.sessions import AttendanceMark, SessionDraft, SessionService
from peerdesk.services.timeline import SessionQueries
from tests.conftest import Site
from tests.factories_sessions import (
    TODAY,
    World,
    add_match,
    audit_entries,
    build_world,
    counts,
    enroll,
)

M = AttendanceMark


@pytest.fixture
def world(site: Site, coordinator: SignedIn) -> Iterator[World]:
    w = build_world(site, coordinator)
    yield w
    w.close()


def _svc(signed: SignedIn, clock: Clock = utcnow) -> SessionService:
    return SessionService(signed.store, clock)


def _q(who: SignedIn | SessionService) -> SessionQueries:
    """Session reads, for a signed-in user or for the store a SessionService writes to."""
    return SessionQueries(who.store)


def _draft(w: World, **overrides: object) -> SessionDraft:
    a, b, c = w.members
    base = SessionDraft(
        group_id=w.group_id,
        start_time="9:30",
        duration_minutes=90,
        module="Module 3: Social skills",
        held_on=TODAY - timedelta(days=1),
        attendance=(
            M(a, "present", remark="arrived late"),
            M(b, "absent", "lockdown"),
            M(c, "excused", "court"),
        ),
    )
    return replace(base, **overrides)  # type: ignore[arg-type]


# --- pure rules ----------------------------------------------------------------------------------
@given(st.integers(0, 23), st.integers(0, 59))
def test_start_time_round_trips(h: int, m: int) -> None:
    assert parse_start_time(f"{h}:{m:02d}") == f"{h:02d}:{m:02d}"


@pytest.mark.parametrize("text", ["24:00", "9:60", "9.30", "930", "", "ab:cd", "-1:30"])
def test_bad_start_times(text: str) -> None:
    with pytest.raises(ValidationError) as err:
        parse_start_time(text)
    assert err.value.field == "start_time"


@given(st.integers(-10_000, 10_000))
def test_duration_bounds(minutes: int) -> None:
    if 1 <= minutes <= 600:
        assert check_duration(minutes) == minutes
    else:
        with pytest.raises(ValidationError):
            check_duration(minutes)


def test_marks_and_roster() -> None:
    assert check_mark("absent", " medical ") == ("absent", "medical")
    assert check_mark("excused", "") == ("excused", "")
    for status, reason in (("present", "court"), ("late", ""), ("absent", "holiday")):
        with pytest.raises(ValidationError):
            check_mark(status, reason)
    check_roster({"a", "b"}, ["b", "a"])
    for marked in (["a"], ["a", "b", "b"], ["a", "b", "z"]):
        with pytest.raises(ValidationError):
            check_roster({"a", "b"}, marked)


def test_attendance_edit_rule() -> None:
    day = date(2026, 3, 1)
    ok = check_attendance_edit(Role.PEER_EDUCATOR, "pe1", "pe1", day, day + timedelta(days=7))
    assert ok is None
    assert (
        check_attendance_edit(Role.PEER_EDUCATOR, "pe1", "pe1", day, day + timedelta(days=8))
        is EditRefusal.TOO_LATE
    )
    assert (
        check_attendance_edit(Role.REENTRY_STAFF, "re1", "pe1", day, day)
        is EditRefusal.NOT_RECORDER
    )
    assert check_attendance_edit(Role.COORDINATOR, "maria", "pe1", day, day) is None
    assert (
        check_attendance_edit(Role.COORDINATOR, "maria", "pe1", day, day + timedelta(days=9))
        is EditRefusal.TOO_LATE
    )


# --- roster and recording --------------------------------------------------------------------
def test_roster_is_current_members_sorted(world: World) -> None:
    svc, a = _svc(world.coord), world.coord.actor
    late = enroll(world.coord, legal_last_name="Aaron")
    GroupService(world.coord.store).add_member(a, world.group_id, late)
    GroupService(world.coord.store).remove_member(a, world.group_id, world.members[2])
    ParticipantService(world.coord.store).tombstone(a, world.members[1])
    names = [r.legal_last_name for r in _q(svc).roster_for_session(a, world.group_id)]
    assert names == ["Aaron", "Adams"]
    # The roster of a past day: who was a member then.
    week_ago = TODAY - timedelta(days=7)
    back_then = [r.participant_id for r in _q(svc).roster_for_session(a, world.group_id, week_ago)]
    assert back_then == [world.members[0], world.members[2]]
    peer = world.peer
    assert len(_q(peer).roster_for_session(peer.actor, world.group_id)) == 2
    # A peer educator no longer sees someone who has left their group, even on a past roster.
    earlier = _q(peer).roster_for_session(peer.actor, world.group_id, week_ago)
    assert [r.participant_id for r in earlier] == [world.members[0]]
    with pytest.raises(NotFound):
        _q(peer).roster_for_session(peer.actor, world.other_group_id)


def test_record_session_writes_everything_once(world: World) -> None:
    svc = _svc(world.peer)
    summary = svc.record(world.peer.actor, _draft(world))
    assert (summary.present, summary.absent, summary.excused) == (1, 1, 1)
    assert summary.start_time == "09:30" and summary.location == "Chapel"
    assert summary.recorded_by == "pe1"
    detail = _q(svc).get(world.peer.actor, summary.id)
    assert detail.facilitator_ids == (world.peer_mentor_id,)
    by_pid = {e.participant_id: e for e in detail.attendance}
    assert by_pid[world.members[0]].remark == "arrived late"
    assert by_pid[world.members[1]].reason_code == "lockdown"
    assert ("pe1", "session.record", summary.id, "ok") in audit_entries(world.coord.store)
    recent = _q(world.coord).recent_sessions(world.coord.actor, world.group_id)
    assert [s.id for s in recent] == [summary.id]


def test_default_held_on_is_today_and_facilitators_can_be_given(world: World) -> None:
    draft = _draft(world, held_on=None, facilitator_ids=(world.other_mentor_id,), location="Yard")
    summary = _svc(world.coord).record(world.coord.actor, draft)
    assert summary.held_on == TODAY and summary.location == "Yard"
    with world.coord.store.uow(write=False) as uow:
        ids = list(
            uow.session.scalars(
                select(SessionFacilitatorRow.mentor_id).where(
                    SessionFacilitatorRow.session_id == summary.id
                )
            )
        )
    assert ids == [world.other_mentor_id]


def _bad_drafts(w: World) -> list[tuple[str, SessionDraft]]:
    a, b, c = w.members
    return [
        ("held_on", _draft(w, held_on=TODAY + timedelta(days=1))),
        ("start_time", _draft(w, start_time="25:00")),
        ("start_time", _draft(w, start_time="")),
        ("duration_minutes", _draft(w, duration_minutes=0)),
        ("duration_minutes", _draft(w, duration_minutes=601)),
        ("module", _draft(w, module="m" * 121)),
        ("location", _draft(w, location="l" * 121)),
        ("attendance", _draft(w, attendance=(M(a, "late"), M(b, "present"), M(c, "present")))),
        ("attendance", _draft(w, attendance=(M(a, "present", "court"), M(b, "present"),
                                             M(c, "present")))),
        ("attendance", _draft(w, attendance=(M(a, "absent", "beach"), M(b, "present"),
                                             M(c, "present")))),
        ("attendance", _draft(w, attendance=(M(a, "present"), M(b, "present")))),
        ("attendance", _draft(w, attendance=(M(a, "present"), M(a, "present"), M(b, "present"),
                                             M(c, "present")))),
        ("attendance", _draft(w, attendance=(M(a, "present"), M(b, "present"), M(c, "present"),
                                             M(w.outsider, "present")))),
        ("remark", _draft(w, attendance=(M(a, "present", remark="r" * 201), M(b, "present"),
                                         M(c, "present")))),
        ("note", _draft(w, attendance=(M(a, "present", note="x" * 20_001), M(b, "present"),
                                       M(c, "present")))),
        ("sensitivity", _draft(w, attendance=(M(a, "present", note="x", note_sensitivity="sud"),
                                              M(b, "present"), M(c, "present")))),
        ("sensitivity", _draft(w, attendance=(M(a, "present", note="x", note_sensitivity="top"),
                                              M(b, "present"), M(c, "present")))),
        ("facilitator_ids", _draft(w, facilitator_ids=("no-such-mentor",))),
        ("facilitator_ids", _draft(w, facilitator_ids=(w.peer_mentor_id, w.peer_mentor_id))),
    ]  # fmt: skip


def test_bad_sessions_are_refused_and_nothing_written(world: World) -> None:
    svc = _svc(world.peer)
    before = counts(world.coord.store)
    for field, draft in _bad_drafts(world):
        with pytest.raises(ValidationError) as err:
            svc.record(world.peer.actor, draft)
            pytest.fail(f"accepted a bad {field}")
        assert err.value.field == field, (field, draft)
        assert counts(world.coord.store) == before, field
    # A blank note with an ordinary mark is simply no note.
    a, b, c = world.members
    marks = (M(a, "present", note="  \n "), M(b, "present"), M(c, "present"))
    svc.record(world.peer.actor, _draft(world, attendance=marks))
    assert counts(world.coord.store)["notes"] == 0


def test_same_group_day_and_time_twice_is_refused(world: World) -> None:
    svc = _svc(world.peer)
    svc.record(world.peer.actor, _draft(world))
    before = counts(world.coord.store)
    with pytest.raises(ValidationError) as err:
        svc.record(world.peer.actor, _draft(world, start_time="09:30"))
    assert err.value.field == "start_time"
    assert counts(world.coord.store) == before
    svc.record(world.peer.actor, _draft(world, start_time="13:00"))


def test_inactive_group_takes_no_sessions(world: World) -> None:
    GroupService(world.coord.store).deactivate(world.coord.actor, world.group_id)
    with pytest.raises(ValidationError) as err:
        _svc(world.coord).record(world.coord.actor, _draft(world))
    assert err.value.field == "group_id"


def test_per_member_notes_become_participant_notes(world: World) -> None:
    a, b, c = world.members
    marks = (
        M(a, "present", note="Led the role-play.", note_sensitivity="sensitive"),
        M(b, "absent", "medical"),
        M(c, "present", note="Quiet today."),
    )
    summary = _svc(world.peer).record(world.peer.actor, _draft(world, attendance=marks))
    with world.coord.store.uow(write=False) as uow:
        notes = list(uow.session.scalars(select(NoteRow).order_by(NoteRow.participant_id)))
    assert {(n.participant_id, n.sensitivity) for n in notes} == {
        (a, "sensitive"),
        (c, "general"),
    }
    assert all(n.session_id == summary.id and n.needs_cosign and n.author == "pe1" for n in notes)


def test_peer_records_only_their_groups_and_auditor_none(world: World) -> None:
    draft = _draft(
        world,
        group_id=world.other_group_id,
        attendance=(M(world.outsider, "present"),),
    )
    auditor = world.sign_in("aud1", "auditor")
    before = counts(world.coord.store)
    with pytest.raises(NotFound):
        _svc(world.peer).record(world.peer.actor, draft)
    with pytest.raises(PermissionDenied):
        _svc(auditor).record(auditor.actor, _draft(world))
    with pytest.raises(PermissionDenied):
        _svc(auditor).record_cancelled(auditor.actor, world.group_id, "lockdown")
    assert counts(world.coord.store) == before
    assert ("aud1", "session.record", "", "denied") in audit_entries(world.coord.store)
    # The auditor reads sessions, though.
    _svc(world.coord).record(world.coord.actor, draft)
    assert len(_q(auditor).recent_sessions(auditor.actor, world.other_group_id)) == 1


def test_cancelled_session(world: World) -> None:
    svc = _svc(world.peer)
    with pytest.raises(ValidationError) as err:
        svc.record_cancelled(world.peer.actor, world.group_id, "boredom")
    assert err.value.field == "cancel_reason"
    with pytest.raises(ValidationError) as err:
        svc.record_cancelled(
            world.peer.actor, world.group_id, "lockdown", held_on=TODAY + timedelta(days=2)
        )
    assert err.value.field == "held_on"
    held = svc.record(world.peer.actor, _draft(world, held_on=TODAY - timedelta(days=3)))
    cancelled = svc.record_cancelled(
        world.peer.actor, world.group_id, "lockdown", start_time="9:30"
    )
    assert cancelled.status == "cancelled" and cancelled.cancel_reason == "lockdown"
    assert (cancelled.present, cancelled.absent, cancelled.excused) == (0, 0, 0)
    assert [s.id for s in _q(svc).recent_sessions(world.peer.actor, world.group_id)] == [
        cancelled.id,
        held.id,
    ]
    assert _q(svc).get(world.peer.actor, cancelled.id).attendance == ()
    with pytest.raises(ValidationError) as err:
        svc.edit_attendance(world.peer.actor, cancelled.id, [M(world.members[0], "present")])
    assert err.value.field == "session_id"


# --- corrections ---------------------------------------------------------------------------
def test_recorder_corrects_attendance(world: World) -> None:
    svc = _svc(world.peer)
    summary = svc.record(world.peer.actor, _draft(world))
    a, b, _ = world.members
    marks = [M(b, "absent", "lockdown"), M(a, "absent", "medical", note="Sent to clinic.")]
    assert svc.edit_attendance(world.peer.actor, summary.id, marks) == 1  # b was unchanged
    detail = _q(svc).get(world.peer.actor, summary.id)
    assert {e.participant_id: e.status for e in detail.attendance}[a] == "absent"
    after = _q(svc).recent_sessions(world.peer.actor, world.group_id)[0]
    assert (after.present, after.absent, after.excused) == (0, 2, 1)
    with world.coord.store.uow(write=False) as uow:
        assert uow.session.scalars(select(NoteRow.body)).all() == ["Sent to clinic."]
    before = counts(world.coord.store)
    assert svc.edit_attendance(world.peer.actor, summary.id, [M(b, "absent", "lockdown")]) == 0
    assert counts(world.coord.store) == before  # nothing changed, nothing written
    for marks in ([M(world.outsider, "present")], [M(a, "present"), M(a, "absent")]):
        with pytest.raises(ValidationError) as err:
            svc.edit_attendance(world.peer.actor, summary.id, marks)
        assert err.value.field == "attendance"
    assert counts(world.coord.store) == before


def test_only_recorder_or_coordinator_within_seven_days(world: World) -> None:
    summary = _svc(world.peer).record(world.peer.actor, _draft(world))
    first = [M(world.members[0], "absent")]
    reentry = world.sign_in("re1", "reentry_staff")
    before = counts(world.coord.store)
    with pytest.raises(PermissionDenied):
        _svc(reentry).edit_attendance(reentry.actor, summary.id, first)
    assert counts(world.coord.store) == before
    assert ("re1", "session.attendance_edit", summary.id, "denied") in audit_entries(
        world.coord.store
    )
    assert _svc(world.coord).edit_attendance(world.coord.actor, summary.id, first) == 1

    def later() -> datetime:
        return datetime.now(UTC) + timedelta(days=8)

    for signed in (world.peer, world.coord):
        with pytest.raises(ValidationError) as err:
            _svc(signed, later).edit_attendance(
                signed.actor, summary.id, [M(world.members[0], "present")]
            )
        assert err.value.field == "session_id"
    assert counts(world.coord.store)["attendance"] == before["attendance"]
    with world.coord.store.uow(write=False) as uow:
        statuses = uow.session.scalars(
            select(AttendanceRow.status).where(AttendanceRow.participant_id == world.members[0])
        ).all()
    assert statuses == ["absent"]


# --- contacts ------------------------------------------------------------------------------
def _contacts(signed: SignedIn) -> ContactService:
    return ContactService(signed.store)


def test_record_contacts(world: World) -> None:
    svc = _contacts(world.peer)
    first = svc.record(
        world.peer.actor,
        ContactDraft(world.match_id, 45, "phone", TODAY - timedelta(days=5)),
    )
    second = svc.record(world.peer.actor, ContactDraft(world.match_id, 60, "in_person"))
    cancelled = svc.record_cancelled(world.peer.actor, world.match_id, "participant_unavailable")
    assert first.participant_id == world.mentee and first.recorded_by == "pe1"
    assert second.contact_on == TODAY and cancelled.status == "cancelled"
    listed = svc.for_match(world.peer.actor, world.match_id)
    assert [c.id for c in listed][2] == first.id
    actions = [e[1] for e in audit_entries(world.coord.store)]
    assert actions.count("contact.record") == 2 and actions.count("contact.cancel") == 1


@pytest.mark.parametrize(
    ("overrides", "field"),
    [
        ({"duration_minutes": 0}, "duration_minutes"),
        ({"duration_minutes": 601}, "duration_minutes"),
        ({"mode": "smoke_signal"}, "mode"),
        ({"contact_on": TODAY + timedelta(days=1)}, "contact_on"),
        ({"contact_on": TODAY - timedelta(days=61)}, "contact_on"),  # before the match started
    ],
)
def test_bad_contacts_are_refused(world: World, overrides: dict[str, object], field: str) -> None:
    draft = replace(ContactDraft(world.match_id, 30, "video"), **overrides)  # type: ignore[arg-type]
    before = counts(world.coord.store)
    with pytest.raises(ValidationError) as err:
        _contacts(world.peer).record(world.peer.actor, draft)
    assert err.value.field == field
    assert counts(world.coord.store) == before


@pytest.mark.parametrize("status", ["proposed", "closed"])
def test_contacts_need_an_active_or_paused_match(world: World, status: str) -> None:
    pid = enroll(world.coord, legal_last_name="Jones")
    match = add_match(world.coord.store, world.site_id, pid, world.peer_mentor_id, status=status)
    svc = _contacts(world.coord)
    if status == "closed":  # a peer no longer sees a closed match's participant
        with pytest.raises(NotFound):
            _contacts(world.peer).record(world.peer.actor, ContactDraft(match, 30, "phone"))
    with pytest.raises(ValidationError) as err:
        svc.record(world.coord.actor, ContactDraft(match, 30, "phone"))
    assert err.value.field == "match_id"
    paused = add_match(world.coord.store, world.site_id, pid, world.peer_mentor_id, status="paused")
    svc.record(world.coord.actor, ContactDraft(paused, 30, "letter"))


def test_contact_roles(world: World) -> None:
    auditor = world.sign_in("aud1", "auditor")
    reentry = world.sign_in("re1", "reentry_staff")
    before = counts(world.coord.store)
    with pytest.raises(NotFound):  # another mentor's match
        _contacts(world.peer).record(
            world.peer.actor, ContactDraft(world.other_match_id, 30, "phone")
        )
    with pytest.raises(NotFound):
        _contacts(world.peer).for_match(world.peer.actor, world.other_match_id)
    with pytest.raises(PermissionDenied):
        _contacts(auditor).record(auditor.actor, ContactDraft(world.match_id, 30, "phone"))
    assert counts(world.coord.store) == before
    _contacts(reentry).record(reentry.actor, ContactDraft(world.other_match_id, 30, "phone"))
    assert len(_contacts(auditor).for_match(auditor.actor, world.other_match_id)) == 1
