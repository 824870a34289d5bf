"""Sync: the sites this one exchanges bundles with, writing and importing bundles on removable
media, and the conflicts a person settles."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QProgressBar,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from peerdesk.domain.roles import Action
from peerdesk.ui.app_events import (
    GROUPS,
    KEYS,
    MATCHES,
    MENTORS,
    PARTICIPANTS,
    SESSIONS,
    SYNC,
)
from peerdesk.ui.messages import error_text, kind_label
from peerdesk.ui.report_job import ProgressRelay
from peerdesk.ui.row_table_model import RowTableModel
from peerdesk.ui.table_views import row_table
from peerdesk.ui.widgets import OK_STYLE, heading_label, hint_label, message_label, set_message

if TYPE_CHECKING:
    from peerdesk.services.sync_service import (
        Conflict,
        ExportResult,
        ImportResult,
        PeerStatus,
        SyncService,
        SyncStatus,
    )
    from peerdesk.ui.session import UiSession


class PeerTableModel(RowTableModel["PeerStatus"]):
    """One line per trusted site: bundles sent and received, changes waiting, conflicts."""

    CONTEXT: ClassVar[str] = "PeerTableModel"
    HEADERS: ClassVar[tuple[str, ...]] = (
        QT_TRANSLATE_NOOP("PeerTableModel", "Site"),
        QT_TRANSLATE_NOOP("PeerTableModel", "Kind"),
        QT_TRANSLATE_NOOP("PeerTableModel", "Last bundle sent"),
        QT_TRANSLATE_NOOP("PeerTableModel", "Last bundle received"),
        QT_TRANSLATE_NOOP("PeerTableModel", "Changes not yet acknowledged"),
        QT_TRANSLATE_NOOP("PeerTableModel", "Conflicts"),
    )

    def cell(self, row: PeerStatus, column: int) -> str:
        values = (
            row.site_name,
            kind_label(row.site_kind),
            f"#{row.last_sent_sequence}" if row.last_sent_sequence else "",
            f"#{row.last_received_sequence}" if row.last_received_sequence else "",
            str(row.pending_changes),
            str(row.open_conflicts),
        )
        return values[column]


class ConflictTableModel(RowTableModel["Conflict"]):
    """A field both sites changed: the value kept and the other site's value."""

    CONTEXT: ClassVar[str] = "ConflictTableModel"
    HEADERS: ClassVar[tuple[str, ...]] = (
        QT_TRANSLATE_NOOP("ConflictTableModel", "Record"),
        QT_TRANSLATE_NOOP("ConflictTableModel", "Field"),
        QT_TRANSLATE_NOOP("ConflictTableModel", "Value kept"),
        QT_TRANSLATE_NOOP("ConflictTableModel", "Other site's value"),
        QT_TRANSLATE_NOOP("ConflictTableModel", "Found"),
    )

    def cell(self, row: Conflict, column: int) -> str:
        values = (
            f"{row.table_name} {row.record_id[:8]}",
            row.field,
            shown_value(row.kept_value),
            shown_value(row.other_value),
            row.detected_at[:10],
        )
        return values[column]


def shown_value(stored: str) -> str:
    """A conflict's value as a person reads it (they are kept as JSON): text without quotes,
    an empty value as a dash."""
    try:
        value = json.loads(stored)
    except ValueError:
        return stored
    if value is None or value == "":
        return "—"
    return value if isinstance(value, str) else json.dumps(value)


class SyncSection(QWidget):
    """Write a bundle for a site onto a drive, import one, and settle conflicts.

    Writing reads the bundle back before saying it is safe to remove the drive.

    Args:
        session: the signed-in session.
    """

    def __init__(self, session: UiSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._loaded = False
        self._busy = False
        from peerdesk.services.sync_service import SyncService

        self._service: SyncService = SyncService(session.services.participants.store)
        self.peer_model = PeerTableModel(self)
        self.peer_table = row_table(self.peer_model, self.tr("Sites"))
        self.peer_table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.export_button = QPushButton(self.tr("Write bundle for this site…"))
        self.export_button.clicked.connect(self.export_bundle)
        self.export_button.setVisible(session.may(Action.BUNDLE_EXPORT))
        self.import_button = QPushButton(self.tr("Import a bundle…"))
        self.import_button.clicked.connect(self.import_bundle)
        self.import_button.setVisible(session.may(Action.BUNDLE_IMPORT))
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setVisible(False)
        self.progress.setAccessibleName(self.tr("Progress"))
        self.relay = ProgressRelay(self)
        self.relay.stepped.connect(self.progress.setValue)
        self.result = message_label(style=OK_STYLE)
        self.error = message_label()
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.export_button)
        sites_tab = QWidget()
        sites = QVBoxLayout(sites_tab)
        sites.addWidget(self.peer_table, 1)
        sites.addWidget(
            hint_label(
                self.tr(
                    "A bundle carries every change the site has not yet acknowledged, for the "
                    "participants whose consent names that site. If a drive is lost, the next "
                    "bundle carries the same changes again."
                )
            )
        )
        sites.addWidget(self.progress)
        sites.addWidget(self.result)
        sites.addWidget(self.error)
        sites.addLayout(buttons)

        self.conflict_model = ConflictTableModel(self)
        self.conflict_table = row_table(self.conflict_model, self.tr("Conflicts"))
        self.conflict_table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.keep_ours_button = QPushButton(self.tr("Keep the value kept"))
        self.keep_ours_button.clicked.connect(lambda: self.resolve("ours"))
        self.keep_theirs_button = QPushButton(self.tr("Use the other site's value"))
        self.keep_theirs_button.clicked.connect(lambda: self.resolve("theirs"))
        may_resolve = session.may(Action.CONFLICT_RESOLVE)
        conflict_buttons = QHBoxLayout()
        conflict_buttons.addStretch(1)
        for button in (self.keep_ours_button, self.keep_theirs_button):
            button.setVisible(may_resolve)
            conflict_buttons.addWidget(button)
        self.conflict_error = message_label()
        conflicts_tab = QWidget()
        conflicts = QVBoxLayout(conflicts_tab)
        conflicts.addWidget(self.conflict_table, 1)
        conflicts.addWidget(
            hint_label(
                self.tr(
                    "Both sites changed these fields since their last exchange. The later "
                    "change was kept; choose which value the record should hold."
                )
            )
        )
        conflicts.addWidget(self.conflict_error)
        conflicts.addLayout(conflict_buttons)

        self.tabs = QTabWidget()
        self.tabs.addTab(sites_tab, self.tr("Sites"))
        self.conflicts_index = self.tabs.addTab(conflicts_tab, self.tr("Conflicts"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(heading_label(self.tr("Sync")))
        layout.addWidget(self.tabs, 1)
        session.events.changed.connect(self._on_changed)
        self._update_buttons()

    def _on_changed(self, what: frozenset[str]) -> None:
        # A site trusted or revoked in Administration, or a bundle imported: read again.
        if self._loaded and (KEYS in what or SYNC in what) and not self._busy:
            self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        if not self._loaded:
            self._loaded = True
            self.reload()
        super().showEvent(event)

    # --- reading ---------------------------------------------------------------------------
    def reload(self) -> None:
        """Read the sites' status and the open conflicts."""
        s, service = self._session, self._service

        def read() -> tuple[SyncStatus, tuple[Conflict, ...]]:
            return service.status(s.actor), service.list_conflicts(s.actor)

        s.runner.run(read, on_done=self._loaded_status, on_error=self._show_error, owner=self)

    def _loaded_status(self, result: tuple[SyncStatus, Sequence[Conflict]]) -> None:
        status, conflicts = result
        self.peer_model.set_rows(status.peers)
        self.conflict_model.set_rows(conflicts)
        self.peer_table.resizeColumnsToContents()
        self.conflict_table.resizeColumnsToContents()
        if status.peers:
            self.peer_table.selectRow(0)
        if conflicts:
            self.conflict_table.selectRow(0)
        label = self.tr("Conflicts (%1)").replace("%1", str(len(conflicts)))
        self.tabs.setTabText(self.conflicts_index, label if conflicts else self.tr("Conflicts"))
        self._update_buttons()

    def _selected_peer(self) -> PeerStatus | None:
        rows = self.peer_table.selectionModel().selectedRows()
        return self.peer_model.row(rows[0].row()) if rows else None

    def _selected_conflict(self) -> Conflict | None:
        rows = self.conflict_table.selectionModel().selectedRows()
        return self.conflict_model.row(rows[0].row()) if rows else None

    def _update_buttons(self, *_args: object) -> None:
        idle = not self._busy
        self.export_button.setEnabled(idle and self._selected_peer() is not None)
        self.import_button.setEnabled(idle)
        chosen = self._selected_conflict() is not None
        self.keep_ours_button.setEnabled(idle and chosen)
        self.keep_theirs_button.setEnabled(idle and chosen)

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
    def _start(self) -> None:
        self._busy = True
        set_message(self.result, "")
        set_message(self.error, "")
        self.progress.setValue(0)
        self.progress.setVisible(True)
        self._update_buttons()

    def _finish(self) -> None:
        self._busy = False
        self.progress.setVisible(False)
        self._update_buttons()

    def export_bundle(self) -> None:
        """Write the next bundle for the selected site, read it back, then say it is safe."""
        peer = self._selected_peer()
        if peer is None or self._busy:
            return
        folder = self.choose_folder()
        if folder is None:
            return
        s, service, relay = self._session, self._service, self.relay

        def progress(done: int, total: int) -> None:
            relay.stepped.emit(int(done * 100 / total) if total else 100)

        self._start()
        s.runner.run(
            lambda: service.export_bundle(s.actor, peer.site_id, folder, progress=progress),
            on_done=self._exported,
            on_error=self._failed,
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
        """Check and import a bundle file; say what it brought or why it was refused."""
        if self._busy:
            return
        path = self.choose_bundle()
        if path is None:
            return
        s, service = self._session, self._service
        self._start()
        self.progress.setRange(0, 0)  # no steps to show: a busy bar
        s.runner.run(
            lambda: service.import_bundle(s.actor, path),
            on_done=self._imported,
            on_error=self._failed,
            owner=self,
        )

    def _imported(self, result: ImportResult) -> None:
        self.progress.setRange(0, 100)
        self._finish()
        if result.already_imported:
            text = self.tr("Bundle #%1 was already imported; nothing changed.").replace(
                "%1", str(result.sequence)
            )
        else:
            text = (
                self.tr("Bundle #%1 imported: %2 new and %3 updated records, %4 conflicts.")
                .replace("%1", str(result.sequence))
                .replace("%2", str(result.inserted))
                .replace("%3", str(result.updated))
                .replace("%4", str(result.conflicts))
            )
            self._session.events.announce(SYNC, PARTICIPANTS, MENTORS, MATCHES, GROUPS, SESSIONS)
        set_message(self.result, text)
        self.reload()

    def _failed(self, exc: Exception) -> None:
        self.progress.setRange(0, 100)
        self._finish()
        self._show_error(exc)

    def _show_error(self, exc: Exception) -> None:
        set_message(self.error, error_text(exc))

    def resolve(self, keep: str) -> None:
        """Settle the selected conflict: keep the value kept, or take the other site's."""
        chosen = self._selected_conflict()
        if chosen is None:
            return
        s, service = self._session, self._service
        s.runner.run(
            lambda: service.resolve_conflict(s.actor, chosen.id, keep),  # type: ignore[arg-type]
            on_done=lambda _how: self._resolved(),
            on_error=lambda exc: set_message(self.conflict_error, error_text(exc)),
            owner=self,
        )

    def _resolved(self) -> None:
        set_message(self.conflict_error, "")
        self._session.events.announce(SYNC, PARTICIPANTS, MENTORS, MATCHES, GROUPS, SESSIONS)
        self.reload()
