"""A participant's timeline (sessions, contacts, status changes, notes) as a table model."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from peerdesk.ui.form_fields import format_date
from peerdesk.ui.labels import label, status_label

if TYPE_CHECKING:
    from peerdesk.services.timeline import TimelineItem

Index = QModelIndex | QPersistentModelIndex
_CONTEXT = "TimelineTableModel"

COL_DATE, COL_KIND, COL_WHAT, COL_DETAIL = range(4)
_HEADERS = (
    QT_TRANSLATE_NOOP("TimelineTableModel", "Date"),
    QT_TRANSLATE_NOOP("TimelineTableModel", "Kind"),
    QT_TRANSLATE_NOOP("TimelineTableModel", "What"),
    QT_TRANSLATE_NOOP("TimelineTableModel", "Details"),
)
#: Longest part of a note shown in the table; the whole note is in the tooltip.
NOTE_PREVIEW = 120


def describe(item: TimelineItem) -> tuple[str, str, str]:
    """(kind, what, details) of one timeline item, translated."""
    from peerdesk.services.timeline import ContactItem, NoteItem, SessionItem, StatusItem

    if isinstance(item, SessionItem):
        what = " · ".join(p for p in (item.group_name, item.module) if p)
        detail = label("attendance", item.attendance.value)
        if item.reason_code:
            detail = f"{detail} ({item.reason_code})"
        return QCoreApplication.translate("TimelineTableModel", "Group session"), what, detail
    if isinstance(item, ContactItem):
        what = QCoreApplication.translate("TimelineTableModel", "%1, %2 min").replace(
            "%1", label("contact_mode", item.mode.value)
        )
        what = what.replace("%2", str(item.duration_minutes))
        detail = label("session_status", item.status.value)
        if item.cancel_reason:
            detail = f"{detail} ({item.cancel_reason})"
        return QCoreApplication.translate("TimelineTableModel", "One-on-one contact"), what, detail
    if isinstance(item, StatusItem):
        detail = QCoreApplication.translate("TimelineTableModel", "recorded by %1").replace(
            "%1", item.recorded_by
        )
        return (
            QCoreApplication.translate("TimelineTableModel", "Status"),
            status_label(item.status),
            detail,
        )
    if isinstance(item, NoteItem):
        note = item.note
        body = " ".join(note.body.split())
        if len(body) > NOTE_PREVIEW:
            body = body[: NOTE_PREVIEW - 1] + "…"
        return label("sensitivity", note.sensitivity.value), body, note.author
    return "", "", ""


class TimelineTableModel(QAbstractTableModel):
    """The items of one ``Timeline``, newest first, as the service ordered them."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._items: list[TimelineItem] = []
        self._text: list[tuple[str, str, str]] = []

    def set_items(self, items: Sequence[TimelineItem]) -> None:
        """Show ``items`` (replacing what was shown)."""
        self.beginResetModel()
        self._items = list(items)
        self._text = [describe(i) for i in self._items]
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(_HEADERS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        row, column = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == COL_DATE:
                return format_date(self._items[row].on)
            return self._text[row][column - 1]
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_WHAT:
            from peerdesk.services.timeline import NoteItem

            item = self._items[row]
            if isinstance(item, NoteItem):
                return item.note.body
        return None

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(_HEADERS)
        ):
            return QCoreApplication.translate(_CONTEXT, _HEADERS[section])
        return None
