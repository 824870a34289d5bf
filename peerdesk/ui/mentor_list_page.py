"""The peer educators list: a status filter and a table; Enter opens one."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from peerdesk.domain.mentor_rules import MentorStatus
from peerdesk.domain.roles import Action
from peerdesk.ui.app_events import MATCHES, MENTORS
from peerdesk.ui.column_fit import fit_columns
from peerdesk.ui.mentor_labels import TABLES, mentor_label
from peerdesk.ui.mentor_models import MentorTableModel
from peerdesk.ui.messages import error_text
from peerdesk.ui.table_views import row_table
from peerdesk.ui.widgets import heading_label, message_label, set_message

if TYPE_CHECKING:
    from peerdesk.services.mentors import MentorSummary
    from peerdesk.ui.session import UiSession


class MentorListPage(QWidget):
    """Finds peer educators by status; emits ``open_requested(id)`` and ``new_requested``."""

    open_requested = Signal(str)
    new_requested = Signal()

    def __init__(self, session: UiSession, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.model = MentorTableModel(self)
        self.heading = heading_label(title, scale=1.4)
        self.count_label = QLabel()
        self.status_combo = QComboBox()
        self.status_combo.setAccessibleName(self.tr("Status"))
        self.status_combo.addItem(self.tr("Any status"), "")
        for status in MentorStatus:
            self.status_combo.addItem(mentor_label("mentor_status", status.value), status.value)
        self.status_combo.currentIndexChanged.connect(self.reload)
        self.table = row_table(self.model, self.tr("Peer educators"), {0: 220})
        self.fit_column_widths()
        self.table.activated.connect(self._open_index)
        self.table.doubleClicked.connect(self._open_index)
        self.empty_label = QLabel()
        self.empty_label.setVisible(False)
        self.error_label = message_label()

        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addStretch(1)
        top.addWidget(self.count_label)
        self.new_button: QPushButton | None = None
        if session.may(Action.MENTOR_MANAGE):
            self.new_button = QPushButton(self.tr("New peer educator…"))
            self.new_button.setShortcut(QKeySequence.StandardKey.New)
            self.new_button.clicked.connect(self.new_requested)
            top.addWidget(self.new_button)
        filters = QHBoxLayout()
        status_label = QLabel(self.tr("&Status:"))
        status_label.setBuddy(self.status_combo)
        filters.addWidget(status_label)
        filters.addWidget(self.status_combo)
        filters.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.error_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)
        session.events.changed.connect(self._on_changed)

    def fit_column_widths(self) -> None:
        """Widen the kind, side, status and date columns to their longest label.

        Measured, not fixed: the labels are translated, and the text size is chosen.
        """

        def labels(table: str) -> list[str]:
            return [mentor_label(table, value) for value in TABLES[table]]

        fit_columns(
            self.table,
            {
                1: labels("person_kind"),
                2: labels("side"),
                3: labels("mentor_status"),
                4: ["0000-00-00"],
                5: ["000 / 000"],
            },
        )

    def reload(self, *_args: object) -> None:
        """Read the peer educators the filter asks for."""
        value = str(self.status_combo.currentData())
        status = MentorStatus(value) if value else None
        s = self._session
        set_message(self.error_label, "")
        self.count_label.setText(self.tr("Loading…"))  # blank while 12,500 rows are read
        self.empty_label.setVisible(False)
        s.runner.run(
            lambda: s.services.mentors.list_mentors(s.actor, status=status),
            on_done=self._loaded,
            on_error=self._failed,
            owner=self,
        )

    def _failed(self, exc: Exception) -> None:
        self.count_label.setText("")
        set_message(self.error_label, error_text(exc))

    def _loaded(self, rows: list[MentorSummary]) -> None:
        self.model.set_rows(rows)
        self.fit_column_widths()  # the language or text size may have changed since
        self.count_label.setText(self.tr("%1 peer educator(s)").replace("%1", str(len(rows))))
        self.empty_label.setText(self.tr("No peer educators with this status."))
        self.empty_label.setVisible(not rows)

    def _on_changed(self, what: frozenset[str]) -> None:
        if what & {MENTORS, MATCHES}:
            self.reload()

    def _open_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_requested.emit(self.model.row(index.row()).id)
