"""The child processes of ``bench/gui.py``: each prints one JSON line on stdout.

``python -m bench.gui_child bare`` shows a bare PySide6 window; ``start DATA_DIR`` starts peerdesk
the way ``peerdesk`` does; both print ``{"shown": true}`` when the first window is shown and
quit. ``work DATA_DIR USER PASSPHRASE PREFIX COMMON`` signs in through the real sign-in window,
waits for the first screen to load, types ``PREFIX`` into the participant search one key at a
time, then searches for the single letter ``COMMON`` (the widest one-key search), and prints
the timings and the memory (see :func:`_memory`).
"""

from __future__ import annotations

import json
import os
import resource
import sys
from collections.abc import Callable
from pathlib import Path
from time import perf_counter
from typing import Any

from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QWidget


class _FirstShow(QObject):
    """Prints once when the first top-level window is shown, then quits."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._app = app
        self._done = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            not self._done
            and event.type() == QEvent.Type.Show
            and isinstance(watched, QWidget)
            and watched.isWindow()
        ):
            self._done = True
            self._app.removeEventFilter(self)  # else it costs the process at every event
            print(json.dumps({"shown": True}), flush=True)
            QTimer.singleShot(0, self._app.quit)
        return False


def _bare() -> int:
    app = QApplication(sys.argv)
    app.installEventFilter(_FirstShow(app))
    window = QWidget()
    window.setWindowTitle("bare")
    QLabel("Hello", window)
    window.resize(480, 320)
    window.show()
    return int(app.exec())


def _start(data_dir: str) -> int:
    app = QApplication(sys.argv)
    app.installEventFilter(_FirstShow(app))
    from peerdesk.app import run_gui

    return run_gui(Path(data_dir))


def _wait(app: QApplication, done: Callable[[], bool], timeout: float = 120.0) -> None:
    """Run the event loop until ``done()``, sleeping between events as ``exec()`` does.

    A loop of non-blocking ``processEvents`` calls would keep the main thread running Python
    and contend for the GIL with the worker thread whose time is being measured (that made
    each search keystroke look three to five times slower than it is in the application).
    """
    deadline = perf_counter() + timeout
    tick = QTimer()
    tick.start(10)  # wakes the blocking wait below, so ``done()`` and the deadline are seen
    try:
        while not done():
            if perf_counter() > deadline:
                raise SystemExit("timed out")
            app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
    finally:
        tick.stop()


def _key(app: QApplication, page: Any, loaded: list[int], text: str) -> float:
    """Seconds from setting ``text`` in the search box (typing pause skipped) to its rows."""
    page.search_edit.blockSignals(True)  # skip the typing pause: time the query itself
    page.search_edit.setText(text)
    page.search_edit.blockSignals(False)
    loaded.clear()
    tick = perf_counter()
    page.apply_filters()
    _wait(app, lambda: bool(loaded))
    return perf_counter() - tick


def _status_kib() -> dict[str, int]:
    """The ``kB`` lines of ``/proc/self/status`` (empty where there is none)."""
    status = Path("/proc/self/status")
    if not status.exists():
        return {}
    values = {}
    for line in status.read_text().splitlines():
        name, _, rest = line.partition(":")
        if rest.strip().endswith(" kB"):
            values[name] = int(rest.split()[0])
    return values


def _peak_bytes() -> int:
    """The resident high-water mark of the process so far."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


def _reset_peak() -> bool:
    """Start the resident high-water mark (``VmHWM``, and with it ``ru_maxrss``) again from
    the current size (Linux); read :func:`_peak_bytes` first to keep the earlier peak."""
    try:
        Path("/proc/self/clear_refs").write_text("5")
    except OSError:
        return False
    return True


def _memory(peak_reset: bool, earlier_peak: int) -> dict[str, int]:
    """Resident memory in bytes: now, its peak since :func:`_reset_peak` (``list_peak``), its
    split into anonymous (heap: private to the process) and file-backed pages (libraries,
    shared with other processes that map them), and the peak of the whole process."""
    whole_peak = max(_peak_bytes(), earlier_peak)
    kib = _status_kib()
    now = kib.get("VmRSS", 0) * 1024 or whole_peak
    return {
        "rss_bytes": now,
        "list_peak_bytes": kib.get("VmHWM", 0) * 1024 if peak_reset else whole_peak,
        "anon_bytes": kib.get("RssAnon", 0) * 1024,
        "file_bytes": (kib.get("RssFile", 0) + kib.get("RssShmem", 0)) * 1024,
        "peak_rss_bytes": whole_peak,
    }


def _set_up_like_run_gui(app: QApplication, preferences: Any) -> list[str]:
    """What ``peerdesk.app.run_gui`` does to the application before its first window (the
    translations a user's installation loads, the text size and contrast); the names of the
    translations loaded."""
    from PySide6.QtCore import QLocale, QTranslator

    from peerdesk.ui import i18n
    from peerdesk.ui.appearance import Appearance
    from peerdesk.ui.pyside_workaround import protect
    from peerdesk.ui.widgets import apply_base_font

    protect()
    app.setApplicationName("peerdesk")
    apply_base_font(app)
    requested = os.environ.get(i18n.LANGUAGE_ENV) or preferences.language
    language = i18n.choose_language(requested, QLocale.system().name())
    i18n.install_translations(app, language)
    Appearance(app).apply(preferences.text_scale, preferences.high_contrast)
    return [Path(t.filePath()).name for t in app.findChildren(QTranslator) if t.filePath()]


def _work(data_dir: str, user: str, passphrase: str, prefix: str, common: str) -> int:
    app = QApplication(sys.argv)
    from peerdesk.app import _LazyAuth, build_services
    from peerdesk.db.store import DataPaths
    from peerdesk.domain.navigation import Section
    from peerdesk.ui.app_flow import AppFlow
    from peerdesk.ui.participants_section import ParticipantsSection
    from peerdesk.ui.preferences import Preferences
    from peerdesk.ui.task_runner import TaskRunner

    paths = DataPaths(Path(data_dir))
    translations = _set_up_like_run_gui(app, Preferences.of_data_dir(paths.root))
    runner = TaskRunner()
    flow = AppFlow(_LazyAuth(paths), runner, build_services, Preferences.of_data_dir(paths.root))
    flow.start()
    _wait(app, flow.login.isVisible)
    flow.login.username_edit.setText(user)
    flow.login.passphrase_edit.setText(passphrase)

    started = perf_counter()
    flow.login.submit()
    _wait(app, lambda: flow.main_window is not None and flow.main_window.isVisible())
    # The first screen asked for its data when it was shown; the worker runs jobs in order,
    # so when a job sent now comes back, that data has arrived and been shown.
    settled: list[bool] = []
    runner.run(lambda: None, on_done=lambda _: settled.append(True), on_error=print)
    _wait(app, lambda: bool(settled))
    unlock_to_first_screen = perf_counter() - started
    window = flow.main_window
    assert window is not None
    first_section = window.current_section()

    # Argon2id's 256 MiB are freed by now: the peak from here on is the list's.
    earlier_peak = _peak_bytes()
    peak_reset = _reset_peak()
    window.show_section(Section.PARTICIPANTS)
    section = window.pages[Section.PARTICIPANTS]
    assert isinstance(section, ParticipantsSection)
    page = section.list_page
    model = page.model
    _wait(app, lambda: not model.loading and model.rowCount() > 0)
    total_rows = model.total

    keystrokes: list[float] = []
    loaded: list[int] = []
    model.loaded.connect(loaded.append)
    for n in range(1, len(prefix) + 1):
        keystrokes.append(_key(app, page, loaded, prefix[:n]))
    matches = loaded[-1] if loaded else 0
    _key(app, page, loaded, "")  # back to the whole list, as after clearing the box
    common_keystroke = _key(app, page, loaded, common)
    common_matches = loaded[-1] if loaded else 0
    _key(app, page, loaded, prefix)  # the list as the figures above left it
    page.table.scrollToBottom()
    app.processEvents()
    memory = _memory(peak_reset, earlier_peak)
    print(
        json.dumps(
            {
                "unlock_to_first_screen": unlock_to_first_screen,
                "first_section": first_section.value if first_section else "",
                "rows": total_rows,
                "keystrokes": keystrokes,
                "matches": matches,
                "common_keystroke": common_keystroke,
                "common_matches": common_matches,
                "translations": translations,
                "peak_reset": peak_reset,
                **memory,
            }
        ),
        flush=True,
    )
    flow.shutdown()
    runner.shutdown()
    os._exit(0)  # the figures are out; skip the slow teardown of 100,000 rows


def main(argv: list[str]) -> int:
    mode = argv[0]
    if mode == "bare":
        return _bare()
    if mode == "start":
        return _start(argv[1])
    if mode == "work":
        return _work(*argv[1:6])
    raise SystemExit(f"unknown mode {mode!r}")


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
