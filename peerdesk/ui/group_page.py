"""One group: its recent sessions with attendance counts, and its current members."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from peerdesk.domain.roles import Action
from peerdesk.ui.app_events import GROUPS, SESSIONS
from peerdesk.ui.attendance_model import roster_name
from peerdesk.ui.group_dialogs import AddMemberDialog, CancelledSessionDialog
from peerdesk.ui.group_models import MemberTableModel, SessionTableModel
from peerdesk.ui.messages import error_text
from peerdesk.ui.table_views import row_table
from peerdesk.ui.widgets import heading_label, message_label, set_message

if TYPE_CHECKING:
    from peerdesk.services.groups import GroupSummary
    from peerdesk.services.timeline import RosterEntry, SessionSummary
    from peerdesk.ui.group_services import GroupServices
    from peerdesk.ui.session import UiSession

#: Style of the line that confirms something was saved.
SAVED_STYLE = "color: #1b5e20; font-weight: bold;"
#: How many of a group's latest sessions the page lists.
SESSIONS_SHOWN = 100


def page_shortcut(
    keys: QKeySequence | QKeySequence.StandardKey | str, page: QWidget, slot: Any
) -> QShortcut:
    """A shortcut that works while the focus is in ``page`` (pages share one window)."""
    shortcut = QShortcut(QKeySequence(keys), page)
    shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    shortcut.activated.connect(slot)
    return shortcut


def fit_columns(table: QTableView, padding: int = 16) -> None:
    """Size the columns of a short table to their text, with some room to breathe."""
    table.resizeColumnsToContents()
    last = table.model().columnCount() - 1
    for column in range(last):  # the last one stretches to the edge
        table.setColumnWidth(column, table.columnWidth(column) + padding)


def make_table(model: Any, parent: QWidget | None = None) -> QTableView:
    """A read-only, one-line-per-row table over ``model`` (see ``table_views.row_table``)."""
    table = row_table(model, "", parent=parent)
    table.horizontalHeader().setDefaultSectionSize(140)
    return table


class GroupPage(QWidget):
    """Shows one group; emits ``record_requested(group_id)`` and ``back_requested``."""

    record_requested = Signal(str)
    back_requested = Signal()

    def __init__(
        self, session: UiSession, services: GroupServices, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._session, self._services = session, services
        self._group: GroupSummary | None = None
        self.dialog: QWidget | None = None
        self.heading = heading_label("", scale=1.4)
        self.subtitle = QLabel()
        self.error_label = message_label()
        self.status_label = message_label(style=SAVED_STYLE)
        self.back_button = QPushButton(self.tr("Back to groups"))
        self.back_button.setToolTip(self.tr("Back to the list of groups (Alt+Left)"))
        self.back_button.clicked.connect(self.back_requested)
        page_shortcut(QKeySequence.StandardKey.Back, self, self.back_requested.emit)

        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.back_button)
        self.record_button: QPushButton | None = None
        self.cancelled_button: QPushButton | None = None
        if session.may(Action.SESSION_RECORD):
            self.record_button = QPushButton(self.tr("&Record a session…"))
            self.record_button.setToolTip(self.tr("Record a session of this group (Ctrl+R)"))
            self.record_button.clicked.connect(self._record)
            page_shortcut("Ctrl+R", self, self._record)
            self.cancelled_button = QPushButton(self.tr("Record a &cancelled session…"))
            self.cancelled_button.clicked.connect(self.record_cancelled)
            top.addWidget(self.cancelled_button)
            top.addWidget(self.record_button)

        self.sessions_model = SessionTableModel(self)
        self.sessions_table = make_table(self.sessions_model)
        self.sessions_table.setAccessibleName(self.tr("Sessions of the group"))
        self.members_model = MemberTableModel(self)
        self.members_table = make_table(self.members_model)
        self.members_table.setAccessibleName(self.tr("Members of the group"))
        self.members_table.horizontalHeader().resizeSection(0, 280)
        members = QWidget()
        members_layout = QVBoxLayout(members)
        self.add_member_button: QPushButton | None = None
        self.remove_member_button: QPushButton | None = None
        if session.may(Action.GROUP_MANAGE):
            self.add_member_button = QPushButton(self.tr("&Add member…"))
            self.add_member_button.clicked.connect(self.add_member)
            self.remove_member_button = QPushButton(self.tr("Remove the member selected"))
            self.remove_member_button.clicked.connect(self.remove_member)
            buttons = QHBoxLayout()
            buttons.addStretch(1)
            buttons.addWidget(self.add_member_button)
            buttons.addWidget(self.remove_member_button)
            members_layout.addLayout(buttons)
        members_layout.addWidget(self.members_table)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.sessions_table, self.tr("Sessions"))
        self.tabs.addTab(members, self.tr("Members"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addLayout(top)
        layout.addWidget(self.subtitle)
        layout.addWidget(self.error_label)
        layout.addWidget(self.status_label)
        layout.addWidget(self.tabs, 1)
        session.events.changed.connect(self._on_changed)

    @property
    def group(self) -> GroupSummary | None:
        """The group showing."""
        return self._group

    def open_group(self, group: GroupSummary) -> None:
        """Show ``group`` and read its sessions and members."""
        self._group = group
        self.heading.setText(group.name)
        parts = [p for p in (group.curriculum, group.location) if p]
        parts.append(self.tr("Members: %1").replace("%1", str(group.member_count)))
        self.subtitle.setText(" · ".join(parts))
        self.tabs.setCurrentIndex(0)
        set_message(self.status_label, "")
        self.reload()

    def reload(self) -> None:
        """Read the group's sessions and members again."""
        group = self._group
        if group is None:
            return
        set_message(self.error_label, "")
        queries, actor, runner = self._services.queries, self._session.actor, self._session.runner
        runner.run(
            lambda: queries.recent_sessions(actor, group.id, SESSIONS_SHOWN),
            on_done=self._sessions_loaded,
            on_error=self._failed,
            owner=self,
        )
        runner.run(
            lambda: queries.roster_for_session(actor, group.id),
            on_done=self._members_loaded,
            on_error=self._failed,
            owner=self,
        )

    def _sessions_loaded(self, rows: tuple[SessionSummary, ...]) -> None:
        self.sessions_model.set_rows(rows)
        # At most SESSIONS_SHOWN lines: measuring them is cheap.
        fit_columns(self.sessions_table)

    def _members_loaded(self, rows: tuple[RosterEntry, ...]) -> None:
        self.members_model.set_rows(rows)
        fit_columns(self.members_table)
        self.tabs.setTabText(1, self.tr("Members (%1)").replace("%1", str(len(rows))))

    def _failed(self, exc: Exception) -> None:
        set_message(self.error_label, error_text(exc))

    def _on_changed(self, what: frozenset[str]) -> None:
        if what & {SESSIONS, GROUPS} and self.isVisible():
            self.reload()

    def _record(self) -> None:
        if self._group is not None and self.isVisible():
            self.record_requested.emit(self._group.id)

    # --- dialogs ---------------------------------------------------------------------------
    def _open(self, dialog: Any, what: str) -> None:
        self.dialog = dialog
        dialog.accepted.connect(lambda: self._session.events.announce(what))
        dialog.finished.connect(self._dialog_closed)
        dialog.open()

    def _dialog_closed(self, _result: int) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = None

    def record_cancelled(self) -> None:
        """Ask when and why a session did not take place, and record it."""
        if self._group is not None:
            self._open(
                CancelledSessionDialog(self._session, self._services, self._group, self), SESSIONS
            )

    def add_member(self) -> None:
        """Ask for a DOC number and a join date, and add that participant."""
        if self._group is not None:
            self._open(AddMemberDialog(self._session, self._services, self._group, self), GROUPS)

    def remove_member(self) -> None:
        """Record that the member selected left the group today (after a question)."""
        row = self.members_table.currentIndex().row()
        group = self._group
        if group is None or row < 0:
            set_message(self.error_label, self.tr("Select a member first."))
            return
        entry = self.members_model.row(row)
        answer = QMessageBox.question(
            self,
            "peerdesk",
            self.tr("Record that %1 left this group today?").replace("%1", roster_name(entry)),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        groups, actor = self._services.groups, self._session.actor
        self._session.runner.run(
            lambda: groups.remove_member(actor, group.id, entry.participant_id),
            on_done=lambda _r: self._session.events.announce(GROUPS),
            on_error=self._failed,
            owner=self,
        )
