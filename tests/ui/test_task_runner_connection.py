"""The worker thread keeps one Python thread state, so the store keeps one connection on it.

The engine's pool holds each thread's connection in a ``threading.local``. A plain ``QThread``
entered Python afresh for every job, with an empty ``threading.local`` each time, so every job
opened another SQLCipher connection (cold page cache, up to eight kept open with their caches).
"""

from __future__ import annotations

import threading

from pytestqt.qtbot import QtBot
from sqlalchemy import event, text

from peerdesk.services.auth import SignedIn
from peerdesk.ui.task_runner import TaskRunner

JOBS = 5


def test_a_thread_local_value_lasts_from_one_job_to_the_next(
    qtbot: QtBot, thread_runner: TaskRunner
) -> None:
    local = threading.local()
    seen: list[object] = []

    def job(n: int) -> None:
        seen.append(getattr(local, "last", None))
        local.last = n

    for n in range(JOBS):
        thread_runner.run(lambda n=n: job(n), lambda _: None, lambda exc: None)
    qtbot.waitUntil(lambda: len(seen) == JOBS)
    assert seen == [None, 0, 1, 2, 3]


def test_jobs_reading_the_store_share_one_connection(
    qtbot: QtBot, thread_runner: TaskRunner, coordinator: SignedIn
) -> None:
    store = coordinator.store
    opened: list[int] = []
    event.listen(store.engine, "connect", lambda *_: opened.append(threading.get_ident()))
    done: list[int] = []

    def read() -> int:
        with store.uow(write=False) as uow:
            return int(uow.session.scalar(text("SELECT count(*) FROM sqlite_master")) or 0)

    for _ in range(JOBS):
        thread_runner.run(read, done.append, lambda exc: done.append(-1))
    qtbot.waitUntil(lambda: len(done) == JOBS)
    assert all(n > 0 for n in done)
    assert len(opened) == 1
    assert opened[0] != threading.get_ident()  # the worker's, not the GUI thread's
