"""Bar charts drawn with reportlab's own graphics (no matplotlib): this period vs the last."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String

from peerdesk.reports.fonts import BOLD, REGULAR, register_fonts
from peerdesk.reports.layout import ACCENT, INK, RULE

PREVIOUS_COLOUR = RULE
CURRENT_COLOUR = ACCENT


def _nice_top(value: float) -> float:
    """A round axis maximum a little above ``value`` (1, 2, 5 x 10^n)."""
    if value <= 0:
        return 1.0
    magnitude = 1.0
    while magnitude * 10 <= value:
        magnitude *= 10
    for step in (1, 2, 5, 10):
        if value <= step * magnitude:
            top = step * magnitude
            return top * 1.2 if top - value < top * 0.12 else top
    return 10 * magnitude


def comparison_chart(
    title: str,
    labels: Sequence[str],
    current: Sequence[float | None],
    previous: Sequence[float | None],
    *,
    current_label: str,
    previous_label: str,
    width: float,
    height: float = 175,
    value_format: str = "{:,.0f}",
    value_max: float | None = None,
) -> Drawing:
    """Grouped bars: for each label, the previous period (grey) and this one (blue).

    ``None`` values (a rate with nothing to divide) draw no bar and print a dash.
    """
    register_fonts()
    d = Drawing(width, height)
    d.add(String(0, height - 12, title, fontName=BOLD, fontSize=9, fillColor=INK))
    chart = VerticalBarChart()
    chart.x, chart.y = 30, 38
    chart.width, chart.height = width - 40, height - 78
    chart.data = [list(previous), list(current)]
    chart.categoryAxis.categoryNames = list(labels)
    chart.categoryAxis.labels.fontName = REGULAR
    chart.categoryAxis.labels.fontSize = 7
    chart.categoryAxis.labels.boxAnchor = "n"
    chart.categoryAxis.labels.dy = -3
    chart.categoryAxis.strokeColor = RULE
    values = [v for v in (*current, *previous) if v is not None]
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = value_max or _nice_top(max(values, default=0))
    chart.valueAxis.labels.fontName = REGULAR
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.strokeColor = RULE
    chart.valueAxis.gridStrokeColor = RULE
    chart.valueAxis.gridStrokeWidth = 0.25
    chart.valueAxis.visibleGrid = True
    chart.bars[0].fillColor = PREVIOUS_COLOUR
    chart.bars[1].fillColor = CURRENT_COLOUR
    chart.bars.strokeColor = None
    chart.barSpacing = 1
    chart.groupSpacing = 8
    chart.barLabels.fontName = REGULAR
    chart.barLabels.fontSize = 6.5
    chart.barLabels.nudge = 5
    chart.barLabelFormat = lambda v: "—" if v is None else value_format.format(v)
    d.add(chart)
    legend = Legend()
    legend.x, legend.y = width - 10, height - 6
    legend.boxAnchor = "ne"
    legend.alignment = "right"
    legend.columnMaximum = 1
    legend.deltax = 70
    legend.dxTextSpace = 4
    legend.fontName = REGULAR
    legend.fontSize = 7.5
    legend.colorNamePairs = [(PREVIOUS_COLOUR, previous_label), (CURRENT_COLOUR, current_label)]
    d.add(legend)
    return d
