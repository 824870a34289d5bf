"""A "Sort by" box: the keyboard's way to sort a table that sorts by header clicks.

Qt's header sections take no keyboard focus, so a table sorted by clicking its headers cannot
be sorted without a mouse. The box lists each sortable column in both orders and stays in
step with the header's sort indicator both ways; choosing an entry sorts exactly as a click
would (``QTableView.sortByColumn``, hence the model's own ``sort``: in SQL for big lists).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QTableView, QWidget

_ORDERS = (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder)


class SortCombo(QComboBox):
    """The columns of ``table`` a person may sort by, each ascending then descending.

    Args:
        table: a table with sorting enabled.
        columns: the sortable columns, in the order listed.
    """

    def __init__(
        self, table: QTableView, columns: Sequence[int], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._table = table
        self._entries: list[tuple[int, Qt.SortOrder]] = []
        model = table.model()
        for column in columns:
            title = str(model.headerData(column, Qt.Orientation.Horizontal))
            for order in _ORDERS:
                text = (
                    self.tr("%1, ascending")
                    if order == Qt.SortOrder.AscendingOrder
                    else self.tr("%1, descending")
                )
                self.addItem(text.replace("%1", title))
                self._entries.append((column, order))
        self.setAccessibleName(self.tr("Sort by"))
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        header = table.horizontalHeader()
        self._show(header.sortIndicatorSection(), header.sortIndicatorOrder())
        header.sortIndicatorChanged.connect(self._show)
        self.currentIndexChanged.connect(self._sort)

    def entry(self) -> tuple[int, Qt.SortOrder]:
        """The column and order chosen."""
        return self._entries[self.currentIndex()]

    def _show(self, column: int, order: Qt.SortOrder) -> None:
        """Follow the header (a click on it) without sorting a second time."""
        try:
            index = self._entries.index((column, order))
        except ValueError:
            return
        self.blockSignals(True)
        self.setCurrentIndex(index)
        self.blockSignals(False)

    def _sort(self, index: int) -> None:
        if 0 <= index < len(self._entries):
            column, order = self._entries[index]
            self._table.sortByColumn(column, order)
