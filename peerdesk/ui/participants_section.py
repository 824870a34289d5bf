"""The Participants section (or "My mentees"): the list and one participant, one at a time."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QStackedWidget, QWidget

from peerdesk.ui.current_page_fit import fit_current_page
from peerdesk.ui.participant_list_page import ParticipantListPage
from peerdesk.ui.participant_page import ParticipantPage

if TYPE_CHECKING:
    from peerdesk.ui.session import UiSession


class ParticipantsSection(QStackedWidget):
    """Shows the list; opening a participant (or "New participant…") shows their page.

    Args:
        session: the signed-in session.
        title: the list's heading.
    """

    #: The participant page's "Find a mentor…": a ParticipantSummary (the window goes to
    #: Matches › Find a mentor).
    find_mentor_requested = Signal(object)

    def __init__(self, session: UiSession, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list_page = ParticipantListPage(session, title)
        self.participant_page = ParticipantPage(session)
        self.addWidget(self.list_page)
        self.addWidget(self.participant_page)
        self.list_page.open_requested.connect(self.open_participant)
        self.list_page.new_requested.connect(self.new_participant)
        self.participant_page.back_requested.connect(self.show_list)
        self.participant_page.find_mentor_requested.connect(self.find_mentor_requested)
        fit_current_page(self)  # the list's wide filters (200 % text) stay the list's
        self._loaded = False

    def showEvent(self, event: QShowEvent) -> None:
        if not self._loaded:
            # The first query runs when the section is first shown, not when it is built.
            self._loaded = True
            self.list_page.apply_filters()
        super().showEvent(event)

    def open_participant(self, participant_id: str) -> None:
        """Show one participant's page."""
        self.participant_page.open_participant(participant_id)
        self.setCurrentWidget(self.participant_page)

    def new_participant(self) -> None:
        """Show an empty form for a new participant."""
        self.participant_page.start_new()
        self.setCurrentWidget(self.participant_page)

    def show_list(self) -> None:
        """Back to the list, with the search and the place in it kept."""
        self.setCurrentWidget(self.list_page)
        self.list_page.table.setFocus()

    def has_unsaved_changes(self) -> bool:
        """Whether a participant's form showing holds changes not saved."""
        return (
            self.currentWidget() is self.participant_page
            and self.participant_page.has_unsaved_changes()
        )

    def confirm_leave(self, proceed: Callable[[], None]) -> None:
        """Ask about unsaved changes before the section is left."""
        if self.currentWidget() is self.participant_page:
            self.participant_page.confirm_leave(proceed)
        else:
            proceed()
