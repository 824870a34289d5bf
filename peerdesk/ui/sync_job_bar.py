"""The progress of writing, checking or importing a bundle, with Cancel until the point of no
return (the bundle renamed into place on the drive, the import's commit starting).

The job runs on the worker thread and reports through a :class:`SyncProgress`; its steps and
its passing the point of no return reach this bar as signals, so the bar and the button are
only touched on the GUI thread.
"""

from __future__ import annotations

from typing import Literal

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QProgressBar, QPushButton, QWidget

from peerdesk.services.sync_progress import SyncProgress
from peerdesk.ui.report_job import ProgressRelay

Job = Literal["export", "check", "import"]


class _Relay(ProgressRelay):
    """A report's progress relay, plus the job passing its point of no return."""

    passed = Signal()


class SyncJobBar(QWidget):
    """A progress bar and its Cancel button; hidden while no job runs.

    Emits ``cancel_requested`` when a cancel is accepted (the job stops at its next step).
    """

    cancel_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._job: SyncProgress | None = None
        self.bar = QProgressBar()
        self.bar.setRange(0, 100)
        self.bar.setAccessibleName(self.tr("Progress"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.cancel)
        self.relay = _Relay(self)
        self.relay.stepped.connect(self.bar.setValue)
        self.relay.passed.connect(self._passed)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.bar, 1)
        row.addWidget(self.cancel_button)
        self.setVisible(False)

    @property
    def job(self) -> SyncProgress | None:
        """The job's progress while one runs."""
        return self._job

    def start(self, job: Job) -> SyncProgress:
        """Show the bar at 0 % with Cancel enabled; returns the progress to hand the job."""
        names = {
            "export": self.tr("Cancel writing the bundle"),
            "check": self.tr("Cancel checking the bundle"),
            "import": self.tr("Cancel the import"),
        }
        self.cancel_button.setAccessibleName(names[job])
        self.cancel_button.setToolTip("")
        self.cancel_button.setEnabled(True)
        self._job = SyncProgress(self.relay.stepped.emit, self.relay.passed.emit)
        self.bar.setValue(0)
        self.setVisible(True)
        return self._job

    def cancel(self) -> None:
        """Ask the job to stop (refused once past its point of no return)."""
        job = self._job
        if job is None or not self.cancel_button.isEnabled():
            return
        self._disable_cancel()
        if job.cancel():
            self.cancel_requested.emit()

    def holds_focus(self) -> bool:
        """Whether the keyboard focus is on the bar or its button."""
        return self.cancel_button.hasFocus() or self.bar.hasFocus()

    def finish(self) -> bool:
        """Hide the bar; returns whether the job ended cancelled (a cancel was accepted)."""
        job, self._job = self._job, None
        self.setVisible(False)
        return job is not None and job.cancelled

    def _disable_cancel(self) -> None:
        # A disabled button loses the focus to the next control (the tabs): the bar keeps it,
        # and the screen gives it back when the job ends.
        if self.cancel_button.hasFocus():
            self.bar.setFocus()
        self.cancel_button.setEnabled(False)

    def _passed(self) -> None:
        self._disable_cancel()
        self.cancel_button.setToolTip(
            self.tr("Too late to cancel: the work is being completed and checked.")
        )
