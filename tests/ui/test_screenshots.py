"""Every screen rendered to PNG, in English and Spanish, for people to look at.

Set ``PEERDESK_SHOTS_DIR`` to keep the pictures (``make``-free:
``PEERDESK_SHOTS_DIR=/tmp/peerdesk-shots pytest tests/ui/test_screenshots.py``); otherwise
they go to a temporary folder. Each picture must be non-empty and the size asked for.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import date, timedelta
from functools import partial
from pathlib import Path

import pytest
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from peerdesk.db.store import DataPaths
from peerdesk.domain.navigation import Section
from peerdesk.services.contacts import ContactDraft, ContactService
from peerdesk.services.notes import NoteService
from peerdesk.services.site_info import site_info
from peerdesk.services.site_setup import initialize_site
from peerdesk.ui.administration_section import AdministrationSection
from peerdesk.ui.app_flow import AppFlow
from peerdesk.ui.i18n import install_translations, remove_translations
from peerdesk.ui.main_window import MainWindow
from peerdesk.ui.participants_section import ParticipantsSection
from peerdesk.ui.setup_wizard import SetupWizard
from peerdesk.ui.task_runner import SyncTaskRunner
from tests.conftest import Site
from tests.factories_sessions import build_world
from tests.ui.conftest import close_flow, make_flow, make_session
from tests.ui.factories_ui import add_participants
from tests.ui.test_login_flow import sign_in
from tests.ui.test_setup_wizard import fill_coordinator, fill_site_page


@pytest.fixture(params=["en", "es"])
def language(
    request: pytest.FixtureRequest, qapp: QApplication, compiled_translations: Path
) -> Iterator[str]:
    translators = install_translations(qapp, request.param, compiled_translations)
    yield request.param
    remove_translations(qapp, translators)


@pytest.fixture
def shots(tmp_path: Path) -> Path:
    folder = Path(os.environ.get("PEERDESK_SHOTS_DIR") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def shoot(widget: QWidget, folder: Path, name: str) -> None:
    QTest.qWait(20)  # let pending layout requests settle
    picture = widget.grab()
    path = folder / f"{name}.png"
    assert picture.save(str(path)), path
    assert picture.width() > 50 and picture.height() > 50


def test_sign_in_and_lock_screens(qtbot: QtBot, site: Site, language: str, shots: Path) -> None:
    flow: AppFlow = make_flow(site, SyncTaskRunner())
    try:
        flow.start()
        shoot(flow.login, shots, f"{language}-01-sign-in")
        sign_in(qtbot, flow, passphrase="not the right one at all")
        shoot(flow.login, shots, f"{language}-02-sign-in-error")
        sign_in(qtbot, flow)
        assert flow.main_window is not None
        flow.lock()
        shoot(flow.login, shots, f"{language}-03-locked")
        flow.login.show_switch_user()
        shoot(flow.login, shots, f"{language}-04-switch-user")
    finally:
        close_flow(flow)


def test_main_screens(qtbot: QtBot, site: Site, language: str, shots: Path) -> None:
    coordinator = site.sign_in()
    world = build_world(site, coordinator)
    try:
        add_participants(coordinator, 300)
        contact = ContactService(coordinator.store).record(
            coordinator.actor,
            ContactDraft(world.match_id, 30, "in_person", date.today() - timedelta(days=3)),
        )
        NoteService(coordinator.store).write(
            coordinator.actor,
            world.mentee,
            "Talked about housing after release and the forms to bring to the office.",
            contact_id=contact.id,
        )
        session = make_session(coordinator)
        window = MainWindow(site_info(coordinator.store, coordinator.actor), session)
        qtbot.addWidget(window)
        window.resize(1280, 800)
        window.show()
        window.show_section(Section.PARTICIPANTS)
        shoot(window, shots, f"{language}-10-participants")

        section = window.pages[Section.PARTICIPANTS]
        assert isinstance(section, ParticipantsSection)
        section.new_participant()
        page = section.participant_page
        page.form.lines["doc_number"].setText("A 1!")
        page.form.lines["legal_last_name"].setText("Evans")
        page.form.lines["legal_first_name"].setText("Luis")
        page.form.dates["date_of_birth"].setText("1988-04-12")
        page.save()
        shoot(window, shots, f"{language}-11-new-participant-error")
        page.form.lines["doc_number"].setText("A999")
        page.save()
        assert page.duplicates.isVisible()
        shoot(window, shots, f"{language}-12-duplicate-warning")

        section.open_participant(world.mentee)
        shoot(window, shots, f"{language}-13-participant-profile")
        page.tabs.setCurrentIndex(page.timeline_index)
        shoot(window, shots, f"{language}-14-participant-timeline")
        page.form.lines["facility"].setText("North yard")
        page.tabs.setCurrentIndex(page.profile_index)
        page.confirm_leave(lambda: None)
        assert page.leave_prompt is not None
        shoot(page.leave_prompt, shots, f"{language}-15-unsaved-changes")
        page.leave_prompt.reject()

        window.show_section(Section.ADMINISTRATION)
        admin = window.pages[Section.ADMINISTRATION]
        assert isinstance(admin, AdministrationSection)
        shoot(window, shots, f"{language}-20-admin-users")
        assert admin.users_tab is not None
        admin.users_tab.add_user()
        assert admin.users_tab.dialog is not None
        shoot(admin.users_tab.dialog, shots, f"{language}-21-add-user")
        admin.users_tab.dialog.reject()
        assert admin.settings_tab is not None and admin.audit_tab is not None
        admin.tabs.setCurrentWidget(admin.settings_tab)
        shoot(window, shots, f"{language}-22-admin-settings")
        admin.tabs.setCurrentWidget(admin.audit_tab)
        admin.audit_tab.verify()
        shoot(window, shots, f"{language}-23-admin-audit")
    finally:
        world.close()
        coordinator.store.close()


def test_peer_educator_window(qtbot: QtBot, site: Site, language: str, shots: Path) -> None:
    coordinator = site.sign_in()
    world = build_world(site, coordinator)
    try:
        window = MainWindow(site_info(world.peer.store, world.peer.actor), make_session(world.peer))
        qtbot.addWidget(window)
        window.resize(1280, 800)
        window.show()
        shoot(window, shots, f"{language}-30-peer-educator")
    finally:
        world.close()
        coordinator.store.close()


def test_dashboard(qtbot: QtBot, site: Site, language: str, shots: Path) -> None:
    from peerdesk.services.demo import DemoService
    from peerdesk.ui.dashboard_section import DashboardSection

    coordinator = site.sign_in()
    try:
        DemoService(coordinator.store).generate(coordinator.actor, 300, seed=7)
        window = MainWindow(
            site_info(coordinator.store, coordinator.actor), make_session(coordinator)
        )
        qtbot.addWidget(window)
        window.resize(1280, 800)
        window.show()
        dashboard = window.pages[Section.DASHBOARD]
        assert isinstance(dashboard, DashboardSection)
        assert window.current_page() is dashboard and dashboard.months
        shoot(window, shots, f"{language}-05-dashboard")
    finally:
        coordinator.store.close()


def test_groups_and_session_recording(qtbot: QtBot, site: Site, language: str, shots: Path) -> None:
    from peerdesk.services.demo import DemoService
    from peerdesk.ui.groups_section import GroupsSection

    coordinator = site.sign_in()
    try:
        DemoService(coordinator.store).generate(coordinator.actor, 80, seed=4)
        window = MainWindow(
            site_info(coordinator.store, coordinator.actor), make_session(coordinator)
        )
        qtbot.addWidget(window)
        window.resize(1280, 800)
        window.show()
        window.show_section(Section.GROUPS)
        section = window.pages[Section.GROUPS]
        assert isinstance(section, GroupsSection)
        assert section.list_page.groups, "the demo data has groups"
        shoot(window, shots, f"{language}-40-groups")
        group = section.list_page.groups[0]
        section.open_group(group.id)
        shoot(window, shots, f"{language}-41-group-sessions")
        section.record_session(group.id)
        page = section.recording_page
        assert page is not None and page.model.rowCount() > 0
        page.time_edit.setText("09:30")
        page.module_edit.setText("Module 4: Managing anger")
        for row in range(0, page.model.rowCount(), 3):
            page.model.toggle(row)
        page.model.set_status(1, "excused")
        page.model.set_reason(1, "court")
        page.roster.setCurrentIndex(page.model.index(1, 0))
        page.duration_spin.setValue(0)
        page.save()
        assert page.errors.messages()
        shoot(window, shots, f"{language}-42-record-session")
        page.discard()
        section.show_list()
        section.list_page.record_contact()
        dialog = section.list_page.dialog
        assert dialog is not None
        assert dialog.picker.match_id()  # the first mentee found is selected
        dialog.note_edit.setPlainText("Talked about the job fair and the forms for the ID card.")
        dialog.duration_spin.setValue(0)
        dialog.submit()
        shoot(dialog, shots, f"{language}-43-record-contact")
        dialog.reject()
    finally:
        coordinator.store.close()


def test_matches_screens(qtbot: QtBot, site: Site, language: str, shots: Path) -> None:
    from tests.factories_mentors import enroll as enroll_active
    from tests.factories_mentors import make_mentor

    coordinator = site.sign_in()
    world = build_world(site, coordinator)
    try:
        mentee = enroll_active(
            coordinator,
            "active",
            legal_last_name="Vega",
            legal_first_name="Rosa",
            release_county="Cook",
            row={"lived_experience": "recovery", "interests": "chess"},
        )
        make_mentor(
            coordinator,
            first_name="Marta",
            last_name="Lopez",
            languages=("Spanish", "English"),
            county="Cook",
            interests=("chess",),
        )
        make_mentor(coordinator, first_name="Joe", last_name="Brown", county="Lake")
        window = MainWindow(
            site_info(coordinator.store, coordinator.actor), make_session(coordinator)
        )
        qtbot.addWidget(window)
        window.resize(1280, 800)
        window.show()
        window.show_section(Section.MATCHES)
        shoot(window, shots, f"{language}-50-matches")
        from peerdesk.ui.matches_section import MatchesSection

        section = window.pages[Section.MATCHES]
        assert isinstance(section, MatchesSection) and section.suggestions_tab is not None
        tab = section.suggestions_tab
        section.tabs.setCurrentWidget(tab)
        tab.search_edit.setText("Vega")
        tab.search(go_to_first=True)
        assert tab.suggestions.rowCount() >= 2 and mentee
        shoot(window, shots, f"{language}-51-matches-suggestions")
    finally:
        world.close()
        coordinator.store.close()


def test_peer_educator_screens(qtbot: QtBot, site: Site, language: str, shots: Path) -> None:
    from peerdesk.domain.mentor_rules import SelectionStep, StepResult
    from peerdesk.ui.peer_educators_section import PeerEducatorsSection
    from tests.factories_mentors import make_mentor, mentors

    coordinator = site.sign_in()
    try:
        svc, a = mentors(coordinator), coordinator.actor
        active = make_mentor(coordinator, first_name="Marta", last_name="Lopez")
        svc.record_training(a, active, "Peer mentoring basics", 16, date(2026, 2, 20))
        svc.record_training(a, active, "Motivational interviewing", 8, date(2026, 3, 2))
        svc.add_certification(
            a, active, "Peer recovery specialist", date(2024, 1, 10), date(2025, 1, 10)
        )
        svc.add_certification(a, active, "First aid", date(2026, 3, 1), date(2028, 3, 1))
        svc.record_supervision(a, active, date(2026, 3, 5), "maria", "Going well")
        applicant = make_mentor(coordinator, active=False, first_name="Ana", last_name="Ruiz")
        svc.record_step(
            a, applicant, SelectionStep.APPLICATION, StepResult.PASSED, date(2026, 2, 1)
        )
        svc.record_step(a, applicant, SelectionStep.INTERVIEW, StepResult.PENDING, date(2026, 2, 3))
        window = MainWindow(
            site_info(coordinator.store, coordinator.actor), make_session(coordinator)
        )
        qtbot.addWidget(window)
        window.resize(1280, 800)
        window.show()
        window.show_section(Section.PEER_EDUCATORS)
        shoot(window, shots, f"{language}-60-peer-educators")
        section = window.pages[Section.PEER_EDUCATORS]
        assert isinstance(section, PeerEducatorsSection)
        section.open_mentor(active)
        shoot(window, shots, f"{language}-61-peer-educator-profile")
        section.mentor_page.tabs.setCurrentIndex(2)
        shoot(window, shots, f"{language}-62-peer-educator-training")
        section.open_mentor(applicant)
        section.mentor_page.tabs.setCurrentIndex(1)
        shoot(window, shots, f"{language}-63-peer-educator-selection")
    finally:
        coordinator.store.close()


def test_reports_screen(qtbot: QtBot, site: Site, language: str, shots: Path) -> None:
    from peerdesk.ui.reports_section import ReportsSection
    from tests.unit.test_measures import _scenario

    coordinator = site.sign_in()
    try:
        _scenario(coordinator)
        window = MainWindow(
            site_info(coordinator.store, coordinator.actor), make_session(coordinator)
        )
        qtbot.addWidget(window)
        window.resize(1280, 800)
        window.show()
        window.show_section(Section.REPORTS)
        section = window.pages[Section.REPORTS]
        assert isinstance(section, ReportsSection)
        section.forms["monthly"].month.setText("2026-10")
        section.generate()
        assert section.has_report()
        shoot(window, shots, f"{language}-70-reports-monthly")
        section.choose("packet")
        section.generate()  # nothing typed: the message shows next to the field
        shoot(window, shots, f"{language}-71-reports-packet-error")
    finally:
        coordinator.store.close()


def test_sites_and_keys(
    qtbot: QtBot, site: Site, language: str, shots: Path, tmp_path: Path
) -> None:
    from peerdesk.services.trust import TrustService
    from peerdesk.ui.sites_tab import SitesTab
    from tests.factories_sync import make_site

    coordinator = site.sign_in()
    office = make_site(tmp_path, "North Reentry Office", "office")
    try:
        card = TrustService(office.store).own_card(office.actor)
        TrustService(coordinator.store).trust_card(
            coordinator.actor, card.text.encode(), card.fingerprint
        )
        TrustService(office.store).rotate_own_key(office.actor)
        TrustService(office.store).export_card(office.actor, tmp_path / "card.json")
        window = MainWindow(
            site_info(coordinator.store, coordinator.actor), make_session(coordinator)
        )
        qtbot.addWidget(window)
        window.resize(1280, 800)
        window.show()
        window.show_section(Section.ADMINISTRATION)
        admin = window.pages[Section.ADMINISTRATION]
        assert isinstance(admin, AdministrationSection)
        tab = admin.sites_tab
        assert isinstance(tab, SitesTab)
        admin.tabs.setCurrentWidget(tab)
        assert tab.model.rowCount() == 1
        shoot(window, shots, f"{language}-24-admin-sites-and-keys")
        tab.choose_card = lambda: tmp_path / "card.json"  # type: ignore[method-assign]
        tab.trust_card()
        assert tab.dialog is not None
        shoot(tab.dialog, shots, f"{language}-25-trust-card")
        tab.dialog.reject()
    finally:
        office.store.close()
        coordinator.store.close()


def test_setup_wizard(qtbot: QtBot, tmp_path: Path, language: str, shots: Path) -> None:
    wizard = SetupWizard(partial(initialize_site, DataPaths(tmp_path / "fresh")), SyncTaskRunner())
    qtbot.addWidget(wizard)
    wizard.show()
    fill_site_page(qtbot, wizard)
    fill_coordinator(qtbot, wizard)
    qtbot.waitUntil(lambda: wizard.currentId() == SetupWizard.RECOVERY_PAGE)
    shoot(wizard, shots, f"{language}-00-setup-recovery-code")  # a test site's code
