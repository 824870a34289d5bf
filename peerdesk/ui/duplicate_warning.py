"""The warning shown before saving a new participant who may already be on file."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from peerdesk.ui.widgets import WARNING_STYLE, paragraph

if TYPE_CHECKING:
    from peerdesk.services.duplicates import DuplicateCandidate


class DuplicateWarning(QFrame):
    """Lists possible duplicates; emits ``save_anyway``, ``cancelled`` or ``open_requested(id)``.

    Hidden until :meth:`show_candidates` is called.
    """

    save_anyway = Signal()
    cancelled = Signal()
    open_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName("duplicate_warning")
        self.setStyleSheet("#duplicate_warning { background: #fff4d6; border: 1px solid #c99a2e; }")
        title = QLabel(self.tr("This person may already be on file"))
        title.setStyleSheet(WARNING_STYLE)
        self.explanation = paragraph(
            self.tr(
                "Check the records below. Open one if it is the same person; save the new "
                "record only if it is someone else."
            )
        )
        self.list = QListWidget()
        self.list.setMaximumHeight(self.fontMetrics().height() * 5)
        self.list.itemActivated.connect(self._open)
        self.open_button = QPushButton(self.tr("Open selected record"))
        self.open_button.clicked.connect(self._open_current)
        self.save_button = QPushButton(self.tr("Save anyway"))
        self.save_button.clicked.connect(self.save_anyway)
        self.cancel_button = QPushButton(self.tr("Go back to the form"))
        self.cancel_button.clicked.connect(self.cancelled)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.explanation)
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        self.setVisible(False)

    def show_candidates(self, candidates: Sequence[DuplicateCandidate]) -> None:
        """List ``candidates`` and show the warning."""
        self.list.clear()
        for c in candidates:
            why = (
                self.tr("same DOC number")
                if c.reason == "same_doc_number"
                else self.tr("similar name, same date of birth")
            )
            text = f"{c.legal_last_name}, {c.legal_first_name} — {c.doc_number} ({why})"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, c.participant_id)
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        self.setVisible(True)
        self.list.setFocus()

    def _open(self, item: QListWidgetItem) -> None:
        self.open_requested.emit(str(item.data(Qt.ItemDataRole.UserRole)))

    def _open_current(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self._open(item)
