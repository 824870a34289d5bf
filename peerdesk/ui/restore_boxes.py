"""The three parts of the restore dialog: the file and what it is, the secret, the confirmation."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from peerdesk.ui.backup_tab import size_text
from peerdesk.ui.form_labels import add_row
from peerdesk.ui.restore_texts import when_text
from peerdesk.ui.widgets import (
    OK_STYLE,
    WARNING_STYLE,
    PassphraseEdit,
    hint_label,
    message_label,
    paragraph,
    set_message,
    stacked,
)

if TYPE_CHECKING:
    from peerdesk.services.restore import RestoreSecret
    from peerdesk.services.restore_preview import BackupPreview


class BackupFileBox(QGroupBox):
    """The chosen file, a button to choose it, and what the file says it is once checked."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("1. The backup file"), parent)
        self.file_edit = QLineEdit()
        self.file_edit.setReadOnly(True)
        self.file_edit.setAccessibleName(self.tr("Backup file"))
        self.file_edit.setPlaceholderText(self.tr("No file chosen yet"))
        self.choose_button = QPushButton(self.tr("&Choose file…"))
        self.choose_button.setAccessibleName(self.tr("Choose the backup file"))
        row = QHBoxLayout()
        row.addWidget(self.file_edit, 1)
        row.addWidget(self.choose_button)
        self.error = message_label()
        self.site_value = QLabel()
        self.made_value = QLabel()
        self.version_value = QLabel()
        self.size_value = QLabel()
        self.check_value = message_label(style=OK_STYLE)
        self.facts = QWidget()
        facts = QFormLayout(self.facts)
        facts.setContentsMargins(0, 4, 0, 0)
        facts.addRow(self.tr("Site code:"), self.site_value)
        facts.addRow(self.tr("Made on:"), self.made_value)
        facts.addRow(self.tr("Made by:"), self.version_value)
        facts.addRow(self.tr("Size:"), self.size_value)
        box = QVBoxLayout(self)
        box.addLayout(row)
        box.addWidget(self.error)
        box.addWidget(self.facts)
        box.addWidget(self.check_value)

    def set_path(self, path: Path) -> None:
        """Show the file chosen (its full path also as a tooltip: the field may cut it)."""
        self.file_edit.setText(str(path))
        self.file_edit.setToolTip(str(path))
        self.file_edit.setCursorPosition(0)

    def show_preview(self, preview: BackupPreview | None) -> None:
        """Show what the checked file is, or nothing."""
        self.facts.setVisible(preview is not None)
        if preview is None:
            set_message(self.check_value, "")
            return
        self.site_value.setText(preview.site_id)
        self.made_value.setText(when_text(preview.created_at))
        self.version_value.setText(
            self.tr("peerdesk %1 (data format %2)")
            .replace("%1", preview.app_version)
            .replace("%2", preview.schema_version)
        )
        self.size_value.setText(size_text(preview.size))
        set_message(
            self.check_value,
            self.tr("Checked: the file is complete and unchanged since it was made."),
        )


class SecretBox(QGroupBox):
    """The recovery code, or a coordinator's user name and passphrase."""

    def __init__(self, username: str = "", parent: QWidget | None = None) -> None:
        super().__init__(self.tr("2. Unlock it"), parent)
        self.code_radio = QRadioButton(self.tr("With the recovery c&ode printed at setup"))
        self.code_edit = QLineEdit()
        self.code_edit.setAccessibleName(self.tr("Recovery code"))
        self.code_edit.setPlaceholderText("XXXXX-XXXXX-XXXXX-…")
        self.passphrase_radio = QRadioButton(
            self.tr("With a coordinator's &user name and passphrase")
        )
        self.user_edit = QLineEdit(username)
        self.user_edit.setMaxLength(64)
        self.user_edit.setAccessibleName(self.tr("Coordinator's user name"))
        self.passphrase_edit = PassphraseEdit()
        self.passphrase_edit.setAccessibleName(self.tr("Coordinator's passphrase"))
        self._ways = QButtonGroup(self)  # one or the other, whatever their parents
        self._ways.addButton(self.code_radio)
        self._ways.addButton(self.passphrase_radio)
        # Signed in: the coordinator's own passphrase is the likely key.
        (self.passphrase_radio if username else self.code_radio).setChecked(True)
        self.code_edit.textEdited.connect(lambda _t: self.code_radio.setChecked(True))
        for edit in (self.user_edit, self.passphrase_edit):
            edit.textEdited.connect(lambda _t: self.passphrase_radio.setChecked(True))
        who = QFormLayout()
        who.setContentsMargins(24, 0, 0, 0)
        who.addRow(self.tr("User name:"), self.user_edit)
        who.addRow(self.tr("Passphrase:"), self.passphrase_edit)
        self.hint = hint_label(
            self.tr("The passphrase is the one the coordinator had when the backup was made.")
        )
        self.error = message_label()
        box = QVBoxLayout(self)
        box.addWidget(self.code_radio)
        box.addWidget(stacked(self.code_edit))
        box.addWidget(self.passphrase_radio)
        box.addLayout(who)
        box.addWidget(self.hint)
        box.addWidget(self.error)

    def secret(self) -> RestoreSecret | None:
        """The secret typed, or None (with the reason shown) when something is missing."""
        from peerdesk.services.restore import PassphraseSecret, RecoveryCodeSecret

        if self.code_radio.isChecked():
            if not self.code_edit.text().strip():
                return self._missing(self.tr("Type the recovery code."), self.code_edit)
            return RecoveryCodeSecret(self.code_edit.text())
        if not self.user_edit.text().strip():
            return self._missing(self.tr("Type the coordinator's user name."), self.user_edit)
        if not self.passphrase_edit.text():
            return self._missing(
                self.tr("Type the coordinator's passphrase."), self.passphrase_edit
            )
        return PassphraseSecret(self.user_edit.text().strip(), self.passphrase_edit.text())

    def focus_field(self) -> None:
        """Put the cursor where the secret is typed next (the code, or the first empty field
        of the user name and passphrase)."""
        if self.code_radio.isChecked():
            self.code_edit.setFocus()
        elif not self.user_edit.text().strip():
            self.user_edit.setFocus()
        else:
            self.passphrase_edit.setFocus()

    def _missing(self, text: str, field: QLineEdit) -> RestoreSecret | None:
        set_message(self.error, text)
        field.setFocus()
        return None


class ConfirmBox(QGroupBox):
    """What happens to the data there now, and the word to type to go on.

    Args:
        data_dir: the data folder (where ``replaced-...`` is made).
        signed_in: whether a coordinator replaces the open site (they are then signed out),
            or the files there cannot be opened.
    """

    def __init__(self, data_dir: Path, signed_in: bool, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("3. Confirm"), parent)
        self.word = self.tr("REPLACE")
        if signed_in:
            warning = self.tr(
                "The data now in peerdesk is not deleted: it is moved aside, into a folder "
                "named replaced-<date and time> inside %1. Then you are signed out and "
                "peerdesk opens on the backup's data."
            )
        else:
            warning = self.tr(
                "The files peerdesk cannot open are not deleted: they are moved aside, into a "
                "folder named replaced-<date and time> inside %1."
            )
        self.warning = paragraph(warning.replace("%1", str(data_dir)))
        self.warning.setStyleSheet(WARNING_STYLE)
        self.confirm_edit = QLineEdit()
        self.confirm_edit.setAccessibleName(self.tr("Confirmation"))
        self.confirm_edit.setMaxLength(40)
        prompt = self.tr("To go on, type %1:").replace("%1", self.word)
        self.error = message_label()
        form = QFormLayout()
        add_row(form, prompt, stacked(self.confirm_edit, self.error))
        box = QVBoxLayout(self)
        box.addWidget(self.warning)
        box.addLayout(form)

    def confirmed(self) -> bool:
        """Whether the word was typed (any case); else say what to type."""
        if self.confirm_edit.text().strip().casefold() == self.word.casefold():
            return True
        text = self.tr("Type %1 to confirm that the data is replaced.")
        set_message(self.error, text.replace("%1", self.word))
        self.confirm_edit.setFocus()
        return False
