"""A row of buttons that wraps onto more lines when the page is too narrow for it.

At 200 % text in Spanish the five buttons of Administration > Users need ~1,150 px in one row,
more than a 1280-px window gives the page; a plain QHBoxLayout made the whole page scroll
sideways. This layout's minimum width is its widest item, and it asks for the height its
lines take at the width it is given (height-for-width), so the page grows downwards instead.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QSizePolicy, QStyle, QWidget


class FlowLayout(QLayout):
    """Items left to right in lines, a new line when the next one does not fit.

    Args:
        parent: the widget it lays out, if any.
        align_right: push each line to the right edge (dialog-style buttons).
    """

    def __init__(self, parent: QWidget | None = None, align_right: bool = False) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._align_right = align_right
        self.setContentsMargins(0, 0, 0, 0)

    # --- the list of items -----------------------------------------------------------------
    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    # --- sizes -----------------------------------------------------------------------------
    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._place(QRect(0, 0, width, 0), move=False)

    def sizeHint(self) -> QSize:
        """Everything on one line."""
        width = height = 0
        for item in self._shown():
            hint = item.sizeHint()
            width += hint.width() + (self._gap() if width else 0)
            height = max(height, hint.height())
        margins = self.contentsMargins()
        return QSize(
            width + margins.left() + margins.right(), height + margins.top() + margins.bottom()
        )

    def minimumSize(self) -> QSize:
        """The widest item (one per line at worst); the height of one line."""
        width = height = 0
        for item in self._shown():
            size = item.minimumSize().expandedTo(item.sizeHint())
            width = max(width, size.width())
            height = max(height, size.height())
        margins = self.contentsMargins()
        return QSize(
            width + margins.left() + margins.right(), height + margins.top() + margins.bottom()
        )

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._place(rect, move=True)

    # --- placing ---------------------------------------------------------------------------
    def _shown(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]

    def _gap(self) -> int:
        spacing = self.spacing()
        if spacing >= 0:
            return spacing
        parent = self.parentWidget()
        if parent is None:
            return 6
        return parent.style().layoutSpacing(
            QSizePolicy.ControlType.PushButton,
            QSizePolicy.ControlType.PushButton,
            Qt.Orientation.Horizontal,
        ) or parent.style().pixelMetric(QStyle.PixelMetric.PM_LayoutHorizontalSpacing)

    def _place(self, rect: QRect, move: bool) -> int:
        """Lay the items out in ``rect`` (only measure unless ``move``); the height used."""
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        gap = self._gap()
        lines: list[list[tuple[QLayoutItem, QSize]]] = [[]]
        used = 0
        for item in self._shown():
            size = item.sizeHint().boundedTo(item.maximumSize()).expandedTo(item.minimumSize())
            needed = size.width() + (gap if lines[-1] else 0)
            if lines[-1] and used + needed > area.width():
                lines.append([])
                used, needed = 0, size.width()
            lines[-1].append((item, size))
            used += needed
        y = area.top()
        for line in lines:
            if not line:
                continue
            height = max(size.height() for _, size in line)
            width = sum(size.width() for _, size in line) + gap * (len(line) - 1)
            x = area.left() + (max(0, area.width() - width) if self._align_right else 0)
            for item, size in line:
                if move:
                    item.setGeometry(
                        QRect(QPoint(x, y), QSize(min(size.width(), area.width()), height))
                    )
                x += size.width() + gap
            y += height + gap
        return max(0, y - gap - area.top()) + margins.top() + margins.bottom()
