"""The task runner: work off the GUI thread, outcomes back on it, in order."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QObject
from pytestqt.qtbot import QtBot

from peerdesk.ui.task_runner import SyncTaskRunner, TaskRunner


class Outcomes:
    def __init__(self) -> None:
        self.results: list[object] = []
        self.errors: list[Exception] = []
        self.threads: list[threading.Thread] = []

    def done(self, result: object) -> None:
        self.threads.append(threading.current_thread())
        self.results.append(result)

    def failed(self, exc: Exception) -> None:
        self.threads.append(threading.current_thread())
        self.errors.append(exc)


def test_runs_off_the_gui_thread_and_delivers_on_it(
    qtbot: QtBot, thread_runner: TaskRunner
) -> None:
    seen: list[threading.Thread] = []
    out = Outcomes()

    def work() -> int:
        seen.append(threading.current_thread())
        return 42

    thread_runner.run(work, out.done, out.failed)
    qtbot.waitUntil(lambda: out.results == [42])
    assert seen[0] is not threading.main_thread()
    assert out.threads == [threading.main_thread()]


def test_errors_come_back_and_jobs_keep_their_order(
    qtbot: QtBot, thread_runner: TaskRunner
) -> None:
    out = Outcomes()
    threads: set[int] = set()

    def job(n: int) -> int:
        threads.add(threading.get_ident())
        if n == 2:
            raise ValueError("two")
        return n

    for n in range(5):
        thread_runner.run(lambda n=n: job(n), out.done, out.failed)
    qtbot.waitUntil(lambda: len(out.results) + len(out.errors) == 5)
    assert out.results == [0, 1, 3, 4]
    assert [str(e) for e in out.errors] == ["two"]
    assert len(threads) == 1, "one worker thread owns the database connection"


def test_outcome_is_dropped_when_its_window_is_gone(
    qtbot: QtBot, thread_runner: TaskRunner
) -> None:
    owner = QObject()
    release = threading.Event()
    out = Outcomes()
    thread_runner.run(lambda: release.wait(5), out.done, out.failed, owner=owner)
    owner.deleteLater()
    qtbot.waitUntil(lambda: not _alive(owner))
    release.set()
    marker = Outcomes()
    thread_runner.run(lambda: "after", marker.done, marker.failed)
    qtbot.waitUntil(lambda: marker.results == ["after"])
    assert out.results == [] and out.errors == []


def _alive(obj: QObject) -> bool:
    from shiboken6 import isValid

    return isValid(obj)


def test_shutdown_runs_the_last_job_then_refuses_more(qtbot: QtBot) -> None:
    runner = TaskRunner()
    closed: list[bool] = []
    runner.shutdown(lambda: closed.append(True))
    assert closed == [True]
    with pytest.raises(RuntimeError):
        runner.run(lambda: None, print, print)
    runner.shutdown()  # a second call is harmless


def test_sync_runner_delivers_before_returning() -> None:
    out = Outcomes()
    runner = SyncTaskRunner()
    runner.run(lambda: "done", out.done, out.failed)
    runner.run(lambda: 1 / 0, out.done, out.failed)
    assert out.results == ["done"]
    assert isinstance(out.errors[0], ZeroDivisionError)
