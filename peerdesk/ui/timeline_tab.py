"""The participant page's Timeline tab: everything recorded about one person, by date."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from peerdesk.ui.messages import error_text
from peerdesk.ui.timeline_table_model import COL_WHAT, TimelineTableModel
from peerdesk.ui.widgets import message_label, set_message

if TYPE_CHECKING:
    from peerdesk.ui.session import UiSession


class TimelineTab(QWidget):
    """The timeline of the participant shown, read (and audited) when asked for.

    ``participant_id`` is the participant whose timeline was read last (``None``: read again
    when next shown), as for the page's other tabs (``record_tab.ParticipantTab``).
    """

    def __init__(self, session: UiSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.participant_id: str | None = None
        self.model = TimelineTableModel(self)
        self.view = QTableView()
        self.view.setAccessibleName(self.tr("Timeline"))
        self.view.setTabKeyNavigation(False)  # Tab leaves the table
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setWordWrap(False)
        self.view.verticalHeader().setVisible(False)
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 12)
        header = self.view.horizontalHeader()
        header.setDefaultSectionSize(170)
        header.resizeSection(COL_WHAT, 420)
        header.setStretchLastSection(True)
        self.empty = QLabel(self.tr("Nothing recorded yet."))
        self.error = message_label()
        layout = QVBoxLayout(self)
        layout.addWidget(self.error)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty)

    def clear(self) -> None:
        """Forget what was read (another participant is opened)."""
        self.participant_id = None
        self.model.set_items([])
        set_message(self.error, "")

    def show_participant(self, participant_id: str) -> None:
        """Read the timeline of ``participant_id``."""
        self.participant_id = participant_id
        session = self._session
        self.empty.setVisible(False)
        set_message(self.error, "")
        session.runner.run(
            lambda: session.services.timeline.participant_timeline(session.actor, participant_id),
            on_done=self._loaded,
            on_error=lambda exc: set_message(self.error, error_text(exc)),
            owner=self,
        )

    def _loaded(self, timeline: Any) -> None:
        if timeline.participant_id != self.participant_id:
            return  # another participant was opened meanwhile
        self.model.set_items(timeline.items)
        self.empty.setVisible(not timeline.items)
