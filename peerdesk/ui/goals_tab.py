"""The participant page's Goals tab: goals with their status, setting one and moving it on."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, ClassVar

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QComboBox, QPlainTextEdit, QWidget

from peerdesk.domain.roles import Action
from peerdesk.domain.screening_rules import GOAL_MOVES, GoalStatus, NeedDomain
from peerdesk.ui.form_dialog import FormDialog, Job
from peerdesk.ui.form_fields import DateField, format_date
from peerdesk.ui.record_labels import goal_status_label, need_domain_label
from peerdesk.ui.record_tab import RecordTab
from peerdesk.ui.row_table_model import RowTableModel
from peerdesk.ui.status_dialog import StatusChangeDialog

if TYPE_CHECKING:
    from peerdesk.services.pathways import Goal
    from peerdesk.ui.session import UiSession


class GoalTableModel(RowTableModel["Goal"]):
    """Goal, area, status, since, target."""

    CONTEXT: ClassVar[str] = "GoalTableModel"
    HEADERS: ClassVar[tuple[str, ...]] = (
        QT_TRANSLATE_NOOP("GoalTableModel", "Goal"),
        QT_TRANSLATE_NOOP("GoalTableModel", "Area"),
        QT_TRANSLATE_NOOP("GoalTableModel", "Status"),
        QT_TRANSLATE_NOOP("GoalTableModel", "Since"),
        QT_TRANSLATE_NOOP("GoalTableModel", "Target"),
    )

    def cell(self, row: Goal, column: int) -> str:
        values = (
            row.description.replace("\n", " "),
            need_domain_label(row.domain) if row.domain else "",
            goal_status_label(row.status.value),
            format_date(row.status_on),
            format_date(row.target_on),
        )
        return values[column]


class GoalDialog(FormDialog):
    """A new goal: what, in which area of need, set when, target date."""

    def __init__(self, session: UiSession, participant_id: str, parent: QWidget | None = None):
        super().__init__(
            session.runner,
            self.tr("Set a goal"),
            self.tr("In the participant's own words where possible."),
            self.tr("Set goal"),
            parent,
        )
        self._session = session
        self._participant_id = participant_id
        self.description_edit = QPlainTextEdit()
        self.description_edit.setTabChangesFocus(True)
        self.description_edit.setMaximumHeight(80)
        self.add_field(self.tr("Goal:"), "description", self.description_edit)
        self.domain_combo = QComboBox()
        self.domain_combo.setAccessibleName(self.tr("Area"))
        self.domain_combo.addItem(self.tr("Not tied to one area"), "")
        for domain in NeedDomain:
            self.domain_combo.addItem(need_domain_label(domain.value), domain.value)
        self.add_field(self.tr("Area:"), "domain", self.domain_combo)
        self.set_edit = DateField()
        self.set_edit.set_date(session.today())
        self.add_field(self.tr("Set on:"), "set_on", self.set_edit)
        self.target_edit = DateField()
        self.add_field(self.tr("Target date:"), "target_on", self.target_edit)

    def job(self) -> Job | None:
        set_on = self.read_date(self.set_edit, "set_on")
        target = self.read_date(self.target_edit, "target_on", required=False)
        s, pid = self._session, self._participant_id
        what = self.description_edit.toPlainText()
        area = str(self.domain_combo.currentData() or "")
        return lambda: s.services.goals.set_goal(
            s.actor, pid, what, set_on=set_on, domain=area, target_on=target
        )


class GoalStatusDialog(StatusChangeDialog):
    """The next status of a goal and its date."""

    def __init__(self, session: UiSession, goal: Goal, parent: QWidget | None = None) -> None:
        s, goal_id = session, goal.id
        super().__init__(
            session,
            self.tr("Goal status"),
            goal.description,
            [
                (goal_status_label(status.value), status.value)
                for status in GoalStatus
                if status in GOAL_MOVES[goal.status]
            ],
            lambda status, on: s.services.goals.move_goal(s.actor, goal_id, status, on=on),
            parent,
        )


class GoalsTab(RecordTab["Goal"]):
    """A participant's goals; people who edit participants set goals and move them on."""

    def __init__(self, session: UiSession) -> None:
        super().__init__(
            session,
            GoalTableModel(),
            self.tr("Open goals move to in progress, then achieved or dropped."),
        )
        self.table.setAccessibleName(self.tr("Goals"))
        may = session.may(Action.PARTICIPANT_EDIT)
        self.set_button = self.add_button(self.tr("Set goal…"), self.set_goal)
        self.status_button = self.add_button(self.tr("Change status…"), self.change_status)
        self.set_button.setVisible(may)
        self.status_button.setVisible(may)
        self.update_buttons()

    def fetch(self, participant_id: str) -> Sequence[Goal]:
        s = self.session
        return s.services.goals.goals(s.actor, participant_id)

    def update_buttons(self) -> None:
        chosen = self.selected()
        self.status_button.setEnabled(chosen is not None and bool(GOAL_MOVES[chosen.status]))

    def set_goal(self) -> None:
        """Open the goal form."""
        if self.participant_id is not None:
            self.open_dialog(GoalDialog(self.session, self.participant_id, self))

    def change_status(self) -> None:
        """Move the selected goal on."""
        chosen = self.selected()
        if chosen is not None:
            self.open_dialog(GoalStatusDialog(self.session, chosen, self))
