"""Progress and cancelling for long reports, shared by the thread that runs them and the UI.

The report runs on a worker thread and calls :meth:`ReportProgress.step` between its stages;
the window calls :meth:`ReportProgress.cancel` from the GUI thread. ``step`` raises
:class:`ReportCancelled` once cancelled, and reports call it *inside* their unit of work,
before the audit entry is written, so a cancelled report rolls back and leaves no trace.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from peerdesk.domain.errors import PeerdeskError


class ReportCancelled(PeerdeskError):
    """The person asked to stop the report before it was finished."""


class ReportProgress:
    """How far a report has got (0 to 100), and whether it was cancelled.

    Args:
        on_step: called with the percentage done at each step, on the thread running the
            report (a Qt signal emitted there reaches the window on its own thread).
    """

    def __init__(self, on_step: Callable[[int], None] | None = None) -> None:
        self._on_step = on_step
        self._cancelled = threading.Event()

    def cancel(self) -> None:
        """Ask the report to stop at its next step (safe from any thread)."""
        self._cancelled.set()

    @property
    def cancelled(self) -> bool:
        """Whether :meth:`cancel` was called."""
        return self._cancelled.is_set()

    def step(self, percent: int) -> None:
        """Record that ``percent`` of the work is done; raise if cancelled meanwhile.

        Raises:
            ReportCancelled: :meth:`cancel` was called.
        """
        if self._cancelled.is_set():
            raise ReportCancelled("The report was cancelled.")
        if self._on_step is not None:
            self._on_step(max(0, min(100, percent)))


def step(progress: ReportProgress | None, percent: int) -> None:
    """``progress.step(percent)``, or nothing when the caller follows no progress."""
    if progress is not None:
        progress.step(percent)
