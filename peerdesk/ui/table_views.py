"""A read-only, one-line-per-row table view set up the way every list of peerdesk is."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget


def row_table(
    model: QAbstractItemModel,
    name: str,
    widths: dict[int, int] | None = None,
    parent: QWidget | None = None,
) -> QTableView:
    """A table over ``model``: whole rows selected, one at a time, fixed row heights.

    Args:
        model: what it shows.
        name: its accessible name.
        widths: column widths in pixels, by column (the last column stretches).
        parent: the owner.
    """
    table = QTableView(parent)
    table.setModel(model)
    table.setAccessibleName(name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.setTabKeyNavigation(False)
    table.verticalHeader().setVisible(False)
    rows = table.verticalHeader()
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    rows.setDefaultSectionSize(table.fontMetrics().height() + 12)
    columns = table.horizontalHeader()
    columns.setStretchLastSection(True)
    columns.setDefaultSectionSize(120)
    for column, width in (widths or {}).items():
        columns.resizeSection(column, width)
    return table


def selected_row(table: QTableView) -> int:
    """The row selected in ``table``, or -1."""
    rows = table.selectionModel().selectedRows()
    return rows[0].row() if rows else -1
