"""A plain-row table model whose list grows one page at a time ("Show more")."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeVar

from PySide6.QtCore import QModelIndex

from peerdesk.ui.row_table_model import RowTableModel

Row = TypeVar("Row")


class PagedRowTableModel(RowTableModel[Row]):
    """Rows in, text out, like :class:`RowTableModel`; :meth:`append_rows` adds a page at
    the end, so the rows already listed keep their selection and the view its scroll."""

    def append_rows(self, rows: Sequence[Row]) -> None:
        """Add ``rows`` after the ones listed (the next page of the same list)."""
        if not rows:
            return
        first = self.rowCount()
        self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
        self._rows.extend(rows)
        self.endInsertRows()

    def rows(self) -> list[Row]:
        """A copy of the rows listed."""
        return list(self._rows)
