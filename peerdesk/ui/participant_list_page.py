"""The participants list: type-to-search, filters, a table that pages as it scrolls."""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from peerdesk.domain.participant import ParticipantStatus
from peerdesk.domain.roles import Action
from peerdesk.ui.app_events import PARTICIPANTS
from peerdesk.ui.flow_layout import FlowLayout
from peerdesk.ui.labels import status_label
from peerdesk.ui.participant_table_model import COL_NAME, SORT_KEYS, ParticipantTableModel
from peerdesk.ui.responsive_row import ResponsiveRow
from peerdesk.ui.sort_combo import SortCombo
from peerdesk.ui.widgets import heading_label, message_label, set_message

if TYPE_CHECKING:
    from peerdesk.services.participants import ParticipantQuery
    from peerdesk.ui.session import UiSession

#: Wait this long after the last key before searching, so typing a name runs one query.
SEARCH_DELAY_MS = 150
#: Release windows offered by the filter, in days from today (0: any date).
RELEASE_WINDOWS = (0, 30, 90, 182, 365)


#: Where the list's sort order is remembered (both Participants and My mentees).
SORT_STATE = "participants/sort"


def remembered_sort(saved: str) -> tuple[int, Qt.SortOrder]:
    """The column and order in ``saved`` ("column:order"), by name when unset or unreadable."""
    orders = {o.value: o for o in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder)}
    try:
        column_text, order_text = saved.split(":")
        column, order = int(column_text), int(order_text)
    except ValueError:
        return COL_NAME, Qt.SortOrder.AscendingOrder
    if column not in SORT_KEYS or order not in orders:
        return COL_NAME, Qt.SortOrder.AscendingOrder
    return column, orders[order]


class ParticipantListPage(QWidget):
    """Finds participants; emits ``open_requested(id)`` and ``new_requested``.

    Args:
        session: the signed-in session.
        title: the page heading ("Participants", or "My mentees" for a peer educator).
    """

    open_requested = Signal(str)
    new_requested = Signal()

    def __init__(self, session: UiSession, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        services, actor = session.services, session.actor
        self.model = ParticipantTableModel(
            lambda q: services.participants.search(actor, q), session.runner, self
        )
        self.model.loaded.connect(self._show_count)
        self.model.loaded.connect(self._select_first)
        self._go_to_first = False
        self.model.failed.connect(self._show_error)

        self.heading = heading_label(title, scale=1.4)
        self.count_label = QLabel()
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Search by name or DOC number"))
        self.search_edit.setAccessibleName(self.tr("Search participants"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setMaxLength(100)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filters)
        self.search_edit.textChanged.connect(self._typed)
        self.search_edit.returnPressed.connect(self._open_first_or_search)
        QShortcut(QKeySequence.StandardKey.Find, self, self._focus_search)

        self.status_combo = QComboBox()
        self.status_combo.setAccessibleName(self.tr("Status"))
        self.status_combo.addItem(self.tr("Any status"), "")  # "" = any: never None
        for status in ParticipantStatus:
            self.status_combo.addItem(status_label(status.value), status.value)
        self.unit_edit = QLineEdit()
        self.unit_edit.setPlaceholderText(self.tr("Any unit"))
        self.unit_edit.setAccessibleName(self.tr("Housing unit"))
        self.unit_edit.setMaxLength(40)
        self.release_combo = QComboBox()
        self.release_combo.setAccessibleName(self.tr("Projected release"))
        for days in RELEASE_WINDOWS:
            self.release_combo.addItem(self._window_text(days), days)
        self.status_combo.currentIndexChanged.connect(self.apply_filters)
        self.release_combo.currentIndexChanged.connect(self.apply_filters)
        self.unit_edit.textChanged.connect(self._typed)
        self.clear_button = QPushButton(self.tr("Clear filters"))
        self.clear_button.clicked.connect(self.clear_filters)

        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Participants"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().setVisible(False)
        # Every row is one line: a fixed height means Qt never measures rows as they load.
        rows = self.table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 12)
        columns = self.table.horizontalHeader()
        columns.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        columns.setStretchLastSection(True)
        columns.setDefaultSectionSize(150)
        columns.resizeSection(COL_NAME, 320)
        # The indicator first, so that turning sorting on asks for the order already set.
        columns.setSortIndicator(COL_NAME, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        # Header sections take no focus: the keyboard sorts with this box (in SQL all the same).
        self.sort_combo = SortCombo(self.table, sorted(SORT_KEYS))
        sort_label = QLabel(self.tr("Sort by:"))
        sort_label.setBuddy(self.sort_combo)
        self.table.activated.connect(self._open_index)
        self.table.doubleClicked.connect(self._open_index)

        self.new_button: QPushButton | None = None
        # Each row puts its two halves one above the other when the page is too narrow for
        # both (200 % text in Spanish needed ~1,350 px in one line).
        title_part = QWidget()
        title_box = QHBoxLayout(title_part)
        title_box.setContentsMargins(0, 0, 0, 0)
        title_box.addWidget(self.heading)
        title_box.addStretch(1)
        title_box.addWidget(self.count_label)
        order_part: QWidget = _row(sort_label, self.sort_combo)
        if session.may(Action.PARTICIPANT_EDIT):
            self.new_button = QPushButton(self.tr("New participant…"))
            self.new_button.setShortcut(QKeySequence.StandardKey.New)
            self.new_button.clicked.connect(self.new_requested)
            order_part = ResponsiveRow(order_part, _row(self.new_button), (1, 0))
        top = ResponsiveRow(title_part, order_part, (1, 0))

        # Narrow (200 % text), the filters wrap onto more lines, in their order.
        choices = QWidget()
        flow = FlowLayout(choices, align_right=True)
        flow.addWidget(_row(QLabel(self.tr("Status:")), self.status_combo))
        flow.addWidget(_row(QLabel(self.tr("Unit:")), self.unit_edit))
        flow.addWidget(_row(QLabel(self.tr("Release:")), self.release_combo))
        flow.addWidget(self.clear_button)
        self.search_edit.setMinimumWidth(self.search_edit.fontMetrics().averageCharWidth() * 18)
        filters = ResponsiveRow(self.search_edit, choices, (1, 2))
        filters.box.setAlignment(self.search_edit, Qt.AlignmentFlag.AlignTop)

        self.error_label = message_label()
        self.empty_label = QLabel()
        self.empty_label.setVisible(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(top)
        layout.addWidget(filters)
        layout.addWidget(self.error_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)
        session.events.changed.connect(self._on_changed)
        # The order last chosen (kept in the preferences), once the page is whole.
        column, order = remembered_sort(session.preferences.ui_state(SORT_STATE))
        if (column, order) != (COL_NAME, Qt.SortOrder.AscendingOrder):
            columns.setSortIndicator(column, order)
        columns.sortIndicatorChanged.connect(
            lambda c, o: session.preferences.set_ui_state(SORT_STATE, f"{c}:{o.value}")
        )

    # --- querying ------------------------------------------------------------------------
    def current_query(self) -> ParticipantQuery:
        """The query the search box and the filters describe (in the table's order)."""
        from peerdesk.services.participants import ParticipantQuery

        status = self.status_combo.currentData()
        days = self.release_combo.currentData()
        today = self._session.today()
        return ParticipantQuery(
            text=self.search_edit.text().strip(),
            statuses=(ParticipantStatus(status),) if status else (),
            housing_unit=" ".join(self.unit_edit.text().split()),
            release_from=today if days else None,
            release_to=today + timedelta(days=days) if days else None,
            sort=self.model.query.sort,
            descending=self.model.query.descending,
        )

    def _typed(self) -> None:
        self._search_timer.start()  # restarted by every key: one query once typing pauses

    def apply_filters(self, *_args: object) -> None:
        """Run the query now (the search box waits :data:`SEARCH_DELAY_MS` first)."""
        self._search_timer.stop()
        set_message(self.error_label, "")
        self.model.set_query(self.current_query())

    def clear_filters(self) -> None:
        """Empty the search box and set every filter back to "any"."""
        for widget in (self.search_edit, self.unit_edit, self.status_combo, self.release_combo):
            widget.blockSignals(True)
        self.search_edit.clear()
        self.unit_edit.clear()
        self.status_combo.setCurrentIndex(0)
        self.release_combo.setCurrentIndex(0)
        for widget in (self.search_edit, self.unit_edit, self.status_combo, self.release_combo):
            widget.blockSignals(False)
        self.apply_filters()

    def _on_changed(self, what: frozenset[str]) -> None:
        if PARTICIPANTS in what:
            self.model.reload()

    # --- showing ---------------------------------------------------------------------------
    def _window_text(self, days: int) -> str:
        texts = {
            0: self.tr("Any date"),
            30: self.tr("Within 30 days"),
            90: self.tr("Within 90 days"),
            182: self.tr("Within 6 months"),
            365: self.tr("Within a year"),
        }
        return texts[days]

    def _show_count(self, total: int) -> None:
        self.count_label.setText(self.tr("%n participant(s)", "", total))
        filtered = self.current_query() != self._unfiltered()
        if total == 0:
            text = (
                self.tr("Nobody matches the search and filters.")
                if filtered
                else self.tr("No participants yet.")
            )
            self.empty_label.setText(text)
        self.empty_label.setVisible(total == 0)

    def _unfiltered(self) -> ParticipantQuery:
        from peerdesk.services.participants import ParticipantQuery

        q = self.model.query
        return ParticipantQuery(sort=q.sort, descending=q.descending)

    def _show_error(self, text: str) -> None:
        set_message(self.error_label, text)

    def _focus_search(self) -> None:
        self.search_edit.setFocus()
        self.search_edit.selectAll()

    def _open_first_or_search(self) -> None:
        """Enter in the search box: search now, then move to the first row found."""
        self._go_to_first = True
        self.apply_filters()

    def _select_first(self, _total: int = 0) -> None:
        if self._go_to_first and self.model.rowCount() > 0:
            self.table.setFocus()
            self.table.selectRow(0)
        self._go_to_first = False

    def _open_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_requested.emit(self.model.participant_id(index.row()))


def _row(*widgets: QWidget) -> QWidget:
    """``widgets`` side by side in a widget of their own, right-aligned; a label first is
    the buddy of the field after it."""
    part = QWidget()
    box = QHBoxLayout(part)
    box.setContentsMargins(0, 0, 0, 0)
    box.addStretch(0)
    first = widgets[0]
    if isinstance(first, QLabel) and len(widgets) > 1:
        first.setBuddy(widgets[1])
    for w in widgets:
        box.addWidget(w, 0 if isinstance(w, QLabel | QPushButton) else 1)
    return part
