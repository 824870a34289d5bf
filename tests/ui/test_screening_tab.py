"""The participant page's Screening and needs tab."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester
from pytestqt.qtbot import QtBot

from peerdesk.services.auth import SignedIn
from peerdesk.services.participants import ParticipantService
from peerdesk.services.screening import ScreeningService
from peerdesk.ui.participant_page import ParticipantPage
from peerdesk.ui.screening_tab import NeedsDialog, ScreeningDialog
from peerdesk.ui.session import UiSession
from tests.factories import make_profile

FATAL = QAbstractItemModelTester.FailureReportingMode.Fatal


@pytest.fixture
def page(qtbot: QtBot, session: UiSession, coordinator: SignedIn) -> ParticipantPage:
    pid = ParticipantService(coordinator.store).enroll(coordinator.actor, make_profile()).id
    widget = ParticipantPage(session)
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    widget.show()
    widget.open_participant(pid)
    widget.tabs.setCurrentWidget(widget.screening_tab)
    QAbstractItemModelTester(widget.screening_tab.screenings.model, FATAL)
    QAbstractItemModelTester(widget.screening_tab.needs.model, FATAL)
    return widget


def test_screening_needs_every_answer_to_be_eligible(
    qtbot: QtBot, page: ParticipantPage, coordinator: SignedIn
) -> None:
    pid = page.participant_id
    assert pid is not None and page.screening_tab.participant_id == pid
    part = page.screening_tab.screenings
    qtbot.mouseClick(part.record_button, Qt.MouseButton.LeftButton)
    dialog = part.dialog
    assert isinstance(dialog, ScreeningDialog)
    dialog.answers["interest_confirmed"].setCurrentIndex(1)  # yes; the others not asked
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert "criteria" in dialog.errors.messages()
    assert ScreeningService(coordinator.store).screenings(coordinator.actor, pid) == ()
    dialog.decision_combo.setCurrentIndex(dialog.decision_combo.findData("ineligible"))
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert "reason" in dialog.errors.messages()  # not eligible: say why
    for combo in dialog.answers.values():
        combo.setCurrentIndex(1)
    dialog.decision_combo.setCurrentIndex(dialog.decision_combo.findData("eligible"))
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    stored = ScreeningService(coordinator.store).screenings(coordinator.actor, pid)
    assert [s.decision.value for s in stored] == ["eligible"]
    assert dict(stored[0].criteria) == dict.fromkeys(dialog.answers, "yes")
    assert part.model.cell(part.model.row(0), 1) == "Eligible"


def test_needs_are_recorded_and_the_next_form_starts_from_them(
    qtbot: QtBot, page: ParticipantPage, coordinator: SignedIn
) -> None:
    pid = page.participant_id
    assert pid is not None
    part = page.screening_tab.needs
    assert part.model.columnCount() == 10
    qtbot.mouseClick(part.record_button, Qt.MouseButton.LeftButton)
    dialog = part.dialog
    assert isinstance(dialog, NeedsDialog)
    dialog.levels["housing"].setCurrentIndex(3)
    dialog.levels["employment"].setCurrentIndex(2)
    dialog.date_edit.setText((date.today() + timedelta(days=2)).isoformat())
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert "assessed_on" in dialog.errors.messages()  # not in the future
    assert ScreeningService(coordinator.store).needs_history(coordinator.actor, pid) == ()
    dialog.date_edit.setText((date.today() - timedelta(days=30)).isoformat())
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    history = ScreeningService(coordinator.store).needs_history(coordinator.actor, pid)
    assert history[0].levels["housing"] == 3 and history[0].levels["family"] == 0
    assert part.model.cell(part.model.row(0), 1) == "High"  # housing is the first domain

    qtbot.mouseClick(part.record_button, Qt.MouseButton.LeftButton)
    again = part.dialog
    assert isinstance(again, NeedsDialog) and again is not dialog
    assert again.levels["housing"].currentData() == 3  # starts from the last one
    again.levels["housing"].setCurrentIndex(1)
    qtbot.mouseClick(again.ok_button, Qt.MouseButton.LeftButton)
    assert part.model.rowCount() == 2
    assert part.model.cell(part.model.row(0), 1) == "Low"  # newest first
