"""The participant page's Pathway tab: the phases entered and the milestones reached."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtGui import QFont, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QLabel,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from peerdesk.domain.roles import Action
from peerdesk.ui.app_events import PARTICIPANTS
from peerdesk.ui.flow_layout import FlowLayout
from peerdesk.ui.form_dialog import FormDialog, Job
from peerdesk.ui.form_fields import DateField, format_date
from peerdesk.ui.messages import error_text
from peerdesk.ui.whole_text import keep_whole
from peerdesk.ui.widgets import hint_label, message_label, set_message

if TYPE_CHECKING:
    from peerdesk.services.pathways import Pathway, Progress
    from peerdesk.ui.session import UiSession


@dataclass(frozen=True)
class PathwayView:
    """What the tab shows: the participant's progress (if started) and the pathways defined."""

    progress: Progress | None
    pathways: tuple[Pathway, ...]


class EnterPhaseDialog(FormDialog):
    """The next phase of the participant's pathway (or the first phase of a pathway)."""

    def __init__(
        self,
        session: UiSession,
        participant_id: str,
        view: PathwayView,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            session.runner,
            self.tr("Enter a phase"),
            self.tr("Phases go forward only, in the pathway's order."),
            self.tr("Enter phase"),
            parent,
        )
        self._session = session
        self._participant_id = participant_id
        self.phase_combo = QComboBox()
        self.phase_combo.setAccessibleName(self.tr("Phase"))
        progress = view.progress
        for pathway in view.pathways:
            if progress is not None and pathway.id != progress.pathway_id:
                continue  # one pathway per participant
            current = next(
                (
                    p.position
                    for p in pathway.phases
                    if progress and p.id == progress.current_phase_id
                ),
                None,
            )
            for phase in pathway.phases:
                if current is None or phase.position > current:
                    self.phase_combo.addItem(f"{pathway.name} · {phase.name}", phase.id)
        self.add_field(self.tr("Phase:"), "phase_id", self.phase_combo)
        self.date_edit = DateField()
        self.date_edit.set_date(session.today())
        self.add_field(self.tr("Entered on:"), "entered_on", self.date_edit)

    def job(self) -> Job | None:
        if self.phase_combo.count() == 0:
            self.show_error("phase_id", self.tr("There is no later phase to enter."))
            return None
        on = self.read_date(self.date_edit, "entered_on")
        s, pid, phase = self._session, self._participant_id, str(self.phase_combo.currentData())
        return lambda: s.services.pathways.enter_phase(s.actor, pid, phase, entered_on=on)


class MilestoneDialog(FormDialog):
    """A milestone of a phase the participant has entered, and the day it was reached."""

    def __init__(
        self,
        session: UiSession,
        participant_id: str,
        progress: Progress,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            session.runner,
            self.tr("Milestone reached"),
            self.tr("Milestones of the phases entered, not yet reached."),
            self.tr("Record"),
            parent,
        )
        self._session = session
        self._participant_id = participant_id
        self.milestone_combo = QComboBox()
        self.milestone_combo.setAccessibleName(self.tr("Milestone"))
        for phase in progress.phases:
            if phase.entered_on is None:
                continue
            reached = {m for m, _on in phase.achieved}
            for milestone in phase.phase.milestones:
                if milestone.id not in reached:
                    self.milestone_combo.addItem(
                        f"{phase.phase.name} · {milestone.name}", milestone.id
                    )
        self.add_field(self.tr("Milestone:"), "milestone_id", self.milestone_combo)
        self.date_edit = DateField()
        self.date_edit.set_date(session.today())
        self.add_field(self.tr("Reached on:"), "achieved_on", self.date_edit)

    def job(self) -> Job | None:
        if self.milestone_combo.count() == 0:
            self.show_error("milestone_id", self.tr("Every milestone so far is reached."))
            return None
        on = self.read_date(self.date_edit, "achieved_on")
        s, pid = self._session, self._participant_id
        milestone = str(self.milestone_combo.currentData())
        return lambda: s.services.pathways.achieve_milestone(
            s.actor, pid, milestone, achieved_on=on
        )


class PathwayTab(QWidget):
    """The pathway as a tree: phases (with the day entered) and their milestones (with the
    day reached); the current phase in bold."""

    def __init__(self, session: UiSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.participant_id: str | None = None
        self.view: PathwayView | None = None
        self.dialog: FormDialog | None = None
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        # A QStandardItemModel under a QTreeView (QTreeWidget's own model fails Qt's model
        # tester when items are added with their children).
        self.model = QStandardItemModel(0, 2, self)
        self.model.setHorizontalHeaderLabels([self.tr("Phase or milestone"), self.tr("Date")])
        self.tree = QTreeView()
        self.tree.setModel(self.model)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setAccessibleName(self.tr("Pathway progress"))
        self.tree.setColumnWidth(0, 420)
        self.message = message_label()
        may = session.may(Action.PARTICIPANT_EDIT)
        self.enter_button = QPushButton(self.tr("Enter phase…"))
        self.enter_button.clicked.connect(self.enter_phase)
        self.milestone_button = QPushButton(self.tr("Milestone reached…"))
        self.milestone_button.clicked.connect(self.milestone)
        buttons = FlowLayout(align_right=True)  # more lines when narrow (200 % text)
        for button in (self.enter_button, self.milestone_button):
            button.setVisible(may)
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)
        layout.addWidget(
            hint_label(self.tr("Dates are the day a phase was entered or a milestone reached."))
        )
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        keep_whole(self)  # the summary and buttons take more lines at 200 % text

    def show_participant(self, participant_id: str) -> None:
        """Show the pathway of ``participant_id``."""
        self.participant_id = participant_id
        self.reload()

    def reload(self) -> None:
        """Read the progress and the pathways again."""
        pid = self.participant_id
        if pid is None:
            return
        s = self.session
        set_message(self.message, "")

        def read() -> PathwayView:
            pathways = s.services.pathways
            return PathwayView(pathways.progress(s.actor, pid), pathways.pathways(s.actor))

        s.runner.run(
            read,
            on_done=lambda view: self._loaded(pid, view),
            on_error=lambda exc: set_message(self.message, error_text(exc)),
            owner=self,
        )

    def _loaded(self, participant_id: str, view: PathwayView) -> None:
        if participant_id != self.participant_id:
            return
        self.view = view
        self.model.removeRows(0, self.model.rowCount())
        progress = view.progress
        if progress is None:
            self.summary.setText(self.tr("Not on a pathway yet."))
        else:
            self.summary.setText(
                self.tr("%1: %2 of %3 milestones reached")
                .replace("%1", progress.pathway_name)
                .replace("%2", str(progress.milestones_achieved))
                .replace("%3", str(progress.milestones_total))
            )
            for phase in progress.phases:
                name = QStandardItem(phase.phase.name)
                if phase.phase.id == progress.current_phase_id:
                    font = QFont(name.font())
                    font.setBold(True)
                    name.setFont(font)
                reached = dict(phase.achieved)
                for milestone in phase.phase.milestones:
                    name.appendRow(
                        [
                            QStandardItem(milestone.name),
                            QStandardItem(format_date(reached.get(milestone.id))),
                        ]
                    )
                self.model.appendRow([name, QStandardItem(format_date(phase.entered_on))])
            self.tree.expandAll()
        self.enter_button.setEnabled(bool(view.pathways))
        self.milestone_button.setEnabled(progress is not None)

    def enter_phase(self) -> None:
        """Open the form for the next phase."""
        if self.participant_id is not None and self.view is not None:
            self._open(EnterPhaseDialog(self.session, self.participant_id, self.view, self))

    def milestone(self) -> None:
        """Open the form for a milestone reached."""
        view = self.view
        if self.participant_id is not None and view is not None and view.progress is not None:
            self._open(MilestoneDialog(self.session, self.participant_id, view.progress, self))

    def _open(self, dialog: FormDialog) -> None:
        self.dialog = dialog
        dialog.accepted.connect(self._changed)
        dialog.open()

    def _changed(self) -> None:
        self.session.events.announce(PARTICIPANTS)  # the page reads this tab again
