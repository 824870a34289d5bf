"""Administration > Audit trail: entries filtered by user, action and dates, and "Verify"."""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QResizeEvent
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

from peerdesk.domain.roles import Action
from peerdesk.ui.admin_models import AuditTableModel, local_time
from peerdesk.ui.app_events import AUDIT
from peerdesk.ui.audit_labels import (
    ACTION_FAMILIES,
    ACTIONS,
    ATTEMPTS,
    OBJECT_TYPES,
    action_label,
    object_type_label,
)
from peerdesk.ui.column_fit import fit_columns
from peerdesk.ui.form_fields import DateField, DateInputError, FieldErrors
from peerdesk.ui.form_labels import label_field
from peerdesk.ui.messages import error_text
from peerdesk.ui.widgets import ERROR_STYLE, message_label, set_message

if TYPE_CHECKING:
    from peerdesk.domain.audit_chain import AuditRecord, ChainVerdict
    from peerdesk.services.audit import AuditFilter
    from peerdesk.ui.session import UiSession

OK_STYLE = "color: #1b5e20; font-weight: bold;"
#: How many entries one read shows (the newest).
LIMIT = 500


class AuditTab(QWidget):
    """The newest :data:`LIMIT` entries matching the filters; "Verify" checks the chain."""

    def __init__(self, session: UiSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.model = AuditTableModel(self)
        self.user_edit = QLineEdit()
        self.user_edit.setPlaceholderText(self.tr("Any user"))
        self.user_edit.setMaxLength(64)
        # Families of actions in words; an auditor may also type the start of a code.
        self.action_combo = QComboBox()
        self.action_combo.setEditable(True)
        self.action_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        # Sized for a short entry, not the longest family: the filter row fits at 200 % text.
        self.action_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.action_combo.setMinimumContentsLength(8)
        for prefix, words in ACTION_FAMILIES:
            text = QCoreApplication.translate("AuditLabels", words) if words else ""
            self.action_combo.addItem(text, prefix)
        view = self.action_combo.view()  # the list shows each family whole
        scroll_bar = view.verticalScrollBar().sizeHint().width()
        view.setMinimumWidth(view.sizeHintForColumn(0) + scroll_bar)
        self.action_combo.lineEdit().setPlaceholderText(self.tr("Any action"))
        self.action_combo.setToolTip(
            self.tr("Choose a kind of action, or type the start of an action code.")
        )
        self.since_edit = DateField()
        self.until_edit = DateField()
        self.apply_button = QPushButton(self.tr("Show"))
        self.apply_button.setDefault(True)
        self.apply_button.clicked.connect(self.reload)
        for edit in (self.user_edit, self.since_edit, self.until_edit):
            edit.returnPressed.connect(self.reload)
        self.action_combo.lineEdit().returnPressed.connect(self.reload)
        self.action_combo.activated.connect(self.reload)  # a family picked from the list

        self.general_error = message_label()
        self.errors = FieldErrors(self.general_error)
        # One row when it fits; two (user and action, then the dates) at large text sizes.
        self._filter_cells: list[tuple[QWidget, int]] = []
        for text, name, widget in (
            (self.tr("User:"), "actor", self.user_edit),
            (self.tr("Action:"), "action", self.action_combo),
            (self.tr("From:"), "since", self.since_edit),
            (self.tr("To:"), "until", self.until_edit),
        ):
            label = QLabel(text)
            label_field(label, widget)
            self._filter_cells += [(label, 0), (self.errors.field(name, widget), 1)]
        self._filter_cells.append((self.apply_button, 0))
        self._filter_rows = (QHBoxLayout(), QHBoxLayout())
        filters = QVBoxLayout()
        for row in self._filter_rows:
            filters.addLayout(row)
        self._filters_split: bool | None = None
        self._arrange_filters(split=False)

        self.count_label = QLabel()
        self.verdict_label = message_label(style=OK_STYLE)
        self.verify_button: QPushButton | None = None
        verify_row = QHBoxLayout()
        verify_row.addWidget(self.count_label, 1)
        if session.may(Action.AUDIT_VERIFY):
            self.verify_button = QPushButton(self.tr("Verify the audit trail"))
            self.verify_button.clicked.connect(self.verify)
            verify_row.addWidget(self.verify_button)

        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Audit trail entries"))

        self.table.setTabKeyNavigation(False)  # Tab leaves the table
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 12)
        header = self.table.horizontalHeader()
        # Widths measured from what each column shows, so the last (Outcome) fills what is
        # left and nothing runs past the edge at the default window size.
        header.setDefaultSectionSize(60)
        m = AuditTableModel
        fit_columns(
            self.table,
            {
                m.COL_SEQ: ["000000"],
                m.COL_AT: [local_time("2026-12-31T23:59:59.000000Z")],
                m.COL_ACTOR: ["maria.gonzalez"],
                m.COL_ACTION: [action_label(c) for c in (*ACTIONS, *ATTEMPTS)],
                m.COL_OBJECT: [f"{object_type_label(c)} 0a1b2c3d" for c in OBJECT_TYPES],
            },
        )
        header.setStretchLastSection(True)

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.general_error)
        layout.addLayout(verify_row)
        layout.addWidget(self.verdict_label)
        layout.addWidget(self.table, 1)
        session.events.changed.connect(self._on_changed)

    def _arrange_filters(self, *, split: bool) -> None:
        if split == self._filters_split:
            return
        self._filters_split = split
        first, second = self._filter_rows
        for widget, _stretch in self._filter_cells:
            first.removeWidget(widget)
            second.removeWidget(widget)
        for i, (widget, stretch) in enumerate(self._filter_cells):
            (second if split and i >= 4 else first).addWidget(widget, stretch)

    def resizeEvent(self, event: QResizeEvent) -> None:
        margins = self.layout().contentsMargins()
        spacing = self._filter_rows[0].spacing()
        one_row = sum(w.sizeHint().width() + spacing for w, _s in self._filter_cells)
        self._arrange_filters(split=one_row > event.size().width() - margins.left() * 2)
        super().resizeEvent(event)

    def current_filter(self) -> AuditFilter | None:
        """The filter the fields describe, or ``None`` after showing a date mistake."""
        from peerdesk.services.audit import AuditFilter

        try:
            since = self.since_edit.date_value()
        except DateInputError as exc:
            self.errors.show("since", str(exc))
            return None
        try:
            until = self.until_edit.date_value()
        except DateInputError as exc:
            self.errors.show("until", str(exc))
            return None
        if since is not None and until is not None and until < since:
            self.errors.show("until", self.tr("The end date is before the start date."))
            return None
        return AuditFilter(
            actor=self.user_edit.text().strip().lower() or None,
            action_prefix=self.action_prefix() or None,
            since=since.isoformat() if since is not None else None,
            # "To" includes its whole day; the service's end is exclusive.
            until=(until + timedelta(days=1)).isoformat() if until is not None else None,
            limit=LIMIT,
        )

    def action_prefix(self) -> str:
        """The start of the action codes to show: a family's, or what was typed."""
        text = self.action_combo.currentText().strip()
        index = self.action_combo.findText(text)
        return str(self.action_combo.itemData(index)) if index >= 0 else text

    def reload(self) -> None:
        """Read the entries matching the filters."""
        self.errors.clear()
        flt = self.current_filter()
        if flt is None:
            return
        s = self._session
        s.runner.run(
            lambda: s.services.audit.entries(s.actor, flt),
            on_done=self._loaded,
            on_error=lambda exc: self.errors.show("", error_text(exc)),
            owner=self,
        )

    def _loaded(self, entries: list[AuditRecord]) -> None:
        self.model.set_rows(entries)
        if len(entries) >= LIMIT:
            text = self.tr("The newest %1 entries. Narrow the filters to see older ones.")
            self.count_label.setText(text.replace("%1", str(LIMIT)))
        else:
            self.count_label.setText(self.tr("%n entry(ies)", "", len(entries)))

    def _on_changed(self, what: frozenset[str]) -> None:
        if AUDIT in what and self.isVisible():
            self.reload()

    def verify(self) -> None:
        """Check the whole chain and say whether it is intact."""
        set_message(self.verdict_label, "")
        s = self._session
        s.runner.run(
            lambda: s.services.audit.verify(s.actor),
            on_done=self._verified,
            on_error=lambda exc: self._show_verdict(error_text(exc), ok=False),
            owner=self,
        )

    def _verified(self, verdict: ChainVerdict) -> None:
        if verdict.ok:
            text = self.tr("The audit trail is intact: %n entry(ies) checked.", "", verdict.checked)
        else:
            text = self.tr(
                "The audit trail has been altered, starting at entry %1. Tell the program "
                "manager and keep a copy of the data folder as it is."
            ).replace("%1", str(verdict.first_bad_seq))
        self._show_verdict(text, ok=verdict.ok)
        self.reload()

    def _show_verdict(self, text: str, *, ok: bool) -> None:
        self.verdict_label.setStyleSheet(OK_STYLE if ok else ERROR_STYLE)
        set_message(self.verdict_label, text)
