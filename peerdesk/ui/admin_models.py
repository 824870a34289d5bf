"""Table models of the Administration section: user accounts and the audit trail."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDateTime, Qt

from peerdesk.ui.audit_labels import action_label, object_type_label
from peerdesk.ui.labels import label
from peerdesk.ui.messages import role_label
from peerdesk.ui.row_table_model import Index, RowTableModel

if TYPE_CHECKING:
    from peerdesk.domain.audit_chain import AuditRecord
    from peerdesk.services.users import UserInfo


def local_time(at: str) -> str:
    """A stored UTC instant (``2026-11-28T12:00:00.000000Z``) in local time, to the second."""
    instant = QDateTime.fromString(at, Qt.DateFormat.ISODateWithMs)
    if not instant.isValid():
        return at
    return instant.toLocalTime().toString("yyyy-MM-dd HH:mm:ss")


class UserTableModel(RowTableModel["UserInfo"]):
    """One line per account."""

    COL_NAME, COL_ROLE, COL_STATE, COL_SIGN_IN = range(4)
    CONTEXT = "UserTableModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("UserTableModel", "User name"),
        QT_TRANSLATE_NOOP("UserTableModel", "Role"),
        QT_TRANSLATE_NOOP("UserTableModel", "Account"),
        QT_TRANSLATE_NOOP("UserTableModel", "Sign-in"),
    )

    def cell(self, row: UserInfo, column: int) -> str:
        if column == self.COL_NAME:
            return row.username
        if column == self.COL_ROLE:
            return role_label(row.role.value)
        if column == self.COL_STATE:
            if not row.active:
                return QCoreApplication.translate("UserTableModel", "Disabled")
            if row.must_change_passphrase:
                return QCoreApplication.translate(
                    "UserTableModel", "Active, must choose a passphrase"
                )
            return QCoreApplication.translate("UserTableModel", "Active")
        if column == self.COL_SIGN_IN:
            if row.locked_minutes:
                # tr(), not translate(): lupdate reads plural forms only from tr().
                return self.tr("Locked for %n minute(s)", "", row.locked_minutes)
            return QCoreApplication.translate("UserTableModel", "Allowed")
        return ""


class AuditTableModel(RowTableModel["AuditRecord"]):
    """Audit entries, newest first, as the service returned them.

    The Action column shows words; the stored code (``participant.update``) stays within
    reach for auditors as the cell's tooltip and under :attr:`CodeRole`.
    """

    COL_SEQ, COL_AT, COL_ACTOR, COL_ACTION, COL_OBJECT, COL_OUTCOME = range(6)
    CONTEXT = "AuditTableModel"
    #: The stored action code of the row, on any column.
    CodeRole = Qt.ItemDataRole.UserRole + 1
    HEADERS = (
        QT_TRANSLATE_NOOP("AuditTableModel", "No."),
        QT_TRANSLATE_NOOP("AuditTableModel", "When"),
        QT_TRANSLATE_NOOP("AuditTableModel", "User"),
        QT_TRANSLATE_NOOP("AuditTableModel", "Action"),
        QT_TRANSLATE_NOOP("AuditTableModel", "Record"),
        QT_TRANSLATE_NOOP("AuditTableModel", "Outcome"),
    )

    def cell(self, row: AuditRecord, column: int) -> str:
        values = {
            self.COL_SEQ: str(row.seq),
            self.COL_AT: local_time(row.at),
            self.COL_ACTOR: row.actor,
            self.COL_ACTION: action_label(row.action, row.outcome),
            self.COL_OBJECT: f"{object_type_label(row.object_type)} {row.object_id[:8]}".strip(),
            self.COL_OUTCOME: label("outcome", row.outcome),
        }
        return values.get(column, "")

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        code_wanted = role == self.CodeRole or (
            role == Qt.ItemDataRole.ToolTipRole and index.column() == self.COL_ACTION
        )
        if code_wanted and index.isValid() and 0 <= index.row() < self.rowCount():
            return self.row(index.row()).action
        return super().data(index, role)
