"""Small charts drawn with QPainter (Qt Charts is GPL, so peerdesk draws its own), and the
dashboard's figure tile that pairs a chart with its numbers.

A chart never carries a figure alone: whoever shows one also shows the numbers as text and
gives the chart an accessible description listing them (see :func:`series_text`).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from itertools import pairwise

from PySide6.QtCore import QDate, QEvent, QLocale, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from peerdesk.domain.measures import Period
from peerdesk.ui.widgets import heading_label

#: Room between bars, as a share of each bar's slot.
BAR_GAP = 0.25
#: Room between two month labels, in widths of the label font's "x".
LABEL_GAP = 1.0


def label_layout(
    widths: Sequence[float], left: float, slot: float, gap: float
) -> list[tuple[int, float, float]]:
    """Where the labels under the bars go, so that no two touch: ``(index, x, width)`` for
    each label drawn.

    Each label is centred under its bar (moved inwards at the chart's edges). When they do
    not all fit with ``gap`` between them, every second label is drawn, then every third...
    always counting back from the last (this month's), which is always labelled; when not
    even one fits, none is (the chart's accessible text lists every month anyway).

    Args:
        widths: each label's width, oldest first.
        left: where the first bar's slot starts.
        slot: the width of one bar's slot.
        gap: the least room between two labels drawn.
    """
    count = len(widths)
    right = left + slot * count
    for step in range(1, count + 1):
        shown = [i for i in range(count) if (count - 1 - i) % step == 0]
        placed = []
        for i in shown:
            x = left + (i + 0.5) * slot - widths[i] / 2
            x = min(max(x, left), right - widths[i])  # inside the chart
            placed.append((i, x, widths[i]))
        fits = all(w <= right - left for _, _, w in placed) and all(
            a[1] + a[2] + gap <= b[1] for a, b in pairwise(placed)
        )
        if fits:
            return placed
    return []


def series_text(labels: Sequence[str], values: Sequence[str]) -> str:
    """ "June 2026: 3; July 2026: 4" — a chart's figures as one line of text."""
    return "; ".join(f"{label}: {value}" for label, value in zip(labels, values, strict=True))


class BarChart(QWidget):
    """Vertical bars, one per value, the last one in the highlight colour.

    A ``None`` value (nothing to count that month) shows as a short dash on the base line, so
    it is not mistaken for zero. Colours come from the palette, so a high-contrast palette
    gives a high-contrast chart.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._values: tuple[float | None, ...] = ()
        self._labels: tuple[str, ...] = ()
        self._placeholder = ""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    @property
    def values(self) -> tuple[float | None, ...]:
        """The values drawn, oldest first."""
        return self._values

    def set_series(self, values: Sequence[float | None], labels: Sequence[str] = ()) -> None:
        """Draw ``values`` (oldest first) with short ``labels`` under the bars (may be empty)."""
        if labels and len(labels) != len(values):
            raise ValueError("one label per value, or none")
        self._values = tuple(values)
        self._labels = tuple(labels)
        self.update()

    @property
    def placeholder(self) -> str:
        """The text drawn while there are no values (e.g. "Loading…"); empty: none."""
        return self._placeholder

    def set_placeholder(self, text: str) -> None:
        """Draw ``text`` in the chart's place while it has no values."""
        self._placeholder = text
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(180, self._label_height() + 48)

    def minimumSizeHint(self) -> QSize:
        return QSize(90, self._label_height() + 32)

    def _label_font(self) -> QFont:
        font = QFont(self.font())
        font.setPointSizeF(max(7.0, font.pointSizeF() * 0.8))
        return font

    def _label_height(self) -> int:
        return int(self.fontMetrics().height() * 0.8) + 4

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            self._paint(painter)
        finally:
            painter.end()

    def _paint(self, painter: QPainter) -> None:
        palette = self.palette()
        text_colour = palette.color(QPalette.ColorRole.WindowText)
        label_h = self._label_height() if self._labels else 0
        area = self._plot_area()
        base = QColor(text_colour)
        base.setAlphaF(0.45)
        painter.setPen(QPen(base, 1))
        painter.drawLine(area.bottomLeft(), area.bottomRight())
        count = len(self._values)
        if count == 0 and self._placeholder:
            painter.setPen(base)
            painter.drawText(area, Qt.AlignmentFlag.AlignCenter, self._placeholder)
        if count == 0 or area.height() <= 4:
            return
        top = max((v for v in self._values if v is not None), default=0.0)
        slot = area.width() / count
        bar_w = max(2.0, slot * (1 - BAR_GAP))
        current = palette.color(QPalette.ColorRole.Highlight)
        earlier = QColor(text_colour)
        earlier.setAlphaF(0.5)  # at least 3:1 against the background
        painter.setPen(Qt.PenStyle.NoPen)
        for i, value in enumerate(self._values):
            x = area.left() + i * slot + (slot - bar_w) / 2
            colour = current if i == count - 1 else earlier
            if value is None:
                painter.setPen(QPen(colour, 2))
                y = area.bottom() - 3
                painter.drawLine(QPointF(x + bar_w / 4, y), QPointF(x + bar_w * 3 / 4, y))
                painter.setPen(Qt.PenStyle.NoPen)
                continue
            share = value / top if top > 0 else 0.0
            # Zero stays a hairline on the base line: "none" is a value, not a gap.
            height = max(1.5, share * (area.height() - 2))
            painter.setBrush(colour)
            painter.drawRect(QRectF(x, area.bottom() - height, bar_w, height))
        if label_h:
            self._paint_labels(painter, text_colour)

    def _plot_area(self) -> QRectF:
        label_h = self._label_height() if self._labels else 0
        return QRectF(self.rect()).adjusted(1, 2, -1, -1 - label_h)

    def label_rects(self) -> list[tuple[str, QRectF]]:
        """The month labels drawn at the chart's present size and font, with their places
        (those left out for want of room are not listed)."""
        if not self._labels or not self._values:
            return []
        area = self._plot_area()
        metrics = QFontMetricsF(self._label_font())
        widths = [metrics.horizontalAdvance(t) for t in self._labels]
        slot = area.width() / len(self._values)
        gap = LABEL_GAP * metrics.horizontalAdvance("x")
        return [
            (self._labels[i], QRectF(x, area.bottom() + 1, w, self._label_height()))
            for i, x, w in label_layout(widths, area.left(), slot, gap)
        ]

    def _paint_labels(self, painter: QPainter, colour: QColor) -> None:
        painter.setFont(self._label_font())
        painter.setPen(colour)
        for text, cell in self.label_rects():
            painter.drawText(cell, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, text)


def month_name(period: Period, short: bool = False) -> str:
    """ "November 2026" (or "Nov") in the language in use."""
    when = QDate(period.start.year, period.start.month, 1)
    text = QLocale().toString(when, "MMM" if short else "MMMM yyyy")
    return text[:1].upper() + text[1:]


class FigureTile(QFrame):
    """One figure: its title, this month's value, the month before, and a bar chart."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = title
        self.title_label = QLabel(title)
        font = self.title_label.font()
        font.setBold(True)
        self.title_label.setFont(font)
        self.title_label.setWordWrap(True)
        self.value_label = heading_label("—", scale=2.0)
        self.previous_label = QLabel()
        self.previous_label.setWordWrap(True)
        self.chart = BarChart()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(2)
        layout.addWidget(self.title_label)
        layout.addWidget(self.value_label)
        layout.addWidget(self.previous_label)
        layout.addSpacing(4)
        layout.addWidget(self.chart)

    def show_loading(self) -> None:
        """Say "Loading…" where the numbers will be (in the same space, so nothing moves)."""
        loading = self.tr("Loading…")
        self.value_label.setText("…")
        self.previous_label.setText(" ")  # keeps its line: nothing moves when numbers come
        self.chart.set_series([])
        self.chart.set_placeholder(loading)
        self.setAccessibleName(self.tr("%1: loading…").replace("%1", self.title))
        self.setAccessibleDescription("")
        self.chart.setAccessibleName(self.tr("%1, month by month").replace("%1", self.title))
        self.chart.setAccessibleDescription(loading)
        self.chart.setToolTip(loading)

    def show_month(self, value: str, previous: str, loading: bool = True) -> None:
        """Show this month's and the previous month's values before the chart's months are
        counted (``loading``: they are on their way; otherwise there will be none)."""
        self.value_label.setText(value)
        self.previous_label.setText(self.tr("Previous month: %1").replace("%1", previous))
        self.chart.set_series([])
        later = self.tr("Loading…") if loading else ""
        self.chart.set_placeholder(later)
        summary = self.tr("%1: %2. Previous month: %3.")
        self.setAccessibleName(
            summary.replace("%1", self.title).replace("%2", value).replace("%3", previous)
        )
        self.setAccessibleDescription(later)
        self.chart.setAccessibleDescription(later)
        self.chart.setToolTip(later)

    def show_figures(
        self, months: Sequence[Period], texts: Sequence[str], values: Sequence[float | None]
    ) -> None:
        """Show one value per month of ``months`` (oldest first): the last as this month's, the
        one before it as the previous month's, and all of them as bars.

        Args:
            months: the months, oldest first.
            texts: each month's value as shown ("12", "85%", "—").
            values: each month's value as a number for the bars (``None``: nothing counted).
        """
        value = texts[-1] if texts else "—"
        previous = texts[-2] if len(texts) > 1 else "—"
        self.value_label.setText(value)
        self.previous_label.setText(self.tr("Previous month: %1").replace("%1", previous))
        self.chart.set_series(values, [month_name(m, short=True) for m in months])
        self.chart.set_placeholder("")
        labels = [month_name(m) for m in months]
        summary = self.tr("%1: %2. Previous month: %3.")
        self.setAccessibleName(
            summary.replace("%1", self.title).replace("%2", value).replace("%3", previous)
        )
        history = self.tr("Last %1 months: %2").replace("%1", str(len(texts)))
        description = history.replace("%2", series_text(labels, texts))
        self.setAccessibleDescription(description)
        self.chart.setAccessibleName(self.tr("%1, month by month").replace("%1", self.title))
        self.chart.setAccessibleDescription(description)
        self.chart.setToolTip(series_text(labels, texts))


def tile_grid(tiles: Sequence[QWidget], columns: int) -> TileGrid:
    """``tiles`` in rows of at most ``columns`` (fewer when the width does not hold them)."""
    return TileGrid(tiles, columns)


class TileGrid(QWidget):
    """Tiles in rows of as many as fit at their narrowest, at least one and at most ``most``.

    At 200 % text four tiles in a row needed more than a 1280-px window gives the page, and
    the dashboard scrolled sideways; now the rows get shorter instead (the page grows
    downwards). The columns are chosen again whenever the width, or what a tile needs,
    changes. A shorter last row shares the full width, so no row ends in an empty slot. The
    titles of one row take the same height, so when one wraps (a long translation, large
    text) the numbers under them stay level.

    Args:
        tiles: the tiles, in reading order.
        most: the most tiles in one row.
    """

    #: Room between two tiles.
    SPACING = 10
    #: The narrowest a tile is laid out, in widths of the font's "x" (a little chart needs
    #: room for its month labels; a title breaks only between words).
    TILE_EMS = 20

    def __init__(self, tiles: Sequence[QWidget], most: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tiles = list(tiles)
        self._most = max(1, most)
        self._columns = 0
        self._units = 0
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setSpacing(self.SPACING)
        self._arrange(self._most)

    @property
    def columns(self) -> int:
        """Tiles per row at present."""
        return self._columns

    def rows(self) -> list[list[QWidget]]:
        """The tiles row by row, as laid out at present."""
        step = self._columns
        return [self._tiles[i : i + step] for i in range(0, len(self._tiles), step)]

    def tile_width(self) -> int:
        """The narrowest a tile is laid out at the present font."""
        floor = self.fontMetrics().horizontalAdvance("x") * self.TILE_EMS
        return max([floor, *(tile.minimumSizeHint().width() for tile in self._tiles)])

    def columns_for(self, width: int) -> int:
        """How many tiles fit side by side in ``width`` (at least one, at most ``most``)."""
        fit = (width + self.SPACING) // (self.tile_width() + self.SPACING)
        return max(1, min(self._most, len(self._tiles), fit))

    def minimumSizeHint(self) -> QSize:
        # One tile wide (the rows shorten to fit); as tall as the rows laid out now.
        return QSize(self.tile_width(), self.grid.totalMinimumSize().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange(self.columns_for(event.size().width()))
        self.align_titles()

    def event(self, e: QEvent) -> bool:
        handled = super().event(e)
        if e.type() == QEvent.Type.LayoutRequest:
            # The grid has just been laid out again (new columns, or a tile's needs changed).
            self._arrange(self.columns_for(self.width()))
            self.align_titles()
        return handled

    def _arrange(self, columns: int) -> None:
        if columns == self._columns:
            return
        for tile in self._tiles:
            self.grid.removeWidget(tile)
        for unit in range(self._units):
            self.grid.setColumnStretch(unit, 0)
        self._columns = columns
        # Every row length divides the width evenly.
        self._units = math.lcm(*range(1, columns + 1))
        count = len(self._tiles)
        for i, tile in enumerate(self._tiles):
            row, column = divmod(i, columns)
            span = self._units // min(columns, count - row * columns)
            self.grid.addWidget(tile, row, column * span, 1, span)
        for unit in range(self._units):
            self.grid.setColumnStretch(unit, 1)
        self.updateGeometry()  # taller or shorter: the page may scroll

    def align_titles(self) -> None:
        """Give the titles of each row the height the tallest of them needs at its width."""
        for row in self.rows():
            labels = [t.title_label for t in row if isinstance(t, FigureTile)]
            need = max((label.heightForWidth(label.width()) for label in labels), default=0)
            for label in labels:
                if label.minimumHeight() != need:
                    label.setMinimumHeight(need)
