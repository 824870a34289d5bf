"""Administration > Users: the accounts, and what a coordinator can do to them."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from peerdesk.domain.roles import Action
from peerdesk.ui.admin_models import UserTableModel
from peerdesk.ui.app_events import USERS
from peerdesk.ui.column_fit import fit_columns
from peerdesk.ui.flow_layout import FlowLayout
from peerdesk.ui.messages import error_text
from peerdesk.ui.user_dialogs import AddUserDialog, ResetPassphraseDialog, RoleDialog
from peerdesk.ui.whole_text import keep_whole
from peerdesk.ui.widgets import message_label, set_message

if TYPE_CHECKING:
    from peerdesk.services.users import UserInfo
    from peerdesk.ui.session import UiSession

OK_STYLE = "color: #1b5e20; font-weight: bold;"


class UsersTab(QWidget):
    """The accounts table; the buttons that change accounts exist only for those who may.

    ``dialog`` holds the dialog or question open (for tests and for closing on lock).
    """

    def __init__(self, session: UiSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.dialog: QDialog | None = None
        self.model = UserTableModel(self)
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("User accounts"))
        self.table.setTabKeyNavigation(False)  # Tab leaves the table
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 12)
        header = self.table.horizontalHeader()
        header.setDefaultSectionSize(200)
        header.resizeSection(UserTableModel.COL_STATE, 360)
        header.setStretchLastSection(True)
        self.message = message_label(style=OK_STYLE)
        self.error_label = message_label()

        self.buttons: dict[str, QPushButton] = {}
        row = FlowLayout()  # more lines when narrow (200 % text, Spanish)
        if session.may(Action.USER_MANAGE):
            for key, text, slot in (
                ("add", self.tr("Add user…"), self.add_user),
                ("role", self.tr("Change role…"), self.change_role),
                ("reset", self.tr("Set temporary passphrase…"), self.reset_passphrase),
                ("unlock", self.tr("Unlock sign-in"), self.unlock),
                ("disable", self.tr("Disable account…"), self.disable),
            ):
                button = QPushButton(text)
                button.clicked.connect(slot)
                self.buttons[key] = button
                row.addWidget(button)
            self.table.selectionModel().selectionChanged.connect(self._update_buttons)

        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addWidget(self.error_label)
        layout.addWidget(self.table, 1)
        keep_whole(self)  # wrapped rows at 200 % text: the page scrolls down, nothing overlaps
        session.events.changed.connect(self._on_changed)
        self._update_buttons()

    # --- reading ---------------------------------------------------------------------------
    def reload(self) -> None:
        """Read the accounts again."""
        s = self._session
        s.runner.run(
            lambda: s.services.users.list_users(s.actor),
            on_done=self._loaded,
            on_error=lambda exc: set_message(self.error_label, error_text(exc)),
            owner=self,
        )

    def _loaded(self, users: list[UserInfo]) -> None:
        selected = self.selected()
        self.model.set_rows(users)
        # Widths from what the columns show: fixed widths clipped "User name" and the role
        # at 200 % text in Spanish. A wider table scrolls inside itself, not the page.
        model = self.model
        fit_columns(
            self.table,
            {
                column: [str(model.data(model.index(r, column))) for r in range(model.rowCount())]
                for column in (model.COL_NAME, model.COL_ROLE, model.COL_STATE)
            },
        )
        if selected is not None:
            for i, user in enumerate(users):
                if user.username == selected.username:
                    self.table.selectRow(i)
        self._update_buttons()

    def _on_changed(self, what: frozenset[str]) -> None:
        if USERS in what:
            self.reload()

    def selected(self) -> UserInfo | None:
        """The account selected in the table, if any."""
        rows = self.table.selectionModel().selectedRows()
        return self.model.row(rows[0].row()) if rows else None

    def select(self, username: str) -> None:
        """Select the line of ``username``."""
        for i in range(self.model.rowCount()):
            if self.model.row(i).username == username:
                self.table.selectRow(i)

    def _update_buttons(self, *_args: Any) -> None:
        user = self.selected()
        for key, button in self.buttons.items():
            if key == "add":
                continue
            button.setEnabled(user is not None and (user.active or key == "unlock"))
        if "unlock" in self.buttons:
            self.buttons["unlock"].setEnabled(user is not None and user.locked_minutes > 0)

    # --- changing --------------------------------------------------------------------------
    def _open(self, dialog: QDialog, done_text: str) -> None:
        def finished(result: int) -> None:
            self.dialog = None
            if result == QDialog.DialogCode.Accepted:
                set_message(self.message, done_text)
                self._session.events.announce(USERS)
            dialog.deleteLater()

        set_message(self.message, "")
        set_message(self.error_label, "")
        dialog.finished.connect(finished)
        self.dialog = dialog
        dialog.open()

    def add_user(self) -> None:
        """Open the dialog for a new account."""
        self._open(AddUserDialog(self._session, self), self.tr("The account was added."))

    def change_role(self) -> None:
        """Open the role dialog for the selected account."""
        user = self.selected()
        if user is not None:
            dialog = RoleDialog(self._session, user.username, user.role, self)
            self._open(dialog, self.tr("The role was changed."))

    def reset_passphrase(self) -> None:
        """Open the temporary passphrase dialog for the selected account."""
        user = self.selected()
        if user is not None:
            dialog = ResetPassphraseDialog(self._session, user.username, self)
            self._open(dialog, self.tr("The temporary passphrase was set."))

    def unlock(self) -> None:
        """Lift the sign-in lock of the selected account."""
        user = self.selected()
        if user is None:
            return
        s, name = self._session, user.username
        self._change(
            lambda: s.services.users.unlock_user(s.actor, name),
            self.tr("%1 can sign in again.").replace("%1", name),
        )

    def disable(self) -> None:
        """Ask, then disable the selected account."""
        user = self.selected()
        if user is None:
            return
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle("peerdesk")
        box.setText(self.tr("Disable the account %1?").replace("%1", user.username))
        box.setInformativeText(
            self.tr("Their passphrase stops working at once. Their records stay.")
        )
        yes = box.addButton(self.tr("Disable account"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        s, name = self._session, user.username

        def answered(_result: int) -> None:
            self.dialog = None
            box.deleteLater()
            if box.clickedButton() is yes:
                self._change(
                    lambda: s.services.users.disable_user(s.actor, name),
                    self.tr("The account %1 is disabled.").replace("%1", name),
                )

        box.finished.connect(answered)
        self.dialog = box
        box.open()

    def _change(self, job: Callable[[], Any], done_text: str) -> None:
        set_message(self.message, "")
        set_message(self.error_label, "")

        def done(_result: Any) -> None:
            set_message(self.message, done_text)
            self._session.events.announce(USERS)

        self._session.runner.run(
            job,
            on_done=done,
            on_error=lambda exc: set_message(self.error_label, error_text(exc)),
            owner=self,
        )
