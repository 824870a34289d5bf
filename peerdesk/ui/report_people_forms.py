"""The parameters of the reports about one person or one group session.

The transition packet and the participant's certificate find the participant by name or DOC
number; the sign-in sheet picks a group and one of its sessions (or a blank sheet for a
session to come); the mentor agreement and the peer educator's certificate pick a mentor.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, ClassVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QFormLayout, QWidget

from peerdesk.ui.fit_combo_box import FitComboBox
from peerdesk.ui.form_fields import DateField, DateInputError
from peerdesk.ui.mentor_finder import MentorChoiceModel, MentorFinder
from peerdesk.ui.participant_finder import ParticipantFinder
from peerdesk.ui.report_forms import ReportForm
from peerdesk.ui.report_job import ReportJob
from peerdesk.ui.report_messages import report_error_text
from peerdesk.ui.widgets import set_message

if TYPE_CHECKING:
    from peerdesk.services.consent import Consent
    from peerdesk.services.groups import GroupSummary
    from peerdesk.services.timeline import SessionSummary
    from peerdesk.ui.session import UiSession

#: Recipient keys in the packet form: a peerdesk site, or a consent naming a partner.
SITE, PARTNER = "site:", "consent:"


class PacketForm(ReportForm):
    """The transition packet: the participant, and who it goes to (from their consents)."""

    FIELD_ALIASES: ClassVar[dict[str, str]] = {"doc_number": "participant"}
    NOT_FOUND_FIELD: ClassVar[dict[str, str]] = {
        "participant": "participant",
        "consent": "recipient",
    }

    def __init__(self, session: UiSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.finder = ParticipantFinder(session, self._finder_message)
        self.finder.chosen.connect(self._load_recipients)
        # Labels above their fields: a recipient's name (and the Spanish choice before one is
        # known) needs the whole width; a longer one is shortened with "…" and a tooltip.
        self.layout_.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.recipient = FitComboBox(min_chars=20)
        self.add_field(self.tr("&Participant:"), "participant", self.finder)
        self.add_field(self.tr("&Recipient:"), "recipient", self.recipient)
        self._load_recipients("")
        self.finish()

    def _finder_message(self, text: str) -> None:
        set_message(self.errors.label("participant"), text)

    def _load_recipients(self, participant_id: str) -> None:
        self.recipient.clear()
        set_message(self.errors.label("recipient"), "")
        self.recipient.addItem(self.tr("The one recipient the consents in force name"), "")
        if not participant_id:
            return
        service, actor = self.session.services.consent, self.session.actor
        self.session.runner.run(
            lambda: service.list_for(actor, participant_id),
            on_done=self._recipients_loaded,
            on_error=lambda exc: self.errors.show("recipient", report_error_text(exc)),
            owner=self,
        )

    def _recipients_loaded(self, consents: Sequence[Consent]) -> None:
        from peerdesk.services.partner_packet import same_recipient

        today = self.session.today()
        live = [c for c in consents if c.in_force(today, sud=False) or c.in_force(today, sud=True)]
        self.recipient.clear()
        if not live:
            self.recipient.addItem(self.tr("No consent in force"), "")
            set_message(
                self.errors.label("recipient"),
                self.tr("No consent in force names a recipient. Record the signed consent first."),
            )
            return
        names: list[str] = []
        for c in live:
            if any(same_recipient(c.recipient_name, n) for n in names):
                continue
            names.append(c.recipient_name)
            if c.recipient_site_id:
                self.recipient.addItem(c.recipient_name, SITE + c.recipient_site_id)
            else:
                label = self.tr("%1 (not a peerdesk site)").replace("%1", c.recipient_name)
                self.recipient.addItem(label, PARTNER + c.id)

    def job(self, language: str) -> ReportJob | None:
        self.errors.clear()
        doc = self.finder.doc_number()
        if not doc:
            self.errors.show("participant", self.tr("Type a name or a DOC number first."))
            return None
        key = str(self.recipient.currentData() or "")
        actor = self.session.actor
        if key.startswith(PARTNER):
            partner = self.session.services.partner_packets
            consent_id = key.removeprefix(PARTNER)
            return ReportJob(
                lambda _p: partner.packet(actor, doc, consent_id, language=language),
                "transition-packet.pdf",
            )
        service = self.session.services.reports
        site = key.removeprefix(SITE) or None
        return ReportJob(
            lambda _p: service.packet(actor, doc, recipient_site_id=site, language=language),
            "transition-packet.pdf",
        )


def _mentor_finder(session: UiSession) -> MentorFinder:
    name = QCoreApplication.translate("MentorPicker", "Search for the peer educator")
    return MentorFinder(session, MentorChoiceModel(), name)


class MentorPicker:
    """Finds the peer educator a form is about (the first names are read when first shown)."""

    def __init__(self, form: ReportForm, finder: MentorFinder, field: str) -> None:
        self.form, self.finder, self.field = form, finder, field

    def load(self) -> None:
        """Show the first peer educators by name (once)."""
        self.finder.load()

    def chosen(self) -> str:
        """The mentor id chosen, or "" after showing a message."""
        mentor_id = self.finder.mentor_id()
        if not mentor_id:
            if self.finder.none_at_all:
                text = QCoreApplication.translate(
                    "MentorPicker", "No peer educator is recorded yet."
                )
            else:
                text = QCoreApplication.translate(
                    "MentorPicker", "Type part of the peer educator's name and choose one."
                )
            self.form.errors.show(self.field, text)
        return mentor_id


class AgreementForm(ReportForm):
    """The mentor agreement (roles and expectations) for one peer educator to sign."""

    FIELD_ALIASES: ClassVar[dict[str, str]] = {"mentor_id": "mentor"}
    NOT_FOUND_FIELD: ClassVar[dict[str, str]] = {"mentor": "mentor"}

    def __init__(self, session: UiSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.mentor = _mentor_finder(session)
        self.picker = MentorPicker(self, self.mentor, "mentor")
        self.add_field(self.tr("Peer &educator:"), "mentor", self.mentor)
        self.finish()

    def load(self) -> None:
        self.picker.load()

    def job(self, language: str) -> ReportJob | None:
        self.errors.clear()
        mentor_id = self.picker.chosen()
        if not mentor_id:
            return None
        service, actor = self.session.services.reports, self.session.actor
        return ReportJob(
            lambda _p: service.agreement(actor, mentor_id, language), "mentor-agreement.pdf"
        )


class CertificateForm(ReportForm):
    """A certificate of completion, for a participant or for a peer educator's training."""

    FIELD_ALIASES: ClassVar[dict[str, str]] = {"doc_number": "participant", "mentor_id": "mentor"}
    NOT_FOUND_FIELD: ClassVar[dict[str, str]] = {"participant": "participant", "mentor": "mentor"}

    def __init__(self, session: UiSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.who = QComboBox()
        self.who.addItem(self.tr("A participant who completed the program"), "participant")
        self.who.addItem(self.tr("A peer educator's training"), "mentor")
        self.finder = ParticipantFinder(
            session, lambda text: set_message(self.errors.label("participant"), text)
        )
        self.mentor = _mentor_finder(session)
        self.picker = MentorPicker(self, self.mentor, "mentor")
        self.add_field(self.tr("&For:"), "who", self.who)
        self.add_field(self.tr("&Participant:"), "participant", self.finder)
        self.add_field(self.tr("Peer &educator:"), "mentor", self.mentor)
        self.who.currentIndexChanged.connect(self._who_changed)
        self._who_changed()
        self.finish()

    def _who_changed(self, *_args: object) -> None:
        mentor = self.who.currentData() == "mentor"
        self.layout_.setRowVisible(1, not mentor)
        self.layout_.setRowVisible(2, mentor)
        if mentor:
            self.picker.load()

    def job(self, language: str) -> ReportJob | None:
        self.errors.clear()
        service, actor = self.session.services.reports, self.session.actor
        if self.who.currentData() == "mentor":
            mentor_id = self.picker.chosen()
            if not mentor_id:
                return None
            return ReportJob(
                lambda _p: service.certificate_for_mentor(actor, mentor_id, language),
                "certificate.pdf",
            )
        doc = self.finder.doc_number()
        if not doc:
            self.errors.show("participant", self.tr("Type a name or a DOC number first."))
            return None
        return ReportJob(
            lambda _p: service.certificate_for_participant(actor, doc, language),
            "certificate.pdf",
        )


class SigninForm(ReportForm):
    """A group's sign-in sheet: a recorded session, or a blank sheet for a session to come."""

    NOT_FOUND_FIELD: ClassVar[dict[str, str]] = {"session": "session", "group": "group"}

    def __init__(self, session: UiSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.group = QComboBox()
        self.group.setMinimumContentsLength(24)
        self.sessions = QComboBox()
        self.on_date = DateField()
        self.on_date.set_date(session.today())
        self.add_field(self.tr("&Group:"), "group", self.group)
        self.add_field(self.tr("&Session:"), "session", self.sessions)
        self.add_field(self.tr("Sheet &date:"), "date", self.on_date)
        self.group.currentIndexChanged.connect(self._group_changed)
        self.sessions.currentIndexChanged.connect(self._session_changed)
        self._loaded = False
        self.finish()

    def load(self) -> None:
        if self._loaded:
            return
        self._loaded = True
        service, actor = self.session.services.groups, self.session.actor
        self.session.runner.run(
            lambda: service.my_groups(actor),
            on_done=self._groups_loaded,
            on_error=lambda exc: self.errors.show("group", report_error_text(exc)),
            owner=self,
        )

    def _groups_loaded(self, groups: Sequence[GroupSummary]) -> None:
        self.group.blockSignals(True)
        self.group.clear()
        for g in groups:
            self.group.addItem(g.name, g.id)
        self.group.blockSignals(False)
        self._group_changed()

    def _group_changed(self, *_args: object) -> None:
        self.sessions.clear()
        self.sessions.addItem(self.tr("A blank sheet for a session to come"), "")
        group_id = str(self.group.currentData() or "") if self.group.count() else ""
        self._session_changed()
        if not group_id:
            return
        service, actor = self.session.services.session_queries, self.session.actor
        self.session.runner.run(
            lambda: service.recent_sessions(actor, group_id),
            on_done=self._sessions_loaded,
            on_error=lambda exc: self.errors.show("session", report_error_text(exc)),
            owner=self,
        )

    def _sessions_loaded(self, sessions: Sequence[SessionSummary]) -> None:
        for s in sessions:
            text = f"{s.held_on.isoformat()} {s.start_time}".strip()
            if s.module:
                text += f" · {s.module}"
            if s.status.value == "cancelled":
                text += " " + self.tr("(cancelled)")
            self.sessions.addItem(text, s.id)
        if sessions:
            self.sessions.setCurrentIndex(1)

    def _session_changed(self, *_args: object) -> None:
        blank = not self.sessions.currentData()
        self.layout_.setRowVisible(2, blank)

    def job(self, language: str) -> ReportJob | None:
        self.errors.clear()
        group_id = str(self.group.currentData() or "") if self.group.count() else ""
        if not group_id:
            self.errors.show("group", self.tr("There is no group to choose. Set up a group first."))
            return None
        service, actor = self.session.services.reports, self.session.actor
        session_id = str(self.sessions.currentData() or "")
        if session_id:
            return ReportJob(
                lambda _p: service.signin(actor, session_id, language), "sign-in-sheet.pdf"
            )
        try:
            on = self.on_date.date_value()
        except DateInputError as err:
            self.errors.show("date", str(err))
            return None
        if on is None:
            self.errors.show("date", self.tr("Type the date of the session."))
            return None
        return ReportJob(
            lambda _p: service.signin_for_group(actor, group_id, on, language),
            "sign-in-sheet.pdf",
        )
