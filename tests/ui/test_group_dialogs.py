"""The groups screens' dialogs (contact, cancelled session, new member) and leaving unsaved."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QScrollArea
from pytestqt.qtbot import QtBot

from peerdesk.domain.navigation import Section
from peerdesk.services.auth import SignedIn
from peerdesk.services.contacts import ContactService
from peerdesk.services.notes import NoteService
from peerdesk.services.site_info import site_info
from peerdesk.services.timeline import SessionQueries
from peerdesk.ui.group_dialogs import ContactDialog
from peerdesk.ui.groups_section import GroupsSection
from peerdesk.ui.main_window import MainWindow
from tests.conftest import Site
from tests.factories_sessions import TODAY, World, build_world, counts, enroll
from tests.ui.conftest import make_session
from tests.ui.test_groups_section import CTRL, key, make_section, type_text


@pytest.fixture
def world(site: Site, coordinator: SignedIn) -> Iterator[World]:
    w = build_world(site, coordinator)
    yield w
    w.close()


def open_contact_dialog(qtbot: QtBot, section: GroupsSection) -> ContactDialog:
    section.list_page.table.setFocus()
    key(qtbot, Qt.Key.Key_R, CTRL | Qt.KeyboardModifier.ShiftModifier)
    dialog = section.list_page.dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)
    return dialog


def shown_ids(dialog: ContactDialog) -> list[str]:
    model = dialog.picker.model
    return [model.row(r).id for r in range(model.rowCount())]


def search(qtbot: QtBot, dialog: ContactDialog, text: str) -> None:
    """Type ``text`` in the mentee search (as a person would) and wait for its results."""
    picker = dialog.picker
    picker.search_edit.setFocus()
    qtbot.keyClick(picker.search_edit, Qt.Key.Key_A, CTRL)
    qtbot.keyClick(picker.search_edit, Qt.Key.Key_Backspace)
    qtbot.keyClicks(picker.search_edit, text)
    qtbot.waitUntil(lambda: picker.search_edit.text() == text and not picker._timer.isActive())


def test_peer_educator_records_a_contact_with_a_note(  # type: ignore[no-untyped-def]
    qtbot: QtBot, qtmodeltester, english: None, world: World
) -> None:
    section = make_section(qtbot, world.peer)
    dialog = open_contact_dialog(qtbot, section)
    qtmodeltester.check(dialog.picker.model)
    assert shown_ids(dialog) == [world.match_id]  # only their own mentee
    assert dialog.picker.search_edit.hasFocus()  # the first field: type at once
    type_text(qtbot, "diaz")  # another mentor's mentee: not found
    qtbot.waitUntil(lambda: dialog.picker.status.isVisible())
    assert shown_ids(dialog) == []
    assert dialog.picker.status.text() == "No open match you can see matches “diaz”."
    search(qtbot, dialog, "ev")
    assert shown_ids(dialog) == [world.match_id]
    key(qtbot, Qt.Key.Key_Return)  # takes the match and moves on
    assert dialog.isVisible() and dialog.date_edit.hasFocus()
    key(qtbot, Qt.Key.Key_Tab)
    key(qtbot, Qt.Key.Key_A, CTRL)
    type_text(qtbot, "45")
    key(qtbot, Qt.Key.Key_Tab)
    key(qtbot, Qt.Key.Key_Down)  # phone
    dialog.note_edit.setFocus()
    type_text(qtbot, "Talked about the job fair.")
    before = counts(world.coord.store)
    key(qtbot, Qt.Key.Key_Tab)
    key(qtbot, Qt.Key.Key_Return)
    assert not dialog.errors.messages()
    assert section.list_page.dialog is None
    assert section.list_page.status_label.text() == "Contact saved."
    [contact] = ContactService(world.coord.store).for_match(world.coord.actor, world.match_id)
    assert (contact.contact_on, contact.duration_minutes, contact.mode.value) == (
        TODAY,
        45,
        "phone",
    )
    [note] = NoteService(world.coord.store).for_participant(world.coord.actor, world.mentee)
    assert (note.contact_id, note.body, note.author) == (
        contact.id,
        "Talked about the job fair.",
        "pe1",
    )
    after = counts(world.coord.store)
    assert (after["contacts"], after["notes"]) == (before["contacts"] + 1, before["notes"] + 1)


def test_coordinator_finds_by_mentor_and_chooses_with_the_arrows(
    qtbot: QtBot, english: None, world: World
) -> None:
    section = make_section(qtbot, world.coord, "Groups and sessions")
    dialog = open_contact_dialog(qtbot, section)
    assert set(shown_ids(dialog)) == {world.match_id, world.other_match_id}
    search(qtbot, dialog, "okafor")  # the mentor's name
    assert shown_ids(dialog) == [world.other_match_id]
    search(qtbot, dialog, "tomas")  # both mentors: Diaz, then Evans, by the mentee's name
    assert shown_ids(dialog) == [world.other_match_id, world.match_id]
    assert dialog.picker.match_id() == world.other_match_id  # the first is selected
    key(qtbot, Qt.Key.Key_Down)
    assert dialog.picker.match_id() == world.match_id
    assert dialog.picker.search_edit.hasFocus()  # the arrows leave the cursor in the box
    key(qtbot, Qt.Key.Key_Up)
    key(qtbot, Qt.Key.Key_Down)
    key(qtbot, Qt.Key.Key_Down)  # stops at the last one
    assert dialog.picker.match_id() == world.match_id
    key(qtbot, Qt.Key.Key_Enter)
    assert dialog.date_edit.hasFocus()
    dialog.submit()
    assert section.list_page.dialog is None
    assert len(ContactService(world.coord.store).for_match(world.coord.actor, world.match_id)) == 1
    assert not ContactService(world.coord.store).for_match(world.coord.actor, world.other_match_id)


def test_enter_right_after_typing_takes_the_first_match_found(qtbot: QtBot, world: World) -> None:
    section = make_section(qtbot, world.coord, "Groups and sessions")
    dialog = open_contact_dialog(qtbot, section)
    assert dialog.picker.match_id() == world.other_match_id  # Diaz, first by name
    qtbot.keyClicks(dialog.picker.search_edit, "evans")
    qtbot.keyClick(dialog.picker.search_edit, Qt.Key.Key_Return)  # before the search ran
    assert dialog.picker.match_id() == world.match_id
    assert dialog.date_edit.hasFocus() and dialog.isVisible()


@pytest.mark.parametrize(
    ("text", "minutes", "field", "message"),
    [
        ("zzz", 30, "match_id", "Choose the mentee the contact was with."),
        ("evans", 0, "duration_minutes", "The duration must be between 1 and 600 minutes."),
    ],
)
def test_bad_contact_shows_the_message_and_writes_nothing(
    qtbot: QtBot,
    english: None,
    world: World,
    text: str,
    minutes: int,
    field: str,
    message: str,
) -> None:
    section = make_section(qtbot, world.peer)
    dialog = open_contact_dialog(qtbot, section)
    search(qtbot, dialog, text)
    dialog.duration_spin.setValue(minutes)
    before = counts(world.coord.store)
    dialog.submit()
    assert dialog.errors.messages() == {field: message}
    assert dialog.isVisible()
    assert counts(world.coord.store) == before
    dialog.reject()


def test_contact_that_did_not_take_place(qtbot: QtBot, world: World) -> None:
    section = make_section(qtbot, world.peer)
    dialog = open_contact_dialog(qtbot, section)
    assert dialog.picker.match_id() == world.match_id
    dialog.cancelled_check.setChecked(True)
    assert not dialog.duration_spin.isEnabled() and dialog.reason_combo.isEnabled()
    dialog.reason_combo.setCurrentIndex(dialog.reason_combo.findData("lockdown"))
    dialog.submit()
    [contact] = ContactService(world.coord.store).for_match(world.coord.actor, world.match_id)
    assert (contact.status.value, contact.cancel_reason, contact.duration_minutes) == (
        "cancelled",
        "lockdown",
        0,
    )


def test_record_a_cancelled_session(qtbot: QtBot, world: World) -> None:
    section = make_section(qtbot, world.peer)
    section.open_group(world.group_id)
    page = section.group_page
    assert page.cancelled_button is not None
    page.cancelled_button.click()
    dialog = page.dialog
    assert dialog is not None
    dialog.reason_combo.setCurrentIndex(dialog.reason_combo.findData("staff_shortage"))
    dialog.date_edit.set_date(TODAY - timedelta(days=1))
    dialog.submit()
    assert page.dialog is None
    [summary] = SessionQueries(world.coord.store).recent_sessions(world.coord.actor, world.group_id)
    assert (summary.status.value, summary.cancel_reason, summary.held_on) == (
        "cancelled",
        "staff_shortage",
        TODAY - timedelta(days=1),
    )
    assert page.sessions_model.rowCount() == 1  # the page shows it at once
    assert "Staff shortage" in page.sessions_model.data(page.sessions_model.index(0, 3))


def test_coordinator_adds_a_member_by_doc_number(qtbot: QtBot, english: None, world: World) -> None:
    enroll(world.coord, doc_number="Z4242", legal_last_name="Young")
    section = make_section(qtbot, world.coord, "Groups and sessions")
    section.open_group(world.group_id)
    page = section.group_page
    assert page.add_member_button is not None
    page.add_member_button.click()
    dialog = page.dialog
    assert dialog is not None
    dialog.doc_edit.setText("Z9999")
    before = counts(world.coord.store)
    dialog.submit()
    assert dialog.errors.messages() == {"participant_id": "Nobody you can see has this DOC number."}
    assert counts(world.coord.store) == before
    dialog.doc_edit.setText("z4242")
    dialog.submit()
    assert page.dialog is None
    assert page.members_model.rowCount() == 4
    names = [page.members_model.row(r).legal_last_name for r in range(4)]
    assert "Young" in names


def test_leaving_an_unsaved_session_asks_first(qtbot: QtBot, world: World) -> None:
    window = MainWindow(site_info(world.peer.store, world.peer.actor), make_session(world.peer))
    qtbot.addWidget(window)
    window.show()
    assert window.current_section() is Section.MY_GROUPS
    section = window.pages[Section.MY_GROUPS]
    assert isinstance(section, GroupsSection)
    section.record_session(world.group_id)
    page = section.recording_page
    assert page is not None and not page.has_unsaved_changes()
    window.request_section(Section.MY_MENTEES)  # nothing typed: no question
    assert window.current_section() is Section.MY_MENTEES
    window.show_section(Section.MY_GROUPS)
    page.model.toggle(0)
    window.request_section(Section.MY_MENTEES)
    prompt = page.leave_prompt
    assert prompt is not None and prompt.isVisible()
    prompt.button(QMessageBox.StandardButton.Cancel).click()
    assert window.current_section() is Section.MY_GROUPS
    assert page.has_unsaved_changes()
    before = counts(world.coord.store)
    window.request_section(Section.MY_MENTEES)
    prompt = page.leave_prompt
    assert prompt is not None
    prompt.button(QMessageBox.StandardButton.Discard).click()
    assert window.current_section() is Section.MY_MENTEES
    assert counts(world.coord.store) == before


def test_the_contact_form_shows_whole_at_its_own_size(
    qtbot: QtBot, english: None, world: World
) -> None:
    section = make_section(qtbot, world.peer)
    dialog = open_contact_dialog(qtbot, section)
    area = dialog.findChild(QScrollArea)
    assert area is not None
    qtbot.waitUntil(lambda: area.widget().height() > 0)
    assert dialog.screen().availableGeometry().height() <= 800  # a laptop-sized screen
    assert area.verticalScrollBar().maximum() == 0  # every field in view, no scrolling
    assert dialog.ok_button.isVisible() and dialog.ok_button.text() == "Save contact"
