"""Referrals and partners: the community partner directory and the referrals still waiting."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, ClassVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QLocale, QModelIndex, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from peerdesk.domain.roles import Action
from peerdesk.ui.app_events import PARTICIPANTS, PARTNERS
from peerdesk.ui.column_fit import fit_columns
from peerdesk.ui.dashboard_alerts import LatestOnly
from peerdesk.ui.form_fields import format_date
from peerdesk.ui.messages import error_text
from peerdesk.ui.partner_dialog import PartnerDialog
from peerdesk.ui.record_labels import (
    REFERRAL_STATUSES,
    SERVICE_TYPES,
    referral_status_label,
    service_type_label,
)
from peerdesk.ui.row_table_model import RowTableModel
from peerdesk.ui.table_views import row_table
from peerdesk.ui.widgets import heading_label, hint_label, message_label, set_message

if TYPE_CHECKING:
    from peerdesk.services.referrals import Partner, WaitingPage, WaitingReferral
    from peerdesk.ui.session import UiSession

#: Waiting referrals listed at first, and added by each "show more" (the service's default).
WAITING_STEP = 300
#: Texts as wide as the waiting columns should start, besides their headers and labels.
WAITING_SAMPLES = {
    0: "Lastname-Long, Firstname",
    1: "W00000000",
    2: "Riverside Family Resource Center",
    5: "0000-00-00",
}


class PartnerTableModel(RowTableModel["Partner"]):
    """The directory: organization, services, contact, phone, county, active."""

    CONTEXT: ClassVar[str] = "PartnerTableModel"
    HEADERS: ClassVar[tuple[str, ...]] = (
        QT_TRANSLATE_NOOP("PartnerTableModel", "Organization"),
        QT_TRANSLATE_NOOP("PartnerTableModel", "Services"),
        QT_TRANSLATE_NOOP("PartnerTableModel", "Contact"),
        QT_TRANSLATE_NOOP("PartnerTableModel", "Phone"),
        QT_TRANSLATE_NOOP("PartnerTableModel", "County"),
        QT_TRANSLATE_NOOP("PartnerTableModel", "Active"),
    )

    def cell(self, row: Partner, column: int) -> str:
        if column == 1:
            return ", ".join(service_type_label(k) for k in row.service_types)
        if column == 5:
            return self.tr("Yes") if row.active else self.tr("No")
        return (row.organization, "", row.contact_name, row.phone, row.county)[column]


class WaitingTableModel(RowTableModel["WaitingReferral"]):
    """Referrals made or accepted and not finished, oldest status first."""

    CONTEXT: ClassVar[str] = "WaitingTableModel"
    HEADERS: ClassVar[tuple[str, ...]] = (
        QT_TRANSLATE_NOOP("WaitingTableModel", "Participant"),
        QT_TRANSLATE_NOOP("WaitingTableModel", "DOC number"),
        QT_TRANSLATE_NOOP("WaitingTableModel", "Partner"),
        QT_TRANSLATE_NOOP("WaitingTableModel", "Service"),
        QT_TRANSLATE_NOOP("WaitingTableModel", "Status"),
        QT_TRANSLATE_NOOP("WaitingTableModel", "Since"),
    )

    def cell(self, row: WaitingReferral, column: int) -> str:
        r = row.referral
        values = (
            f"{row.last_name}, {row.first_name}",
            row.doc_number,
            r.organization,
            service_type_label(r.service_type),
            referral_status_label(r.status.value),
            format_date(r.status_on),
        )
        return values[column]


class ReferralsSection(QWidget):
    """Two tabs: the partner directory (filter by service, add, edit, remove) and the
    referrals waiting for an answer (Enter opens the participant).

    Args:
        session: the signed-in session.
    """

    open_participant_requested = Signal(str)

    def __init__(self, session: UiSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._loaded = False
        self.dialog: PartnerDialog | None = None
        self.may_manage = session.may(Action.REFERRAL_MANAGE)

        self.partner_model = PartnerTableModel(self)
        self.partner_table = row_table(self.partner_model, self.tr("Partners"))
        self.partner_table.doubleClicked.connect(lambda _index: self.edit_partner())
        self.partner_table.activated.connect(lambda _index: self.edit_partner())
        self.partner_table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.service_combo = QComboBox()
        self.service_combo.setAccessibleName(self.tr("Service offered"))
        self.service_combo.addItem(self.tr("Any service"), "")
        for kind in SERVICE_TYPES:
            self.service_combo.addItem(service_type_label(kind), kind)
        self.service_combo.currentIndexChanged.connect(lambda _i: self.reload_partners())
        self.inactive_check = QCheckBox(self.tr("Show inactive partners"))
        self.inactive_check.toggled.connect(lambda _on: self.reload_partners())
        filters = QHBoxLayout()
        filters.addWidget(self.service_combo)
        filters.addWidget(self.inactive_check)
        filters.addStretch(1)
        self.partner_message = message_label()
        self.new_button = QPushButton(self.tr("New partner…"))
        self.new_button.clicked.connect(self.new_partner)
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.clicked.connect(self.edit_partner)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.clicked.connect(self.remove_partner)
        partner_buttons = QHBoxLayout()
        partner_buttons.addWidget(self.partner_message, 1)
        partner_buttons.addStretch(1)
        for button in (self.new_button, self.edit_button, self.remove_button):
            button.setVisible(self.may_manage)
            partner_buttons.addWidget(button)
        partners_tab = QWidget()
        partners_layout = QVBoxLayout(partners_tab)
        partners_layout.addLayout(filters)
        partners_layout.addWidget(self.partner_table, 1)
        partners_layout.addLayout(partner_buttons)

        self.waiting_model = WaitingTableModel(self)
        self.waiting_table = row_table(self.waiting_model, self.tr("Referrals waiting"))
        self.waiting_table.activated.connect(self._open_waiting)
        self.waiting_table.doubleClicked.connect(self._open_waiting)
        self.waiting_message = message_label()
        self._waiting_jobs = LatestOnly(session.runner, self)
        self.waiting_loading = False
        self.waiting_rows: list[WaitingReferral] = []
        self.waiting_total = 0
        self.waiting_count = QLabel()
        self.more_button = QPushButton()
        self.more_button.clicked.connect(self.show_more_waiting)
        policy = self.more_button.sizePolicy()
        policy.setRetainSizeWhenHidden(True)  # the line keeps its height: nothing jumps
        self.more_button.setSizePolicy(policy)
        self.more_button.setVisible(False)
        waiting_top = QHBoxLayout()
        waiting_top.addWidget(self.waiting_count)
        waiting_top.addWidget(self.more_button)
        waiting_top.addStretch(1)
        self._fit_waiting_columns()
        waiting_tab = QWidget()
        waiting_layout = QVBoxLayout(waiting_tab)
        waiting_layout.addLayout(waiting_top)
        waiting_layout.addWidget(self.waiting_table, 1)
        waiting_layout.addWidget(
            hint_label(self.tr("Press Enter or double-click to open the participant."))
        )
        waiting_layout.addWidget(self.waiting_message)

        self.tabs = QTabWidget()
        self.partners_index = self.tabs.addTab(partners_tab, self.tr("Partners"))
        self.waiting_index = self.tabs.addTab(waiting_tab, self.tr("Referrals waiting"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(heading_label(self.tr("Referrals and partners")))
        layout.addWidget(self.tabs, 1)
        session.events.changed.connect(self._on_changed)
        self._update_buttons()

    def showEvent(self, event: QShowEvent) -> None:
        if not self._loaded:
            self._loaded = True  # read when first shown, not when the window is built
            self.reload()
        super().showEvent(event)

    def reload(self) -> None:
        """Read the directory and the waiting referrals again."""
        self.reload_partners()
        self.reload_waiting()

    def reload_waiting(self) -> None:
        """Read the waiting referrals again from the first, as many as are listed now."""
        self._waiting_jobs.cancel()
        self.waiting_loading = True
        self._show_waiting_loading()
        referrals, actor = self._session.services.referrals, self._session.actor
        limit = max(WAITING_STEP, len(self.waiting_rows))
        self._waiting_jobs.run(
            lambda: referrals.waiting_page(actor, limit=limit),
            on_done=self._waiting_loaded,
            on_error=self._waiting_failed,
        )

    def show_more_waiting(self) -> None:
        """List the next :data:`WAITING_STEP` waiting referrals (reads that page alone)."""
        if self.waiting_loading or len(self.waiting_rows) >= self.waiting_total:
            return
        self.waiting_loading = True
        self.more_button.setEnabled(False)
        self.more_button.setText(self.tr("Loading…"))
        referrals, actor = self._session.services.referrals, self._session.actor
        offset = len(self.waiting_rows)
        self._waiting_jobs.run(
            lambda: referrals.waiting_page(actor, limit=WAITING_STEP, offset=offset),
            on_done=self._waiting_loaded,
            on_error=self._waiting_failed,
        )

    def reload_partners(self) -> None:
        """Read the directory with the filters chosen."""
        s = self._session
        kind = str(self.service_combo.currentData() or "")
        inactive = self.inactive_check.isChecked()
        s.runner.run(
            lambda: s.services.referrals.partners(
                s.actor, service_type=kind, include_inactive=inactive
            ),
            on_done=self._partners_loaded,
            on_error=lambda exc: set_message(self.partner_message, error_text(exc)),
            owner=self,
        )

    def _partners_loaded(self, partners: Sequence[Partner]) -> None:
        self.partner_model.set_rows(partners)
        self.partner_table.resizeColumnsToContents()
        if partners:
            self.partner_table.selectRow(0)
        self._update_buttons()

    def _waiting_loaded(self, page: WaitingPage) -> None:
        self.waiting_loading = False
        set_message(self.waiting_message, "")
        self.waiting_rows = [*self.waiting_rows[: page.offset], *page.rows]
        self.waiting_total = page.total
        self.waiting_model.set_rows(self.waiting_rows)
        self._fit_waiting_columns()  # the language or text size may have changed since
        self._show_waiting_count()
        if 0 < page.offset < len(self.waiting_rows):  # "show more": go to the first new one
            index = self.waiting_model.index(page.offset, 0)
            self.waiting_table.setCurrentIndex(index)
            self.waiting_table.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtTop)

    def _waiting_failed(self, exc: Exception) -> None:
        self.waiting_loading = False
        set_message(self.waiting_message, error_text(exc))
        self._show_waiting_count()

    def _fit_waiting_columns(self) -> None:
        """Widths measured from sample texts and labels, not from 30,000 rows."""
        texts: dict[int, list[str]] = {c: [t] for c, t in WAITING_SAMPLES.items()}
        texts[3] = [service_type_label(k) for k in SERVICE_TYPES]
        texts[4] = [referral_status_label(k) for k in REFERRAL_STATUSES]
        fit_columns(self.waiting_table, texts)

    def _show_waiting_loading(self) -> None:
        self.waiting_count.setText(self.tr("Loading the referrals waiting…"))
        self.waiting_count.setAccessibleName(self.waiting_count.text())
        self.more_button.setVisible(False)

    def _show_waiting_count(self) -> None:
        locale = QLocale()
        listed, total = len(self.waiting_rows), self.waiting_total
        if total == 0:
            text = self.tr("No referrals waiting.")
        elif total <= listed:
            text = self.tr("%n referral(s) waiting", "", total)
        else:
            text = (
                self.tr("%1 listed, %2 more")
                .replace("%1", locale.toString(listed))
                .replace("%2", locale.toString(total - listed))
            )
        self.waiting_count.setText(text)
        self.waiting_count.setAccessibleName(text)
        more = total > listed
        step = locale.toString(min(WAITING_STEP, total - listed))
        self.more_button.setText(self.tr("Show %1 more").replace("%1", step))
        self.more_button.setAccessibleName(
            self.tr("Show %1 more referrals waiting").replace("%1", step)
        )
        self.more_button.setEnabled(more)
        self.more_button.setVisible(more)

    def _on_changed(self, what: frozenset[str]) -> None:
        if self._loaded and (PARTNERS in what or PARTICIPANTS in what):
            self.reload()

    def _selected(self) -> Partner | None:
        rows = self.partner_table.selectionModel().selectedRows()
        return self.partner_model.row(rows[0].row()) if rows else None

    def _update_buttons(self, *_args: object) -> None:
        chosen = self._selected() is not None
        self.edit_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)

    def new_partner(self) -> None:
        """Open an empty partner form."""
        if self.may_manage:
            self._open(PartnerDialog(self._session, None, self))

    def edit_partner(self) -> None:
        """Open the selected partner's form."""
        chosen = self._selected()
        if chosen is not None and self.may_manage:
            self._open(PartnerDialog(self._session, chosen, self))

    def _open(self, dialog: PartnerDialog) -> None:
        self.dialog = dialog
        dialog.accepted.connect(lambda: self._session.events.announce(PARTNERS))
        dialog.open()

    def remove_partner(self) -> None:
        """Remove the selected partner (one entered by mistake), after asking."""
        chosen = self._selected()
        if chosen is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Remove partner"),
            self.tr("Remove %1 from the directory?").replace("%1", chosen.organization),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        s = self._session
        s.runner.run(
            lambda: s.services.referrals.remove_partner(s.actor, chosen.id),
            on_done=lambda _none: s.events.announce(PARTNERS),
            on_error=lambda exc: set_message(self.partner_message, error_text(exc)),
            owner=self,
        )

    def _open_waiting(self, index: QModelIndex) -> None:
        if index.isValid():
            row = self.waiting_model.row(index.row())
            self.open_participant_requested.emit(row.referral.participant_id)
