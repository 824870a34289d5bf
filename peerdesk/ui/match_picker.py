"""Choosing the mentee a contact is for: type part of a name, a DOC number or the mentor's
name; the matches found show below; arrows move, Enter takes one.

The search runs in SQL through ``ContactService.find_open_matches`` (visibility applied
there), a short while after the last key, one page at a time: it stays quick with 100,000
participants.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, ClassVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget

from peerdesk.services.contact_queries import MAX_SEARCH_LENGTH, MatchChoice, MatchChoicePage
from peerdesk.ui.messages import error_text
from peerdesk.ui.row_table_model import RowTableModel
from peerdesk.ui.table_views import row_table

if TYPE_CHECKING:
    from peerdesk.ui.session import UiSession

#: Wait after the last key before searching (ms): typing "martinez" runs one search, not 8.
SEARCH_DELAY_MS = 250
#: Matches shown at a time; more means the person should type more.
PAGE_SIZE = 50
#: Rows of results visible without scrolling.
VISIBLE_ROWS = 6

_MOVES = {
    Qt.Key.Key_Up: -1,
    Qt.Key.Key_Down: 1,
    Qt.Key.Key_PageUp: -VISIBLE_ROWS,
    Qt.Key.Key_PageDown: VISIBLE_ROWS,
}


class MatchChoiceModel(RowTableModel[MatchChoice]):
    """Open matches found: the mentee, their DOC number, their mentor."""

    CONTEXT: ClassVar[str] = "MatchChoiceModel"
    HEADERS: ClassVar[tuple[str, ...]] = (
        QT_TRANSLATE_NOOP("MatchChoiceModel", "Mentee"),
        QT_TRANSLATE_NOOP("MatchChoiceModel", "DOC number"),
        QT_TRANSLATE_NOOP("MatchChoiceModel", "Mentor"),
    )

    def cell(self, row: MatchChoice, column: int) -> str:
        return (row.participant_name, row.doc_number, row.mentor_name)[column]


class MatchPicker(QWidget):
    """A search box over the open matches, and the matches found.

    Emits ``taken`` when Enter takes the match selected (the dialog then moves on).

    Args:
        session: the signed-in session.
        first: matches to show before anything is typed (else the first page is read).
    """

    taken = Signal()

    def __init__(
        self,
        session: UiSession,
        first: Sequence[MatchChoice] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._searched: str | None = None
        self._pending: str | None = None  # the text of the search running, if any
        self._take_when_shown = False
        self.search_edit = QLineEdit()
        self.search_edit.setMaxLength(MAX_SEARCH_LENGTH)
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setPlaceholderText(self.tr("Name, DOC number or mentor"))
        self.search_edit.setAccessibleName(self.tr("Search for the mentee"))
        self.search_edit.setAccessibleDescription(
            self.tr("Type part of a name; the arrows choose among the matches; Enter takes one.")
        )
        self.model = MatchChoiceModel(self)
        self.table = row_table(self.model, self.tr("Open matches found"), {0: 200, 1: 100})
        self.table.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # the arrows work from the box
        rows = self.table.verticalHeader().defaultSectionSize()
        header = self.table.horizontalHeader().sizeHint().height()
        self.table.setFixedHeight(rows * VISIBLE_ROWS + header + 2 * self.table.frameWidth())
        self.table.activated.connect(lambda _index: self.taken.emit())
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setAccessibleName(self.tr("Search result"))
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.search_now)
        self.search_edit.textEdited.connect(lambda _text: self._timer.start())
        self.search_edit.installEventFilter(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.search_edit)
        layout.addWidget(self.table)
        layout.addWidget(self.status)
        self.setFocusProxy(self.search_edit)
        if first:
            self._show(MatchChoicePage(tuple(first[:PAGE_SIZE]), len(first) > PAGE_SIZE), "")
        else:
            self.search_now()

    # --- searching ---------------------------------------------------------------------------
    def search_now(self) -> None:
        """Search for the text typed now (the timer calls this after the last key)."""
        self._timer.stop()
        text = self.search_edit.text().strip()
        if text == self._searched:
            return
        self._searched = text
        self._pending = text
        service, actor = self._session.services.contacts, self._session.actor
        self._session.runner.run(
            lambda: service.find_open_matches(actor, text, PAGE_SIZE),
            on_done=lambda page: self._show(page, text),
            on_error=self._failed,
            owner=self,
        )

    def _show(self, page: MatchChoicePage, text: str) -> None:
        if self._pending == text:
            self._pending = None
        if text != self.search_edit.text().strip():
            return  # typed on since: the search for the new text follows
        self._searched = text
        chosen = self.match_id()
        self.model.set_rows(page.rows)
        ids = [row.id for row in page.rows]
        self._select(ids.index(chosen) if chosen in ids else 0)
        if not page.rows and text:
            status = self.tr("No open match you can see matches “%1”.").replace("%1", text)
        elif not page.rows:
            status = self.tr("There is no active match to record for.")
        elif page.more:
            status = self.tr("The first %1 are shown; type more to narrow them.").replace(
                "%1", str(len(page.rows))
            )
        else:
            status = ""
        self.status.setText(status)
        self.status.setVisible(bool(status))
        if self._take_when_shown and self._pending is None:
            self._take_when_shown = False
            if page.rows:
                self.taken.emit()

    def _failed(self, exc: Exception) -> None:
        self._pending = None
        self._take_when_shown = False
        self._searched = None  # the same text may be tried again
        self.status.setText(error_text(exc))
        self.status.setVisible(True)

    # --- choosing ----------------------------------------------------------------------------
    def _select(self, row: int) -> None:
        if self.model.rowCount() == 0:
            self.table.clearSelection()
            return
        row = max(0, min(row, self.model.rowCount() - 1))
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))

    def current_row(self) -> int:
        """The row of the match selected (-1: none)."""
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def match_id(self) -> str:
        """The id of the match selected ("" when none)."""
        row = self.current_row()
        return self.model.row(row).id if row >= 0 else ""

    def choice(self) -> MatchChoice | None:
        """The match selected, or None."""
        row = self.current_row()
        return self.model.row(row) if row >= 0 else None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.search_edit and isinstance(event, QKeyEvent):
            if event.type() != QEvent.Type.KeyPress:
                return super().eventFilter(watched, event)
            key = Qt.Key(event.key())
            if key in _MOVES:
                self._select(max(0, self.current_row()) + _MOVES[key])
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if self._timer.isActive():
                    self.search_now()  # Enter right after typing: search first
                if self._pending is not None:
                    self._take_when_shown = True  # take the first match once it shows
                elif self.current_row() >= 0:
                    self.taken.emit()
                return True  # never the dialog's OK: the rest of the form comes first
        return super().eventFilter(watched, event)
