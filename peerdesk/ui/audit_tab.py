"""Administration > Audit trail: entries filtered by user, action and dates, and "Verify"."""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING

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
from peerdesk.ui.audit_labels import OBJECT_TYPES, object_type_label
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
#: Action families offered in the filter ("" = all); free text works too.
ACTION_PREFIXES = ("", "login.", "session.", "participant.", "user.", "settings.", "audit.")


class AuditTab(QWidget):
    """The newest :data:`LIMIT` entries matching the filters; "Verify" checks the chain."""

    def __init__(self, session: UiSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.model = AuditTableModel(self)
        self.user_edit = QLineEdit()
        self.user_edit.setPlaceholderText(self.tr("Any user"))
        self.user_edit.setMaxLength(64)
        self.action_combo = QComboBox()
        self.action_combo.setEditable(True)
        for prefix in ACTION_PREFIXES:
            self.action_combo.addItem(prefix)
        self.action_combo.lineEdit().setPlaceholderText(self.tr("Any action"))
        self.since_edit = DateField()
        self.until_edit = DateField()
        self.apply_button = QPushButton(self.tr("Show"))
        self.apply_button.setDefault(True)
        self.apply_button.clicked.connect(self.reload)
        for edit in (self.user_edit, self.since_edit, self.until_edit):
            edit.returnPressed.connect(self.reload)
        self.action_combo.lineEdit().returnPressed.connect(self.reload)

        self.general_error = message_label()
        self.errors = FieldErrors(self.general_error)
        filters = QHBoxLayout()
        for text, name, widget in (
            (self.tr("User:"), "actor", self.user_edit),
            (self.tr("Action starts with:"), "action", self.action_combo),
            (self.tr("From:"), "since", self.since_edit),
            (self.tr("To:"), "until", self.until_edit),
        ):
            label = QLabel(text)
            label_field(label, widget)
            filters.addWidget(label)
            filters.addWidget(self.errors.field(name, widget), 1)
        filters.addWidget(self.apply_button)

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
                m.COL_ACTION: ["session.attendance_edit"],
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
            action_prefix=self.action_combo.currentText().strip() or None,
            since=since.isoformat() if since is not None else None,
            # "To" includes its whole day; the service's end is exclusive.
            until=(until + timedelta(days=1)).isoformat() if until is not None else None,
            limit=LIMIT,
        )

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
