"""The Sync screen's list of possible duplicates an import found: open either record, merge
the two (audited, every linked record moves), or keep both."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QMessageBox, QPushButton, QVBoxLayout, QWidget

from peerdesk.domain.roles import Action
from peerdesk.ui.app_events import GROUPS, MATCHES, PARTICIPANTS, SESSIONS, SYNC
from peerdesk.ui.flow_layout import FlowLayout
from peerdesk.ui.messages import error_text
from peerdesk.ui.sync_models import DuplicateTableModel, person_text
from peerdesk.ui.table_views import row_table
from peerdesk.ui.whole_text import keep_whole
from peerdesk.ui.widgets import OK_STYLE, hint_label, message_label, set_message

if TYPE_CHECKING:
    from peerdesk.services.sync_duplicates import PossibleDuplicate, SyncDuplicateService
    from peerdesk.ui.session import UiSession


class DuplicatesTab(QWidget):
    """Possible duplicates: emits ``open_participant_requested(id)``.

    Args:
        session: the signed-in session.
    """

    open_participant_requested = Signal(str)

    def __init__(self, session: UiSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._busy = False  # a merge or "not the same person" waiting for its answer
        self._service: SyncDuplicateService = session.services.sync_duplicates
        self.model = DuplicateTableModel(self)
        self.table = row_table(self.model, self.tr("Possible duplicates"))
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(lambda _i: self.open_record("imported"))
        self.open_imported_button = QPushButton(self.tr("Open the record received"))
        self.open_imported_button.clicked.connect(lambda: self.open_record("imported"))
        self.open_local_button = QPushButton(self.tr("Open the record here"))
        self.open_local_button.clicked.connect(lambda: self.open_record("local"))
        self.keep_imported_button = QPushButton(self.tr("Merge, keeping the record received…"))
        self.keep_imported_button.clicked.connect(lambda: self.merge("imported"))
        self.keep_local_button = QPushButton(self.tr("Merge, keeping the record here…"))
        self.keep_local_button.clicked.connect(lambda: self.merge("local"))
        self.keep_both_button = QPushButton(self.tr("Not the same person"))
        self.keep_both_button.clicked.connect(self.keep_both)
        may_merge = session.may(Action.PARTICIPANT_MERGE)
        for button in (self.keep_imported_button, self.keep_local_button):
            button.setVisible(may_merge)
        self.keep_both_button.setVisible(session.may(Action.CONFLICT_RESOLVE))
        self.result = message_label(style=OK_STYLE)
        self.error = message_label()
        # Both rows take more lines when narrow (200 % text, Spanish).
        opens = FlowLayout()
        opens.addWidget(self.open_imported_button)
        opens.addWidget(self.open_local_button)
        settles = FlowLayout(align_right=True)
        for button in (self.keep_both_button, self.keep_local_button, self.keep_imported_button):
            settles.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        explain = hint_label(
            self.tr(
                "An import brought these people, and someone already here has the same "
                "DOC number, or a similar name and the same date of birth. Open both "
                "records; if they are one person, merge them: everything linked to the "
                "other record moves to the one kept. Keeping the record received keeps "
                "both sites on the same record."
            )
        )
        keep_whole(explain)
        layout.addWidget(explain)
        layout.addWidget(self.result)
        layout.addWidget(self.error)
        layout.addLayout(opens)
        layout.addLayout(settles)
        self._update_buttons()

    def set_rows(self, rows: Sequence[PossibleDuplicate]) -> None:
        """Show ``rows`` (the first one selected)."""
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        if rows:
            self.table.selectRow(0)
        self._update_buttons()

    def selected(self) -> PossibleDuplicate | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row(rows[0].row()) if rows else None

    def _update_buttons(self, *_args: object) -> None:
        chosen = self.selected() is not None and not self._busy
        for button in (
            self.open_imported_button,
            self.open_local_button,
            self.keep_imported_button,
            self.keep_local_button,
            self.keep_both_button,
        ):
            button.setEnabled(chosen)

    def open_record(self, which: str) -> None:
        """Ask the window to show the record received (``imported``) or the one here."""
        item = self.selected()
        if item is not None:
            person = item.imported if which == "imported" else item.local
            self.open_participant_requested.emit(person.id)

    def confirm(self, text: str) -> bool:
        """Ask before merging (replaced in tests)."""
        no = QMessageBox.StandardButton.No  # it cannot be undone: Enter must not merge
        yes = QMessageBox.StandardButton.Yes
        answer = QMessageBox.question(self, self.tr("Merge two records"), text, yes | no, no)
        return answer == QMessageBox.StandardButton.Yes

    def merge(self, keep: str) -> None:
        """Merge the selected pair, keeping the record received or the one here."""
        item = self.selected()
        if item is None:
            return
        kept, gone = (
            (item.imported, item.local) if keep == "imported" else (item.local, item.imported)
        )
        # One record per line, so the two people can be told apart at a glance.
        question = "\n\n".join(
            (
                self.tr("Merge these two records?"),
                self.tr("Keep:") + "\n" + person_text(kept),
                self.tr("Merge into it, then remove:") + "\n" + person_text(gone),
                self.tr(
                    "Everything linked to the second record moves to the first. "
                    "This cannot be undone."
                ),
            )
        )
        if self._busy or not self.confirm(question):
            return
        s, service = self._session, self._service
        self._set_busy(True)
        s.runner.run(
            lambda: service.merge(s.actor, item.id, keep),  # type: ignore[arg-type]
            on_done=self._merged,
            on_error=self._failed,
            owner=self,
        )

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self._update_buttons()

    def _merged(self, moved: int) -> None:
        self._set_busy(False)
        set_message(self.error, "")
        set_message(
            self.result,
            self.tr("Merged: %1 linked records moved.").replace("%1", str(moved)),
        )
        self._session.events.announce(SYNC, PARTICIPANTS, MATCHES, GROUPS, SESSIONS)

    def keep_both(self) -> None:
        """Record that the selected pair are two people."""
        item = self.selected()
        if item is None or self._busy:
            return
        s, service = self._session, self._service
        self._set_busy(True)  # a double-click records it once
        s.runner.run(
            lambda: service.keep_both(s.actor, item.id),
            on_done=lambda _r: self._kept_both(),
            on_error=self._failed,
            owner=self,
        )

    def _kept_both(self) -> None:
        self._set_busy(False)
        set_message(self.error, "")
        set_message(self.result, self.tr("Both records are kept."))
        self._session.events.announce(SYNC)

    def _failed(self, exc: Exception) -> None:
        self._set_busy(False)
        set_message(self.result, "")
        set_message(self.error, error_text(exc))
