"""The participant page's "Screening and needs" tab: eligibility screenings and needs
assessments, each a list with a form to record a new one."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, ClassVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QLabel, QPlainTextEdit, QSplitter, QVBoxLayout, QWidget

from peerdesk.domain.roles import Action
from peerdesk.domain.screening_rules import Criterion, NeedDomain, ScreeningDecision
from peerdesk.ui.form_dialog import FormDialog, Job
from peerdesk.ui.form_fields import DateField, format_date
from peerdesk.ui.record_labels import (
    NEED_LEVELS,
    criterion_label,
    decision_label,
    need_domain_label,
    need_level_label,
)
from peerdesk.ui.record_tab import RecordTab
from peerdesk.ui.row_table_model import Index, RowTableModel
from peerdesk.ui.widgets import heading_label

if TYPE_CHECKING:
    from peerdesk.services.screening import NeedsAssessment, Screening
    from peerdesk.ui.session import UiSession


class ScreeningTableModel(RowTableModel["Screening"]):
    """Date, decision, reason and who screened, newest first."""

    CONTEXT: ClassVar[str] = "ScreeningTableModel"
    HEADERS: ClassVar[tuple[str, ...]] = (
        QT_TRANSLATE_NOOP("ScreeningTableModel", "Date"),
        QT_TRANSLATE_NOOP("ScreeningTableModel", "Decision"),
        QT_TRANSLATE_NOOP("ScreeningTableModel", "Reason"),
        QT_TRANSLATE_NOOP("ScreeningTableModel", "By"),
    )

    def cell(self, row: Screening, column: int) -> str:
        values = (
            format_date(row.screened_on),
            decision_label(row.decision.value),
            row.reason,
            row.screened_by,
        )
        return values[column]


class NeedsTableModel(RowTableModel["NeedsAssessment"]):
    """One line per assessment date, one column per domain."""

    CONTEXT: ClassVar[str] = "NeedsTableModel"
    HEADERS: ClassVar[tuple[str, ...]] = (QT_TRANSLATE_NOOP("NeedsTableModel", "Date"),)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 1 + len(NeedDomain)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> object:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 1 <= section <= len(NeedDomain)
        ):
            return need_domain_label(list(NeedDomain)[section - 1].value)
        return super().headerData(section, orientation, role)

    def cell(self, row: NeedsAssessment, column: int) -> str:
        if column == 0:
            return format_date(row.assessed_on)
        domain = list(NeedDomain)[column - 1].value
        level = row.levels.get(domain)
        return need_level_label(level) if level is not None else ""


class ScreeningDialog(FormDialog):
    """The screening questions, the decision and why."""

    def __init__(self, session: UiSession, participant_id: str, parent: QWidget | None = None):
        super().__init__(
            session.runner,
            self.tr("Record a screening"),
            self.tr("Eligible needs every question answered yes; otherwise give the reason."),
            self.tr("Record screening"),
            parent,
        )
        self._session = session
        self._participant_id = participant_id
        self.answers: dict[str, QComboBox] = {}
        for criterion in Criterion:
            combo = QComboBox()
            combo.setAccessibleName(criterion_label(criterion.value))
            combo.addItem(self.tr("Not asked"), "")
            combo.addItem(self.tr("Yes"), "yes")
            combo.addItem(self.tr("No"), "no")
            self.answers[criterion.value] = combo
            self.add_field(criterion_label(criterion.value) + ":", "criteria", combo)
        self.decision_combo = QComboBox()
        self.decision_combo.setAccessibleName(self.tr("Decision"))
        for decision in ScreeningDecision:
            self.decision_combo.addItem(decision_label(decision.value), decision.value)
        self.add_field(self.tr("Decision:"), "decision", self.decision_combo)
        self.reason_edit = QPlainTextEdit()
        self.reason_edit.setTabChangesFocus(True)
        self.reason_edit.setMaximumHeight(70)
        self.add_field(self.tr("Reason:"), "reason", self.reason_edit)
        self.date_edit = DateField()
        self.date_edit.set_date(session.today())
        self.add_field(self.tr("Screened on:"), "screened_on", self.date_edit)

    def job(self) -> Job | None:
        on = self.read_date(self.date_edit, "screened_on")
        criteria = {k: str(c.currentData()) for k, c in self.answers.items() if c.currentData()}
        decision = str(self.decision_combo.currentData())
        reason = self.reason_edit.toPlainText()
        s, pid = self._session, self._participant_id
        return lambda: s.services.screening.screen(
            s.actor, pid, criteria, decision, reason=reason, screened_on=on
        )


class NeedsDialog(FormDialog):
    """A level in each of the nine domains, on one date (a second entry that day corrects)."""

    def __init__(
        self,
        session: UiSession,
        participant_id: str,
        latest: NeedsAssessment | None,
        parent: QWidget | None = None,
    ):
        super().__init__(
            session.runner,
            self.tr("Record needs"),
            self.tr("Start from the last assessment; change what is different now."),
            self.tr("Record needs"),
            parent,
        )
        self._session = session
        self._participant_id = participant_id
        self.levels: dict[str, QComboBox] = {}
        for domain in NeedDomain:
            combo = QComboBox()
            combo.setAccessibleName(need_domain_label(domain.value))
            for level in range(len(NEED_LEVELS)):
                combo.addItem(need_level_label(level), level)
            if latest is not None:
                combo.setCurrentIndex(latest.levels.get(domain.value, 0))
            self.levels[domain.value] = combo
            self.add_field(need_domain_label(domain.value) + ":", "levels", combo)
        self.date_edit = DateField()
        self.date_edit.set_date(session.today())
        self.add_field(self.tr("Assessed on:"), "assessed_on", self.date_edit)

    def job(self) -> Job | None:
        on = self.read_date(self.date_edit, "assessed_on")
        levels = {k: int(c.currentData()) for k, c in self.levels.items()}
        s, pid = self._session, self._participant_id
        return lambda: s.services.screening.record_needs(s.actor, pid, levels, assessed_on=on)


class ScreeningList(RecordTab["Screening"]):
    """The screenings, newest first (the first is the participant's current one)."""

    def __init__(self, session: UiSession) -> None:
        super().__init__(
            session,
            ScreeningTableModel(),
            self.tr("The newest screening is the participant's current one."),
        )
        self.table.setAccessibleName(self.tr("Screenings"))
        self.record_button = self.add_button(self.tr("Record screening…"), self.record)
        self.record_button.setVisible(session.may(Action.PARTICIPANT_SCREEN))

    def fetch(self, participant_id: str) -> Sequence[Screening]:
        s = self.session
        return s.services.screening.screenings(s.actor, participant_id)

    def record(self) -> None:
        """Open the screening form."""
        if self.participant_id is not None:
            self.open_dialog(ScreeningDialog(self.session, self.participant_id, self))


class NeedsList(RecordTab["NeedsAssessment"]):
    """The needs assessments, newest first."""

    def __init__(self, session: UiSession) -> None:
        super().__init__(
            session,
            NeedsTableModel(),
            self.tr("Needs are assessed again over time; each line is one date."),
        )
        self.table.setAccessibleName(self.tr("Needs assessments"))
        self.record_button = self.add_button(self.tr("Record needs…"), self.record)
        self.record_button.setVisible(session.may(Action.PARTICIPANT_SCREEN))

    def fetch(self, participant_id: str) -> Sequence[NeedsAssessment]:
        s = self.session
        return tuple(reversed(s.services.screening.needs_history(s.actor, participant_id)))

    def record(self) -> None:
        """Open the needs form, filled with the latest assessment."""
        if self.participant_id is None:
            return
        latest = self.model.row(0) if self.model.rowCount() else None
        self.open_dialog(NeedsDialog(self.session, self.participant_id, latest, self))


class ScreeningNeedsTab(QWidget):
    """Screenings above, needs assessments below."""

    def __init__(self, session: UiSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.screenings = ScreeningList(session)
        self.needs = NeedsList(session)
        splitter = QSplitter(Qt.Orientation.Vertical)
        for title, part in (
            (self.tr("Eligibility screening"), self.screenings),
            (self.tr("Needs"), self.needs),
        ):
            box = QWidget()
            box_layout = QVBoxLayout(box)
            box_layout.setContentsMargins(0, 0, 0, 0)
            heading: QLabel = heading_label(title, scale=1.15)
            heading.setContentsMargins(10, 6, 0, 0)  # in line with the table below
            box_layout.addWidget(heading)
            box_layout.addWidget(part, 1)
            splitter.addWidget(box)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

    @property
    def participant_id(self) -> str | None:
        """The participant shown."""
        return self.screenings.participant_id

    @participant_id.setter
    def participant_id(self, value: str | None) -> None:
        self.screenings.participant_id = value
        self.needs.participant_id = value

    def show_participant(self, participant_id: str) -> None:
        """Show the screenings and needs of ``participant_id``."""
        self.screenings.show_participant(participant_id)
        self.needs.show_participant(participant_id)
