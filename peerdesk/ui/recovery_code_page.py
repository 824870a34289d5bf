"""The setup wizard's last page: the recovery code, shown once."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from peerdesk.ui.print_job import PrintJob
from peerdesk.ui.widgets import enlarge, heading_label, paragraph


class RecoveryCodePage(QWizardPage):
    """Shows the recovery code once, with a button to print it on paper; Finish waits for
    "I have written it down".

    The printed sheet is made in memory and goes straight to the printer chosen in the Print
    dialog; peerdesk writes it to no file.
    """

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
        self.print_button = QPushButton(self.tr("&Print the code…"))
        self.print_button.setToolTip(self.tr("Print the code with how to keep it, on one page"))
        self.print_button.clicked.connect(self.print_code)
        self.print_status = QLabel()
        self.print_status.setWordWrap(True)
        self.print_job: PrintJob | None = None
        self._site_name = ""
        self._made = datetime.now(UTC)
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
        row = QHBoxLayout()
        row.addWidget(self.print_button)
        row.addWidget(self.print_status, 1)
        layout.addLayout(row)
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

    def show_code(self, code: str, site_name: str = "") -> None:
        """Put the new code of the site ``site_name`` on the page."""
        self.code_label.setText(code)
        self._site_name = site_name
        self._made = datetime.now(UTC)

    def forget_code(self) -> None:
        """Wipe the code from the page once it has been written down."""
        self.code_label.clear()
        self.print_button.setEnabled(False)

    # --- printing ---------------------------------------------------------------------------
    def ask_printer(self) -> QPrinter | None:
        """A printer chosen in the Print dialog (None when cancelled); replaced in tests."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print the recovery code"))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return printer

    def print_code(self) -> None:
        """Ask for a printer, then print the one-page sheet on it off the GUI thread."""
        code = self.code_label.text()
        if not code or self.print_job is not None:
            return
        printer = self.ask_printer()
        if printer is None:
            return
        from peerdesk.reports.recovery_sheet import build_recovery_sheet

        language = "es" if QLocale().language() == QLocale.Language.Spanish else "en"
        pdf = build_recovery_sheet(code, self._site_name, self._made, language)
        job = PrintJob(pdf, printer)
        self.print_job = job
        job.ended.connect(self._print_ended)
        self.destroyed.connect(job.cancel)
        self.print_button.setEnabled(False)
        self.print_status.setText(self.tr("Printing…"))
        job.begin()

    def _print_ended(self) -> None:
        job, self.print_job = self.print_job, None
        self.print_button.setEnabled(bool(self.code_label.text()))
        if job is None or job.cancelled:
            self.print_status.clear()
        elif job.failed:
            self.print_status.setText(self.tr("The code could not be printed. Check the printer."))
        else:
            self.print_status.setText(
                self.tr("Sent to the printer. Keep the paper with the code somewhere locked.")
            )

    def confirmed(self) -> bool:
        """Whether the person ticked "I have written it down"."""
        return self.confirm_box.isChecked()

    def isComplete(self) -> bool:
        """Finish is enabled only once the box is ticked."""
        return self.confirmed()
