"""Small forms of the groups screens: a cancelled session, a one-on-one contact, a new member."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QPlainTextEdit, QSpinBox, QWidget

from peerdesk.domain.note_rules import Sensitivity, can_write
from peerdesk.domain.roles import Action
from peerdesk.ui.form_dialog import FormDialog, Job
from peerdesk.ui.form_fields import DateField
from peerdesk.ui.group_labels import CANCEL_REASONS, cancel_reason_label
from peerdesk.ui.labels import label
from peerdesk.ui.match_picker import MatchPicker

if TYPE_CHECKING:
    from peerdesk.services.groups import GroupSummary
    from peerdesk.services.session_recording import OpenMatch
    from peerdesk.ui.group_services import GroupServices
    from peerdesk.ui.session import UiSession


def _ready(dialog: FormDialog, first: QWidget) -> None:
    """Return saves (the button box was made default before it joined the dialog, which Qt
    forgets once the focus leaves a button) and the cursor starts in the first field."""
    dialog.ok_button.setDefault(True)
    first.setFocus()


class CancelledSessionDialog(FormDialog):
    """Records that a planned session of one group did not take place, and why."""

    def __init__(
        self,
        session: UiSession,
        services: GroupServices,
        group: GroupSummary,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            session.runner,
            self.tr("Record a cancelled session"),
            self.tr("For the group %1. No attendance is taken.").replace("%1", group.name),
            self.tr("Record cancellation"),
            parent,
        )
        self._session, self._services, self._group = session, services, group
        self.date_edit = DateField()
        self.date_edit.set_date(session.today())
        self.date_edit.setAccessibleName(self.tr("Planned date"))
        self.time_edit = QLineEdit()
        self.time_edit.setMaxLength(5)
        self.time_edit.setPlaceholderText(self.tr("HH:MM (optional)"))
        self.time_edit.setAccessibleName(self.tr("Planned start time"))
        self.module_edit = QLineEdit()
        self.module_edit.setMaxLength(120)
        self.module_edit.setAccessibleName(self.tr("Module"))
        self.reason_combo = QComboBox()
        self.reason_combo.setAccessibleName(self.tr("Reason"))
        for code in CANCEL_REASONS:
            self.reason_combo.addItem(cancel_reason_label(code), code)
        self.add_field(self.tr("Reason:"), "cancel_reason", self.reason_combo)
        self.add_field(self.tr("Date:"), "held_on", self.date_edit)
        self.add_field(self.tr("Start time:"), "start_time", self.time_edit)
        self.add_field(self.tr("Module:"), "module", self.module_edit)
        _ready(self, self.reason_combo)

    def job(self) -> Job | None:
        day = self.read_date(self.date_edit, "held_on")
        sessions, actor, gid = self._services.sessions, self._session.actor, self._group.id
        reason = str(self.reason_combo.currentData())
        start, module = self.time_edit.text(), self.module_edit.text()
        return lambda: sessions.record_cancelled(
            actor, gid, reason, held_on=day, start_time=start, module=module
        )


class ContactDialog(FormDialog):
    """Records a one-on-one contact of a match (and a note), or that it did not take place.

    The mentee is found by typing (see :class:`MatchPicker`); Enter there takes the match
    selected and moves on to the date.

    Args:
        matches: matches to show before anything is typed
            (``ContactRecordingService.open_matches``); empty: the first page is read.
    """

    def __init__(
        self,
        session: UiSession,
        services: GroupServices,
        matches: tuple[OpenMatch, ...] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            session.runner,
            self.tr("Record a contact"),
            self.tr("A one-on-one meeting, call, video call or letter with a mentee."),
            self.tr("Save contact"),
            parent,
        )
        self._session, self._services = session, services
        self.setMinimumWidth(600)
        self.picker = MatchPicker(session, matches)
        self.date_edit = DateField()
        self.date_edit.set_date(session.today())
        self.date_edit.setAccessibleName(self.tr("Date of the contact"))
        self.duration_spin = QSpinBox()
        self.duration_spin.setRange(0, 999)
        self.duration_spin.setValue(30)
        self.duration_spin.setSuffix(self.tr(" min"))
        self.duration_spin.setAccessibleName(self.tr("Duration in minutes"))
        self.mode_combo = QComboBox()
        self.mode_combo.setAccessibleName(self.tr("How"))
        for mode in ("in_person", "phone", "video", "letter"):
            self.mode_combo.addItem(label("contact_mode", mode), mode)
        self.cancelled_check = QCheckBox(self.tr("It did not take place"))
        self.reason_combo = QComboBox()
        self.reason_combo.setAccessibleName(self.tr("Why it did not take place"))
        for code in CANCEL_REASONS:
            self.reason_combo.addItem(cancel_reason_label(code), code)
        self.reason_combo.setEnabled(False)
        self.cancelled_check.toggled.connect(self._cancelled_toggled)
        self.note_edit = QPlainTextEdit()
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setAccessibleName(self.tr("Note"))
        self.note_edit.setPlaceholderText(self.tr("Optional note about the contact"))
        self.note_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 16)
        self.sensitivity_combo = QComboBox()
        self.sensitivity_combo.setAccessibleName(self.tr("Sensitivity of the note"))
        for level in Sensitivity:
            if can_write(session.actor.role, level):
                self.sensitivity_combo.addItem(label("sensitivity", level.value), level.value)
        self.add_field(self.tr("Mentee:"), "match_id", self.picker)
        self.add_field(self.tr("Date:"), "contact_on", self.date_edit)
        self.add_field(self.tr("Duration:"), "duration_minutes", self.duration_spin)
        self.add_field(self.tr("How:"), "mode", self.mode_combo)
        self.add_field("", "cancel_reason", self.cancelled_check, self.reason_combo)
        if session.may(Action.NOTE_WRITE):
            self.add_field(self.tr("Note:"), "note", self.note_edit)
            self.add_field(self.tr("Sensitivity:"), "sensitivity", self.sensitivity_combo)
        self.picker.taken.connect(self.date_edit.setFocus)
        _ready(self, self.picker.search_edit)

    def _cancelled_toggled(self, cancelled: bool) -> None:
        self.reason_combo.setEnabled(cancelled)
        self.duration_spin.setEnabled(not cancelled)
        self.note_edit.setEnabled(not cancelled)
        self.sensitivity_combo.setEnabled(not cancelled)

    def job(self) -> Job | None:
        match_id = self.picker.match_id()
        if not match_id:
            self.show_error("match_id", self.tr("Choose the mentee the contact was with."))
            return None
        day = self.read_date(self.date_edit, "contact_on")
        contacts, actor = self._services.contacts, self._session.actor
        mode = str(self.mode_combo.currentData())
        if self.cancelled_check.isChecked():
            reason = str(self.reason_combo.currentData())
            return lambda: contacts.record_cancelled(
                actor, match_id, reason, contact_on=day, mode=mode
            )
        from peerdesk.services.session_recording import ContactEntry

        entry = ContactEntry(
            match_id,
            self.duration_spin.value(),
            mode,
            day,
            self.note_edit.toPlainText(),
            str(self.sensitivity_combo.currentData() or Sensitivity.GENERAL.value),
        )
        return lambda: contacts.record_contact(actor, entry)


class AddMemberDialog(FormDialog):
    """Puts a participant, found by DOC number, in a group from a join date."""

    def __init__(
        self,
        session: UiSession,
        services: GroupServices,
        group: GroupSummary,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            session.runner,
            self.tr("Add a member"),
            self.tr("Add a participant to %1.").replace("%1", group.name),
            self.tr("Add member"),
            parent,
        )
        self._session, self._services, self._group = session, services, group
        self.doc_edit = QLineEdit()
        self.doc_edit.setMaxLength(20)
        self.doc_edit.setAccessibleName(self.tr("DOC number"))
        self.date_edit = DateField()
        self.date_edit.set_date(session.today())
        self.date_edit.setAccessibleName(self.tr("Join date"))
        self.add_field(self.tr("DOC number:"), "participant_id", self.doc_edit)
        self.add_field(self.tr("Joined on:"), "joined_on", self.date_edit)
        _ready(self, self.doc_edit)

    def job(self) -> Job | None:
        doc = self.doc_edit.text().strip()
        if not doc:
            self.show_error("participant_id", self.tr("Type the participant's DOC number."))
            return None
        day = self.read_date(self.date_edit, "joined_on")
        services, actor, gid = self._services, self._session.actor, self._group.id
        not_found = self.tr("Nobody you can see has this DOC number.")

        def add() -> None:
            from peerdesk.domain.errors import ValidationError
            from peerdesk.services.participants import ParticipantQuery

            page = services.participants.search(actor, ParticipantQuery(text=doc, limit=20))
            found = [p.id for p in page.rows if p.doc_number.lower() == doc.lower()]
            if not found:
                raise ValidationError("participant_id", not_found)
            services.groups.add_member(actor, gid, found[0], day)

        return add
