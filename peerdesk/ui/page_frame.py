"""Each section page in a frameless scroll area: a page wider or taller than the window (200 %
text, a long translation, a small screen) scrolls whole instead of making the window bigger
than the screen.

The page sits in a holder without a layout. A QScrollArea gives a widget whose layout has
height-for-width (any word-wrapped label) its *preferred* height for the width, so a page
whose minimum fits the window would still scroll by the difference (the participant page:
730 px preferred against 699 shown at 1280 x 800, cutting off Save). The holder reports the
page's own size hints but no height-for-width, so the page is given the window's height
whenever its minimum fits.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget


class _Holder(QWidget):
    """Holds one page at its own size; no layout, so no height-for-width reaches the frame."""

    def __init__(self, page: QWidget) -> None:
        super().__init__()
        self.page = page
        page.setParent(self)

    def sizeHint(self) -> QSize:
        return self.page.sizeHint()

    def minimumSizeHint(self) -> QSize:
        return self.page.minimumSizeHint()

    def resizeEvent(self, event: QResizeEvent) -> None:
        self.page.setGeometry(0, 0, event.size().width(), event.size().height())
        super().resizeEvent(event)

    def event(self, e: QEvent) -> bool:
        if e.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()  # the page's hints changed: the frame asks again
        return super().event(e)


def page_frame(page: QWidget) -> QScrollArea:
    """``page`` in a frameless scroll area that lets it fill the window when it fits."""
    frame = QScrollArea()
    frame.setWidget(_Holder(page))
    frame.setWidgetResizable(True)
    frame.setFrameShape(QFrame.Shape.NoFrame)
    # Not a Tab stop: Tab goes from the navigation straight to the page's first control
    # (the scroll bars still work with the mouse, and the page scrolls to the focused one).
    frame.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    return frame


def framed_page(frame: QWidget | None) -> QWidget | None:
    """The page inside a frame made by :func:`page_frame`."""
    if isinstance(frame, QScrollArea):
        holder = frame.widget()
        return holder.page if isinstance(holder, _Holder) else holder
    return None
