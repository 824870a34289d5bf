"""The dashboard's alerts: a line per kind with how many there are, and the table of the most
urgent of each kind, each row opening its record.

The panel reads :meth:`~peerdesk.services.dashboard.DashboardService.alerts` through the task
runner. Each kind's line is there from the start ("loading…"), so nothing moves when the answer
comes; when a kind has more alerts than are listed, its line says how many more and offers to
list the next :data:`~peerdesk.services.dashboard.ALERTS_PER_KIND`, which reads that kind alone.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QLocale, QModelIndex, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from peerdesk.domain.alerts import AlertKind
from peerdesk.domain.roles import Action
from peerdesk.ui.alert_table_model import AlertTableModel
from peerdesk.ui.messages import error_text
from peerdesk.ui.table_views import row_table
from peerdesk.ui.widgets import heading_label, hint_label, message_label, set_message

if TYPE_CHECKING:
    from peerdesk.services.dashboard import AlertRow, DashboardAlerts, DashboardService
    from peerdesk.ui.session import UiSession
    from peerdesk.ui.task_runner import Runner

#: Alert rows the table shows at least (the page scrolls when the window is too short).
ALERT_ROWS_SHOWN = 5
#: Texts as wide as the alert columns should start (the last column stretches).
ALERT_COLUMN_SAMPLES = (
    "Certification expiring",
    "Lastname-Long, Firstname",
    "W00000000",
    "0000-00-00",
)
#: Listed at first, and added by each "show more" (the service's own default).
STEP = 300
#: The most of one kind the panel asks for (the service's own cap).
MOST = 3000


class _Skipped:
    """What a job returns when its request was superseded before the worker reached it."""


_SKIPPED = _Skipped()


class LatestOnly:
    """Runs jobs through the task runner for one purpose, keeping only the latest request.

    :meth:`cancel` (or a new request after it) makes every earlier answer stale: a job still
    queued when the worker reaches it does no work, and a stale answer or error is dropped.

    Args:
        runner: the session's task runner.
        owner: the widget the answers are for (dropped once it is deleted).
    """

    def __init__(self, runner: Runner, owner: QObject) -> None:
        self._runner = runner
        self._owner = owner
        self.request = 0

    def cancel(self) -> None:
        """Make every answer asked for so far stale."""
        self.request += 1

    def run(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[Exception], None],
    ) -> None:
        """Queue ``fn`` under the current request."""
        request = self.request

        def job() -> Any:
            # Read on the worker: an int read is atomic, and a stale job only costs a check.
            return _SKIPPED if request != self.request else fn()

        def done(result: Any) -> None:
            if request == self.request and result is not _SKIPPED:
                on_done(result)

        def failed(exc: Exception) -> None:
            if request == self.request:
                on_error(exc)

        self._runner.run(job, on_done=done, on_error=failed, owner=self._owner)


class AlertsPanel(QWidget):
    """Today's alerts: how many of each kind, and the most urgent of each in a table.

    Emits ``open_participant_requested(id)`` when an alert about a participant is opened and
    ``open_mentor_requested(id)`` for a mentor's certification.

    Args:
        session: the signed-in session.
        service: the dashboard service.
    """

    open_participant_requested = Signal(str)
    open_mentor_requested = Signal(str)

    def __init__(
        self, session: UiSession, service: DashboardService, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._service = service
        self._jobs = LatestOnly(session.runner, self)
        self.loading = False
        kinds = [AlertKind.NO_RECENT_CONTACT, AlertKind.RELEASE_NOT_READY]
        if session.may(Action.MENTOR_MANAGE):
            kinds.append(AlertKind.CERTIFICATION_EXPIRING)
        self.kinds = tuple(kinds)
        #: How many of each kind to list (raised by "show more").
        self.limits = dict.fromkeys(self.kinds, STEP)
        self.rows: dict[AlertKind, tuple[AlertRow, ...]] = {}
        self.totals: dict[AlertKind, int] = {}

        self.heading = heading_label(self.tr("Alerts"), scale=1.2)
        self.hint = hint_label(self.tr("Double-click an alert or press Enter to open the record."))
        self.error_label = message_label()
        self.kind_labels: dict[AlertKind, QLabel] = {}
        self.more_buttons: dict[AlertKind, QPushButton] = {}
        counts = QVBoxLayout()
        counts.setContentsMargins(0, 0, 0, 0)
        counts.setSpacing(2)
        for kind in self.kinds:
            label = QLabel()
            button = QPushButton()
            button.clicked.connect(lambda _=False, k=kind: self.show_more(k))
            policy = button.sizePolicy()
            policy.setRetainSizeWhenHidden(True)  # the line keeps its height either way
            button.setSizePolicy(policy)
            button.setVisible(False)
            line = QHBoxLayout()
            line.setSpacing(12)
            line.addWidget(label)
            line.addWidget(button)
            line.addStretch(1)
            counts.addLayout(line)
            self.kind_labels[kind], self.more_buttons[kind] = label, button

        self.model = AlertTableModel(self)
        self.table = table = row_table(self.model, self.tr("Alerts"))
        line_height = table.verticalHeader().defaultSectionSize()
        table.setMinimumHeight(line_height * (ALERT_ROWS_SHOWN + 1))
        table.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        columns = table.horizontalHeader()
        metrics = columns.fontMetrics()
        kinds_text = [self.model.cell_text_of(kind) for kind in AlertKind]
        for column, sample in enumerate(ALERT_COLUMN_SAMPLES):
            header = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            texts = [sample, header, *(kinds_text if column == 0 else ())]
            width = max(metrics.horizontalAdvance(t) for t in texts)
            columns.resizeSection(column, width + 3 * metrics.averageCharWidth())
        table.activated.connect(self._open_alert)
        table.doubleClicked.connect(self._open_alert)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.heading, self.hint, self.error_label):
            layout.addWidget(widget)
        layout.addLayout(counts)
        layout.addWidget(self.table, 1)
        self._show_loading()

    # --- loading -------------------------------------------------------------------------
    def load(self) -> None:
        """Read every kind again, as many of each as listed now (on the worker)."""
        self._jobs.cancel()
        self.loading = True
        self._show_loading()
        service, actor, limits = self._service, self._session.actor, dict(self.limits)
        self._jobs.run(
            lambda: service.alerts(actor, limits),
            on_done=self._loaded,
            on_error=self._failed,
        )

    def cancel(self) -> None:
        """Drop the answer on its way (the screen is left, or the data changed)."""
        self._jobs.cancel()
        self.loading = False

    def show_more(self, kind: AlertKind) -> None:
        """List the next :data:`STEP` alerts of ``kind`` (reads that kind alone)."""
        if self.loading or kind not in self.limits:
            return
        self.limits[kind] = min(self.limits[kind] + STEP, MOST)
        self.loading = True
        button = self.more_buttons[kind]
        button.setEnabled(False)
        button.setText(self.tr("Loading…"))
        service, actor, limits = self._service, self._session.actor, {kind: self.limits[kind]}
        first_new = sum(len(self.rows.get(k, ())) for k in self.kinds[: self.kinds.index(kind)])
        first_new += len(self.rows.get(kind, ()))
        self._jobs.run(
            lambda: service.alerts(actor, limits, (kind,)),
            on_done=lambda found: self._loaded(found, first_new),
            on_error=self._failed,
        )

    def _loaded(self, found: DashboardAlerts, first_new: int | None = None) -> None:
        self.loading = False
        set_message(self.error_label, "")
        for kind in found.totals:
            self.rows[kind] = tuple(r for r in found.rows if r.alert.kind is kind)
            self.totals[kind] = found.totals[kind]
        rows = [r for kind in self.kinds for r in self.rows.get(kind, ())]
        self.model.set_rows(rows)
        self._show_counts()
        if first_new is not None and first_new < len(rows):
            index = self.model.index(first_new, 0)
            self.table.setCurrentIndex(index)
            self.table.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtTop)

    def _failed(self, exc: Exception) -> None:
        self.loading = False
        set_message(self.error_label, error_text(exc))
        self._show_counts()

    # --- showing ---------------------------------------------------------------------------
    def kind_title(self, kind: AlertKind) -> str:
        """The name of a kind of alert, as its line starts."""
        return {
            AlertKind.NO_RECENT_CONTACT: self.tr("No recent contact"),
            AlertKind.RELEASE_NOT_READY: self.tr("Release not prepared"),
            AlertKind.CERTIFICATION_EXPIRING: self.tr("Certification expiring"),
        }[kind]

    def _show_loading(self) -> None:
        loading = self.tr("Loading…")
        self.heading.setText(self.tr("Alerts"))
        for kind in self.kinds:
            label = self.kind_labels[kind]
            label.setText(
                self.tr("%1: %2").replace("%1", self.kind_title(kind)).replace("%2", loading)
            )
            label.setAccessibleName(label.text())
            self.more_buttons[kind].setVisible(False)
        self.table.setAccessibleDescription(self.tr("Loading the alerts…"))

    def _show_counts(self) -> None:
        locale = QLocale()
        listed_in_all = 0
        for kind in self.kinds:
            label, button = self.kind_labels[kind], self.more_buttons[kind]
            listed = len(self.rows.get(kind, ()))
            total = self.totals.get(kind, 0)
            listed_in_all += listed
            title = self.kind_title(kind)
            if kind not in self.totals:
                text = self.tr("%1: not counted").replace("%1", title)
            elif total == 0:
                text = self.tr("%1: none").replace("%1", title)
            elif total <= listed:
                text = self.tr("%1: %2").replace("%1", title).replace("%2", locale.toString(total))
            else:
                text = (
                    self.tr("%1: %2 listed, and %3 more")
                    .replace("%1", title)
                    .replace("%2", locale.toString(listed))
                    .replace("%3", locale.toString(total - listed))
                )
            label.setText(text)
            label.setAccessibleName(text)
            more = total > listed and self.limits[kind] < MOST
            step = locale.toString(min(STEP, total - listed))
            button.setText(self.tr("Show %1 more").replace("%1", step))
            button.setAccessibleName(
                self.tr("Show %1 more: %2").replace("%1", step).replace("%2", title)
            )
            button.setEnabled(more)
            button.setVisible(more)
        count = locale.toString(sum(self.totals.values()))
        self.heading.setText(self.tr("Alerts (%1)").replace("%1", count))
        self.table.setAccessibleDescription(
            self.tr("%1 alerts listed").replace("%1", locale.toString(listed_in_all))
            if listed_in_all
            else self.tr("No alerts today.")
        )

    def _open_alert(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        row = self.model.row(index.row())
        if row.participant_id:
            self.open_participant_requested.emit(row.participant_id)
        elif row.alert.record_type == "mentor":
            self.open_mentor_requested.emit(row.alert.record_id)
