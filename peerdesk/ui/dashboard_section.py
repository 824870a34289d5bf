"""The Dashboard: the month's figures with the month before and six months of bars; the alerts.

Everything comes from :class:`~peerdesk.services.dashboard.DashboardService` through the task
runner, in three jobs so the window is usable at once and fills in as answers come: the month's
figures (with the month before), then the alerts (:mod:`peerdesk.ui.dashboard_alerts`), then
the earlier months for the charts. Until then each place says "Loading…" in the space its
answer will take. An answer asked for before the month was changed, the data changed, or the
screen was left is dropped (and a job still queued then does no work). Activating an alert asks
the window to open the record (``open_*_requested``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QHideEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from peerdesk.domain.measures import Period
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
from peerdesk.ui.dashboard_alerts import AlertsPanel, LatestOnly
from peerdesk.ui.flow_layout import FlowLayout
from peerdesk.ui.form_fields import format_date
from peerdesk.ui.messages import error_text
from peerdesk.ui.widgets import heading_label, hint_label, message_label, set_message

if TYPE_CHECKING:
    from peerdesk.services.dashboard import DashboardService, MonthFigures
    from peerdesk.ui.session import UiSession

#: Months of figures shown: the month shown and the five before it.
MONTHS = 6
#: Months read first: the month shown and the one before it (the tiles' two numbers).
FIRST_MONTHS = 2
#: Tiles per row at most (fewer when the page is too narrow for them).
TILE_COLUMNS = 4
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
        self._figure_jobs = LatestOnly(session.runner, self)
        today = session.today()
        self._this_month = Period.month(today.year, today.month)
        self.month = self._this_month
        self._stale = True
        #: The months counted so far for the month shown (oldest first; all six once complete).
        self.months: tuple[MonthFigures, ...] = ()
        self._first: tuple[MonthFigures, ...] = ()
        self._earlier: tuple[MonthFigures, ...] | None = None
        self._failed = False

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
        # The month's controls wrap onto more lines when the page is narrow (large text).
        self.month_bar = QWidget()
        month_row = FlowLayout(self.month_bar, align_right=True)
        for widget in (self.previous_button, self.month_label, self.next_button):
            month_row.addWidget(widget)
        refresh_holder = QWidget()  # a little apart from the month's buttons
        refresh_box = QHBoxLayout(refresh_holder)
        refresh_box.setContentsMargins(12, 0, 0, 0)
        refresh_box.addWidget(self.refresh_button)
        month_row.addWidget(refresh_holder)
        top = QHBoxLayout()
        top.addWidget(self.heading, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.month_bar, 1)  # its lines keep to the right
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

        self.alerts = AlertsPanel(session, self._service)
        self.alerts.open_participant_requested.connect(self.open_participant_requested)
        self.alerts.open_mentor_requested.connect(self.open_mentor_requested)
        # Short names for what tests and the window reach often.
        self.alerts_model = self.alerts.model
        self.alerts_table = self.alerts.table

        # At a large text size the page scrolls rather than squeezing the alerts away.
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addLayout(top)
        for widget in (self.so_far_label, self.error_label, self.tile_area):
            layout.addWidget(widget)
        layout.addSpacing(8)
        layout.addWidget(self.alerts, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the controls inside
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self._show_month()
        self._show_figures()
        session.events.changed.connect(self._on_changed)

    # --- loading -------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            # Read when first shown, and again after a change (or a cut-short read) while hidden.
            self.reload()
        super().showEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:
        # Leaving the screen: the reads still queued would only delay the next screen's.
        if not event.spontaneous() and (self.busy or self.alerts.loading):
            self._figure_jobs.cancel()
            self.alerts.cancel()
            self._stale = True
        super().hideEvent(event)

    def reload(self) -> None:
        """Read the figures and the alerts again: this month's figures first, then the alerts,
        then the months before for the charts."""
        self._stale = False
        self.load_months()

    def load_months(self, with_alerts: bool = True) -> None:
        """Read the figures of the month shown and the months before it (on the worker), and
        the alerts between the two jobs when ``with_alerts``."""
        from peerdesk.services.dashboard import months_ending

        self._figure_jobs.cancel()
        month = self.month
        first = months_ending(month, FIRST_MONTHS)
        service, actor = self._service, self._session.actor
        self._first, self._earlier, self._failed = (), None, False
        set_message(self.error_label, "")
        self._show_figures()
        self._figure_jobs.run(
            lambda: service.months(actor, month, FIRST_MONTHS),
            on_done=self._first_loaded,
            on_error=self._months_failed,
        )
        if with_alerts:
            self.alerts.load()
        self._figure_jobs.run(
            lambda: service.months(actor, first[0].previous(), MONTHS - FIRST_MONTHS),
            on_done=self._earlier_loaded,
            on_error=self._months_failed,
        )

    @property
    def busy(self) -> bool:
        """Whether figures are still being counted."""
        return not self._failed and (self._earlier is None or not self._first)

    def _first_loaded(self, months: tuple[MonthFigures, ...]) -> None:
        self._first = months
        self._show_figures()

    def _earlier_loaded(self, months: tuple[MonthFigures, ...]) -> None:
        self._earlier = months
        self._show_figures()

    def _months_failed(self, exc: Exception) -> None:
        self._figure_jobs.cancel()  # one message is enough: the other answer is dropped
        self._failed = True
        self._show_figures()
        set_message(self.error_label, error_text(exc))

    def _on_changed(self, what: frozenset[str]) -> None:
        if not REFRESH_ON & what:
            return
        if self.isVisible():
            self.reload()
        else:
            self._figure_jobs.cancel()
            self.alerts.cancel()
            self._stale = True

    # --- the month -----------------------------------------------------------------------
    def show_previous_month(self) -> None:
        """Show the month before the one showing."""
        self.month = self.month.previous()
        self._show_month()
        self.load_months(with_alerts=False)

    def show_next_month(self) -> None:
        """Show the month after the one showing (never past this month)."""
        if self.month.start >= self._this_month.start:
            return
        self.month = Period.month(self.month.end.year, self.month.end.month)
        self._show_month()
        self.load_months(with_alerts=False)

    def _show_month(self) -> None:
        text = month_name(self.month)
        self.month_label.setText(text)
        self.month_label.setAccessibleName(self.tr("Month shown: %1").replace("%1", text))
        self.next_button.setEnabled(self.month.start < self._this_month.start)
        so_far = self.month == self._this_month
        today = format_date(self._session.today())
        # The line stays (empty) for past months, so the tiles do not move with the month.
        self.so_far_label.setText(
            self.tr("Counted up to today, %1: this month is not over yet.").replace("%1", today)
            if so_far
            else " "
        )

    # --- showing ---------------------------------------------------------------------------
    def _show_figures(self) -> None:
        """Whatever is counted so far: "Loading…", this month's numbers, or the whole run."""
        whole = bool(self._first) and self._earlier is not None
        self.months = (*(self._earlier or ()), *self._first) if whole else ()
        for figure, tile in self.tiles.items():
            if self.months:
                values = [m.value(figure) for m in self.months]
                tile.show_figures(
                    [m.period for m in self.months],
                    [self.format_value(figure, v) for v in values],
                    values,
                )
            elif self._first:
                now, before = (
                    self.format_value(figure, m.value(figure)) for m in self._first[::-1]
                )
                tile.show_month(now, before, loading=not self._failed)
            elif self._failed:
                tile.show_month("—", "—", loading=False)
            else:
                tile.show_loading()

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
