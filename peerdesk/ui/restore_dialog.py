"""Restore from a backup: pick the file, see what it is, unlock it, put it in place.

Three situations (:class:`RestoreMode`): a new or replaced computer with an empty data folder,
a data folder whose site cannot be opened any more, and a coordinator replacing the data of
the site they are signed in to. In the first two the dialog installs the backup itself; in
the third it prepares it and hands a :class:`ReplaceRequest` on (``replace_ready``), because
the site must be closed first, which only the app flow can do.

Every step runs on the task runner: reading the file through (its checksums) before anything
is asked, then unpacking, unlocking and checking it in a staging folder (with Cancel), then
the swap (no Cancel: a few renames).
"""

from __future__ import annotations

import threading
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from peerdesk.ui.restore_boxes import BackupFileBox, ConfirmBox, SecretBox
from peerdesk.ui.restore_texts import (
    ReplaceRequest,
    after_text,
    failure_text,
    record_lines,
    restored_sentence,
)
from peerdesk.ui.task_runner import Runner
from peerdesk.ui.widgets import (
    OK_STYLE,
    grow_to_fit,
    heading_label,
    message_label,
    paragraph,
    set_message,
)

if TYPE_CHECKING:
    from peerdesk.services.restore import PreparedRestore, RestoreResult
    from peerdesk.services.restore_preview import BackupPreview

FILE_REASONS = frozenset({"not_a_backup", "damaged", "too_new"})
SECRET_REASONS = frozenset({"wrong_secret", "not_allowed"})


class RestoreMode(Enum):
    """Why the restore is made, which decides what it may replace and who installs it."""

    EMPTY = "empty"  #: a data folder with no site (a new or replaced computer)
    DAMAGED = "damaged"  #: a site that cannot be opened: its files are moved aside
    REPLACE = "replace"  #: a signed-in coordinator replaces the site's data


class _Progress(QObject):
    """Carries progress from the worker thread to the dialog (a queued signal)."""

    moved = Signal(int)


class RestoreDialog(QDialog):
    """Choose a ``.pdbackup``, check it, unlock it and restore it.

    Signals:
        restored: ``RestoreResult`` once the backup is in place (empty or damaged folder).
        replace_ready: a :class:`ReplaceRequest` once the backup is checked and unlocked
            (``REPLACE`` mode); the dialog then closes and the receiver installs it.

    Args:
        runner: where the work runs.
        data_dir: the data folder to restore into.
        mode: see :class:`RestoreMode`.
        username: filled in as the coordinator's name (the person signed in).
    """

    restored = Signal(object)
    replace_ready = Signal(object)

    def __init__(
        self,
        runner: Runner,
        data_dir: Path,
        mode: RestoreMode = RestoreMode.EMPTY,
        username: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self._data_dir = Path(data_dir)
        self.mode = mode
        self.preview: BackupPreview | None = None
        self.restore_result: RestoreResult | None = None
        self._busy = False
        self._close_when_stopped = False
        self._cancel = threading.Event()
        self._progress = _Progress(self)
        self.setWindowTitle(self.tr("Restore from a backup"))
        self.setModal(True)
        self.setMinimumWidth(680)

        self.heading = heading_label(self.tr("Restore from a backup"), scale=1.4)
        self.intro = paragraph(self._intro_text())
        self.file_box = BackupFileBox()
        self.file_box.choose_button.clicked.connect(self.choose_and_check)
        self.secret_box = SecretBox(username)
        self.replace_box = ConfirmBox(self._data_dir, signed_in=mode is RestoreMode.REPLACE)
        self.replace_box.setVisible(mode is not RestoreMode.EMPTY)
        self.progress_bar = QProgressBar()
        self.progress_bar.setRange(0, 100)
        self.progress_bar.setAccessibleName(self.tr("Restore progress"))
        self.progress_bar.setVisible(False)
        self._progress.moved.connect(self.progress_bar.setValue)
        self.status_label = message_label(style="")
        self.error_label = message_label()
        self.done_label = message_label(style=OK_STYLE)
        self.records = QWidget()
        self.records_form = QFormLayout(self.records)
        self.records_form.setContentsMargins(12, 0, 0, 0)
        self.records.setVisible(False)
        self.after_label = message_label(style="")
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel the restore"))
        self.cancel_button.clicked.connect(self.reject)
        self.restore_button = QPushButton(self._restore_button_text())
        self.restore_button.setDefault(True)
        self.restore_button.clicked.connect(self.start_restore)
        self.close_button = QPushButton(self.tr("Go to sign-in"))
        self.close_button.clicked.connect(self.accept)
        self.close_button.setVisible(False)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.cancel_button, self.restore_button, self.close_button):
            buttons.addWidget(button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        for widget in (self.file_box, self.secret_box, self.replace_box):
            layout.addWidget(widget)
        layout.addWidget(self.progress_bar)
        layout.addWidget(self.status_label)
        layout.addWidget(self.error_label)
        layout.addWidget(self.done_label)
        layout.addWidget(self.records)
        layout.addWidget(self.after_label)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self._show_preview(None)

    # --- building ----------------------------------------------------------------------------
    def _intro_text(self) -> str:
        if self.mode is RestoreMode.REPLACE:
            return self.tr(
                "This replaces everything in peerdesk on this computer with the contents of a "
                "backup. Anything entered since that backup was made is no longer shown."
            )
        if self.mode is RestoreMode.DAMAGED:
            return self.tr(
                "peerdesk cannot open the data on this computer. A backup brings the site "
                "back as it was when the backup was made."
            )
        return self.tr(
            "Bring a site back on this computer from a backup file (a .pdbackup file, on a "
            "drive or in a folder). It is locked: you need the recovery code printed at setup "
            "or a coordinator's passphrase."
        )

    def _restore_button_text(self) -> str:
        if self.mode is RestoreMode.EMPTY:
            return self.tr("&Restore")
        return self.tr("&Replace with this backup")

    # --- choosing and checking the file ------------------------------------------------------
    def choose_file(self) -> Path | None:
        """Ask for the backup file (tests replace this or ``QFileDialog.getOpenFileName``)."""
        name, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose the backup file"),
            "",
            self.tr("peerdesk backups (*.pdbackup);;All files (*)"),
        )
        return Path(name) if name else None

    def choose_and_check(self) -> None:
        """Ask for a file, then check it."""
        path = self.choose_file()
        if path is not None:
            self.set_file(path)

    def set_file(self, path: Path) -> None:
        """Read ``path`` through on the worker and show what it is (nothing is written)."""
        from peerdesk.services.restore_preview import preview_backup

        self.file_box.set_path(path)
        self._show_preview(None)
        self._clear_messages()
        progress, cancel = self._progress, self._cancel
        self._begin(self.tr("Checking the backup file…"))
        self._runner.run(
            lambda: preview_backup(
                path,
                progress=lambda done, total: progress.moved.emit(done * 100 // max(1, total)),
                cancel=cancel.is_set,
            ),
            on_done=self._previewed,
            on_error=self._failed,
            owner=self,
        )

    def _previewed(self, preview: BackupPreview) -> None:
        self._end()
        self._show_preview(preview)
        grow_to_fit(self)
        self.secret_box.focus_field()  # the choose button was disabled while checking

    def _show_preview(self, preview: BackupPreview | None) -> None:
        self.preview = preview
        self.file_box.show_preview(preview)
        ready = preview is not None and not self._busy
        for widget in (self.secret_box, self.replace_box, self.restore_button):
            widget.setEnabled(ready)

    # --- restoring ---------------------------------------------------------------------------
    def _confirmed(self) -> bool:
        return self.mode is RestoreMode.EMPTY or self.replace_box.confirmed()

    def start_restore(self) -> None:
        """Check the fields, then unpack, unlock and check the backup on the worker."""
        from peerdesk.services.restore import prepare_restore

        if self._busy or self.preview is None:
            return
        self._clear_messages()
        secret = self.secret_box.secret()
        if secret is None or not self._confirmed():
            grow_to_fit(self)
            return
        path, data_dir = self.preview.path, self._data_dir
        replace = self.mode is not RestoreMode.EMPTY
        progress, cancel = self._progress, self._cancel
        self.secret_box.passphrase_edit.clear()
        self._begin(self.tr("Unpacking and checking the backup…"))
        self._runner.run(
            lambda: prepare_restore(
                path,
                data_dir,
                secret,
                replace=replace,
                progress=lambda done, total: progress.moved.emit(done * 100 // max(1, total)),
                cancel=cancel.is_set,
            ),
            on_done=self._prepared,
            on_error=self._failed,
            owner=self,
        )

    def _prepared(self, prepared: PreparedRestore) -> None:
        if self._close_when_stopped:  # closed while the last step ran: forget it
            ReplaceRequest(prepared).discard()
            self._end()
            super().reject()
            return
        if self.mode is RestoreMode.REPLACE:
            self._end()
            self.replace_ready.emit(ReplaceRequest(prepared))
            self.accept()
            return
        from peerdesk.services.restore import install_restore

        self.cancel_button.setEnabled(False)  # the swap is not cancelled halfway
        set_message(self.status_label, self.tr("Putting the backup in place…"))
        self._runner.run(
            lambda: install_restore(prepared),
            on_done=lambda result: self._installed(prepared, result),
            on_error=self._failed,
            owner=self,
        )

    def _installed(self, prepared: PreparedRestore, result: RestoreResult) -> None:
        self._end()
        self.restore_result = result
        replaced = str(result.replaced_dir) if result.replaced_dir is not None else ""
        set_message(self.done_label, restored_sentence(prepared.summary, result.backed_up_at))
        for label, count in record_lines(prepared.summary):
            self.records_form.addRow(label + ":", QLabel(str(count)))
        self.records.setVisible(True)
        set_message(self.after_label, after_text(replaced))
        for widget in (self.file_box, self.secret_box, self.replace_box):
            widget.setVisible(False)
        self.intro.setVisible(False)
        self.heading.setText(self.tr("The backup is restored"))
        self.cancel_button.setVisible(False)
        self.restore_button.setVisible(False)
        self.close_button.setVisible(True)
        self.close_button.setDefault(True)
        self.close_button.setFocus()
        self.setMinimumHeight(0)
        self.adjustSize()
        self.restored.emit(result)

    def _failed(self, exc: Exception) -> None:
        from peerdesk.services.backup_archive import BackupError

        self._end()
        if self._close_when_stopped:
            super().reject()
            return
        text = failure_text(exc)
        reason = exc.reason if isinstance(exc, BackupError) else ""
        if reason == "cancelled":
            set_message(self.status_label, text)
        elif reason in FILE_REASONS:
            self._show_preview(None)
            set_message(self.file_box.error, text)
        elif reason in SECRET_REASONS:
            set_message(self.secret_box.error, text)
        else:
            set_message(self.error_label, text)
        self._show_preview(self.preview)
        grow_to_fit(self)
        if reason in SECRET_REASONS:
            self.secret_box.focus_field()  # type it again: it was disabled while checking
        elif reason in FILE_REASONS:
            self.file_box.choose_button.setFocus()

    # --- busy state, closing -----------------------------------------------------------------
    def _begin(self, status: str) -> None:
        self._busy = True
        self._cancel.clear()
        self.progress_bar.setValue(0)
        self.progress_bar.setVisible(True)
        set_message(self.status_label, status)
        for widget in (self.file_box.choose_button, self.secret_box, self.replace_box):
            widget.setEnabled(False)
        self.restore_button.setEnabled(False)

    def _end(self) -> None:
        self._busy = False
        self.progress_bar.setVisible(False)
        set_message(self.status_label, "")
        self.file_box.choose_button.setEnabled(True)
        self.cancel_button.setEnabled(True)
        self._show_preview(self.preview)

    def _clear_messages(self) -> None:
        boxes = (self.file_box, self.secret_box, self.replace_box)
        for label in (*(box.error for box in boxes), self.error_label):
            set_message(label, "")
        set_message(self.status_label, "")

    @property
    def busy(self) -> bool:
        """Whether a check or a restore is running."""
        return self._busy

    def reject(self) -> None:
        """Cancel: stops the check or the unpacking (the dialog closes once it has stopped);
        nothing is stopped during the swap itself."""
        if not self._busy:
            super().reject()
            return
        if self.cancel_button.isEnabled():
            self._cancel.set()
            self._close_when_stopped = True
            set_message(self.status_label, self.tr("Cancelling…"))

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._busy:
            event.ignore()
            self.reject()
            return
        super().closeEvent(event)
