"""The Peer educators section: the list, and one peer educator's record, one at a time."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QDialog, QStackedWidget, QWidget

from peerdesk.ui.app_events import MENTORS
from peerdesk.ui.mentor_dialogs import NewMentorDialog
from peerdesk.ui.mentor_list_page import MentorListPage
from peerdesk.ui.mentor_page import MentorPage

if TYPE_CHECKING:
    from peerdesk.ui.session import UiSession


class PeerEducatorsSection(QStackedWidget):
    """Shows the list; opening one shows their page. ``dialog`` holds "New…" while open.

    Args:
        session: the signed-in session.
        title: the list's heading.
    """

    def __init__(self, session: UiSession, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.dialog: NewMentorDialog | None = None
        self.list_page = MentorListPage(session, title)
        self.mentor_page = MentorPage(session)
        self.addWidget(self.list_page)
        self.addWidget(self.mentor_page)
        self.list_page.open_requested.connect(self.open_mentor)
        self.list_page.new_requested.connect(self.new_mentor)
        self.mentor_page.back_requested.connect(self.show_list)
        self._loaded = False

    def showEvent(self, event: QShowEvent) -> None:
        if not self._loaded:
            self._loaded = True  # the first query runs when first shown
            self.list_page.reload()
        super().showEvent(event)

    def open_mentor(self, mentor_id: str) -> None:
        """Show one peer educator's page."""
        self.mentor_page.open_mentor(mentor_id)
        self.setCurrentWidget(self.mentor_page)

    def show_list(self) -> None:
        """Back to the list."""
        self.setCurrentWidget(self.list_page)
        self.list_page.table.setFocus()

    def new_mentor(self) -> None:
        """Ask for a new applicant; their page opens once added."""
        dialog = NewMentorDialog(self._session, self)

        def finished(result: int) -> None:
            self.dialog = None
            dialog.deleteLater()
            if result == QDialog.DialogCode.Accepted and dialog.made is not None:
                self._session.events.announce(MENTORS)
                self.open_mentor(dialog.made.id)

        dialog.finished.connect(finished)
        self.dialog = dialog
        dialog.open()
