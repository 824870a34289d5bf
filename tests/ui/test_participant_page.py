"""Creating and editing a participant: inline messages, duplicates, unsaved changes, timeline."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QMessageBox
from pytestqt.qtbot import QtBot

from peerdesk.domain.navigation import Section
from peerdesk.services.auth import SignedIn
from peerdesk.services.participants import ParticipantQuery, ParticipantService
from peerdesk.services.site_info import site_info
from peerdesk.ui.main_window import MainWindow
from peerdesk.ui.participant_page import ParticipantPage
from peerdesk.ui.participants_section import ParticipantsSection
from peerdesk.ui.session import UiSession
from peerdesk.ui.task_runner import SyncTaskRunner
from peerdesk.ui.timeline_table_model import COL_KIND, COL_WHAT
from tests.conftest import Site
from tests.factories import make_profile
from tests.factories_sessions import build_world
from tests.ui.conftest import make_session


@pytest.fixture
def section(qtbot: QtBot, session: UiSession) -> ParticipantsSection:
    widget = ParticipantsSection(session, "Participants")
    qtbot.addWidget(widget)
    widget.resize(1100, 800)
    widget.show()
    return widget


def count(signed: SignedIn) -> int:
    return ParticipantService(signed.store).search(signed.actor, ParticipantQuery()).total


def type_into(qtbot: QtBot, edit: QLineEdit, text: str) -> None:
    edit.selectAll()
    qtbot.keyClicks(edit, text) if text else edit.clear()


def fill_new(qtbot: QtBot, page: ParticipantPage, **values: str) -> None:
    fields = {
        "doc_number": "A777",
        "legal_last_name": "Moreno",
        "legal_first_name": "Elena",
        "date_of_birth": "1990-02-03",
        "housing_unit": "B-2",
    }
    fields.update(values)
    for name, text in fields.items():
        edit = page.form.dates.get(name) or page.form.lines[name]
        type_into(qtbot, edit, text)


def click_new(qtbot: QtBot, section: ParticipantsSection) -> ParticipantPage:
    button = section.list_page.new_button
    assert button is not None
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert section.currentWidget() is section.participant_page
    return section.participant_page


def save(qtbot: QtBot, page: ParticipantPage) -> None:
    assert page.save_button is not None
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)


def test_create_a_participant(
    qtbot: QtBot, section: ParticipantsSection, coordinator: SignedIn
) -> None:
    page = click_new(qtbot, section)
    assert page.title.text() == "New participant"
    assert not page.tabs.isTabVisible(page.timeline_index)
    assert page.form.lines["doc_number"].hasFocus()
    fill_new(qtbot, page)
    qtbot.keyClick(
        page.form.lines["housing_unit"], Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier
    )
    assert page.form.errors.messages() == {}
    assert count(coordinator) == 1
    assert page.title.text() == "Moreno, Elena"
    assert page.subtitle.text().startswith("DOC A777 · Referred since ")
    assert page.status_message.text() == "Saved."
    assert page.tabs.isTabVisible(page.timeline_index)
    assert not page.has_unsaved_changes()
    # The list behind shows the new person.
    assert section.list_page.model.total == 1


@pytest.mark.parametrize(
    ("field", "text", "message"),
    [
        ("doc_number", "A 1!", "The DOC number is 1 to 20 letters, digits or dashes."),
        ("legal_last_name", "", "The legal last name is required."),
        ("legal_first_name", "   ", "The legal first name is required."),
        ("date_of_birth", "", "Type the date of birth."),
        (
            "date_of_birth",
            "3/2/1990",
            "Type the date as year-month-day, for example 1985-04-23.",
        ),
        ("date_of_birth", "1990-02-30", "There is no such date."),
        ("date_of_birth", "2999-01-01", "The date of birth cannot be in the future."),
        ("date_of_birth", "1850-01-01", "The date of birth is before 1900."),
        (
            "projected_release_date",
            "1980-01-01",
            "The release date must be after the date of birth.",
        ),
        ("actual_release_date", "2100-01-01", "The actual release date cannot be in the future."),
    ],
)
def test_bad_input_is_shown_next_to_its_field(
    qtbot: QtBot,
    section: ParticipantsSection,
    coordinator: SignedIn,
    field: str,
    text: str,
    message: str,
) -> None:
    page = click_new(qtbot, section)
    fill_new(qtbot, page, **{field: text})
    save(qtbot, page)
    assert page.form.errors.messages() == {field: message}
    assert page.form.errors.label(field).isVisible()
    widget = page.form.dates.get(field) or page.form.lines[field]
    assert widget.hasFocus()
    assert count(coordinator) == 0  # nothing written
    assert page.has_unsaved_changes()


def test_a_taken_doc_number_is_refused_next_to_the_field(
    qtbot: QtBot, section: ParticipantsSection, coordinator: SignedIn
) -> None:
    ParticipantService(coordinator.store).enroll(coordinator.actor, make_profile(doc_number="A1"))
    existing = ParticipantService(coordinator.store).search(coordinator.actor, ParticipantQuery())
    section.open_participant(existing.rows[0].id)
    page = section.participant_page
    ParticipantService(coordinator.store).enroll(coordinator.actor, make_profile(doc_number="B2"))
    type_into(qtbot, page.form.lines["doc_number"], "b2")
    save(qtbot, page)
    assert page.form.errors.messages() == {
        "doc_number": "DOC number B2 already belongs to another participant."
    }


def test_possible_duplicates_are_shown_before_saving(
    qtbot: QtBot, section: ParticipantsSection, coordinator: SignedIn
) -> None:
    service = ParticipantService(coordinator.store)
    service.enroll(
        coordinator.actor,
        make_profile(
            legal_last_name="Moreno", legal_first_name="Elena", date_of_birth=date(1990, 2, 3)
        ),
    )
    page = click_new(qtbot, section)
    fill_new(qtbot, page, legal_first_name="Elena M")
    save(qtbot, page)
    warning = page.duplicates
    assert warning.isVisible() and warning.list.count() == 1
    assert "similar name, same date of birth" in warning.list.item(0).text()
    assert count(coordinator) == 1  # nothing saved yet
    qtbot.mouseClick(warning.cancel_button, Qt.MouseButton.LeftButton)
    assert not warning.isVisible() and count(coordinator) == 1
    save(qtbot, page)
    qtbot.mouseClick(warning.save_button, Qt.MouseButton.LeftButton)
    assert count(coordinator) == 2
    assert page.title.text() == "Moreno, Elena M"


def test_opening_the_duplicate_drops_the_typed_record(
    qtbot: QtBot, section: ParticipantsSection, coordinator: SignedIn
) -> None:
    kept = ParticipantService(coordinator.store).enroll(
        coordinator.actor, make_profile(doc_number="A777", legal_last_name="Other")
    )
    page = click_new(qtbot, section)
    fill_new(qtbot, page)
    save(qtbot, page)
    assert "same DOC number" in page.duplicates.list.item(0).text()
    qtbot.keyClick(page.duplicates.list, Qt.Key.Key_Return)
    assert page.participant_id == kept.id and page.title.text() == "Other, Luis"
    assert count(coordinator) == 1


def test_edit_and_the_unsaved_changes_prompt(
    qtbot: QtBot, section: ParticipantsSection, coordinator: SignedIn
) -> None:
    pid = ParticipantService(coordinator.store).enroll(coordinator.actor, make_profile()).id
    section.list_page.apply_filters()
    section.list_page.table.selectRow(0)
    qtbot.keyClick(section.list_page.table, Qt.Key.Key_Return)
    page = section.participant_page
    assert page.participant_id == pid and page.title.text() == "Garcia, Luis"
    unit = page.form.lines["housing_unit"]
    type_into(qtbot, unit, "C-9")
    assert page.has_unsaved_changes()

    qtbot.mouseClick(page.back_button, Qt.MouseButton.LeftButton)
    prompt = page.leave_prompt
    assert prompt is not None and prompt.isVisible()
    assert prompt.text() == "Save the changes to this participant?"
    qtbot.mouseClick(prompt.button(QMessageBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    assert section.currentWidget() is page and unit.text() == "C-9"  # kept editing

    qtbot.mouseClick(page.back_button, Qt.MouseButton.LeftButton)
    prompt = page.leave_prompt
    assert prompt is not None
    qtbot.mouseClick(prompt.button(QMessageBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    assert section.currentWidget() is section.list_page
    detail = ParticipantService(coordinator.store).get(coordinator.actor, pid)
    assert detail.profile.housing_unit == "C-9"

    section.open_participant(pid)
    type_into(qtbot, page.form.lines["housing_unit"], "D-1")
    qtbot.mouseClick(page.back_button, Qt.MouseButton.LeftButton)
    prompt = page.leave_prompt
    assert prompt is not None
    qtbot.mouseClick(prompt.button(QMessageBox.StandardButton.Discard), Qt.MouseButton.LeftButton)
    assert section.currentWidget() is section.list_page
    assert (
        ParticipantService(coordinator.store).get(coordinator.actor, pid).profile.housing_unit
        == "C-9"
    )


def test_typing_back_the_old_value_is_not_a_change(
    qtbot: QtBot, section: ParticipantsSection, coordinator: SignedIn
) -> None:
    pid = ParticipantService(coordinator.store).enroll(coordinator.actor, make_profile()).id
    section.open_participant(pid)
    page = section.participant_page
    type_into(qtbot, page.form.lines["housing_unit"], "X")
    type_into(qtbot, page.form.lines["housing_unit"], "B-2")
    assert not page.has_unsaved_changes()
    save(qtbot, page)
    assert page.status_message.text() == "Nothing to save."


def test_leaving_the_section_asks_too(qtbot: QtBot, site: Site) -> None:
    signed = site.sign_in()
    try:
        ParticipantService(signed.store).enroll(signed.actor, make_profile())
        window = MainWindow(site_info(signed.store, signed.actor), make_session(signed))
        qtbot.addWidget(window)
        window.show()
        window.show_section(Section.PARTICIPANTS)
        section = window.pages[Section.PARTICIPANTS]
        assert isinstance(section, ParticipantsSection)
        section.list_page.table.selectRow(0)
        qtbot.keyClick(section.list_page.table, Qt.Key.Key_Return)
        page = section.participant_page
        type_into(qtbot, page.form.lines["facility"], "North")
        window.nav.setCurrentRow(window.sections.index(Section.ADMINISTRATION))
        assert window.current_section() is Section.PARTICIPANTS  # not yet
        prompt = page.leave_prompt
        assert prompt is not None
        qtbot.mouseClick(
            prompt.button(QMessageBox.StandardButton.Discard), Qt.MouseButton.LeftButton
        )
        assert window.current_section() is Section.ADMINISTRATION
        # Closing the window with changes asks as well.
        window.show_section(Section.PARTICIPANTS)
        type_into(qtbot, page.form.lines["facility"], "South")
        assert not window.close()
        assert page.leave_prompt is not None
        page.leave_prompt.button(QMessageBox.StandardButton.Discard).click()
        assert not window.isVisible()
    finally:
        signed.store.close()


def test_timeline_tab(qtbot: QtBot, qtmodeltester, site: Site) -> None:  # type: ignore[no-untyped-def]
    from peerdesk.services.contacts import ContactDraft, ContactService
    from peerdesk.services.notes import NoteService

    coordinator = site.sign_in()
    world = build_world(site, coordinator)
    try:
        today = date.today()
        contact = ContactService(coordinator.store).record(
            coordinator.actor, ContactDraft(world.match_id, 20, "phone", today - timedelta(days=2))
        )
        NoteService(coordinator.store).write(
            coordinator.actor,
            world.mentee,
            "Talked about housing after release. Next: forms.",
            contact_id=contact.id,
        )
        session = make_session(coordinator, SyncTaskRunner())
        section = ParticipantsSection(session, "Participants")
        qtbot.addWidget(section)
        section.show()
        section.open_participant(world.mentee)
        page = section.participant_page
        assert page.timeline_model.rowCount() == 0  # read (and audited) only when asked for
        page.tabs.setCurrentIndex(page.timeline_index)
        model = page.timeline_model
        qtmodeltester.check(model)
        kinds = [model.data(model.index(r, COL_KIND)) for r in range(model.rowCount())]
        assert "One-on-one contact" in kinds and "Status" in kinds and "General note" in kinds
        row = kinds.index("General note")
        assert model.data(model.index(row, COL_WHAT)).startswith("Talked about housing")
    finally:
        world.close()
        coordinator.store.close()


def test_read_only_for_roles_that_cannot_edit(qtbot: QtBot, site: Site) -> None:
    coordinator = site.sign_in()
    world = build_world(site, coordinator)
    try:
        section = ParticipantsSection(make_session(world.peer, SyncTaskRunner()), "My mentees")
        qtbot.addWidget(section)
        section.show()
        section.open_participant(world.mentee)
        page = section.participant_page
        assert page.title.text() == "Evans, Luis"
        assert page.save_button is None and page.revert_button is None
        assert page.form.lines["doc_number"].isReadOnly()
        qtbot.keyClicks(page.form.lines["facility"], "typed")
        assert not page.has_unsaved_changes()
    finally:
        world.close()
        coordinator.store.close()


def test_keyboard_only(qtbot: QtBot, section: ParticipantsSection, coordinator: SignedIn) -> None:
    """Ctrl+N, the fields in the order shown with Tab, Ctrl+S: no mouse."""
    list_page = section.list_page
    section.activateWindow()
    qtbot.waitUntil(section.isActiveWindow)  # window shortcuts need the window active
    list_page.search_edit.setFocus()
    qtbot.keyClick(list_page.search_edit, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    page = section.participant_page
    qtbot.waitUntil(lambda: section.currentWidget() is page)  # a button shortcut clicks soon
    focused = page.form.lines["doc_number"]
    assert focused.hasFocus()
    for text in ("A555", "Moreno", "Elena", "", "1990-02-03"):
        qtbot.keyClicks(focused, text)
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
        focused = page.focusWidget()
    assert focused is page.form.aliases_edit
    qtbot.keyClicks(focused, "Ellie Moreno")
    qtbot.keyClick(focused, Qt.Key.Key_Tab)
    assert page.focusWidget() is page.form.lines["facility"]
    qtbot.keyClick(page.focusWidget(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert page.status_message.text() == "Saved."
    detail = ParticipantService(coordinator.store).get(coordinator.actor, str(page.participant_id))
    assert detail.profile.aliases == ("Ellie Moreno",)
    assert detail.profile.date_of_birth == date(1990, 2, 3)
    qtbot.keyClick(page.focusWidget(), Qt.Key.Key_Escape)  # nothing happens on Escape
    assert section.currentWidget() is page


def test_a_contact_recorded_elsewhere_shows_in_the_open_timeline(qtbot: QtBot, site: Site) -> None:
    from peerdesk.services.contacts import ContactDraft, ContactService
    from peerdesk.ui.app_events import CONTACTS

    coordinator = site.sign_in()
    world = build_world(site, coordinator)
    try:
        session = make_session(coordinator)
        page = ParticipantPage(session)
        qtbot.addWidget(page)
        page.show()
        page.open_participant(world.mentee)
        page.tabs.setCurrentIndex(page.timeline_index)
        before = page.timeline_model.rowCount()
        ContactService(coordinator.store).record(
            coordinator.actor,
            ContactDraft(world.match_id, 30, "phone", date.today() - timedelta(days=1)),
        )
        session.events.announce("users")  # not about records: nothing read again
        assert page.timeline_model.rowCount() == before
        session.events.announce(CONTACTS)
        assert page.timeline_model.rowCount() == before + 1
    finally:
        world.peer.store.close()
        coordinator.store.close()
