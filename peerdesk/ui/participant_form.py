"""The participant profile form: every field of ``ParticipantProfile``, with inline messages."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QSize, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from peerdesk.domain.participant import GENDER_PREFERENCES, ParticipantProfile, RiskLevel
from peerdesk.ui.form_fields import DateField, DateInputError, FieldErrors
from peerdesk.ui.form_labels import add_row
from peerdesk.ui.labels import label
from peerdesk.ui.responsive_row import ResponsiveRow
from peerdesk.ui.widgets import hint_label, message_label

#: Longest text each line field takes (the same limits the participant rules check).
_TEXT_FIELDS = {
    "doc_number": 20,
    "legal_last_name": 80,
    "legal_first_name": 80,
    "preferred_name": 80,
    "facility": 120,
    "housing_unit": 40,
    "primary_language": 40,
    "gender_identity": 40,
    "release_county": 80,
    "release_city": 80,
    "lived_experience": 400,
    "interests": 400,
}
_DATE_FIELDS = ("date_of_birth", "projected_release_date", "actual_release_date")


class FormInputError(Exception):
    """A field could not be read (a date that is not a date); carries the field and message."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field
        self.message = message


def _split_tags(text: str) -> tuple[str, ...]:
    return tuple(t.strip() for t in text.split(",") if t.strip())


class _FieldGroup(QGroupBox):
    """A group of fields that asks for room for its fields' usual width, so two groups are
    put one above the other (ResponsiveRow) before their dates are squeezed to "988-04-12"."""

    def minimumSizeHint(self) -> QSize:
        return super().minimumSizeHint().expandedTo(QSize(self.sizeHint().width(), 0))


class ParticipantForm(QWidget):
    """Edits one profile. ``edited`` is emitted whenever a field changes.

    :meth:`is_dirty` compares the fields with what was last loaded or saved, so typing a value
    and then typing the old one back is not an unsaved change.
    """

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.general_error = message_label()
        self.errors = FieldErrors(self.general_error)
        self._order: list[QWidget] = []
        self.lines: dict[str, QLineEdit] = {}
        for name, length in _TEXT_FIELDS.items():
            edit = QLineEdit()
            edit.setMaxLength(length)
            edit.textChanged.connect(self.edited)
            self.lines[name] = edit
        self.dates: dict[str, DateField] = {}
        for name in _DATE_FIELDS:
            field = DateField()
            field.textChanged.connect(self.edited)
            self.dates[name] = field
        self.aliases_edit = QPlainTextEdit()
        self.aliases_edit.setTabChangesFocus(True)
        self.aliases_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 14)
        self.aliases_edit.textChanged.connect(self.edited)
        self.risk_combo = QComboBox()
        # Never None as item data: PySide6 6.12 mishandles the reference count of None read
        # back from an empty QVariant (see widgets.py); "" stands for "not assessed".
        self.risk_combo.addItem(self.tr("Not assessed"), "")
        for risk in RiskLevel:
            self.risk_combo.addItem(label("risk", risk.value), risk.value)
        self.risk_combo.currentIndexChanged.connect(self.edited)
        self.gender_pref_combo = QComboBox()
        for value in GENDER_PREFERENCES:
            self.gender_pref_combo.addItem(label("gender_preference", value), value)
        self.gender_pref_combo.currentIndexChanged.connect(self.edited)
        self.lines["doc_number"].setPlaceholderText(self.tr("for example A123456"))
        for name in ("lived_experience", "interests"):
            self.lines[name].setPlaceholderText(self.tr("words separated by commas"))

        identity = self._group(
            self.tr("Identity"),
            [
                (self.tr("DOC number:"), "doc_number", self.lines["doc_number"]),
                (self.tr("Legal last name:"), "legal_last_name", self.lines["legal_last_name"]),
                (self.tr("Legal first name:"), "legal_first_name", self.lines["legal_first_name"]),
                (self.tr("Preferred name:"), "preferred_name", self.lines["preferred_name"]),
                (self.tr("Date of birth:"), "date_of_birth", self.dates["date_of_birth"]),
                (self.tr("Other names:"), "aliases", self.aliases_edit),
            ],
            hints={"aliases": self.tr("One name per line.")},
        )
        place = self._group(
            self.tr("Where and release"),
            [
                (self.tr("Facility:"), "facility", self.lines["facility"]),
                (self.tr("Housing unit:"), "housing_unit", self.lines["housing_unit"]),
                (
                    self.tr("Projected release:"),
                    "projected_release_date",
                    self.dates["projected_release_date"],
                ),
                (
                    self.tr("Actual release:"),
                    "actual_release_date",
                    self.dates["actual_release_date"],
                ),
                (self.tr("Release county:"), "release_county", self.lines["release_county"]),
                (self.tr("Release city:"), "release_city", self.lines["release_city"]),
            ],
        )
        matching = self._group(
            self.tr("For matching with a mentor"),
            [
                (self.tr("Language:"), "primary_language", self.lines["primary_language"]),
                (self.tr("Gender identity:"), "gender_identity", self.lines["gender_identity"]),
                (self.tr("Risk level:"), "risk_level", self.risk_combo),
                (
                    self.tr("Lived experience:"),
                    "lived_experience",
                    self.lines["lived_experience"],
                ),
                (self.tr("Interests:"), "interests", self.lines["interests"]),
                (
                    self.tr("Mentor preference:"),
                    "mentor_gender_preference",
                    self.gender_pref_combo,
                ),
            ],
        )
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(16)
        grid.addWidget(self.general_error, 0, 0, 1, 2)
        # One above the other when the page is narrow (200 % text), not a sideways scroll.
        self.top_row = ResponsiveRow(identity, place)
        self.top_row.box.setSpacing(16)
        grid.addWidget(self.top_row, 1, 0, 1, 2)
        grid.addWidget(matching, 2, 0, 1, 2)
        grid.setRowStretch(3, 1)
        # Tab goes through the fields in the order they are shown, not the order made in.
        for before, after in zip(self._order, self._order[1:], strict=False):
            QWidget.setTabOrder(before, after)
        self._saved: dict[str, Any] = self._values()

    def _group(
        self,
        title: str,
        rows: list[tuple[str, str, QWidget]],
        hints: dict[str, str] | None = None,
    ) -> QGroupBox:
        box = _FieldGroup(title)
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for text, name, widget in rows:
            self._order.append(widget)
            hint = (hints or {}).get(name)
            extra = (hint_label(hint),) if hint else ()
            add_row(form, text, self.errors.field(name, widget, *extra))
        return box

    # --- values ----------------------------------------------------------------------------
    def _values(self) -> dict[str, Any]:
        values: dict[str, Any] = {name: edit.text() for name, edit in self.lines.items()}
        values.update({name: field.text() for name, field in self.dates.items()})
        values["aliases"] = self.aliases_edit.toPlainText()
        values["risk_level"] = self.risk_combo.currentData()
        values["mentor_gender_preference"] = self.gender_pref_combo.currentData()
        return values

    def is_dirty(self) -> bool:
        """Whether a field differs from what was loaded or last saved."""
        return self._values() != self._saved

    def mark_saved(self) -> None:
        """The fields as they are now are what is stored."""
        self._saved = self._values()

    def set_profile(self, profile: ParticipantProfile | None) -> None:
        """Fill the form with ``profile`` (empty for a new participant)."""
        p = profile
        for name, edit in self.lines.items():
            value = getattr(p, name) if p is not None else ""
            edit.setText(", ".join(value) if isinstance(value, tuple) else value)
        for name, field in self.dates.items():
            field.set_date(getattr(p, name) if p is not None else None)
        self.aliases_edit.setPlainText("\n".join(p.aliases) if p is not None else "")
        risk = p.risk_level.value if p is not None and p.risk_level is not None else ""
        self.risk_combo.setCurrentIndex(max(0, self.risk_combo.findData(risk)))
        pref = p.mentor_gender_preference if p is not None else ""
        self.gender_pref_combo.setCurrentIndex(max(0, self.gender_pref_combo.findData(pref)))
        self.errors.clear()
        self.mark_saved()

    def set_read_only(self, read_only: bool) -> None:
        """Show the profile without letting it be changed."""
        for edit in (*self.lines.values(), *self.dates.values()):
            edit.setReadOnly(read_only)
        self.aliases_edit.setReadOnly(read_only)
        self.risk_combo.setEnabled(not read_only)
        self.gender_pref_combo.setEnabled(not read_only)

    def _date(self, name: str) -> date | None:
        try:
            return self.dates[name].date_value()
        except DateInputError as exc:
            raise FormInputError(name, str(exc)) from None

    def profile(self) -> ParticipantProfile:
        """The profile typed in the form (the services check the rules).

        Raises:
            FormInputError: a date cannot be read, or the date of birth is empty.
        """
        born = self._date("date_of_birth")
        if born is None:
            raise FormInputError("date_of_birth", self.tr("Type the date of birth."))
        text = {name: edit.text() for name, edit in self.lines.items()}
        return ParticipantProfile(
            doc_number=text["doc_number"],
            legal_last_name=text["legal_last_name"],
            legal_first_name=text["legal_first_name"],
            date_of_birth=born,
            preferred_name=text["preferred_name"],
            aliases=tuple(a for a in self.aliases_edit.toPlainText().splitlines() if a.strip()),
            facility=text["facility"],
            housing_unit=text["housing_unit"],
            primary_language=text["primary_language"],
            gender_identity=text["gender_identity"],
            release_county=text["release_county"],
            release_city=text["release_city"],
            projected_release_date=self._date("projected_release_date"),
            actual_release_date=self._date("actual_release_date"),
            risk_level=RiskLevel(risk) if (risk := self.risk_combo.currentData()) else None,
            lived_experience=_split_tags(text["lived_experience"]),
            interests=_split_tags(text["interests"]),
            mentor_gender_preference=self.gender_pref_combo.currentData(),
        )
