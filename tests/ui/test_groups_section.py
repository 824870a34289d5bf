"""Groups and sessions: who sees which groups, recording a session by keyboard, bad input."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from peerdesk.domain.session_rules import AttendanceStatus
from peerdesk.services.auth import SignedIn
from peerdesk.services.notes import NoteService
from peerdesk.services.timeline import SessionQueries
from peerdesk.ui.groups_section import GroupsSection
from peerdesk.ui.session_recording_page import SessionRecordingPage
from tests.conftest import Site
from tests.factories_sessions import TODAY, World, build_world, counts
from tests.ui.conftest import make_session

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def world(site: Site, coordinator: SignedIn) -> Iterator[World]:
    w = build_world(site, coordinator)
    yield w
    w.close()


def make_section(qtbot: QtBot, signed: SignedIn, title: str = "My groups") -> GroupsSection:
    section = GroupsSection(make_session(signed), title)
    qtbot.addWidget(section)
    section.resize(1200, 720)
    section.show()
    section.activateWindow()
    qtbot.waitUntil(section.isActiveWindow, timeout=2000)
    return section


def group_names(section: GroupsSection) -> list[str]:
    model = section.list_page.model
    return [model.row(r).name for r in range(model.rowCount())]


def key(
    qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    """Press ``key`` on whatever has the keyboard focus (as a person would)."""
    target = QApplication.focusWidget()
    assert target is not None, "nothing has the keyboard focus"
    qtbot.keyClick(target, key, modifier)


def type_text(qtbot: QtBot, text: str) -> None:
    target = QApplication.focusWidget()
    assert target is not None
    qtbot.keyClicks(target, text)


def focused() -> QWidget | None:
    return QApplication.focusWidget()


def start_recording(qtbot: QtBot, section: GroupsSection) -> SessionRecordingPage:
    section.list_page.table.setFocus()
    key(qtbot, Qt.Key.Key_R, CTRL)
    page = section.recording_page
    assert page is not None and section.currentWidget() is page
    return page


def test_peer_educator_sees_only_the_groups_they_facilitate(qtbot: QtBot, world: World) -> None:
    section = make_section(qtbot, world.peer)
    assert group_names(section) == ["Thinking for a Change"]
    assert section.list_page.count_label.text() == "Groups: 1"


def test_coordinator_sees_every_group(qtbot: QtBot, world: World) -> None:
    section = make_section(qtbot, world.coord, "Groups and sessions")
    assert group_names(section) == ["Parenting Inside", "Thinking for a Change"]


def test_record_a_session_with_the_keyboard_only(qtbot: QtBot, english: None, world: World) -> None:
    section = make_section(qtbot, world.peer)
    page = start_recording(qtbot, section)
    assert page.group_combo.currentText() == "Thinking for a Change"
    assert page.date_edit.text() == TODAY.isoformat()
    assert focused() is page.time_edit
    type_text(qtbot, "9:30")
    key(qtbot, Qt.Key.Key_Tab)
    assert focused() is page.duration_spin
    key(qtbot, Qt.Key.Key_A, CTRL)
    type_text(qtbot, "90")
    key(qtbot, Qt.Key.Key_Tab)
    assert focused() is page.location_edit
    key(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "Week 3")
    key(qtbot, Qt.Key.Key_Tab)
    assert focused() is page.roster
    names = [page.model.data(page.model.index(r, 0)) for r in range(page.model.rowCount())]
    assert names == ["Adams, Ana", "Baker, Ana", "Cruz, Ana"]
    key(qtbot, Qt.Key.Key_Space)  # Adams present
    key(qtbot, Qt.Key.Key_Down)  # Baker stays absent, for a medical reason
    key(qtbot, Qt.Key.Key_Tab)
    assert focused() is page.status_combo
    key(qtbot, Qt.Key.Key_Tab)
    assert focused() is page.reason_combo
    for _ in range(3):  # No reason, Lockdown, Count, Medical
        key(qtbot, Qt.Key.Key_Down)
    assert page.model.line(1).reason == "medical"
    key(qtbot, Qt.Key.Key_Tab)
    assert focused() is page.note_edit
    type_text(qtbot, "Asked to see the nurse again next week.")
    key(qtbot, Qt.Key.Key_Tab)
    assert focused() is page.sensitivity_combo
    key(qtbot, Qt.Key.Key_Down)  # sensitive
    page.roster.setFocus()  # back to the roster (Shift+Tab four times; the same place)
    key(qtbot, Qt.Key.Key_Down)
    key(qtbot, Qt.Key.Key_E)  # Cruz excused (court)
    key(qtbot, Qt.Key.Key_Tab)
    key(qtbot, Qt.Key.Key_Tab)
    for _ in range(4):
        key(qtbot, Qt.Key.Key_Down)
    assert page.counts_label.text() == "Present: 1 · Absent: 1 · Excused: 1 (of 3)"
    assert section.has_unsaved_changes()
    before = counts(world.coord.store)
    key(qtbot, Qt.Key.Key_S, CTRL)

    assert not page.errors.messages()
    assert section.currentWidget() is section.list_page  # back where recording started
    saved = section.list_page.status_label
    assert saved.isVisible()
    assert saved.text() == "Session saved: 1 present, 1 absent, 1 excused."
    assert not section.has_unsaved_changes()
    queries = SessionQueries(world.coord.store)
    [summary] = queries.recent_sessions(world.coord.actor, world.group_id)
    assert (summary.held_on, summary.start_time, summary.duration_minutes) == (TODAY, "09:30", 90)
    assert (summary.module, summary.location, summary.recorded_by) == ("Week 3", "Chapel", "pe1")
    assert (summary.present, summary.absent, summary.excused) == (1, 1, 1)
    detail = queries.get(world.coord.actor, summary.id)
    marks = {a.participant_id: (a.status, a.reason_code) for a in detail.attendance}
    adams, baker, cruz = world.members
    assert marks == {
        adams: (AttendanceStatus.PRESENT, ""),
        baker: (AttendanceStatus.ABSENT, "medical"),
        cruz: (AttendanceStatus.EXCUSED, "court"),
    }
    after = counts(world.coord.store)
    assert after["group_sessions"] == before["group_sessions"] + 1
    assert after["attendance"] == before["attendance"] + 3
    assert after["notes"] == before["notes"] + 1
    [note] = NoteService(world.coord.store).for_participant(world.coord.actor, baker)
    assert (note.session_id, note.sensitivity.value) == (summary.id, "sensitive")
    assert note.body == "Asked to see the nurse again next week."


def recording_page(qtbot: QtBot, signed: SignedIn) -> tuple[GroupsSection, SessionRecordingPage]:
    section = make_section(qtbot, signed)
    return section, start_recording(qtbot, section)


def test_no_group_chosen_shows_a_message_and_writes_nothing(
    qtbot: QtBot, english: None, world: World
) -> None:
    section = make_section(qtbot, world.coord, "Groups and sessions")
    section.record_session("")
    page = section.recording_page
    assert page is not None and page.group_id() == ""
    assert page.model.rowCount() == 0
    before = counts(world.coord.store)
    page.time_edit.setFocus()
    type_text(qtbot, "10:00")
    key(qtbot, Qt.Key.Key_S, CTRL)
    assert page.errors.messages() == {"group_id": "Choose the group the session was for."}
    assert page.errors.label("group_id").isVisible()
    assert focused() is page.group_combo
    assert counts(world.coord.store) == before
    assert section.currentWidget() is page


@pytest.mark.parametrize(
    ("field", "edit", "message"),
    [
        ("duration_minutes", "0", "The duration must be between 1 and 600 minutes."),
        ("duration_minutes", "601", "The duration must be between 1 and 600 minutes."),
        ("start_time", "", "The start time must be a 24-hour time such as 09:30."),
        ("start_time", "25:00", "The start time must be a 24-hour time such as 09:30."),
        ("held_on", "2026-02-30", "There is no such date."),
        ("held_on", "tomorrow", "The session date cannot be in the future."),
    ],
)
def test_bad_input_shows_the_message_next_to_the_field_and_writes_nothing(
    qtbot: QtBot, english: None, world: World, field: str, edit: str, message: str
) -> None:
    _section, page = recording_page(qtbot, world.peer)
    type_text(qtbot, "09:30")
    widgets = {
        "duration_minutes": page.duration_spin,
        "start_time": page.time_edit,
        "held_on": page.date_edit,
    }
    widget = widgets[field]
    widget.setFocus()
    key(qtbot, Qt.Key.Key_A, CTRL)
    key(qtbot, Qt.Key.Key_Delete)
    if edit == "tomorrow":
        edit = (TODAY + timedelta(days=1)).isoformat()
    type_text(qtbot, edit)
    page.roster.setFocus()
    key(qtbot, Qt.Key.Key_Space)
    before = counts(world.coord.store)
    key(qtbot, Qt.Key.Key_S, CTRL)
    assert page.errors.messages() == {field: message}
    assert page.errors.label(field).isVisible()
    assert focused() is widget
    assert counts(world.coord.store) == before
    assert page.has_unsaved_changes()


def test_a_duplicate_session_is_refused_inline(qtbot: QtBot, english: None, world: World) -> None:
    section, page = recording_page(qtbot, world.peer)
    type_text(qtbot, "09:30")
    key(qtbot, Qt.Key.Key_S, CTRL)
    assert not page.errors.messages()
    page = start_recording(qtbot, section)
    type_text(qtbot, "9:30")
    before = counts(world.coord.store)
    key(qtbot, Qt.Key.Key_S, CTRL)
    assert page.errors.messages() == {
        "start_time": "A session of this group is already recorded for that day and time."
    }
    assert counts(world.coord.store) == before


def test_changing_the_date_keeps_the_ticks(qtbot: QtBot, world: World) -> None:
    _section, page = recording_page(qtbot, world.peer)
    page.model.toggle(0)
    page.model.set_status(2, "excused")
    page.model.set_reason(2, "visit")
    page.date_edit.setFocus()
    key(qtbot, Qt.Key.Key_A, CTRL)
    type_text(qtbot, (TODAY - timedelta(days=2)).isoformat())
    key(qtbot, Qt.Key.Key_Tab)
    assert [(line.status, line.reason) for line in page.model.lines()] == [
        ("present", ""),
        ("absent", ""),
        ("excused", "visit"),
    ]


def test_the_note_sensitivities_offered_follow_the_role(qtbot: QtBot, world: World) -> None:
    _section, peer_page = recording_page(qtbot, world.peer)
    combo = peer_page.sensitivity_combo
    assert [combo.itemData(i) for i in range(combo.count())] == ["general", "sensitive"]
    coordinator_section = make_section(qtbot, world.coord)
    coordinator_section.record_session(world.group_id)
    page = coordinator_section.recording_page
    assert page is not None
    combo = page.sensitivity_combo
    assert [combo.itemData(i) for i in range(combo.count())] == ["general", "sensitive", "sud"]


def test_auditor_sees_groups_but_cannot_record(qtbot: QtBot, world: World) -> None:
    auditor = world.sign_in("aud1", "auditor")
    section = make_section(qtbot, auditor, "Groups and sessions")
    assert group_names(section) == ["Parenting Inside", "Thinking for a Change"]
    assert section.list_page.record_button is None
    assert section.list_page.contact_button is None
    assert section.recording_page is None
    section.open_group(world.group_id)
    assert section.currentWidget() is section.group_page
    assert section.group_page.record_button is None
    assert section.group_page.add_member_button is None
    section.group_page.sessions_table.setFocus()
    key(qtbot, Qt.Key.Key_R, CTRL)  # the shortcut does nothing either
    assert section.currentWidget() is section.group_page


def test_models_pass_the_model_tester(qtmodeltester, qtbot: QtBot, world: World) -> None:  # type: ignore[no-untyped-def]
    section, page = recording_page(qtbot, world.peer)
    page.model.toggle(0)
    page.model.set_status(1, "excused")
    page.model.set_reason(1, "count")
    page.model.set_note(2, "Quiet today.", "general")
    qtmodeltester.check(page.model)
    type_text(qtbot, "16:00")
    key(qtbot, Qt.Key.Key_S, CTRL)
    assert not page.errors.messages()
    qtmodeltester.check(section.list_page.model)
    assert section.currentWidget() is section.list_page
    section.open_group(world.group_id)
    assert section.group_page.sessions_model.rowCount() == 1
    assert section.group_page.members_model.rowCount() == 3
    qtmodeltester.check(section.group_page.sessions_model)
    qtmodeltester.check(section.group_page.members_model)
    sessions = section.group_page.sessions_model
    assert [sessions.data(sessions.index(0, c)) for c in range(4, 7)] == ["1", "1", "1"]
