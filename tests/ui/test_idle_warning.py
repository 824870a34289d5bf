"""A minute's warning before the idle lock: the person can keep working (and save)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from peerdesk.domain.navigation import Section
from peerdesk.ui.app_flow import AppFlow
from peerdesk.ui.idle_lock import IdleWatch
from peerdesk.ui.participants_section import ParticipantsSection
from tests.ui.conftest import FakeClock
from tests.ui.test_login_flow import sign_in
from tests.ui.test_participant_page import click_new, fill_new
from tests.ui.test_report_printing import SHOTS


def test_watch_warns_once_a_minute_before_and_input_takes_it_back(
    qtbot: QtBot, fake_clock: FakeClock
) -> None:
    watch = IdleWatch(fake_clock, check_ms=3_600_000)
    warnings: list[int] = []
    resumed: list[bool] = []
    watch.warning.connect(warnings.append)
    watch.resumed.connect(lambda: resumed.append(True))
    watch.start(15)
    try:
        fake_clock.advance(13.9)
        watch.check()
        assert warnings == []
        fake_clock.advance(0.1)  # 60 s left
        watch.check()
        watch.check()
        assert warnings == [60]  # once per idle spell
        edit = QLineEdit()
        qtbot.addWidget(edit)
        qtbot.keyClick(edit, Qt.Key.Key_Shift)  # any input, anywhere in the application
        assert resumed == [True]
        fake_clock.advance(14.5)
        watch.check()
        assert warnings == [60, 30]
    finally:
        watch.stop()


def test_a_one_minute_limit_warns_half_a_minute_ahead(fake_clock: FakeClock) -> None:
    watch = IdleWatch(fake_clock, check_ms=3_600_000)
    warnings: list[int] = []
    watch.warning.connect(warnings.append)
    watch.start(1)
    try:
        fake_clock.advance(0.4)
        watch.check()
        assert warnings == []
        fake_clock.advance(0.1)
        watch.check()
        assert warnings == [30]
    finally:
        watch.stop()


def test_window_shows_the_warning_then_hides_it_on_input(
    qtbot: QtBot, flow: AppFlow, fake_clock: FakeClock
) -> None:
    sign_in(qtbot, flow)
    window = flow.main_window
    assert window is not None
    assert not window.idle_banner.isVisible()
    fake_clock.advance(14)
    flow.idle.check()
    assert window.idle_banner.isVisible()
    assert window.idle_banner.text() == (
        "No activity for a while: peerdesk locks in 60 seconds to protect the records. "
        "Move the mouse or press a key to keep working."
    )
    qtbot.keyClick(window.nav, Qt.Key.Key_Down)
    assert not window.idle_banner.isVisible()
    assert flow.main_window is window and flow.idle.running


def test_unsaved_changes_are_named_in_the_warning_and_lost_only_after_it(
    qtbot: QtBot, flow: AppFlow, fake_clock: FakeClock
) -> None:
    sign_in(qtbot, flow)
    window = flow.main_window
    assert window is not None
    window.show_section(Section.PARTICIPANTS)
    section = window.pages[Section.PARTICIPANTS]
    assert isinstance(section, ParticipantsSection)
    page = click_new(qtbot, section)
    fill_new(qtbot, page)
    assert page.has_unsaved_changes()
    fake_clock.advance(14.2)
    flow.idle.check()
    assert "your unsaved changes will be lost" in window.idle_banner.text()
    assert "locks in 48 seconds" in window.idle_banner.text()
    if SHOTS.is_dir():
        window.grab().save(str(SHOTS / "idle-warning.png"))
    fake_clock.advance(1)
    flow.idle.check()
    assert flow.main_window is None  # no input came: locked as before
