"""Word-wrapped text that is never squeezed to fewer lines than it needs.

A page frame (:mod:`peerdesk.ui.page_frame`) fits a page to the window from the page's
minimum height, which Qt works out without height-for-width: a paragraph that takes two lines
at the normal size but four at 200 % text in a narrow window was counted as two, and the
layout squeezed it (lines drawn over each other on Administration > Sites and keys). Here a
widget's minimum height follows its width (a word-wrapped label's, or a whole tab's with such
labels or a :class:`~peerdesk.ui.flow_layout.FlowLayout` inside), so the page asks for the
room and scrolls down.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QAbstractScrollArea, QLabel, QWidget

Type = QEvent.Type


class _WholeText(QObject):
    """Sets a watched widget's minimum height to what it needs at its width."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(watched, QWidget):
            kind = event.type()
            # LayoutRequest: a text inside changed (a name read in), not the width.
            if kind in (Type.Resize, Type.Show, Type.Hide, Type.LayoutRequest):
                keep_whole_now(watched)
        return False


def keep_whole_now(widget: QWidget) -> None:
    """Make ``widget`` at least as tall as it needs at its present width (no minimum while
    hidden: a tab not showing must not make its tab widget taller)."""
    if not widget.isVisible():
        widget.setMinimumHeight(0)
        return
    if widget.width() <= 0 or not widget.hasHeightForWidth():
        return
    layout = widget.layout()
    if isinstance(widget, QLabel) or layout is None:
        kept = widget.minimumHeight()
        # QLabel.heightForWidth answers at least the minimum: measure without it.
        widget.setMinimumHeight(0)
        needed = widget.heightForWidth(widget.width())
        widget.setMinimumHeight(needed if needed > 0 else kept)
        return
    # Height-for-width counts tables at their preferred height; they may shrink to their
    # minimum (a few rows), which at the normal text size keeps pages from scrolling.
    needed = layout.totalHeightForWidth(widget.width()) - _table_slack(widget)
    needed = max(needed, layout.totalMinimumSize().height())
    if needed != widget.minimumHeight():
        widget.setMinimumHeight(needed)


def _table_slack(widget: QWidget) -> int:
    """How much the scrolling views laid out directly in ``widget`` may shrink below their
    preferred height. Views inside a group with wrapped text do not count: Qt gives such a
    group at least its height-for-width, which counts them at their preferred height."""
    layout = widget.layout()
    slack = 0
    for index in range(layout.count() if layout is not None else 0):
        item = layout.itemAt(index) if layout is not None else None
        view = item.widget() if item is not None else None
        if isinstance(view, QAbstractScrollArea) and view.isVisibleTo(widget):
            smallest = max(view.minimumHeight(), view.minimumSizeHint().height())
            slack += max(0, view.sizeHint().height() - smallest)
    return slack


def keep_whole(*widgets: QWidget) -> None:
    """Keep ``widgets`` (word-wrapped labels with fixed texts, tabs holding them) at least as
    tall as their text needs at every width; they are measured again at each resize, when
    something inside changes and each time they are shown, and ask for no height while
    hidden."""
    for widget in widgets:
        keeper = _WholeText(widget)  # owned by the widget: lives as long as it
        widget.installEventFilter(keeper)
