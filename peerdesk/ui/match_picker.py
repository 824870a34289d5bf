"""Choosing the mentee a contact is for: type part of a name, a DOC number or the mentor's
name; the matches found show below; arrows move, Enter takes one.

The search runs in SQL through ``ContactService.find_open_matches`` (visibility applied
there), a short while after the last key, one page at a time: it stays quick with 100,000
participants.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, ClassVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QWidget

from peerdesk.services.contact_queries import MAX_SEARCH_LENGTH, MatchChoice, MatchChoicePage
from peerdesk.ui.messages import error_text
from peerdesk.ui.row_table_model import RowTableModel
from peerdesk.ui.search_picker import SearchPicker
from peerdesk.ui.table_views import row_table

translate = QCoreApplication.translate

if TYPE_CHECKING:
    from peerdesk.ui.session import UiSession

#: Matches shown at a time; more means the person should type more.
PAGE_SIZE = 50
#: Rows of results visible without scrolling.
VISIBLE_ROWS = 6


class MatchChoiceModel(RowTableModel[MatchChoice]):
    """Open matches found: the mentee, their DOC number, their mentor."""

    CONTEXT: ClassVar[str] = "MatchChoiceModel"
    HEADERS: ClassVar[tuple[str, ...]] = (
        QT_TRANSLATE_NOOP("MatchChoiceModel", "Mentee"),
        QT_TRANSLATE_NOOP("MatchChoiceModel", "DOC number"),
        QT_TRANSLATE_NOOP("MatchChoiceModel", "Mentor"),
    )

    def cell(self, row: MatchChoice, column: int) -> str:
        return (row.participant_name, row.doc_number, row.mentor_name)[column]


class MatchPicker(SearchPicker):
    """A search box over the open matches, and the matches found (``search_picker``).

    Emits ``taken`` when Enter takes the match selected (the dialog then moves on).

    Args:
        session: the signed-in session.
        first: matches to show before anything is typed (else the first page is read).
    """

    def __init__(
        self,
        session: UiSession,
        first: Sequence[MatchChoice] = (),
        parent: QWidget | None = None,
    ) -> None:
        model = MatchChoiceModel()
        super().__init__(
            session,
            model,
            row_table(model, translate("MatchPicker", "Open matches found"), {0: 200, 1: 100}),
            visible_rows=VISIBLE_ROWS,
            max_length=MAX_SEARCH_LENGTH,
            parent=parent,
        )
        self.search_edit.setPlaceholderText(self.tr("Name, DOC number or mentor"))
        self.search_edit.setAccessibleName(self.tr("Search for the mentee"))
        self.search_edit.setAccessibleDescription(
            self.tr("Type part of a name; the arrows choose among the matches; Enter takes one.")
        )
        if first:
            self._show(MatchChoicePage(tuple(first[:PAGE_SIZE]), len(first) > PAGE_SIZE), "")
        else:
            self.search_now()

    def _find(self, text: str) -> Callable[[], MatchChoicePage]:
        service, actor = self._session.services.contacts, self._session.actor
        return lambda: service.find_open_matches(actor, text, PAGE_SIZE)

    def _status_for(self, page: MatchChoicePage, text: str) -> str:
        if not page.rows and text:
            return self.tr("No open match you can see matches “%1”.").replace("%1", text)
        if not page.rows:
            return self.tr("There is no active match to record for.")
        if page.more:
            return self.tr("The first %1 are shown; type more to narrow them.").replace(
                "%1", str(len(page.rows))
            )
        return ""

    def _error_for(self, exc: Exception) -> str:
        return error_text(exc)

    def match_id(self) -> str:
        """The id of the match selected ("" when none)."""
        return self._selected_id()

    def choice(self) -> MatchChoice | None:
        """The match selected, or None."""
        row = self.current_row()
        return self.model.row(row) if row >= 0 else None
