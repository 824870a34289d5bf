"""Incentives (kinds, amounts, one recipient) and outcomes (checkpoints after release)."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from peerdesk.domain.errors import NotFound, PermissionDenied, ValidationError
from peerdesk.domain.screening_rules import (
    CHECKPOINTS,
    MAX_AMOUNT_CENTS,
    EmploymentOutcome,
    HousingOutcome,
    IncentiveKind,
    check_amount,
    checkpoint_date,
)
from peerdesk.services.auth import SignedIn
from peerdesk.services.incentives import IncentiveService
from peerdesk.services.outcomes import OutcomeService, OutcomeValues
from tests.conftest import Site
from tests.factories_records import (
    BORN,
    TODAY,
    audit_actions,
    counts,
    enroll,
    peer_world,
    sign_in_as,
    svc,
)

RELEASED = date(2026, 1, 10)


# --- incentive rules -----------------------------------------------------------------------------
@given(st.integers(1, MAX_AMOUNT_CENTS))
def test_commissary_amounts_in_range(cents: int) -> None:
    assert check_amount(IncentiveKind.COMMISSARY_CREDIT, cents) == cents


@given(st.sampled_from([k for k in IncentiveKind if k is not IncentiveKind.COMMISSARY_CREDIT]))
def test_only_commissary_has_an_amount(kind: IncentiveKind) -> None:
    assert check_amount(kind, None) is None
    with pytest.raises(ValidationError):
        check_amount(kind, 500)


# --- incentives ----------------------------------------------------------------------------------
def test_award_list_totals_and_remove(site: Site, coordinator: SignedIn) -> None:
    world = peer_world(site, coordinator)
    world.peer.store.close()
    inc = svc(IncentiveService, coordinator)
    a = coordinator.actor
    cert = inc.award(
        a,
        participant_id=world.mentee,
        kind="certificate",
        reason="Finished the group",
        awarded_on=date(2026, 5, 1),
    )
    credit = inc.award(
        a,
        participant_id=world.mentee,
        kind="commissary_credit",
        reason="Perfect attendance",
        awarded_on=date(2026, 5, 20),
        amount_cents=1500,
    )
    mentor_award = inc.award(
        a,
        mentor_id=world.mentor_id,
        kind="recognition",
        reason="Mentor of the month",
        awarded_on=date(2026, 5, 2),
    )
    assert cert.amount_cents is None and credit.amount_cents == 1500
    assert mentor_award.participant_id is None and mentor_award.mentor_id == world.mentor_id
    assert [x.id for x in inc.for_participant(a, world.mentee)] == [credit.id, cert.id]
    assert inc.for_mentor(a, world.mentor_id) == (mentor_award,)
    totals = {t.kind: (t.count, t.amount_cents) for t in inc.totals(a, date(2026, 5, 1), TODAY)}
    assert totals == {
        IncentiveKind.CERTIFICATE: (1, 0),
        IncentiveKind.COMMISSARY_CREDIT: (1, 1500),
        IncentiveKind.PRIVILEGE: (0, 0),
        IncentiveKind.RECOGNITION: (1, 0),
    }
    may = {t.kind: t.count for t in inc.totals(a, date(2026, 5, 2), date(2026, 5, 19))}
    assert may[IncentiveKind.CERTIFICATE] == 0 and may[IncentiveKind.RECOGNITION] == 1
    with pytest.raises(ValidationError):
        inc.totals(a, TODAY, date(2026, 5, 1))
    inc.remove(a, cert.id)
    assert [x.id for x in inc.for_participant(a, world.mentee)] == [credit.id]
    with pytest.raises(NotFound):
        inc.remove(a, cert.id)
    assert ("incentive.delete", "ok") in audit_actions(coordinator.store)


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"participant_id": None}, "participant_id"),  # nobody
        ({"mentor_id": "MENTOR"}, "participant_id"),  # both
        ({"kind": "cash"}, "kind"),
        ({"amount_cents": 500}, "amount_cents"),  # a certificate has no amount
        ({"kind": "commissary_credit"}, "amount_cents"),
        ({"kind": "commissary_credit", "amount_cents": 0}, "amount_cents"),
        ({"kind": "commissary_credit", "amount_cents": -100}, "amount_cents"),
        ({"kind": "commissary_credit", "amount_cents": MAX_AMOUNT_CENTS + 1}, "amount_cents"),
        ({"kind": "commissary_credit", "amount_cents": True}, "amount_cents"),
        ({"reason": "  "}, "reason"),
        ({"awarded_on": TODAY + timedelta(days=1)}, "awarded_on"),
        ({"awarded_on": BORN - timedelta(days=1)}, "awarded_on"),
    ],
)
def test_bad_awards_write_nothing(
    site: Site, coordinator: SignedIn, kwargs: dict[str, Any], field: str
) -> None:
    world = peer_world(site, coordinator)
    world.peer.store.close()
    args: dict[str, Any] = {
        "participant_id": world.mentee,
        "kind": "certificate",
        "reason": "Steady participation",
        "awarded_on": TODAY,
    }
    args.update(kwargs)
    if args.get("mentor_id") == "MENTOR":
        args["mentor_id"] = world.mentor_id
    before = counts(coordinator.store)
    with pytest.raises(ValidationError) as err:
        svc(IncentiveService, coordinator).award(coordinator.actor, **args)
    assert err.value.field == field
    assert counts(coordinator.store) == before


def test_incentive_roles(site: Site, coordinator: SignedIn) -> None:
    world = peer_world(site, coordinator)
    inc = svc(IncentiveService, coordinator)
    for who in (world.mentee, world.stranger):
        inc.award(
            coordinator.actor,
            participant_id=who,
            kind="privilege",
            reason="Phone call",
            awarded_on=TODAY,
        )
    with pytest.raises(NotFound):
        inc.award(
            coordinator.actor, mentor_id="no-mentor", kind="privilege", reason="x", awarded_on=TODAY
        )
    try:
        peer = svc(IncentiveService, world.peer)
        pa = world.peer.actor
        assert len(peer.for_participant(pa, world.mentee)) == 1
        with pytest.raises(NotFound):
            peer.for_participant(pa, world.stranger)
        for call in (
            lambda: peer.award(
                pa, participant_id=world.mentee, kind="privilege", reason="x", awarded_on=TODAY
            ),
            lambda: peer.for_mentor(pa, world.mentor_id),
            lambda: peer.totals(pa, TODAY, TODAY),
        ):
            with pytest.raises(PermissionDenied):
                call()
    finally:
        world.peer.store.close()
    auditor = sign_in_as(site, coordinator, "au1", "auditor")
    try:
        au = svc(IncentiveService, auditor)
        assert sum(t.count for t in au.totals(auditor.actor, TODAY, TODAY)) == 2
        with pytest.raises(PermissionDenied):
            au.award(
                auditor.actor,
                participant_id=world.mentee,
                kind="privilege",
                reason="x",
                awarded_on=TODAY,
            )
    finally:
        auditor.store.close()
    staff = sign_in_as(site, coordinator, "re1", "reentry_staff")
    try:
        svc(IncentiveService, staff).award(
            staff.actor,
            mentor_id=world.mentor_id,
            kind="certificate",
            reason="One year",
            awarded_on=TODAY,
        )
    finally:
        staff.store.close()
    assert ("incentive.manage", "denied") in audit_actions(coordinator.store)


# --- outcome rules -------------------------------------------------------------------------------
@given(
    st.dates(min_value=date(2000, 1, 1), max_value=date(2030, 1, 1)),
    st.sampled_from(CHECKPOINTS),
    st.integers(-400, 400),
)
def test_checkpoint_due_dates(released: date, days: int, offset: int) -> None:
    due = released + timedelta(days=days)
    recorded = due + timedelta(days=offset)
    if offset >= 0:
        assert checkpoint_date(released, days, recorded) == due
    else:
        with pytest.raises(ValidationError) as err:
            checkpoint_date(released, days, recorded)
        assert err.value.field == "recorded_on"


@pytest.mark.parametrize("days", [-30, 1, 45, 366, True])
def test_unknown_checkpoints(days: int) -> None:
    with pytest.raises(ValidationError) as err:
        checkpoint_date(RELEASED, days, TODAY)
    assert err.value.field == "checkpoint_days"


# --- outcomes ------------------------------------------------------------------------------------
def test_record_and_correct_outcomes(coordinator: SignedIn) -> None:
    p = enroll(coordinator, status="released", actual_release_date=RELEASED)
    out = svc(OutcomeService, coordinator)
    a = coordinator.actor
    at_release = out.record(a, p, 0, OutcomeValues(housing="stable"), recorded_on=RELEASED)
    assert at_release.due_on == RELEASED and at_release.housing is HousingOutcome.STABLE
    first = out.record(
        a,
        p,
        30,
        OutcomeValues(
            housing="unstable", employment="employed", in_treatment=True, rearrested=False
        ),
        recorded_on=date(2026, 2, 9),
    )
    assert first.due_on == date(2026, 2, 9) and first.employment is EmploymentOutcome.EMPLOYED
    before = counts(coordinator.store)
    again = out.record(
        a,
        p,
        30,
        OutcomeValues(housing="stable", employment="employed", in_treatment=True, rearrested=False),
        recorded_on=date(2026, 2, 20),
    )
    assert again.id == first.id and again.housing is HousingOutcome.STABLE
    after = counts(coordinator.store)
    assert after["outcomes"] == before["outcomes"]
    assert after["audit_ok"] == before["audit_ok"] + 1
    unchanged = counts(coordinator.store)
    out.record(
        a,
        p,
        30,
        OutcomeValues(housing="stable", employment="employed", in_treatment=True, rearrested=False),
        recorded_on=date(2026, 2, 20),
    )
    assert counts(coordinator.store) == unchanged  # the same again: nothing written
    listed = out.outcomes(a, p)
    assert [(o.checkpoint_days, o.housing) for o in listed] == [
        (0, HousingOutcome.STABLE),
        (30, HousingOutcome.STABLE),
    ]
    assert listed[1].recorded_on == date(2026, 2, 20) and listed[1].in_treatment is True
    actions = [x for x, _ in audit_actions(coordinator.store)]
    assert actions.count("outcome.create") == 2 and actions.count("outcome.update") == 1


@pytest.mark.parametrize(
    ("days", "values", "recorded_on", "field"),
    [
        (90, OutcomeValues(), date(2026, 4, 9), "recorded_on"),  # due 10 April
        (365, OutcomeValues(), TODAY + timedelta(days=1), "recorded_on"),
        (45, OutcomeValues(), TODAY, "checkpoint_days"),
        (30, OutcomeValues(housing="couch"), TODAY, "housing"),
        (30, OutcomeValues(employment="retired"), TODAY, "employment"),
        (30, OutcomeValues(in_treatment="yes"), TODAY, "in_treatment"),  # type: ignore[arg-type]
        (0, OutcomeValues(rearrested=True), RELEASED, "rearrested"),
        (0, OutcomeValues(returned_to_custody=True), RELEASED, "returned_to_custody"),
    ],
)
def test_bad_outcomes_write_nothing(
    coordinator: SignedIn, days: int, values: OutcomeValues, recorded_on: date, field: str
) -> None:
    p = enroll(coordinator, status="released", actual_release_date=RELEASED)
    before = counts(coordinator.store)
    with pytest.raises(ValidationError) as err:
        svc(OutcomeService, coordinator).record(
            coordinator.actor, p, days, values, recorded_on=recorded_on
        )
    assert err.value.field == field
    assert counts(coordinator.store) == before


def test_no_outcomes_before_an_actual_release(coordinator: SignedIn) -> None:
    p = enroll(coordinator)
    with pytest.raises(ValidationError) as err:
        svc(OutcomeService, coordinator).record(
            coordinator.actor, p, 0, OutcomeValues(), recorded_on=TODAY
        )
    assert err.value.field == "checkpoint_days"


def test_outcome_roles(site: Site, coordinator: SignedIn) -> None:
    world = peer_world(site, coordinator)
    stranger = enroll(coordinator, status="released", actual_release_date=RELEASED)
    svc(OutcomeService, coordinator).record(
        coordinator.actor, stranger, 0, OutcomeValues(), recorded_on=RELEASED
    )
    try:
        peer = svc(OutcomeService, world.peer)
        assert peer.outcomes(world.peer.actor, world.mentee) == ()
        with pytest.raises(NotFound):
            peer.outcomes(world.peer.actor, stranger)
        with pytest.raises(PermissionDenied):
            peer.record(world.peer.actor, world.mentee, 0, OutcomeValues(), recorded_on=TODAY)
    finally:
        world.peer.store.close()
    auditor = sign_in_as(site, coordinator, "au1", "auditor")
    try:
        assert len(svc(OutcomeService, auditor).outcomes(auditor.actor, stranger)) == 1
        with pytest.raises(PermissionDenied):
            svc(OutcomeService, auditor).record(
                auditor.actor, stranger, 30, OutcomeValues(), recorded_on=TODAY
            )
    finally:
        auditor.store.close()
    staff = sign_in_as(site, coordinator, "re1", "reentry_staff")
    try:
        svc(OutcomeService, staff).record(
            staff.actor, stranger, 30, OutcomeValues(housing="homeless"), recorded_on=TODAY
        )
    finally:
        staff.store.close()
    assert ("outcome.record", "denied") in audit_actions(coordinator.store)
