"""Run service calls off the GUI thread and hand their outcome back on it.

Every database call goes through one worker thread. The engine keeps one keyed connection
per thread, so a single worker means a single connection with a warm page cache, and jobs
never overlap: a job queued after another sees everything the first one committed.

Callers never touch threads::

    runner.run(lambda: auth.sign_in(name, phrase), on_done=self._signed_in,
               on_error=self._failed, owner=self)

``on_done`` and ``on_error`` are always called on the GUI thread. When ``owner`` (a widget)
has been deleted by the time the job ends, the outcome is dropped instead of calling into a
dead widget. Tests use :class:`SyncTaskRunner`, which does the same thing without a thread.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol

from PySide6.QtCore import QObject, QThread, Signal, Slot
from shiboken6 import isValid

log = logging.getLogger(__name__)

OnDone = Callable[[Any], None]
OnError = Callable[[Exception], None]

#: How long closing the application waits for the job in progress to end.
SHUTDOWN_WAIT_S = 30.0


class Runner(Protocol):
    """What windows need from a task runner (both runners below provide it)."""

    def run(
        self,
        fn: Callable[[], Any],
        on_done: OnDone,
        on_error: OnError,
        owner: QObject | None = None,
    ) -> None: ...

    def shutdown(self, last: Callable[[], None] | None = None) -> None: ...


@dataclass
class _Job:
    fn: Callable[[], Any]
    on_done: OnDone | None
    on_error: OnError | None
    owner: QObject | None
    result: Any = None
    error: Exception | None = None

    def execute(self) -> None:
        try:
            self.result = self.fn()
        except Exception as exc:  # handed to on_error, which decides what the user sees
            self.error = exc

    def deliver(self) -> None:
        if self.owner is not None and not isValid(self.owner):
            log.info("a background job ended after its window closed; outcome dropped")
            return
        if self.error is None:
            if self.on_done is not None:
                self.on_done(self.result)
        elif self.on_error is not None:
            self.on_error(self.error)


class _WorkerThread(QThread):
    """The worker thread, its event loop run from Python.

    A plain ``QThread`` enters Python afresh for every job: each job gets a new Python
    thread state, so ``threading.local`` is empty every time. The engine's pool keeps its
    per-thread connection in a ``threading.local``, so every job opened another SQLCipher
    connection with a cold page cache, and the pool kept up to eight of them open with up
    to 32 MiB of cache each (bench 6: 13 connections and 287-314 MB with the list open).
    Started from ``run`` here, the thread keeps one Python thread state for its whole life.
    """

    def run(self) -> None:
        self.exec()


class _Worker(QObject):
    """Lives in the worker thread; runs one job at a time, in the order they came."""

    finished = Signal(object)

    @Slot(object)
    def work(self, job: _Job) -> None:
        job.execute()
        if job.on_done is not None or job.on_error is not None:
            self.finished.emit(job)


class TaskRunner(QObject):
    """Runs callables on one worker thread; results come back on the GUI thread.

    Create it on the GUI thread and call :meth:`shutdown` before the application exits.
    """

    _submitted = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread = _WorkerThread()
        self._thread.setObjectName("peerdesk-worker")
        self._worker = _Worker()
        self._worker.moveToThread(self._thread)
        # Both connections cross threads, so Qt queues them: the job runs in the worker
        # thread's event loop and the outcome is delivered in the GUI thread's.
        self._submitted.connect(self._worker.work)
        self._worker.finished.connect(self._deliver)
        self._thread.start()

    def run(
        self,
        fn: Callable[[], Any],
        on_done: OnDone,
        on_error: OnError,
        owner: QObject | None = None,
    ) -> None:
        """Queue ``fn``; call ``on_done(result)`` or ``on_error(exception)`` when it ends."""
        if not self._thread.isRunning():
            raise RuntimeError("the task runner has been shut down")
        self._submitted.emit(_Job(fn, on_done, on_error, owner))

    @Slot(object)
    def _deliver(self, job: _Job) -> None:
        job.deliver()

    def shutdown(self, last: Callable[[], None] | None = None) -> None:
        """Run ``last`` after the queued jobs (e.g. closing the store), then stop the thread."""
        if not self._thread.isRunning():
            return
        ended = threading.Event()

        def final() -> None:
            try:
                if last is not None:
                    last()
            finally:
                ended.set()

        self._submitted.emit(_Job(final, None, None, None))
        if not ended.wait(SHUTDOWN_WAIT_S):
            log.error("the worker thread did not finish its jobs in time")
        self._thread.quit()
        self._thread.wait()


class SyncTaskRunner:
    """The same interface as :class:`TaskRunner`, running each job at once (for tests)."""

    def run(
        self,
        fn: Callable[[], Any],
        on_done: OnDone,
        on_error: OnError,
        owner: QObject | None = None,
    ) -> None:
        """Run ``fn`` now and call ``on_done`` or ``on_error`` before returning."""
        job = _Job(fn, on_done, on_error, owner)
        job.execute()
        job.deliver()

    def shutdown(self, last: Callable[[], None] | None = None) -> None:
        """Run ``last`` now."""
        if last is not None:
            last()
