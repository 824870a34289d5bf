"""Matches: pairing rules, life from proposal to closing, handoff at release, who sees what,
and mentor suggestions built from a fixed number of queries."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from typing import Any

import pytest
from sqlalchemy import event, select

from peerdesk.db.models import MatchRow
from peerdesk.domain.errors import NotFound, PermissionDenied, ValidationError
from peerdesk.domain.match_rules import (
    CloseReason,
    MatchStatus,
    Pairing,
    check_cadence,
    check_close,
    check_move,
    check_pairing,
)
from peerdesk.domain.mentor_rules import MentorSide, MentorStatus, PersonKind
from peerdesk.services.auth import SignedIn
from peerdesk.services.records import RecordWriter
from peerdesk.services.users import UserService
from tests.conftest import USER_PASS, Site, add_user
from tests.factories_mentors import (
    TODAY,
    activate,
    audit_actions,
    audit_count,
    count_rows,
    enroll,
    keep_separate,
    make_mentor,
    matches,
    mentors,
)

MS = MatchStatus
FUTURE = TODAY + timedelta(days=1)


# --- pure rules ---------------------------------------------------------------------------------
def _pairing(**kw: Any) -> Pairing:
    base: dict[str, Any] = {
        "participant_id": "p1",
        "participant_status": "active",
        "mentor_participant_id": None,
        "mentor_status": MentorStatus.ACTIVE,
        "mentor_capacity": 2,
        "mentor_open_matches": 1,
        "keep_separate": False,
        "other_open_on_side": False,
    }
    base.update(kw)
    return Pairing(**base)


@pytest.mark.parametrize(
    ("override", "field", "words"),
    [
        ({"mentor_status": MentorStatus.INACTIVE}, "mentor_id", "must be active"),
        ({"mentor_participant_id": "p1"}, "mentor_id", "own mentor"),
        ({"keep_separate": True}, "mentor_id", "keep-separate"),
        ({"mentor_open_matches": 2}, "mentor_id", "capacity"),
        ({"participant_status": "referred"}, "participant_id", "enrolled"),
        ({"participant_status": "completed"}, "participant_id", "enrolled"),
        ({"other_open_on_side": True}, "participant_id", "already has an open match"),
    ],
)
def test_pairing_rule(override: dict[str, Any], field: str, words: str) -> None:
    check_pairing(_pairing(), starting=True)
    with pytest.raises(ValidationError, match=words) as err:
        check_pairing(_pairing(**override), starting=True)
    assert err.value.field == field


def test_in_training_mentor_can_be_proposed_not_started() -> None:
    training = _pairing(mentor_status=MentorStatus.IN_TRAINING)
    check_pairing(training, starting=False)
    with pytest.raises(ValidationError, match="must be active"):
        check_pairing(training, starting=True)
    for status in ("enrolled", "released"):
        check_pairing(_pairing(participant_status=status), starting=True)


def test_moves_close_and_cadence() -> None:
    check_move(MS.PROPOSED, MS.ACTIVE)
    check_move(MS.PAUSED, MS.CLOSED)
    for current, new in ((MS.CLOSED, MS.ACTIVE), (MS.PROPOSED, MS.PAUSED), (MS.ACTIVE, MS.ACTIVE)):
        with pytest.raises(ValidationError):
            check_move(current, new)
    d = date(2026, 3, 1)
    check_close(CloseReason.COMPLETED, "", d, d, d)
    with pytest.raises(ValidationError, match="before"):
        check_close(CloseReason.COMPLETED, "", d, d + timedelta(days=1), d + timedelta(days=2))
    with pytest.raises(ValidationError, match="future"):
        check_close(CloseReason.COMPLETED, "", d, d, d - timedelta(days=1))
    with pytest.raises(ValidationError) as err:
        check_close(CloseReason.OTHER, "", d, d, d)
    assert err.value.field == "note"
    assert check_cadence(14) == 14
    for bad in (0, 91):
        with pytest.raises(ValidationError):
            check_cadence(bad)


# --- life of a match ------------------------------------------------------------------------------
def test_propose_start_pause_resume_close(coordinator: SignedIn) -> None:
    svc = matches(coordinator)
    a = coordinator.actor
    pid = enroll(coordinator, "active", preferred_name="Lu")
    mid = make_mentor(coordinator, first_name="Dana", last_name="Reyes")
    m = svc.propose(a, pid, mid, cadence_days=14, proposed_on=date(2026, 3, 1))
    assert (m.status, m.cadence_days, m.mentor_name) == (MS.PROPOSED, 14, "Dana Reyes")
    assert m.participant_name == "Lu Garcia"
    with pytest.raises(ValidationError) as err:
        svc.start(a, m.id, date(2026, 2, 28))  # before the proposal
    assert err.value.field == "started_on"
    with pytest.raises(ValidationError) as err:
        svc.start(a, m.id, FUTURE)
    assert err.value.field == "started_on"
    svc.start(a, m.id, date(2026, 3, 2))
    with pytest.raises(ValidationError):
        svc.start(a, m.id, date(2026, 3, 3))  # already started
    svc.pause(a, m.id)
    with pytest.raises(ValidationError):
        svc.pause(a, m.id)
    svc.resume(a, m.id)
    with pytest.raises(ValidationError):
        svc.resume(a, m.id)
    before = audit_count(coordinator)
    with pytest.raises(ValidationError) as err:
        svc.close(a, m.id, CloseReason.COMPLETED, date(2026, 3, 1))  # before the start
    assert err.value.field == "closed_on"
    with pytest.raises(ValidationError) as err:
        svc.close(a, m.id, CloseReason.OTHER, date(2026, 5, 1))
    assert err.value.field == "note"
    with pytest.raises(ValidationError) as err:
        svc.close(a, m.id, CloseReason.COMPLETED, FUTURE)
    assert err.value.field == "closed_on"
    with pytest.raises(ValidationError) as err:
        svc.close(a, m.id, "finished", date(2026, 5, 1))  # type: ignore[arg-type]
    assert err.value.field == "reason"
    assert audit_count(coordinator) == before
    svc.close(a, m.id, CloseReason.PARTICIPANT_WITHDREW, date(2026, 5, 1), "Moved away")
    [closed] = svc.list_for_participant(a, pid)
    assert closed.status is MS.CLOSED and closed.close_reason is CloseReason.PARTICIPANT_WITHDREW
    assert (closed.started_on, closed.closed_on) == (date(2026, 3, 2), date(2026, 5, 1))
    assert closed.close_note == "Moved away"
    with pytest.raises(ValidationError):
        svc.close(a, m.id, CloseReason.COMPLETED, date(2026, 5, 2))
    with pytest.raises(ValidationError):
        svc.resume(a, m.id)
    actions = audit_actions(coordinator)
    for action in ("match.propose", "match.start", "match.pause", "match.resume", "match.close"):
        assert action in actions
    with pytest.raises(NotFound):
        svc.pause(a, "no-such-match")


def test_a_proposal_can_be_closed_without_starting(coordinator: SignedIn) -> None:
    svc = matches(coordinator)
    pid, mid = enroll(coordinator), make_mentor(coordinator)
    m = svc.propose(coordinator.actor, pid, mid, proposed_on=date(2026, 3, 1))
    with pytest.raises(ValidationError):
        svc.close(coordinator.actor, m.id, CloseReason.OTHER, date(2026, 2, 1), "x")
    svc.close(coordinator.actor, m.id, CloseReason.OTHER, date(2026, 3, 1), "Not a fit")
    assert svc.list_for_mentor(coordinator.actor, mid)[0].status is MS.CLOSED


@pytest.mark.parametrize(
    ("kw", "field"),
    [
        ({"cadence_days": 0}, "cadence_days"),
        ({"cadence_days": 91}, "cadence_days"),
        ({"proposed_on": FUTURE}, "proposed_on"),
        ({"proposed_on": date(2026, 2, 14)}, "proposed_on"),  # mentor active from 2026-02-15
    ],
)
def test_bad_proposals_write_nothing(coordinator: SignedIn, kw: dict[str, Any], field: str) -> None:
    pid, mid = enroll(coordinator), make_mentor(coordinator)
    before = audit_count(coordinator)
    with pytest.raises(ValidationError) as err:
        matches(coordinator).propose(coordinator.actor, pid, mid, **kw)
    assert err.value.field == field
    assert count_rows(coordinator, MatchRow) == 0 and audit_count(coordinator) == before


def test_start_checks_mentor_status_and_date(coordinator: SignedIn) -> None:
    svc, msvc = matches(coordinator), mentors(coordinator)
    a = coordinator.actor
    pid = enroll(coordinator)
    mid = make_mentor(coordinator, active=False)
    with pytest.raises(ValidationError, match="active or in training"):
        svc.propose(a, pid, mid)
    from tests.factories_mentors import approve

    approve(coordinator, mid)
    msvc.change_status(a, mid, MentorStatus.IN_TRAINING, date(2026, 2, 11))
    m = svc.propose(a, pid, mid, proposed_on=date(2026, 2, 12))
    with pytest.raises(ValidationError, match="must be active"):
        svc.start(a, m.id, date(2026, 2, 20))
    profile = msvc.get(a, mid).profile
    msvc.update(a, mid, replace(profile, agreement_signed_on=date(2026, 3, 1)))
    msvc.change_status(a, mid, MentorStatus.ACTIVE, date(2026, 3, 1))
    with pytest.raises(ValidationError, match="before the mentor became active"):
        svc.start(a, m.id, date(2026, 2, 20))
    svc.start(a, m.id, date(2026, 3, 1))


def test_capacity_counts_proposed_active_and_paused(coordinator: SignedIn) -> None:
    svc = matches(coordinator)
    a = coordinator.actor
    mid = make_mentor(coordinator, capacity=3)
    p1, p2, p3, p4 = (enroll(coordinator) for _ in range(4))
    m1 = svc.propose(a, p1, mid)
    m2 = svc.propose(a, p2, mid)
    svc.start(a, m2.id, TODAY)
    svc.pause(a, m2.id)
    m3 = svc.propose(a, p3, mid)
    svc.start(a, m3.id, TODAY)
    assert mentors(coordinator).list_mentors(a)[0].open_matches == 3
    with pytest.raises(ValidationError, match="capacity") as err:
        svc.propose(a, p4, mid)
    assert err.value.field == "mentor_id"
    svc.close(a, m1.id, CloseReason.OTHER, TODAY, "Not started")
    m4 = svc.propose(a, p4, mid)
    svc.start(a, m4.id, TODAY)
    # The mentor's capacity cannot drop below their open matches.
    msvc = mentors(coordinator)
    profile = msvc.get(a, mid).profile
    with pytest.raises(ValidationError) as err:
        msvc.update(a, mid, replace(profile, capacity=2))
    assert err.value.field == "capacity"
    with pytest.raises(ValidationError) as err:
        msvc.update(a, mid, replace(profile, side=MentorSide.COMMUNITY))
    assert err.value.field == "side"


def test_no_self_match_and_no_keep_separate(coordinator: SignedIn) -> None:
    svc = matches(coordinator)
    a = coordinator.actor
    mentee_self = enroll(coordinator, "active")
    other = enroll(coordinator, "active")
    m = mentors(coordinator).create_from_participant(
        a, mentee_self, side=MentorSide.FACILITY, status_date=date(2026, 1, 20)
    )
    activate(coordinator, m.id)
    with pytest.raises(ValidationError, match="own mentor"):
        svc.propose(a, mentee_self, m.id)
    keep_separate(coordinator, other, mentee_self)  # recorded in the other direction
    before = audit_count(coordinator)
    with pytest.raises(ValidationError, match="keep-separate"):
        svc.propose(a, other, m.id)
    assert count_rows(coordinator, MatchRow) == 0 and audit_count(coordinator) == before
    # A staff mentor has no participant record, so no keep-separate can apply.
    staff = make_mentor(coordinator, kind=PersonKind.STAFF)
    svc.propose(a, other, staff)


def test_keep_separate_recorded_after_proposal_blocks_the_start(coordinator: SignedIn) -> None:
    svc = matches(coordinator)
    a = coordinator.actor
    mentor_person, pid = enroll(coordinator, "released"), enroll(coordinator)
    m = mentors(coordinator).create_from_participant(
        a, mentor_person, side=MentorSide.COMMUNITY, status_date=date(2026, 1, 20)
    )
    activate(coordinator, m.id)
    proposal = svc.propose(a, pid, m.id)
    keep_separate(coordinator, pid, mentor_person)
    with pytest.raises(ValidationError, match="keep-separate"):
        svc.start(a, proposal.id, TODAY)


def test_participant_status_must_allow_a_match(coordinator: SignedIn) -> None:
    svc = matches(coordinator)
    mid = make_mentor(coordinator)
    for status in ("referred", "screened", "completed", "withdrawn"):
        pid = enroll(coordinator, status)
        with pytest.raises(ValidationError) as err:
            svc.propose(coordinator.actor, pid, mid)
        assert err.value.field == "participant_id"
    for status in ("enrolled", "active", "released"):
        svc.propose(coordinator.actor, enroll(coordinator, status), mid)


def test_one_open_match_per_participant_and_side(coordinator: SignedIn) -> None:
    svc = matches(coordinator)
    a = coordinator.actor
    pid = enroll(coordinator, "active")
    f1 = make_mentor(coordinator)
    f2 = make_mentor(coordinator)
    c1 = make_mentor(coordinator, side=MentorSide.COMMUNITY)
    m = svc.propose(a, pid, f1)
    for mentor in (f1, f2):
        with pytest.raises(ValidationError, match="already has an open match"):
            svc.propose(a, pid, mentor)
    svc.propose(a, pid, c1)  # the other side is fine
    svc.close(a, m.id, CloseReason.OTHER, TODAY, "Changed plan")
    svc.propose(a, pid, f2)


def test_mentor_status_respects_open_matches(coordinator: SignedIn) -> None:
    svc, msvc = matches(coordinator), mentors(coordinator)
    a = coordinator.actor
    mid = make_mentor(coordinator)
    m = svc.propose(a, enroll(coordinator), mid, proposed_on=date(2026, 3, 1))
    svc.start(a, m.id, date(2026, 3, 1))
    with pytest.raises(ValidationError):
        msvc.change_status(a, mid, MentorStatus.INACTIVE, date(2026, 4, 1))
    svc.pause(a, m.id)
    msvc.change_status(a, mid, MentorStatus.INACTIVE, date(2026, 4, 1))
    with pytest.raises(ValidationError, match="must be active"):
        svc.resume(a, m.id)
    with pytest.raises(ValidationError):
        msvc.change_status(a, mid, MentorStatus.EXITED, date(2026, 4, 2))
    svc.close(a, m.id, CloseReason.MENTOR_EXITED, date(2026, 4, 2))
    msvc.change_status(a, mid, MentorStatus.EXITED, date(2026, 4, 2))


# --- handoff at release ---------------------------------------------------------------------------
def _started(signed: SignedIn, pid: str, mid: str, on: date = date(2026, 3, 1)) -> str:
    m = matches(signed).propose(signed.actor, pid, mid, cadence_days=10, proposed_on=on)
    matches(signed).start(signed.actor, m.id, on)
    return m.id


def test_handoff_closes_and_continues_in_one_step(coordinator: SignedIn) -> None:
    svc = matches(coordinator)
    a = coordinator.actor
    pid = enroll(coordinator, "active")
    inside = make_mentor(coordinator)
    outside = make_mentor(coordinator, side=MentorSide.COMMUNITY)
    old = _started(coordinator, pid, inside)
    new = svc.handoff(a, old, outside, date(2026, 5, 10))
    assert new.status is MS.ACTIVE and new.continues_match_id == old
    assert (new.started_on, new.cadence_days, new.mentor_id) == (date(2026, 5, 10), 10, outside)
    by_id = {m.id: m for m in svc.list_for_participant(a, pid)}
    assert by_id[old].status is MS.CLOSED
    assert by_id[old].close_reason is CloseReason.RELEASED_HANDOFF
    assert by_id[old].closed_on == date(2026, 5, 10)
    assert audit_actions(coordinator)[-2:] == ["match.close", "match.handoff"]


def test_handoff_starts_an_existing_community_proposal(coordinator: SignedIn) -> None:
    svc = matches(coordinator)
    a = coordinator.actor
    pid = enroll(coordinator, "active")
    old = _started(coordinator, pid, make_mentor(coordinator))
    outside = make_mentor(coordinator, side=MentorSide.COMMUNITY, capacity=1)
    proposal = svc.propose(a, pid, outside, cadence_days=7, proposed_on=date(2026, 4, 1))
    with pytest.raises(ValidationError, match="proposed"):
        svc.handoff(a, old, outside, date(2026, 3, 20))
    new = svc.handoff(a, old, outside, date(2026, 5, 1), cadence_days=3)
    assert new.id == proposal.id and new.continues_match_id == old and new.cadence_days == 3
    assert count_rows(coordinator, MatchRow) == 2


def test_failed_handoff_changes_nothing(coordinator: SignedIn) -> None:
    svc = matches(coordinator)
    a = coordinator.actor
    pid = enroll(coordinator, "active")
    inside = make_mentor(coordinator)
    old = _started(coordinator, pid, inside)
    full = make_mentor(coordinator, side=MentorSide.COMMUNITY, capacity=1)
    svc.propose(a, enroll(coordinator), full)
    before = audit_count(coordinator)
    cases: list[tuple[str, date, str]] = [
        (full, date(2026, 5, 1), "mentor_id"),  # at capacity
        (inside, date(2026, 5, 1), "community_mentor_id"),  # not community-side
        (make_mentor(coordinator, side=MentorSide.COMMUNITY), date(2026, 2, 1), "handoff_on"),
        (make_mentor(coordinator, side=MentorSide.COMMUNITY), FUTURE, "handoff_on"),
    ]
    before = audit_count(coordinator)
    rows = count_rows(coordinator, MatchRow)
    for mentor, on, field in cases:
        with pytest.raises(ValidationError) as err:
            svc.handoff(a, old, mentor, on)
        assert err.value.field == field
    assert audit_count(coordinator) == before and count_rows(coordinator, MatchRow) == rows
    assert {m.status for m in svc.list_for_mentor(a, inside)} == {MS.ACTIVE}
    # Only an open match with a facility mentor is handed off.
    outside = make_mentor(coordinator, side=MentorSide.COMMUNITY)
    new = svc.handoff(a, old, outside, date(2026, 5, 1))
    with pytest.raises(ValidationError) as err:
        svc.handoff(a, old, outside, date(2026, 5, 1))
    assert err.value.field == "match_id"
    with pytest.raises(ValidationError, match="facility-side"):
        svc.handoff(a, new.id, make_mentor(coordinator, side=MentorSide.COMMUNITY), TODAY)


def test_handoff_is_one_unit_of_work(
    coordinator: SignedIn, monkeypatch: pytest.MonkeyPatch
) -> None:
    svc = matches(coordinator)
    pid = enroll(coordinator, "active")
    old = _started(coordinator, pid, make_mentor(coordinator))
    outside = make_mentor(coordinator, side=MentorSide.COMMUNITY)
    before = audit_count(coordinator)

    def broken_insert(self: RecordWriter, model: type, **fields: Any) -> Any:
        raise RuntimeError("disk full")

    monkeypatch.setattr(RecordWriter, "insert", broken_insert)
    with pytest.raises(RuntimeError):
        svc.handoff(coordinator.actor, old, outside, date(2026, 5, 1))
    monkeypatch.undo()
    [still] = svc.list_for_participant(coordinator.actor, pid)
    assert still.id == old and still.status is MS.ACTIVE and still.closed_on is None
    assert audit_count(coordinator) == before


# --- who sees what --------------------------------------------------------------------------------
def _user_id(signed: SignedIn, username: str) -> str:
    users = UserService(signed.store).list_users(signed.actor)
    return next(u.user_id for u in users if u.username == username)


def test_peer_educator_sees_only_their_own_matches(site: Site, coordinator: SignedIn) -> None:
    svc = matches(coordinator)
    a = coordinator.actor
    add_user(coordinator, "pe1", "peer_educator")
    mine, theirs = make_mentor(coordinator), make_mentor(coordinator)
    mentors(coordinator).link_user(a, mine, _user_id(coordinator, "pe1"))
    shared = enroll(coordinator, "active")
    other = enroll(coordinator, "active")
    ended = enroll(coordinator, "active")
    my_match = svc.propose(a, shared, mine)
    svc.propose(a, shared, make_mentor(coordinator, side=MentorSide.COMMUNITY))
    svc.propose(a, other, theirs)
    gone = svc.propose(a, ended, mine)
    svc.close(a, gone.id, CloseReason.OTHER, TODAY, "No longer")
    peer = site.sign_in("pe1", USER_PASS)
    try:
        psvc = matches(peer)
        p = peer.actor
        assert [m.id for m in psvc.list_for_participant(p, shared)] == [my_match.id]
        assert [m.id for m in psvc.list_for_mentor(p, mine)] == [my_match.id]
        assert [m.id for m in psvc.list_mine(p)] == [my_match.id]
        with pytest.raises(NotFound):
            psvc.list_for_participant(p, other)
        with pytest.raises(NotFound):
            psvc.list_for_participant(p, ended)  # no longer their mentee
        with pytest.raises(NotFound):
            psvc.list_for_mentor(p, theirs)
        for call in (
            lambda: psvc.propose(p, other, mine),
            lambda: psvc.pause(p, my_match.id),
            lambda: psvc.close(p, my_match.id, CloseReason.COMPLETED, TODAY),
            lambda: psvc.suggest_mentors(p, shared),
        ):
            with pytest.raises(PermissionDenied):
                call()
    finally:
        peer.store.close()
    assert len(svc.list_for_participant(a, shared)) == 2


def test_auditor_reads_and_reentry_staff_manage(site: Site, coordinator: SignedIn) -> None:
    pid, mid = enroll(coordinator, "released"), make_mentor(coordinator)
    m = matches(coordinator).propose(coordinator.actor, pid, mid)
    add_user(coordinator, "aud1", "auditor")
    add_user(coordinator, "re1", "reentry_staff")
    auditor = site.sign_in("aud1", USER_PASS)
    try:
        asvc = matches(auditor)
        assert [x.id for x in asvc.list_for_participant(auditor.actor, pid)] == [m.id]
        before = audit_count(coordinator)
        with pytest.raises(PermissionDenied):
            asvc.start(auditor.actor, m.id, TODAY)
        assert audit_count(coordinator) == before + 1  # the denial is audited
    finally:
        auditor.store.close()
    staff = site.sign_in("re1", USER_PASS)
    try:
        matches(staff).start(staff.actor, m.id, TODAY)
    finally:
        staff.store.close()


# --- suggestions ----------------------------------------------------------------------------------
def test_suggestions_rank_with_reasons_and_exclusions(coordinator: SignedIn) -> None:
    a = coordinator.actor
    pid = enroll(
        coordinator,
        "active",
        primary_language="Spanish",
        release_county="Cook",
        row={"lived_experience": "recovery", "mentor_gender_preference": "female"},
    )
    best = make_mentor(
        coordinator, languages=("Spanish",), county="Cook County", lived_experience=("recovery",)
    )
    plain = make_mentor(coordinator, languages=("Polish",), county="Lake", lived_experience=())
    make_mentor(coordinator, languages=("Spanish",), gender="male")  # preference not met
    make_mentor(coordinator, languages=("Spanish",), active=False)  # not active
    full = make_mentor(coordinator, languages=("Spanish",), capacity=1)
    matches(coordinator).propose(a, enroll(coordinator), full)
    apart_person = enroll(coordinator, "released")
    apart = mentors(coordinator).create_from_participant(
        a, apart_person, side=MentorSide.FACILITY, status_date=date(2026, 1, 20)
    )
    activate(coordinator, apart.id)
    keep_separate(coordinator, pid, apart_person)
    apart_person2 = enroll(coordinator, "released")
    apart2 = mentors(coordinator).create_from_participant(
        a, apart_person2, side=MentorSide.FACILITY, status_date=date(2026, 1, 20)
    )
    activate(coordinator, apart2.id)
    keep_separate(coordinator, apart_person2, pid)  # recorded the other way round
    community = make_mentor(
        coordinator,
        side=MentorSide.COMMUNITY,
        languages=("Spanish",),
        county="Lake",
        lived_experience=(),
    )
    got = matches(coordinator).suggest_mentors(a, pid)
    assert [s.mentor_id for s in got] == [best, community, plain]
    top = got[0]
    assert top.score == sum(r.points for r in top.reasons)
    assert "Speaks Spanish" in [r.text for r in top.reasons]
    assert "Shared lived experience: recovery" in [r.text for r in top.reasons]
    assert top.room == 3 and top.side is MentorSide.FACILITY
    community_only = matches(coordinator).suggest_mentors(a, pid, side=MentorSide.COMMUNITY)
    assert [s.mentor_id for s in community_only] == [community]
    assert len(matches(coordinator).suggest_mentors(a, pid, limit=1)) == 1
    # A mentor already matched with the participant is not suggested again.
    matches(coordinator).propose(a, pid, best)
    assert best not in [s.mentor_id for s in matches(coordinator).suggest_mentors(a, pid)]
    with pytest.raises(NotFound):
        matches(coordinator).suggest_mentors(a, "nobody")


def test_suggestions_take_three_queries_however_many_mentors(coordinator: SignedIn) -> None:
    pid = enroll(coordinator, "active")
    mids = [make_mentor(coordinator, capacity=2) for _ in range(12)]
    svc = matches(coordinator)
    for i, mid in enumerate(mids[:6]):
        svc.propose(coordinator.actor, enroll(coordinator), mid)
        if i % 2:
            svc.propose(coordinator.actor, enroll(coordinator), mid)
    selects: list[str] = []

    def count(conn: Any, cursor: Any, statement: str, *args: Any) -> None:
        # The permission check reads the actor's account; the rest builds the suggestions.
        text = " ".join(statement.split()).upper()
        if text.startswith(("SELECT", "WITH")) and not text.startswith("SELECT USERS."):
            selects.append(statement)

    engine = coordinator.store.engine
    event.listen(engine, "before_cursor_execute", count)
    try:
        got = svc.suggest_mentors(coordinator.actor, pid, limit=50)
    finally:
        event.remove(engine, "before_cursor_execute", count)
    assert len(selects) <= 3
    assert len(got) == 12 - 3  # three mentors are full (two proposals each)
    rooms = {s.mentor_id: s.room for s in got}
    assert rooms[mids[0]] == 1 and rooms[mids[11]] == 2
    with coordinator.store.uow(write=False) as uow:
        assert uow.session.scalar(select(MatchRow.id)) is not None
