"""Adding or editing a community partner of the directory."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QCheckBox, QGridLayout, QLineEdit, QPlainTextEdit, QWidget

from peerdesk.services.referrals import PartnerInfo
from peerdesk.ui.form_dialog import FormDialog, Job
from peerdesk.ui.record_labels import SERVICE_TYPES, service_type_label

if TYPE_CHECKING:
    from peerdesk.services.referrals import Partner
    from peerdesk.ui.session import UiSession


class PartnerDialog(FormDialog):
    """The partner form: organization, services offered, contact, and whether it is active.

    Args:
        session: the signed-in session.
        partner: the partner to edit, or ``None`` for a new one.
    """

    def __init__(
        self, session: UiSession, partner: Partner | None, parent: QWidget | None = None
    ) -> None:
        new = partner is None
        super().__init__(
            session.runner,
            self.tr("New partner") if new else self.tr("Edit partner"),
            self.tr("An organization people are referred to, and the services it offers."),
            self.tr("Add partner") if new else self.tr("Save"),
            parent,
        )
        self._session = session
        self._partner_id = partner.id if partner is not None else None
        self.organization_edit = QLineEdit(partner.organization if partner else "")
        self.organization_edit.setMaxLength(200)
        self.add_field(self.tr("Organization:"), "organization", self.organization_edit)
        offered = set(partner.service_types) if partner else set()
        self.service_checks: dict[str, QCheckBox] = {}
        grid_box = QWidget()
        grid = QGridLayout(grid_box)
        grid.setContentsMargins(0, 0, 0, 0)
        for number, kind in enumerate(SERVICE_TYPES):
            check = QCheckBox(service_type_label(kind))
            check.setChecked(kind in offered)
            self.service_checks[kind] = check
            grid.addWidget(check, number // 2, number % 2)
        self.add_field(self.tr("Services:"), "service_types", grid_box)
        self.contact_edit = QLineEdit(partner.contact_name if partner else "")
        self.contact_edit.setMaxLength(120)
        self.add_field(self.tr("Contact person:"), "contact_name", self.contact_edit)
        self.phone_edit = QLineEdit(partner.phone if partner else "")
        self.phone_edit.setMaxLength(40)
        self.add_field(self.tr("Phone:"), "phone", self.phone_edit)
        self.address_edit = QPlainTextEdit(partner.address if partner else "")
        self.address_edit.setTabChangesFocus(True)
        self.address_edit.setMaximumHeight(70)
        self.add_field(self.tr("Address:"), "address", self.address_edit)
        self.county_edit = QLineEdit(partner.county if partner else "")
        self.county_edit.setMaxLength(80)
        self.add_field(self.tr("County:"), "county", self.county_edit)
        self.active_check = QCheckBox(self.tr("Active (offered for new referrals)"))
        self.active_check.setChecked(partner.active if partner else True)
        self.add_field("", "active", self.active_check)

    def info(self) -> PartnerInfo:
        """What the form holds."""
        return PartnerInfo(
            organization=self.organization_edit.text(),
            service_types=tuple(k for k, c in self.service_checks.items() if c.isChecked()),
            contact_name=self.contact_edit.text(),
            phone=self.phone_edit.text(),
            address=self.address_edit.toPlainText(),
            county=self.county_edit.text(),
            active=self.active_check.isChecked(),
        )

    def job(self) -> Job | None:
        s, info, pid = self._session, self.info(), self._partner_id
        if pid is None:
            return lambda: s.services.referrals.add_partner(s.actor, info)
        return lambda: s.services.referrals.update_partner(s.actor, pid, info)
