"""The participant page's Pathway, Goals, Incentives and Outcomes tabs."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester
from pytestqt.qtbot import QtBot

from peerdesk.domain.screening_rules import PhaseDraft
from peerdesk.services.auth import SignedIn
from peerdesk.services.incentives import IncentiveService
from peerdesk.services.outcomes import OutcomeService
from peerdesk.services.participants import ParticipantService
from peerdesk.services.pathways import GoalService, PathwayService
from peerdesk.ui.goals_tab import GoalDialog, GoalStatusDialog
from peerdesk.ui.incentives_tab import AwardDialog, parse_cents
from peerdesk.ui.outcomes_tab import OutcomeDialog
from peerdesk.ui.participant_page import ParticipantPage
from peerdesk.ui.pathway_tab import EnterPhaseDialog, MilestoneDialog
from peerdesk.ui.session import UiSession
from tests.factories import make_profile

FATAL = QAbstractItemModelTester.FailureReportingMode.Fatal
RELEASED = date.today() - timedelta(days=100)


@pytest.fixture
def page(qtbot: QtBot, session: UiSession, coordinator: SignedIn) -> ParticipantPage:
    profile = make_profile(actual_release_date=RELEASED, projected_release_date=RELEASED)
    pid = ParticipantService(coordinator.store).enroll(coordinator.actor, profile).id
    widget = ParticipantPage(session)
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    widget.show()
    widget.open_participant(pid)
    return widget


def test_set_a_goal_and_move_it_on(
    qtbot: QtBot, page: ParticipantPage, coordinator: SignedIn
) -> None:
    pid = page.participant_id
    assert pid is not None
    tab = page.goals_tab
    page.tabs.setCurrentWidget(tab)
    QAbstractItemModelTester(tab.model, FATAL)
    qtbot.mouseClick(tab.set_button, Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    assert isinstance(dialog, GoalDialog)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert "description" in dialog.errors.messages()
    qtbot.keyClicks(dialog.description_edit, "Get a state ID before release")
    dialog.domain_combo.setCurrentIndex(dialog.domain_combo.findData("id_documents"))
    dialog.target_edit.setText((date.today() - timedelta(days=400)).isoformat())
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert "target_on" in dialog.errors.messages()  # before the goal was set
    assert GoalService(coordinator.store).goals(coordinator.actor, pid) == ()
    dialog.target_edit.setText((date.today() + timedelta(days=60)).isoformat())
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert [tab.model.cell(tab.model.row(0), c) for c in range(3)] == [
        "Get a state ID before release",
        "ID documents",
        "Open",
    ]
    qtbot.mouseClick(tab.status_button, Qt.MouseButton.LeftButton)
    move = tab.dialog
    assert isinstance(move, GoalStatusDialog)
    offered = [move.status_combo.itemData(i) for i in range(move.status_combo.count())]
    assert offered == ["in_progress", "dropped"]
    qtbot.mouseClick(move.ok_button, Qt.MouseButton.LeftButton)
    goals = GoalService(coordinator.store).goals(coordinator.actor, pid)
    assert goals[0].status.value == "in_progress"


@given(st.integers(min_value=0, max_value=9_999_999), st.integers(min_value=0, max_value=99))
def test_amounts_read_as_cents(dollars: int, cents: int) -> None:
    assert parse_cents(f"{dollars}.{cents:02d}") == dollars * 100 + cents
    assert parse_cents(f"${dollars}") == dollars * 100


@pytest.mark.parametrize("text", ["12.345", "abc", "-5", "1 000"])
def test_not_amounts(text: str) -> None:
    with pytest.raises(ValueError):
        parse_cents(text)


def test_award_a_commissary_credit(
    qtbot: QtBot, page: ParticipantPage, coordinator: SignedIn
) -> None:
    pid = page.participant_id
    assert pid is not None
    tab = page.incentives_tab
    page.tabs.setCurrentWidget(tab)
    QAbstractItemModelTester(tab.model, FATAL)
    qtbot.mouseClick(tab.award_button, Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    assert isinstance(dialog, AwardDialog)
    assert not dialog.amount_edit.isEnabled()  # a certificate has no amount
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("commissary_credit"))
    assert dialog.amount_edit.isEnabled()
    qtbot.keyClicks(dialog.reason_edit, "Finished the 12-week course")
    dialog.amount_edit.setText("twelve")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert "amount_cents" in dialog.errors.messages()
    dialog.amount_edit.setText("")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert "amount_cents" in dialog.errors.messages()  # a credit needs its amount
    assert IncentiveService(coordinator.store).for_participant(coordinator.actor, pid) == ()
    dialog.amount_edit.setText("12.50")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    awards = IncentiveService(coordinator.store).for_participant(coordinator.actor, pid)
    assert [(a.kind.value, a.amount_cents) for a in awards] == [("commissary_credit", 1250)]
    assert tab.model.cell(tab.model.row(0), 2) != ""


def test_record_a_follow_up(qtbot: QtBot, page: ParticipantPage, coordinator: SignedIn) -> None:
    pid = page.participant_id
    assert pid is not None
    tab = page.outcomes_tab
    page.tabs.setCurrentWidget(tab)
    QAbstractItemModelTester(tab.model, FATAL)
    qtbot.mouseClick(tab.record_button, Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    assert isinstance(dialog, OutcomeDialog)
    dialog.checkpoint_combo.setCurrentIndex(dialog.checkpoint_combo.findData(180))
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()  # 180 days have not passed since release
    assert OutcomeService(coordinator.store).outcomes(coordinator.actor, pid) == ()
    dialog.checkpoint_combo.setCurrentIndex(dialog.checkpoint_combo.findData(90))
    dialog.housing_combo.setCurrentIndex(dialog.housing_combo.findData("stable"))
    dialog.answers["returned_to_custody"].setCurrentIndex(2)  # no
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    stored = OutcomeService(coordinator.store).outcomes(coordinator.actor, pid)
    assert [(o.checkpoint_days, o.housing.value, o.returned_to_custody) for o in stored] == [
        (90, "stable", False)
    ]
    row = [tab.model.cell(tab.model.row(0), c) for c in range(8)]
    assert row[0] == "90 days after release"
    assert row[1] == (RELEASED + timedelta(days=90)).isoformat()
    assert row[6] == "No" and row[4] == ""


def test_pathway_phases_go_forward_and_milestones_are_reached(
    qtbot: QtBot, page: ParticipantPage, coordinator: SignedIn
) -> None:
    pid = page.participant_id
    assert pid is not None
    pathways = PathwayService(coordinator.store)
    pathways.define(
        coordinator.actor,
        "Reentry pathway",
        (
            PhaseDraft("Orientation", "orientation", ("Intake done", "Signed agreement")),
            PhaseDraft("Pre-release", "pre_release", ("Release plan",)),
            PhaseDraft("Post-release", "post_release", ()),
        ),
    )
    tab = page.pathway_tab
    QAbstractItemModelTester(tab.model, FATAL)  # through every reload below
    page.tabs.setCurrentWidget(tab)
    assert tab.summary.text() == "Not on a pathway yet."
    assert not tab.milestone_button.isEnabled()
    qtbot.mouseClick(tab.enter_button, Qt.MouseButton.LeftButton)
    enter = tab.dialog
    assert isinstance(enter, EnterPhaseDialog)
    assert enter.phase_combo.count() == 3
    enter.date_edit.setText((date.today() - timedelta(days=20)).isoformat())
    qtbot.mouseClick(enter.ok_button, Qt.MouseButton.LeftButton)
    assert not enter.isVisible()
    assert tab.summary.text() == "Reentry pathway: 0 of 3 milestones reached"

    qtbot.mouseClick(tab.milestone_button, Qt.MouseButton.LeftButton)
    reach = tab.dialog
    assert isinstance(reach, MilestoneDialog)
    assert reach.milestone_combo.count() == 2  # only the phase entered
    reach.date_edit.setText((date.today() - timedelta(days=30)).isoformat())
    qtbot.mouseClick(reach.ok_button, Qt.MouseButton.LeftButton)
    assert "achieved_on" in reach.errors.messages()  # before the phase was entered
    reach.date_edit.setText(date.today().isoformat())
    qtbot.mouseClick(reach.ok_button, Qt.MouseButton.LeftButton)
    assert tab.summary.text() == "Reentry pathway: 1 of 3 milestones reached"
    first = tab.model.item(0, 0)
    assert first is not None and first.font().bold()  # the current phase
    assert first.child(0, 1).text() == date.today().isoformat()

    qtbot.mouseClick(tab.enter_button, Qt.MouseButton.LeftButton)
    nxt = tab.dialog
    assert isinstance(nxt, EnterPhaseDialog)
    assert [nxt.phase_combo.itemText(i) for i in range(nxt.phase_combo.count())] == [
        "Reentry pathway · Pre-release",
        "Reentry pathway · Post-release",
    ]  # forward only
    progress = pathways.progress(coordinator.actor, pid)
    assert progress is not None and progress.milestones_achieved == 1
