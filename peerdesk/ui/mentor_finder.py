"""Choosing one peer educator: type part of the name; those found show below; arrows move,
Enter takes one.

A program may have 12,500 peer educators, too many for a drop-down: the search runs in SQL
through ``MentorQueries.mentor_page`` (every word starts the last or the first name), a short
while after the last key, one short page at a time, on the worker thread.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, ClassVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QHeaderView, QWidget

from peerdesk.services.mentor_queries import MentorSummary, MentorSummaryPage
from peerdesk.ui.mentor_labels import mentor_label
from peerdesk.ui.report_messages import report_error_text
from peerdesk.ui.row_table_model import RowTableModel
from peerdesk.ui.search_picker import SearchPicker
from peerdesk.ui.table_views import row_table

translate = QCoreApplication.translate

if TYPE_CHECKING:
    from peerdesk.domain.mentor_rules import MentorSide, MentorStatus
    from peerdesk.ui.session import UiSession

#: Peer educators shown at a time; more means the person should type more of the name.
PAGE_SIZE = 50
#: Rows of results visible without scrolling.
VISIBLE_ROWS = 5
#: The longest search typed (a name's words; the service looks at the first four).
MAX_SEARCH_LENGTH = 100


def mentor_name(row: MentorSummary) -> str:
    """A peer educator's name as lists show it: "Last, First"."""
    return f"{row.last_name}, {row.first_name}"


class MentorChoiceModel(RowTableModel[MentorSummary]):
    """Peer educators found: the name, the side and the status."""

    CONTEXT: ClassVar[str] = "MentorChoiceModel"
    HEADERS: ClassVar[tuple[str, ...]] = (
        QT_TRANSLATE_NOOP("MentorChoiceModel", "Peer educator"),
        QT_TRANSLATE_NOOP("MentorChoiceModel", "Side"),
        QT_TRANSLATE_NOOP("MentorChoiceModel", "Status"),
    )

    def cell(self, row: MentorSummary, column: int) -> str:
        if column == 0:
            return mentor_name(row)
        if column == 1:
            return mentor_label("side", row.side.value)
        return mentor_label("mentor_status", row.status.value)


class MentorPlacesModel(RowTableModel[MentorSummary]):
    """Mentors found with how many more mentees each can take (capacity less open matches)."""

    CONTEXT: ClassVar[str] = "MentorPlacesModel"
    HEADERS: ClassVar[tuple[str, ...]] = (
        QT_TRANSLATE_NOOP("MentorPlacesModel", "Mentor"),
        QT_TRANSLATE_NOOP("MentorPlacesModel", "Free places"),
    )

    def cell(self, row: MentorSummary, column: int) -> str:
        if column == 0:
            return mentor_name(row)
        return str(max(0, row.capacity - row.open_matches))


class MentorFinder(SearchPicker):
    """A search box over the peer educators, and those found (``search_picker``).

    Nothing is selected before something is typed (the first of the list is nobody's
    choice); once a name is typed the first found is selected, and the arrows move.
    ``said`` tells when the line under the results shows or changes (a dialog makes room).

    Args:
        session: the signed-in session.
        model: how the rows found are shown (:class:`MentorChoiceModel` or
            :class:`MentorPlacesModel`).
        name: the accessible name of the search box ("Search for the community mentor").
        status: only peer educators with this status.
        side: only peer educators of this side.
    """

    def __init__(
        self,
        session: UiSession,
        model: RowTableModel[MentorSummary],
        name: str,
        *,
        status: MentorStatus | None = None,
        side: MentorSide | None = None,
        parent: QWidget | None = None,
    ) -> None:
        table = row_table(model, translate("MentorFinder", "Peer educators found"))
        # The name takes the room the other (short) columns leave: no sideways scrolling.
        columns = table.horizontalHeader()
        columns.setStretchLastSection(False)
        columns.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        columns.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        super().__init__(
            session,
            model,
            table,
            visible_rows=VISIBLE_ROWS,
            max_length=MAX_SEARCH_LENGTH,
            parent=parent,
        )
        self._filters = (status, side)
        #: Whether the search of nothing found no one (there is no one to choose at all).
        self.none_at_all = False
        self.search_edit.setPlaceholderText(self.tr("Type part of the name"))
        self.search_edit.setAccessibleName(name)
        self.search_edit.setAccessibleDescription(
            self.tr("Type part of a name; the arrows choose among those found; Enter takes one.")
        )

    def load(self) -> None:
        """Show the first peer educators by name (once; later calls do nothing)."""
        if self._searched is None and self._pending is None:
            self.search_now()

    def _find(self, text: str) -> Callable[[], MentorSummaryPage]:
        service, actor = self._session.services.mentors, self._session.actor
        status, side = self._filters
        return lambda: service.mentor_page(
            actor, status=status, side=side, search=text, limit=PAGE_SIZE
        )

    def _select_first(self, text: str) -> bool:
        return bool(text)

    def _status_for(self, page: MentorSummaryPage, text: str) -> str:
        if not text:
            self.none_at_all = not page.rows
        if not page.rows and text:
            return self.tr("No one found whose name starts with “%1”.").replace("%1", text)
        if not page.rows:
            return self.tr("There is no one to choose.")
        if page.cut:
            number = QLocale().toString
            status = self.tr("The first %1 of %2 are shown; type more of the name.")
            return status.replace("%1", number(len(page.rows))).replace("%2", number(page.total))
        return ""

    def _error_for(self, exc: Exception) -> str:
        return report_error_text(exc)

    def choice(self) -> MentorSummary | None:
        """The peer educator selected, or None (also while the rows shown are for other text)."""
        row = self.current_row()
        if row < 0 or not self.fresh():
            return None
        return self.model.row(row)

    def mentor_id(self, *, fresh: bool = True) -> str:
        """The id of the peer educator selected ("" when none).

        Args:
            fresh: "" as well while the rows shown were found for other text than the
                box holds now (typed on, the new search not back yet).
        """
        if fresh and not self.fresh():
            return ""
        return self._selected_id()
