"""The Dashboard: the month's figures with the month before and six months of bars; the alerts.

Figures and alerts come from :class:`~peerdesk.services.dashboard.DashboardService` through
the task runner: the alerts first (quick), then six months of figures in one job, with a busy
bar meanwhile. Activating an alert asks the window to open the record (``open_*_requested``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QLocale, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from peerdesk.domain.measures import Period
from peerdesk.ui.alert_table_model import AlertTableModel
from peerdesk.ui.app_events import (
    CONTACTS,
    GROUPS,
    MATCHES,
    MENTORS,
    PARTICIPANTS,
    PARTNERS,
    SESSIONS,
    SETTINGS,
    SYNC,
)
from peerdesk.ui.charts import FigureTile, month_name, tile_grid
from peerdesk.ui.form_fields import format_date
from peerdesk.ui.messages import error_text
from peerdesk.ui.widgets import heading_label, hint_label, message_label, set_message

if TYPE_CHECKING:
    from peerdesk.services.dashboard import AlertRow, DashboardService, MonthFigures
    from peerdesk.ui.session import UiSession

#: Months of figures read at once: the month shown and the five before it.
MONTHS = 6
#: Tiles per row.
TILE_COLUMNS = 4
#: Alert rows the table shows at least (the page scrolls when the window is too short).
ALERT_ROWS_SHOWN = 5
#: Texts as wide as the alert columns should start (the last column stretches).
ALERT_COLUMN_SAMPLES = (
    "Certification expiring",
    "Lastname-Long, Firstname",
    "W00000000",
    "0000-00-00",
)
#: Changes (names on ``AppEvents.changed``) that can move a figure or an alert.
REFRESH_ON = frozenset(
    {PARTICIPANTS, SETTINGS, MATCHES, MENTORS, GROUPS, SESSIONS, CONTACTS, PARTNERS, SYNC}
)


def dashboard_of(session: UiSession) -> DashboardService:
    """The session's dashboard service."""
    return session.services.dashboard


class DashboardSection(QWidget):
    """The month's figures and today's alerts.

    Emits ``open_participant_requested(id)`` when an alert about a participant is opened and
    ``open_mentor_requested(id)`` for a mentor's certification.

    Args:
        session: the signed-in session.
        service: the dashboard service (default: :func:`dashboard_of` the session).
    """

    open_participant_requested = Signal(str)
    open_mentor_requested = Signal(str)

    def __init__(
        self,
        session: UiSession,
        service: DashboardService | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        from peerdesk.services.dashboard import Figure

        self._session = session
        self._service = service or dashboard_of(session)
        today = session.today()
        self._this_month = Period.month(today.year, today.month)
        self.month = self._this_month
        self._request = 0  # answers to older requests are dropped
        self._stale = True
        self.months: tuple[MonthFigures, ...] = ()

        self.heading = heading_label(self.tr("Dashboard"), scale=1.4)
        self.previous_button = QPushButton(self.tr("◀ Previous month"))
        self.previous_button.setShortcut(QKeySequence("Alt+Left"))
        self.previous_button.setToolTip(self.tr("Show the month before (Alt+Left)"))
        self.previous_button.clicked.connect(self.show_previous_month)
        self.month_label = heading_label("", scale=1.2)
        self.month_label.setWordWrap(False)
        self.month_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.next_button = QPushButton(self.tr("Next month ▶"))
        self.next_button.setShortcut(QKeySequence("Alt+Right"))
        self.next_button.setToolTip(self.tr("Show the month after (Alt+Right)"))
        self.next_button.clicked.connect(self.show_next_month)
        self.so_far_label = hint_label("")
        self.so_far_label.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.setShortcut(QKeySequence.StandardKey.Refresh)
        self.refresh_button.setToolTip(self.tr("Count again (F5)"))
        self.refresh_button.clicked.connect(self.reload)
        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addStretch(1)
        top.addWidget(self.previous_button)
        top.addWidget(self.month_label)
        top.addWidget(self.next_button)
        top.addSpacing(12)
        top.addWidget(self.refresh_button)

        self.busy_label = QLabel(self.tr("Counting the figures…"))
        self.busy_bar = QProgressBar()
        self.busy_bar.setRange(0, 0)  # no steps to count: a moving bar
        self.busy_bar.setMaximumWidth(240)
        self.busy_bar.setAccessibleName(self.tr("Counting the figures"))
        self.busy_row = QWidget()
        busy = QHBoxLayout(self.busy_row)
        busy.setContentsMargins(0, 0, 0, 0)
        busy.addWidget(self.busy_label)
        busy.addWidget(self.busy_bar)
        busy.addStretch(1)
        self.busy_row.setVisible(False)
        self.error_label = message_label()

        titles = {
            Figure.ENROLLED: self.tr("Enrolled"),
            Figure.ACTIVE: self.tr("Active"),
            Figure.MATCHED: self.tr("Matched"),
            Figure.SESSIONS: self.tr("Group sessions held"),
            Figure.ATTENDANCE_RATE: self.tr("Attendance rate"),
            Figure.CONTACTS_PER_MATCH: self.tr("Contacts per match"),
            Figure.REFERRALS: self.tr("Referrals made"),
        }
        self.tiles = {figure: FigureTile(titles[figure]) for figure in Figure}
        self.tile_area = tile_grid(list(self.tiles.values()), TILE_COLUMNS)

        self.alerts_heading = heading_label(self.tr("Alerts"), scale=1.2)
        self.alerts_hint = hint_label(
            self.tr("Double-click an alert or press Enter to open the record.")
        )
        self.alerts_model = AlertTableModel(self)
        self.alerts_table = table = QTableView()
        table.setModel(self.alerts_model)
        table.setAccessibleName(self.tr("Alerts"))
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.setTabKeyNavigation(False)
        table.verticalHeader().setVisible(False)
        line = self.fontMetrics().height() + 12
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        table.verticalHeader().setDefaultSectionSize(line)
        table.setMinimumHeight(line * (ALERT_ROWS_SHOWN + 1))
        columns = table.horizontalHeader()
        columns.setStretchLastSection(True)
        metrics = columns.fontMetrics()
        for column, sample in enumerate(ALERT_COLUMN_SAMPLES):
            header = str(self.alerts_model.headerData(column, Qt.Orientation.Horizontal))
            width = max(metrics.horizontalAdvance(t) for t in (sample, header))
            columns.resizeSection(column, width + 3 * metrics.averageCharWidth())
        table.activated.connect(self._open_alert)
        table.doubleClicked.connect(self._open_alert)
        self.alerts_error = message_label()
        self.no_alerts_label = QLabel(self.tr("No alerts today."))
        self.no_alerts_label.setVisible(False)

        # At a large text size the page scrolls rather than squeezing the alerts away.
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addLayout(top)
        for widget in (self.so_far_label, self.busy_row, self.error_label, self.tile_area):
            layout.addWidget(widget)
        layout.addSpacing(8)
        for widget in (
            self.alerts_heading,
            self.alerts_hint,
            self.alerts_error,
            self.no_alerts_label,
        ):
            layout.addWidget(widget)
        layout.addWidget(self.alerts_table, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self._show_month()
        session.events.changed.connect(self._on_changed)

    # --- loading -------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            # Read when first shown, and again after a change made while hidden.
            self.reload()
        super().showEvent(event)

    def reload(self) -> None:
        """Read the alerts and the figures again."""
        self._stale = False
        self.load_alerts()
        self.load_months()

    def load_alerts(self) -> None:
        """Read today's alerts (on the worker)."""
        service, actor = self._service, self._session.actor
        self._session.runner.run(
            lambda: service.alerts(actor),
            on_done=self._alerts_loaded,
            on_error=self._alerts_failed,
            owner=self,
        )

    def load_months(self) -> None:
        """Read the figures of the month shown and the months before it (on the worker)."""
        self._request += 1
        request, month = self._request, self.month
        service, actor = self._service, self._session.actor
        self.busy_row.setVisible(True)
        self.tile_area.setEnabled(False)
        self._session.runner.run(
            lambda: service.months(actor, month, MONTHS),
            on_done=lambda result: self._months_loaded(request, result),
            on_error=lambda exc: self._months_failed(request, exc),
            owner=self,
        )

    @property
    def busy(self) -> bool:
        """Whether figures are being counted."""
        return self.busy_row.isVisibleTo(self)

    def _months_loaded(self, request: int, months: tuple[MonthFigures, ...]) -> None:
        if request != self._request:
            return  # the month changed meanwhile: a newer answer is on its way
        self._end_busy()
        set_message(self.error_label, "")
        self.months = months
        self._show_figures()

    def _months_failed(self, request: int, exc: Exception) -> None:
        if request == self._request:
            self._end_busy()
            set_message(self.error_label, error_text(exc))

    def _end_busy(self) -> None:
        self.busy_row.setVisible(False)
        self.tile_area.setEnabled(True)

    def _alerts_loaded(self, rows: tuple[AlertRow, ...]) -> None:
        set_message(self.alerts_error, "")
        self.alerts_model.set_rows(rows)
        count = QLocale().toString(len(rows))
        self.alerts_heading.setText(self.tr("Alerts (%1)").replace("%1", count))
        self.no_alerts_label.setVisible(not rows)
        self.alerts_table.setVisible(bool(rows))

    def _alerts_failed(self, exc: Exception) -> None:
        set_message(self.alerts_error, error_text(exc))

    def _on_changed(self, what: frozenset[str]) -> None:
        if not REFRESH_ON & what:
            return
        if self.isVisible():
            self.reload()
        else:
            self._stale = True

    # --- the month -----------------------------------------------------------------------
    def show_previous_month(self) -> None:
        """Show the month before the one showing."""
        self.month = self.month.previous()
        self._show_month()
        self.load_months()

    def show_next_month(self) -> None:
        """Show the month after the one showing (never past this month)."""
        if self.month.start >= self._this_month.start:
            return
        self.month = Period.month(self.month.end.year, self.month.end.month)
        self._show_month()
        self.load_months()

    def _show_month(self) -> None:
        text = month_name(self.month)
        self.month_label.setText(text)
        self.month_label.setAccessibleName(self.tr("Month shown: %1").replace("%1", text))
        self.next_button.setEnabled(self.month.start < self._this_month.start)
        so_far = self.month == self._this_month
        today = format_date(self._session.today())
        self.so_far_label.setText(
            self.tr("Counted up to today, %1: this month is not over yet.").replace("%1", today)
            if so_far
            else ""
        )
        self.so_far_label.setVisible(so_far)

    # --- showing ---------------------------------------------------------------------------
    def _show_figures(self) -> None:
        periods = [m.period for m in self.months]
        for figure, tile in self.tiles.items():
            values = [m.value(figure) for m in self.months]
            texts = [self.format_value(figure, v) for v in values]
            tile.show_figures(periods, texts, values)

    def format_value(self, figure: Any, value: float | None) -> str:
        """A figure as shown: a whole number, a percentage, or one decimal; "—" for none."""
        from peerdesk.services.dashboard import Figure

        if value is None:
            return "—"
        locale = QLocale()
        if figure is Figure.ATTENDANCE_RATE:
            return self.tr("%1%").replace("%1", locale.toString(value * 100, "f", 0))
        if figure is Figure.CONTACTS_PER_MATCH:
            return locale.toString(value, "f", 1)
        return locale.toString(int(value))

    def _open_alert(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        row = self.alerts_model.row(index.row())
        if row.participant_id:
            self.open_participant_requested.emit(row.participant_id)
        elif row.alert.record_type == "mentor":
            self.open_mentor_requested.emit(row.alert.record_id)
