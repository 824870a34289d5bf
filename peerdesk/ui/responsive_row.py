"""Two parts side by side when the page is wide enough, one above the other when it is not.

At 200 % text the session recording page needs ~1,400 px for its form and its roster side by
side; in a 1280-px window it scrolled sideways with Save off the screen. This row reports the
narrower, stacked minimum to the page's frame and lays the parts side by side only when the
width it is given holds both.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QWidget

Direction = QBoxLayout.Direction


class ResponsiveRow(QWidget):
    """``first`` and ``second`` in a row (stretch ``stretches``), stacked when narrow."""

    def __init__(
        self,
        first: QWidget,
        second: QWidget,
        stretches: tuple[int, int] = (1, 1),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._parts = (first, second)
        self.box = QBoxLayout(Direction.LeftToRight, self)
        self.box.setContentsMargins(0, 0, 0, 0)
        self.box.addWidget(first, stretches[0])
        self.box.addWidget(second, stretches[1])

    def side_by_side_width(self) -> int:
        """The width both parts need next to each other."""
        first, second = self._parts
        return (
            first.minimumSizeHint().width() + second.minimumSizeHint().width() + self.box.spacing()
        )

    def stacked(self) -> bool:
        """Whether the parts are one above the other."""
        return self.box.direction() == Direction.TopToBottom

    def minimumSizeHint(self) -> QSize:
        first, second = (p.minimumSizeHint() for p in self._parts)
        width = max(first.width(), second.width())
        if self.stacked():
            return QSize(width, first.height() + second.height() + self.box.spacing())
        return QSize(width, max(first.height(), second.height()))

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._choose(event.size().width())
        super().resizeEvent(event)

    def event(self, e: QEvent) -> bool:
        if e.type() == QEvent.Type.LayoutRequest:
            self._choose(self.width())  # a part's needs changed (a roster came in)
        return super().event(e)

    def _choose(self, width: int) -> None:
        wanted = (
            Direction.LeftToRight if width >= self.side_by_side_width() else Direction.TopToBottom
        )
        if wanted != self.box.direction():
            self.box.setDirection(wanted)
            self.updateGeometry()  # the stacked minimum is taller: the page may scroll
