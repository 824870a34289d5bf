"""The participants list as a table model fed one page at a time by ``search``.

Sorting and filtering happen in the query, never in a proxy, so the list stays instant with
100,000 participants: the view asks for more rows as it scrolls (``canFetchMore`` and
``fetchMore``), and each page of :data:`PAGE_SIZE` rows is one indexed query on the worker.
A further page is asked for ``after`` the sort key of the last row held (keyset paging), so
it is read from there along the index: as fast at row 99,900 as at row 200, where counting
off 99,900 rows took up to a second.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from peerdesk.ui.form_fields import format_date
from peerdesk.ui.labels import status_label
from peerdesk.ui.messages import error_text
from peerdesk.ui.task_runner import Runner

if TYPE_CHECKING:
    from peerdesk.services.participants import (
        ParticipantPage,
        ParticipantQuery,
        ParticipantSummary,
    )

Index = QModelIndex | QPersistentModelIndex
Search = Callable[["ParticipantQuery"], "ParticipantPage"]

PAGE_SIZE = 200

COL_NAME, COL_DOC, COL_STATUS, COL_UNIT, COL_RELEASE = range(5)
_HEADERS = (
    QT_TRANSLATE_NOOP("ParticipantTableModel", "Name"),
    QT_TRANSLATE_NOOP("ParticipantTableModel", "DOC number"),
    QT_TRANSLATE_NOOP("ParticipantTableModel", "Status"),
    QT_TRANSLATE_NOOP("ParticipantTableModel", "Housing unit"),
    QT_TRANSLATE_NOOP("ParticipantTableModel", "Projected release"),
)
#: The ``ParticipantQuery.sort`` key of each column.
SORT_KEYS = {
    COL_NAME: "name",
    COL_DOC: "doc_number",
    COL_STATUS: "status",
    COL_UNIT: "unit",
    COL_RELEASE: "release",
}


def display_name(p: ParticipantSummary) -> str:
    """ "Last, First" with the preferred name in quotes when there is one."""
    name = f"{p.legal_last_name}, {p.legal_first_name}"
    return f"{name} “{p.preferred_name}”" if p.preferred_name else name


class ParticipantTableModel(QAbstractTableModel):
    """Rows of ``ParticipantSummary``, loaded page by page for the current query.

    Emits ``loaded(total)`` when the first page of a new query arrives and ``failed(text)`` when
    a page cannot be read. Answers that arrive after the query changed are dropped.

    Args:
        search: runs one ``ParticipantQuery`` (on the worker thread).
        runner: the task runner.
    """

    IdRole = Qt.ItemDataRole.UserRole + 1
    loaded = Signal(int)
    failed = Signal(str)

    def __init__(self, search: Search, runner: Runner, parent: Any = None) -> None:
        super().__init__(parent)
        from peerdesk.services.participants import ParticipantQuery

        self._search = search
        self._runner = runner
        self._query: ParticipantQuery = ParticipantQuery(limit=PAGE_SIZE)
        self._rows: list[ParticipantSummary] = []
        self._last_key: tuple[Any, ...] | None = None  # of the last row held
        self._total = 0
        self._generation = 0
        self._loading = False

    # --- queries -----------------------------------------------------------------------
    @property
    def query(self) -> ParticipantQuery:
        """The query the rows answer (offset and limit aside)."""
        return self._query

    @property
    def total(self) -> int:
        """How many participants match the query (not only the rows loaded)."""
        return self._total

    @property
    def loading(self) -> bool:
        """Whether a page is being read."""
        return self._loading

    def set_query(self, query: ParticipantQuery) -> None:
        """Show the first page of ``query``; the current rows stay until it arrives."""
        self._query = replace(query, offset=0, limit=PAGE_SIZE, after=None)
        self._generation += 1
        self._request(self._generation, 0, first=True)

    def reload(self) -> None:
        """Read the current query again from its first page."""
        self.set_query(self._query)

    def _request(self, generation: int, offset: int, *, first: bool) -> None:
        self._loading = True
        query = replace(self._query, offset=offset, after=None if first else self._last_key)
        search = self._search
        self._runner.run(
            lambda: search(query),
            on_done=lambda page: self._arrived(generation, page, first),
            on_error=lambda exc: self._failed(generation, exc),
            owner=self,
        )

    def _arrived(self, generation: int, page: ParticipantPage, first: bool) -> None:
        if generation != self._generation:
            return
        # Still "loading" while the rows go in, so a view reacting to them asks for no page
        # before the model is whole again.
        if first:
            self.beginResetModel()
            self._rows = list(page.rows)
            self._last_key = page.last_key
            self._total = page.total
            self.endResetModel()
            self._loading = False
            self.loaded.emit(self._total)
            return
        self._total = page.total
        if page.rows:
            start = len(self._rows)
            self.beginInsertRows(QModelIndex(), start, start + len(page.rows) - 1)
            self._rows.extend(page.rows)
            self._last_key = page.last_key
            self.endInsertRows()
        else:
            self._total = len(self._rows)  # rows were removed meanwhile: stop asking
        self._loading = False

    def _failed(self, generation: int, exc: Exception) -> None:
        if generation == self._generation:
            self._loading = False
            self.failed.emit(error_text(exc))

    # --- paging ----------------------------------------------------------------------------
    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        if parent.isValid():
            return False
        return not self._loading and len(self._rows) < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if self.canFetchMore(parent):
            self._request(self._generation, len(self._rows), first=False)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Ask for a new query in the order of ``column`` (columns all sort in SQL)."""
        key = SORT_KEYS.get(column)
        descending = order == Qt.SortOrder.DescendingOrder
        if key is None or (key, descending) == (self._query.sort, self._query.descending):
            return
        self.set_query(replace(self._query, sort=key, descending=descending))

    # --- the table -------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(_HEADERS)

    def participant_id(self, row: int) -> str:
        """The id of the participant on ``row``."""
        return self._rows[row].id

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        p = self._rows[index.row()]
        if role == self.IdRole:
            return p.id
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        column = index.column()
        if column == COL_NAME:
            return display_name(p)
        if column == COL_DOC:
            return p.doc_number
        if column == COL_STATUS:
            return status_label(p.status.value)
        if column == COL_UNIT:
            return p.housing_unit
        if column == COL_RELEASE:
            return format_date(p.projected_release_date)
        return None

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(_HEADERS)
        ):
            return QCoreApplication.translate("ParticipantTableModel", _HEADERS[section])
        return None
