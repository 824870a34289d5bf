"""Fixtures for the window tests: task runners, the app flow, compiled translations."""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from peerdesk.app import build_services
from peerdesk.services.auth import AuthService, SignedIn
from peerdesk.ui.app_events import AppEvents
from peerdesk.ui.app_flow import AppFlow
from peerdesk.ui.appearance import Appearance
from peerdesk.ui.i18n import install_translations, remove_translations, translations_dir
from peerdesk.ui.idle_lock import IdleWatch
from peerdesk.ui.preferences import Preferences
from peerdesk.ui.pyside_workaround import protect
from peerdesk.ui.session import UiSession
from peerdesk.ui.task_runner import Runner, SyncTaskRunner, TaskRunner
from tests.conftest import Site
from tests.factories_sessions import World, build_world

# The suite makes hundreds of thousands of slot calls: enough to hit PySide6 6.12.0's
# reference-count bug on Python 3.11 (see peerdesk/ui/pyside_workaround.py), as the app does.
protect()

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


def delete_later_now() -> None:
    """Run the pending ``deleteLater`` calls (no event loop runs between tests)."""
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def close_flow(flow: AppFlow) -> None:
    if flow.main_window is not None:
        flow.main_window.hide()
        flow.main_window.deleteLater()
    flow.login.close()
    flow.shutdown()
    delete_later_now()


class FakeClock:
    """A monotonic clock that moves only when told to."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, minutes: float) -> None:
        self.now += minutes * 60


@pytest.fixture
def fake_clock() -> FakeClock:
    return FakeClock()


def make_flow(site: Site, runner: Runner, clock: FakeClock | None = None) -> AppFlow:
    """An app flow on ``site`` whose idle watch runs on ``clock`` (checked by hand)."""
    idle = IdleWatch(clock or FakeClock(), check_ms=3_600_000)
    return AppFlow(
        AuthService(site.paths),
        runner,
        build_services,
        Preferences.of_data_dir(site.paths.root),
        idle=idle,
    )


@pytest.fixture
def flow(
    qtbot: QtBot, site: Site, sync_runner: SyncTaskRunner, fake_clock: FakeClock
) -> Iterator[AppFlow]:
    """The sign-in flow on the ``site`` fixture, with the sign-in window showing."""
    app_flow = make_flow(site, sync_runner, fake_clock)
    app_flow.start()
    yield app_flow
    close_flow(app_flow)


def pyside_tool(name: str) -> str:
    """The path of a PySide6 command-line tool (``pyside6-lrelease``...) of this venv."""
    tool = Path(sys.executable).with_name(name)
    command = str(tool) if tool.exists() else shutil.which(name)
    assert command, f"{name} not found"
    return command


def lupdate(out: Path) -> Path:
    """Every string the code hands to tr()/translate(), extracted by lupdate into ``out``."""
    subprocess.run(
        [
            pyside_tool("pyside6-lupdate"),
            "-extensions",
            "py",
            "peerdesk/ui",
            "peerdesk/app.py",
            "-ts",
            str(out),
        ],
        cwd=Path(__file__).parents[2],
        check=True,
        capture_output=True,
    )
    return out


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


@pytest.fixture
def english(qapp: QApplication, compiled_translations: Path) -> Iterator[None]:
    """The English catalogue installed (it holds the plural forms: "1 minute", "5 minutes")."""
    translators = install_translations(qapp, "en", compiled_translations)
    yield
    remove_translations(qapp, translators)


@pytest.fixture
def spanish(qapp: QApplication, compiled_translations: Path) -> Iterator[None]:
    """Qt's and peerdesk's Spanish catalogues installed."""
    translators = install_translations(qapp, "es", compiled_translations)
    assert len(translators) == 2, "Qt's own and peerdesk's"
    yield
    remove_translations(qapp, translators)


@pytest.fixture(scope="session")
def compiled_translations(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder holding peerdesk_es.qm and peerdesk_en.qm built from the .ts sources."""
    out = tmp_path_factory.mktemp("qm")
    for name in ("peerdesk_es", "peerdesk_en"):
        lrelease(name, out)
    return out


def make_session(signed: SignedIn, runner: Runner | None = None) -> UiSession:
    """A window session for ``signed`` (services on its store, the synchronous runner)."""
    return UiSession(
        signed.actor,
        build_services(signed.store),
        runner or SyncTaskRunner(),
        AppEvents(),
        Preferences.of_data_dir(signed.store.paths.root),
    )


@pytest.fixture
def session(coordinator: SignedIn) -> UiSession:
    """The coordinator's window session on the ``site`` fixture."""
    return make_session(coordinator)


@pytest.fixture
def world(site: Site) -> Iterator[World]:
    """A small program (coordinator, a peer educator, groups, a mentee with a match)."""
    coordinator = site.sign_in()
    built = build_world(site, coordinator)
    yield built
    built.close()
    coordinator.store.close()


def _looking(app: QApplication, scale: int, high_contrast: bool) -> Iterator[None]:
    appearance = Appearance(app)
    appearance.apply(scale, high_contrast)
    yield
    appearance.apply(100, False)


@pytest.fixture
def large_text(qapp: QApplication) -> Iterator[None]:
    """The whole application at 200 % text for the test (100 % again after)."""
    yield from _looking(qapp, 200, False)


@pytest.fixture
def large_high_contrast(qapp: QApplication) -> Iterator[None]:
    """200 % text in the high-contrast palette for the test."""
    yield from _looking(qapp, 200, True)
