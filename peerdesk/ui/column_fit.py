"""Column widths that fit their translated texts, at any text size and in any language.

Fixed pixel widths clip in Spanish ("Salió del programa" in a column sized for "Exited") and
at 200% text; a width measured from the texts a column can show never does.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QStyle, QTableView

#: Room around a cell's text: the cell's margins on both sides and a little air.
CELL_PADDING = 18


def text_width(table: QTableView, texts: Iterable[str]) -> int:
    """The widest of ``texts`` in the table's cell font, with the cell padding."""
    metrics = table.fontMetrics()
    return max((metrics.horizontalAdvance(t) for t in texts), default=0) + CELL_PADDING


def header_width(table: QTableView, column: int) -> int:
    """The width the header text of ``column`` needs (bold headers included)."""
    header = table.horizontalHeader()
    model = table.model()
    text = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
    font = header.font()
    font.setBold(True)  # some styles draw header text bold: never cut it there
    arrow = 0
    if table.isSortingEnabled():  # room for the sort arrow only where there is one
        arrow = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None, header)
    return QFontMetrics(font).horizontalAdvance(text) + CELL_PADDING + arrow


def fit_columns(table: QTableView, texts: Mapping[int, Iterable[str]]) -> None:
    """Make each column of ``texts`` wide enough for its header and for every text it can
    show (the labels of a status, a kind...). Other columns keep their width; a column is
    never made narrower than it is."""
    header = table.horizontalHeader()
    for column, choices in texts.items():
        wanted = max(text_width(table, choices), header_width(table, column))
        if header.sectionSize(column) < wanted:
            header.resizeSection(column, wanted)
