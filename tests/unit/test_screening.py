"""Targeted selection: screening rules and service, needs assessments, keep-separates."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import select

from peerdesk.db.models import KeepSeparateRow, NeedAssessmentRow, ParticipantRow
from peerdesk.domain.errors import NotFound, PermissionDenied, ValidationError
from peerdesk.domain.screening_rules import (
    Criterion,
    NeedDomain,
    ScreeningDecision,
    check_fact_date,
    check_levels,
    check_screening,
)
from peerdesk.services.auth import SignedIn
from peerdesk.services.screening import (
    KeepSeparateService,
    ScreeningService,
    keep_separate_ids,
    keep_separate_select,
    kept_apart,
)
from tests.conftest import USER_PASS, Site
from tests.factories_records import (
    ALL_LOW,
    ALL_YES,
    BORN,
    TODAY,
    audit_actions,
    counts,
    enroll,
    peer_world,
    sign_in_as,
    svc,
)

D = ScreeningDecision


# --- rules ---------------------------------------------------------------------------------------
def test_eligible_needs_every_answer_yes() -> None:
    answers, decision, reason = check_screening(
        {**ALL_YES, "interest_confirmed": " YES "}, "eligible", ""
    )
    assert decision is D.ELIGIBLE and reason == ""
    assert answers == ALL_YES
    assert list(answers) == [c.value for c in Criterion]  # fixed order


@pytest.mark.parametrize(
    ("criteria", "decision", "reason", "field"),
    [
        ({**ALL_YES, "favourite_colour": "blue"}, "eligible", "", "criteria"),
        ({"interest_confirmed": "yes"}, "eligible", "", "criteria"),
        ({**ALL_YES, "no_disqualifying_incident": "No"}, "eligible", "", "decision"),
        ({**ALL_YES, "interest_confirmed": "  "}, "eligible", "", "criteria"),
        ({**ALL_YES, "interest_confirmed": "x" * 201}, "eligible", "", "criteria"),
        (ALL_YES, "maybe", "", "decision"),
        ({"interest_confirmed": "no"}, "ineligible", "  ", "reason"),
        ({}, "deferred", "", "reason"),
    ],
)
def test_bad_screenings(criteria: dict[str, str], decision: str, reason: str, field: str) -> None:
    with pytest.raises(ValidationError) as err:
        check_screening(criteria, decision, reason)
    assert err.value.field == field


def test_ineligible_and_deferred_keep_free_text_answers() -> None:
    answers, decision, reason = check_screening(
        {"time_remaining_months_ok": "Only 2 months left", "interest_confirmed": "no"},
        "deferred",
        " Screen again  after transfer ",
    )
    assert decision is D.DEFERRED and reason == "Screen again after transfer"
    assert answers == {"interest_confirmed": "no", "time_remaining_months_ok": "Only 2 months left"}


@given(st.fixed_dictionaries({d.value: st.integers(0, 3) for d in NeedDomain}))
def test_levels_in_range_are_kept(levels: dict[str, int]) -> None:
    assert {d.value: v for d, v in check_levels(levels).items()} == levels


@given(
    st.sampled_from([d.value for d in NeedDomain]),
    st.one_of(st.integers(max_value=-1), st.integers(min_value=4), st.booleans(), st.text()),
)
def test_levels_out_of_range_are_refused(domain: str, bad: Any) -> None:
    with pytest.raises(ValidationError) as err:
        check_levels({**ALL_LOW, domain: bad})
    assert err.value.field == "levels"


def test_levels_need_all_nine_known_domains() -> None:
    with pytest.raises(ValidationError, match="missing: transportation"):
        check_levels({k: v for k, v in ALL_LOW.items() if k != "transportation"})
    with pytest.raises(ValidationError):
        check_levels({**ALL_LOW, "legal": 2})


def test_fact_dates() -> None:
    today = date(2026, 6, 1)
    assert check_fact_date(today, today, "f", "The date", BORN) == today
    with pytest.raises(ValidationError, match="future"):
        check_fact_date(today + timedelta(days=1), today, "f", "The date")
    with pytest.raises(ValidationError, match="birth"):
        check_fact_date(BORN - timedelta(days=1), today, "f", "The date", BORN)


# --- screening service -------------------------------------------------------------------------
def test_latest_screening_by_date_is_current(coordinator: SignedIn) -> None:
    p = enroll(coordinator)
    sv = svc(ScreeningService, coordinator)
    a = coordinator.actor
    assert sv.current_screening(a, p) is None
    sv.screen(a, p, ALL_YES, "eligible", screened_on=date(2026, 5, 1))
    # Entered later, but dated earlier: not the current one.
    sv.screen(
        a,
        p,
        {"interest_confirmed": "no"},
        "deferred",
        reason="Not ready",
        screened_on=date(2026, 2, 1),
    )
    current = sv.current_screening(a, p)
    assert current is not None and current.decision is D.ELIGIBLE
    assert current.criteria == ALL_YES and current.screened_by == "maria"
    assert [x.screened_on for x in sv.screenings(a, p)] == [date(2026, 5, 1), date(2026, 2, 1)]
    assert ("screening.create", "ok") in audit_actions(coordinator.store)


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"screened_on": TODAY + timedelta(days=1)}, "screened_on"),
        ({"screened_on": BORN - timedelta(days=1)}, "screened_on"),
        ({"decision": "ineligible"}, "reason"),
        ({"criteria": {"shoe_size": "9"}}, "criteria"),
    ],
)
def test_bad_screening_writes_nothing(
    coordinator: SignedIn, kwargs: dict[str, Any], field: str
) -> None:
    p = enroll(coordinator)
    args: dict[str, Any] = {"criteria": ALL_YES, "decision": "eligible", "screened_on": TODAY}
    args.update(kwargs)
    before = counts(coordinator.store)
    with pytest.raises(ValidationError) as err:
        svc(ScreeningService, coordinator).screen(
            coordinator.actor,
            p,
            args["criteria"],
            args["decision"],
            screened_on=args["screened_on"],
        )
    assert err.value.field == field
    assert counts(coordinator.store) == before


def test_screening_an_unknown_or_deleted_participant(coordinator: SignedIn) -> None:
    sv = svc(ScreeningService, coordinator)
    with pytest.raises(NotFound):
        sv.screen(coordinator.actor, "nope", ALL_YES, "eligible", screened_on=TODAY)
    p = enroll(coordinator)
    from peerdesk.services.participants import ParticipantService

    ParticipantService(coordinator.store).tombstone(coordinator.actor, p)
    with pytest.raises(NotFound):
        sv.screen(coordinator.actor, p, ALL_YES, "eligible", screened_on=TODAY)


# --- needs ---------------------------------------------------------------------------------------
def test_needs_history_latest_and_same_day_correction(coordinator: SignedIn) -> None:
    p = enroll(coordinator)
    sv = svc(ScreeningService, coordinator)
    a = coordinator.actor
    assert sv.latest_needs(a, p) is None
    sv.record_needs(a, p, {**ALL_LOW, "housing": 3}, assessed_on=date(2026, 5, 1))
    sv.record_needs(a, p, {**ALL_LOW, "housing": 2}, assessed_on=date(2026, 2, 1))
    latest = sv.latest_needs(a, p)
    assert latest is not None and latest.assessed_on == date(2026, 5, 1)
    assert latest.levels["housing"] == 3 and len(latest.levels) == 9
    # A second entry on the same date corrects that assessment instead of adding one.
    sv.record_needs(a, p, {**ALL_LOW, "housing": 0}, assessed_on=date(2026, 5, 1))
    history = sv.needs_history(a, p)
    assert [h.assessed_on for h in history] == [date(2026, 2, 1), date(2026, 5, 1)]
    assert [h.levels["housing"] for h in history] == [2, 0]
    with coordinator.store.uow(write=False) as uow:
        assert len(list(uow.session.scalars(select(NeedAssessmentRow)))) == 18


@pytest.mark.parametrize(
    ("levels", "on", "field"),
    [
        ({**ALL_LOW, "housing": 4}, TODAY, "levels"),
        ({**ALL_LOW, "astrology": 1}, TODAY, "levels"),
        ({"housing": 1}, TODAY, "levels"),
        (ALL_LOW, TODAY + timedelta(days=1), "assessed_on"),
        (ALL_LOW, BORN - timedelta(days=3), "assessed_on"),
    ],
)
def test_bad_needs_write_nothing(
    coordinator: SignedIn, levels: dict[str, int], on: date, field: str
) -> None:
    p = enroll(coordinator)
    before = counts(coordinator.store)
    with pytest.raises(ValidationError) as err:
        svc(ScreeningService, coordinator).record_needs(
            coordinator.actor, p, levels, assessed_on=on
        )
    assert err.value.field == field
    assert counts(coordinator.store) == before


def test_screening_roles(site: Site, coordinator: SignedIn) -> None:
    world = peer_world(site, coordinator)
    sv = svc(ScreeningService, coordinator)
    sv.screen(coordinator.actor, world.mentee, ALL_YES, "eligible", screened_on=TODAY)
    sv.screen(coordinator.actor, world.stranger, ALL_YES, "eligible", screened_on=TODAY)
    try:
        peer = svc(ScreeningService, world.peer)
        for call in (
            lambda: peer.screen(
                world.peer.actor, world.mentee, ALL_YES, "eligible", screened_on=TODAY
            ),
            lambda: peer.record_needs(world.peer.actor, world.mentee, ALL_LOW, assessed_on=TODAY),
        ):
            with pytest.raises(PermissionDenied):
                call()
        assert peer.current_screening(world.peer.actor, world.mentee) is not None
        with pytest.raises(NotFound):
            peer.current_screening(world.peer.actor, world.stranger)
        with pytest.raises(NotFound):
            peer.latest_needs(world.peer.actor, world.stranger)
    finally:
        world.peer.store.close()
    for name, role in (("re1", "reentry_staff"), ("au1", "auditor")):
        other = sign_in_as(site, coordinator, name, role)
        try:
            with pytest.raises(PermissionDenied):
                svc(ScreeningService, other).screen(
                    other.actor, world.mentee, ALL_YES, "eligible", screened_on=TODAY
                )
        finally:
            other.store.close()
    assert ("participant.screen", "denied") in audit_actions(coordinator.store)


# --- keep-separates ---------------------------------------------------------------------------
def test_keep_separate_both_directions(coordinator: SignedIn) -> None:
    a, b, c = (enroll(coordinator) for _ in range(3))
    ks = svc(KeepSeparateService, coordinator)
    actor = coordinator.actor
    made = ks.add(actor, a, b, reason="Co-defendants")
    ks.add(actor, c, a)
    with coordinator.store.uow(write=False) as uow:
        s = uow.session
        assert keep_separate_ids(s, a) == {b, c}
        assert keep_separate_ids(s, b) == {a}
        assert s.scalar(select(kept_apart(b, a))) is True
        assert s.scalar(select(kept_apart(b, c))) is False
        # The SQL forms, as matching would use them against participants.
        near_a = set(
            s.scalars(
                select(ParticipantRow.id).where(ParticipantRow.id.in_(keep_separate_select(a)))
            )
        )
        assert near_a == {b, c}
        apart = set(s.scalars(select(ParticipantRow.id).where(kept_apart(ParticipantRow.id, a))))
        assert apart == {b, c}
    listed = ks.list_for(actor, a)
    assert {(k.participant_id, k.other_participant_id) for k in listed} == {(a, b), (a, c)}
    assert ks.list_for(actor, b)[0].other_participant_id == a
    assert made.reason == "Co-defendants"
    ks.remove(actor, made.id)
    with coordinator.store.uow(write=False) as uow:
        assert keep_separate_ids(uow.session, a) == {c}
        assert uow.session.get(KeepSeparateRow, made.id).deleted is True  # type: ignore[union-attr]
    ks.add(actor, b, a)  # may be recorded again once removed
    with pytest.raises(NotFound):
        ks.remove(actor, made.id)


def test_keep_separate_refusals_write_nothing(coordinator: SignedIn) -> None:
    a, b, c = (enroll(coordinator) for _ in range(3))
    ks = svc(KeepSeparateService, coordinator)
    ks.add(coordinator.actor, a, b)
    before = counts(coordinator.store)
    for x, y in ((a, a), (a, b), (b, a)):
        with pytest.raises(ValidationError) as err:
            ks.add(coordinator.actor, x, y)
        assert err.value.field == "other_participant_id"
    with pytest.raises(ValidationError) as err:
        ks.add(coordinator.actor, a, c, reason="x" * 2001)
    assert err.value.field == "reason"
    with pytest.raises(NotFound):
        ks.add(coordinator.actor, a, "nobody")
    assert counts(coordinator.store) == before


def test_keep_separate_roles(site: Site, coordinator: SignedIn) -> None:
    world = peer_world(site, coordinator)
    other = enroll(coordinator)
    try:
        with pytest.raises(PermissionDenied):
            svc(KeepSeparateService, world.peer).add(world.peer.actor, world.mentee, other)
    finally:
        world.peer.store.close()
    staff = sign_in_as(site, coordinator, "re1", "reentry_staff")
    try:
        svc(KeepSeparateService, staff).add(staff.actor, world.mentee, other)
    finally:
        staff.store.close()
    auditor = sign_in_as(site, coordinator, "au1", "auditor")
    try:
        with pytest.raises(PermissionDenied):
            svc(KeepSeparateService, auditor).add(auditor.actor, world.mentee, world.stranger)
    finally:
        auditor.store.close()
    # The peer sees their mentee's keep-separates only with people they may also see.
    svc(KeepSeparateService, coordinator).add(coordinator.actor, world.stranger, other)
    peer = site.sign_in("pe1", USER_PASS)
    try:
        assert svc(KeepSeparateService, peer).list_for(peer.actor, world.mentee) == ()
        with pytest.raises(NotFound):
            svc(KeepSeparateService, peer).list_for(peer.actor, world.stranger)
    finally:
        peer.store.close()
