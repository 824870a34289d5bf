"""The main window keeps the size and place the person chose (issue 4: "Window geometry and
UI state in QSettings"): across an idle lock, a new sign-in, a language change and a restart.

Sizes stay inside the offscreen platform's 800 x 600 screen: ``restoreGeometry`` fits a saved
window into the screen it opens on (a size saved on a large monitor shrinks on a small one).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, Qt
from pytestqt.qtbot import QtBot

from peerdesk.domain.navigation import Section
from peerdesk.ui.app_flow import AppFlow
from peerdesk.ui.participant_list_page import remembered_sort
from peerdesk.ui.participant_table_model import COL_NAME, COL_UNIT
from peerdesk.ui.participants_section import ParticipantsSection
from peerdesk.ui.preferences import Preferences
from peerdesk.ui.task_runner import SyncTaskRunner
from tests.conftest import Site
from tests.ui.conftest import FakeClock, close_flow, make_flow
from tests.ui.test_login_flow import sign_in


def test_window_size_survives_lock_and_a_new_sign_in(qtbot: QtBot, flow: AppFlow) -> None:
    sign_in(qtbot, flow)
    window = flow.main_window
    assert window is not None
    window.resize(760, 560)
    assert (window.width(), window.height()) == (760, 560)
    window.lock_action.trigger()  # Ctrl+L, then the same person unlocks
    sign_in(qtbot, flow)
    unlocked = flow.main_window
    assert unlocked is not None and unlocked is not window
    assert (unlocked.width(), unlocked.height()) == (760, 560)


def test_window_size_survives_closing_the_application(
    qtbot: QtBot, site: Site, sync_runner: SyncTaskRunner, fake_clock: FakeClock
) -> None:
    first = make_flow(site, sync_runner, fake_clock)
    first.start()
    sign_in(qtbot, first)
    window = first.main_window
    assert window is not None
    window.resize(740, 540)
    window.close()  # ends the session: the geometry is written then
    assert first.main_window is None
    close_flow(first)

    second = make_flow(site, sync_runner, fake_clock)
    second.start()
    try:
        sign_in(qtbot, second)
        again = second.main_window
        assert again is not None
        assert (again.width(), again.height()) == (740, 540)
    finally:
        close_flow(second)


def test_first_window_opens_at_the_default_size(qtbot: QtBot, flow: AppFlow) -> None:
    sign_in(qtbot, flow)
    window = flow.main_window
    assert window is not None
    assert (window.width(), window.height()) == (1280, 800)


def test_geometry_is_kept_in_the_preferences_file(tmp_path: Path) -> None:
    prefs = Preferences(tmp_path / "preferences.ini")
    assert prefs.window_geometry.isEmpty()
    prefs.set_window_geometry(QByteArray(b"\x01\xd9\xd0\xcb geometry"))
    assert bytes(Preferences(tmp_path / "preferences.ini").window_geometry.data()) == (
        b"\x01\xd9\xd0\xcb geometry"
    )


def test_an_unreadable_geometry_is_ignored(
    qtbot: QtBot, site: Site, sync_runner: SyncTaskRunner, fake_clock: FakeClock
) -> None:
    (site.paths.root / "preferences.ini").write_text("[main_window]\ngeometry=not geometry\n")
    flow = make_flow(site, sync_runner, fake_clock)
    flow.start()
    try:
        sign_in(qtbot, flow)
        window = flow.main_window
        assert window is not None
        assert (window.width(), window.height()) == (1280, 800)
    finally:
        close_flow(flow)


def test_the_participants_sort_order_is_remembered(qtbot: QtBot, flow: AppFlow) -> None:
    sign_in(qtbot, flow)
    window = flow.main_window
    assert window is not None
    window.show_section(Section.PARTICIPANTS)
    section = window.pages[Section.PARTICIPANTS]
    assert isinstance(section, ParticipantsSection)
    section.list_page.table.sortByColumn(COL_UNIT, Qt.SortOrder.DescendingOrder)
    window.lock_action.trigger()
    sign_in(qtbot, flow)
    again = flow.main_window
    assert again is not None and again is not window
    page = again.pages[Section.PARTICIPANTS]
    assert isinstance(page, ParticipantsSection)
    query = page.list_page.model.query
    assert (query.sort, query.descending) == ("unit", True)
    header = page.list_page.table.horizontalHeader()
    assert header.sortIndicatorSection() == COL_UNIT


@pytest.mark.parametrize("saved", ["", "x", "1:2:3", "99:0", "3:7", "a:b"])
def test_an_unreadable_sort_falls_back_to_the_name(saved: str) -> None:
    assert remembered_sort(saved) == (COL_NAME, Qt.SortOrder.AscendingOrder)


def test_a_saved_sort_reads_back() -> None:
    assert remembered_sort(f"{COL_UNIT}:1") == (COL_UNIT, Qt.SortOrder.DescendingOrder)
