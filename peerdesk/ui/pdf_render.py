"""Drawing a PDF held in memory: the first page as a picture, every page onto a printer.

PySide6-Essentials has no QtPdf, so pages are rasterised by PDFium (``pypdfium2``). The PDF
never touches the disk: reports hold personal data, and a temporary file would outlive a crash.
PDFium is not thread-safe, so every call into it holds :data:`_PDFIUM` (the preview renders on
the database worker thread, printing on its own print thread). The lock is held one call at a
time, never for a whole print run, so a preview waits for one page at most.

Printing runs off the GUI thread (see :mod:`peerdesk.ui.print_job`): Qt allows a QPainter on
a QPrinter in another thread, one thread per printer at a time ("Thread-Support in Qt
Modules"), and the pages drawn here are pictures, so no font is rendered off the GUI thread.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPrintSupport import QPrinter

_PDFIUM = threading.Lock()
#: PDF user space: 72 units to the inch.
POINTS_PER_INCH = 72.0
#: Resolution of the on-screen preview (a page 8.5 in wide is 850 pixels).
PREVIEW_DPI = 100.0
#: The highest resolution pages are rasterised at for a printer (a 300 dpi letter page is
#: about 33 MB as a picture; higher printer resolutions are scaled up by the printer).
MAX_PRINT_DPI = 300.0
#: Rows of a page picture drawn on the printer in one call. Qt compresses a picture as it is
#: drawn on a printer, and PySide keeps Python's lock for the whole call: a 300-dpi page in
#: one call paused the window for a third of a second or more; in strips each pause is short.
STRIP_ROWS = 128


class PdfRenderError(ValueError):
    """The bytes are not a PDF PDFium can read."""


@dataclass(frozen=True)
class Preview:
    """The first page of a PDF as a picture, and how many pages the PDF has."""

    image: QImage
    page_count: int


@contextmanager
def _document(data: bytes) -> Iterator[Any]:
    """The PDF open in PDFium; the caller takes :data:`_PDFIUM` around each further call."""
    import pypdfium2 as pdfium  # type: ignore[import-untyped]

    with _PDFIUM:
        try:
            doc = pdfium.PdfDocument(data)
        except pdfium.PdfiumError as err:
            raise PdfRenderError("not a readable PDF") from err
    try:
        yield doc
    finally:
        with _PDFIUM:
            doc.close()


def _page_image(doc: Any, index: int, dpi: float) -> QImage:
    """Page ``index`` of ``doc`` as a picture (one PDFium call, under the lock)."""
    with _PDFIUM:
        page = doc[index]
        try:
            return _image(page, dpi)
        finally:
            page.close()


def _length(doc: Any) -> int:
    with _PDFIUM:
        return len(doc)


def _image(page: Any, dpi: float) -> QImage:
    """``page`` rasterised at ``dpi`` into a QImage that owns its pixels."""
    import pypdfium2.raw as pdfium_c  # type: ignore[import-untyped]

    # Forced 4-byte pixels in reversed (RGBx) order: the layout of Format_RGBX8888 on every
    # byte order, so no conversion (and no PIL) is needed.
    bitmap = page.render(
        scale=dpi / POINTS_PER_INCH,
        force_bitmap_format=pdfium_c.FPDFBitmap_BGRx,
        rev_byteorder=True,
        fill_color=(255, 255, 255, 255),
    )
    try:
        view = QImage(
            bytes(bitmap.buffer),
            bitmap.width,
            bitmap.height,
            bitmap.stride,
            QImage.Format.Format_RGBX8888,
        )
        return view.copy()  # the QImage above borrows a Python buffer about to go
    finally:
        bitmap.close()


def page_count(data: bytes) -> int:
    """How many pages the PDF ``data`` has."""
    with _document(data) as doc:
        return _length(doc)


def render_preview(data: bytes, dpi: float = PREVIEW_DPI) -> Preview:
    """The first page of ``data`` at ``dpi``, and the page count.

    Raises:
        PdfRenderError: ``data`` is not a PDF, or it has no page.
    """
    with _document(data) as doc:
        count = _length(doc)
        if count == 0:
            raise PdfRenderError("the PDF has no page")
        return Preview(_page_image(doc, 0, dpi), count)


def print_pdf(
    data: bytes,
    printer: QPrinter,
    on_page: Callable[[int, int], bool] | None = None,
    *,
    abort_when_stopped: bool = False,
) -> int:
    """Print every page of ``data`` on ``printer``, each scaled to fit the printable area.

    Pages are rasterised at the printer's resolution (at most :data:`MAX_PRINT_DPI`), keeping
    their proportions, centred on the paper. May run on any one thread at a time per printer.

    Args:
        data: the PDF.
        printer: a printer set up by the caller (``QPrintDialog``, or a PDF file in tests).
        on_page: called as ``on_page(done, total)`` before the first page (``done`` 0) and
            after each page; return False to stop.
        abort_when_stopped: when stopped, abort the print job (the printer drops what it
            has, where it can) instead of ending it with the pages printed so far.

    Returns:
        The number of pages printed.

    Raises:
        PdfRenderError: ``data`` is not a PDF, or the printer cannot be started.
    """
    dpi = min(float(printer.resolution()), MAX_PRINT_DPI)
    printed = 0
    with _document(data) as doc:
        total = _length(doc)
        if on_page is not None and not on_page(0, total):
            return 0
        painter = QPainter()
        if not painter.begin(printer):
            raise PdfRenderError("the printer could not be started")
        try:
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            for index in range(total):
                if index and not printer.newPage():
                    raise PdfRenderError("the printer refused a new page")
                image = _page_image(doc, index, dpi)
                _draw_in_strips(painter, _fit(image, printer), image)
                printed += 1
                if on_page is not None and not on_page(printed, total):
                    if abort_when_stopped:
                        printer.abort()
                    break
        finally:
            painter.end()
    return printed


def _draw_in_strips(painter: QPainter, target: QRectF, image: QImage) -> None:
    """Draw ``image`` into ``target`` a strip of :data:`STRIP_ROWS` rows at a time.

    Each strip takes one row more than its share, drawn over by the next strip, so no
    hairline shows between strips when the page is scaled.
    """
    scale = target.height() / image.height()
    for top in range(0, image.height(), STRIP_ROWS):
        rows = min(STRIP_ROWS + 1, image.height() - top)
        painter.drawImage(
            QRectF(target.x(), target.y() + top * scale, target.width(), rows * scale),
            image,
            QRectF(0, top, image.width(), rows),
        )


def _fit(image: QImage, printer: QPrinter) -> QRectF:
    """The largest rectangle of ``image``'s proportions centred in the printable area."""
    area = printer.pageLayout().paintRectPixels(printer.resolution())
    scale = min(area.width() / image.width(), area.height() / image.height())
    width, height = image.width() * scale, image.height() * scale
    return QRectF((area.width() - width) / 2, (area.height() - height) / 2, width, height)
