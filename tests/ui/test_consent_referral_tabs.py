"""The participant page's Consent and Referrals tabs, driven like a coordinator would."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from peerdesk.domain.consent_rules import ConsentState, consent_state
from peerdesk.services.auth import SignedIn
from peerdesk.services.consent import ConsentService
from peerdesk.services.participants import ParticipantService
from peerdesk.services.referrals import PartnerInfo, ReferralService
from peerdesk.ui.consent_dialogs import ConsentDateDialog, RecordConsentDialog
from peerdesk.ui.participant_page import ParticipantPage
from peerdesk.ui.referrals_tab import MakeReferralDialog, ReferralStatusDialog
from peerdesk.ui.session import UiSession
from tests.conftest import Site
from tests.factories import make_profile
from tests.factories_sessions import build_world
from tests.ui.conftest import make_session


@pytest.fixture
def page(qtbot: QtBot, session: UiSession, coordinator: SignedIn) -> ParticipantPage:
    pid = ParticipantService(coordinator.store).enroll(coordinator.actor, make_profile()).id
    widget = ParticipantPage(session)
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    widget.show()
    widget.open_participant(pid)
    return widget


def consents(signed: SignedIn, pid: str) -> int:
    return len(ConsentService(signed.store).list_for(signed.actor, pid))


def test_tabs_hidden_while_creating(page: ParticipantPage) -> None:
    for index in page.record_tabs:
        assert page.tabs.isTabVisible(index)
    page.start_new()
    for index in page.record_tabs:
        assert not page.tabs.isTabVisible(index)


def test_record_revoke_consent_with_inline_messages(
    qtbot: QtBot, page: ParticipantPage, coordinator: SignedIn
) -> None:
    pid = page.participant_id
    assert pid is not None
    tab = page.consent_tab
    page.tabs.setCurrentWidget(tab)
    assert tab.model.rowCount() == 0
    QAbstractItemModelTester(tab.model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    qtbot.mouseClick(tab.record_button, Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    assert isinstance(dialog, RecordConsentDialog)
    qtbot.keyClicks(dialog.discloser_edit, "Riverside Unit peer program")
    qtbot.keyClicks(dialog.recipient_edit, "Eastside Reentry Office")
    qtbot.keyClicks(dialog.information_edit, "Program participation and plans")
    qtbot.keyClicks(dialog.purpose_edit, "Continuity of peer support after release")
    dialog.expires_edit.setText("2026-02-30")  # no such date
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.errors.messages()["expires_on"] == "There is no such date."
    dialog.expires_edit.setText("")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)  # no expiry, no revoke note
    assert "expires_on" in dialog.errors.messages()
    assert dialog.isVisible() and consents(coordinator, pid) == 0
    qtbot.keyClicks(dialog.event_edit, "one year after release")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert "right_to_revoke_explained" in dialog.errors.messages()
    assert consents(coordinator, pid) == 0
    dialog.revoke_check.setChecked(True)
    dialog.general_check.setChecked(False)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert "scope" in dialog.errors.messages()
    dialog.sud_check.setChecked(True)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()

    stored = ConsentService(coordinator.store).list_for(coordinator.actor, pid)
    assert len(stored) == 1 and stored[0].scope_sud and not stored[0].scope_general
    assert tab.model.rowCount() == 1
    row = [tab.model.cell(tab.model.row(0), c) for c in range(5)]
    assert row[0] == "Eastside Reentry Office"
    assert row[1] == "Treatment records (Part 2)"
    assert row[3] == "when: one year after release"
    assert row[4] == "In force"
    assert tab.revoke_button.isEnabled() and tab.event_button.isEnabled()

    qtbot.mouseClick(tab.revoke_button, Qt.MouseButton.LeftButton)
    revoke = tab.dialog
    assert isinstance(revoke, ConsentDateDialog)
    revoke.date_edit.setText((date.today() + timedelta(days=3)).isoformat())
    qtbot.mouseClick(revoke.ok_button, Qt.MouseButton.LeftButton)
    assert "revoked_on" in revoke.errors.messages()  # not in the future
    revoke.date_edit.setText(date.today().isoformat())
    qtbot.mouseClick(revoke.ok_button, Qt.MouseButton.LeftButton)
    assert not revoke.isVisible()
    stored = ConsentService(coordinator.store).list_for(coordinator.actor, pid)
    assert consent_state(stored[0], date.today()) is ConsentState.REVOKED
    assert tab.model.cell(tab.model.row(0), 4) == f"Revoked {date.today().isoformat()}"
    assert not tab.revoke_button.isEnabled()  # once


def test_referral_made_and_answered(
    qtbot: QtBot, page: ParticipantPage, coordinator: SignedIn
) -> None:
    pid = page.participant_id
    assert pid is not None
    referrals = ReferralService(coordinator.store)
    referrals.add_partner(
        coordinator.actor, PartnerInfo("Hope Housing", ("housing", "benefits"), phone="555-0101")
    )
    tab = page.referrals_tab
    page.tabs.setCurrentWidget(tab)
    QAbstractItemModelTester(tab.model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    qtbot.mouseClick(tab.make_button, Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    assert isinstance(dialog, MakeReferralDialog)
    assert [dialog.service_combo.itemData(i) for i in range(dialog.service_combo.count())] == [
        "housing",
        "benefits",
    ]
    dialog.date_edit.setText("tomorrow")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert "made_on" in dialog.errors.messages()
    assert referrals.list_for(coordinator.actor, pid) == ()
    dialog.date_edit.setText(date.today().isoformat())
    dialog.service_combo.setCurrentIndex(1)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    made = referrals.list_for(coordinator.actor, pid)
    assert [(r.organization, r.service_type, r.status.value) for r in made] == [
        ("Hope Housing", "benefits", "made")
    ]
    assert tab.model.cell(tab.model.row(0), 2) == "Made"

    qtbot.mouseClick(tab.status_button, Qt.MouseButton.LeftButton)
    answer = tab.dialog
    assert isinstance(answer, ReferralStatusDialog)
    offered = [answer.status_combo.itemData(i) for i in range(answer.status_combo.count())]
    assert offered == ["accepted", "declined"]
    answer.status_combo.setCurrentIndex(1)
    qtbot.mouseClick(answer.ok_button, Qt.MouseButton.LeftButton)
    assert referrals.list_for(coordinator.actor, pid)[0].status.value == "declined"
    assert not tab.status_button.isEnabled()  # nothing follows a decline


def test_no_partner_says_where_to_add_one(qtbot: QtBot, page: ParticipantPage) -> None:
    tab = page.referrals_tab
    page.tabs.setCurrentWidget(tab)
    qtbot.mouseClick(tab.make_button, Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    assert isinstance(dialog, MakeReferralDialog)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert "Referrals and partners" in dialog.errors.messages()["partner_id"]


def test_peer_educator_sees_no_consent_and_changes_no_referral(
    qtbot: QtBot, qapp: QApplication, site: Site, coordinator: SignedIn
) -> None:
    world = build_world(site, coordinator)
    try:
        page = ParticipantPage(make_session(world.peer))
        qtbot.addWidget(page)
        page.show()
        page.open_participant(world.mentee)
        titles = [page.tabs.tabText(i) for i in range(page.tabs.count())]
        assert "Consent" not in titles and "Screening and needs" not in titles
        assert "Referrals" in titles
        page.tabs.setCurrentWidget(page.referrals_tab)
        assert page.referrals_tab.participant_id == world.mentee
        for button in (page.referrals_tab.make_button, page.referrals_tab.status_button):
            assert not button.isVisible()
    finally:
        world.peer.store.close()
