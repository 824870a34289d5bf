"""What an import will change, shown before anything is written, with Import and Cancel."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFrame, QPushButton, QVBoxLayout, QWidget

from peerdesk.ui.flow_layout import FlowLayout
from peerdesk.ui.sync_models import PreviewLine, PreviewTableModel
from peerdesk.ui.table_views import row_table
from peerdesk.ui.whole_text import keep_whole, keep_whole_now
from peerdesk.ui.widgets import paragraph

if TYPE_CHECKING:
    from peerdesk.services.sync_import import ImportPreview


class ImportPreviewPanel(QFrame):
    """A bundle's preview: who sent it, counts, and new and updated records per kind.

    ``apply_button`` and ``cancel_button`` are wired by the owner.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("import_preview")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#import_preview { background: #eef4fb; border: 1px solid #7a9cc6; }")
        self.text = paragraph("")
        keep_whole(self.text)
        self.model = PreviewTableModel(self)
        self.table = row_table(self.model, self.tr("What the import changes"))
        self.apply_button = QPushButton(self.tr("Import these changes"))
        self.apply_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        row = FlowLayout(align_right=True)  # more lines when narrow (200 % text)
        row.addWidget(self.cancel_button)
        row.addWidget(self.apply_button)
        box = QVBoxLayout(self)
        box.addWidget(self.text)
        box.addWidget(self.table)
        box.addLayout(row)
        self.setVisible(False)

    def show_preview(self, preview: ImportPreview) -> None:
        """Fill the panel from ``preview`` and show it."""
        lines = [
            PreviewLine(t, preview.new.get(t, 0), preview.changed.get(t, 0))
            for t in sorted({*preview.new, *preview.changed})
        ]
        self.model.set_rows(lines)
        self.table.resizeColumnsToContents()
        shown = min(len(lines), 6)  # as tall as its lines (up to six, then it scrolls)
        rows = self.table.verticalHeader().defaultSectionSize() * shown
        header = self.table.horizontalHeader().height()
        self.table.setFixedHeight(header + rows + 2 * self.table.frameWidth())
        self.table.setVisible(bool(lines))  # no empty table: the sentence says "0"
        sender = preview.sender_name or self.tr("another site")
        self.text.setText(
            self.tr(
                "Bundle #%1 from %2, written %3. New records: %4. Updated records: %5. "
                "Unchanged: %6. To be listed for review: conflicts %7, possible duplicates "
                "%8. Nothing has been imported yet."
            )
            .replace("%1", str(preview.sequence))
            .replace("%2", sender)
            .replace("%3", preview.created_at[:10])
            .replace("%4", str(sum(preview.new.values())))
            .replace("%5", str(sum(preview.changed.values())))
            .replace("%6", str(preview.unchanged))
            .replace("%7", str(preview.conflicts))
            .replace("%8", str(preview.duplicates))
        )
        if preview.settled:
            self.text.setText(
                self.text.text()
                + " "
                + self.tr("Conflicts settled at the other site, to be closed here: %1.").replace(
                    "%1", str(preview.settled)
                )
            )
        self.setVisible(True)
        keep_whole_now(self.text)
