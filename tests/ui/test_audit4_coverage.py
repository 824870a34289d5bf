"""Acceptance audit of issue 4 (fourth session): behaviour that works but that no test caught.

Each test drives the window the way a person would and would fail if the behaviour broke.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QApplication, QTabWidget, QWidget
from pytestqt.qtbot import QtBot

from peerdesk.domain.alerts import AlertKind
from peerdesk.domain.navigation import Section
from peerdesk.services.demo import DemoService
from peerdesk.services.mentors import MentorService
from peerdesk.services.site_info import site_info
from peerdesk.ui.administration_section import AdministrationSection
from peerdesk.ui.dashboard_section import DashboardSection
from peerdesk.ui.groups_section import GroupsSection
from peerdesk.ui.main_window import MainWindow
from peerdesk.ui.mentor_dialogs import CertificationDialog, SupervisionDialog, TrainingDialog
from peerdesk.ui.participant_table_model import ParticipantTableModel
from peerdesk.ui.participants_section import ParticipantsSection
from peerdesk.ui.peer_educators_section import PeerEducatorsSection
from peerdesk.ui.session import UiSession
from peerdesk.ui.settings_tab import SettingsTab
from tests.conftest import Site
from tests.factories_sessions import World
from tests.ui.conftest import make_session
from tests.ui.test_groups_section import start_recording
from tests.ui.test_peer_educators_section import Staff, open_row, staff  # noqa: F401
from tests.ui.test_peer_educators_section import make_section as make_peer_section

TODAY = date.today()
WARN = QAbstractItemModelTester.FailureReportingMode.Warning


def focused() -> QWidget | None:
    return QApplication.focusWidget()


def make_window(qtbot: QtBot, signed: Any, session: UiSession | None = None) -> MainWindow:
    session = session or make_session(signed)
    window = MainWindow(site_info(signed.store, signed.actor), session)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    return window


# --- peer educators: training, certifications, supervision through the dialogs -------------
def test_audit4_training_certification_and_supervision_are_recorded_through_the_dialogs(
    qtbot: QtBot,
    english: None,
    session: Any,
    staff: Staff,  # noqa: F811
) -> None:
    """Only bad inputs went through these dialogs before; here each one saves and shows."""
    section = make_peer_section(qtbot, session)
    open_row(qtbot, section, "Lopez")
    page = section.mentor_page

    qtbot.mouseClick(page.buttons["training"], Qt.MouseButton.LeftButton)
    training = page.dialog
    assert isinstance(training, TrainingDialog)
    qtbot.keyClicks(training.course_edit, "Motivational interviewing")
    training.hours_edit.setText("8")
    training.date_edit.setText((TODAY - timedelta(days=3)).isoformat())
    qtbot.mouseClick(training.ok_button, Qt.MouseButton.LeftButton)
    assert not training.isVisible() and training.errors.messages() == {}
    courses = [page.trainings.row(r).course for r in range(page.trainings.rowCount())]
    assert "Motivational interviewing" in courses
    assert page.hours_label.text() == "Training hours in all: 24"

    qtbot.mouseClick(page.buttons["certification"], Qt.MouseButton.LeftButton)
    cert = page.dialog
    assert isinstance(cert, CertificationDialog)
    qtbot.keyClicks(cert.name_edit, "Naloxone training")
    cert.issued_edit.setText((TODAY - timedelta(days=10)).isoformat())
    cert.expires_edit.setText((TODAY + timedelta(days=700)).isoformat())
    qtbot.mouseClick(cert.ok_button, Qt.MouseButton.LeftButton)
    assert not cert.isVisible() and cert.errors.messages() == {}
    names = [page.certifications.row(r).name for r in range(page.certifications.rowCount())]
    assert "Naloxone training" in names

    qtbot.mouseClick(page.buttons["supervision"], Qt.MouseButton.LeftButton)
    check_in = page.dialog
    assert isinstance(check_in, SupervisionDialog)
    qtbot.keyClicks(check_in.supervisor_edit, "jordan")
    check_in.summary_edit.setPlainText("Talked about boundaries")
    qtbot.mouseClick(check_in.ok_button, Qt.MouseButton.LeftButton)
    assert not check_in.isVisible() and check_in.errors.messages() == {}
    supervisors = [page.supervision.row(r).supervisor for r in range(page.supervision.rowCount())]
    assert sorted(supervisors) == ["jordan", "maria"]


# --- dashboard alerts opening the record, in the real window ---------------------------------
def test_audit4_enter_on_a_certification_alert_opens_the_peer_educator(
    qtbot: QtBot, english: None, world: World
) -> None:
    """Only the signal was checked: here the window really shows the peer educator's page."""
    MentorService(world.coord.store).add_certification(
        world.coord.actor,
        world.other_mentor_id,
        "First aid",
        TODAY - timedelta(days=700),
        TODAY + timedelta(days=10),
    )
    window = make_window(qtbot, world.coord)
    assert window.current_section() is Section.DASHBOARD
    dashboard = window.pages[Section.DASHBOARD]
    assert isinstance(dashboard, DashboardSection)
    model, table = dashboard.alerts_model, dashboard.alerts_table
    qtbot.waitUntil(lambda: model.rowCount() > 0, timeout=3_000)
    rows = [model.row(r) for r in range(model.rowCount())]
    row = next(i for i, r in enumerate(rows) if r.alert.kind is AlertKind.CERTIFICATION_EXPIRING)
    table.setFocus()
    table.setCurrentIndex(model.index(row, 0))
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert window.current_section() is Section.PEER_EDUCATORS
    section = window.pages[Section.PEER_EDUCATORS]
    assert isinstance(section, PeerEducatorsSection)
    assert section.currentWidget() is section.mentor_page
    assert section.mentor_page.title.text() == "Okafor, Tomas"


# --- settings applied at once ----------------------------------------------------------------
def test_audit4_a_new_alert_threshold_applies_to_the_dashboard_at_once(
    qtbot: QtBot, english: None, world: World
) -> None:
    """Saving "Alert after days without contact" changes the dashboard's alerts, no refresh."""
    window = make_window(qtbot, world.coord)
    dashboard = window.pages[Section.DASHBOARD]
    assert isinstance(dashboard, DashboardSection)

    def no_contact_alerts() -> int:
        model = dashboard.alerts_model
        kinds = [model.row(r).alert.kind for r in range(model.rowCount())]
        return kinds.count(AlertKind.NO_RECENT_CONTACT)

    qtbot.waitUntil(lambda: no_contact_alerts() == 2, timeout=3_000)  # 60 days > 14
    window.request_section(Section.ADMINISTRATION)
    admin = window.pages[Section.ADMINISTRATION]
    assert isinstance(admin, AdministrationSection)
    tab = admin.settings_tab
    assert isinstance(tab, SettingsTab)
    admin.tabs.setCurrentWidget(tab)
    spin = tab.spins["alert_no_contact_days"]
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, "90")
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    assert tab.message.text() == "Settings saved."
    window.request_section(Section.DASHBOARD)
    assert window.current_section() is Section.DASHBOARD
    qtbot.waitUntil(lambda: no_contact_alerts() == 0, timeout=3_000)  # 60 days < 90


# --- keyboard: back through the member's details to the roster --------------------------------
def test_audit4_shift_tab_goes_back_from_the_note_details_to_the_roster(
    qtbot: QtBot, english: None, world: World
) -> None:
    """The keyboard test used setFocus() here; Shift+Tab really walks back the same way."""
    section = GroupsSection(make_session(world.peer), "My groups")
    qtbot.addWidget(section)
    section.resize(1100, 700)
    with qtbot.waitActive(section):
        section.show()
        section.activateWindow()
    page = start_recording(qtbot, section)
    page.sensitivity_combo.setFocus()
    expected = [page.note_edit, page.reason_combo, page.status_combo, page.roster]
    walked = []
    for _ in expected:
        current = focused()
        assert current is not None
        qtbot.keyClick(current, Qt.Key.Key_Backtab)
        walked.append(focused())
    assert walked == expected


# --- every item model of the window passes the model tester -----------------------------------
def _visit_every_tab(qtbot: QtBot, root: QWidget) -> None:
    for tabs in root.findChildren(QTabWidget):
        for i in range(tabs.count()):
            if tabs.isTabVisible(i):
                tabs.setCurrentIndex(i)
                qtbot.wait(1)


def test_audit4_every_item_model_of_the_coordinator_window_passes_the_model_tester(
    qtbot: QtBot, english: None, site: Site
) -> None:
    """A sweep over every section, the participant, peer educator, group and recording pages:
    a model added later without its own model-tester test is caught here."""
    coordinator = site.sign_in()
    try:
        DemoService(coordinator.store).generate(coordinator.actor, 40, seed=3)
        session = make_session(coordinator)
        window = make_window(qtbot, coordinator, session)
        for section in window.sections:
            window.show_section(section)
            _visit_every_tab(qtbot, window.pages[section])
        participants = window.pages[Section.PARTICIPANTS]
        assert isinstance(participants, ParticipantsSection)
        first = participants.list_page.model.index(0, 0).data(ParticipantTableModel.IdRole)
        window.open_participant(first)
        _visit_every_tab(qtbot, participants.participant_page)
        mentors = window.pages[Section.PEER_EDUCATORS]
        assert isinstance(mentors, PeerEducatorsSection)
        window.open_mentor(mentors.list_page.model.row(0).id)
        _visit_every_tab(qtbot, mentors.mentor_page)
        window.show_section(Section.GROUPS)
        groups = window.pages[Section.GROUPS]
        assert isinstance(groups, GroupsSection)
        group = groups.list_page.groups[0].id
        groups.open_group(group)
        _visit_every_tab(qtbot, groups.group_page)
        groups.record_session(group)

        ours = [
            m
            for m in window.findChildren(QAbstractItemModel)
            if type(m).__module__.startswith("peerdesk.")
        ]
        kinds = {type(m).__name__ for m in ours}
        # The window's own lists, at least: a sweep that found nothing would prove nothing.
        assert {
            "AlertTableModel",
            "ParticipantTableModel",
            "TimelineTableModel",
            "MentorTableModel",
            "SupervisionTableModel",
            "MatchTableModel",
            "GroupTableModel",
            "SessionTableModel",
            "AttendanceModel",
            "PartnerTableModel",
            "UserTableModel",
            "AuditTableModel",
            "ConflictTableModel",
        } <= kinds, kinds
        # Each tester checks at once, then watches every later change: a broken signal or
        # index is a Qt warning, and qt_log_level_fail = WARNING fails the test.
        testers = [QAbstractItemModelTester(m, WARN, m) for m in ours]
        session.events.announce(
            "participants", "matches", "mentors", "groups", "sessions", "contacts", "partners"
        )
        window.show_section(Section.DASHBOARD)
        qtbot.wait(10)
        assert len(testers) == len(ours)
    finally:
        coordinator.store.close()
