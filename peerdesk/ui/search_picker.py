"""Choosing one row from many by typing: a search box, the rows found below it, a line that
says what was found; the arrows move, Enter takes one.

The search runs on the worker thread a short while after the last key, one short page at a
time, so it stays quick with 100,000 participants or 12,500 peer educators; a result that
comes back after the text has changed is dropped. Enter right after typing searches first
and takes the first row found; Enter never reaches the dialog's OK button (the rest of the
form comes first). The match picker (contacts) and the peer educator finder (hand-off,
reports) are this widget with their own search and wording.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLabel, QLineEdit, QTableView, QVBoxLayout, QWidget

from peerdesk.ui.row_table_model import RowTableModel

if TYPE_CHECKING:
    from peerdesk.ui.session import UiSession

#: Wait after the last key before searching (ms): typing "martinez" runs one search, not 8.
SEARCH_DELAY_MS = 250
#: Keys that decide Enter's meaning elsewhere (Ctrl+Enter, Shift+Enter...): left alone.
_CHORDS = (
    Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.AltModifier
    | Qt.KeyboardModifier.MetaModifier
    | Qt.KeyboardModifier.ShiftModifier
)


class SearchPicker(QWidget):
    """A search box over rows a service finds, and those found (subclasses say which).

    Emits ``taken`` when Enter (or activating a row) takes the one selected, and ``said``
    when the line under the rows shows or changes (its text; "" when hidden).

    Args:
        session: the signed-in session.
        model: shows the rows found.
        table: the view over ``model`` (made by the subclass: its columns are its own).
        visible_rows: rows shown without scrolling (PageUp/PageDown move this many).
        max_length: the longest search typed.
    """

    taken = Signal()
    said = Signal(str)

    def __init__(
        self,
        session: UiSession,
        model: RowTableModel[Any],
        table: QTableView,
        *,
        visible_rows: int,
        max_length: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._searched: str | None = None  # the text the rows shown were found for
        self._pending: str | None = None  # the text of the search running, if any
        self._take_when_shown = False
        self._page_rows = visible_rows
        self.search_edit = QLineEdit()
        self.search_edit.setMaxLength(max_length)
        self.search_edit.setClearButtonEnabled(True)
        self.model = model
        model.setParent(self)
        self.table = table
        table.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # the arrows work from the box
        rows = table.verticalHeader().defaultSectionSize()
        header = table.horizontalHeader().sizeHint().height()
        table.setFixedHeight(rows * visible_rows + header + 2 * table.frameWidth())
        table.activated.connect(lambda _index: self.taken.emit())
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        # Its context is named: ``tr`` in a subclass would look under the subclass name.
        self.status.setAccessibleName(QCoreApplication.translate("SearchPicker", "Search result"))
        self.status.setVisible(False)
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
        layout.addWidget(table)
        layout.addWidget(self.status)
        self.setFocusProxy(self.search_edit)

    # --- what a subclass says ---------------------------------------------------------------
    def _find(self, text: str) -> Callable[[], Any]:
        """The service call (run on the worker) finding rows for ``text``: a page object."""
        raise NotImplementedError

    def _rows_of(self, page: Any) -> Sequence[Any]:
        return tuple(page.rows)

    def _status_for(self, page: Any, text: str) -> str:
        """The line under the rows for ``page`` found for ``text`` ("": none)."""
        raise NotImplementedError

    def _error_for(self, exc: Exception) -> str:
        raise NotImplementedError

    def _select_first(self, text: str) -> bool:
        """Whether the first row found is selected when nothing was (default: always)."""
        return True

    # --- searching ---------------------------------------------------------------------------
    def search_now(self) -> None:
        """Search for the text typed now (the timer calls this after the last key)."""
        self._timer.stop()
        text = self.search_edit.text().strip()
        if text == self._searched or text == self._pending:
            return
        self._pending = text
        self._session.runner.run(
            self._find(text),
            on_done=lambda page: self._show(page, text),
            on_error=self._failed,
            owner=self,
        )

    def _show(self, page: Any, text: str) -> None:
        if self._pending == text:
            self._pending = None
        if text != self.search_edit.text().strip():
            return  # typed on since: these rows are stale, the search for the new text follows
        chosen = self._selected_id()
        self._searched = text
        rows = self._rows_of(page)
        self.model.set_rows(rows)
        ids = [row.id for row in rows]
        if chosen in ids:
            self._select(ids.index(chosen))
        elif self._select_first(text):
            self._select(0)
        else:
            self.table.clearSelection()
        self._say(self._status_for(page, text))
        if self._take_when_shown and self._pending is None:
            self._take_when_shown = False
            if self.current_row() >= 0:
                self.taken.emit()

    def _failed(self, exc: Exception) -> None:
        self._pending = None
        self._take_when_shown = False
        self._searched = None  # the same text may be tried again
        self._say(self._error_for(exc))

    def _say(self, text: str) -> None:
        if text != self.status.text() or bool(text) != self.status.isVisibleTo(self):
            self.status.setText(text)
            self.status.setVisible(bool(text))
            self.said.emit(text)

    # --- choosing ----------------------------------------------------------------------------
    def _select(self, row: int) -> None:
        if self.model.rowCount() == 0:
            self.table.clearSelection()
            return
        row = max(0, min(row, self.model.rowCount() - 1))
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))

    def current_row(self) -> int:
        """The row selected (-1: none)."""
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def fresh(self) -> bool:
        """Whether the rows shown were found for the text the box holds now."""
        return self._searched == self.search_edit.text().strip()

    def _selected_id(self) -> str:
        row = self.current_row()
        return str(self.model.row(row).id) if row >= 0 else ""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.search_edit
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
        ):
            key = Qt.Key(event.key())
            moves = {
                Qt.Key.Key_Up: -1,
                Qt.Key.Key_Down: 1,
                Qt.Key.Key_PageUp: -self._page_rows,
                Qt.Key.Key_PageDown: self._page_rows,
            }
            if key in moves:
                now = self.current_row()
                self._select(now + moves[key] if now >= 0 else 0)
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not (event.modifiers() & _CHORDS):
                if self._timer.isActive():
                    self.search_now()  # Enter right after typing: search first
                if self._pending is not None:
                    self._take_when_shown = True  # take the first found once it shows
                elif self.current_row() >= 0:
                    self.taken.emit()
                else:
                    self._select(0)  # nothing chosen yet: the first, for a second Enter
                return True  # never the dialog's OK: the rest of the form comes first
        return super().eventFilter(watched, event)
