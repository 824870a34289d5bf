"""The participant page's Incentives tab: certificates, commissary credit, privileges and
recognition awarded to the participant."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, ClassVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale
from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QWidget

from peerdesk.domain.roles import Action
from peerdesk.domain.screening_rules import IncentiveKind
from peerdesk.ui.form_dialog import FormDialog, Job
from peerdesk.ui.form_fields import DateField, format_date
from peerdesk.ui.record_tab import RecordTab
from peerdesk.ui.row_table_model import RowTableModel
from peerdesk.ui.widgets import hint_label

if TYPE_CHECKING:
    from peerdesk.services.incentives import Incentive
    from peerdesk.ui.session import UiSession

KINDS = {
    "certificate": QT_TRANSLATE_NOOP("IncentiveLabels", "Certificate"),
    "commissary_credit": QT_TRANSLATE_NOOP("IncentiveLabels", "Commissary credit"),
    "privilege": QT_TRANSLATE_NOOP("IncentiveLabels", "Privilege"),
    "recognition": QT_TRANSLATE_NOOP("IncentiveLabels", "Recognition"),
}
_AMOUNT = re.compile(r"^\$?\s*(\d{1,7})(?:[.,](\d{1,2}))?$")


def kind_label(value: str) -> str:
    """``commissary_credit`` -> "Commissary credit" (translated)."""
    source = KINDS.get(value)
    return QCoreApplication.translate("IncentiveLabels", source) if source else value


def parse_cents(text: str) -> int | None:
    """ "12.50", "$12", "12,5" -> cents; ``None`` when empty.

    Raises:
        ValueError: not an amount.
    """
    text = text.strip()
    if not text:
        return None
    found = _AMOUNT.match(text)
    if found is None:
        raise ValueError(text)
    cents = (found.group(2) or "0").ljust(2, "0")
    return int(found.group(1)) * 100 + int(cents)


class IncentiveTableModel(RowTableModel["Incentive"]):
    """Date, kind, amount, reason, who awarded."""

    CONTEXT: ClassVar[str] = "IncentiveTableModel"
    HEADERS: ClassVar[tuple[str, ...]] = (
        QT_TRANSLATE_NOOP("IncentiveTableModel", "Date"),
        QT_TRANSLATE_NOOP("IncentiveTableModel", "Kind"),
        QT_TRANSLATE_NOOP("IncentiveTableModel", "Amount"),
        QT_TRANSLATE_NOOP("IncentiveTableModel", "Reason"),
        QT_TRANSLATE_NOOP("IncentiveTableModel", "By"),
    )

    def cell(self, row: Incentive, column: int) -> str:
        amount = ""
        if row.amount_cents is not None:
            amount = QLocale().toCurrencyString(row.amount_cents / 100, "$")
        values = (
            format_date(row.awarded_on),
            kind_label(row.kind.value),
            amount,
            row.reason.replace("\n", " "),
            row.awarded_by,
        )
        return values[column]


class AwardDialog(FormDialog):
    """An award to the participant: kind, the amount for a commissary credit, and why."""

    def __init__(self, session: UiSession, participant_id: str, parent: QWidget | None = None):
        super().__init__(
            session.runner,
            self.tr("Award an incentive"),
            self.tr("Say what it recognizes; the reason is kept with the award."),
            self.tr("Award"),
            parent,
        )
        self._session = session
        self._participant_id = participant_id
        self.kind_combo = QComboBox()
        self.kind_combo.setAccessibleName(self.tr("Kind"))
        for kind in IncentiveKind:
            self.kind_combo.addItem(kind_label(kind.value), kind.value)
        self.kind_combo.currentIndexChanged.connect(self._kind_chosen)
        self.add_field(self.tr("Kind:"), "kind", self.kind_combo)
        self.amount_edit = QLineEdit()
        self.amount_edit.setMaxLength(12)
        self.amount_edit.setPlaceholderText("12.50")
        self.add_field(
            self.tr("Amount:"),
            "amount_cents",
            self.amount_edit,
            hint_label(self.tr("Only for a commissary credit, in dollars.")),
        )
        self.reason_edit = QPlainTextEdit()
        self.reason_edit.setTabChangesFocus(True)
        self.reason_edit.setMaximumHeight(70)
        self.add_field(self.tr("Reason:"), "reason", self.reason_edit)
        self.date_edit = DateField()
        self.date_edit.set_date(session.today())
        self.add_field(self.tr("Awarded on:"), "awarded_on", self.date_edit)
        self._kind_chosen(self.kind_combo.currentIndex())

    def _kind_chosen(self, _index: int) -> None:
        credit = self.kind_combo.currentData() == IncentiveKind.COMMISSARY_CREDIT.value
        self.amount_edit.setEnabled(credit)
        if not credit:
            self.amount_edit.clear()

    def job(self) -> Job | None:
        on = self.read_date(self.date_edit, "awarded_on")
        try:
            cents = parse_cents(self.amount_edit.text())
        except ValueError:
            self.show_error("amount_cents", self.tr("Type the amount in dollars, like 12.50."))
            return None
        s, pid = self._session, self._participant_id
        kind, reason = str(self.kind_combo.currentData()), self.reason_edit.toPlainText()
        return lambda: s.services.incentives.award(
            s.actor,
            kind=kind,
            reason=reason,
            awarded_on=on,
            participant_id=pid,
            amount_cents=cents,
        )


class IncentivesTab(RecordTab["Incentive"]):
    """A participant's awards, newest first."""

    def __init__(self, session: UiSession) -> None:
        super().__init__(session, IncentiveTableModel(), self.tr("Awards, newest first."))
        self.table.setAccessibleName(self.tr("Incentives"))
        self.award_button = self.add_button(self.tr("Award…"), self.award)
        self.award_button.setVisible(session.may(Action.INCENTIVE_MANAGE))

    def fetch(self, participant_id: str) -> Sequence[Incentive]:
        s = self.session
        return s.services.incentives.for_participant(s.actor, participant_id)

    def award(self) -> None:
        """Open the award form."""
        if self.participant_id is not None:
            self.open_dialog(AwardDialog(self.session, self.participant_id, self))
