"""The layout kit every PDF report shares: styles, page furniture, tables, building to bytes.

Every page carries the site name and the report title at the top, and "Confidential", who
generated it and when, and "Page X of Y" at the foot. A page that shows substance-use
treatment information (42 CFR Part 2) also carries the regulation's short notice above the
foot: content between ``SudBegin()`` and ``SudEnd()`` marks the pages it lands on.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any, TypeAlias
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import LETTER, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from peerdesk.reports.fonts import BOLD, ITALIC, REGULAR, register_fonts
from peerdesk.reports.i18n_catalog import Catalog
from peerdesk.reports.i18n_texts import SUD_NOTICE_SHORT

MARGIN = 0.75 * inch
TOP = 0.95 * inch
BOTTOM = 1.05 * inch
INK = colors.HexColor("#1f2933")
ACCENT = colors.HexColor("#1d4e89")
MUTED = colors.HexColor("#52606d")
RULE = colors.HexColor("#9aa5b1")
ZEBRA = colors.HexColor("#f0f4f8")


@dataclass(frozen=True)
class Styles:
    title: ParagraphStyle
    subtitle: ParagraphStyle
    heading: ParagraphStyle
    body: ParagraphStyle
    small: ParagraphStyle
    cell: ParagraphStyle
    cell_right: ParagraphStyle
    cell_bold: ParagraphStyle
    cell_bold_right: ParagraphStyle
    cell_head: ParagraphStyle
    cell_head_right: ParagraphStyle
    notice: ParagraphStyle
    disclaimer: ParagraphStyle


@cache
def styles() -> Styles:
    """The report paragraph styles (DejaVu Sans, so any name prints)."""
    register_fonts()
    base = ParagraphStyle("body", fontName=REGULAR, fontSize=9.5, leading=12.5, textColor=INK)
    cell = ParagraphStyle("cell", parent=base, fontSize=8.5, leading=10.5)
    return Styles(
        title=ParagraphStyle(
            "title", parent=base, fontName=BOLD, fontSize=17, leading=21, textColor=ACCENT
        ),
        subtitle=ParagraphStyle("subtitle", parent=base, fontSize=11, leading=14, spaceAfter=4),
        heading=ParagraphStyle(
            "heading",
            parent=base,
            fontName=BOLD,
            fontSize=11.5,
            leading=14,
            textColor=ACCENT,
            spaceBefore=10,
            spaceAfter=4,
            keepWithNext=1,
        ),
        body=base,
        small=ParagraphStyle("small", parent=base, fontSize=8, leading=10, textColor=MUTED),
        cell=cell,
        cell_right=ParagraphStyle("cell_right", parent=cell, alignment=2),
        cell_bold=ParagraphStyle("cell_bold", parent=cell, fontName=BOLD),
        cell_bold_right=ParagraphStyle("cell_bold_right", parent=cell, fontName=BOLD, alignment=2),
        cell_head=ParagraphStyle(
            "cell_head", parent=cell, fontName=BOLD, fontSize=8, textColor=colors.white
        ),
        cell_head_right=ParagraphStyle(
            "cell_head_right",
            parent=cell,
            fontName=BOLD,
            fontSize=8,
            textColor=colors.white,
            alignment=2,
        ),
        notice=ParagraphStyle("notice", parent=base, fontSize=7.5, leading=9.5),
        disclaimer=ParagraphStyle(
            "disclaimer", parent=base, fontName=ITALIC, fontSize=9, leading=12, textColor=MUTED
        ),
    )


def para(text: str, style: ParagraphStyle | None = None) -> Paragraph:
    """A paragraph of plain text (escaped: a name with ``&`` or ``<`` prints as typed)."""
    body = escape(text).replace("\n", "<br/>")
    return Paragraph(body, style or styles().body)


def markup(text: str, style: ParagraphStyle | None = None) -> Paragraph:
    """A paragraph of trusted reportlab markup (``<b>``, ``<br/>``), never user text."""
    return Paragraph(text, style or styles().body)


def heading(text: str) -> Paragraph:
    return para(text, styles().heading)


def gap(points: float = 6) -> Spacer:
    return Spacer(1, points)


Cell: TypeAlias = str | Flowable


def table(
    header: Sequence[str] | None,
    rows: Sequence[Sequence[Cell]],
    widths: Sequence[float],
    *,
    right: Sequence[int] = (),
    zebra: bool = True,
    row_height: float | None = None,
    extra: Sequence[tuple[Any, ...]] = (),
) -> Table:
    """A grid with an optional coloured header row repeated on every page.

    Text cells become wrapping paragraphs; columns listed in ``right`` are right-aligned
    (numbers).
    """
    st = styles()

    def cell(value: Cell, col: int) -> Flowable:
        if isinstance(value, Flowable):
            return value
        return para(value, st.cell_right if col in right else st.cell)

    data: list[list[Flowable]] = []
    if header is not None:
        data.append(
            [
                para(h, st.cell_head_right if i in right else st.cell_head)
                for i, h in enumerate(header)
            ]
        )
    data.extend([cell(v, i) for i, v in enumerate(r)] for r in rows)
    first = 1 if header is not None else 0
    commands: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LINEBELOW", (0, first), (-1, -1), 0.4, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    if header is not None:
        commands.append(("BACKGROUND", (0, 0), (-1, 0), ACCENT))
    if zebra:
        commands += [("BACKGROUND", (0, i), (-1, i), ZEBRA) for i in range(first + 1, len(data), 2)]
    heights = None if row_height is None else [None] * first + [row_height] * len(rows)
    grid = Table(data, colWidths=list(widths), rowHeights=heights, repeatRows=first)
    grid.setStyle(TableStyle([*commands, *extra]))
    return grid


def facts(pairs: Sequence[tuple[str, str]], width: float) -> Table:
    """Label/value lines (a profile): labels in bold, values wrapped."""
    st = styles()
    label_style = ParagraphStyle("fact_label", parent=st.cell, fontName=BOLD)
    rows = [[para(k, label_style), para(v, st.cell)] for k, v in pairs]
    grid = Table(rows, colWidths=[width * 0.32, width * 0.68])
    grid.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    return grid


class SudBegin(Flowable):  # type: ignore[misc]
    """From here, pages carry the 42 CFR 2.32 notice (until ``SudEnd``)."""

    def wrap(self, *_: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.canv.sud_open = True
        self.canv.sud_page = True


class SudEnd(Flowable):  # type: ignore[misc]
    """The end of substance-use treatment information; this page still carries the notice."""

    def wrap(self, *_: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.canv.sud_open = False
        self.canv.sud_page = True


@dataclass(frozen=True)
class Chrome:
    """What goes around every page: site, title, who and when, in the report's language."""

    site_name: str
    title: str
    generated: str
    tr: Catalog


def _canvas_class(chrome: Chrome, page_width: float, page_height: float) -> type[Canvas]:
    """A canvas that holds pages back until the end, to print "Page X of Y" on each."""

    class ReportCanvas(Canvas):  # type: ignore[misc]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self.held: list[tuple[dict[str, Any], bool]] = []
            self.sud_open = False
            self.sud_page = False

        def showPage(self) -> None:
            self.held.append((dict(self.__dict__), self.sud_page or self.sud_open))
            self.sud_page = False
            self._startPage()

        def save(self) -> None:
            total = len(self.held)
            for number, (state, sud) in enumerate(self.held, start=1):
                self.__dict__.update(state)
                _furniture(self, chrome, number, total, sud, page_width, page_height)
                Canvas.showPage(self)
            Canvas.save(self)

    return ReportCanvas


def _furniture(
    c: Canvas, chrome: Chrome, number: int, total: int, sud: bool, width: float, height: float
) -> None:
    tr = chrome.tr
    c.saveState()
    c.setFillColor(INK)
    top = height - 0.55 * inch
    c.setFont(BOLD, 9)
    c.drawString(MARGIN, top, chrome.site_name[:90])
    c.setFont(REGULAR, 9)
    c.drawRightString(width - MARGIN, top, chrome.title)
    c.setStrokeColor(RULE)
    c.setLineWidth(0.5)
    c.line(MARGIN, top - 5, width - MARGIN, top - 5)
    foot = 0.5 * inch
    c.line(MARGIN, foot + 11, width - MARGIN, foot + 11)
    c.setFont(BOLD, 8)
    c.setFillColor(colors.HexColor("#9b1c1c"))
    c.drawString(MARGIN, foot, tr("confidential"))
    c.setFillColor(MUTED)
    c.setFont(REGULAR, 7.5)
    c.drawCentredString(width / 2, foot, chrome.generated)
    c.drawRightString(width - MARGIN, foot, tr("page_of", page=number, pages=total))
    if sud:
        c.setFillColor(INK)
        c.setFont(BOLD, 8)
        lines = [SUD_NOTICE_SHORT]
        if tr.language == "es":
            lines.append(tr("sud_short_es"))
        for i, line in enumerate(lines):
            c.drawString(MARGIN, foot + 18 + 10 * (len(lines) - 1 - i), line)
    c.restoreState()


def content_width(landscape_page: bool = False) -> float:
    page = landscape(LETTER) if landscape_page else LETTER
    return float(page[0] - 2 * MARGIN)


def build_pdf(
    flowables: Sequence[Flowable],
    chrome: Chrome,
    *,
    landscape_page: bool = False,
) -> bytes:
    """Lay the flowables out on Letter pages with the furniture; return the PDF bytes."""
    register_fonts()
    page = landscape(LETTER) if landscape_page else LETTER
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=page,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=TOP,
        bottomMargin=BOTTOM,
        title=chrome.title,
        author=chrome.site_name,
        creator="peerdesk",
        subject=chrome.title,
    )
    doc.build(list(flowables), canvasmaker=_canvas_class(chrome, page[0], page[1]))
    return buffer.getvalue()


def chrome_for(site_name: str, title: str, tr: Catalog, when: str, user: str) -> Chrome:
    return Chrome(site_name, title, tr("generated", when=when, user=user), tr)


def centered(style: ParagraphStyle) -> ParagraphStyle:
    return ParagraphStyle(f"{style.name}_c", parent=style, alignment=TA_CENTER)
