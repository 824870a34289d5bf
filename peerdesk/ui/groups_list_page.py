"""The list of groups (for a peer educator: the groups they facilitate)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from peerdesk.domain.roles import Action
from peerdesk.ui.app_events import CONTACTS
from peerdesk.ui.group_dialogs import ContactDialog
from peerdesk.ui.group_models import GroupTableModel
from peerdesk.ui.group_page import SAVED_STYLE, fit_columns, make_table, page_shortcut
from peerdesk.ui.messages import error_text
from peerdesk.ui.responsive_row import ResponsiveRow
from peerdesk.ui.widgets import heading_label, hint_label, message_label, set_message

if TYPE_CHECKING:
    from peerdesk.services.groups import GroupSummary
    from peerdesk.services.session_recording import OpenMatch
    from peerdesk.ui.group_services import GroupServices
    from peerdesk.ui.session import UiSession

#: Columns are sized to their text when the list is shorter than this (measuring is cheap).
FIT_BELOW = 500


class GroupsListPage(QWidget):
    """Lists the groups; emits ``open_requested(id)`` and ``record_requested(id)``.

    Args:
        session: the signed-in session.
        services: the group services.
        title: the heading ("Groups and sessions", or "My groups").
    """

    open_requested = Signal(str)
    record_requested = Signal(str)

    def __init__(
        self,
        session: UiSession,
        services: GroupServices,
        title: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._session, self._services = session, services
        self.groups: tuple[GroupSummary, ...] = ()
        self.dialog: ContactDialog | None = None
        self.heading = heading_label(title, scale=1.4)
        self.count_label = QLabel()
        self.error_label = message_label()
        self.status_label = message_label(style=SAVED_STYLE)
        self.empty_label = hint_label("")
        self.empty_label.setVisible(False)
        self.model = GroupTableModel(self)
        self.table = make_table(self.model)
        self.table.setAccessibleName(self.tr("Groups"))
        self.table.horizontalHeader().resizeSection(0, 300)
        self.table.activated.connect(self._open_index)
        self.table.doubleClicked.connect(self._open_index)

        title = QWidget()
        title_box = QHBoxLayout(title)
        title_box.setContentsMargins(0, 0, 0, 0)
        title_box.addWidget(self.heading)
        title_box.addStretch(1)
        title_box.addWidget(self.count_label)
        actions = QWidget()
        buttons = QHBoxLayout(actions)
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addStretch(1)
        self.record_button: QPushButton | None = None
        self.contact_button: QPushButton | None = None
        if session.may(Action.SESSION_RECORD):
            self.contact_button = QPushButton(self.tr("Record a &contact…"))
            self.contact_button.setToolTip(
                self.tr("Record a one-on-one contact with a mentee (Ctrl+Shift+R)")
            )
            self.contact_button.clicked.connect(self.record_contact)
            page_shortcut("Ctrl+Shift+R", self, self.record_contact)
            self.record_button = QPushButton(self.tr("&Record a session…"))
            self.record_button.setToolTip(
                self.tr("Record a session of the group selected (Ctrl+R)")
            )
            self.record_button.clicked.connect(self._record)
            page_shortcut("Ctrl+R", self, self._record)
            buttons.addWidget(self.contact_button)
            buttons.addWidget(self.record_button)
        # The buttons go under the title when both do not fit (200 % text).
        top = ResponsiveRow(title, actions, (1, 0))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(top)
        layout.addWidget(self.error_label)
        layout.addWidget(self.status_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)
        if self.record_button is not None:
            layout.addWidget(
                hint_label(
                    self.tr(
                        "Enter opens the group selected. Ctrl+R records a session of it, "
                        "Ctrl+Shift+R a one-on-one contact."
                    )
                )
            )

    # --- loading ---------------------------------------------------------------------------
    def reload(self) -> None:
        """Read the groups again (keeping the one selected)."""
        groups, actor = self._services.groups, self._session.actor
        self.count_label.setText(self.tr("Loading…"))  # not blank while thousands are read
        self._session.runner.run(
            lambda: groups.my_groups(actor),
            on_done=self._loaded,
            on_error=self._failed,
            owner=self,
        )

    def _loaded(self, rows: tuple[GroupSummary, ...]) -> None:
        selected = self.selected_group_id()
        self.groups = rows
        self.model.set_rows(rows)
        if len(rows) <= FIT_BELOW:
            fit_columns(self.table)
        self.count_label.setText(self.tr("Groups: %1").replace("%1", str(len(rows))))
        if not rows:
            self.empty_label.setText(
                self.tr("No groups yet.")
                if self._session.may(Action.GROUP_MANAGE)
                else self.tr("You do not facilitate any group yet. A coordinator can add you.")
            )
        self.empty_label.setVisible(not rows)
        ids = [g.id for g in rows]
        row = ids.index(selected) if selected in ids else 0
        if rows:
            self.table.selectRow(row)

    def _failed(self, exc: Exception) -> None:
        self.count_label.setText("")
        set_message(self.error_label, error_text(exc))

    # --- acting ----------------------------------------------------------------------------
    def selected_group_id(self) -> str:
        """The id of the group selected (``""``: none)."""
        row = self.table.currentIndex().row()
        return self.model.row(row).id if 0 <= row < self.model.rowCount() else ""

    def _open_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_requested.emit(self.model.row(index.row()).id)

    def _record(self) -> None:
        if self.isVisible():
            self.record_requested.emit(self.selected_group_id())

    def record_contact(self) -> None:
        """Read the matches the person may record for, then ask about the contact."""
        if self.dialog is not None or not self.isVisible():
            return
        contacts, actor = self._services.contacts, self._session.actor
        self._session.runner.run(
            lambda: contacts.open_matches(actor, limit=51),
            on_done=self._show_contact_dialog,
            on_error=self._failed,
            owner=self,
        )

    def _show_contact_dialog(self, matches: tuple[OpenMatch, ...]) -> None:
        set_message(self.status_label, "")
        if not matches:
            set_message(self.error_label, self.tr("There is no active match to record for."))
            return
        self.dialog = ContactDialog(self._session, self._services, matches, self)
        self.dialog.accepted.connect(self._contact_saved)
        self.dialog.finished.connect(self._dialog_closed)
        self.dialog.open()

    def _contact_saved(self) -> None:
        self._session.events.announce(CONTACTS)
        set_message(self.status_label, self.tr("Contact saved."))

    def _dialog_closed(self, _result: int) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = None
