"""The roster to tick: one checkable line per member, present or absent/excused with a reason."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from peerdesk.ui.group_labels import absence_reason_label
from peerdesk.ui.labels import label

if TYPE_CHECKING:
    from peerdesk.services.sessions import AttendanceMark
    from peerdesk.services.timeline import RosterEntry

Index = QModelIndex | QPersistentModelIndex

COL_NAME, COL_DOC, COL_UNIT, COL_STATUS, COL_REASON, COL_NOTE = range(6)
PRESENT, ABSENT, EXCUSED = "present", "absent", "excused"


def roster_name(entry: RosterEntry) -> str:
    """``Last, First`` with the preferred first name when there is one."""
    return f"{entry.legal_last_name}, {entry.preferred_name or entry.legal_first_name}"


@dataclass(frozen=True)
class AttendanceLine:
    """One member's mark as ticked so far."""

    entry: RosterEntry
    status: str = ABSENT
    reason: str = ""
    note: str = ""
    sensitivity: str = "general"


class AttendanceModel(QAbstractTableModel):
    """Members of the roster; the name column's check box says "present".

    Everyone starts absent (not ticked) with no reason; ticking clears the reason. ``edited``
    is emitted after every change made through the model.
    """

    CONTEXT = "AttendanceModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("AttendanceModel", "Present / name"),
        QT_TRANSLATE_NOOP("AttendanceModel", "DOC number"),
        QT_TRANSLATE_NOOP("AttendanceModel", "Unit"),
        QT_TRANSLATE_NOOP("AttendanceModel", "Attendance"),
        QT_TRANSLATE_NOOP("AttendanceModel", "Reason"),
        QT_TRANSLATE_NOOP("AttendanceModel", "Note"),
    )
    IdRole = Qt.ItemDataRole.UserRole + 1

    edited = Signal()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._lines: list[AttendanceLine] = []

    # --- content ---------------------------------------------------------------------------
    def set_roster(self, entries: Sequence[RosterEntry], keep_marks: bool = False) -> None:
        """Show ``entries``: absent with no reason and no note, or as already marked.

        Args:
            entries: the members on the roster.
            keep_marks: members already on the roster keep their mark (the roster of another
                day of the same group); newcomers start absent.
        """
        old = {line.entry.participant_id: line for line in self._lines} if keep_marks else {}
        self.beginResetModel()
        self._lines = [
            replace(old[e.participant_id], entry=e)
            if e.participant_id in old
            else AttendanceLine(e)
            for e in entries
        ]
        self.endResetModel()

    def line(self, row: int) -> AttendanceLine:
        """The mark of row ``row``."""
        return self._lines[row]

    def lines(self) -> tuple[AttendanceLine, ...]:
        """Every member's mark, in roster order."""
        return tuple(self._lines)

    def marks(self) -> tuple[AttendanceMark, ...]:
        """The marks to hand to ``SessionService.record``."""
        from peerdesk.services.sessions import AttendanceMark

        return tuple(
            AttendanceMark(
                line.entry.participant_id,
                line.status,
                reason_code="" if line.status == PRESENT else line.reason,
                note=line.note,
                note_sensitivity=line.sensitivity,
            )
            for line in self._lines
        )

    def counts(self) -> dict[str, int]:
        """How many members are present, absent and excused."""
        out = {PRESENT: 0, ABSENT: 0, EXCUSED: 0}
        for line in self._lines:
            out[line.status] += 1
        return out

    # --- changes ---------------------------------------------------------------------------
    def _change(self, row: int, **values: Any) -> None:
        if not 0 <= row < len(self._lines):
            return
        new = replace(self._lines[row], **values)
        if new.status == PRESENT:
            new = replace(new, reason="")
        if new == self._lines[row]:
            return
        self._lines[row] = new
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.HEADERS) - 1))
        self.edited.emit()

    def toggle(self, row: int) -> None:
        """Present becomes absent; absent or excused becomes present."""
        if 0 <= row < len(self._lines):
            present = self._lines[row].status == PRESENT
            self._change(row, status=ABSENT if present else PRESENT)

    def set_status(self, row: int, status: str) -> None:
        """Mark row ``row`` present, absent or excused."""
        self._change(row, status=status)

    def set_reason(self, row: int, reason: str) -> None:
        """The reason code of an absence (ignored for someone present)."""
        self._change(row, reason=reason)

    def set_note(self, row: int, note: str, sensitivity: str) -> None:
        """A note about this member in this session (``""``: none)."""
        self._change(row, note=note, sensitivity=sensitivity)

    def set_all_present(self) -> None:
        """Tick everyone present."""
        for row in range(len(self._lines)):
            self._change(row, status=PRESENT)

    # --- Qt ---------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == COL_NAME:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._lines):
            return None
        line = self._lines[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.CheckStateRole and column == COL_NAME:
            present = line.status == PRESENT
            return Qt.CheckState.Checked if present else Qt.CheckState.Unchecked
        if role == self.IdRole:
            return line.entry.participant_id
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return None
        if column == COL_NAME:
            return roster_name(line.entry)
        if column == COL_DOC:
            return line.entry.doc_number
        if column == COL_UNIT:
            return line.entry.housing_unit
        if column == COL_STATUS:
            return label("attendance", line.status)
        if column == COL_REASON:
            return absence_reason_label(line.reason) if line.reason else ""
        if column == COL_NOTE:
            return label("sensitivity", line.sensitivity) if line.note else ""
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (
            role != Qt.ItemDataRole.CheckStateRole
            or not index.isValid()
            or index.column() != COL_NAME
            or not 0 <= index.row() < len(self._lines)
        ):
            return False
        checked = Qt.CheckState(value) == Qt.CheckState.Checked
        self._change(index.row(), status=PRESENT if checked else ABSENT)
        return True

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self.HEADERS)
        ):
            return QCoreApplication.translate(self.CONTEXT, self.HEADERS[section])
        return None
