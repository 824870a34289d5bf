"""The first two pages of the setup wizard: the site, and its first coordinator."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from peerdesk.domain.passphrase_policy import MIN_LENGTH
from peerdesk.ui.form_labels import add_row
from peerdesk.ui.messages import kind_label
from peerdesk.ui.widgets import (
    WARNING_STYLE,
    PassphraseEdit,
    hint_label,
    message_label,
    paragraph,
    set_message,
    stacked,
)


class SitePage(QWizardPage):
    """The site's name and whether it is a facility or a reentry office."""

    FIELDS = ("site_name", "site_kind")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Set up peerdesk"))
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(200)
        self.name_edit.setPlaceholderText(self.tr("for example: Riverside Unit peer program"))
        self.name_error = message_label()
        self.facility_radio = QRadioButton(kind_label("facility"))
        self.office_radio = QRadioButton(kind_label("office"))
        self.facility_radio.setChecked(True)
        self._kinds = QButtonGroup(self)
        self._kinds.addButton(self.facility_radio)
        self._kinds.addButton(self.office_radio)
        self.kind_error = message_label()

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        add_row(form, self.tr("Site name:"), stacked(self.name_edit, self.name_error))
        add_row(
            form,
            self.tr("This site is a:"),
            stacked(self.facility_radio, self.office_radio, self.kind_error),
        )

        layout = QVBoxLayout(self)
        layout.addWidget(
            paragraph(
                self.tr(
                    "peerdesk keeps your program's records on this computer, locked with a "
                    "passphrase. First, give this site a name that everyone here will recognize."
                )
            )
        )
        layout.addSpacing(8)
        layout.addLayout(form)
        layout.addStretch(1)

    def kind(self) -> str:
        """``"facility"`` or ``"office"``, as the services spell it."""
        return "office" if self.office_radio.isChecked() else "facility"

    def show_field_error(self, field: str, text: str) -> None:
        """Show ``text`` next to the field the service named."""
        if field == "site_kind":
            set_message(self.kind_error, text)
        else:
            set_message(self.name_error, text)
            self.name_edit.setFocus()

    def validatePage(self) -> bool:
        """Only the empty name is checked here; the service checks the rest."""
        set_message(self.name_error, "")
        set_message(self.kind_error, "")
        if not self.name_edit.text().strip():
            self.show_field_error("site_name", self.tr("Type the name of this site."))
            return False
        return True


class CoordinatorPage(QWizardPage):
    """The first coordinator's user name and passphrase; committing creates the site.

    ``validatePage`` cannot wait for the slow work, so it emits ``create_requested`` and says
    no; the wizard moves on once the site exists and :meth:`mark_created` has been called.
    """

    create_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("The first coordinator"))
        self.setCommitPage(True)
        self.username_edit = QLineEdit()
        self.username_edit.setMaxLength(32)
        self.passphrase_edit = PassphraseEdit()
        self.repeat_edit = PassphraseEdit()
        self.username_error = message_label()
        self.passphrase_error = message_label()
        self.repeat_error = message_label()
        self.caps_lock_label = message_label(style=WARNING_STYLE)
        for edit in (self.passphrase_edit, self.repeat_edit):
            edit.caps_lock_changed.connect(self._show_caps_lock)
        self.busy_label = message_label(style="")
        self.error_label = message_label()

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        add_row(
            form,
            self.tr("User name:"),
            stacked(
                self.username_edit,
                hint_label(self.tr("2 to 32 letters or digits, no spaces; for example: mgarcia")),
                self.username_error,
            ),
        )
        add_row(
            form,
            self.tr("Passphrase:"),
            stacked(
                self.passphrase_edit,
                hint_label(
                    self.tr(
                        "At least %1 characters; a few ordinary words with spaces work well."
                    ).replace("%1", str(MIN_LENGTH))
                ),
                self.passphrase_error,
            ),
        )
        add_row(
            form,
            self.tr("Type it again:"),
            stacked(self.repeat_edit, self.repeat_error, self.caps_lock_label),
        )

        layout = QVBoxLayout(self)
        layout.addWidget(
            paragraph(
                self.tr(
                    "This account belongs to the program coordinator, who can add everyone "
                    "else's accounts later. The passphrase unlocks all of this site's records."
                )
            )
        )
        layout.addSpacing(8)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.busy_label)
        layout.addStretch(1)
        self._busy = False
        self._created = False

    @property
    def busy(self) -> bool:
        """Whether the site is being created right now."""
        return self._busy

    def _fields(self) -> dict[str, tuple[QLineEdit, QLabel]]:
        return {
            "admin": (self.username_edit, self.username_error),
            "username": (self.username_edit, self.username_error),
            "passphrase": (self.passphrase_edit, self.passphrase_error),
            "repeat": (self.repeat_edit, self.repeat_error),
        }

    def show_field_error(self, field: str, text: str) -> None:
        """Show ``text`` next to ``field``; an unknown field shows it under the form."""
        target = self._fields().get(field)
        if target is None:
            set_message(self.error_label, text)
            return
        edit, label = target
        set_message(label, text)
        edit.setFocus()

    def _clear_messages(self) -> None:
        for _edit, label in self._fields().values():
            set_message(label, "")
        set_message(self.error_label, "")

    def set_busy(self, busy: bool) -> None:
        """Lock the page (and the wizard's buttons, through ``isComplete``) while working."""
        self._busy = busy
        for edit, _label in self._fields().values():
            edit.setEnabled(not busy)
        set_message(
            self.busy_label,
            self.tr("Setting up… this can take a few seconds.") if busy else "",
        )
        self.completeChanged.emit()

    def mark_created(self) -> None:
        """The site exists: let the wizard move on, and drop the typed passphrases."""
        self._created = True
        self.passphrase_edit.clear()
        self.repeat_edit.clear()

    def isComplete(self) -> bool:
        """Disable "Create site" while the site is being made."""
        return not self._busy

    def validatePage(self) -> bool:
        """Check what the page can, then ask the wizard to create the site."""
        if self._created:
            return True
        if self._busy:
            return False
        self._clear_messages()
        if not self.username_edit.text().strip():
            self.show_field_error("admin", self.tr("Type a user name for the coordinator."))
            return False
        if not self.passphrase_edit.text():
            self.show_field_error("passphrase", self.tr("Type a passphrase."))
            return False
        if self.passphrase_edit.text() != self.repeat_edit.text():
            self.repeat_edit.clear()
            self.show_field_error("repeat", self.tr("The two passphrases are not the same."))
            return False
        self.create_requested.emit()
        return False

    def _show_caps_lock(self, on: bool) -> None:
        set_message(self.caps_lock_label, self.tr("Caps Lock is on.") if on else "")
