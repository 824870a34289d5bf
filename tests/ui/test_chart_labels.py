"""The month labels under the dashboard's bars never run together: at a narrow width or with
large text every second (third...) month is labelled, this month always (issue-4 audit,
200-high-contrast-05-dashboard)."""

from __future__ import annotations

from itertools import pairwise

from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtGui import QColor, QFont, QImage
from pytestqt.qtbot import QtBot

from peerdesk.ui.charts import BarChart, label_layout

MONTHS = ["Jun", "Jul", "Aug", "Sep", "Oct", "Nov"]


def test_labels_that_fit_are_all_centred_under_their_bars() -> None:
    placed = label_layout([20, 20, 20], left=0, slot=40, gap=5)
    assert placed == [(0, 10, 20), (1, 50, 20), (2, 90, 20)]


def test_labels_that_do_not_fit_are_skipped_counting_back_from_this_month() -> None:
    # Six 30-wide labels in 32-wide slots: 2 left between neighbours, less than the gap.
    placed = label_layout([30] * 6, left=0, slot=32, gap=6)
    assert [i for i, _, _ in placed] == [1, 3, 5]
    placed = label_layout([70] * 6, left=0, slot=32, gap=6)
    assert [i for i, _, _ in placed] == [2, 5]
    assert label_layout([300] * 6, left=0, slot=32, gap=6) == []  # not even one fits


def test_edge_labels_move_inwards() -> None:
    placed = label_layout([60, 10, 60], left=0, slot=50, gap=2)
    assert placed == [(0, 0, 60), (1, 70, 10), (2, 90, 60)]


@given(
    st.lists(st.floats(1, 120), min_size=1, max_size=12),
    st.floats(0, 50),
    st.floats(4, 80),
    st.floats(0, 12),
)
def test_labels_never_touch_and_stay_inside(
    widths: list[float], left: float, slot: float, gap: float
) -> None:
    placed = label_layout(widths, left, slot, gap)
    right = left + slot * len(widths)
    for i, x, w in placed:
        assert w == widths[i]
        assert left - 1e-6 <= x and x + w <= right + 1e-6
    for a, b in pairwise(placed):
        assert a[1] + a[2] + gap <= b[1] + 1e-6
    if placed:
        assert placed[-1][0] == len(widths) - 1  # this month is always labelled


def big_chart(qtbot: QtBot, width: int) -> BarChart:
    chart = BarChart()
    qtbot.addWidget(chart)
    font = QFont(chart.font())
    font.setPointSizeF(font.pointSizeF() * 2)  # 200% text
    chart.setFont(font)
    chart.set_series([0, 0, 0, 2, 2, 2], MONTHS)
    chart.resize(width, chart.sizeHint().height())
    chart.show()
    return chart


def test_large_text_in_a_narrow_chart_keeps_labels_apart(qtbot: QtBot) -> None:
    chart = big_chart(qtbot, 200)
    rects = chart.label_rects()
    assert 0 < len(rects) < len(MONTHS)
    assert rects[-1][0] == "Nov"
    for (_, a), (_, b) in pairwise(rects):
        assert not a.intersects(b) and a.right() < b.left()
    for _, r in rects:
        assert r.left() >= 0 and r.right() <= chart.width()
    chart.resize(900, chart.height())
    assert [text for text, _ in chart.label_rects()] == MONTHS


def test_the_labels_are_painted_where_the_layout_puts_them(qtbot: QtBot) -> None:
    chart = big_chart(qtbot, 200)
    rects = [r.adjusted(-2, 0, 2, 0) for _, r in chart.label_rects()]
    top = int(min(r.top() for r in rects))
    image = chart.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    background = QColor(image.pixel(image.width() - 1, image.height() - 1))
    ink = [
        x
        for x in range(image.width())
        for y in range(top + 1, image.height())
        if QColor(image.pixel(x, y)) != background
    ]
    assert ink, "labels are drawn"
    assert all(any(r.left() <= x <= r.right() for r in rects) for x in ink)
