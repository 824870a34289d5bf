"""Fixtures for the window tests: task runners, the app flow, compiled translations."""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from peerdesk.services.auth import AuthService
from peerdesk.ui.app_flow import AppFlow
from peerdesk.ui.i18n import translations_dir
from peerdesk.ui.task_runner import SyncTaskRunner, TaskRunner
from tests.conftest import Site

#: Messages the headless "offscreen" platform prints for window calls it cannot honour
#: (raising a window, passing size hints to a window manager); a real desktop prints none.
OFFSCREEN_NOISE = (
    r"^This plugin does not support raise\(\)$",
    r"^This plugin does not support propagateSizeHints\(\)$",
)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    here = Path(__file__).parent
    for item in items:
        if here in item.path.parents:
            item.add_marker(pytest.mark.qt_log_ignore(*OFFSCREEN_NOISE))


@pytest.fixture
def sync_runner() -> SyncTaskRunner:
    return SyncTaskRunner()


@pytest.fixture
def thread_runner(qtbot: QtBot) -> Iterator[TaskRunner]:
    runner = TaskRunner()
    yield runner
    runner.shutdown()


def close_flow(flow: AppFlow) -> None:
    if flow.main_window is not None:
        flow.main_window.hide()
        flow.main_window.deleteLater()
    flow.login.close()
    flow.shutdown()


@pytest.fixture
def flow(qtbot: QtBot, site: Site, sync_runner: SyncTaskRunner) -> Iterator[AppFlow]:
    """The sign-in flow on the ``site`` fixture, with the sign-in window showing."""
    app_flow = AppFlow(AuthService(site.paths), sync_runner)
    app_flow.start()
    yield app_flow
    close_flow(app_flow)


def pyside_tool(name: str) -> str:
    """The path of a PySide6 command-line tool (``pyside6-lrelease``...) of this venv."""
    tool = Path(sys.executable).with_name(name)
    command = str(tool) if tool.exists() else shutil.which(name)
    assert command, f"{name} not found"
    return command


def lrelease(ts_name: str, out_dir: Path) -> Path:
    """Compile ``resources/translations/<ts_name>.ts`` into ``out_dir``."""
    qm = out_dir / f"{ts_name}.qm"
    subprocess.run(
        [
            pyside_tool("pyside6-lrelease"),
            "-silent",
            str(translations_dir() / f"{ts_name}.ts"),
            "-qm",
            str(qm),
        ],
        check=True,
        capture_output=True,
    )
    return qm


@pytest.fixture(scope="session")
def compiled_translations(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder holding peerdesk_es.qm and peerdesk_en.qm built from the .ts sources."""
    out = tmp_path_factory.mktemp("qm")
    for name in ("peerdesk_es", "peerdesk_en"):
        lrelease(name, out)
    return out
