"""Choosing one peer educator: type part of the name; those found show below; arrows move,
Enter takes one.

A program may have 12,500 peer educators, too many for a drop-down: the search runs in SQL
through ``MentorQueries.mentor_page`` (every word starts the last or the first name), a short
while after the last key, one short page at a time, on the worker thread.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QLocale, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHeaderView, QLabel, QLineEdit, QVBoxLayout, QWidget

from peerdesk.services.mentor_queries import MentorSummary, MentorSummaryPage
from peerdesk.ui.mentor_labels import mentor_label
from peerdesk.ui.report_messages import report_error_text
from peerdesk.ui.row_table_model import RowTableModel
from peerdesk.ui.table_views import row_table

if TYPE_CHECKING:
    from peerdesk.domain.mentor_rules import MentorSide, MentorStatus
    from peerdesk.ui.session import UiSession

#: Wait after the last key before searching (ms): typing "martinez" runs one search, not 8.
SEARCH_DELAY_MS = 250
#: Peer educators shown at a time; more means the person should type more of the name.
PAGE_SIZE = 50
#: Rows of results visible without scrolling.
VISIBLE_ROWS = 5
#: The longest search typed (a name's words; the service looks at the first four).
MAX_SEARCH_LENGTH = 100

_MOVES = {
    Qt.Key.Key_Up: -1,
    Qt.Key.Key_Down: 1,
    Qt.Key.Key_PageUp: -VISIBLE_ROWS,
    Qt.Key.Key_PageDown: VISIBLE_ROWS,
}


def mentor_name(row: MentorSummary) -> str:
    """A peer educator's name as lists show it: "Last, First"."""
    return f"{row.last_name}, {row.first_name}"


class MentorChoiceModel(RowTableModel[MentorSummary]):
    """Peer educators found: the name, the side and the status."""

    CONTEXT: ClassVar[str] = "MentorChoiceModel"
    HEADERS: ClassVar[tuple[str, ...]] = (
        QT_TRANSLATE_NOOP("MentorChoiceModel", "Peer educator"),
        QT_TRANSLATE_NOOP("MentorChoiceModel", "Side"),
        QT_TRANSLATE_NOOP("MentorChoiceModel", "Status"),
    )

    def cell(self, row: MentorSummary, column: int) -> str:
        if column == 0:
            return mentor_name(row)
        if column == 1:
            return mentor_label("side", row.side.value)
        return mentor_label("mentor_status", row.status.value)


class MentorPlacesModel(RowTableModel[MentorSummary]):
    """Mentors found with how many more mentees each can take (capacity less open matches)."""

    CONTEXT: ClassVar[str] = "MentorPlacesModel"
    HEADERS: ClassVar[tuple[str, ...]] = (
        QT_TRANSLATE_NOOP("MentorPlacesModel", "Mentor"),
        QT_TRANSLATE_NOOP("MentorPlacesModel", "Free places"),
    )

    def cell(self, row: MentorSummary, column: int) -> str:
        if column == 0:
            return mentor_name(row)
        return str(max(0, row.capacity - row.open_matches))


class MentorFinder(QWidget):
    """A search box over the peer educators, and those found (one of them selected).

    Nothing is selected before something is typed (the first of the list is nobody's
    choice); once a name is typed the first found is selected, and the arrows move.
    Emits ``taken`` when Enter takes the one selected (a dialog then moves on), and ``said``
    when the line under the results shows or changes.

    Args:
        session: the signed-in session.
        model: how the rows found are shown (:class:`MentorChoiceModel` or
            :class:`MentorPlacesModel`).
        name: the accessible name of the search box ("Search for the community mentor").
        status: only peer educators with this status.
        side: only peer educators of this side.
    """

    taken = Signal()
    #: The line under the results changed (its text; "" when hidden): a dialog makes room.
    said = Signal(str)

    def __init__(
        self,
        session: UiSession,
        model: RowTableModel[MentorSummary],
        name: str,
        *,
        status: MentorStatus | None = None,
        side: MentorSide | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._filters = (status, side)
        self._searched: str | None = None  # the text the rows shown were found for
        self._pending: str | None = None  # the text of the search running, if any
        self._take_when_shown = False
        #: Whether the search of nothing found no one (there is no one to choose at all).
        self.none_at_all = False
        self.search_edit = QLineEdit()
        self.search_edit.setMaxLength(MAX_SEARCH_LENGTH)
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setPlaceholderText(self.tr("Type part of the name"))
        self.search_edit.setAccessibleName(name)
        self.search_edit.setAccessibleDescription(
            self.tr("Type part of a name; the arrows choose among those found; Enter takes one.")
        )
        self.model = model
        model.setParent(self)
        self.table = row_table(model, self.tr("Peer educators found"))
        # The name takes the room the other (short) columns leave: no sideways scrolling.
        columns = self.table.horizontalHeader()
        columns.setStretchLastSection(False)
        columns.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        columns.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # the arrows work from the box
        rows = self.table.verticalHeader().defaultSectionSize()
        header = self.table.horizontalHeader().sizeHint().height()
        self.table.setFixedHeight(rows * VISIBLE_ROWS + header + 2 * self.table.frameWidth())
        self.table.activated.connect(lambda _index: self.taken.emit())
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setAccessibleName(self.tr("Search result"))
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
        layout.addWidget(self.table)
        layout.addWidget(self.status)
        self.setFocusProxy(self.search_edit)

    # --- searching ---------------------------------------------------------------------------
    def load(self) -> None:
        """Show the first peer educators by name (once; later calls do nothing)."""
        if self._searched is None and self._pending is None:
            self.search_now()

    def search_now(self) -> None:
        """Search for the text typed now (the timer calls this after the last key)."""
        self._timer.stop()
        text = self.search_edit.text().strip()
        if text == self._searched or text == self._pending:
            return
        self._pending = text
        service, actor = self._session.services.mentors, self._session.actor
        status, side = self._filters
        self._session.runner.run(
            lambda: service.mentor_page(
                actor, status=status, side=side, search=text, limit=PAGE_SIZE
            ),
            on_done=lambda page: self._show(page, text),
            on_error=self._failed,
            owner=self,
        )

    def _show(self, page: MentorSummaryPage, text: str) -> None:
        if self._pending == text:
            self._pending = None
        if text != self.search_edit.text().strip():
            return  # typed on since: these rows are stale, the search for the new text follows
        self._searched = text
        chosen = self.mentor_id(fresh=False)
        self.model.set_rows(page.rows)
        ids = [row.id for row in page.rows]
        if chosen in ids:
            self._select(ids.index(chosen))
        elif text:
            self._select(0)
        else:
            self.table.clearSelection()
        if not text:
            self.none_at_all = not page.rows
        if not page.rows and text:
            status = self.tr("No one found whose name starts with “%1”.").replace("%1", text)
        elif not page.rows:
            status = self.tr("There is no one to choose.")
        elif page.cut:
            status = self.tr("The first %1 of %2 are shown; type more of the name.")
            number = QLocale().toString
            status = status.replace("%1", number(len(page.rows))).replace("%2", number(page.total))
        else:
            status = ""
        self._say(status)
        if self._take_when_shown and self._pending is None:
            self._take_when_shown = False
            if self.current_row() >= 0:
                self.taken.emit()

    def _failed(self, exc: Exception) -> None:
        self._pending = None
        self._take_when_shown = False
        self._searched = None  # the same text may be tried again
        self._say(report_error_text(exc))

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
        """The row of the peer educator selected (-1: none)."""
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def choice(self) -> MentorSummary | None:
        """The peer educator selected, or None (also while the rows shown are for other text)."""
        row = self.current_row()
        if row < 0 or self._searched != self.search_edit.text().strip():
            return None
        return self.model.row(row)

    def mentor_id(self, *, fresh: bool = True) -> str:
        """The id of the peer educator selected ("" when none).

        Args:
            fresh: "" as well while the rows shown were found for other text than the
                box holds now (typed on, the new search not back yet).
        """
        row = self.current_row()
        if row < 0:
            return ""
        if fresh and self._searched != self.search_edit.text().strip():
            return ""
        return self.model.row(row).id

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.search_edit
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
        ):
            key = Qt.Key(event.key())
            if key in _MOVES:
                self._select(self.current_row() + _MOVES[key] if self.current_row() >= 0 else 0)
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers():
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
