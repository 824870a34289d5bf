"""Mentors: create, edit, selection and decision, status rules, account link, training, roles."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from typing import Any

import pytest
from sqlalchemy import select

from peerdesk.db.models import (
    ChangeLogRow,
    MentorRow,
    SelectionStepRow,
    SupervisionRow,
    TrainingRow,
)
from peerdesk.domain.errors import NotFound, PermissionDenied, ValidationError
from peerdesk.domain.mentor_rules import (
    Decision,
    Gender,
    MentorSide,
    MentorState,
    MentorStatus,
    PersonKind,
    SelectionStep,
    StepOutcome,
    StepResult,
    check_decision,
    check_status_change,
    clean_mentor_profile,
    gender_from_identity,
    tags,
)
from peerdesk.services.auth import SignedIn
from peerdesk.services.users import UserService
from tests.conftest import USER_PASS, Site, add_user
from tests.factories_mentors import (
    TODAY,
    approve,
    audit_actions,
    audit_count,
    count_rows,
    enroll,
    make_mentor,
    make_mentor_profile,
    mentors,
)

M = MentorStatus
STEP = SelectionStep
FUTURE = TODAY + timedelta(days=1)


# --- pure rules ---------------------------------------------------------------------------------
def _state(**kw: Any) -> MentorState:
    base: dict[str, Any] = {
        "status": M.APPLICANT,
        "status_date": date(2026, 1, 1),
        "decision": Decision.APPROVED,
        "decision_on": date(2026, 2, 1),
        "agreement_signed_on": date(2026, 2, 2),
    }
    base.update(kw)
    return MentorState(**base)


def test_profile_rules_tidy_and_refuse() -> None:
    p = clean_mentor_profile(
        make_mentor_profile(
            last_name="  Ruiz ", languages=("Spanish, English", "spanish"), interests=("Chess",)
        ),
        TODAY,
    )
    assert p.last_name == "Ruiz"
    assert p.languages == ("Spanish", "English")
    assert p.interests == ("chess",)
    assert tags(["a, b", "B"], "x", "X") == ("a", "b")
    with pytest.raises(ValidationError) as err:
        tags([f"t{i}" for i in range(21)], "interests", "Interests")
    assert err.value.field == "interests"
    assert gender_from_identity(" Woman ") is Gender.FEMALE
    assert gender_from_identity("non-binary") is Gender.NONBINARY
    assert gender_from_identity("prefer not to say") is Gender.NOT_RECORDED


def test_status_rules() -> None:
    check_status_change(_state(), M.ACTIVE, date(2026, 2, 2), 0, 0)
    with pytest.raises(ValidationError, match="approved"):
        check_status_change(_state(decision=Decision.NONE), M.IN_TRAINING, date(2026, 3, 1), 0, 0)
    with pytest.raises(ValidationError, match="agreement"):
        check_status_change(_state(agreement_signed_on=None), M.ACTIVE, date(2026, 3, 1), 0, 0)
    with pytest.raises(ValidationError) as err:
        check_status_change(_state(), M.ACTIVE, date(2026, 2, 1), 0, 0)  # before the agreement
    assert err.value.field == "effective_date"
    with pytest.raises(ValidationError) as err:
        check_status_change(_state(), M.IN_TRAINING, date(2026, 1, 20), 0, 0)  # before approval
    assert err.value.field == "effective_date"
    with pytest.raises(ValidationError) as err:
        check_status_change(_state(), M.EXITED, date(2025, 12, 31), 0, 0)
    assert err.value.field == "effective_date"
    with pytest.raises(ValidationError, match="can only become"):
        check_status_change(_state(status=M.EXITED), M.ACTIVE, date(2026, 3, 1), 0, 0)
    with pytest.raises(ValidationError, match="open matches"):
        check_status_change(_state(status=M.ACTIVE), M.EXITED, date(2026, 3, 1), 1, 0)
    with pytest.raises(ValidationError, match="inactive"):
        check_status_change(_state(status=M.ACTIVE), M.INACTIVE, date(2026, 3, 1), 1, 1)
    check_status_change(_state(status=M.ACTIVE), M.INACTIVE, date(2026, 3, 1), 1, 0)  # paused


def test_decision_rules() -> None:
    steps = [StepOutcome(s, StepResult.PASSED, date(2026, 1, 2)) for s in SelectionStep]
    fresh = _state(decision=Decision.NONE, decision_on=None)
    check_decision(fresh, True, "ok", date(2026, 1, 2), steps)
    with pytest.raises(ValidationError, match="interview"):
        check_decision(fresh, True, "ok", date(2026, 1, 2), [*steps[:1], *steps[2:]])
    failed = [*steps, StepOutcome(STEP.REFERENCE, StepResult.FAILED, date(2026, 1, 3))]
    with pytest.raises(ValidationError, match="reference"):
        check_decision(fresh, True, "ok", date(2026, 1, 3), failed)
    check_decision(fresh, False, "references did not support", date(2026, 1, 3), failed)
    with pytest.raises(ValidationError) as err:
        check_decision(fresh, False, "", date(2026, 1, 3), failed)
    assert err.value.field == "reason"
    with pytest.raises(ValidationError) as err:
        check_decision(fresh, True, "ok", date(2026, 1, 1), steps)
    assert err.value.field == "decided_on"
    with pytest.raises(ValidationError) as err:
        check_decision(_state(), True, "ok", date(2026, 3, 1), steps)
    assert err.value.field == "decision"


# --- creating and editing -------------------------------------------------------------------
def test_create_from_participant_copies_the_record(coordinator: SignedIn) -> None:
    pid = enroll(
        coordinator,
        "released",
        legal_last_name="Núñez",
        legal_first_name="Ana",
        gender_identity="woman",
        release_county="Cook County",
        primary_language="Spanish",
        row={"lived_experience": "recovery,parent", "interests": "music"},
    )
    svc = mentors(coordinator)
    made = svc.create_from_participant(coordinator.actor, pid, side=MentorSide.COMMUNITY)
    assert made.person_kind is PersonKind.PARTICIPANT and made.participant_id == pid
    assert made.status is M.APPLICANT and made.status_date == TODAY
    detail = svc.get(coordinator.actor, made.id)
    p = detail.profile
    assert (p.last_name, p.first_name, p.date_of_birth) == ("Núñez", "Ana", date(1988, 4, 12))
    assert p.languages == ("Spanish",) and p.county == "Cook County"
    assert p.lived_experience == ("recovery", "parent") and p.interests == ("music",)
    assert p.gender is Gender.FEMALE and p.side is MentorSide.COMMUNITY
    assert audit_actions(coordinator)[-2:] == ["mentor.create", "mentor.view"]
    with coordinator.store.uow(write=False) as uow:
        log = uow.session.scalars(
            select(ChangeLogRow).where(ChangeLogRow.record_id == made.id)
        ).one()
    assert "last_name" in log.fields and "status" in log.fields
    # The same person cannot have two live mentor records.
    before = audit_count(coordinator)
    with pytest.raises(ValidationError) as err:
        svc.create_from_participant(coordinator.actor, pid, side=MentorSide.FACILITY)
    assert err.value.field == "participant_id"
    assert count_rows(coordinator, MentorRow) == 1 and audit_count(coordinator) == before
    with pytest.raises(NotFound):
        svc.create_from_participant(coordinator.actor, "no-such-id", side=MentorSide.FACILITY)


def test_create_staff_or_volunteer(coordinator: SignedIn) -> None:
    svc = mentors(coordinator)
    made = svc.create(coordinator.actor, PersonKind.STAFF, make_mentor_profile(capacity=5))
    listed = svc.list_mentors(coordinator.actor)
    assert [m.id for m in listed] == [made.id]
    assert listed[0].capacity == 5 and listed[0].open_matches == 0 and listed[0].user_id is None
    with pytest.raises(ValidationError) as err:
        svc.create(coordinator.actor, PersonKind.PARTICIPANT, make_mentor_profile())
    assert err.value.field == "person_kind"


@pytest.mark.parametrize(
    ("override", "status_date", "field"),
    [
        ({"last_name": " "}, None, "last_name"),
        ({"first_name": ""}, None, "first_name"),
        ({"last_name": "x" * 81}, None, "last_name"),
        ({"first_name": "a\x00b"}, None, "first_name"),
        ({"date_of_birth": FUTURE}, None, "date_of_birth"),
        ({"date_of_birth": date(1890, 1, 1)}, None, "date_of_birth"),
        ({"capacity": 0}, None, "capacity"),
        ({"capacity": 21}, None, "capacity"),
        ({"agreement_signed_on": FUTURE}, None, "agreement_signed_on"),
        ({"agreement_signed_on": date(1970, 1, 1)}, None, "agreement_signed_on"),
        ({"languages": tuple(f"l{i}" for i in range(21))}, None, "languages"),
        ({"county": "c" * 81}, None, "county"),
        ({"lived_experience": ("x" * 41,)}, None, "lived_experience"),
        ({"side": "outside"}, None, "side"),
        ({"gender": "unknown"}, None, "gender"),
        ({}, FUTURE, "status_date"),
        ({}, date(1979, 1, 1), "status_date"),
    ],
)
def test_bad_mentor_input_is_refused_and_nothing_written(
    coordinator: SignedIn, override: dict[str, Any], status_date: date | None, field: str
) -> None:
    before = audit_count(coordinator)
    with pytest.raises(ValidationError) as err:
        mentors(coordinator).create(
            coordinator.actor,
            PersonKind.VOLUNTEER,
            make_mentor_profile(**override),
            status_date=status_date,
        )
    assert err.value.field == field
    assert count_rows(coordinator, MentorRow) == 0
    assert audit_count(coordinator) == before


def test_update_logs_changed_fields_only(coordinator: SignedIn) -> None:
    svc = mentors(coordinator)
    mid = make_mentor(coordinator, active=False)
    profile = svc.get(coordinator.actor, mid).profile
    assert svc.update(coordinator.actor, mid, profile) is False
    assert svc.update(coordinator.actor, mid, replace(profile, county="Lake")) is True
    with coordinator.store.uow(write=False) as uow:
        logs = list(
            uow.session.scalars(
                select(ChangeLogRow.fields)
                .where(ChangeLogRow.record_id == mid)
                .order_by(ChangeLogRow.seq)
            )
        )
    assert logs[-1] == "county"
    with pytest.raises(ValidationError) as err:  # born after the status date
        svc.update(coordinator.actor, mid, replace(profile, date_of_birth=date(2026, 3, 1)))
    assert err.value.field == "date_of_birth"
    with pytest.raises(NotFound):
        svc.update(coordinator.actor, "nope", profile)


def test_active_mentor_keeps_a_signed_agreement(coordinator: SignedIn) -> None:
    svc = mentors(coordinator)
    mid = make_mentor(coordinator)  # active since 2026-02-15, agreement signed that day
    profile = svc.get(coordinator.actor, mid).profile
    for bad in (None, date(2026, 3, 1)):
        with pytest.raises(ValidationError) as err:
            svc.update(coordinator.actor, mid, replace(profile, agreement_signed_on=bad))
        assert err.value.field == "agreement_signed_on"


# --- selection and decision -----------------------------------------------------------------
def test_selection_steps_and_approval(coordinator: SignedIn) -> None:
    svc = mentors(coordinator)
    a = coordinator.actor
    mid = make_mentor(coordinator, active=False)
    with pytest.raises(ValidationError) as err:  # the application comes first
        svc.record_step(a, mid, STEP.INTERVIEW, StepResult.PASSED, date(2026, 2, 1))
    assert err.value.field == "step"
    svc.record_step(a, mid, STEP.APPLICATION, StepResult.PASSED, date(2026, 2, 1), "on time")
    with pytest.raises(ValidationError) as err:
        svc.record_step(a, mid, STEP.INTERVIEW, StepResult.PASSED, date(2026, 1, 31))
    assert err.value.field == "completed_on"
    with pytest.raises(ValidationError) as err:
        svc.record_step(a, mid, STEP.INTERVIEW, StepResult.PASSED, FUTURE)
    assert err.value.field == "completed_on"
    with pytest.raises(ValidationError) as err:
        svc.record_step(a, mid, "polygraph", StepResult.PASSED, date(2026, 2, 2))  # type: ignore[arg-type]
    assert err.value.field == "step"
    with pytest.raises(ValidationError) as err:
        svc.record_step(a, mid, STEP.INTERVIEW, "great", date(2026, 2, 2))  # type: ignore[arg-type]
    assert err.value.field == "result"
    with pytest.raises(ValidationError) as err:
        svc.record_step(a, mid, STEP.INTERVIEW, StepResult.PASSED, date(2026, 2, 2), "x" * 2001)
    assert err.value.field == "note"
    svc.record_step(a, mid, STEP.INTERVIEW, StepResult.PASSED, date(2026, 2, 2))
    svc.record_step(a, mid, STEP.REFERENCE, StepResult.PENDING, date(2026, 2, 3))
    svc.record_step(a, mid, STEP.BACKGROUND, StepResult.PASSED, date(2026, 2, 3))
    before = audit_count(coordinator)
    with pytest.raises(ValidationError, match="reference"):
        svc.decide(a, mid, approve=True, reason="good", decided_on=date(2026, 2, 5))
    assert audit_count(coordinator) == before
    svc.record_step(a, mid, STEP.REFERENCE, StepResult.PASSED, date(2026, 2, 4))
    with pytest.raises(ValidationError) as err:
        svc.decide(a, mid, approve=True, reason="good", decided_on=FUTURE)
    assert err.value.field == "decided_on"
    with pytest.raises(ValidationError) as err:
        svc.decide(a, mid, approve=True, reason="  ", decided_on=date(2026, 2, 5))
    assert err.value.field == "reason"
    # Not active before approval.
    with pytest.raises(ValidationError, match="approved"):
        svc.change_status(a, mid, M.ACTIVE, date(2026, 2, 5))
    svc.decide(a, mid, approve=True, reason="Strong interview", decided_on=date(2026, 2, 5))
    detail = svc.get(a, mid)
    assert detail.decision is Decision.APPROVED
    assert (detail.decision_by, detail.decision_on) == (a.username, date(2026, 2, 5))
    assert detail.decision_reason == "Strong interview"
    assert [s.step for s in detail.steps][:2] == [STEP.APPLICATION, STEP.INTERVIEW]
    assert detail.steps[0].note == "on time" and detail.steps[0].recorded_by == a.username
    assert "mentor.approve" in audit_actions(coordinator)
    # After the decision: no more steps, no second decision.
    with pytest.raises(ValidationError) as err:
        svc.record_step(a, mid, STEP.INTERVIEW, StepResult.PASSED, date(2026, 2, 6))
    assert err.value.field == "step"
    with pytest.raises(ValidationError) as err:
        svc.decide(a, mid, approve=False, reason="changed mind", decided_on=date(2026, 2, 6))
    assert err.value.field == "decision"
    # Active needs the signed agreement.
    with pytest.raises(ValidationError, match="agreement"):
        svc.change_status(a, mid, M.ACTIVE, date(2026, 2, 6))
    svc.change_status(a, mid, M.IN_TRAINING, date(2026, 2, 6))
    svc.update(a, mid, replace(detail.profile, agreement_signed_on=date(2026, 2, 20)))
    with pytest.raises(ValidationError) as err:
        svc.change_status(a, mid, M.ACTIVE, date(2026, 2, 19))
    assert err.value.field == "effective_date"
    with pytest.raises(ValidationError) as err:
        svc.change_status(a, mid, M.ACTIVE, FUTURE)
    assert err.value.field == "effective_date"
    svc.change_status(a, mid, M.ACTIVE, date(2026, 2, 20))
    assert svc.get(a, mid).summary.status is M.ACTIVE
    with pytest.raises(ValidationError, match="can only become"):
        svc.change_status(a, mid, M.APPLICANT, date(2026, 3, 1))


def test_decline_exits_the_applicant(coordinator: SignedIn) -> None:
    svc = mentors(coordinator)
    a = coordinator.actor
    mid = make_mentor(coordinator, active=False)
    svc.record_step(a, mid, STEP.APPLICATION, StepResult.PASSED, date(2026, 2, 1))
    svc.record_step(a, mid, STEP.BACKGROUND, StepResult.FAILED, date(2026, 2, 2))
    svc.decide(a, mid, approve=False, reason="Background check", decided_on=date(2026, 2, 3))
    summary = svc.get(a, mid).summary
    assert (summary.status, summary.status_date) == (M.EXITED, date(2026, 2, 3))
    assert "mentor.decline" in audit_actions(coordinator)
    with pytest.raises(ValidationError):
        svc.change_status(a, mid, M.ACTIVE, date(2026, 3, 1))
    # Someone who applies again can get a new record once the old one has exited.
    assert [m.id for m in svc.list_mentors(a, status=M.EXITED)] == [mid]


# --- account link -----------------------------------------------------------------------------
def _user_id(signed: SignedIn, username: str) -> str:
    users = UserService(signed.store).list_users(signed.actor)
    return next(u.user_id for u in users if u.username == username)


def test_link_user_only_to_one_peer_educator(coordinator: SignedIn) -> None:
    add_user(coordinator, "pe1", "peer_educator")
    add_user(coordinator, "re1", "reentry_staff")
    svc = mentors(coordinator)
    a = coordinator.actor
    m1, m2 = make_mentor(coordinator, active=False), make_mentor(coordinator, active=False)
    pe1 = _user_id(coordinator, "pe1")
    for bad in (_user_id(coordinator, "re1"), coordinator.actor.user_id, "no-such-user"):
        before = audit_count(coordinator)
        with pytest.raises(ValidationError) as err:
            svc.link_user(a, m1, bad)
        assert err.value.field == "user_id"
        assert audit_count(coordinator) == before
    svc.link_user(a, m1, pe1)
    assert svc.get(a, m1).summary.user_id == pe1
    with pytest.raises(ValidationError, match="already linked"):
        svc.link_user(a, m2, pe1)
    svc.link_user(a, m1, None)
    svc.link_user(a, m2, pe1)
    assert svc.get(a, m2).summary.user_id == pe1
    assert audit_actions(coordinator).count("mentor.link_user") == 3


# --- training, certifications, supervision ------------------------------------------------------
def test_training_certifications_and_supervision(coordinator: SignedIn) -> None:
    svc = mentors(coordinator)
    a = coordinator.actor
    mid = make_mentor(coordinator, active=False)
    svc.record_training(a, mid, "Motivational interviewing", 12, date(2026, 1, 10))
    svc.record_training(a, mid, "Trauma-informed care", 6.5, date(2026, 1, 12))
    svc.add_certification(a, mid, "Peer recovery specialist", date(2024, 1, 1), date(2026, 1, 1))
    svc.add_certification(a, mid, "First aid", date(2025, 6, 1), date(2027, 6, 1))
    with pytest.raises(ValidationError) as err:  # not approved yet
        svc.record_supervision(a, mid, date(2026, 3, 1), "J. Ortiz", "Went well")
    assert err.value.field == "mentor_id"
    approve(coordinator, mid, on=date(2026, 2, 10))
    with pytest.raises(ValidationError) as err:
        svc.record_supervision(a, mid, date(2026, 2, 9), "J. Ortiz")
    assert err.value.field == "held_on"
    svc.record_supervision(a, mid, date(2026, 3, 1), "J. Ortiz", "Went well")
    detail = svc.get(a, mid)
    assert [t.course for t in detail.trainings] == [
        "Motivational interviewing",
        "Trauma-informed care",
    ]
    assert detail.training_hours == 18.5
    assert [(c.name, c.expired) for c in detail.certifications] == [
        ("Peer recovery specialist", True),
        ("First aid", False),
    ]
    assert detail.supervision[0].supervisor == "J. Ortiz"
    actions = audit_actions(coordinator)
    for action in ("mentor.training", "mentor.certification", "mentor.supervision"):
        assert action in actions


@pytest.mark.parametrize(
    ("call", "field"),
    [
        (lambda s, a, m: s.record_training(a, m, "", 2, date(2026, 1, 1)), "course"),
        (lambda s, a, m: s.record_training(a, m, "Course", 0, date(2026, 1, 1)), "hours"),
        (lambda s, a, m: s.record_training(a, m, "Course", 1001, date(2026, 1, 1)), "hours"),
        (lambda s, a, m: s.record_training(a, m, "Course", 2, FUTURE), "completed_on"),
        (lambda s, a, m: s.record_training(a, m, "C", 2, date(1975, 1, 1)), "completed_on"),
        (lambda s, a, m: s.add_certification(a, m, " ", date(2026, 1, 1)), "name"),
        (lambda s, a, m: s.add_certification(a, m, "PRS", FUTURE), "issued_on"),
        (
            lambda s, a, m: s.add_certification(a, m, "PRS", date(2026, 1, 1), date(2026, 1, 1)),
            "expires_on",
        ),
        (lambda s, a, m: s.record_supervision(a, m, FUTURE, "J. Ortiz"), "held_on"),
        (lambda s, a, m: s.record_supervision(a, m, date(2026, 3, 1), ""), "supervisor"),
        (
            lambda s, a, m: s.record_supervision(a, m, date(2026, 3, 1), "J", "x" * 4001),
            "summary",
        ),
    ],
)
def test_bad_training_input_is_refused_and_nothing_written(
    coordinator: SignedIn, call: Any, field: str
) -> None:
    mid = make_mentor(coordinator)
    before = audit_count(coordinator)
    with pytest.raises(ValidationError) as err:
        call(mentors(coordinator), coordinator.actor, mid)
    assert err.value.field == field
    assert audit_count(coordinator) == before
    assert count_rows(coordinator, TrainingRow) == 0
    assert count_rows(coordinator, SupervisionRow) == 0


def test_records_after_exit_are_refused(coordinator: SignedIn) -> None:
    svc = mentors(coordinator)
    a = coordinator.actor
    mid = make_mentor(coordinator)
    svc.change_status(a, mid, M.EXITED, date(2026, 4, 1))
    with pytest.raises(ValidationError) as err:
        svc.record_training(a, mid, "Course", 2, date(2026, 4, 2))
    assert err.value.field == "completed_on"
    svc.record_training(a, mid, "Course", 2, date(2026, 3, 30))


# --- lists and roles ------------------------------------------------------------------------------
def test_list_filters(coordinator: SignedIn) -> None:
    svc = mentors(coordinator)
    a = coordinator.actor
    active = make_mentor(coordinator, last_name="Adams")
    applicant = make_mentor(coordinator, active=False, last_name="Baker")
    community = make_mentor(coordinator, active=False, side=MentorSide.COMMUNITY, last_name="Cole")
    assert [m.id for m in svc.list_mentors(a)] == [active, applicant, community]
    assert [m.id for m in svc.list_mentors(a, status=M.ACTIVE)] == [active]
    assert [m.id for m in svc.list_mentors(a, side=MentorSide.COMMUNITY)] == [community]
    assert svc.list_mentors(a, status=M.ACTIVE, side=MentorSide.COMMUNITY) == []


MANAGE_CALLS: list[Any] = [
    lambda s, a, m: s.create(a, PersonKind.STAFF, make_mentor_profile()),
    lambda s, a, m: s.create_from_participant(a, "any", side=MentorSide.FACILITY),
    lambda s, a, m: s.update(a, m, make_mentor_profile()),
    lambda s, a, m: s.change_status(a, m, M.INACTIVE, date(2026, 3, 1)),
    lambda s, a, m: s.record_step(a, m, STEP.APPLICATION, StepResult.PASSED, TODAY),
    lambda s, a, m: s.decide(a, m, approve=True, reason="x", decided_on=TODAY),
    lambda s, a, m: s.record_training(a, m, "Course", 2, TODAY),
    lambda s, a, m: s.add_certification(a, m, "PRS", TODAY),
    lambda s, a, m: s.record_supervision(a, m, TODAY, "J"),
    lambda s, a, m: s.link_user(a, m, None),
]


def test_roles(site: Site, coordinator: SignedIn) -> None:
    mid = make_mentor(coordinator)
    for username, role in (("pe1", "peer_educator"), ("aud1", "auditor"), ("re1", "reentry_staff")):
        add_user(coordinator, username, role)
    for username in ("pe1", "aud1", "re1"):
        signed = site.sign_in(username, USER_PASS)
        try:
            svc = mentors(signed)
            a = signed.actor
            for call in MANAGE_CALLS:
                with pytest.raises(PermissionDenied):
                    call(svc, a, mid)
            if username == "pe1":
                with pytest.raises(PermissionDenied):
                    svc.list_mentors(a)
                with pytest.raises(PermissionDenied):
                    svc.get(a, mid)
            else:
                assert [m.id for m in svc.list_mentors(a)] == [mid]
                assert svc.get(a, mid).summary.id == mid
        finally:
            signed.store.close()
    with coordinator.store.uow(write=False) as uow:
        assert uow.session.scalar(select(SelectionStepRow.id)) is not None  # from make_mentor
    denied = [x for x in audit_actions(coordinator) if x == "mentor.manage"]
    assert len(denied) == 3 * len(MANAGE_CALLS)  # every denial is audited
