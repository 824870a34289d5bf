"""The participant page's Referrals tab: referrals to community partners and their answers."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, ClassVar

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QComboBox, QWidget

from peerdesk.domain.roles import Action
from peerdesk.domain.screening_rules import REFERRAL_MOVES, ReferralStatus
from peerdesk.ui.form_dialog import FormDialog, Job
from peerdesk.ui.form_fields import DateField, format_date
from peerdesk.ui.record_labels import referral_status_label, service_type_label
from peerdesk.ui.record_tab import RecordTab
from peerdesk.ui.row_table_model import RowTableModel
from peerdesk.ui.status_dialog import StatusChangeDialog

if TYPE_CHECKING:
    from peerdesk.services.referrals import Partner, Referral
    from peerdesk.ui.session import UiSession


class ReferralTableModel(RowTableModel["Referral"]):
    """Partner, service, status and dates of each referral."""

    CONTEXT: ClassVar[str] = "ReferralTableModel"
    HEADERS: ClassVar[tuple[str, ...]] = (
        QT_TRANSLATE_NOOP("ReferralTableModel", "Partner"),
        QT_TRANSLATE_NOOP("ReferralTableModel", "Service"),
        QT_TRANSLATE_NOOP("ReferralTableModel", "Status"),
        QT_TRANSLATE_NOOP("ReferralTableModel", "Since"),
        QT_TRANSLATE_NOOP("ReferralTableModel", "Made on"),
    )

    def cell(self, row: Referral, column: int) -> str:
        values = (
            row.organization,
            service_type_label(row.service_type),
            referral_status_label(row.status.value),
            format_date(row.status_on),
            format_date(row.made_on),
        )
        return values[column]


class MakeReferralDialog(FormDialog):
    """Refer the participant to an active partner for one of the services it offers."""

    def __init__(
        self,
        session: UiSession,
        participant_id: str,
        partners: Sequence[Partner],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            session.runner,
            self.tr("Make a referral"),
            self.tr("Only active partners are listed, with the services they offer."),
            self.tr("Make referral"),
            parent,
        )
        self._session = session
        self._participant_id = participant_id
        self._partners = list(partners)
        self.partner_combo = QComboBox()
        self.partner_combo.setAccessibleName(self.tr("Partner"))
        for partner in self._partners:
            self.partner_combo.addItem(partner.organization, partner.id)
        self.service_combo = QComboBox()
        self.service_combo.setAccessibleName(self.tr("Service"))
        self.partner_combo.currentIndexChanged.connect(self._partner_chosen)
        self.add_field(self.tr("Partner:"), "partner_id", self.partner_combo)
        self.add_field(self.tr("Service:"), "service_type", self.service_combo)
        self.date_edit = DateField()
        self.date_edit.set_date(session.today())
        self.add_field(self.tr("Made on:"), "made_on", self.date_edit)
        self._partner_chosen(self.partner_combo.currentIndex())

    def _partner_chosen(self, index: int) -> None:
        self.service_combo.clear()
        if 0 <= index < len(self._partners):
            for kind in self._partners[index].service_types:
                self.service_combo.addItem(service_type_label(kind), kind)

    def job(self) -> Job | None:
        if not self._partners:
            self.show_error(
                "partner_id", self.tr("Add the partner in Referrals and partners first.")
            )
            return None
        made_on = self.read_date(self.date_edit, "made_on")
        s, pid = self._session, self._participant_id
        partner = str(self.partner_combo.currentData())
        kind = str(self.service_combo.currentData() or "")
        return lambda: s.services.referrals.make(s.actor, pid, partner, kind, made_on=made_on)


class ReferralStatusDialog(StatusChangeDialog):
    """The partner's answer, or the end of the service: the next status and its date."""

    def __init__(
        self, session: UiSession, referral: Referral, parent: QWidget | None = None
    ) -> None:
        s, referral_id = session, referral.id
        super().__init__(
            session,
            self.tr("Referral status"),
            self.tr("%1 · %2")
            .replace("%1", referral.organization)
            .replace("%2", service_type_label(referral.service_type)),
            [
                (referral_status_label(status.value), status.value)
                for status in ReferralStatus  # in the enum's order: accepted before completed
                if status in REFERRAL_MOVES[referral.status]
            ],
            lambda status, on: s.services.referrals.move(s.actor, referral_id, status, on=on),
            parent,
        )


class ReferralsTab(RecordTab["Referral"]):
    """A participant's referrals; people who manage referrals make them and record answers."""

    def __init__(self, session: UiSession) -> None:
        super().__init__(
            session,
            ReferralTableModel(),
            self.tr("Referrals to community partners, newest first."),
        )
        self.table.setAccessibleName(self.tr("Referrals"))
        may = session.may(Action.REFERRAL_MANAGE)
        self.make_button = self.add_button(self.tr("Make referral…"), self.make)
        self.status_button = self.add_button(self.tr("Record answer…"), self.record_answer)
        self.make_button.setVisible(may)
        self.status_button.setVisible(may)
        self.update_buttons()

    def fetch(self, participant_id: str) -> Sequence[Referral]:
        s = self.session
        return s.services.referrals.list_for(s.actor, participant_id)

    def update_buttons(self) -> None:
        chosen = self.selected()
        self.status_button.setEnabled(chosen is not None and bool(REFERRAL_MOVES[chosen.status]))

    def make(self) -> None:
        """Open the referral form with the active partners."""
        pid = self.participant_id
        if pid is None:
            return
        s = self.session
        s.runner.run(
            lambda: s.services.referrals.partners(s.actor),
            on_done=lambda found: self.open_dialog(MakeReferralDialog(s, pid, found, self)),
            on_error=self.show_error,
            owner=self,
        )

    def record_answer(self) -> None:
        """Record the partner's answer to the selected referral."""
        chosen = self.selected()
        if chosen is not None:
            self.open_dialog(ReferralStatusDialog(self.session, chosen, self))
