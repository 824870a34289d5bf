"""Editing a peer educator's profile from their page: the creation form, filled in."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from peerdesk.db.models import AuditRow
from peerdesk.services.auth import SignedIn
from peerdesk.ui.mentor_dialogs import NewMentorDialog
from peerdesk.ui.mentor_page import MentorPage
from peerdesk.ui.session import UiSession
from tests.conftest import USER_PASS, Site, add_user
from tests.factories_mentors import audit_count, enroll, make_mentor, matches, mentors
from tests.ui.conftest import make_session


def updates(signed: SignedIn) -> list[str]:
    """The ids of the mentors whose profile was saved, in the audit log."""
    with signed.store.uow(write=False) as uow:
        found = select(AuditRow.object_id).where(AuditRow.action == "mentor.update")
        return list(uow.session.scalars(found))


def open_page(qtbot: QtBot, session: UiSession, mentor_id: str) -> MentorPage:
    page = MentorPage(session)
    qtbot.addWidget(page)
    page.resize(1000, 640)
    page.show()
    page.open_mentor(mentor_id)
    assert page.detail is not None
    return page


def open_edit(qtbot: QtBot, page: MentorPage) -> NewMentorDialog:
    page.tabs.setCurrentIndex(0)
    qtbot.mouseClick(page.buttons["edit"], Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, NewMentorDialog)
    return dialog


def test_edit_is_prefilled_and_saves_in_one_call(
    qtbot: QtBot, english: None, session: UiSession, coordinator: SignedIn
) -> None:
    mid = make_mentor(coordinator, first_name="Marta", last_name="Lopez")
    page = open_page(qtbot, session, mid)
    dialog = open_edit(qtbot, page)
    assert dialog.windowTitle() == "Edit profile"
    assert dialog.last_edit.text() == "Lopez"
    assert dialog.first_edit.text() == "Marta"
    assert dialog.languages_edit.text() == "English"
    assert dialog.county_edit.text() == "Cook"
    assert dialog.lived_edit.text() == "recovery"
    assert dialog.interests_edit.text() == "chess"
    assert dialog.capacity_edit.text() == "3"
    assert not dialog.kind_combo.isVisibleTo(dialog)  # the kind is not edited
    before = updates(coordinator)
    dialog.languages_edit.clear()
    qtbot.keyClicks(dialog.languages_edit, "English, Spanish")
    dialog.county_edit.clear()
    qtbot.keyClicks(dialog.county_edit, "Lake")
    dialog.interests_edit.clear()
    qtbot.keyClicks(dialog.interests_edit, "chess, music")
    with qtbot.waitSignal(session.events.changed) as announced:
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert "mentors" in {str(x) for x in announced.args[0]}
    assert page.dialog is None
    assert updates(coordinator) == [*before, mid]  # one service call, audited with the id only
    saved = mentors(coordinator).get(coordinator.actor, mid).profile
    assert saved.languages == ("English", "Spanish")
    assert saved.county == "Lake"
    assert saved.interests == ("chess", "music")
    assert saved.date_of_birth == date(1980, 5, 2)  # fields not on the form are kept
    assert page.values["languages"].text() == "English, Spanish"
    assert page.values["county"].text() == "Lake"
    assert page.values["interests"].text() == "chess, music"
    assert page.message.text() == "Saved."
    page.grab().save("/tmp/work/shots/h_mentor_page_edit_button.png")


@pytest.mark.parametrize(
    ("field", "typed", "words"),
    [
        ("last_edit", "", "last name"),
        ("capacity_edit", "0", "1 to 20"),
        ("capacity_edit", "2.5", "whole"),
    ],
)
def test_bad_value_shows_the_message_and_changes_nothing(
    qtbot: QtBot,
    english: None,
    session: UiSession,
    coordinator: SignedIn,
    field: str,
    typed: str,
    words: str,
) -> None:
    mid = make_mentor(coordinator, first_name="Marta", last_name="Lopez")
    page = open_page(qtbot, session, mid)
    dialog = open_edit(qtbot, page)
    profile = mentors(coordinator).get(coordinator.actor, mid).profile
    before = audit_count(coordinator)
    dialog.county_edit.setText("Lake")
    getattr(dialog, field).setText(typed)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    name = field.removesuffix("_edit").replace("last", "last_name")
    assert words in dialog.errors.messages()[name].lower()
    assert page.dialog is dialog  # still open, to correct
    assert audit_count(coordinator) == before
    assert mentors(coordinator).get(coordinator.actor, mid).profile == profile
    assert page.values["county"].text() == "Cook"
    if field == "last_edit":
        dialog.grab().save("/tmp/work/shots/h_mentor_edit_dialog_error.png")


def test_side_change_with_open_matches_is_refused_next_to_the_side(
    qtbot: QtBot, english: None, session: UiSession, coordinator: SignedIn
) -> None:
    mid = make_mentor(coordinator, first_name="Marta", last_name="Lopez")
    matches(coordinator).propose(
        coordinator.actor, enroll(coordinator), mid, proposed_on=date(2026, 3, 1)
    )
    page = open_page(qtbot, session, mid)
    dialog = open_edit(qtbot, page)
    dialog.side_combo.setCurrentIndex(dialog.side_combo.findData("community"))
    before = audit_count(coordinator)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert "open matches" in dialog.errors.messages()["side"]
    assert audit_count(coordinator) == before
    assert mentors(coordinator).get(coordinator.actor, mid).summary.side.value == "facility"


@pytest.mark.parametrize("role", ["auditor", "reentry_staff"])
def test_a_role_that_only_reads_has_no_edit_button(
    qtbot: QtBot, site: Site, coordinator: SignedIn, role: str
) -> None:
    mid = make_mentor(coordinator, first_name="Marta", last_name="Lopez")
    add_user(coordinator, "someone", role)
    signed = site.sign_in("someone", USER_PASS)
    try:
        page = open_page(qtbot, make_session(signed), mid)
        assert "edit" not in page.buttons
        assert page.values["county"].text() == "Cook"
    finally:
        signed.store.close()
