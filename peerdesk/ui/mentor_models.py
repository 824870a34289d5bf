"""Table models of the Peer educators screen: mentors, selection steps, training, supervision."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor

from peerdesk.ui.form_fields import format_date
from peerdesk.ui.mentor_labels import mentor_label
from peerdesk.ui.paged_table_model import PagedRowTableModel
from peerdesk.ui.row_table_model import Index, RowTableModel

if TYPE_CHECKING:
    from peerdesk.services.mentor_selection import StepRecord
    from peerdesk.services.mentor_training import (
        CertificationRecord,
        SupervisionRecord,
        TrainingRecord,
    )
    from peerdesk.services.mentors import MentorSummary

#: Background of an expired certification: light red, readable with the normal text colour.
EXPIRED_BACKGROUND = QColor("#f8d7da")


class MentorTableModel(PagedRowTableModel["MentorSummary"]):
    """Peer educators and mentors: name, side, status, mentees against capacity."""

    CONTEXT: ClassVar[str] = "MentorTableModel"
    HEADERS: ClassVar[tuple[str, ...]] = (
        QT_TRANSLATE_NOOP("MentorTableModel", "Name"),
        QT_TRANSLATE_NOOP("MentorTableModel", "Kind"),
        QT_TRANSLATE_NOOP("MentorTableModel", "Side"),
        QT_TRANSLATE_NOOP("MentorTableModel", "Status"),
        QT_TRANSLATE_NOOP("MentorTableModel", "Since"),
        QT_TRANSLATE_NOOP("MentorTableModel", "Mentees / capacity"),
    )

    def cell(self, row: MentorSummary, column: int) -> str:
        values: tuple[Any, ...] = (
            f"{row.last_name}, {row.first_name}",
            mentor_label("person_kind", row.person_kind.value),
            mentor_label("side", row.side.value),
            mentor_label("mentor_status", row.status.value),
            format_date(row.status_date),
            f"{row.open_matches} / {row.capacity}",
        )
        return str(values[column])


class StepTableModel(RowTableModel["StepRecord"]):
    """Recorded selection steps, in date order."""

    CONTEXT: ClassVar[str] = "StepTableModel"
    HEADERS: ClassVar[tuple[str, ...]] = (
        QT_TRANSLATE_NOOP("StepTableModel", "Step"),
        QT_TRANSLATE_NOOP("StepTableModel", "Result"),
        QT_TRANSLATE_NOOP("StepTableModel", "Date"),
        QT_TRANSLATE_NOOP("StepTableModel", "Recorded by"),
        QT_TRANSLATE_NOOP("StepTableModel", "Note"),
    )

    def cell(self, row: StepRecord, column: int) -> str:
        values = (
            mentor_label("step", row.step.value),
            mentor_label("step_result", row.result.value),
            format_date(row.completed_on),
            row.recorded_by,
            " ".join(row.note.split()),
        )
        return values[column]


class TrainingTableModel(RowTableModel["TrainingRecord"]):
    """Completed courses and their hours."""

    CONTEXT: ClassVar[str] = "TrainingTableModel"
    HEADERS: ClassVar[tuple[str, ...]] = (
        QT_TRANSLATE_NOOP("TrainingTableModel", "Course"),
        QT_TRANSLATE_NOOP("TrainingTableModel", "Hours"),
        QT_TRANSLATE_NOOP("TrainingTableModel", "Completed"),
    )

    def cell(self, row: TrainingRecord, column: int) -> str:
        values = (row.course, f"{row.hours:g}", format_date(row.completed_on))
        return values[column]


class CertificationTableModel(RowTableModel["CertificationRecord"]):
    """Certifications with their expiry; expired ones are highlighted and say so."""

    CONTEXT: ClassVar[str] = "CertificationTableModel"
    HEADERS: ClassVar[tuple[str, ...]] = (
        QT_TRANSLATE_NOOP("CertificationTableModel", "Certification"),
        QT_TRANSLATE_NOOP("CertificationTableModel", "Issued"),
        QT_TRANSLATE_NOOP("CertificationTableModel", "Expires"),
        QT_TRANSLATE_NOOP("CertificationTableModel", "State"),
    )

    def cell(self, row: CertificationRecord, column: int) -> str:
        if column == 3 and row.expired:
            return QCoreApplication.translate("CertificationTableModel", "Expired")
        if column == 3:
            return QCoreApplication.translate("CertificationTableModel", "Valid")
        values = (row.name, format_date(row.issued_on), format_date(row.expires_on))
        return values[column]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.BackgroundRole:
            valid = index.isValid() and 0 <= index.row() < self.rowCount()
            return QBrush(EXPIRED_BACKGROUND) if valid and self.row(index.row()).expired else None
        return super().data(index, role)


class SupervisionTableModel(RowTableModel["SupervisionRecord"]):
    """Supervision check-ins."""

    CONTEXT: ClassVar[str] = "SupervisionTableModel"
    HEADERS: ClassVar[tuple[str, ...]] = (
        QT_TRANSLATE_NOOP("SupervisionTableModel", "Date"),
        QT_TRANSLATE_NOOP("SupervisionTableModel", "Supervisor"),
        QT_TRANSLATE_NOOP("SupervisionTableModel", "Summary"),
    )

    def cell(self, row: SupervisionRecord, column: int) -> str:
        values = (format_date(row.held_on), row.supervisor, " ".join(row.summary.split()))
        return values[column]
