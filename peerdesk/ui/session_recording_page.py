"""Recording a group session fast: the group, the day, then tick the roster and save.

The roster and the member selected's reason and note are ``attendance_panel``'s; Ctrl+S
saves. Saving is one service call (``SessionService.record``), so the session, its attendance
and its notes are written together or not at all.
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from peerdesk.domain.errors import ValidationError
from peerdesk.domain.roles import Action
from peerdesk.ui.app_events import SESSIONS
from peerdesk.ui.attendance_panel import AttendancePanel
from peerdesk.ui.form_fields import DateField, DateInputError, FieldErrors
from peerdesk.ui.form_labels import add_row
from peerdesk.ui.group_services import group_services
from peerdesk.ui.leave_prompt import ask_before_leaving
from peerdesk.ui.messages import error_text
from peerdesk.ui.responsive_row import ResponsiveRow
from peerdesk.ui.widgets import heading_label, message_label, set_message

if TYPE_CHECKING:
    from peerdesk.services.groups import GroupSummary
    from peerdesk.services.timeline import RosterEntry, SessionSummary
    from peerdesk.ui.session import UiSession

Proceed = Callable[[], None]
DEFAULT_MINUTES = 60


class SessionRecordingPage(QWidget):
    """The form to record a held session; emits ``saved(summary)`` or ``back_requested``.

    Args:
        session: the signed-in session (its role must allow ``session.record``).
    """

    saved = Signal(object)
    back_requested = Signal()

    def __init__(self, session: UiSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._services = group_services(session)
        self._busy = False
        self._loading = False
        self._dirty = False
        self._roster_key: tuple[str, str] = ("", "")
        self._roster_group = ""
        self._after_save: Proceed | None = None
        self.leave_prompt: QMessageBox | None = None
        self.may_write_notes = session.may(Action.NOTE_WRITE)

        self.heading = heading_label(self.tr("Record a group session"), scale=1.4)
        self.general_error = message_label()
        self.errors = FieldErrors(self.general_error)
        self.status_message = message_label(style="color: #1b5e20; font-weight: bold;")

        self.group_combo = QComboBox()
        self.group_combo.setAccessibleName(self.tr("Group"))
        self.group_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.date_edit = DateField()
        self.date_edit.setAccessibleName(self.tr("Date of the session"))
        self.time_edit = QLineEdit()
        self.time_edit.setMaxLength(5)
        self.time_edit.setPlaceholderText(self.tr("HH:MM, for example 09:30"))
        self.time_edit.setAccessibleName(self.tr("Start time"))
        self.duration_spin = QSpinBox()
        self.duration_spin.setRange(0, 999)
        self.duration_spin.setValue(DEFAULT_MINUTES)
        self.duration_spin.setSuffix(self.tr(" min"))
        self.duration_spin.setAccessibleName(self.tr("Duration in minutes"))
        self.location_edit = QLineEdit()
        self.location_edit.setMaxLength(120)
        self.location_edit.setAccessibleName(self.tr("Location"))
        self.module_edit = QLineEdit()
        self.module_edit.setMaxLength(120)
        self.module_edit.setPlaceholderText(self.tr("Module or topic (optional)"))
        self.module_edit.setAccessibleName(self.tr("Module"))

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for text, name, widget in (
            (self.tr("&Group:"), "group_id", self.group_combo),
            (self.tr("&Date:"), "held_on", self.date_edit),
            (self.tr("Start &time:"), "start_time", self.time_edit),
            (self.tr("D&uration:"), "duration_minutes", self.duration_spin),
            (self.tr("&Location:"), "location", self.location_edit),
            (self.tr("&Module:"), "module", self.module_edit),
        ):
            row_label = QLabel(text)
            row_label.setBuddy(widget)
            add_row(form, row_label, self.errors.field(name, widget))

        em = self.fontMetrics().horizontalAdvance("M")
        self._em = em
        self.panel = AttendancePanel(session.actor.role, self.may_write_notes, self.errors)
        self.panel.edited.connect(self._edited)
        # The panel's parts, for tests and for the tab order.
        self.model = self.panel.model
        self.roster = self.panel.roster
        self.counts_label = self.panel.counts_label
        self.status_combo = self.panel.status_combo
        self.reason_combo = self.panel.reason_combo
        self.note_edit = self.panel.note_edit
        self.sensitivity_combo = self.panel.sensitivity_combo

        self.save_button = QPushButton(self.tr("Save session"))
        self.save_button.setToolTip(self.tr("Save the session and its attendance (Ctrl+S)"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self._save_clicked)
        save_shortcut = QShortcut(QKeySequence.StandardKey.Save, self)
        save_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save_shortcut.activated.connect(self._save_clicked)
        self.back_button = QPushButton(self.tr("Back"))
        self.back_button.setToolTip(self.tr("Back to the group (Alt+Left)"))
        self.back_button.clicked.connect(self._back)
        back_shortcut = QShortcut(QKeySequence.StandardKey.Back, self)
        back_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        back_shortcut.activated.connect(self._back)

        for edit in (self.time_edit, self.location_edit, self.module_edit, self.date_edit):
            edit.textEdited.connect(self._edited)
        self.duration_spin.valueChanged.connect(self._edited)
        self.group_combo.activated.connect(self._group_chosen)
        self.date_edit.editingFinished.connect(self._date_changed)

        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.back_button)
        top.addWidget(self.save_button)
        left_box = QWidget()
        # Room for a long group name ("Pathways to Change Sep 2026 A" was cut at 30 em):
        # start() widens the combo to its longest name, up to 30 em of its own.
        left_box.setMaximumWidth(40 * em)
        left = QVBoxLayout(left_box)
        left.setContentsMargins(0, 0, 0, 0)
        left.addLayout(form)
        left.addStretch(1)
        # Side by side, or the roster under the form when the text is large (200 %).
        self.body = ResponsiveRow(left_box, self.panel, (2, 5))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addLayout(top)
        layout.addWidget(self.general_error)
        layout.addWidget(self.status_message)
        layout.addWidget(self.body, 1)
        chain: list[QWidget] = [
            self.group_combo,
            self.date_edit,
            self.time_edit,
            self.duration_spin,
            self.location_edit,
            self.module_edit,
            *self.panel.tab_chain(),
            self.save_button,
            self.back_button,
        ]
        for first, second in pairwise(chain):
            self.setTabOrder(first, second)
        self._groups: dict[str, GroupSummary] = {}

    # --- starting --------------------------------------------------------------------------
    def start(self, groups: tuple[GroupSummary, ...], group_id: str = "") -> None:
        """An empty form for a session today, for ``group_id`` (or a group to choose)."""
        self._loading = True
        self.errors.clear()
        set_message(self.status_message, "")
        self._groups = {g.id: g for g in groups}
        self.group_combo.clear()
        self.group_combo.addItem(self.tr("Choose a group…"), "")
        for g in groups:
            self.group_combo.addItem(g.name, g.id)
        self.group_combo.setCurrentIndex(max(0, self.group_combo.findData(group_id)))
        self.group_combo.setToolTip(self.group_combo.currentText())
        # As wide as the longest group name, up to a limit (the tooltip shows the rest).
        self.group_combo.setMinimumWidth(min(self.group_combo.sizeHint().width(), 30 * self._em))
        self.date_edit.set_date(self._session.today())
        self.time_edit.clear()
        self.duration_spin.setValue(DEFAULT_MINUTES)
        self.module_edit.clear()
        self.location_edit.setText(
            self._groups[group_id].location if group_id in self._groups else ""
        )
        self.model.set_roster(())
        self._roster_key = ("", "")
        self._roster_group = ""
        self._loading = False
        self._dirty = False
        self._load_roster()
        (self.time_edit if group_id else self.group_combo).setFocus()

    def group_id(self) -> str:
        """The id of the group chosen (``""``: none)."""
        return str(self.group_combo.currentData() or "")

    def _group_chosen(self, _index: int = 0) -> None:
        self.group_combo.setToolTip(self.group_combo.currentText())
        group = self._groups.get(self.group_id())
        if group is not None and not self.location_edit.isModified():
            self.location_edit.setText(group.location)
        self._edited()
        self._load_roster()

    def _date_changed(self) -> None:
        self._load_roster()

    def _load_roster(self) -> None:
        """Read the roster of the group on the date typed, unless already showing."""
        gid = self.group_id()
        try:
            day = self.date_edit.date_value()
        except DateInputError:
            return
        key = (gid, day.isoformat() if day else "")
        if key == self._roster_key:
            return
        self._roster_key = key
        if not gid:
            self.model.set_roster(())
            self._roster_loaded(())
            return
        queries, actor = self._services.queries, self._session.actor
        self._session.runner.run(
            lambda: queries.roster_for_session(actor, gid, day),
            on_done=self._roster_loaded,
            on_error=self._failed,
            owner=self,
        )

    def _roster_loaded(self, entries: tuple[RosterEntry, ...]) -> None:
        # Another day of the same group: the marks of members still on the roster stay.
        same_group = self._roster_group == self._roster_key[0]
        self._roster_group = self._roster_key[0]
        self.panel.set_roster(entries, keep_marks=same_group)

    # --- saving ----------------------------------------------------------------------------
    def _edited(self, *_args: Any) -> None:
        if not self._loading:
            self._dirty = True
            set_message(self.status_message, "")

    def has_unsaved_changes(self) -> bool:
        """Whether anything was typed or ticked since the form was started or saved."""
        return self._dirty

    def _save_clicked(self) -> None:
        self.save()

    def save(self, then: Proceed | None = None) -> None:
        """Check the form and record the session; ``then`` runs once it is saved."""
        if self._busy:
            return
        self.errors.clear()
        set_message(self.status_message, "")
        gid = self.group_id()
        if not gid:
            self.errors.show("group_id", self.tr("Choose the group the session was for."))
            return
        try:
            day = self.date_edit.date_value()
        except DateInputError as exc:
            self.errors.show("held_on", str(exc))
            return
        if day is None:
            self.errors.show("held_on", self.tr("Type the date of the session."))
            return
        from peerdesk.services.sessions import SessionDraft

        draft = SessionDraft(
            group_id=gid,
            start_time=self.time_edit.text(),
            duration_minutes=self.duration_spin.value(),
            attendance=self.model.marks(),
            held_on=day,
            module=self.module_edit.text(),
            location=self.location_edit.text(),
        )
        self._after_save = then
        sessions, actor = self._services.sessions, self._session.actor
        self._set_busy(True)
        self._session.runner.run(
            lambda: sessions.record(actor, draft),
            on_done=self._recorded,
            on_error=self._save_failed,
            owner=self,
        )

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.save_button.setEnabled(not busy)

    def _recorded(self, summary: SessionSummary) -> None:
        self._set_busy(False)
        self._dirty = False
        self._session.events.announce(SESSIONS)
        set_message(self.status_message, self.saved_text(summary))
        then, self._after_save = self._after_save, None
        if then is not None:
            then()
        else:
            self.saved.emit(summary)

    def saved_text(self, summary: SessionSummary) -> str:
        """The sentence confirming ``summary`` was saved, with its attendance counts."""
        return (
            self.tr("Session saved: %1 present, %2 absent, %3 excused.")
            .replace("%1", str(summary.present))
            .replace("%2", str(summary.absent))
            .replace("%3", str(summary.excused))
        )

    def _save_failed(self, exc: Exception) -> None:
        self._set_busy(False)
        self._after_save = None
        field = exc.field if isinstance(exc, ValidationError) else ""
        if field in ("note", "sensitivity"):
            self.panel.select_first_note()
        self.errors.show(field, error_text(exc))

    def _failed(self, exc: Exception) -> None:
        self._roster_key = ("", "")
        self.errors.show("", error_text(exc))

    # --- leaving ---------------------------------------------------------------------------
    def _back(self) -> None:
        self.confirm_leave(self.back_requested.emit)

    def discard(self) -> None:
        """Forget what was typed and ticked."""
        self._dirty = False

    def confirm_leave(self, proceed: Proceed) -> None:
        """Run ``proceed`` now, or once the person chose to save or drop the session."""
        if not self.has_unsaved_changes():
            proceed()
            return
        self.leave_prompt = ask_before_leaving(
            self,
            self.tr("Save this session?"),
            self.tr("If you do not save it, the attendance ticked is lost."),
            save=lambda then: self.save(then=then),
            discard=self.discard,
            proceed=proceed,
            closed=self._forget_prompt,
        )

    def _forget_prompt(self) -> None:
        self.leave_prompt = None

    def current_index(self) -> QModelIndex:
        """The roster line selected (for tests)."""
        return self.roster.currentIndex()
