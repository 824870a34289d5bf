"""Read-only table models of the groups screens: groups, a group's sessions, its members."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from PySide6.QtCore import QT_TRANSLATE_NOOP

from peerdesk.ui.attendance_model import roster_name
from peerdesk.ui.form_fields import format_date
from peerdesk.ui.group_labels import cancel_reason_label
from peerdesk.ui.labels import label
from peerdesk.ui.row_table_model import RowTableModel

if TYPE_CHECKING:
    from peerdesk.services.groups import GroupSummary
    from peerdesk.services.timeline import RosterEntry, SessionSummary


class GroupTableModel(RowTableModel["GroupSummary"]):
    """One line per group: name, curriculum, location, members."""

    CONTEXT: ClassVar[str] = "GroupTableModel"
    HEADERS: ClassVar[tuple[str, ...]] = (
        QT_TRANSLATE_NOOP("GroupTableModel", "Group"),
        QT_TRANSLATE_NOOP("GroupTableModel", "Curriculum"),
        QT_TRANSLATE_NOOP("GroupTableModel", "Location"),
        QT_TRANSLATE_NOOP("GroupTableModel", "Members"),
    )

    def cell(self, row: GroupSummary, column: int) -> str:
        return (row.name, row.curriculum, row.location, str(row.member_count))[column]


class SessionTableModel(RowTableModel["SessionSummary"]):
    """One line per session, newest first, with attendance counts or why it was cancelled."""

    CONTEXT: ClassVar[str] = "SessionTableModel"
    HEADERS: ClassVar[tuple[str, ...]] = (
        QT_TRANSLATE_NOOP("SessionTableModel", "Date"),
        QT_TRANSLATE_NOOP("SessionTableModel", "Time"),
        QT_TRANSLATE_NOOP("SessionTableModel", "Module"),
        QT_TRANSLATE_NOOP("SessionTableModel", "Status"),
        QT_TRANSLATE_NOOP("SessionTableModel", "Present"),
        QT_TRANSLATE_NOOP("SessionTableModel", "Absent"),
        QT_TRANSLATE_NOOP("SessionTableModel", "Excused"),
        QT_TRANSLATE_NOOP("SessionTableModel", "Recorded by"),
    )

    def cell(self, row: SessionSummary, column: int) -> str:
        held = row.status.value == "held"
        status = label("session_status", row.status.value)
        if not held and row.cancel_reason:
            status = f"{status}: {cancel_reason_label(row.cancel_reason)}"
        counts = (str(row.present), str(row.absent), str(row.excused)) if held else ("", "", "")
        return (
            format_date(row.held_on),
            row.start_time,
            row.module,
            status,
            *counts,
            row.recorded_by,
        )[column]


class MemberTableModel(RowTableModel["RosterEntry"]):
    """A group's current members."""

    CONTEXT: ClassVar[str] = "MemberTableModel"
    HEADERS: ClassVar[tuple[str, ...]] = (
        QT_TRANSLATE_NOOP("MemberTableModel", "Name"),
        QT_TRANSLATE_NOOP("MemberTableModel", "DOC number"),
        QT_TRANSLATE_NOOP("MemberTableModel", "Unit"),
    )

    def cell(self, row: RosterEntry, column: int) -> str:
        return (roster_name(row), row.doc_number, row.housing_unit)[column]
