"""Referrals and partners: the directory and the waiting referrals, driven like a user would."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from peerdesk.domain.navigation import Section, sections_for
from peerdesk.domain.roles import Role
from peerdesk.services.auth import SignedIn
from peerdesk.services.participants import ParticipantService
from peerdesk.services.referrals import PartnerInfo, ReferralService
from peerdesk.services.site_info import site_info
from peerdesk.ui.main_window import MainWindow
from peerdesk.ui.participants_section import ParticipantsSection
from peerdesk.ui.partner_dialog import PartnerDialog
from peerdesk.ui.referrals_section import ReferralsSection
from peerdesk.ui.session import UiSession
from tests.conftest import USER_PASS, Site, add_user
from tests.factories import make_profile
from tests.ui.conftest import make_session

FATAL = QAbstractItemModelTester.FailureReportingMode.Fatal


@pytest.fixture
def section(qtbot: QtBot, session: UiSession) -> ReferralsSection:
    widget = ReferralsSection(session)
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    widget.show()
    QAbstractItemModelTester(widget.partner_model, FATAL)
    QAbstractItemModelTester(widget.waiting_model, FATAL)
    return widget


def names(section: ReferralsSection) -> list[str]:
    m = section.partner_model
    return [m.row(r).organization for r in range(m.rowCount())]


def test_add_edit_filter_and_remove_partners(
    qtbot: QtBot,
    section: ReferralsSection,
    coordinator: SignedIn,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    service = ReferralService(coordinator.store)
    qtbot.mouseClick(section.new_button, Qt.MouseButton.LeftButton)
    dialog = section.dialog
    assert isinstance(dialog, PartnerDialog)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert "organization" in dialog.errors.messages()
    qtbot.keyClicks(dialog.organization_edit, "Hope Housing")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert "service_types" in dialog.errors.messages()  # says which services
    assert service.partners(coordinator.actor) == ()
    dialog.service_checks["housing"].setChecked(True)
    qtbot.keyClicks(dialog.phone_edit, "555-0101")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert names(section) == ["Hope Housing"]

    service.add_partner(coordinator.actor, PartnerInfo("Bright Jobs", ("employment",)))
    service.add_partner(coordinator.actor, PartnerInfo("Old Clinic", ("healthcare",), active=False))
    section.reload()
    assert names(section) == ["Bright Jobs", "Hope Housing"]
    section.inactive_check.setChecked(True)
    assert names(section) == ["Bright Jobs", "Hope Housing", "Old Clinic"]
    section.service_combo.setCurrentIndex(section.service_combo.findData("employment"))
    assert names(section) == ["Bright Jobs"]
    section.service_combo.setCurrentIndex(0)

    section.partner_table.selectRow(1)
    qtbot.keyClick(section.partner_table, Qt.Key.Key_Return)  # Enter edits
    edit = section.dialog
    assert isinstance(edit, PartnerDialog) and edit is not dialog
    assert edit.organization_edit.text() == "Hope Housing"
    edit.phone_edit.setText("555-0199")
    qtbot.mouseClick(edit.ok_button, Qt.MouseButton.LeftButton)
    stored = {p.organization: p for p in service.partners(coordinator.actor)}
    assert stored["Hope Housing"].phone == "555-0199"

    pid = ParticipantService(coordinator.store).enroll(coordinator.actor, make_profile()).id
    service.make(coordinator.actor, pid, stored["Hope Housing"].id, "housing", made_on=date.today())
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    section.partner_table.selectRow(1)
    qtbot.mouseClick(section.remove_button, Qt.MouseButton.LeftButton)
    assert "inactive" in section.partner_message.text()  # it has referrals: kept
    assert "Hope Housing" in names(section)
    section.partner_table.selectRow(0)
    qtbot.mouseClick(section.remove_button, Qt.MouseButton.LeftButton)
    assert names(section) == ["Hope Housing", "Old Clinic"]


def test_waiting_referral_opens_the_participant(qtbot: QtBot, site: Site) -> None:
    signed = site.sign_in()
    try:
        service = ReferralService(signed.store)
        partner = service.add_partner(signed.actor, PartnerInfo("Hope Housing", ("housing",)))
        pid = ParticipantService(signed.store).enroll(signed.actor, make_profile()).id
        service.make(signed.actor, pid, partner.id, "housing", made_on=date.today())
        window = MainWindow(site_info(signed.store, signed.actor), make_session(signed))
        qtbot.addWidget(window)
        window.show()
        window.show_section(Section.REFERRALS)
        section = window.pages[Section.REFERRALS]
        assert isinstance(section, ReferralsSection)
        section.tabs.setCurrentIndex(section.waiting_index)
        assert section.waiting_model.rowCount() == 1
        assert section.waiting_model.cell(section.waiting_model.row(0), 0) == "Garcia, Luis"
        section.waiting_table.setFocus()
        section.waiting_table.selectRow(0)
        qtbot.keyClick(section.waiting_table, Qt.Key.Key_Return)
        assert window.current_section() is Section.PARTICIPANTS
        people = window.pages[Section.PARTICIPANTS]
        assert isinstance(people, ParticipantsSection)
        assert people.participant_page.participant_id == pid
    finally:
        signed.store.close()


def test_auditor_reads_the_directory_only(qtbot: QtBot, site: Site, coordinator: SignedIn) -> None:
    ReferralService(coordinator.store).add_partner(
        coordinator.actor, PartnerInfo("Hope Housing", ("housing",))
    )
    add_user(coordinator, "audrey", "auditor")
    auditor = site.sign_in("audrey", USER_PASS)
    try:
        # Absent from the auditor's and the peer educator's navigation; and were the screen
        # shown to a role that may not manage referrals, it would change nothing.
        assert Section.REFERRALS not in sections_for(Role.AUDITOR)
        assert Section.REFERRALS not in sections_for(Role.PEER_EDUCATOR)
        widget = ReferralsSection(make_session(auditor))
        qtbot.addWidget(widget)
        widget.show()
        assert names(widget) == ["Hope Housing"]
        for button in (widget.new_button, widget.edit_button, widget.remove_button):
            assert not button.isVisible()
        widget.partner_table.selectRow(0)
        widget.edit_partner()
        assert widget.dialog is None
    finally:
        auditor.store.close()
