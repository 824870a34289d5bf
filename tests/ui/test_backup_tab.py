"""Administration > Backups, driven like a coordinator would."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from peerdesk.services.auth import SignedIn
from peerdesk.services.backup import automatic_backup
from peerdesk.services.restore import check_backup
from peerdesk.ui.administration_section import AdministrationSection
from peerdesk.ui.app_flow import AppFlow
from peerdesk.ui.backup_tab import BackupTab, BackupTableModel
from peerdesk.ui.session import UiSession
from peerdesk.ui.task_runner import TaskRunner
from tests.conftest import USER_PASS, Site, add_user
from tests.factories_backup import backups_in
from tests.ui.conftest import make_session
from tests.ui.test_login_flow import assert_closed, sign_in

SHOTS = Path("/tmp/work/shots")


@pytest.fixture
def admin(qtbot: QtBot, session: UiSession) -> AdministrationSection:
    widget = AdministrationSection(session)
    qtbot.addWidget(widget)
    return widget


@pytest.fixture
def tab(qtbot: QtBot, admin: AdministrationSection) -> BackupTab:
    admin.resize(1100, 640)
    admin.show()
    assert admin.backup_tab is not None
    admin.tabs.setCurrentWidget(admin.backup_tab)
    return admin.backup_tab


def cells(model: BackupTableModel, column: int) -> list[str]:
    return [str(model.data(model.index(r, column))) for r in range(model.rowCount())]


def test_back_up_now_writes_a_checked_backup(
    qtbot: QtBot, tab: BackupTab, tmp_path: Path, coordinator: SignedIn
) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    tab.choose_folder = lambda: stick  # type: ignore[method-assign]
    qtbot.mouseClick(tab.backup_button, Qt.MouseButton.LeftButton)
    [path] = backups_in(stick)
    check_backup(path)
    assert tab.result_label.isVisible()
    assert tab.result_label.text().startswith(f"Backup written and checked: {path} (")
    assert tab.backup_button.isEnabled()
    assert not tab.progress_bar.isVisible() and not tab.cancel_button.isVisible()
    SHOTS.mkdir(parents=True, exist_ok=True)
    tab.window().grab().save(str(SHOTS / "backup_tab_done.png"))


def test_choosing_no_folder_does_nothing(qtbot: QtBot, tab: BackupTab, tmp_path: Path) -> None:
    tab.choose_folder = lambda: None  # type: ignore[method-assign]
    qtbot.mouseClick(tab.backup_button, Qt.MouseButton.LeftButton)
    assert not tab.result_label.isVisible()


def test_a_failure_is_said_in_plain_words(qtbot: QtBot, tab: BackupTab, tmp_path: Path) -> None:
    gone = tmp_path / "unplugged"
    tab.choose_folder = lambda: gone  # type: ignore[method-assign]
    qtbot.mouseClick(tab.backup_button, Qt.MouseButton.LeftButton)
    assert tab.result_label.text() == (
        f"The folder {gone} does not exist or is not reachable. No backup file was written."
    )
    assert tab.backup_button.isEnabled()


def test_progress_and_cancel_on_the_worker_thread(
    qtbot: QtBot, coordinator: SignedIn, tmp_path: Path
) -> None:
    runner = TaskRunner()
    try:
        tab = BackupTab(make_session(coordinator, runner))
        qtbot.addWidget(tab)
        tab.show()
        seen: list[int] = []
        tab.progress_bar.valueChanged.connect(seen.append)
        tab.choose_folder = lambda: tmp_path  # type: ignore[method-assign]
        tab.back_up_now()
        assert tab.cancel_button.isVisible() and not tab.backup_button.isEnabled()
        qtbot.waitUntil(lambda: tab.backup_button.isEnabled(), timeout=10_000)
        assert seen and seen[-1] == 100
        assert len(backups_in(tmp_path)) == 1

        # Cancelled before the worker starts it: nothing is written.
        cancel_dir = tmp_path / "cancel"
        cancel_dir.mkdir()
        tab.choose_folder = lambda: cancel_dir  # type: ignore[method-assign]
        tab.back_up_now()
        qtbot.mouseClick(tab.cancel_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: tab.backup_button.isEnabled(), timeout=10_000)
        if "cancelled" in tab.result_label.text():
            assert list(cancel_dir.iterdir()) == []
        else:  # the worker was faster than the click
            assert len(backups_in(cancel_dir)) == 1
    finally:
        runner.shutdown()


def test_the_automatic_backups_are_listed(
    qtbot: QtBot, qtmodeltester, session: UiSession, coordinator: SignedIn, site: Site
) -> None:  # type: ignore[no-untyped-def]
    for minute in (1, 2):
        when = datetime(2026, 5, 1, 9, minute, tzinfo=UTC)
        # A change in between: an automatic backup is skipped when nothing was done.
        session.services.audit.record(coordinator.actor, "session.unlock", "user", "x")
        automatic_backup(coordinator.store, coordinator.actor, clock=lambda w=when: w)
    tab = BackupTab(session)
    qtbot.addWidget(tab)
    tab.resize(1000, 560)
    tab.show()
    tab.reload()
    qtmodeltester.check(tab.model)
    files = cells(tab.model, BackupTableModel.COL_FILE)
    assert len(files) == 2 and files[0].endswith("-20260501-090200.pdbackup")
    assert not tab.empty_label.isVisible()
    assert "keeps the newest 7" in tab.auto_hint.text()
    assert str(site.paths.backups) in tab.auto_hint.text()
    assert tab.auto_hint.height() >= tab.auto_hint.heightForWidth(tab.auto_hint.width())
    SHOTS.mkdir(parents=True, exist_ok=True)
    tab.grab().save(str(SHOTS / "backup_tab.png"))


def test_no_automatic_backup_yet(qtbot: QtBot, tab: BackupTab) -> None:
    assert tab.model.rowCount() == 0
    assert tab.empty_label.isVisible()


def test_only_roles_that_may_back_up_get_the_tab(
    qtbot: QtBot, coordinator: SignedIn, site: Site
) -> None:
    add_user(coordinator, "ann", "auditor")
    auditor = site.sign_in("ann", USER_PASS)
    try:
        admin = AdministrationSection(make_session(auditor))
        qtbot.addWidget(admin)
        assert admin.backup_tab is None
        assert "Backups" not in [admin.tabs.tabText(i) for i in range(admin.tabs.count())]
    finally:
        auditor.store.close()


# --- the automatic backup when the application closes ----------------------------------------
def test_closing_the_main_window_makes_an_automatic_backup(
    qtbot: QtBot, flow: AppFlow, site: Site
) -> None:
    sign_in(qtbot, flow)
    signed = flow.signed
    assert signed is not None and flow.main_window is not None
    flow.main_window.close()
    assert_closed(signed)
    [path] = backups_in(site.paths.backups)
    assert check_backup(path).site_id == site.init.site_id


def test_a_failing_automatic_backup_does_not_stop_closing(
    qtbot: QtBot, flow: AppFlow, site: Site, caplog: pytest.LogCaptureFixture
) -> None:
    site.paths.backups.write_bytes(b"not a folder")
    sign_in(qtbot, flow)
    signed = flow.signed
    assert signed is not None and flow.main_window is not None
    flow.main_window.close()
    assert_closed(signed)
    assert "automatic backup at close failed" in caplog.text
    fresh = site.sign_in()
    try:
        from peerdesk.services.integrity import check_store

        assert check_store(fresh.store, fresh.actor).ok
    finally:
        fresh.store.close()
