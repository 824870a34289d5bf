"""Administration > Backups: "Back up now..." to a chosen folder, "Restore..." over the site,
and the automatic backups."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, SIGNAL, QLocale, QObject, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from peerdesk.ui.app_events import SETTINGS
from peerdesk.ui.messages import error_text
from peerdesk.ui.row_table_model import RowTableModel
from peerdesk.ui.shown_rows import show_rows
from peerdesk.ui.whole_text import keep_whole
from peerdesk.ui.widgets import ERROR_STYLE, hint_label, message_label, paragraph, set_message

if TYPE_CHECKING:
    from peerdesk.services.backup import BackupResult, BackupService
    from peerdesk.services.backup_files import BackupFile
    from peerdesk.ui.restore_dialog import RestoreDialog
    from peerdesk.ui.session import UiSession

OK_STYLE = "color: #1b5e20; font-weight: bold;"


def size_text(size: int) -> str:
    """A file size in megabytes, written the way the user's language writes numbers."""
    return QLocale().toString(size / 1e6, "f", 1) + " MB"


class BackupTableModel(RowTableModel["BackupFile"]):
    """Automatic backups, newest first."""

    COL_WHEN, COL_SIZE, COL_FILE = range(3)
    CONTEXT = "BackupTableModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("BackupTableModel", "Made"),
        QT_TRANSLATE_NOOP("BackupTableModel", "Size"),
        QT_TRANSLATE_NOOP("BackupTableModel", "File"),
    )

    def cell(self, row: BackupFile, column: int) -> str:
        if column == self.COL_WHEN:
            return row.created_at.astimezone().strftime("%Y-%m-%d %H:%M:%S")
        if column == self.COL_SIZE:
            return size_text(row.size)
        if column == self.COL_FILE:
            return row.path.name
        return ""


class _Progress(QObject):
    """Carries progress from the worker thread to the window (a queued signal)."""

    moved = Signal(int)


def backup_service(session: UiSession) -> BackupService:
    """The session's backup service."""
    return session.services.backups


class BackupTab(QWidget):
    """Make a backup now (folder chooser, progress, cancel), restore one over the site, and
    see the automatic ones.

    ``replace_requested`` carries a ``ReplaceRequest`` (a backup checked and unlocked): the
    app flow must end the session, then install it (see ``restore_entry``).
    """

    replace_requested = Signal(object)

    def __init__(self, session: UiSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._service = backup_service(session)
        self._cancel = threading.Event()
        self._progress = _Progress(self)
        self.explain = paragraph(
            self.tr(
                "A backup is one file holding everything in peerdesk, encrypted. Keep it on a "
                "drive stored apart from this computer. A coordinator's passphrase or the "
                "recovery code printed at setup restores it, on this or another computer."
            )
        )
        self.backup_button = QPushButton(self.tr("&Back up now…"))
        self.backup_button.setAccessibleName(self.tr("Back up now"))
        self.backup_button.clicked.connect(self.back_up_now)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel the backup"))
        self.cancel_button.clicked.connect(self._cancel.set)
        self.cancel_button.setVisible(False)
        self.progress_bar = QProgressBar()
        self.progress_bar.setRange(0, 100)
        self.progress_bar.setAccessibleName(self.tr("Backup progress"))
        self.progress_bar.setVisible(False)
        self._progress.moved.connect(self.progress_bar.setValue)
        self.result_label = message_label(style=OK_STYLE)
        now_row = QHBoxLayout()
        now_row.addWidget(self.backup_button)
        now_row.addWidget(self.progress_bar, 1)
        now_row.addWidget(self.cancel_button)
        now_row.addStretch(0)

        self.restore_heading = QLabel(self.tr("Restore"))
        self.restore_explain = paragraph(
            self.tr(
                "Replace everything in peerdesk with the contents of a backup, for example "
                "after the data was damaged. The data now here is moved aside, not deleted; "
                "you are signed out and peerdesk reopens on the backup's data."
            )
        )
        self.restore_button = QPushButton(self.tr("&Restore from a backup…"))
        self.restore_button.setAccessibleName(self.tr("Restore from a backup"))
        self.restore_button.clicked.connect(self.restore_from_backup)
        self.restore_dialog: RestoreDialog | None = None
        restore_row = QHBoxLayout()
        restore_row.addWidget(self.restore_button)
        restore_row.addStretch(1)

        self.auto_heading = QLabel(self.tr("Automatic backups"))
        font = self.auto_heading.font()
        font.setBold(True)
        self.auto_heading.setFont(font)
        self.restore_heading.setFont(font)
        self.auto_hint = hint_label("")
        self.model = BackupTableModel(self)
        self.table = QTableView()
        self.table.setTabKeyNavigation(False)  # Tab leaves the table
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Automatic backups"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.resizeSection(BackupTableModel.COL_WHEN, 190)
        header.resizeSection(BackupTableModel.COL_SIZE, 110)
        header.setStretchLastSection(True)
        header.setSectionResizeMode(BackupTableModel.COL_FILE, QHeaderView.ResizeMode.Stretch)
        self.empty_label = hint_label(
            self.tr("No automatic backup yet: the first is made when peerdesk closes.")
        )
        self.list_error = message_label()

        layout = QVBoxLayout(self)
        layout.addWidget(self.explain)
        layout.addLayout(now_row)
        layout.addWidget(self.result_label)
        layout.addSpacing(12)
        layout.addWidget(self.restore_heading)
        layout.addWidget(self.restore_explain)
        layout.addLayout(restore_row)
        layout.addSpacing(12)
        layout.addWidget(self.auto_heading)
        layout.addWidget(self.auto_hint)
        layout.addWidget(self.list_error)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.table, 1)
        show_rows(self.table)
        keep_whole(self)  # the paragraphs take more lines at 200 % text: scroll, not overlap
        session.events.changed.connect(self._on_changed)

    # --- backing up now -----------------------------------------------------------------------
    def choose_folder(self) -> Path | None:
        """Ask where to write the backup (tests replace this)."""
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Choose the folder or drive for the backup")
        )
        return Path(folder) if folder else None

    def back_up_now(self) -> None:
        """Ask for a folder, then write and verify the backup there on the worker thread."""
        folder = self.choose_folder()
        if folder is None:
            return
        self._start(folder)

    def _start(self, folder: Path) -> None:
        s = self._session
        service = self._service
        self._cancel.clear()
        set_message(self.result_label, "")
        had_focus = self.backup_button.hasFocus()
        # No restore over the data while it is being copied.
        self.restore_button.setEnabled(False)
        self.backup_button.setEnabled(False)
        self.cancel_button.setVisible(True)
        if had_focus:
            self.cancel_button.setFocus()  # Space cancels; the focus is not lost
        self.progress_bar.setValue(0)
        self.progress_bar.setVisible(True)
        progress, cancel = self._progress, self._cancel

        def work() -> BackupResult:
            return service.create(
                s.actor,
                folder,
                progress=lambda done, total: progress.moved.emit(done * 100 // max(1, total)),
                cancel=cancel.is_set,
            )

        s.runner.run(work, on_done=self._done, on_error=self._failed, owner=self)

    def _finish(self) -> None:
        had_focus = self.cancel_button.hasFocus()
        self.backup_button.setEnabled(True)
        self.restore_button.setEnabled(True)
        if had_focus:
            self.backup_button.setFocus()
        self.cancel_button.setVisible(False)
        self.progress_bar.setVisible(False)

    def _done(self, result: BackupResult) -> None:
        self._finish()
        self.result_label.setStyleSheet(OK_STYLE)
        text = self.tr("Backup written and checked: %1 (%2).")
        set_message(
            self.result_label,
            text.replace("%1", str(result.path)).replace("%2", size_text(result.size)),
        )
        self._session.events.announce()

    def _failed(self, exc: Exception) -> None:
        self._finish()
        self.result_label.setStyleSheet(ERROR_STYLE)
        set_message(self.result_label, self.failure_text(exc))
        self._session.events.announce()

    def failure_text(self, exc: Exception) -> str:
        """What to tell the user about a failed backup, in their language."""
        from peerdesk.services.backup_archive import BackupError

        if not isinstance(exc, BackupError):
            return error_text(exc)
        folder = exc.folder
        texts = {
            "no_space": self.tr(
                "There is not enough free space in %1. Free some space or choose another "
                "folder. No backup file was written."
            ),
            "not_writable": self.tr(
                "peerdesk cannot write to %1: it is read-only or you may not write there. "
                "Choose another folder. No backup file was written."
            ),
            "device": self.tr(
                "The drive holding %1 stopped responding or was removed. Check the drive and "
                "try again. No backup file was written."
            ),
            "no_folder": self.tr(
                "The folder %1 does not exist or is not reachable. No backup file was written."
            ),
            "verify_failed": self.tr(
                "The backup did not read back exactly as written, so it was removed. The "
                "drive may be failing: try another one. No backup file was written."
            ),
            "cancelled": self.tr("The backup was cancelled. No backup file was written."),
        }
        text = texts.get(exc.reason)
        if text is None:
            return self.tr(
                "The backup could not be written (%1). No backup file was written."
            ).replace("%1", exc.reason)
        return text.replace("%1", folder)

    # --- restoring over the site -------------------------------------------------------------
    def restore_from_backup(self) -> RestoreDialog | None:
        """Open the restore dialog for replacing this site's data (returned for tests)."""
        from peerdesk.ui.restore_dialog import RestoreDialog, RestoreMode

        if not self.restore_button.isEnabled():
            return None  # a backup is being written
        if not self.receivers(SIGNAL("replace_requested(PyObject)")):
            # Nothing here can close the site to install a backup: say how to do it instead.
            QMessageBox.information(
                self,
                self.tr("Restore from a backup"),
                self.tr(
                    "To restore over this site, close peerdesk and run: peerdesk restore "
                    "FILE --replace"
                ),
            )
            return None
        dialog = RestoreDialog(
            self._session.runner,
            self._service.store.paths.root,
            RestoreMode.REPLACE,
            username=self._session.actor.username,
            parent=self,
        )
        dialog.replace_ready.connect(self.replace_requested)
        dialog.finished.connect(dialog.deleteLater)
        self.restore_dialog = dialog
        dialog.open()
        return dialog

    # --- automatic backups --------------------------------------------------------------------
    def reload(self) -> None:
        """Read the list of automatic backups and how many are kept."""
        s = self._session
        service = self._service

        def read() -> tuple[list[BackupFile], int, Path]:
            return (
                service.automatic_backups(s.actor),
                s.services.settings.get("backups_to_keep"),
                service.automatic_folder(),
            )

        s.runner.run(
            read,
            on_done=self._loaded,
            on_error=lambda exc: set_message(self.list_error, error_text(exc)),
            owner=self,
        )

    def _loaded(self, result: tuple[list[BackupFile], int, Path]) -> None:
        files, keep, folder = result
        set_message(self.list_error, "")
        self.model.set_rows(files)
        self.empty_label.setVisible(not files)
        if keep > 0:
            text = self.tr(
                "peerdesk backs up by itself each time it closes and keeps the newest %1, in "
                "%2. Change how many under Settings."
            )
        else:
            text = self.tr("Automatic backups are off. Turn them on under Settings.")
        self.auto_hint.setText(text.replace("%1", str(keep)).replace("%2", str(folder)))
        layout = self.layout()
        if layout is not None:
            layout.activate()  # the wrapped hint gets its height now, not at the next event

    def _on_changed(self, what: frozenset[Any]) -> None:
        if SETTINGS in what and self.isVisible():
            self.reload()
