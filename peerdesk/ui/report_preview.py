"""A report made: the picture of its first page, Save… and Print….

The PDF stays in memory (reports hold personal data: no temporary file) until it is saved,
written whole or not at all by ``reports.output``, or printed page by page on a print thread
(``print_job``), with a progress bar and Cancel while the window stays usable.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QStandardPaths, Qt, Signal
from PySide6.QtGui import QPixmap, QResizeEvent
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from peerdesk.ui.pdf_render import Preview
from peerdesk.ui.print_job import PrintJob
from peerdesk.ui.report_messages import report_error_text
from peerdesk.ui.whole_text import keep_whole

if TYPE_CHECKING:
    from peerdesk.ui.session import UiSession

#: Widest the preview picture is shown (pixels); it shrinks with the window.
PREVIEW_MAX_WIDTH = 900


class ReportPreview(QWidget):
    """Shows a report's first page; saves or prints the report.

    Emits ``said(text)`` when a report was saved or printed and ``failed(text)`` when it
    could not be, for the screen to show.

    Args:
        session: the signed-in session (saving goes through its runner).
    """

    said = Signal(str)
    failed = Signal(str)

    def __init__(self, session: UiSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._pdf: bytes | None = None
        self._preview: Preview | None = None
        self._file_name = "report.pdf"
        self.picture = QLabel()
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # The placeholder wraps: at 200 % text it ran off sideways in the scroll area.
        self.picture.setWordWrap(True)
        self.picture.setAccessibleName(self.tr("Preview of the first page"))
        self.area = QScrollArea()
        self.area.setWidgetResizable(True)
        self.area.setFrameShape(QFrame.Shape.StyledPanel)
        self.area.setWidget(self.picture)
        # Room for a page worth looking at: at 200 % text the Reports section puts the
        # preview under the parameters rather than squeezing it beside them.
        em = self.fontMetrics().horizontalAdvance("M")
        self.area.setMinimumSize(24 * em, 20 * em)
        self.pages_label = QLabel()
        self.pages_label.setWordWrap(True)
        # It takes more lines rather than widening the preview: the preview stays where it
        # is (beside the parameters or under them) when a report is made.
        self.pages_label.setMinimumWidth(1)
        keep_whole(self.pages_label)
        self.save_button = QPushButton(self.tr("&Save…"))
        self.save_button.setToolTip(self.tr("Save the report as a PDF file (Ctrl+S)"))
        self.save_button.clicked.connect(self.save)
        self.print_button = QPushButton(self.tr("&Print…"))
        self.print_button.setToolTip(self.tr("Print the report (Ctrl+P)"))
        self.print_button.clicked.connect(self.print_report)
        self.print_job: PrintJob | None = None
        self.print_progress = QProgressBar()
        self.print_progress.setAccessibleName(self.tr("Printing progress"))
        self.print_progress.setVisible(False)
        self.cancel_print_button = QPushButton(self.tr("Cancel printing"))
        self.cancel_print_button.setToolTip(self.tr("Stop printing after the page being printed"))
        self.cancel_print_button.setVisible(False)
        self.cancel_print_button.clicked.connect(self.cancel_printing)
        actions = QHBoxLayout()
        actions.addWidget(self.pages_label, 1)  # the room left: wrapped lines only if need be
        actions.addWidget(self.print_progress, 1)
        actions.addWidget(self.cancel_print_button)
        actions.addWidget(self.save_button)
        actions.addWidget(self.print_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.area, 1)
        layout.addLayout(actions)
        self.clear()

    @property
    def pdf(self) -> bytes | None:
        """The report shown, as PDF bytes (None when there is none)."""
        return self._pdf

    def pixmap(self) -> QPixmap:
        """The picture of the first page as shown (null when there is none)."""
        return self.picture.pixmap()

    def clear(self) -> None:
        """Show no report (the PDF is dropped)."""
        self._pdf = None
        self._preview = None
        self.picture.setPixmap(QPixmap())
        self.picture.setText(self.tr("The first page of the report shows here."))
        self.pages_label.setText("")
        self._enable_buttons()

    def show_report(self, pdf: bytes, preview: Preview, file_name: str) -> None:
        """Show the report ``pdf`` (its first page drawn in ``preview``)."""
        self._pdf, self._preview, self._file_name = pdf, preview, file_name
        self._scale()
        self.pages_label.setText(
            self.tr("First page of %1. Pages in all: %2.")
            .replace("%1", file_name)
            .replace("%2", str(preview.page_count))
        )
        self._enable_buttons()

    def _enable_buttons(self) -> None:
        has_report = self._pdf is not None
        self.save_button.setEnabled(has_report)
        self.print_button.setEnabled(has_report and self.print_job is None)

    def _scale(self) -> None:
        if self._preview is None:
            return
        image = self._preview.image
        room = self.area.viewport().width() - 24
        width = max(200, min(PREVIEW_MAX_WIDTH, room, image.width()))
        pixmap = QPixmap.fromImage(image).scaledToWidth(
            width, Qt.TransformationMode.SmoothTransformation
        )
        self.picture.setPixmap(pixmap)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._scale()

    # --- saving and printing -----------------------------------------------------------------
    def ask_save_path(self) -> str:
        """The file chosen in the Save dialog ("" when cancelled); replaced in tests."""
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save report"),
            str(Path(folder) / self._file_name),
            self.tr("PDF files (*.pdf)"),
        )
        return path

    def save(self) -> None:
        """Ask where, then write the PDF there whole (or leave the place as it was)."""
        pdf = self._pdf
        if pdf is None:
            return
        chosen = self.ask_save_path()
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        from peerdesk.reports.output import check_output_file, write_file

        def work() -> Path:
            write_file(check_output_file(path), pdf)
            return path

        self._session.runner.run(
            work,
            on_done=lambda saved: self.said.emit(self.tr("Saved to %1.").replace("%1", str(saved))),
            on_error=lambda exc: self.failed.emit(report_error_text(exc)),
            owner=self,
        )

    def ask_printer(self) -> QPrinter | None:
        """A printer chosen in the Print dialog (None when cancelled); replaced in tests."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print report"))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return printer

    def is_printing(self) -> bool:
        """Whether a report is being printed."""
        return self.print_job is not None

    def print_report(self) -> None:
        """Ask for a printer, then print every page of the report on it, on a print thread.

        The window stays usable; a progress bar shows the pages sent and Cancel stops.
        """
        pdf = self._pdf
        if pdf is None or self.print_job is not None:
            return
        printer = self.ask_printer()
        if printer is None:
            return
        job = PrintJob(pdf, printer)
        self.print_job = job
        job.progressed.connect(self._print_progressed)
        job.ended.connect(self._print_ended)
        self.destroyed.connect(job.cancel)  # the window closed: stop, nobody is watching
        self.print_progress.setRange(0, 0)  # busy until the page count is known
        self.print_progress.setFormat(self.tr("%v of %m pages sent"))
        self.print_progress.setVisible(True)
        self.cancel_print_button.setEnabled(True)
        self.cancel_print_button.setVisible(True)
        self._enable_buttons()
        job.begin()

    def cancel_printing(self) -> None:
        """Stop printing after the page being printed."""
        if self.print_job is not None:
            self.print_job.cancel()
            self.cancel_print_button.setEnabled(False)
            self.print_progress.setFormat(self.tr("Cancelling…"))

    def _print_progressed(self, done: int, total: int) -> None:
        if self.print_job is None:
            return
        self.print_progress.setRange(0, max(1, total))
        self.print_progress.setValue(done)

    def _print_ended(self) -> None:
        job = self.print_job
        self.print_job = None
        self.print_progress.setVisible(False)
        self.cancel_print_button.setVisible(False)
        self._enable_buttons()
        if job is None:
            return
        if job.failed:
            self.failed.emit(self.tr("The report could not be printed. Check the printer."))
        elif job.cancelled:
            self.said.emit(
                self.tr("Printing was cancelled after %1 of %2 pages.")
                .replace("%1", str(job.printed))
                .replace("%2", str(job.total))
            )
        else:
            self.said.emit(self.tr("Sent %1 pages to the printer.").replace("%1", str(job.printed)))
