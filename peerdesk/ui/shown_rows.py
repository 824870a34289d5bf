"""Tables that are never squeezed below a few rows.

At 200 % text the participant page's Screening and needs tab gave its second table no row at
all: the window's height went to two headers and a scroll bar. With a minimum of a few rows the
page frame scrolls down instead.
"""

from __future__ import annotations

from PySide6.QtWidgets import QStyle, QTableView


def show_rows(table: QTableView, rows: int = 3) -> None:
    """Never squeeze ``table`` below its header, ``rows`` rows and a horizontal scroll bar."""
    scroll_bar = table.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, table)
    table.setMinimumHeight(
        table.horizontalHeader().sizeHint().height()
        + rows * table.verticalHeader().defaultSectionSize()
        + scroll_bar
        + 2 * table.frameWidth()
    )
