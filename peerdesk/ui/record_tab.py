"""A tab of the participant page listing one kind of record, with buttons that open forms."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, Generic, Protocol, TypeVar

from PySide6.QtWidgets import (
    QDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from peerdesk.ui.app_events import PARTICIPANTS
from peerdesk.ui.flow_layout import FlowLayout
from peerdesk.ui.messages import error_text
from peerdesk.ui.row_table_model import RowTableModel
from peerdesk.ui.shown_rows import show_rows
from peerdesk.ui.table_views import row_table
from peerdesk.ui.whole_text import keep_whole
from peerdesk.ui.widgets import hint_label, message_label, set_message

if TYPE_CHECKING:
    from peerdesk.ui.session import UiSession

Row = TypeVar("Row")


class ParticipantTab(Protocol):
    """What the participant page needs of a tab that shows one participant's records."""

    participant_id: str | None

    def show_participant(self, participant_id: str) -> None: ...


class RecordTab(QWidget, Generic[Row]):
    """The records of one participant in a table; subclasses say how to fetch them.

    After a form's job has run, the change is announced as a change to participants (the
    list, the dashboard and the alerts read these records); the participant page, which
    listens for it, reads the tab showing again.

    Args:
        session: the signed-in session.
        model: the table model the rows go into.
        hint: one sentence under the table saying what the list is.
    """

    def __init__(
        self,
        session: UiSession,
        model: RowTableModel[Row],
        hint: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.model = model
        self.participant_id: str | None = None
        self.dialog: QDialog | None = None
        self.table = row_table(model, hint)
        show_rows(self.table, 3)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self.update_buttons())
        self.message = message_label()
        # Buttons on the right, on more lines when the page is narrow (200 % text, Spanish).
        self.buttons = FlowLayout(align_right=True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(hint_label(hint))
        layout.addWidget(self.message)
        layout.addLayout(self.buttons)
        keep_whole(self)  # the hint and the buttons take more lines at 200 % text

    def add_button(self, text: str, handler: Callable[[], None]) -> QPushButton:
        """A button at the bottom right, in the order added."""
        button = QPushButton(text)
        button.clicked.connect(handler)
        self.buttons.addWidget(button)
        return button

    def fetch(self, participant_id: str) -> Sequence[Row]:
        """The rows of ``participant_id`` (runs on the worker thread)."""
        raise NotImplementedError

    def show_participant(self, participant_id: str) -> None:
        """Show the records of ``participant_id``."""
        self.participant_id = participant_id
        self.model.set_rows([])
        self.reload()

    def reload(self) -> None:
        """Read the records again."""
        pid = self.participant_id
        if pid is None:
            return
        set_message(self.message, "")
        self.session.runner.run(
            lambda: self.fetch(pid),
            on_done=lambda rows: self._loaded(pid, rows),
            on_error=self.show_error,
            owner=self,
        )

    def _loaded(self, participant_id: str, rows: Sequence[Row]) -> None:
        if participant_id != self.participant_id:
            return  # another participant was opened meanwhile
        self.model.set_rows(rows)
        if rows:
            self.table.selectRow(0)
        self.table.resizeColumnsToContents()  # a handful of rows: cheap
        self.update_buttons()

    def selected(self) -> Row | None:
        """The row selected, if any."""
        rows = self.table.selectionModel().selectedRows()
        return self.model.row(rows[0].row()) if rows else None

    def update_buttons(self) -> None:
        """Enable the buttons that fit the selection (subclasses)."""

    def show_error(self, exc: Exception) -> None:
        """Say what went wrong under the table."""
        set_message(self.message, error_text(exc))

    def open_dialog(self, dialog: QDialog) -> None:
        """Show ``dialog``; when its job has run, reload and announce the change."""
        self.dialog = dialog
        dialog.accepted.connect(self._changed)
        dialog.open()

    def _changed(self, *_args: Any) -> None:
        self.session.events.announce(PARTICIPANTS)  # the page reads this tab again
