"""A combo box whose text is never cut off mid-letter: it asks for the width of its longest
item, gives way down to a few dozen characters, and shortens with "…" (the whole text then in
its tooltip) only when even a row of its own is too narrow.

Put in a ``QFormLayout`` with ``RowWrapPolicy.WrapLongRows``: when the longest item does not
fit beside its label, the minimum size makes the row wrap, so the box gets the full width.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QComboBox, QStyle, QStyleOptionComboBox, QStylePainter, QWidget


class FitComboBox(QComboBox):
    """A ``QComboBox`` sized to its items that elides instead of clipping.

    Args:
        min_chars: the width, in characters, it may shrink to before a form wraps its row.
        parent: the parent widget.
    """

    def __init__(self, min_chars: int = 40, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self._min_chars = min_chars
        self.view().setTextElideMode(Qt.TextElideMode.ElideNone)
        self.currentIndexChanged.connect(self._update_tip)

    def minimumSizeHint(self) -> QSize:
        """The longest item, but no more than ``min_chars`` characters wide."""
        full = self.sizeHint()
        chars = self.fontMetrics().horizontalAdvance("x" * self._min_chars)
        return QSize(min(full.width(), chars + self._chrome()), full.height())

    def _chrome(self) -> int:
        """The width around the text: frame, margins and the arrow."""
        opt = QStyleOptionComboBox()
        self.initStyleOption(opt)
        field = self.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox, opt, QStyle.SubControl.SC_ComboBoxEditField, self
        )
        return max(0, self.width() - field.width()) if field.width() > 0 else 30

    def text_room(self) -> int:
        """How wide the shown text may be, in pixels."""
        opt = QStyleOptionComboBox()
        self.initStyleOption(opt)
        field = self.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox, opt, QStyle.SubControl.SC_ComboBoxEditField, self
        )
        return field.width()

    def shown_text(self) -> str:
        """The current text as painted: whole, or shortened with "…" when it cannot fit."""
        text = self.currentText()
        return self.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, self.text_room())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QStylePainter(self)
        opt = QStyleOptionComboBox()
        self.initStyleOption(opt)
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, opt)
        opt.currentText = self.shown_text()
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, opt)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._update_tip()

    def showPopup(self) -> None:
        """The list as wide as its longest item (at least the box's width)."""
        view = self.view()
        frame = 2 * view.frameWidth() + view.verticalScrollBar().sizeHint().width()
        view.setMinimumWidth(max(self.width(), view.sizeHintForColumn(0) + frame))
        super().showPopup()

    def _update_tip(self, *_args: object) -> None:
        text = self.currentText()
        self.setToolTip(text if self.shown_text() != text else "")
