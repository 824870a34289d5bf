"""Sync: the sites this one exchanges bundles with, writing and importing bundles on removable
media (an import shows what it will change first), the conflicts a person settles, and the
possible duplicates an import found."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from peerdesk.domain.roles import Action
from peerdesk.services.sync_progress import SyncCancelled
from peerdesk.ui.app_events import GROUPS, KEYS, MATCHES, MENTORS, PARTICIPANTS, SESSIONS, SYNC
from peerdesk.ui.flow_layout import FlowLayout
from peerdesk.ui.messages import error_text
from peerdesk.ui.sync_conflicts_tab import ConflictsTab
from peerdesk.ui.sync_duplicates_tab import DuplicatesTab
from peerdesk.ui.sync_job_bar import Job, SyncJobBar
from peerdesk.ui.sync_labels import stored_text
from peerdesk.ui.sync_models import (
    ConflictTableModel,
    PeerTableModel,
)
from peerdesk.ui.sync_preview_panel import ImportPreviewPanel
from peerdesk.ui.table_views import row_table
from peerdesk.ui.whole_text import keep_whole
from peerdesk.ui.widgets import (
    OK_STYLE,
    heading_label,
    hint_label,
    message_label,
    set_message,
)

if TYPE_CHECKING:
    from peerdesk.services.sync_duplicates import PossibleDuplicate
    from peerdesk.services.sync_import import ImportPreview
    from peerdesk.services.sync_progress import SyncProgress
    from peerdesk.services.sync_service import (
        Conflict,
        ExportResult,
        ImportResult,
        PeerStatus,
        SyncStatus,
    )
    from peerdesk.ui.session import UiSession

__all__ = ["ConflictTableModel", "PeerTableModel", "SyncSection", "shown_value"]
Loaded = tuple["SyncStatus", Sequence["Conflict"], Sequence["PossibleDuplicate"]]


def show_rows(table: QTableView, rows: int) -> None:
    """Keep ``table`` tall enough for its header and ``rows`` rows (more scroll inside it)."""
    header = table.horizontalHeader().sizeHint().height()
    row = table.verticalHeader().defaultSectionSize()
    table.setMinimumHeight(header + rows * row + 2 * table.frameWidth())


def shown_value(stored: str) -> str:
    """A conflict's value as a person reads it (they are kept as JSON): text without quotes,
    an empty value as a dash."""
    return stored_text("", "", stored)


class SyncSection(QWidget):
    """Write a bundle for a site onto a drive, import one, and settle what imports found.

    Writing reads the bundle back before saying it is safe to remove the drive; importing
    first shows what the bundle will change. Emits ``open_participant_requested(id)``.

    Args:
        session: the signed-in session.
    """

    open_participant_requested = Signal(str)

    def __init__(self, session: UiSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._loaded = False
        self._busy = False
        self._refocus = False  # the preview closed with the focus in it: give it back
        self._pending: Path | None = None
        services = session.services
        self._service = services.sync
        self._preview_service = services.sync_preview
        self._duplicates = services.sync_duplicates
        self.peer_model = PeerTableModel(self)
        self.peer_table = row_table(self.peer_model, self.tr("Sites"))
        self.peer_table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.export_button = QPushButton(self.tr("Write bundle for this site…"))
        self.export_button.clicked.connect(self.export_bundle)
        self.export_button.setVisible(session.may(Action.BUNDLE_EXPORT))
        self.import_button = QPushButton(self.tr("Import a bundle…"))
        self.import_button.clicked.connect(self.import_bundle)
        self.import_button.setVisible(session.may(Action.BUNDLE_IMPORT))
        self.job_bar = SyncJobBar()
        self.progress = self.job_bar.bar
        self.stop_button = self.job_bar.cancel_button
        self.result = message_label(style=OK_STYLE)
        self.error = message_label()
        self.job_bar.cancel_requested.connect(
            lambda: set_message(self.result, self.tr("Cancelling…"))
        )
        buttons = FlowLayout(align_right=True)  # more lines when narrow (200 % text)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.export_button)
        sites_tab = QWidget()
        sites = QVBoxLayout(sites_tab)
        show_rows(self.peer_table, 3)  # squeezed to its header when the preview opened
        sites.addWidget(self.peer_table, 1)
        explain = hint_label(
            self.tr(
                "A bundle carries every change the site has not yet acknowledged, for the "
                "participants whose consent names that site. If a drive is lost, the next "
                "bundle carries the same changes again."
            )
        )
        keep_whole(explain)
        sites.addWidget(explain)
        sites.addWidget(self._build_preview())
        sites.addWidget(self.job_bar)
        sites.addWidget(self.result)
        sites.addWidget(self.error)
        sites.addLayout(buttons)

        self.conflicts = ConflictsTab(session)
        self.conflict_model = self.conflicts.model
        self.conflict_table = self.conflicts.table
        self.keep_ours_button = self.conflicts.keep_ours_button
        self.keep_theirs_button = self.conflicts.keep_theirs_button
        self.conflict_error = self.conflicts.error

        self.duplicates = DuplicatesTab(session)
        self.duplicates.open_participant_requested.connect(self.open_participant_requested)
        self.tabs = QTabWidget()
        self.tabs.addTab(sites_tab, self.tr("Sites"))
        self.conflicts_index = self.tabs.addTab(self.conflicts, self.tr("Conflicts"))
        self.duplicates_index = self.tabs.addTab(self.duplicates, self.tr("Possible duplicates"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(heading_label(self.tr("Sync")))
        layout.addWidget(self.tabs, 1)
        session.events.changed.connect(self._on_changed)
        self._update_buttons()

    def _build_preview(self) -> ImportPreviewPanel:
        """The panel that shows what an import will change, with Import and Cancel."""
        self.preview_frame = ImportPreviewPanel()
        self.preview_text = self.preview_frame.text
        self.preview_model = self.preview_frame.model
        self.preview_table = self.preview_frame.table
        self.apply_button = self.preview_frame.apply_button
        self.apply_button.clicked.connect(self.apply_import)
        self.cancel_button = self.preview_frame.cancel_button
        self.cancel_button.clicked.connect(self.cancel_import)
        return self.preview_frame

    def _on_changed(self, what: frozenset[str]) -> None:
        # A site trusted or revoked in Administration, a bundle imported, a merge: read again.
        if self._loaded and (KEYS in what or SYNC in what) and not self._busy:
            self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        if not self._loaded:
            self._loaded = True
            self.reload()
        super().showEvent(event)

    # --- reading ---------------------------------------------------------------------------
    def reload(self) -> None:
        """Read the sites' status, the open conflicts and the possible duplicates."""
        s, service, duplicates = self._session, self._service, self._duplicates

        def read() -> Loaded:
            return (
                service.status(s.actor),
                service.list_conflicts(s.actor),
                duplicates.list_duplicates(s.actor),
            )

        s.runner.run(read, on_done=self._loaded_status, on_error=self._show_error, owner=self)

    def _loaded_status(self, result: Loaded) -> None:
        status, conflicts, duplicates = result
        self.peer_model.set_rows(status.peers)
        self.conflicts.set_rows(conflicts)
        self.duplicates.set_rows(duplicates)
        self.peer_table.resizeColumnsToContents()
        if status.peers:
            self.peer_table.selectRow(0)
        for index, name, rows in (
            (self.conflicts_index, self.tr("Conflicts"), conflicts),
            (self.duplicates_index, self.tr("Possible duplicates"), duplicates),
        ):
            self.tabs.setTabText(index, f"{name} ({len(rows)})" if rows else name)
        self._update_buttons()

    def _selected_peer(self) -> PeerStatus | None:
        rows = self.peer_table.selectionModel().selectedRows()
        return self.peer_model.row(rows[0].row()) if rows else None

    def _update_buttons(self, *_args: object) -> None:
        idle = not self._busy
        previewing = self._pending is not None
        self.export_button.setEnabled(idle and not previewing and self._selected_peer() is not None)
        self.import_button.setEnabled(idle and not previewing)
        self.apply_button.setEnabled(idle and previewing)
        self.cancel_button.setEnabled(idle and previewing)
        self.conflicts.set_blocked(self._busy)

    # --- choosing files (replaced in tests) -------------------------------------------------
    def choose_folder(self) -> Path | None:
        """Ask for the drive or folder to write to."""
        folder = QFileDialog.getExistingDirectory(self, self.tr("Write the bundle to"))
        return Path(folder) if folder else None

    def choose_bundle(self) -> Path | None:
        """Ask for the bundle file to import."""
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import a bundle"), "", self.tr("peerdesk bundles (peerdesk-*.zip)")
        )
        return Path(name) if name else None

    # --- writing and importing --------------------------------------------------------------
    def _start(self, job: Job) -> SyncProgress:
        """Show the progress bar and its Cancel; returns the progress the job reports to."""
        had_focus = self.export_button.hasFocus() or self.import_button.hasFocus()
        self._busy = True
        set_message(self.result, "")
        set_message(self.error, "")
        progress = self.job_bar.start(job)
        self._update_buttons()
        if had_focus:  # the button pressed is disabled now: Space on Cancel stops the job
            self.stop_button.setFocus()
        return progress

    def _finish(self) -> bool:
        """Hide the progress bar; returns whether the job was cancelled."""
        if self.job_bar.holds_focus():
            self._refocus = True
        self._busy = False
        cancelled = self.job_bar.finish()
        self._update_buttons()
        self._give_focus_back()
        return cancelled

    def _give_focus_back(self) -> None:
        # A hidden or disabled button loses the focus: a keyboard user would start over.
        if self._refocus and self.import_button.isEnabled():
            self._refocus = False
            self.import_button.setFocus()

    def export_bundle(self) -> None:
        """Write the next bundle for the selected site, read it back, then say it is safe."""
        peer = self._selected_peer()
        if peer is None or self._busy:
            return
        folder = self.choose_folder()
        if folder is None:
            return
        s, service = self._session, self._service
        progress = self._start("export")
        s.runner.run(
            lambda: service.export_bundle(s.actor, peer.site_id, folder, progress=progress),
            on_done=self._exported,
            on_error=lambda exc: self._failed(exc, "export"),
            owner=self,
        )

    def _exported(self, result: ExportResult) -> None:
        self._finish()
        set_message(
            self.result,
            self.tr("Bundle #%1 written and checked: %2. It is safe to remove the drive.")
            .replace("%1", str(result.sequence))
            .replace("%2", result.path.name),
        )
        self.reload()

    def import_bundle(self) -> None:
        """Check a bundle and show what importing it will change (nothing is written yet)."""
        if self._busy or self._pending is not None:
            return
        path = self.choose_bundle()
        if path is None:
            return
        s, service = self._session, self._preview_service
        progress = self._start("check")
        s.runner.run(
            lambda: service.preview(s.actor, path, progress=progress),
            on_done=lambda preview: self._previewed(path, preview),
            on_error=lambda exc: self._failed(exc, "check"),
            owner=self,
        )

    def _previewed(self, path: Path, preview: ImportPreview) -> None:
        if self._finish():  # cancelled after its last step: nothing was written anyway
            self._cancelled("check")
            return
        if preview.already_imported:
            set_message(
                self.result,
                self.tr("Bundle #%1 was already imported; nothing changed.").replace(
                    "%1", str(preview.sequence)
                ),
            )
            return
        self._pending = path
        self.preview_frame.show_preview(preview)
        self._update_buttons()
        self.apply_button.setFocus()

    def cancel_import(self) -> None:
        """Drop the previewed bundle: nothing is imported."""
        self._close_preview()
        self._update_buttons()
        self._give_focus_back()

    def _close_preview(self) -> None:
        self._pending = None
        focused = QApplication.focusWidget()
        if focused is not None and self.preview_frame.isAncestorOf(focused):
            self._refocus = True
        self.preview_frame.setVisible(False)

    def apply_import(self) -> None:
        """Import the previewed bundle (its checks run again)."""
        path = self._pending
        if path is None or self._busy:
            return
        self._close_preview()  # the focus comes back when the import ends
        s, service = self._session, self._service
        progress = self._start("import")
        s.runner.run(
            lambda: service.import_bundle(s.actor, path, progress=progress),
            on_done=self._imported,
            on_error=self._failed,
            owner=self,
        )

    def _imported(self, result: ImportResult) -> None:
        self._finish()
        if result.already_imported:
            text = self.tr("Bundle #%1 was already imported; nothing changed.").replace(
                "%1", str(result.sequence)
            )
        else:
            text = (
                self.tr(
                    "Bundle #%1 imported. New records: %2. Updated records: %3. "
                    "Conflicts to review: %4."
                )
                .replace("%1", str(result.sequence))
                .replace("%2", str(result.inserted))
                .replace("%3", str(result.updated))
                .replace("%4", str(result.conflicts))
            )
            if result.duplicates:
                text += " " + self.tr(
                    "People who may already be on file: %1 (see Possible duplicates)."
                ).replace("%1", str(len(result.duplicates)))
            if result.settled:
                text += " " + self.tr(
                    "Conflicts settled at the other site and closed here: %1."
                ).replace("%1", str(result.settled))
        set_message(self.result, text)
        if result.already_imported:
            self.reload()
        else:  # the announcement reads this screen again too (``_on_changed``)
            self._session.events.announce(SYNC, PARTICIPANTS, MENTORS, MATCHES, GROUPS, SESSIONS)

    def _failed(self, exc: Exception, job: Job = "import") -> None:
        self._finish()
        if isinstance(exc, SyncCancelled):
            self._cancelled(job)
        else:
            self._show_error(exc)

    def _cancelled(self, job: Job) -> None:
        texts = {
            "export": self.tr(
                "Writing the bundle was cancelled. Nothing was written to the drive and "
                "nothing is recorded as sent."
            ),
            "check": self.tr("Checking the bundle was cancelled. Nothing was imported."),
            "import": self.tr(
                "The import was cancelled. Nothing was imported and no record was changed."
            ),
        }
        set_message(self.result, texts[job])

    def _show_error(self, exc: Exception) -> None:
        set_message(self.error, error_text(exc))
