"""Form dialogs at large text on a small screen: the form scrolls, OK and Cancel stay in view."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from peerdesk.services.auth import SignedIn
from peerdesk.services.participants import ParticipantService
from peerdesk.ui.consent_dialogs import ConsentDateDialog, RecordConsentDialog
from peerdesk.ui.form_dialog import FormDialog
from peerdesk.ui.session import UiSession
from tests.factories import make_profile

#: Where pictures of the screens go for a person to look at, when that folder exists.
SHOTS = Path("/tmp/work/shots")


def save_shot(widget: QWidget, name: str) -> None:
    if SHOTS.is_dir():
        widget.grab().save(str(SHOTS / name))


#: A 1366x768 laptop screen less a 32-pixel taskbar.
SCREEN_HEIGHT = 768 - 32


@pytest.fixture
def small_screen(monkeypatch: pytest.MonkeyPatch) -> int:
    monkeypatch.setattr(FormDialog, "available_height", lambda self: SCREEN_HEIGHT)
    return SCREEN_HEIGHT


@pytest.fixture
def participant(coordinator: SignedIn) -> str:
    return ParticipantService(coordinator.store).enroll(coordinator.actor, make_profile()).id


def in_view(widget: QWidget, window: QWidget) -> bool:
    """Whether all of ``widget`` shows inside ``window`` (not scrolled or pushed out)."""
    if not widget.isVisible() or widget.visibleRegion().isEmpty():
        return False
    top_left = widget.mapTo(window, QPoint(0, 0))
    return window.rect().contains(QRect(top_left, widget.size()))


def consent_dialog(qtbot: QtBot, session: UiSession, pid: str) -> RecordConsentDialog:
    dialog = RecordConsentDialog(session, pid, ())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    settled(qtbot, dialog)
    return dialog


def settled(qtbot: QtBot, dialog: FormDialog) -> None:
    """Wait for the window system to apply the dialog's size (it does so after ``show``):
    the form then fits the scroll area's width (it never did when cut at the right)."""
    scroll = dialog.form_area
    qtbot.waitUntil(lambda: scroll.widget().width() <= scroll.viewport().width(), timeout=2000)


@pytest.mark.parametrize("language", ["english", "spanish"])
@pytest.mark.usefixtures("large_text")
def test_consent_fits_a_small_screen_at_double_text(
    qtbot: QtBot,
    request: pytest.FixtureRequest,
    language: str,
    session: UiSession,
    participant: str,
    small_screen: int,
) -> None:
    request.getfixturevalue(language)
    dialog = consent_dialog(qtbot, session, participant)
    save_shot(dialog, f"consent-{language}-200pct-768.png")
    assert dialog.form_area.widget().width() <= dialog.form_area.viewport().width()  # nothing cut
    assert dialog.frameGeometry().height() <= small_screen
    assert dialog.form_area.verticalScrollBar().maximum() > 0  # the form is taller: it scrolls
    for button in (dialog.ok_button, dialog.cancel_button):
        assert in_view(button, dialog)
    assert not in_view(dialog.revoke_check, dialog.form_area.viewport())  # further down

    # Tab through the form like a person: the field with the keyboard is always in view.
    dialog.activateWindow()
    dialog.discloser_edit.setFocus()
    for _ in range(12):
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
        if dialog.focusWidget() is dialog.revoke_check:
            break
    assert dialog.focusWidget() is dialog.revoke_check
    assert in_view(dialog.revoke_check, dialog.form_area.viewport())

    # A message for a field out of view scrolls it into view.
    dialog.form_area.verticalScrollBar().setValue(0)
    qtbot.keyClicks(dialog.event_edit, "one year after release")
    dialog.form_area.verticalScrollBar().setValue(0)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    settled(qtbot, dialog)
    messages = dialog.errors.messages()
    assert "right_to_revoke_explained" in messages or "discloser" in messages
    shown = next(iter(messages))
    assert in_view(dialog.errors.label(shown), dialog.form_area.viewport())
    assert dialog.frameGeometry().height() <= small_screen
    assert in_view(dialog.ok_button, dialog)
    for label in dialog.form_area.widget().findChildren(QLabel):
        if label.isVisible() and label.wordWrap():  # wrapped text is never squeezed
            assert label.height() >= label.heightForWidth(label.width()), label.text()
    save_shot(dialog, f"consent-{language}-200pct-768-message.png")


def test_short_dialog_does_not_scroll(
    qtbot: QtBot, session: UiSession, participant: str, small_screen: int
) -> None:
    dialog = consent_dialog(qtbot, session, participant)
    assert dialog.form_area.verticalScrollBar().maximum() == 0
    assert in_view(dialog.revoke_check, dialog.form_area.viewport())
    small = ConsentDateDialog(session, "no-such-consent", revoke=True)
    qtbot.addWidget(small)
    small.show()
    qtbot.waitExposed(small)
    settled(qtbot, small)
    assert small.form_area.verticalScrollBar().maximum() == 0
    assert small.height() < small_screen // 2
    assert in_view(small.date_edit, small)
