"""Drawing a PDF held in memory: the first page as a picture, every page onto a printer.

PySide6-Essentials has no QtPdf, so pages are rasterised by PDFium (``pypdfium2``). The PDF
never touches the disk: reports hold personal data, and a temporary file would outlive a crash.
PDFium is not thread-safe, so every call into it holds :data:`_PDFIUM` (the preview renders on
the worker thread, printing on the GUI thread).
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


class PdfRenderError(ValueError):
    """The bytes are not a PDF PDFium can read."""


@dataclass(frozen=True)
class Preview:
    """The first page of a PDF as a picture, and how many pages the PDF has."""

    image: QImage
    page_count: int


@contextmanager
def _document(data: bytes) -> Iterator[Any]:
    import pypdfium2 as pdfium  # type: ignore[import-untyped]

    with _PDFIUM:
        try:
            doc = pdfium.PdfDocument(data)
        except pdfium.PdfiumError as err:
            raise PdfRenderError("not a readable PDF") from err
        try:
            yield doc
        finally:
            doc.close()


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
        return len(doc)


def render_preview(data: bytes, dpi: float = PREVIEW_DPI) -> Preview:
    """The first page of ``data`` at ``dpi``, and the page count.

    Raises:
        PdfRenderError: ``data`` is not a PDF, or it has no page.
    """
    with _document(data) as doc:
        if len(doc) == 0:
            raise PdfRenderError("the PDF has no page")
        page = doc[0]
        try:
            return Preview(_image(page, dpi), len(doc))
        finally:
            page.close()


def print_pdf(
    data: bytes,
    printer: QPrinter,
    on_page: Callable[[int, int], bool] | None = None,
) -> int:
    """Print every page of ``data`` on ``printer``, each scaled to fit the printable area.

    Pages are rasterised at the printer's resolution (at most :data:`MAX_PRINT_DPI`), keeping
    their proportions, centred on the paper.

    Args:
        data: the PDF.
        printer: a printer set up by the caller (``QPrintDialog``, or a PDF file in tests).
        on_page: called as ``on_page(done, total)`` after each page; return False to stop.

    Returns:
        The number of pages printed.

    Raises:
        PdfRenderError: ``data`` is not a PDF, or the printer cannot be started.
    """
    dpi = min(float(printer.resolution()), MAX_PRINT_DPI)
    printed = 0
    with _document(data) as doc:
        total = len(doc)
        painter = QPainter()
        if not painter.begin(printer):
            raise PdfRenderError("the printer could not be started")
        try:
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            for index in range(total):
                if index and not printer.newPage():
                    raise PdfRenderError("the printer refused a new page")
                page = doc[index]
                try:
                    image = _image(page, dpi)
                finally:
                    page.close()
                painter.drawImage(_fit(image, printer), image)
                printed += 1
                if on_page is not None and not on_page(printed, total):
                    break
        finally:
            painter.end()
    return printed


def _fit(image: QImage, printer: QPrinter) -> QRectF:
    """The largest rectangle of ``image``'s proportions centred in the printable area."""
    area = printer.pageLayout().paintRectPixels(printer.resolution())
    scale = min(area.width() / image.width(), area.height() / image.height())
    width, height = image.width() * scale, image.height() * scale
    return QRectF((area.width() - width) / 2, (area.height() - height) / 2, width, height)
