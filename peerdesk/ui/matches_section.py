"""The Matches section: the list of matches, and the mentors suggested for a participant."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QTabWidget, QVBoxLayout, QWidget

from peerdesk.domain.roles import Action
from peerdesk.ui.match_list_tab import MatchListTab
from peerdesk.ui.mentor_suggestions_tab import MentorSuggestionsTab
from peerdesk.ui.widgets import heading_label

if TYPE_CHECKING:
    from peerdesk.services.participants import ParticipantSummary
    from peerdesk.ui.session import UiSession


class MatchesSection(QWidget):
    """Two tabs: "Matches" (by status, with their actions) and "Find a mentor".

    "Find a mentor" is there only for a role that may manage matches (suggestions are theirs).

    Args:
        session: the signed-in session.
        title: the heading.
    """

    def __init__(self, session: UiSession, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = heading_label(title, scale=1.4)
        self.list_tab = MatchListTab(session)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.list_tab, self.tr("Matches"))
        self.suggestions_tab: MentorSuggestionsTab | None = None
        if session.may(Action.MATCH_MANAGE):
            self.suggestions_tab = MentorSuggestionsTab(session)
            self.tabs.addTab(self.suggestions_tab, self.tr("Find a mentor"))
            self.suggestions_tab.proposed.connect(self._proposed)
        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        self._loaded = False

    def showEvent(self, event: QShowEvent) -> None:
        if not self._loaded:
            # The first queries run when the section is first shown, not when it is built.
            self._loaded = True
            self.list_tab.reload()
            if self.suggestions_tab is not None:
                self.suggestions_tab.search()
        super().showEvent(event)

    def find_mentor_for(self, person: ParticipantSummary) -> None:
        """Show "Find a mentor" ranking the mentors for ``person`` (from their page)."""
        if self.suggestions_tab is None:
            return  # a role that may not manage matches has no suggestions
        self.tabs.setCurrentWidget(self.suggestions_tab)
        self.suggestions_tab.show_person(person)

    def _proposed(self, match_id: str) -> None:
        # The list reloads on the "matches" event; keep the new match chosen there.
        self.list_tab.select_match(match_id)
