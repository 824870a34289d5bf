"""Printing a report on its own thread, with progress and Cancel.

Why a thread of its own, and why the whole print run there: rasterising a page with PDFium
and drawing it on the printer take about a quarter of a second a page, which froze the window
for a long report. Qt allows a QPainter on a QPrinter outside the GUI thread, one thread per
printer at a time ("Thread-Support in Qt Modules"); the printer is chosen and set up in the
Print dialog on the GUI thread, then handed over and not touched there until the run ends.
The pages are drawn as pictures, so no text is rendered off the GUI thread. Not the database
worker: a long print would hold up every other query behind it.

The GUI hears of progress through queued signals only, and Cancel sets a flag the run reads
after each page.
"""

from __future__ import annotations

import logging
import threading

from PySide6.QtCore import QCoreApplication, QThread, Signal
from PySide6.QtPrintSupport import QPrinter

from peerdesk.ui.pdf_render import PdfRenderError, print_pdf

log = logging.getLogger(__name__)

#: Print runs not yet finished: kept here, not owned by a window that may close first.
_RUNNING: set[PrintJob] = set()
_HOOKED: list[bool] = []  # whether stop_all is connected to the application's quitting
#: How long quitting waits for a print run to stop after it was told to (ms).
QUIT_WAIT_MS = 10_000


class PrintJob(QThread):
    """Prints a PDF on a printer in a thread of its own.

    Emits ``progressed(done, total)`` (``done`` 0 once the page count is known) and, when the
    run is over, ``ended`` (read :attr:`printed`, :attr:`total`, :attr:`cancelled`,
    :attr:`failed`). Start it with :meth:`begin`, not ``start``.

    Args:
        pdf: the PDF.
        printer: set up by the caller; used only by this thread until ``ended``.
    """

    progressed = Signal(int, int)
    ended = Signal()

    def __init__(self, pdf: bytes, printer: QPrinter) -> None:
        super().__init__()
        self.setObjectName("peerdesk-print")
        self._pdf = pdf
        self._printer = printer
        self._stop = threading.Event()
        self.printed = 0
        self.total = 0
        self.cancelled = False
        self.failed = False
        self.finished.connect(self._done)

    def begin(self) -> None:
        """Start printing (the job keeps itself alive until it ends)."""
        _RUNNING.add(self)
        app = QCoreApplication.instance()
        if app is not None and not _HOOKED:
            app.aboutToQuit.connect(stop_all)
            _HOOKED.append(True)
        self.start()

    def cancel(self) -> None:
        """Stop after the page being printed; the printer is asked to drop the job."""
        self._stop.set()

    def run(self) -> None:
        def step(done: int, total: int) -> bool:
            self.total = total
            self.printed = done
            self.progressed.emit(done, total)
            return not self._stop.is_set()

        try:
            self.printed = print_pdf(self._pdf, self._printer, step, abort_when_stopped=True)
        except PdfRenderError:
            self.failed = True
        except Exception:  # a bug: say so, keep the window working, log the type only
            log.exception("printing failed")
            self.failed = True
        self.cancelled = self._stop.is_set() and not self.failed

    def _done(self) -> None:
        _RUNNING.discard(self)
        self.ended.emit()
        self.deleteLater()


def stop_all() -> None:
    """Cancel every print run and wait for each to stop (the application is quitting)."""
    for job in list(_RUNNING):
        job.cancel()
        job.wait(QUIT_WAIT_MS)
