"""The peer educators list: a status filter, a name search and a table read a page at a time;
Enter opens one."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from peerdesk.domain.mentor_rules import MentorStatus
from peerdesk.domain.roles import Action
from peerdesk.services.mentor_queries import MENTOR_PAGE, MENTOR_PAGE_MOST
from peerdesk.ui.app_events import MATCHES, MENTORS
from peerdesk.ui.column_fit import fit_columns
from peerdesk.ui.dashboard_alerts import LatestOnly
from peerdesk.ui.mentor_labels import TABLES, mentor_label
from peerdesk.ui.mentor_models import MentorTableModel
from peerdesk.ui.messages import error_text
from peerdesk.ui.search_box import search_box
from peerdesk.ui.show_more import more_button, show_remaining
from peerdesk.ui.table_views import row_table, selected_row
from peerdesk.ui.widgets import heading_label, message_label, set_message

if TYPE_CHECKING:
    from peerdesk.services.mentor_queries import MentorSummaryPage
    from peerdesk.ui.session import UiSession


class MentorListPage(QWidget):
    """Finds peer educators by status and name; emits ``open_requested(id)`` and
    ``new_requested``.

    The first :data:`~peerdesk.services.mentor_queries.MENTOR_PAGE` are read, sorted and
    counted in SQL; "Show more" reads the next page alone and adds it at the end.
    """

    open_requested = Signal(str)
    new_requested = Signal()

    def __init__(self, session: UiSession, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._jobs = LatestOnly(session.runner, self)
        #: Rows read per page ("Show more" adds this many).
        self.page_size = MENTOR_PAGE
        self.total = 0
        self.loading = False
        self.model = MentorTableModel(self)
        self.heading = heading_label(title, scale=1.4)
        self.count_label = QLabel()
        self.status_combo = QComboBox()
        self.status_combo.setAccessibleName(self.tr("Status"))
        self.status_combo.addItem(self.tr("Any status"), "")
        for status in MentorStatus:
            self.status_combo.addItem(mentor_label("mentor_status", status.value), status.value)
        self.status_combo.currentIndexChanged.connect(self.restart)
        self.search_edit, self._search_timer = search_box(
            self,
            self.tr("Last or first name"),
            self.tr("Search peer educators by name"),
            self.restart,
        )
        QShortcut(QKeySequence.StandardKey.Find, self, self.search_edit.setFocus)
        self.table = row_table(self.model, self.tr("Peer educators"), {0: 220})
        self.fit_column_widths()
        self.table.activated.connect(self._open_index)
        self.table.doubleClicked.connect(self._open_index)
        self.empty_label = QLabel()
        self.empty_label.setVisible(False)
        self.error_label = message_label()
        self.more_button = more_button(self.show_more)

        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addStretch(1)
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
        search_label = QLabel(self.tr("S&earch:"))
        search_label.setBuddy(self.search_edit)
        filters.addWidget(search_label)
        filters.addWidget(self.search_edit, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.empty_label)
        bottom.addWidget(self.more_button)
        bottom.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addLayout(top)
        layout.addLayout(filters)
        # Its own line: "12,500 peer educators, 200 listed" beside the heading and the button
        # would make the page scroll sideways at 200 % text in Spanish.
        layout.addWidget(self.count_label)
        layout.addWidget(self.error_label)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
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

    def status(self) -> MentorStatus | None:
        """The status the filter asks for (None: any)."""
        value = str(self.status_combo.currentData())
        return MentorStatus(value) if value else None

    def restart(self, *_args: object) -> None:
        """Read the first page for the filter and search chosen (a new list)."""
        self.model.set_rows([])
        self.reload()

    def reload(self, *_args: object) -> None:
        """Read the list again from the first row, as many rows as are listed now."""
        self._search_timer.stop()
        self._jobs.cancel()  # a page asked for before now would not fit the new list
        self.count_label.setText(self.tr("Loading…"))  # blank while the rows are read
        self.empty_label.setVisible(False)
        self.more_button.setVisible(False)
        self._read(min(max(self.page_size, self.model.rowCount()), MENTOR_PAGE_MOST), 0)

    def show_more(self) -> None:
        """Add the next page to the list (reads that page alone)."""
        listed = self.model.rowCount()
        if self.loading or listed >= self.total:
            return
        self.more_button.setEnabled(False)
        self.more_button.setText(self.tr("Loading…"))
        self._read(self.page_size, listed)

    def _read(self, limit: int, offset: int) -> None:
        s, status, search = self._session, self.status(), self.search_edit.text()
        self.loading = True
        set_message(self.error_label, "")
        self._jobs.run(
            lambda: s.services.mentors.mentor_page(
                s.actor, status=status, search=search, limit=limit, offset=offset
            ),
            on_done=self._loaded,
            on_error=self._failed,
        )

    def _failed(self, exc: Exception) -> None:
        self.loading = False
        self.count_label.setText("")
        set_message(self.error_label, error_text(exc))
        self._show_more_button()

    def _loaded(self, page: MentorSummaryPage) -> None:
        self.loading = False
        self.total = page.total
        if page.offset == 0:
            chosen = self._chosen_id()
            self.model.set_rows(page.rows)
            self.fit_column_widths()  # the language or text size may have changed since
            self._select(chosen)
        elif page.offset == self.model.rowCount():  # "show more": go to the first new one
            self.model.append_rows(page.rows)
            if page.rows:
                index = self.model.index(page.offset, 0)
                self.table.setCurrentIndex(index)
                self.table.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtTop)
        self._show_count()

    def _show_count(self) -> None:
        listed, total = self.model.rowCount(), self.total
        if total > listed:
            text = self.tr("%n peer educator(s), %1 listed", "", total).replace("%1", str(listed))
        else:
            text = self.tr("%n peer educator(s)", "", total)
        self.count_label.setText(text)
        self.count_label.setAccessibleName(text)
        if self.search_edit.text().strip():
            self.empty_label.setText(self.tr("No peer educators for this search and status."))
        else:
            self.empty_label.setText(self.tr("No peer educators with this status."))
        self.empty_label.setVisible(total == 0)
        self._show_more_button()

    def _show_more_button(self) -> None:
        show_remaining(
            self.more_button,
            self.total - self.model.rowCount(),
            self.page_size,
            self.tr("Show %1 &more"),
            self.tr("Show %1 more peer educators"),
        )

    def _chosen_id(self) -> str | None:
        row = selected_row(self.table)
        return self.model.row(row).id if 0 <= row < self.model.rowCount() else None

    def _select(self, mentor_id: str | None) -> None:
        for i in range(self.model.rowCount()):
            if self.model.row(i).id == mentor_id:
                self.table.selectRow(i)
                return

    def _on_changed(self, what: frozenset[str]) -> None:
        if what & {MENTORS, MATCHES}:
            self.reload()

    def _open_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_requested.emit(self.model.row(index.row()).id)
