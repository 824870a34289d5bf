"""PDFs drawn from memory: the first page as a picture, all pages onto a (PDF file) printer."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QColor, QPageSize
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen.canvas import Canvas

from peerdesk.ui.pdf_render import PdfRenderError, page_count, print_pdf, render_preview


def two_page_pdf() -> bytes:
    """Letter pages; page 1 has a black square one inch wide, one inch from the top left."""
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=letter)
    canvas.setFillColorRGB(0, 0, 0)
    canvas.rect(72, letter[1] - 144, 72, 72, stroke=0, fill=1)
    canvas.showPage()
    canvas.drawString(72, 700, "second page")
    canvas.showPage()
    canvas.save()
    return out.getvalue()


def pdf_printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.Letter))
    printer.setResolution(72)
    return printer


def test_first_page_at_the_preview_resolution(qapp: QApplication) -> None:
    preview = render_preview(two_page_pdf(), dpi=100)
    assert preview.page_count == 2
    assert (preview.image.width(), preview.image.height()) == (850, 1100)
    # The square covers inches 1..2 from the left and the top: 100..200 px at 100 dpi.
    assert QColor(preview.image.pixel(150, 150)).lightness() < 20
    assert QColor(preview.image.pixel(50, 50)).lightness() > 240
    assert QColor(preview.image.pixel(250, 150)).lightness() > 240


def test_not_a_pdf(qapp: QApplication) -> None:
    with pytest.raises(PdfRenderError):
        render_preview(b"%PDF-1.4 not really")
    with pytest.raises(PdfRenderError):
        page_count(b"")


def test_every_page_printed(qapp: QApplication, tmp_path: Path) -> None:
    data = two_page_pdf()
    out = tmp_path / "printed.pdf"
    seen: list[tuple[int, int]] = []

    def track(done: int, total: int) -> bool:
        seen.append((done, total))
        return True

    assert print_pdf(data, pdf_printer(out), track) == 2
    assert seen == [(0, 2), (1, 2), (2, 2)]
    reader = PdfReader(out)
    assert len(reader.pages) == page_count(data) == 2
    # The page picture was drawn: the printed file is far from an empty page.
    assert out.stat().st_size > 5_000


def test_printing_stops_when_asked(qapp: QApplication, tmp_path: Path) -> None:
    out = tmp_path / "one.pdf"
    assert print_pdf(two_page_pdf(), pdf_printer(out), lambda done, total: done == 0) == 1
    assert len(PdfReader(out).pages) == 1


def test_a_printed_page_has_no_seam_between_its_strips(qapp: QApplication, tmp_path: Path) -> None:
    """Pages are drawn in strips (short pauses for the window) that land edge to edge."""
    out = tmp_path / "square.pdf"
    printer = pdf_printer(out)
    printer.setResolution(150)  # scaled into the printable area: strip edges fall mid-pixel
    assert print_pdf(two_page_pdf(), printer) == 2
    image = render_preview(out.read_bytes(), dpi=100).image
    dark = [
        (x, y)
        for y in range(0, image.height(), 2)
        for x in range(0, image.width() // 2, 2)
        if QColor(image.pixel(x, y)).lightness() < 60
    ]
    assert dark, "the square was not printed"
    left, right = min(x for x, _ in dark) + 4, max(x for x, _ in dark) - 4
    top, bottom = min(y for _, y in dark) + 4, max(y for _, y in dark) - 4
    assert bottom - top > 60  # about an inch at 100 dpi, less the margins' scaling
    for y in range(top, bottom):
        assert QColor(image.pixel((left + right) // 2, y)).lightness() < 60, f"seam at {y}"
