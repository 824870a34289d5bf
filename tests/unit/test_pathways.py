"""Pathways: definitions, phases entered in order, milestones once, progress; goals."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest

from peerdesk.domain.errors import NotFound, PermissionDenied, ValidationError
from peerdesk.domain.screening_rules import (
    GOAL_MOVES,
    MAX_MILESTONES,
    GoalStatus,
    PhaseDraft,
    PhaseKind,
    check_move,
    clean_phases,
)
from peerdesk.services.auth import SignedIn
from peerdesk.services.pathways import GoalService, Pathway, PathwayService
from tests.conftest import Site
from tests.factories_records import (
    BORN,
    STANDARD_PHASES,
    TODAY,
    audit_actions,
    counts,
    enroll,
    peer_world,
    sign_in_as,
    svc,
)

G = GoalStatus
K = PhaseKind


# --- rules ---------------------------------------------------------------------------------------
def test_clean_phases_tidies_and_keeps_order() -> None:
    out = clean_phases(
        [PhaseDraft(" Orientation ", "orientation", ("A",)), PhaseDraft("In", "pre_release")]
    )
    assert out == [("Orientation", K.ORIENTATION, ["A"]), ("In", K.PRE_RELEASE, [])]
    # Several phases may share a kind, as long as the kinds never go back.
    clean_phases([PhaseDraft("P1", "pre_release"), PhaseDraft("P2", "pre_release")])


@pytest.mark.parametrize(
    ("phases", "field"),
    [
        ([], "phases"),
        ([PhaseDraft("Out", "post_release"), PhaseDraft("In", "pre_release")], "phases"),
        ([PhaseDraft("X", "parole")], "phases"),
        ([PhaseDraft(" ", "orientation")], "phases"),
        ([PhaseDraft("Same", "orientation"), PhaseDraft("same", "transition")], "phases"),
        ([PhaseDraft("A", "orientation", ("m", "M"))], "milestones"),
        ([PhaseDraft("A", "orientation", ("",))], "milestones"),
        (
            [PhaseDraft("A", "orientation", tuple(f"m{i}" for i in range(MAX_MILESTONES + 1)))],
            "milestones",
        ),
    ],
)
def test_bad_phase_lists(phases: list[PhaseDraft], field: str) -> None:
    with pytest.raises(ValidationError) as err:
        clean_phases(phases)
    assert err.value.field == field


@pytest.mark.parametrize(
    ("current", "new", "ok"),
    [
        (G.OPEN, G.IN_PROGRESS, True),
        (G.OPEN, G.DROPPED, True),
        (G.OPEN, G.ACHIEVED, False),
        (G.IN_PROGRESS, G.ACHIEVED, True),
        (G.IN_PROGRESS, G.DROPPED, True),
        (G.IN_PROGRESS, G.OPEN, False),
        (G.ACHIEVED, G.DROPPED, False),
        (G.DROPPED, G.IN_PROGRESS, False),
    ],
)
def test_goal_moves(current: G, new: G, ok: bool) -> None:
    if ok:
        check_move(GOAL_MOVES, current, new, "status", "goal")
    else:
        with pytest.raises(ValidationError):
            check_move(GOAL_MOVES, current, new, "status", "goal")


# --- definitions ---------------------------------------------------------------------------------
def _define(signed: SignedIn, name: str = "Reentry pathway") -> Pathway:
    return svc(PathwayService, signed).define(
        signed.actor, name, STANDARD_PHASES, description="Five phases"
    )


def test_define_get_and_list(coordinator: SignedIn) -> None:
    pw = _define(coordinator)
    assert [ph.kind for ph in pw.phases] == list(PhaseKind)
    assert [ph.position for ph in pw.phases] == [1, 2, 3, 4, 5]
    assert [m.name for m in pw.phases[0].milestones] == ["Attended orientation", "Signed agreement"]
    ps = svc(PathwayService, coordinator)
    assert ps.get(coordinator.actor, pw.id) == pw
    assert ps.pathways(coordinator.actor) == (pw,)
    before = counts(coordinator.store)
    with pytest.raises(ValidationError) as err:
        _define(coordinator, "REENTRY pathway")
    assert err.value.field == "name"
    with pytest.raises(ValidationError) as err:
        ps.define(
            coordinator.actor,
            "Other",
            [PhaseDraft("Done", "completion"), PhaseDraft("Start", "orientation")],
        )
    assert err.value.field == "phases"
    with pytest.raises(ValidationError) as err:
        ps.define(coordinator.actor, " ", STANDARD_PHASES)
    assert err.value.field == "name"
    assert counts(coordinator.store) == before
    with pytest.raises(NotFound):
        ps.get(coordinator.actor, "nope")


# --- progress ------------------------------------------------------------------------------------
def test_phases_advance_in_order_with_dates_in_order(coordinator: SignedIn) -> None:
    pw = _define(coordinator)
    other = _define(coordinator, "Short pathway")
    ps = svc(PathwayService, coordinator)
    a = coordinator.actor
    p = enroll(coordinator)
    orientation, pre, transition, post, _ = (ph.id for ph in pw.phases)
    assert ps.progress(a, p) is None
    ps.enter_phase(a, p, orientation, entered_on=date(2026, 2, 1))
    ps.enter_phase(a, p, transition, entered_on=date(2026, 3, 1))  # skipping ahead is allowed
    before = counts(coordinator.store)
    for phase, on, field in (
        (pre, date(2026, 4, 1), "phase_id"),  # back
        (transition, date(2026, 4, 1), "phase_id"),  # again
        (post, date(2026, 2, 27), "entered_on"),  # before the current phase's date
        (post, TODAY + timedelta(days=1), "entered_on"),
        (post, BORN - timedelta(days=1), "entered_on"),
        (other.phases[-1].id, date(2026, 4, 1), "phase_id"),  # another pathway
    ):
        with pytest.raises(ValidationError) as err:
            ps.enter_phase(a, p, phase, entered_on=on)
        assert err.value.field == field
    with pytest.raises(NotFound):
        ps.enter_phase(a, p, "no-phase", entered_on=TODAY)
    assert counts(coordinator.store) == before
    ps.enter_phase(a, p, post, entered_on=date(2026, 3, 1))  # same day is fine
    progress = ps.progress(a, p)
    assert progress is not None and progress.current_phase_id == post
    assert [x.entered_on for x in progress.phases] == [
        date(2026, 2, 1),
        None,
        date(2026, 3, 1),
        date(2026, 3, 1),
        None,
    ]


def test_milestones_once_not_before_the_phase(coordinator: SignedIn) -> None:
    pw = _define(coordinator)
    ps = svc(PathwayService, coordinator)
    a = coordinator.actor
    p = enroll(coordinator)
    attended, signed = pw.phases[0].milestones
    plan = pw.phases[1].milestones[0]
    with pytest.raises(ValidationError) as err:  # phase not entered yet
        ps.achieve_milestone(a, p, attended.id, achieved_on=date(2026, 2, 1))
    assert err.value.field == "milestone_id"
    ps.enter_phase(a, p, pw.phases[0].id, entered_on=date(2026, 2, 1))
    before = counts(coordinator.store)
    for milestone, on, field in (
        (attended.id, date(2026, 1, 31), "achieved_on"),
        (attended.id, TODAY + timedelta(days=1), "achieved_on"),
        (plan.id, date(2026, 2, 2), "milestone_id"),
    ):
        with pytest.raises(ValidationError) as err:
            ps.achieve_milestone(a, p, milestone, achieved_on=on)
        assert err.value.field == field
    with pytest.raises(NotFound):
        ps.achieve_milestone(a, p, "no-milestone", achieved_on=TODAY)
    assert counts(coordinator.store) == before
    ps.achieve_milestone(a, p, attended.id, achieved_on=date(2026, 2, 1))
    with pytest.raises(ValidationError, match="already"):
        ps.achieve_milestone(a, p, attended.id, achieved_on=date(2026, 2, 3))
    progress = ps.progress(a, p)
    assert progress is not None
    assert progress.phases[0].achieved == ((attended.id, date(2026, 2, 1)),)
    assert (progress.milestones_achieved, progress.milestones_total) == (1, 6)
    assert signed.id not in dict(progress.phases[0].achieved)
    actions = [x for x, _ in audit_actions(coordinator.store)]
    assert "pathway.enter_phase" in actions and "pathway.milestone" in actions


# --- goals ---------------------------------------------------------------------------------------
def test_goals(coordinator: SignedIn) -> None:
    gs = svc(GoalService, coordinator)
    a = coordinator.actor
    p = enroll(coordinator)
    g = gs.set_goal(
        a,
        p,
        "Get a state ID card.",
        set_on=date(2026, 3, 1),
        domain="id_documents",
        target_on=date(2026, 9, 1),
    )
    assert (g.status, g.status_on, g.domain) == (G.OPEN, date(2026, 3, 1), "id_documents")
    before = counts(coordinator.store)
    for status, on, field in (
        ("achieved", date(2026, 4, 1), "status"),
        ("in_progress", date(2026, 2, 28), "status_on"),
        ("in_progress", TODAY + timedelta(days=1), "status_on"),
        ("paused", date(2026, 4, 1), "status"),
    ):
        with pytest.raises(ValidationError) as err:
            gs.move_goal(a, g.id, status, on=on)
        assert err.value.field == field
    assert counts(coordinator.store) == before
    gs.move_goal(a, g.id, "in_progress", on=date(2026, 4, 1))
    done = gs.move_goal(a, g.id, "achieved", on=date(2026, 5, 1))
    assert (done.status, done.status_on, done.set_on) == (
        G.ACHIEVED,
        date(2026, 5, 1),
        date(2026, 3, 1),
    )
    assert gs.goals(a, p) == (done,)
    with pytest.raises(NotFound):
        gs.move_goal(a, "no-goal", "dropped", on=TODAY)


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"description": " "}, "description"),
        ({"domain": "astrology"}, "domain"),
        ({"set_on": TODAY + timedelta(days=1)}, "set_on"),
        ({"set_on": BORN - timedelta(days=1)}, "set_on"),
        ({"target_on": date(2026, 2, 1)}, "target_on"),
    ],
)
def test_bad_goals_write_nothing(coordinator: SignedIn, kwargs: dict[str, Any], field: str) -> None:
    p = enroll(coordinator)
    args: dict[str, Any] = {"description": "Find housing.", "set_on": date(2026, 3, 1)}
    args.update(kwargs)
    before = counts(coordinator.store)
    with pytest.raises(ValidationError) as err:
        svc(GoalService, coordinator).set_goal(coordinator.actor, p, **args)
    assert err.value.field == field
    assert counts(coordinator.store) == before


def test_pathway_roles_and_visibility(site: Site, coordinator: SignedIn) -> None:
    pw = _define(coordinator)
    world = peer_world(site, coordinator)
    ps = svc(PathwayService, coordinator)
    for who in (world.mentee, world.stranger):
        ps.enter_phase(coordinator.actor, who, pw.phases[0].id, entered_on=date(2026, 2, 1))
        svc(GoalService, coordinator).set_goal(
            coordinator.actor, who, "Goal", set_on=date(2026, 2, 1)
        )
    try:
        peer_ps, peer_gs = svc(PathwayService, world.peer), svc(GoalService, world.peer)
        pa = world.peer.actor
        assert peer_ps.progress(pa, world.mentee) is not None
        assert len(peer_gs.goals(pa, world.mentee)) == 1
        assert len(peer_ps.pathways(pa)) == 1  # definitions are open to read
        for call in (
            lambda: peer_ps.progress(pa, world.stranger),
            lambda: peer_gs.goals(pa, world.stranger),
        ):
            with pytest.raises(NotFound):
                call()
        for denied in (
            lambda: peer_ps.define(pa, "Mine", STANDARD_PHASES),
            lambda: peer_ps.enter_phase(pa, world.mentee, pw.phases[1].id, entered_on=TODAY),
            lambda: peer_gs.set_goal(pa, world.mentee, "Goal", set_on=TODAY),
        ):
            with pytest.raises(PermissionDenied):
                denied()
    finally:
        world.peer.store.close()
    staff = sign_in_as(site, coordinator, "re1", "reentry_staff")
    try:
        sp = svc(PathwayService, staff)
        sp.enter_phase(staff.actor, world.mentee, pw.phases[1].id, entered_on=TODAY)
        with pytest.raises(PermissionDenied):
            sp.define(staff.actor, "Staff pathway", STANDARD_PHASES)
    finally:
        staff.store.close()
    auditor = sign_in_as(site, coordinator, "au1", "auditor")
    try:
        with pytest.raises(PermissionDenied):
            svc(GoalService, auditor).set_goal(auditor.actor, world.mentee, "Goal", set_on=TODAY)
    finally:
        auditor.store.close()
    assert ("pathway.manage", "denied") in audit_actions(coordinator.store)
