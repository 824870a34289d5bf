"""The sign-in window: user name, passphrase, and a clear message when it does not work."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from peerdesk.ui.form_labels import add_row
from peerdesk.ui.widgets import (
    WARNING_STYLE,
    PassphraseEdit,
    enlarge,
    grow_to_fit,
    heading_label,
    hint_label,
    message_label,
    set_message,
    stacked,
)

if TYPE_CHECKING:
    from peerdesk.db.store import DataPaths
    from peerdesk.services.auth import SignedIn
    from peerdesk.ui.task_runner import Runner


class Authenticator(Protocol):
    """What the window needs from ``AuthService``."""

    #: The data folder signed in to (a restore goes there).
    paths: DataPaths

    def sign_in(self, username: str, passphrase: str) -> SignedIn: ...


class LoginWindow(QWidget):
    """Asks for a user name and passphrase and signs in on the task runner.

    Emits ``signed_in`` with the ``SignedIn`` result; it then stays in its busy state until
    :meth:`reset` is called, so nobody can start a second sign-in meanwhile. The passphrase
    field is emptied after every attempt, whatever the outcome.

    It is also the lock screen (:meth:`show_locked`): the locked user's name is fixed and
    "Switch user…" lets a coordinator sign in instead, which ends the locked session. Who may
    unlock is the app flow's decision; this window only collects the passphrase.

    Args:
        auth: the sign-in service for this data folder.
        runner: where the slow key derivation runs, away from the GUI thread.
    """

    signed_in = Signal(object)
    #: "Restore from a backup…", offered when the site cannot be opened.
    restore_requested = Signal()

    def __init__(self, auth: Authenticator, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._auth = auth
        self._runner = runner
        # Never anything about the user here: the title shows on the taskbar.
        self.setWindowTitle("peerdesk")
        self.setMinimumWidth(460)

        self.heading = heading_label(self.tr("Sign in to peerdesk"))
        self.notice = message_label(style="")
        enlarge(self.notice)

        self.username_edit = QLineEdit()
        self.username_edit.setMaxLength(64)
        self.username_edit.setAccessibleName(self.tr("User name"))
        self.passphrase_edit = PassphraseEdit()
        self.passphrase_edit.setAccessibleName(self.tr("Passphrase"))
        for edit in (self.username_edit, self.passphrase_edit):
            edit.returnPressed.connect(self.submit)
        self.caps_lock_label = message_label(style=WARNING_STYLE)
        self.passphrase_edit.caps_lock_changed.connect(self._show_caps_lock)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("User name:"), self.username_edit)
        add_row(form, self.tr("Passphrase:"), stacked(self.passphrase_edit, self.caps_lock_label))

        self.error_label = message_label()
        enlarge(self.error_label)
        self.sign_in_button = QPushButton(self.tr("Sign in"))
        self.sign_in_button.setDefault(True)
        self.sign_in_button.setMinimumHeight(36)
        self.sign_in_button.clicked.connect(self.submit)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.sign_in_button)

        self.help_text = hint_label(
            self.tr("Forgot your passphrase? A coordinator can set a new one for you.")
        )
        self.switch_button = QPushButton(self.tr("Switch user…"))
        self.switch_button.setToolTip(
            self.tr("A coordinator can sign in here; the locked session then ends.")
        )
        self.switch_button.clicked.connect(self.show_switch_user)
        self.back_button = QPushButton(self.tr("Back to unlock"))
        self.back_button.clicked.connect(self._back_to_unlock)
        buttons.insertWidget(0, self.switch_button)
        buttons.insertWidget(1, self.back_button)
        self.restore_button = QPushButton(self.tr("Restore from a backup…"))
        self.restore_button.clicked.connect(self.restore_requested)
        buttons.insertWidget(2, self.restore_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 24)
        layout.setSpacing(12)
        layout.addWidget(self.heading)
        layout.addWidget(self.notice)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addLayout(buttons)
        layout.addWidget(self.help_text)
        layout.addStretch(1)
        self._busy = False
        self._locked_user = ""
        self._button_text = self.tr("Sign in")
        self._set_mode("", self.tr("Sign in to peerdesk"), self.tr("Sign in"))

    # --- state ---------------------------------------------------------------------------
    @property
    def busy(self) -> bool:
        """Whether a sign-in is in progress (or succeeded and is being followed up)."""
        return self._busy

    def set_busy(self, busy: bool) -> None:
        """Lock the fields while the passphrase is checked."""
        self._busy = busy
        self.username_edit.setEnabled(not busy)
        self.passphrase_edit.setEnabled(not busy)
        self.sign_in_button.setEnabled(not busy)
        self.sign_in_button.setText(self.tr("Checking…") if busy else self._button_text)
        self.switch_button.setEnabled(not busy)
        self.back_button.setEnabled(not busy)

    @property
    def locked_user(self) -> str:
        """The user whose session is locked (``""`` when nothing is locked)."""
        return self._locked_user

    def _set_mode(self, locked_user: str, heading: str, button: str) -> None:
        self._locked_user = locked_user
        self._button_text = button
        self.heading.setText(heading)
        self.username_edit.setReadOnly(False)
        self.switch_button.setVisible(False)
        self.back_button.setVisible(False)
        self.restore_button.setVisible(False)
        self.set_busy(False)
        self.passphrase_edit.clear()
        set_message(self.error_label, "")

    def reset(self, notice: str = "", username: str = "") -> None:
        """Make the window ready for the next person, with an optional notice at the top."""
        self._set_mode("", self.tr("Sign in to peerdesk"), self.tr("Sign in"))
        self.username_edit.setText(username)
        set_message(self.notice, notice)
        grow_to_fit(self)
        (self.passphrase_edit if username else self.username_edit).setFocus()

    def show_locked(self, username: str) -> None:
        """The lock screen: only ``username``'s passphrase (or a coordinator's) opens it."""
        self._set_mode(username, self.tr("peerdesk is locked"), self.tr("Unlock"))
        self.username_edit.setText(username)
        self.username_edit.setReadOnly(True)
        self.switch_button.setVisible(True)
        set_message(
            self.notice,
            self.tr("Locked by %1. Type the passphrase of %1 to unlock.").replace("%1", username),
        )
        grow_to_fit(self)
        self.passphrase_edit.setFocus()

    def _back_to_unlock(self) -> None:
        self.show_locked(self._locked_user)

    def show_switch_user(self) -> None:
        """From the lock screen: a coordinator signs in, which ends the locked session."""
        locked = self._locked_user
        self._set_mode(locked, self.tr("Switch user"), self.tr("Sign in"))
        self.username_edit.clear()
        self.back_button.setVisible(True)
        set_message(
            self.notice,
            self.tr(
                "Only a coordinator can end the locked session of %1. Anything %1 had not "
                "saved is lost."
            ).replace("%1", locked),
        )
        grow_to_fit(self)
        self.username_edit.setFocus()

    def show_error(self, text: str) -> None:
        """Show ``text`` as the reason sign-in did not work."""
        set_message(self.error_label, text)
        grow_to_fit(self)

    # --- actions -------------------------------------------------------------------------
    def submit(self) -> None:
        """Check the fields and start signing in."""
        if self._busy:
            return
        username = self.username_edit.text().strip()
        passphrase = self.passphrase_edit.text()
        if not username:
            self.show_error(self.tr("Type your user name."))
            self.username_edit.setFocus()
            return
        if not passphrase:
            self.show_error(self.tr("Type your passphrase."))
            self.passphrase_edit.setFocus()
            return
        set_message(self.notice, "")
        set_message(self.error_label, "")
        self.passphrase_edit.clear()
        self.set_busy(True)
        self._runner.run(
            lambda: self._auth.sign_in(username, passphrase),
            on_done=self._succeeded,
            on_error=self._failed,
            owner=self,
        )

    def _succeeded(self, signed: SignedIn) -> None:
        self.signed_in.emit(signed)

    def _failed(self, exc: Exception) -> None:
        # Imported here, not before the window shows: the messages module loads every
        # service sentence, and ``Qt`` costs PySide6 its whole enum namespace.
        from PySide6.QtCore import Qt

        from peerdesk.domain.errors import KeySlotsDamaged, StoreDamaged
        from peerdesk.ui.messages import error_text

        self.set_busy(False)
        self.restore_button.setVisible(isinstance(exc, StoreDamaged | KeySlotsDamaged))
        self.show_error(error_text(exc))
        self.passphrase_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_caps_lock(self, on: bool) -> None:
        set_message(self.caps_lock_label, self.tr("Caps Lock is on.") if on else "")
        grow_to_fit(self)
