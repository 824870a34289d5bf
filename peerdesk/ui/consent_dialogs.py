"""Recording a signed consent form, revoking it, and recording the event that ends it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QPlainTextEdit, QWidget

from peerdesk.domain.consent_rules import ConsentTerms
from peerdesk.ui.form_dialog import FormDialog, Job
from peerdesk.ui.form_fields import DateField
from peerdesk.ui.widgets import hint_label, stacked

if TYPE_CHECKING:
    from peerdesk.services.site_info import KnownSite
    from peerdesk.ui.session import UiSession


def _text_box(max_height: int = 70) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)  # Tab moves on, as in every other field
    box.setMaximumHeight(max_height)
    return box


class RecordConsentDialog(FormDialog):
    """Every element 42 CFR 2.31 asks of a consent form, as the form says it.

    Args:
        session: the signed-in session.
        participant_id: whose consent.
        sites: the other peerdesk sites known here, offered as the recipient.
    """

    def __init__(
        self,
        session: UiSession,
        participant_id: str,
        sites: tuple[KnownSite, ...],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            session.runner,
            self.tr("Record a signed consent"),
            self.tr(
                "Copy what the signed form says. Records go to another site only while a "
                "consent naming it is in force."
            ),
            self.tr("Record consent"),
            parent,
        )
        self._session = session
        self._participant_id = participant_id
        self.discloser_edit = QLineEdit()
        self.discloser_edit.setMaxLength(200)
        self.discloser_edit.setPlaceholderText(self.tr("The program or facility that discloses"))
        self.add_field(self.tr("Who may disclose:"), "discloser", self.discloser_edit)
        self.site_combo = QComboBox()
        self.site_combo.setAccessibleName(self.tr("Recipient site"))
        self.site_combo.addItem(self.tr("Not a peerdesk site"), "")
        for site in sites:
            self.site_combo.addItem(site.name, site.site_id)
        self.site_combo.currentIndexChanged.connect(self._site_chosen)
        self.add_field(self.tr("Recipient site:"), "recipient_site_id", self.site_combo)
        self.recipient_edit = QLineEdit()
        self.recipient_edit.setMaxLength(200)
        self.add_field(self.tr("Recipient:"), "recipient_name", self.recipient_edit)
        self.information_edit = _text_box()
        self.add_field(self.tr("Information:"), "information", self.information_edit)
        self.purpose_edit = _text_box()
        self.add_field(self.tr("Purpose:"), "purpose", self.purpose_edit)
        self.general_check = QCheckBox(self.tr("Program records"))
        self.general_check.setChecked(True)
        # Short box texts and a wrapping hint: a long box text does not wrap and would set
        # the dialog's width (too wide for a small screen at large text).
        self.sud_check = QCheckBox(self.tr("Treatment records (42 CFR Part 2)"))
        self.sud_check.setAccessibleName(self.tr("Substance-use treatment records"))
        self.add_field(
            self.tr("Covers:"),
            "scope",
            stacked(self.general_check, self.sud_check),
            hint_label(
                self.tr("Substance-use treatment records go only where the form names them.")
            ),
        )
        self.signed_edit = DateField()
        self.signed_edit.set_date(session.today())
        self.add_field(self.tr("Signed on:"), "signed_on", self.signed_edit)
        self.expires_edit = DateField()
        self.add_field(self.tr("Expires on:"), "expires_on", self.expires_edit)
        self.event_edit = QLineEdit()
        self.event_edit.setMaxLength(200)
        self.event_edit.setPlaceholderText(self.tr("For example: one year after release"))
        self.add_field(
            self.tr("Or ends when:"),
            "expires_event",
            self.event_edit,
            hint_label(self.tr("Give a date, an event, or both (whichever comes first).")),
        )
        self.revoke_check = QCheckBox(self.tr("Right to revoke explained"))
        self.add_field(
            "",
            "right_to_revoke_explained",
            self.revoke_check,
            hint_label(self.tr("The form states it, and the person was told of it.")),
        )
        self.setMinimumWidth(600)

    def _site_chosen(self, _index: int) -> None:
        if self.site_combo.currentData() and not self.recipient_edit.text().strip():
            self.recipient_edit.setText(self.site_combo.currentText())

    def terms(self) -> ConsentTerms | None:
        """The terms typed, or ``None`` after showing which date is not a date."""
        signed = self.read_date(self.signed_edit, "signed_on")
        expires = self.read_date(self.expires_edit, "expires_on", required=False)
        assert signed is not None  # required
        return ConsentTerms(
            discloser=self.discloser_edit.text(),
            recipient_name=self.recipient_edit.text(),
            information=self.information_edit.toPlainText(),
            purpose=self.purpose_edit.toPlainText(),
            signed_on=signed,
            expires_on=expires,
            expires_event=self.event_edit.text(),
            right_to_revoke_explained=self.revoke_check.isChecked(),
            scope_general=self.general_check.isChecked(),
            scope_sud=self.sud_check.isChecked(),
            recipient_site_id=self.site_combo.currentData() or None,
        )

    def job(self) -> Job | None:
        terms = self.terms()
        if terms is None:
            return None
        s, pid = self._session, self._participant_id
        return lambda: s.services.consent.record(s.actor, pid, terms)


class ConsentDateDialog(FormDialog):
    """One date for a consent: when the person revoked it, or when its end event happened.

    Args:
        session: the signed-in session.
        consent_id: which consent.
        revoke: True to revoke; False to record the end event.
    """

    def __init__(
        self, session: UiSession, consent_id: str, revoke: bool, parent: QWidget | None = None
    ) -> None:
        if revoke:
            title = self.tr("Revoke consent")
            intro = self.tr("From this date no records go to this recipient under this consent.")
            ok = self.tr("Revoke")
        else:
            title = self.tr("The end event happened")
            intro = self.tr("The consent ends on the day the event its form names happened.")
            ok = self.tr("Record")
        super().__init__(session.runner, title, intro, ok, parent)
        self._session = session
        self._consent_id = consent_id
        self._revoke = revoke
        self.field_name = "revoked_on" if revoke else "occurred_on"
        self.date_edit = DateField()
        self.date_edit.set_date(session.today())
        self.add_field(
            self.tr("Revoked on:") if revoke else self.tr("Happened on:"),
            self.field_name,
            self.date_edit,
        )

    def job(self) -> Job | None:
        on = self.read_date(self.date_edit, self.field_name)
        s, cid = self._session, self._consent_id
        if self._revoke:
            return lambda: s.services.consent.revoke(s.actor, cid, on)
        return lambda: s.services.consent.record_expiry_event(s.actor, cid, on)
