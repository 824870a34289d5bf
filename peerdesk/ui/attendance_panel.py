"""The roster to tick and, under it, the reason and the note of the member selected.

Keyboard: the roster takes the arrows; Space ticks present (or back to absent), ``E`` marks
excused, ``A`` absent, ``P`` present; Tab reaches the attendance, the reason and the note of
the member selected.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from peerdesk.domain.note_rules import Sensitivity, can_write
from peerdesk.ui.attendance_model import (
    ABSENT,
    COL_NAME,
    COL_REASON,
    EXCUSED,
    PRESENT,
    AttendanceModel,
    roster_name,
)
from peerdesk.ui.form_labels import add_row
from peerdesk.ui.group_labels import ABSENCE_REASONS, absence_reason_label
from peerdesk.ui.labels import label
from peerdesk.ui.widgets import hint_label

if TYPE_CHECKING:
    from peerdesk.domain.roles import Role
    from peerdesk.services.timeline import RosterEntry
    from peerdesk.ui.form_fields import FieldErrors

_STATUS_KEYS = {Qt.Key.Key_P: PRESENT, Qt.Key.Key_A: ABSENT, Qt.Key.Key_E: EXCUSED}


class RosterView(QTableView):
    """The roster table: Space ticks present whichever column is current; P, A, E set it."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        model = self.model()
        row = self.currentIndex().row()
        if isinstance(model, AttendanceModel) and row >= 0 and not event.modifiers():
            key = Qt.Key(event.key())
            if key in (Qt.Key.Key_Space, Qt.Key.Key_Select):
                model.toggle(row)
                return
            if key in _STATUS_KEYS:
                model.set_status(row, _STATUS_KEYS[key])
                return
        super().keyPressEvent(event)


class AttendancePanel(QWidget):
    """The roster with its counts, and the member selected's attendance, reason and note.

    ``edited`` is emitted after every change a person makes.

    Args:
        role: the signed-in role (which note sensitivities it may write).
        may_write_notes: whether the note fields are shown.
        errors: where the form's messages go (``attendance``, ``note``, ``sensitivity``).
    """

    edited = Signal()

    def __init__(
        self,
        role: Role,
        may_write_notes: bool,
        errors: FieldErrors,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._syncing = False
        self.may_write_notes = may_write_notes
        self.model = AttendanceModel(self)
        self.roster = RosterView()
        self.roster.setModel(self.model)
        self.roster.setAccessibleName(self.tr("Roster: Space ticks present"))
        self.roster.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.roster.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.roster.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.roster.setTabKeyNavigation(False)
        self.roster.setAlternatingRowColors(True)
        self.roster.verticalHeader().setVisible(False)
        rows = self.roster.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 12)
        # At least five members in view, whatever the text size (stacked under the form at
        # 200 % text the roster was squeezed to one line).
        header_height = self.roster.horizontalHeader().sizeHint().height()
        self.roster.setMinimumHeight(header_height + 5 * rows.defaultSectionSize() + 4)
        self.roster.horizontalHeader().setStretchLastSection(True)
        self.roster.selectionModel().currentRowChanged.connect(self._show_line)
        self.model.edited.connect(self._roster_edited)
        self.roster_hint = hint_label(
            self.tr(
                "Arrows move, Space ticks present, E marks excused, A absent. "
                "Tab goes to the reason and the note of the member selected."
            )
        )
        self.counts_label = QLabel()
        self.all_present_button = QPushButton(self.tr("Everyone &present"))
        self.all_present_button.clicked.connect(self.model.set_all_present)

        self.member_box = QGroupBox(self.tr("Member selected"))
        self.status_combo = QComboBox()
        self.status_combo.setAccessibleName(self.tr("Attendance of the member selected"))
        for status in (PRESENT, ABSENT, EXCUSED):
            self.status_combo.addItem(label("attendance", status), status)
        self.reason_combo = QComboBox()
        self.reason_combo.setAccessibleName(self.tr("Reason for the absence"))
        self.reason_combo.addItem(self.tr("No reason given"), "")
        for code in ABSENCE_REASONS:
            self.reason_combo.addItem(absence_reason_label(code), code)
        self.note_edit = QPlainTextEdit()
        self.note_edit.setAccessibleName(self.tr("Note about the member selected"))
        self.note_edit.setPlaceholderText(self.tr("Optional note about this member"))
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 16)
        self.sensitivity_combo = QComboBox()
        self.sensitivity_combo.setAccessibleName(self.tr("Sensitivity of the note"))
        for level in Sensitivity:
            if can_write(role, level):
                self.sensitivity_combo.addItem(label("sensitivity", level.value), level.value)
        member_form = QFormLayout(self.member_box)
        member_form.addRow(self.tr("Attendance:"), self.status_combo)
        member_form.addRow(self.tr("Reason:"), self.reason_combo)
        if may_write_notes:
            add_row(member_form, self.tr("Note:"), errors.field("note", self.note_edit))
            add_row(
                member_form,
                self.tr("Sensitivity:"),
                errors.field("sensitivity", self.sensitivity_combo),
            )
        else:
            self.note_edit.setVisible(False)
            self.sensitivity_combo.setVisible(False)
        self.status_combo.activated.connect(self._status_chosen)
        self.reason_combo.activated.connect(self._reason_chosen)
        self.note_edit.textChanged.connect(self._note_changed)
        self.sensitivity_combo.activated.connect(self._note_changed)

        top = QHBoxLayout()
        top.addWidget(self.counts_label, 1)
        top.addWidget(self.all_present_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(errors.field("attendance", self.roster), 1)
        layout.addWidget(self.roster_hint)
        layout.addWidget(self.member_box)
        self._show_line()

    def tab_chain(self) -> list[QWidget]:
        """The panel's controls in the order Tab visits them."""
        chain: list[QWidget] = [self.roster, self.status_combo, self.reason_combo]
        if self.may_write_notes:
            chain += [self.note_edit, self.sensitivity_combo]
        return [*chain, self.all_present_button]

    def set_roster(self, entries: Sequence[RosterEntry], keep_marks: bool = False) -> None:
        """Show ``entries`` (see ``AttendanceModel.set_roster``) with the first one selected."""
        self.model.set_roster(entries, keep_marks=keep_marks)
        # A roster is a few dozen lines at most: measuring them is cheap.
        roster = self.roster
        roster.resizeColumnsToContents()
        for column in range(self.model.columnCount()):
            roster.setColumnWidth(column, roster.columnWidth(column) + 16)
        metrics = roster.fontMetrics()
        widest_reason = max(
            metrics.horizontalAdvance(self.reason_combo.itemText(i))
            for i in range(self.reason_combo.count())
        )
        roster.setColumnWidth(COL_REASON, max(roster.columnWidth(COL_REASON), widest_reason + 16))
        self._show_counts()
        if entries:
            roster.setCurrentIndex(self.model.index(0, COL_NAME))
        self._show_line()

    def select_first_note(self) -> None:
        """Select the first member with a note (where a message about notes belongs)."""
        for row, line in enumerate(self.model.lines()):
            if line.note.strip():
                self.roster.setCurrentIndex(self.model.index(row, COL_NAME))
                return

    # --- showing ---------------------------------------------------------------------------
    def _show_counts(self) -> None:
        counts = self.model.counts()
        self.counts_label.setText(
            self.tr("Present: %1 · Absent: %2 · Excused: %3 (of %4)")
            .replace("%1", str(counts[PRESENT]))
            .replace("%2", str(counts[ABSENT]))
            .replace("%3", str(counts[EXCUSED]))
            .replace("%4", str(self.model.rowCount()))
        )

    def _row(self) -> int:
        return self.roster.currentIndex().row()

    def _show_line(self, *_args: Any) -> None:
        row = self._row()
        has_line = 0 <= row < self.model.rowCount()
        self.member_box.setEnabled(has_line)
        self._syncing = True
        try:
            if has_line:
                line = self.model.line(row)
                self.member_box.setTitle(
                    self.tr("Member selected: %1").replace("%1", roster_name(line.entry))
                )
                self.status_combo.setCurrentIndex(self.status_combo.findData(line.status))
                self.reason_combo.setCurrentIndex(max(0, self.reason_combo.findData(line.reason)))
                self.reason_combo.setEnabled(line.status != PRESENT)
                if self.note_edit.toPlainText() != line.note:
                    self.note_edit.setPlainText(line.note)
                self.sensitivity_combo.setCurrentIndex(
                    max(0, self.sensitivity_combo.findData(line.sensitivity))
                )
            else:
                self.member_box.setTitle(self.tr("Member selected"))
                self.note_edit.clear()
        finally:
            self._syncing = False

    # --- changes ---------------------------------------------------------------------------
    def _roster_edited(self) -> None:
        self._show_counts()
        self._show_line()
        self.edited.emit()

    def _status_chosen(self, _index: int) -> None:
        self.model.set_status(self._row(), str(self.status_combo.currentData()))

    def _reason_chosen(self, _index: int) -> None:
        self.model.set_reason(self._row(), str(self.reason_combo.currentData() or ""))

    def _note_changed(self, *_args: Any) -> None:
        if self._syncing:
            return
        self.model.set_note(
            self._row(),
            self.note_edit.toPlainText(),
            str(self.sensitivity_combo.currentData() or Sensitivity.GENERAL.value),
        )
