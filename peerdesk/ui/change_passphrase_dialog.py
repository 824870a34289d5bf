"""Choosing one's own passphrase, required after a coordinator set a temporary one."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from peerdesk.domain.errors import ValidationError
from peerdesk.domain.passphrase_policy import MIN_LENGTH
from peerdesk.ui.form_labels import add_row
from peerdesk.ui.messages import error_text
from peerdesk.ui.task_runner import Runner
from peerdesk.ui.widgets import (
    WARNING_STYLE,
    PassphraseEdit,
    grow_to_fit,
    heading_label,
    hint_label,
    message_label,
    paragraph,
    set_message,
    stacked,
)

ChangeFn = Callable[[str, str], None]


class ChangePassphraseDialog(QDialog):
    """Current passphrase, new passphrase twice; accepted only once the change is saved.

    One dialog serves every sign-in: :meth:`ask` empties it and opens it for one account.

    Args:
        runner: where the change runs (it derives keys, so it is slow).
    """

    def __init__(self, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._change: ChangeFn | None = None
        self._runner = runner
        self.setWindowTitle(self.tr("Choose your passphrase"))
        self.setModal(True)
        self.setMinimumWidth(600)

        intro = paragraph(
            self.tr(
                "A coordinator gave you a temporary passphrase. Choose your own now: "
                "only you should know it."
            )
        )
        self.current_edit = PassphraseEdit()
        self.new_edit = PassphraseEdit()
        self.repeat_edit = PassphraseEdit()
        self.current_error = message_label()
        self.new_error = message_label()
        self.repeat_error = message_label()
        self.caps_lock_label = message_label(style=WARNING_STYLE)
        for edit in (self.current_edit, self.new_edit, self.repeat_edit):
            edit.caps_lock_changed.connect(self._show_caps_lock)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        add_row(
            form, self.tr("Temporary passphrase:"), stacked(self.current_edit, self.current_error)
        )
        add_row(
            form,
            self.tr("New passphrase:"),
            stacked(
                self.new_edit,
                hint_label(
                    self.tr(
                        "At least %1 characters; a few ordinary words with spaces work well."
                    ).replace("%1", str(MIN_LENGTH))
                ),
                self.new_error,
            ),
        )
        add_row(
            form,
            self.tr("Type it again:"),
            stacked(self.repeat_edit, self.repeat_error, self.caps_lock_label),
        )

        self.error_label = message_label()
        self.buttons = QDialogButtonBox()
        self.ok_button = self.buttons.addButton(
            self.tr("Save passphrase"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.cancel_button = self.buttons.addButton(
            self.tr("Sign out"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.ok_button.setDefault(True)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(heading_label(self.tr("Choose your passphrase"), scale=1.4))
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self._busy = False

    def ask(self, change: ChangeFn) -> None:
        """Open the dialog, empty, for one account.

        Args:
            change: ``change(current, new)`` saves the new passphrase or raises
                ``ValidationError`` (field ``current`` or ``passphrase``).
        """
        self._change = change
        self.set_busy(False)
        self._clear_messages()
        for edit, _label in self._field_labels().values():
            edit.clear()
        self.current_edit.setFocus()
        self.open()

    def _field_labels(self) -> dict[str, tuple[PassphraseEdit, QLabel]]:
        return {
            "current": (self.current_edit, self.current_error),
            "passphrase": (self.new_edit, self.new_error),
            "repeat": (self.repeat_edit, self.repeat_error),
        }

    def _clear_messages(self) -> None:
        for _edit, label in self._field_labels().values():
            set_message(label, "")
        set_message(self.error_label, "")

    def show_field_error(self, field: str, text: str) -> None:
        """Show ``text`` under the field named ``field`` (or under the form if unknown)."""
        target = self._field_labels().get(field)
        if target is None:
            set_message(self.error_label, text)
        else:
            edit, label = target
            set_message(label, text)
            edit.setFocus()
            edit.selectAll()
        grow_to_fit(self)

    def set_busy(self, busy: bool) -> None:
        """Lock the form while the new passphrase is being saved."""
        self._busy = busy
        for edit, _label in self._field_labels().values():
            edit.setEnabled(not busy)
        self.ok_button.setEnabled(not busy)
        self.cancel_button.setEnabled(not busy)
        self.ok_button.setText(self.tr("Saving…") if busy else self.tr("Save passphrase"))

    def submit(self) -> None:
        """Check what can be checked here, then save the new passphrase."""
        if self._busy:
            return
        self._clear_messages()
        current = self.current_edit.text()
        new = self.new_edit.text()
        if not current:
            self.show_field_error("current", self.tr("Type the passphrase you signed in with."))
            return
        if not new:
            self.show_field_error("passphrase", self.tr("Type a new passphrase."))
            return
        if new != self.repeat_edit.text():
            self.repeat_edit.clear()
            self.show_field_error("repeat", self.tr("The two new passphrases are not the same."))
            return
        change = self._change
        if change is None:
            return
        self.set_busy(True)
        self._runner.run(
            lambda: change(current, new),
            on_done=lambda _result: self._saved(),
            on_error=self._failed,
            owner=self,
        )

    def _saved(self) -> None:
        self.set_busy(False)
        for edit, _label in self._field_labels().values():
            edit.clear()
        self._change = None
        self.accept()

    def _failed(self, exc: Exception) -> None:
        self.set_busy(False)
        if isinstance(exc, ValidationError):
            if exc.field == "current":
                self.current_edit.clear()
            self.show_field_error(exc.field, error_text(exc))
        else:
            set_message(self.error_label, error_text(exc))
            grow_to_fit(self)

    def _show_caps_lock(self, on: bool) -> None:
        set_message(self.caps_lock_label, self.tr("Caps Lock is on.") if on else "")
        grow_to_fit(self)

    def reject(self) -> None:
        """Cancel (sign out), unless the change is being saved right now."""
        if not self._busy:
            for edit, _label in self._field_labels().values():
                edit.clear()
            self._change = None
            super().reject()
