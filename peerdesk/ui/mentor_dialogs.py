"""Dialogs of the Peer educators screen; each OK runs one mentor service call.

What cannot be read (a date, a number) is shown next to its field and nothing is sent; the
services' own rules come back as a message next to the field they name.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QWidget

from peerdesk.domain.mentor_rules import (
    MentorProfile,
    MentorSide,
    MentorStatus,
    PersonKind,
    SelectionStep,
    StepResult,
)
from peerdesk.ui.form_dialog import FormDialog, InputStop, Job
from peerdesk.ui.form_fields import DateField
from peerdesk.ui.mentor_labels import mentor_label

if TYPE_CHECKING:
    from peerdesk.services.mentors import MentorDetail, MentorSummary
    from peerdesk.ui.session import UiSession


def _combo(table: str, values: list[str], name: str) -> QComboBox:
    combo = QComboBox()
    combo.setAccessibleName(name)
    for value in values:
        combo.addItem(mentor_label(table, value), value)
    return combo


class MentorDialog(FormDialog):
    """Helpers shared by the mentor dialogs: labelled fields and reading dates and numbers.

    Texts here name their context: ``self.tr`` would look them up under the subclass's name."""

    def __init__(
        self, session: UiSession, mentor_id: str, title: str, ok: str, parent: QWidget | None
    ) -> None:
        super().__init__(session.runner, title, "", ok, parent)
        self._session = session
        self._mentor_id = mentor_id

    def line(self, text: str, name: str, length: int = 120) -> QLineEdit:
        edit = QLineEdit()
        edit.setMaxLength(length)
        edit.setAccessibleName(text.rstrip(":"))
        self.add_field(text, name, edit)
        return edit

    def date_field(self, text: str, name: str, value: date | None) -> DateField:
        field = DateField()
        field.set_date(value)
        field.setAccessibleName(text.rstrip(":"))
        self.add_field(text, name, field)
        return field

    def note(self, text: str, name: str) -> QPlainTextEdit:
        edit = QPlainTextEdit()
        edit.setTabChangesFocus(True)
        edit.setAccessibleName(text.rstrip(":"))
        edit.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 14)
        self.add_field(text, name, edit)
        return edit

    def read_number(self, edit: QLineEdit, name: str) -> float:
        try:
            return float(edit.text().strip().replace(",", "."))
        except ValueError:
            self.show_error(name, QCoreApplication.translate("MentorDialog", "Type a number."))
            raise InputStop from None

    def job(self) -> Job | None:
        try:
            return self.make_job()
        except InputStop:
            return None

    def make_job(self) -> Job:
        """The service call (raise ``InputStop`` after showing a message)."""
        raise NotImplementedError


class NewMentorDialog(MentorDialog):
    """A staff member or community volunteer applying to be a mentor; with ``detail``, the
    same form filled with that mentor's profile, to edit it (the kind cannot change).

    Languages, county, lived experience and interests feed the match scores, so they can be
    corrected after the mentor was added.
    """

    def __init__(
        self,
        session: UiSession,
        parent: QWidget | None = None,
        *,
        detail: MentorDetail | None = None,
    ) -> None:
        if detail is None:
            title, ok, mentor_id = self.tr("New peer educator"), self.tr("Add"), ""
        else:
            title, ok, mentor_id = self.tr("Edit profile"), self.tr("Save"), detail.summary.id
        super().__init__(session, mentor_id, title, ok, parent)
        self._profile = detail.profile if detail is not None else None
        self.last_edit = self.line(self.tr("Last name:"), "last_name", 80)
        self.first_edit = self.line(self.tr("First name:"), "first_name", 80)
        kinds = [PersonKind.STAFF.value, PersonKind.VOLUNTEER.value]
        self.kind_combo = _combo("person_kind", kinds, self.tr("Kind"))
        if detail is None:
            self.add_field(self.tr("Kind:"), "person_kind", self.kind_combo)
        self.side_combo = _combo("side", [s.value for s in MentorSide], self.tr("Side"))
        self.add_field(self.tr("Side:"), "side", self.side_combo)
        self.languages_edit = self.line(self.tr("Languages:"), "languages", 200)
        self.languages_edit.setPlaceholderText(self.tr("separated by commas"))
        self.county_edit = self.line(self.tr("County:"), "county", 80)
        self.lived_edit = self.line(self.tr("Lived experience:"), "lived_experience", 200)
        self.lived_edit.setPlaceholderText(self.tr("separated by commas"))
        self.interests_edit = self.line(self.tr("Interests:"), "interests", 200)
        self.interests_edit.setPlaceholderText(self.tr("separated by commas"))
        self.capacity_edit = self.line(self.tr("Capacity (mentees at once):"), "capacity", 3)
        self.capacity_edit.setText("3")
        if self._profile is not None:
            p = self._profile
            self.last_edit.setText(p.last_name)
            self.first_edit.setText(p.first_name)
            self.side_combo.setCurrentIndex(self.side_combo.findData(p.side.value))
            self.languages_edit.setText(", ".join(p.languages))
            self.county_edit.setText(p.county)
            self.lived_edit.setText(", ".join(p.lived_experience))
            self.interests_edit.setText(", ".join(p.interests))
            self.capacity_edit.setText(str(p.capacity))
        #: The mentor added, once OK has worked (adding only).
        self.made: MentorSummary | None = None

    def _done(self, result: Any) -> None:
        if self._profile is None:
            self.made = result
        super()._done(result)

    def make_job(self) -> Job:
        capacity = self.read_number(self.capacity_edit, "capacity")
        if capacity != int(capacity):
            self.show_error(
                "capacity", QCoreApplication.translate("CapacityDialog", "Type a whole number.")
            )
            raise InputStop
        base = self._profile or MentorProfile(last_name="", first_name="", side=MentorSide.FACILITY)
        profile = replace(
            base,
            last_name=self.last_edit.text(),
            first_name=self.first_edit.text(),
            side=MentorSide(str(self.side_combo.currentData())),
            languages=tuple(self.languages_edit.text().split(",")),
            county=self.county_edit.text(),
            lived_experience=tuple(self.lived_edit.text().split(",")),
            interests=tuple(self.interests_edit.text().split(",")),
            capacity=int(capacity),
        )
        s, mid = self._session, self._mentor_id
        if self._profile is not None:
            return lambda: s.services.mentors.update(s.actor, mid, profile)
        kind = PersonKind(str(self.kind_combo.currentData()))
        return lambda: s.services.mentors.create(s.actor, kind, profile)


class CapacityDialog(MentorDialog):
    """Capacity and the signed roles-and-expectations agreement."""

    def __init__(
        self, session: UiSession, detail: MentorDetail, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            session, detail.summary.id, self.tr("Capacity and agreement"), self.tr("Save"), parent
        )
        self._profile = detail.profile
        self.capacity_edit = self.line(self.tr("Capacity (mentees at once):"), "capacity", 3)
        self.capacity_edit.setText(str(detail.profile.capacity))
        self.agreement_edit = self.date_field(
            self.tr("Agreement signed on:"),
            "agreement_signed_on",
            detail.profile.agreement_signed_on,
        )

    def make_job(self) -> Job:
        number = self.read_number(self.capacity_edit, "capacity")
        if number != int(number):
            self.show_error("capacity", self.tr("Type a whole number."))
            raise InputStop
        signed = self.read_date(self.agreement_edit, "agreement_signed_on", required=False)
        profile = replace(self._profile, capacity=int(number), agreement_signed_on=signed)
        s, mid = self._session, self._mentor_id
        return lambda: s.services.mentors.update(s.actor, mid, profile)


class StatusDialog(MentorDialog):
    """Move the mentor to another status on a date."""

    def __init__(self, session: UiSession, mentor_id: str, parent: QWidget | None = None) -> None:
        super().__init__(session, mentor_id, self.tr("Change status"), self.tr("Change"), parent)
        values = [s.value for s in MentorStatus if s is not MentorStatus.APPLICANT]
        self.status_combo = _combo("mentor_status", values, self.tr("New status"))
        self.add_field(self.tr("New status:"), "status", self.status_combo)
        self.date_edit = self.date_field(self.tr("From:"), "effective_date", session.today())

    def make_job(self) -> Job:
        when = self.read_date(self.date_edit, "effective_date")
        status = MentorStatus(str(self.status_combo.currentData()))
        s, mid = self._session, self._mentor_id
        assert when is not None
        return lambda: s.services.mentors.change_status(s.actor, mid, status, when)


class StepDialog(MentorDialog):
    """Record a selection step's result."""

    def __init__(self, session: UiSession, mentor_id: str, parent: QWidget | None = None) -> None:
        super().__init__(
            session, mentor_id, self.tr("Record a selection step"), self.tr("Record"), parent
        )
        self.step_combo = _combo("step", [s.value for s in SelectionStep], self.tr("Step"))
        self.add_field(self.tr("Step:"), "step", self.step_combo)
        results = [r.value for r in StepResult]
        self.result_combo = _combo("step_result", results, self.tr("Result"))
        self.add_field(self.tr("Result:"), "result", self.result_combo)
        self.date_edit = self.date_field(self.tr("Date:"), "completed_on", session.today())
        self.note_edit = self.note(self.tr("Note:"), "note")

    def make_job(self) -> Job:
        when = self.read_date(self.date_edit, "completed_on")
        step = SelectionStep(str(self.step_combo.currentData()))
        result = StepResult(str(self.result_combo.currentData()))
        s, mid, note = self._session, self._mentor_id, self.note_edit.toPlainText()
        assert when is not None
        return lambda: s.services.mentors.record_step(s.actor, mid, step, result, when, note)


class DecisionDialog(MentorDialog):
    """Approve or decline an applicant, saying why."""

    def __init__(self, session: UiSession, mentor_id: str, parent: QWidget | None = None) -> None:
        super().__init__(session, mentor_id, self.tr("Selection decision"), self.tr("Save"), parent)
        self.decision_combo = _combo("decision", ["approved", "declined"], self.tr("Decision"))
        self.add_field(self.tr("Decision:"), "decision", self.decision_combo)
        self.date_edit = self.date_field(self.tr("Decided on:"), "decided_on", session.today())
        self.reason_edit = self.note(self.tr("Why:"), "reason")

    def make_job(self) -> Job:
        when = self.read_date(self.date_edit, "decided_on")
        approve = self.decision_combo.currentData() == "approved"
        s, mid, why = self._session, self._mentor_id, self.reason_edit.toPlainText()
        assert when is not None
        return lambda: s.services.mentors.decide(
            s.actor, mid, approve=approve, reason=why, decided_on=when
        )


class TrainingDialog(MentorDialog):
    """Record a completed course."""

    def __init__(self, session: UiSession, mentor_id: str, parent: QWidget | None = None) -> None:
        super().__init__(session, mentor_id, self.tr("Add training"), self.tr("Add"), parent)
        self.course_edit = self.line(self.tr("Course:"), "course")
        self.hours_edit = self.line(self.tr("Hours:"), "hours", 8)
        self.date_edit = self.date_field(self.tr("Completed on:"), "completed_on", session.today())

    def make_job(self) -> Job:
        hours = self.read_number(self.hours_edit, "hours")
        when = self.read_date(self.date_edit, "completed_on")
        s, mid, course = self._session, self._mentor_id, self.course_edit.text()
        assert when is not None
        return lambda: s.services.mentors.record_training(s.actor, mid, course, hours, when)


class CertificationDialog(MentorDialog):
    """Record a certification and when it expires."""

    def __init__(self, session: UiSession, mentor_id: str, parent: QWidget | None = None) -> None:
        super().__init__(session, mentor_id, self.tr("Add certification"), self.tr("Add"), parent)
        self.name_edit = self.line(self.tr("Certification:"), "name")
        self.issued_edit = self.date_field(self.tr("Issued on:"), "issued_on", session.today())
        self.expires_edit = self.date_field(self.tr("Expires on:"), "expires_on", None)

    def make_job(self) -> Job:
        issued = self.read_date(self.issued_edit, "issued_on")
        expires = self.read_date(self.expires_edit, "expires_on", required=False)
        s, mid, name = self._session, self._mentor_id, self.name_edit.text()
        assert issued is not None
        return lambda: s.services.mentors.add_certification(s.actor, mid, name, issued, expires)


class SupervisionDialog(MentorDialog):
    """Record a supervision check-in."""

    def __init__(self, session: UiSession, mentor_id: str, parent: QWidget | None = None) -> None:
        super().__init__(
            session, mentor_id, self.tr("Add supervision check-in"), self.tr("Add"), parent
        )
        self.date_edit = self.date_field(self.tr("Held on:"), "held_on", session.today())
        self.supervisor_edit = self.line(self.tr("Supervisor:"), "supervisor", 64)
        self.summary_edit = self.note(self.tr("Summary:"), "summary")

    def make_job(self) -> Job:
        when = self.read_date(self.date_edit, "held_on")
        s, mid = self._session, self._mentor_id
        who, about = self.supervisor_edit.text(), self.summary_edit.toPlainText()
        assert when is not None
        return lambda: s.services.mentors.record_supervision(s.actor, mid, when, who, about)
