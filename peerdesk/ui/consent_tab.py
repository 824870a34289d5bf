"""The participant page's Consent tab: the consents on file, and recording or ending one."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import TYPE_CHECKING, Any, ClassVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from peerdesk.domain.consent_rules import ConsentState, consent_state
from peerdesk.domain.roles import Action
from peerdesk.ui.consent_dialogs import ConsentDateDialog, RecordConsentDialog
from peerdesk.ui.form_fields import format_date
from peerdesk.ui.record_labels import consent_state_label
from peerdesk.ui.record_tab import RecordTab
from peerdesk.ui.row_table_model import RowTableModel

if TYPE_CHECKING:
    from peerdesk.services.consent import Consent
    from peerdesk.ui.session import UiSession

_CONTEXT = "ConsentTableModel"


class ConsentTableModel(RowTableModel["Consent"]):
    """Recipient, what it covers, signed, how it ends, and its state today."""

    CONTEXT: ClassVar[str] = _CONTEXT
    HEADERS: ClassVar[tuple[str, ...]] = (
        QT_TRANSLATE_NOOP("ConsentTableModel", "Recipient"),
        QT_TRANSLATE_NOOP("ConsentTableModel", "Covers"),
        QT_TRANSLATE_NOOP("ConsentTableModel", "Signed"),
        QT_TRANSLATE_NOOP("ConsentTableModel", "Ends"),
        QT_TRANSLATE_NOOP("ConsentTableModel", "State"),
    )

    def __init__(self, today: Callable[[], date], parent: Any = None) -> None:
        super().__init__(parent)
        self._today = today

    def cell(self, row: Consent, column: int) -> str:
        if column == 0:
            return row.recipient_name
        if column == 1:
            if row.scope_general and row.scope_sud:
                return QCoreApplication.translate(
                    "ConsentTableModel", "Program and treatment records"
                )
            if row.scope_sud:
                return QCoreApplication.translate("ConsentTableModel", "Treatment records (Part 2)")
            return QCoreApplication.translate("ConsentTableModel", "Program records")
        if column == 2:
            return format_date(row.signed_on)
        if column == 3:
            parts = [format_date(row.expires_on)] if row.expires_on else []
            if row.expires_event:
                when = QCoreApplication.translate("ConsentTableModel", "when: %1")
                parts.append(when.replace("%1", row.expires_event))
            return " · ".join(parts)
        state = consent_state(row, self._today())
        text = consent_state_label(state.value)
        if state is ConsentState.REVOKED and row.revoked_on is not None:
            return f"{text} {format_date(row.revoked_on)}"
        return text


class ConsentTab(RecordTab["Consent"]):
    """A participant's consents; people who manage consent record, revoke or end them."""

    def __init__(self, session: UiSession) -> None:
        super().__init__(
            session,
            ConsentTableModel(session.today),
            self.tr(
                "Records go to another peerdesk site only while a consent naming that site is "
                "in force; substance-use treatment records only where the consent names them."
            ),
        )
        self.table.setAccessibleName(self.tr("Consents"))
        self.may_manage = session.may(Action.CONSENT_MANAGE)
        self.record_button = self.add_button(self.tr("Record consent…"), self.record)
        self.event_button = self.add_button(self.tr("End event happened…"), self.end_event)
        self.revoke_button = self.add_button(self.tr("Revoke…"), self.revoke)
        for button in (self.record_button, self.event_button, self.revoke_button):
            button.setVisible(self.may_manage)
        self.update_buttons()

    def fetch(self, participant_id: str) -> Sequence[Consent]:
        s = self.session
        return s.services.consent.list_for(s.actor, participant_id)

    def update_buttons(self) -> None:
        chosen = self.selected()
        live = chosen is not None and consent_state(chosen, self.session.today()) in (
            ConsentState.IN_FORCE,
            ConsentState.NOT_YET,
        )
        self.revoke_button.setEnabled(live)
        self.event_button.setEnabled(live and chosen is not None and bool(chosen.expires_event))

    def record(self) -> None:
        """Open the consent form (after reading the sites this site knows of)."""
        pid = self.participant_id
        if pid is None:
            return
        from peerdesk.services.site_info import other_sites

        s = self.session
        store = s.services.consent.store
        s.runner.run(
            lambda: other_sites(store, s.actor),
            on_done=lambda sites: self.open_dialog(RecordConsentDialog(s, pid, sites, self)),
            on_error=self.show_error,
            owner=self,
        )

    def revoke(self) -> None:
        """Ask for the date the person revoked the selected consent."""
        chosen = self.selected()
        if chosen is not None:
            self.open_dialog(ConsentDateDialog(self.session, chosen.id, True, self))

    def end_event(self) -> None:
        """Ask for the date the selected consent's end event happened."""
        chosen = self.selected()
        if chosen is not None:
            self.open_dialog(ConsentDateDialog(self.session, chosen.id, False, self))
