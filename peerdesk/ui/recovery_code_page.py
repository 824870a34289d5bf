"""The setup wizard's last page: the recovery code, shown once."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QCheckBox, QLabel, QVBoxLayout, QWidget, QWizardPage

from peerdesk.ui.widgets import enlarge, heading_label, paragraph


class RecoveryCodePage(QWizardPage):
    """Shows the recovery code once; Finish waits for "I have written it down"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Your recovery code"))
        self.code_label = QLabel()
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSizeF(QFont(self.font()).pointSizeF() * 2.0)
        mono.setBold(True)
        self.code_label.setFont(mono)
        self.code_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code_label.setStyleSheet(
            "border: 2px solid palette(mid); border-radius: 6px; padding: 16px;"
        )
        self.code_label.setAccessibleName(self.tr("Recovery code"))
        self.confirm_box = QCheckBox(self.tr("I have written it down"))
        enlarge(self.confirm_box, 1.2)
        self.confirm_box.toggled.connect(self.completeChanged)

        layout = QVBoxLayout(self)
        layout.addWidget(
            paragraph(
                self.tr(
                    "The site is ready. This code can open the records if every coordinator "
                    "forgets their passphrase. It is shown only this once."
                )
            )
        )
        layout.addSpacing(8)
        layout.addWidget(self.code_label)
        layout.addSpacing(8)
        layout.addWidget(heading_label(self.tr("Write it down and keep it locked away."), 1.25))
        layout.addWidget(
            paragraph(
                self.tr(
                    "Anyone who has this code can open every record, so treat the paper like "
                    "a key. Do not save it on this computer."
                )
            )
        )
        layout.addSpacing(8)
        layout.addWidget(self.confirm_box)
        layout.addStretch(1)

    def show_code(self, code: str) -> None:
        """Put the new code on the page."""
        self.code_label.setText(code)

    def forget_code(self) -> None:
        """Wipe the code from the page once it has been written down."""
        self.code_label.clear()

    def confirmed(self) -> bool:
        """Whether the person ticked "I have written it down"."""
        return self.confirm_box.isChecked()

    def isComplete(self) -> bool:
        """Finish is enabled only once the box is ticked."""
        return self.confirmed()
