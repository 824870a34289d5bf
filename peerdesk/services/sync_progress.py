"""Progress and Cancel for writing and importing a bundle, shared by the worker and the window.

The mechanism of long reports (``report_progress``): the job calls :meth:`SyncProgress.step`
between its stages and the window calls :meth:`SyncProgress.cancel` from the GUI thread;
``step`` raises :class:`SyncCancelled` once cancelled, inside the job's unit of work, so what
was started rolls back.

A bundle job has a point of no return: the written bundle getting its final name on the drive,
or the import's transaction starting to commit. The job passes it with
:meth:`SyncProgress.commit`; a cancel that came first wins (``commit`` raises and the job
undoes its work), and once past it ``cancel`` is refused (it returns False) and ``on_final``
tells the window to disable its Cancel button.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable, Iterator

from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from peerdesk.domain.errors import PeerdeskError

EXPORT_CANCELLED = "Writing the bundle was cancelled. Nothing was written to the drive."
IMPORT_CANCELLED = "The import was cancelled. Nothing was imported."
#: SQLite virtual-machine instructions between two looks at Cancel (well under a millisecond).
INTERRUPT_EVERY = 50_000


class SyncCancelled(PeerdeskError):
    """The person stopped writing or importing a bundle before its point of no return."""


class SyncProgress:
    """How far a bundle job has got (0 to 100), whether it was cancelled, and whether it is
    past its point of no return. Safe to use from both threads.

    Args:
        on_step: called with the percentage done at each step, on the job's thread.
        on_final: called once, on the job's thread, when the job passes its point of no
            return (Cancel no longer possible).
        exporting: the job writes a bundle (else it imports or checks one): the sentence
            :class:`SyncCancelled` carries. The export sets it.
    """

    def __init__(
        self,
        on_step: Callable[[int], None] | None = None,
        on_final: Callable[[], None] | None = None,
        exporting: bool = False,
    ) -> None:
        self._on_step = on_step
        self._on_final = on_final
        self.exporting = exporting
        self._lock = threading.Lock()
        self._cancelled = False
        self._final = False
        self._shown = -1

    def cancel(self) -> bool:
        """Ask the job to stop at its next step (safe from any thread).

        Returns:
            False when the job is already past its point of no return (it will finish).
        """
        with self._lock:
            if self._final:
                return False
            self._cancelled = True
            return True

    @property
    def cancelled(self) -> bool:
        """Whether a cancel was accepted."""
        return self._cancelled

    @property
    def final(self) -> bool:
        """Whether the job is past its point of no return."""
        return self._final

    def check(self) -> None:
        """Raise if cancelled before the point of no return.

        Raises:
            SyncCancelled: :meth:`cancel` was accepted.
        """
        with self._lock:
            if self._cancelled and not self._final:
                raise self.error()

    def step(self, percent: int) -> None:
        """Record that ``percent`` of the work is done; raise if cancelled meanwhile.

        Raises:
            SyncCancelled: :meth:`cancel` was accepted (never after :meth:`commit`).
        """
        self.check()
        percent = max(0, min(100, percent))
        if percent != self._shown and self._on_step is not None:
            self._shown = percent
            self._on_step(percent)

    def span(self, start: int, end: int) -> Callable[[int, int], None]:
        """A ``(done, total)`` callback (as ``write_verified`` calls) stepping from ``start``
        to ``end`` percent."""

        def moved(done: int, total: int) -> None:
            self.step(start + (end - start) * done // total if total else end)

        return moved

    def commit(self) -> None:
        """Pass the point of no return, unless a cancel came first.

        Raises:
            SyncCancelled: :meth:`cancel` was accepted before (the job undoes its work).
        """
        with self._lock:
            if self._cancelled:
                raise self.error()
            self._final = True
        if self._on_final is not None:
            self._on_final()

    def stopping(self) -> bool:
        """Whether the job should stop now (cancelled, not yet past the point of no return)."""
        return self._cancelled and not self._final

    def error(self) -> SyncCancelled:
        """The error a cancelled job raises."""
        return SyncCancelled(EXPORT_CANCELLED if self.exporting else IMPORT_CANCELLED)


def step(progress: SyncProgress | None, percent: int) -> None:
    """``progress.step(percent)``, or nothing when the caller follows no progress."""
    if progress is not None:
        progress.step(percent)


def between(progress: SyncProgress | None, start: int, end: int) -> Callable[[float], None] | None:
    """A callback taking the share done (0 to 1) of a stage that runs from ``start`` to ``end``
    percent (``build_payload``'s and ``apply_records``' ``on_step``), or None without progress."""
    if progress is None:
        return None
    moved = progress.span(start, end)
    return lambda done: moved(round(done * 1000), 1000)


@contextlib.contextmanager
def interruptible(s: Session, progress: SyncProgress | None) -> Iterator[None]:
    """Let Cancel stop the SQL statement running, not only at the job's next step.

    SQLite asks a progress handler every ``INTERRUPT_EVERY`` instructions; once cancelled the
    statement fails ("interrupted"), the caller's transaction rolls back, and this raises
    :class:`SyncCancelled` instead. Without such a handler (another database) the job stops at
    its next step as before.

    Raises:
        SyncCancelled: a statement was interrupted because of a cancel.
    """
    if progress is None:
        yield
        return
    conn = s.connection()
    handler = getattr(conn.connection.dbapi_connection, "set_progress_handler", None)
    if handler is None:
        yield
        return
    # Through SQLAlchemy the error is its OperationalError; through a raw cursor, the driver's.
    interrupted = (OperationalError, conn.dialect.loaded_dbapi.OperationalError)
    handler(lambda: 1 if progress.stopping() else 0, INTERRUPT_EVERY)
    try:
        yield
    except interrupted:
        if progress.stopping():
            raise progress.error() from None
        raise
    finally:
        handler(None, INTERRUPT_EVERY)
