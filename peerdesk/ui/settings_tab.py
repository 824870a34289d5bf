"""Administration > Settings: idle lock, alert thresholds, retention, backups, language, text size
and contrast."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from peerdesk.domain.settings_rules import SPECS
from peerdesk.ui.app_events import APPEARANCE, SETTINGS
from peerdesk.ui.appearance import TEXT_SCALES
from peerdesk.ui.form_fields import FieldErrors
from peerdesk.ui.form_labels import add_row
from peerdesk.ui.leave_prompt import ask_before_leaving
from peerdesk.ui.messages import error_text
from peerdesk.ui.whole_text import keep_whole
from peerdesk.ui.widgets import hint_label, message_label, set_message

if TYPE_CHECKING:
    from peerdesk.ui.session import UiSession

OK_STYLE = "color: #1b5e20; font-weight: bold;"

#: The label of every setting in ``settings_rules.SPECS`` (a test keeps the two in step).
SETTING_LABELS = {
    "idle_lock_minutes": QT_TRANSLATE_NOOP("SettingsTab", "Lock the window after (minutes):"),
    "alert_no_contact_days": QT_TRANSLATE_NOOP("SettingsTab", "Alert after days without contact:"),
    "alert_release_days": QT_TRANSLATE_NOOP("SettingsTab", "Check readiness days before release:"),
    "alert_cert_expiry_days": QT_TRANSLATE_NOOP(
        "SettingsTab", "Warn days before a certification expires:"
    ),
    "retention_years": QT_TRANSLATE_NOOP("SettingsTab", "Keep closed records for (years):"),
    "backups_to_keep": QT_TRANSLATE_NOOP("SettingsTab", "Automatic backups to keep:"),
}
#: Language codes offered, with "" for the computer's own language.
LANGUAGES = ("", "en", "es")
#: Audit entry name of a language change (the language is kept beside the database).
LANGUAGE_SETTING = "language"


class SettingsTab(QWidget):
    """One spin box per setting (within its allowed range) and the language; Save writes the
    settings that changed, each audited."""

    def __init__(self, session: UiSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._stored: dict[str, int] = {}
        self._then: Callable[[], None] | None = None
        self.leave_prompt: QMessageBox | None = None
        self.general_error = message_label()
        self.errors = FieldErrors(self.general_error)
        self.message = message_label(style=OK_STYLE)
        self.spins: dict[str, QSpinBox] = {}
        form_box = QWidget()
        form = QFormLayout(form_box)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        # A field goes under its label when both do not fit (200 % text, Spanish).
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for name, spec in SPECS.items():
            spin = QSpinBox()
            spin.setRange(spec.minimum, spec.maximum)
            spin.setValue(spec.default)
            spin.setFixedWidth(120)
            spin.setAccessibleName(QCoreApplication.translate("SettingsTab", SETTING_LABELS[name]))
            self.spins[name] = spin
            text = QCoreApplication.translate("SettingsTab", SETTING_LABELS[name])
            add_row(form, text, self.errors.field(name, spin))
        self.language_combo = QComboBox()
        self.language_combo.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        names = {
            "": self.tr("The computer's language"),
            "en": "English",
            "es": "Español",
        }
        for code in LANGUAGES:
            self.language_combo.addItem(names[code], code)
        add_row(
            form,
            self.tr("Language:"),
            self.errors.field(
                LANGUAGE_SETTING,
                self.language_combo,
                hint_label(self.tr("Applied at once, for everyone using this data folder.")),
            ),
        )
        self.text_size_combo = QComboBox()
        self.text_size_combo.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        for percent in TEXT_SCALES:
            self.text_size_combo.addItem(self.tr("%1%").replace("%1", str(percent)), percent)
        self.text_size_combo.setAccessibleName(self.tr("Text size"))
        form.addRow(self.tr("Text size:"), self.text_size_combo)
        self.high_contrast_check = QCheckBox(self.tr("High contrast (black on white)"))
        form.addRow("", self.high_contrast_check)
        self.save_button = QPushButton(self.tr("Save settings"))
        self.save_button.clicked.connect(self.save)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.general_error)
        layout.addWidget(form_box)
        layout.addLayout(buttons)
        layout.addStretch(1)
        keep_whole(self)  # wrapped rows at 200 % text: the page scrolls down, nothing overlaps

    def reload(self) -> None:
        """Read the stored settings into the form."""
        s = self._session
        s.runner.run(
            s.services.settings.all,
            on_done=self._loaded,
            on_error=lambda exc: set_message(self.general_error, error_text(exc)),
            owner=self,
        )

    def _loaded(self, values: dict[str, int]) -> None:
        self._stored = dict(values)
        for name, value in values.items():
            if name in self.spins:
                self.spins[name].setValue(value)
        preferences = self._session.preferences
        self.language_combo.setCurrentIndex(
            max(0, self.language_combo.findData(preferences.language))
        )
        self.text_size_combo.setCurrentIndex(
            max(0, self.text_size_combo.findData(preferences.text_scale))
        )
        self.high_contrast_check.setChecked(preferences.high_contrast)

    def has_unsaved_changes(self) -> bool:
        """Whether the form holds values not saved yet."""
        preferences = self._session.preferences
        look = (int(self.text_size_combo.currentData()), self.high_contrast_check.isChecked())
        return (
            any(
                spin.value() != self._stored[name]
                for name, spin in self.spins.items()
                if name in self._stored
            )
            or self.language_combo.currentData() != preferences.language
            or look != (preferences.text_scale, preferences.high_contrast)
        )

    def confirm_leave(self, proceed: Callable[[], None]) -> None:
        """Run ``proceed`` now, or once the person chose to save or drop their changes."""
        if not self.has_unsaved_changes():
            proceed()
            return
        self.leave_prompt = ask_before_leaving(
            self,
            self.tr("Save the settings?"),
            self.tr("If you do not save them, the changes are lost."),
            save=self._save_then,
            discard=self.reload,
            proceed=proceed,
            closed=self._forget_prompt,
        )

    def _forget_prompt(self) -> None:
        self.leave_prompt = None

    def _save_then(self, then: Callable[[], None]) -> None:
        self._then = then
        self.save()

    def save(self) -> None:
        """Write what changed (the service checks each value)."""
        self.errors.clear()
        set_message(self.message, "")
        changed = {
            name: spin.value()
            for name, spin in self.spins.items()
            if spin.value() != self._stored.get(name)
        }
        language = self.language_combo.currentData()
        preferences = self._session.preferences
        new_language = language != preferences.language
        text_scale = int(self.text_size_combo.currentData())
        high_contrast = self.high_contrast_check.isChecked()
        new_look = (text_scale, high_contrast) != (
            preferences.text_scale,
            preferences.high_contrast,
        )
        if not changed and not new_language and not new_look:
            set_message(self.message, self.tr("Nothing to save."))
            return
        s = self._session

        def write() -> dict[str, int]:
            for name, value in changed.items():
                s.services.settings.set(s.actor, name, value)
            if new_language:
                s.preferences.set_language(language)
                s.services.audit.record(s.actor, "settings.change", "setting", LANGUAGE_SETTING)
            if new_look:
                s.preferences.set_appearance(text_scale, high_contrast)
            return changed

        self.save_button.setEnabled(False)
        restyle = new_language or new_look
        s.runner.run(
            write,
            on_done=lambda done: self._saved(done, restyle),
            on_error=self._failed,
            owner=self,
        )

    def _saved(self, changed: dict[str, Any], restyle: bool = False) -> None:
        self.save_button.setEnabled(True)
        self._stored.update(changed)
        set_message(self.message, self.tr("Settings saved."))
        then, self._then = self._then, None
        if restyle:
            # The windows are built again in the new language or size (where the person was).
            self._session.events.announce(SETTINGS, APPEARANCE)
            return
        self._session.events.announce(SETTINGS)
        if then is not None:
            then()

    def _failed(self, exc: Exception) -> None:
        from peerdesk.domain.errors import ValidationError

        self.save_button.setEnabled(True)
        self._then = None  # stay: the message says what to change
        field = exc.field if isinstance(exc, ValidationError) else ""
        self.errors.show(field, error_text(exc))
        self.reload()
