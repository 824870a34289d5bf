"""The Sync screen's conflicts: changes that lost to another, and a person settling each one.

A conflict keeps the value in the record or takes the one set aside (a deleted record is never
brought back: only the value in it can be kept). Settling one announces ``SYNC`` and the rest,
so the Sync screen (and every screen showing those records) reads itself again once.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from peerdesk.domain.roles import Action
from peerdesk.sync.import_history import DELETED
from peerdesk.ui.app_events import GROUPS, MATCHES, MENTORS, PARTICIPANTS, SESSIONS, SYNC
from peerdesk.ui.flow_layout import FlowLayout
from peerdesk.ui.messages import error_text
from peerdesk.ui.sync_models import ConflictTableModel
from peerdesk.ui.table_views import row_table
from peerdesk.ui.whole_text import keep_whole
from peerdesk.ui.widgets import hint_label, message_label, set_message

if TYPE_CHECKING:
    from peerdesk.services.sync_service import Conflict
    from peerdesk.ui.session import UiSession


class ConflictsTab(QWidget):
    """The open conflicts, with "keep the value in the record" and "use the value set aside".

    Args:
        session: the signed-in session (the buttons show only to a role that may settle).
    """

    def __init__(self, session: UiSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._service = session.services.sync
        self._blocked = False  # the screen around it is writing or importing a bundle
        self.settling = False  # a conflict being settled: the buttons wait for the answer
        self.model = ConflictTableModel(self)
        self.table = row_table(self.model, self.tr("Conflicts"))
        self.table.selectionModel().selectionChanged.connect(self.update_buttons)
        self.keep_ours_button = QPushButton(self.tr("Keep the value in the record"))
        self.keep_ours_button.clicked.connect(lambda: self.resolve("kept"))
        self.keep_theirs_button = QPushButton(self.tr("Use the value set aside"))
        self.keep_theirs_button.clicked.connect(lambda: self.resolve("other"))
        may_resolve = session.may(Action.CONFLICT_RESOLVE)
        buttons = FlowLayout(align_right=True)  # more lines when narrow (200 % text)
        for button in (self.keep_ours_button, self.keep_theirs_button):
            button.setVisible(may_resolve)
            buttons.addWidget(button)
        self.error = message_label()
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        explain = hint_label(
            self.tr(
                "Both sites changed these since their last exchange, or one deleted a "
                "record the other had changed. The later change is in the record; choose "
                "which value it should hold. A deleted record stays deleted."
            )
        )
        keep_whole(explain)
        layout.addWidget(explain)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self.update_buttons()

    def set_rows(self, conflicts: Sequence[Conflict]) -> None:
        """Show ``conflicts`` (the first one selected)."""
        self.model.set_rows(conflicts)
        self.table.resizeColumnsToContents()
        if conflicts:
            self.table.selectRow(0)
        self.update_buttons()

    def set_blocked(self, blocked: bool) -> None:
        """Disable settling while the screen writes or imports a bundle."""
        self._blocked = blocked
        self.update_buttons()

    def selected(self) -> Conflict | None:
        """The conflict selected, if any."""
        rows = self.table.selectionModel().selectedRows()
        return self.model.row(rows[0].row()) if rows else None

    def update_buttons(self, *_args: object) -> None:
        chosen = self.selected()
        idle = not self._blocked and not self.settling
        self.keep_ours_button.setEnabled(idle and chosen is not None)
        # A deleted record is never brought back: only the value in it can be kept.
        other_ok = chosen is not None and chosen.field != DELETED
        self.keep_theirs_button.setEnabled(idle and other_ok)

    def resolve(self, keep: str) -> None:
        """Settle the selected conflict: keep the value in the record (``kept``) or use the
        one set aside (``other``)."""
        chosen = self.selected()
        if chosen is None or self.settling or self._blocked:
            return
        s, service = self._session, self._service
        self.settling = True  # a double-click settles one conflict, not two
        self.update_buttons()
        s.runner.run(
            lambda: service.resolve_conflict(s.actor, chosen.id, keep),  # type: ignore[arg-type]
            on_done=lambda _how: self._resolved(),
            on_error=self._resolve_failed,
            owner=self,
        )

    def _resolve_failed(self, exc: Exception) -> None:
        self.settling = False
        self.update_buttons()
        set_message(self.error, error_text(exc))

    def _resolved(self) -> None:
        self.settling = False
        set_message(self.error, "")
        # One reading of the screen: the announcement's (the Sync screen's ``_on_changed``).
        self._session.events.announce(SYNC, PARTICIPANTS, MENTORS, MATCHES, GROUPS, SESSIONS)
