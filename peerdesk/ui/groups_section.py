"""The "Groups and sessions" section (or "My groups"): the list, one group, recording a session."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QStackedWidget, QWidget

from peerdesk.domain.roles import Action
from peerdesk.ui.app_events import GROUPS, PARTICIPANTS, SESSIONS
from peerdesk.ui.current_page_fit import fit_current_page
from peerdesk.ui.group_page import GroupPage
from peerdesk.ui.group_services import group_services
from peerdesk.ui.groups_list_page import GroupsListPage
from peerdesk.ui.session_recording_page import SessionRecordingPage
from peerdesk.ui.widgets import set_message

if TYPE_CHECKING:
    from peerdesk.services.timeline import SessionSummary
    from peerdesk.ui.session import UiSession


class GroupsSection(QStackedWidget):
    """Shows the groups; a group's page; the session form (for roles that record sessions).

    The services decide which groups a person sees: a peer educator gets the groups they
    facilitate, a coordinator every group.

    Args:
        session: the signed-in session.
        title: the list's heading.
    """

    def __init__(self, session: UiSession, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        services = group_services(session)
        self.list_page = GroupsListPage(session, services, title)
        self.group_page = GroupPage(session, services)
        self.recording_page: SessionRecordingPage | None = None
        self.addWidget(self.list_page)
        self.addWidget(self.group_page)
        if session.may(Action.SESSION_RECORD):
            self.recording_page = SessionRecordingPage(session)
            self.addWidget(self.recording_page)
            self.recording_page.back_requested.connect(self._back_from_recording)
            self.recording_page.saved.connect(self._saved)
        fit_current_page(self)  # a page behind the one showing does not widen it
        self.list_page.open_requested.connect(self.open_group)
        self.list_page.record_requested.connect(self.record_session)
        self.group_page.record_requested.connect(self.record_session)
        self.group_page.back_requested.connect(self.show_list)
        session.events.changed.connect(self._on_changed)
        self._return_to_group = False
        self._loaded = False

    def showEvent(self, event: QShowEvent) -> None:
        if not self._loaded:
            # The first query runs when the section is first shown, not when it is built.
            self._loaded = True
            self.list_page.reload()
            self.list_page.table.setFocus()
        super().showEvent(event)

    def _on_changed(self, what: frozenset[str]) -> None:
        if self._loaded and what & {GROUPS, SESSIONS, PARTICIPANTS}:
            self.list_page.reload()

    # --- moving between pages ------------------------------------------------------------
    def show_list(self) -> None:
        """Back to the list of groups."""
        self.setCurrentWidget(self.list_page)
        self.list_page.table.setFocus()

    def open_group(self, group_id: str) -> None:
        """Show one group's page."""
        group = next((g for g in self.list_page.groups if g.id == group_id), None)
        if group is None:
            return
        self.group_page.open_group(group)
        self.setCurrentWidget(self.group_page)
        self.group_page.sessions_table.setFocus()

    def record_session(self, group_id: str = "") -> None:
        """Show the session form, for ``group_id`` when given."""
        page = self.recording_page
        if page is None:
            return
        self._return_to_group = self.currentWidget() is self.group_page
        page.start(self.list_page.groups, group_id)
        self.setCurrentWidget(page)

    def _saved(self, summary: SessionSummary) -> None:
        page = self.recording_page
        self._back_from_recording()
        shown = self.currentWidget()
        if page is not None and isinstance(shown, GroupPage | GroupsListPage):
            set_message(shown.status_label, page.saved_text(summary))

    def _back_from_recording(self) -> None:
        if self._return_to_group and self.group_page.group is not None:
            self.setCurrentWidget(self.group_page)
            self.group_page.reload()
            self.group_page.sessions_table.setFocus()
        else:
            self.show_list()

    # --- leaving -----------------------------------------------------------------------------
    def has_unsaved_changes(self) -> bool:
        """Whether a session form showing holds ticks or text not saved."""
        page = self.recording_page
        return page is not None and self.currentWidget() is page and page.has_unsaved_changes()

    def confirm_leave(self, proceed: Callable[[], None]) -> None:
        """Ask about an unsaved session before the section is left."""
        page = self.recording_page
        if page is not None and self.currentWidget() is page:
            page.confirm_leave(proceed)
        else:
            proceed()
