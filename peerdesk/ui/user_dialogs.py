"""Dialogs of the Users tab: add an account, change a role, set a temporary passphrase."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from peerdesk.domain.passphrase_policy import MIN_LENGTH
from peerdesk.domain.roles import Role
from peerdesk.ui.form_dialog import FormDialog, Job
from peerdesk.ui.messages import role_label
from peerdesk.ui.widgets import PassphraseEdit, hint_label

if TYPE_CHECKING:
    from peerdesk.ui.session import UiSession


def role_combo(current: Role | None = None) -> QComboBox:
    """A list of the roles, translated, with ``current`` chosen."""
    combo = QComboBox()
    for role in Role:
        combo.addItem(role_label(role.value), role.value)
    if current is not None:
        combo.setCurrentIndex(combo.findData(current.value))
    return combo


class _PassphraseFields:
    """A new passphrase typed twice, checked to be the same."""

    def __init__(self, dialog: FormDialog, label: str) -> None:
        self.dialog = dialog
        self.edit = PassphraseEdit()
        self.repeat = PassphraseEdit()
        hint = hint_label(
            QCoreApplication.translate(
                "UserDialogs",
                "At least %1 characters. The person must change it at first sign-in.",
            ).replace("%1", str(MIN_LENGTH))
        )
        dialog.add_field(label, "passphrase", self.edit, hint)
        dialog.add_field(
            QCoreApplication.translate("UserDialogs", "Type it again:"), "repeat", self.repeat
        )

    def value(self) -> str | None:
        phrase = self.edit.text()
        if not phrase:
            self.dialog.show_error(
                "passphrase",
                QCoreApplication.translate("UserDialogs", "Type a temporary passphrase."),
            )
            return None
        if phrase != self.repeat.text():
            self.repeat.clear()
            self.dialog.show_error(
                "repeat",
                QCoreApplication.translate("UserDialogs", "The two passphrases are not the same."),
            )
            return None
        return phrase


class AddUserDialog(FormDialog):
    """A new account: user name, role and a temporary passphrase."""

    def __init__(self, session: UiSession, parent: QWidget | None = None) -> None:
        super().__init__(
            session.runner,
            self.tr("Add a user"),
            self.tr("Give the person their temporary passphrase in private."),
            self.tr("Add user"),
            parent,
        )
        self._session = session
        self.username_edit = QLineEdit()
        self.username_edit.setMaxLength(64)
        self.role_combo = role_combo(Role.PEER_EDUCATOR)
        self.add_field(self.tr("User name:"), "username", self.username_edit)
        self.add_field(self.tr("Role:"), "role", self.role_combo)
        self.passphrase = _PassphraseFields(self, self.tr("Temporary passphrase:"))

    def job(self) -> Job | None:
        name = self.username_edit.text().strip()
        if not name:
            self.show_error("username", self.tr("Type a user name."))
            return None
        phrase = self.passphrase.value()
        if phrase is None:
            return None
        role = str(self.role_combo.currentData())
        s = self._session
        return lambda: s.services.users.add_user(s.actor, name, role, phrase)


class RoleDialog(FormDialog):
    """A new role for one account."""

    def __init__(
        self, session: UiSession, username: str, role: Role, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            session.runner,
            self.tr("Change role"),
            self.tr("What %1 may see and do changes at once.").replace("%1", username),
            self.tr("Change role"),
            parent,
        )
        self._session = session
        self._username = username
        self.role_combo = role_combo(role)
        self.add_field(self.tr("New role:"), "role", self.role_combo)

    def job(self) -> Job | None:
        s, name, role = self._session, self._username, str(self.role_combo.currentData())
        return lambda: s.services.users.change_role(s.actor, name, role)


class ResetPassphraseDialog(FormDialog):
    """A temporary passphrase for someone who forgot theirs."""

    def __init__(self, session: UiSession, username: str, parent: QWidget | None = None) -> None:
        super().__init__(
            session.runner,
            self.tr("Set a temporary passphrase"),
            self.tr(
                "%1 signs in with it once, then must choose their own. Their sign-in lock, "
                "if any, is lifted too."
            ).replace("%1", username),
            self.tr("Set passphrase"),
            parent,
        )
        self._session = session
        self._username = username
        self.passphrase = _PassphraseFields(self, self.tr("Temporary passphrase:"))

    def job(self) -> Job | None:
        phrase = self.passphrase.value()
        if phrase is None:
            return None
        s, name = self._session, self._username
        return lambda: s.services.users.reset_passphrase(s.actor, name, phrase)
