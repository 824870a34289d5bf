"""One peer educator: profile and status, selection, training, supervision, in tabs."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from peerdesk.domain.mentor_rules import Decision, MentorStatus
from peerdesk.domain.roles import Action
from peerdesk.ui.app_events import MENTORS
from peerdesk.ui.form_fields import format_date
from peerdesk.ui.mentor_dialogs import (
    CapacityDialog,
    CertificationDialog,
    DecisionDialog,
    NewMentorDialog,
    StatusDialog,
    StepDialog,
    SupervisionDialog,
    TrainingDialog,
)
from peerdesk.ui.mentor_labels import mentor_label
from peerdesk.ui.mentor_models import (
    CertificationTableModel,
    StepTableModel,
    SupervisionTableModel,
    TrainingTableModel,
)
from peerdesk.ui.messages import error_text
from peerdesk.ui.table_views import row_table
from peerdesk.ui.widgets import heading_label, message_label, set_message

if TYPE_CHECKING:
    from peerdesk.services.mentors import MentorDetail
    from peerdesk.ui.session import UiSession

OK_STYLE = "color: #1b5e20; font-weight: bold;"
DialogMaker = Callable[[], QDialog]


def _value_label() -> QLabel:
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class MentorPage(QWidget):
    """Shows one mentor; a role that may manage mentors adds and changes through dialogs.

    Emits ``back_requested`` for the list. ``dialog`` holds the dialog open (for tests).
    """

    back_requested = Signal()

    def __init__(self, session: UiSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._mentor_id: str | None = None
        self.detail: MentorDetail | None = None
        self.dialog: QDialog | None = None
        self.can_manage = session.may(Action.MENTOR_MANAGE)

        self.back_button = QPushButton(self.tr("← Back to the list"))
        self.back_button.clicked.connect(self.back_requested)
        self.title = heading_label("", scale=1.4)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.subtitle = _value_label()
        self.message = message_label(style=OK_STYLE)
        self.error_label = message_label()
        self.buttons: dict[str, QPushButton] = {}

        # Profile and status.
        self.values: dict[str, QLabel] = {}
        profile_box = QGroupBox(self.tr("Profile and status"))
        form = QFormLayout(profile_box)
        rows = (
            ("kind", self.tr("Kind:")),
            ("side", self.tr("Side:")),
            ("status", self.tr("Status:")),
            ("languages", self.tr("Languages:")),
            ("county", self.tr("County:")),
            ("lived_experience", self.tr("Lived experience:")),
            ("interests", self.tr("Interests:")),
            ("capacity", self.tr("Mentees / capacity:")),
            ("agreement", self.tr("Agreement signed on:")),
        )
        for key, text in rows:
            self.values[key] = _value_label()
            form.addRow(text, self.values[key])
        profile_tab = self._tab(
            [profile_box],
            [
                ("edit", self.tr("Edit &profile…"), self._edit_dialog),
                ("capacity", self.tr("&Capacity and agreement…"), self._capacity_dialog),
                ("status", self.tr("Change &status…"), self._status_dialog),
            ],
        )

        # Selection.
        self.steps = StepTableModel(self)
        self.steps_table = row_table(self.steps, self.tr("Selection steps"), {0: 150, 1: 100})
        decision_box = QGroupBox(self.tr("Decision"))
        decision_form = QFormLayout(decision_box)
        for key, text in (
            ("decision", self.tr("Decision:")),
            ("decision_by", self.tr("By:")),
            ("decision_on", self.tr("On:")),
            ("decision_reason", self.tr("Why:")),
        ):
            self.values[key] = _value_label()
            decision_form.addRow(text, self.values[key])
        selection_tab = self._tab(
            [self.steps_table, decision_box],
            [
                ("step", self.tr("Record a &step…"), self._step_dialog),
                ("decide", self.tr("&Decide…"), self._decision_dialog),
            ],
        )

        # Training and certifications.
        self.trainings = TrainingTableModel(self)
        self.certifications = CertificationTableModel(self)
        self.training_table = row_table(self.trainings, self.tr("Training"), {0: 320})
        self.cert_table = row_table(self.certifications, self.tr("Certifications"), {0: 280})
        self.hours_label = _value_label()
        training_tab = self._tab(
            [
                self.hours_label,
                self.training_table,
                QLabel(self.tr("Certifications:")),
                self.cert_table,
            ],
            [
                ("training", self.tr("Add &training…"), self._training_dialog),
                ("certification", self.tr("Add c&ertification…"), self._certification_dialog),
            ],
        )

        # Supervision.
        self.supervision = SupervisionTableModel(self)
        self.supervision_table = row_table(
            self.supervision, self.tr("Supervision check-ins"), {0: 110, 1: 160}
        )
        supervision_tab = self._tab(
            [self.supervision_table],
            [("supervision", self.tr("Add &check-in…"), self._supervision_dialog)],
        )

        self.tabs = QTabWidget()
        self.tabs.addTab(profile_tab, self.tr("Profile and status"))
        self.tabs.addTab(selection_tab, self.tr("Selection"))
        self.tabs.addTab(training_tab, self.tr("Training and certifications"))
        self.tabs.addTab(supervision_tab, self.tr("Supervision"))

        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addLayout(top)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addWidget(self.error_label)
        layout.addWidget(self.message)
        layout.addWidget(self.tabs, 1)

    def _tab(self, widgets: list[QWidget], actions: list[tuple[str, str, DialogMaker]]) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        grows = [not isinstance(widget, QLabel | QGroupBox) for widget in widgets]
        for widget, grow in zip(widgets, grows, strict=True):
            layout.addWidget(widget, 1 if grow else 0)
        if not any(grows):
            layout.addStretch(1)  # a form keeps its height; the room left stays below
        if self.can_manage:  # a role that only reads sees no buttons at all
            row = QHBoxLayout()
            row.addStretch(1)
            for key, text, maker in actions:
                button = QPushButton(text)
                button.clicked.connect(lambda _c=False, m=maker: self._open(m()))
                self.buttons[key] = button
                row.addWidget(button)
            layout.addLayout(row)
        return tab

    # --- reading -------------------------------------------------------------------------
    @property
    def mentor_id(self) -> str | None:
        """The mentor shown."""
        return self._mentor_id

    def open_mentor(self, mentor_id: str) -> None:
        """Read the mentor's whole record (the read is audited) and show it."""
        self._mentor_id = mentor_id
        set_message(self.message, "")
        self.reload()

    def reload(self) -> None:
        """Read the shown mentor again."""
        mid, s = self._mentor_id, self._session
        if mid is None:
            return
        set_message(self.error_label, "")
        s.runner.run(
            lambda: s.services.mentors.get(s.actor, mid),
            on_done=self._loaded,
            on_error=lambda exc: set_message(self.error_label, error_text(exc)),
            owner=self,
        )

    def _loaded(self, detail: MentorDetail) -> None:
        if detail.summary.id != self._mentor_id:
            return
        self.detail = detail
        m, p = detail.summary, detail.profile
        self.title.setText(f"{p.last_name}, {p.first_name}")
        self.subtitle.setText(
            self.tr("%1 since %2")
            .replace("%1", mentor_label("mentor_status", m.status.value))
            .replace("%2", format_date(m.status_date))
        )
        v = self.values
        v["kind"].setText(mentor_label("person_kind", m.person_kind.value))
        v["side"].setText(mentor_label("side", m.side.value))
        v["status"].setText(self.subtitle.text())
        v["languages"].setText(", ".join(p.languages))
        v["county"].setText(p.county)
        v["lived_experience"].setText(", ".join(p.lived_experience))
        v["interests"].setText(", ".join(p.interests))
        v["capacity"].setText(f"{m.open_matches} / {p.capacity}")
        v["agreement"].setText(format_date(p.agreement_signed_on) or self.tr("Not signed yet"))
        v["decision"].setText(mentor_label("decision", detail.decision.value))
        v["decision_by"].setText(detail.decision_by)
        v["decision_on"].setText(format_date(detail.decision_on))
        v["decision_reason"].setText(detail.decision_reason)
        self.steps.set_rows(detail.steps)
        self.trainings.set_rows(detail.trainings)
        self.certifications.set_rows(detail.certifications)
        self.supervision.set_rows(detail.supervision)
        self.hours_label.setText(
            self.tr("Training hours in all: %1").replace("%1", f"{detail.training_hours:g}")
        )
        undecided = detail.decision is Decision.NONE and m.status is MentorStatus.APPLICANT
        enabled = {
            "step": undecided,
            "decide": undecided,
            "supervision": detail.decision is Decision.APPROVED,
        }
        for key, button in self.buttons.items():
            button.setEnabled(enabled.get(key, True))

    # --- changing --------------------------------------------------------------------------
    def _open(self, dialog: QDialog) -> None:
        def finished(result: int) -> None:
            self.dialog = None
            dialog.deleteLater()
            if result == QDialog.DialogCode.Accepted:
                set_message(self.message, self.tr("Saved."))
                self._session.events.announce(MENTORS)
                self.reload()

        set_message(self.message, "")
        dialog.finished.connect(finished)
        self.dialog = dialog
        dialog.open()

    def _mid(self) -> str:
        assert self._mentor_id is not None
        return self._mentor_id

    def _edit_dialog(self) -> QDialog:
        assert self.detail is not None
        return NewMentorDialog(self._session, self, detail=self.detail)

    def _capacity_dialog(self) -> QDialog:
        assert self.detail is not None
        return CapacityDialog(self._session, self.detail, self)

    def _status_dialog(self) -> QDialog:
        return StatusDialog(self._session, self._mid(), self)

    def _step_dialog(self) -> QDialog:
        return StepDialog(self._session, self._mid(), self)

    def _decision_dialog(self) -> QDialog:
        return DecisionDialog(self._session, self._mid(), self)

    def _training_dialog(self) -> QDialog:
        return TrainingDialog(self._session, self._mid(), self)

    def _certification_dialog(self) -> QDialog:
        return CertificationDialog(self._session, self._mid(), self)

    def _supervision_dialog(self) -> QDialog:
        return SupervisionDialog(self._session, self._mid(), self)
