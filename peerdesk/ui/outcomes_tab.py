"""The participant page's Outcomes tab: what is known at each follow-up after release."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, ClassVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QComboBox, QWidget

from peerdesk.domain.roles import Action
from peerdesk.domain.screening_rules import CHECKPOINTS, EmploymentOutcome, HousingOutcome
from peerdesk.ui.form_dialog import FormDialog, Job
from peerdesk.ui.form_fields import DateField, format_date
from peerdesk.ui.record_tab import RecordTab
from peerdesk.ui.row_table_model import RowTableModel

if TYPE_CHECKING:
    from peerdesk.services.outcomes import Outcome
    from peerdesk.ui.session import UiSession

_CONTEXT = "OutcomeLabels"
HOUSING = {
    "stable": QT_TRANSLATE_NOOP("OutcomeLabels", "Stable housing"),
    "unstable": QT_TRANSLATE_NOOP("OutcomeLabels", "Unstable housing"),
    "homeless": QT_TRANSLATE_NOOP("OutcomeLabels", "Homeless"),
    "unknown": QT_TRANSLATE_NOOP("OutcomeLabels", "Not known"),
}
EMPLOYMENT = {
    "employed": QT_TRANSLATE_NOOP("OutcomeLabels", "Employed"),
    "unemployed": QT_TRANSLATE_NOOP("OutcomeLabels", "Not employed"),
    "unknown": QT_TRANSLATE_NOOP("OutcomeLabels", "Not known"),
}
#: Yes/no questions of a follow-up, in the order shown.
QUESTIONS = {
    "in_treatment": QT_TRANSLATE_NOOP("OutcomeLabels", "In treatment"),
    "rearrested": QT_TRANSLATE_NOOP("OutcomeLabels", "Rearrested"),
    "returned_to_custody": QT_TRANSLATE_NOOP("OutcomeLabels", "Returned to custody"),
    "completed_program": QT_TRANSLATE_NOOP("OutcomeLabels", "Completed the program"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def checkpoint_label(days: int) -> str:
    """0 -> "At release"; 90 -> "90 days after release"."""
    if days == 0:
        return QCoreApplication.translate("OutcomeLabels", "At release")
    return QCoreApplication.translate("OutcomeLabels", "%1 days after release").replace(
        "%1", str(days)
    )


def yes_no(value: bool | None) -> str:
    """True/False/None -> "Yes"/"No"/"" (not known)."""
    if value is None:
        return ""
    return (
        QCoreApplication.translate("OutcomeLabels", "Yes")
        if value
        else QCoreApplication.translate("OutcomeLabels", "No")
    )


class OutcomeTableModel(RowTableModel["Outcome"]):
    """One line per follow-up."""

    CONTEXT: ClassVar[str] = "OutcomeTableModel"
    HEADERS: ClassVar[tuple[str, ...]] = (
        QT_TRANSLATE_NOOP("OutcomeTableModel", "Follow-up"),
        QT_TRANSLATE_NOOP("OutcomeTableModel", "Due"),
        QT_TRANSLATE_NOOP("OutcomeTableModel", "Housing"),
        QT_TRANSLATE_NOOP("OutcomeTableModel", "Employment"),
        QT_TRANSLATE_NOOP("OutcomeTableModel", "In treatment"),
        QT_TRANSLATE_NOOP("OutcomeTableModel", "Rearrested"),
        QT_TRANSLATE_NOOP("OutcomeTableModel", "Back in custody"),
        QT_TRANSLATE_NOOP("OutcomeTableModel", "Completed"),
    )

    def cell(self, row: Outcome, column: int) -> str:
        values = (
            checkpoint_label(row.checkpoint_days),
            format_date(row.due_on),
            _tr(HOUSING[row.housing.value]),
            _tr(EMPLOYMENT[row.employment.value]),
            yes_no(row.in_treatment),
            yes_no(row.rearrested),
            yes_no(row.returned_to_custody),
            yes_no(row.completed_program),
        )
        return values[column]


def _tri_state() -> QComboBox:
    combo = QComboBox()
    combo.addItem(QCoreApplication.translate("OutcomeLabels", "Not known"), None)
    combo.addItem(QCoreApplication.translate("OutcomeLabels", "Yes"), True)
    combo.addItem(QCoreApplication.translate("OutcomeLabels", "No"), False)
    return combo


class OutcomeDialog(FormDialog):
    """What is known at one follow-up; recording a follow-up again corrects it."""

    def __init__(self, session: UiSession, participant_id: str, parent: QWidget | None = None):
        super().__init__(
            session.runner,
            self.tr("Record a follow-up"),
            self.tr("Follow-ups count from the actual release date. Leave unknown answers."),
            self.tr("Record"),
            parent,
        )
        self._session = session
        self._participant_id = participant_id
        self.checkpoint_combo = QComboBox()
        self.checkpoint_combo.setAccessibleName(self.tr("Follow-up"))
        for days in CHECKPOINTS:
            self.checkpoint_combo.addItem(checkpoint_label(days), days)
        self.add_field(self.tr("Follow-up:"), "checkpoint_days", self.checkpoint_combo)
        self.housing_combo = QComboBox()
        self.housing_combo.setAccessibleName(self.tr("Housing"))
        for value in HousingOutcome:
            self.housing_combo.addItem(_tr(HOUSING[value.value]), value.value)
        self.housing_combo.setCurrentIndex(self.housing_combo.findData("unknown"))
        self.add_field(self.tr("Housing:"), "housing", self.housing_combo)
        self.employment_combo = QComboBox()
        self.employment_combo.setAccessibleName(self.tr("Employment"))
        for employment in EmploymentOutcome:
            self.employment_combo.addItem(_tr(EMPLOYMENT[employment.value]), employment.value)
        self.employment_combo.setCurrentIndex(self.employment_combo.findData("unknown"))
        self.add_field(self.tr("Employment:"), "employment", self.employment_combo)
        self.answers: dict[str, QComboBox] = {}
        for key, question in QUESTIONS.items():
            combo = _tri_state()
            combo.setAccessibleName(_tr(question))
            self.answers[key] = combo
            self.add_field(_tr(question) + ":", key, combo)
        self.date_edit = DateField()
        self.date_edit.set_date(session.today())
        self.add_field(self.tr("Recorded on:"), "recorded_on", self.date_edit)

    def job(self) -> Job | None:
        on = self.read_date(self.date_edit, "recorded_on")
        from peerdesk.services.outcomes import OutcomeValues

        values = OutcomeValues(
            housing=str(self.housing_combo.currentData()),
            employment=str(self.employment_combo.currentData()),
            in_treatment=self.answers["in_treatment"].currentData(),
            rearrested=self.answers["rearrested"].currentData(),
            returned_to_custody=self.answers["returned_to_custody"].currentData(),
            completed_program=self.answers["completed_program"].currentData(),
        )
        s, pid, days = self._session, self._participant_id, int(self.checkpoint_combo.currentData())
        return lambda: s.services.outcomes.record(s.actor, pid, days, values, recorded_on=on)


class OutcomesTab(RecordTab["Outcome"]):
    """A participant's follow-ups after release."""

    def __init__(self, session: UiSession) -> None:
        super().__init__(
            session,
            OutcomeTableModel(),
            self.tr("At release, then 30, 90, 180 and 365 days after; empty means not known."),
        )
        self.table.setAccessibleName(self.tr("Outcomes"))
        self.record_button = self.add_button(self.tr("Record follow-up…"), self.record)
        self.record_button.setVisible(session.may(Action.OUTCOME_RECORD))

    def fetch(self, participant_id: str) -> Sequence[Outcome]:
        s = self.session
        return s.services.outcomes.outcomes(s.actor, participant_id)

    def record(self) -> None:
        """Open the follow-up form."""
        if self.participant_id is not None:
            self.open_dialog(OutcomeDialog(self.session, self.participant_id, self))
