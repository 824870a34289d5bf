"""The dashboard's alerts as a table: what, who, their DOC number, the date, the details."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from peerdesk.domain.alerts import AlertKind, ReleaseGap
from peerdesk.ui.form_fields import format_date
from peerdesk.ui.row_table_model import RowTableModel

if TYPE_CHECKING:
    from peerdesk.services.dashboard import AlertRow

_GAPS = {
    ReleaseGap.NO_CONSENT: QT_TRANSLATE_NOOP("AlertTableModel", "consent in force"),
    ReleaseGap.NO_REFERRAL: QT_TRANSLATE_NOOP("AlertTableModel", "a referral"),
    ReleaseGap.NO_POST_RELEASE_MENTOR: QT_TRANSLATE_NOOP(
        "AlertTableModel", "a mentor after release"
    ),
}


def _tr(text: object) -> str:
    return QCoreApplication.translate("AlertTableModel", str(text))


COL_KIND, COL_PERSON, COL_DOC, COL_DATE, COL_DETAILS = range(5)


def person_name(last: str, first: str, preferred: str = "") -> str:
    """ "Last, First" with the preferred name in quotes when there is one."""
    name = f"{last}, {first}" if first else last
    return f"{name} “{preferred}”" if preferred else name


class AlertTableModel(RowTableModel["AlertRow"]):
    """Alerts as rows: what, who, their DOC number, the date it is about, and the details."""

    CONTEXT = "AlertTableModel"
    HEADERS = cast(
        "tuple[str, ...]",
        (
            QT_TRANSLATE_NOOP("AlertTableModel", "Alert"),
            QT_TRANSLATE_NOOP("AlertTableModel", "Person"),
            QT_TRANSLATE_NOOP("AlertTableModel", "DOC number"),
            QT_TRANSLATE_NOOP("AlertTableModel", "Date"),
            QT_TRANSLATE_NOOP("AlertTableModel", "Details"),
        ),
    )

    def data(
        self,
        index: QModelIndex | QPersistentModelIndex,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        # The details are the longest text and the last column: clipped at large text sizes,
        # so they are also a tooltip.
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == COL_DETAILS:
            return super().data(index, Qt.ItemDataRole.DisplayRole)
        return super().data(index, role)

    def cell(self, row: AlertRow, column: int) -> str:
        alert = row.alert
        if column == COL_KIND:
            return self._kind_text(alert.kind)
        if column == COL_PERSON:
            return person_name(row.last_name, row.first_name, row.preferred_name)
        if column == COL_DOC:
            return row.doc_number
        if column == COL_DATE:
            return format_date(alert.due)
        if column == COL_DETAILS:
            return self._details(row)
        return ""

    def cell_text_of(self, kind: AlertKind) -> str:
        """How the "Alert" column names ``kind`` (to size the column to its longest)."""
        return self._kind_text(kind)

    def _kind_text(self, kind: AlertKind) -> str:
        texts = {
            AlertKind.NO_RECENT_CONTACT: self.tr("No recent contact"),
            AlertKind.RELEASE_NOT_READY: self.tr("Release not prepared"),
            AlertKind.CERTIFICATION_EXPIRING: self.tr("Certification expiring"),
        }
        return texts[kind]

    def _details(self, row: AlertRow) -> str:
        alert, days = row.alert, QLocale().toString(row.alert.days)
        if alert.kind is AlertKind.NO_RECENT_CONTACT:
            text = self.tr("Days without a contact: %1.").replace("%1", days)
            if row.mentor_last_name:
                mentor = person_name(row.mentor_last_name, row.mentor_first_name)
                text += " " + self.tr("Mentor: %1").replace("%1", mentor)
            return text
        if alert.kind is AlertKind.RELEASE_NOT_READY:
            missing = ", ".join(_tr(_GAPS[g]) for g in alert.gaps)
            return (
                self.tr("Days to release: %1. Missing: %2")
                .replace("%1", days)
                .replace("%2", missing)
            )
        return self.tr("Days left: %1").replace("%1", days)
