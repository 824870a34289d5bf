"""The main window after sign-in: who and where, the navigation list and the sections."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QScrollArea,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from peerdesk.domain.navigation import Section, landing_section, sections_for
from peerdesk.ui.administration_section import AdministrationSection
from peerdesk.ui.dashboard_section import DashboardSection
from peerdesk.ui.groups_section import GroupsSection
from peerdesk.ui.idle_banner import IdleBanner
from peerdesk.ui.matches_section import MatchesSection
from peerdesk.ui.messages import kind_label, role_label
from peerdesk.ui.page_frame import framed_page, page_frame
from peerdesk.ui.participants_section import ParticipantsSection
from peerdesk.ui.peer_educators_section import PeerEducatorsSection
from peerdesk.ui.referrals_section import ReferralsSection
from peerdesk.ui.reports_section import ReportsSection
from peerdesk.ui.sync_section import SyncSection
from peerdesk.ui.widgets import enlarge, heading_label

if TYPE_CHECKING:
    from peerdesk.services.participants import ParticipantSummary
    from peerdesk.services.site_info import SiteInfo
    from peerdesk.ui.session import UiSession

Proceed = Callable[[], None]
#: Sections that ask before they are left with changes not saved.
_AskingPage = ParticipantsSection | GroupsSection | AdministrationSection


class MainWindow(QMainWindow):
    """The site and the signed-in person on top, the sections the role may use on the left.

    The window holds no store: closing the store is the app flow's job, so the window only
    emits ``lock_requested``, ``sign_out_requested``, ``switch_user_requested`` or, when closed
    (quitting), ``closed``.

    Args:
        info: the site, from ``site_info``.
        session: the signed-in session.
        start_section: where to start (after an unlock); else the role's landing section.
    """

    lock_requested = Signal()
    sign_out_requested = Signal()
    switch_user_requested = Signal()
    #: Administration › Backups › Restore checked and unlocked a backup (a ``ReplaceRequest``):
    #: the app flow ends the session and installs it.
    replace_data_requested = Signal(object)
    closed = Signal()

    def __init__(
        self,
        info: SiteInfo,
        session: UiSession,
        start_section: Section | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        actor = session.actor
        # The title shows on the taskbar and in screen captures: nothing about any person.
        self.setWindowTitle("peerdesk")
        self.resize(1280, 800)
        self._close_confirmed = False
        self._build_actions()

        self.site_name_label = heading_label(info.name, scale=1.5)
        self.site_name_label.setTextFormat(Qt.TextFormat.PlainText)
        self.kind_label = QLabel(kind_label(info.kind))
        self.user_label = QLabel(actor.username)
        self.user_label.setTextFormat(Qt.TextFormat.PlainText)
        self.role_label = QLabel(role_label(actor.role.value))
        who = QHBoxLayout()
        who.setSpacing(6)
        who.addWidget(self.kind_label)
        who.addWidget(QLabel("·"))
        who.addWidget(QLabel(self.tr("Signed in as")))
        who.addWidget(self.user_label)
        who.addWidget(QLabel("·"))
        who.addWidget(self.role_label)
        who.addStretch(1)
        header = QWidget()
        header.setObjectName("header")
        header_layout = QVBoxLayout(header)
        header_layout.setContentsMargins(16, 8, 16, 8)
        header_layout.setSpacing(2)
        header_layout.addWidget(self.site_name_label)
        header_layout.addLayout(who)

        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setAccessibleName(self.tr("Sections"))
        self.nav.setStyleSheet("#navigation::item { padding: 8px 10px; }")
        enlarge(self.nav, 1.1)
        self.stack = QStackedWidget()
        self.pages: dict[Section, QWidget] = {}
        #: Each page in a scroll area: a page wider than the window (200 % text, a long
        #: translation) scrolls instead of making the window wider than the screen.
        self.frames: dict[Section, QScrollArea] = {}
        self.sections: list[Section] = []
        self.go_menu = go_menu = self.menuBar().addMenu(self.tr("&Go"))
        for section in sections_for(actor.role):
            page = self._build_page(section, session, self.section_title(section))
            if page is None:
                continue  # not in this version: absent, never a placeholder
            self.pages[section] = page
            self.frames[section] = frame = page_frame(page)
            self.sections.append(section)
            self.stack.addWidget(frame)
            self.nav.addItem(self.section_title(section))
            number = len(self.sections)
            action = QAction(self.section_title(section), self)
            action.setData(section.value)
            if number <= 9:
                action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            go_menu.addAction(action)
        go_menu.triggered.connect(self._go)
        dashboard = self.pages.get(Section.DASHBOARD)
        if isinstance(dashboard, DashboardSection):
            dashboard.open_participant_requested.connect(self.open_participant)
            dashboard.open_mentor_requested.connect(self.open_mentor)
        referrals = self.pages.get(Section.REFERRALS)
        if isinstance(referrals, ReferralsSection):
            referrals.open_participant_requested.connect(self.open_participant)
        sync = self.pages.get(Section.SYNC)
        if isinstance(sync, SyncSection):
            sync.open_participant_requested.connect(self.open_participant)
        for where in (Section.PARTICIPANTS, Section.MY_MENTEES):
            people = self.pages.get(where)
            if isinstance(people, ParticipantsSection):
                people.find_mentor_requested.connect(self.find_mentor_for)
        admin = self.pages.get(Section.ADMINISTRATION)
        if isinstance(admin, AdministrationSection) and admin.backup_tab is not None:
            admin.backup_tab.replace_requested.connect(self.replace_data_requested)
        self.nav.setFixedWidth(max(200, self.nav.sizeHintForColumn(0) + 40))
        self.nav.currentRowChanged.connect(self._nav_changed)

        body = QHBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(0)
        body.addWidget(self.nav)
        body.addWidget(self.stack, 1)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(header)
        self.idle_banner = IdleBanner()
        layout.addWidget(self.idle_banner)
        layout.addLayout(body, 1)
        self.setCentralWidget(central)

        start = start_section if start_section in self.pages else None
        start = start or landing_section(actor.role, frozenset(self.pages))
        if start is not None:
            self.show_section(start)

    def _build_actions(self) -> None:
        self.lock_action = QAction(self.tr("&Lock"), self)
        self.lock_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_L))
        self.lock_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.lock_action.setToolTip(self.tr("Lock peerdesk now (Ctrl+L)"))
        self.lock_action.triggered.connect(self.lock_requested)
        self.switch_user_action = QAction(self.tr("S&witch user"), self)
        self.switch_user_action.setToolTip(
            self.tr("End your session so someone else can sign in on this computer")
        )
        self.switch_user_action.triggered.connect(self._switch_user)
        self.sign_out_action = QAction(self.tr("Sign &out"), self)
        self.sign_out_action.triggered.connect(self._sign_out)
        self.quit_action = QAction(self.tr("&Quit"), self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)

        menu = self.menuBar().addMenu(self.tr("&Session"))
        for action in (self.lock_action, self.switch_user_action, self.sign_out_action):
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.quit_action)
        toolbar = QToolBar(self.tr("Session"))
        toolbar.setObjectName("session_toolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for action in (self.lock_action, self.switch_user_action, self.sign_out_action):
            toolbar.addAction(action)
        self.addToolBar(toolbar)

    # --- sections ------------------------------------------------------------------------
    def section_title(self, section: Section) -> str:
        """The translated name of ``section`` in the navigation list."""
        titles = {
            Section.MY_GROUPS: self.tr("My groups"),
            Section.MY_MENTEES: self.tr("My mentees"),
            Section.DASHBOARD: self.tr("Dashboard"),
            Section.PARTICIPANTS: self.tr("Participants"),
            Section.PEER_EDUCATORS: self.tr("Peer educators"),
            Section.MATCHES: self.tr("Matches"),
            Section.GROUPS: self.tr("Groups and sessions"),
            Section.REFERRALS: self.tr("Referrals and partners"),
            Section.REPORTS: self.tr("Reports"),
            Section.SYNC: self.tr("Sync"),
            Section.ADMINISTRATION: self.tr("Administration"),
        }
        return titles[section]

    @staticmethod
    def _build_page(section: Section, session: UiSession, title: str) -> QWidget | None:
        """The page of ``section``, or ``None`` when this version has none."""
        if section in (Section.PARTICIPANTS, Section.MY_MENTEES):
            return ParticipantsSection(session, title)
        if section is Section.ADMINISTRATION:
            return AdministrationSection(session)
        if section is Section.MATCHES:
            return MatchesSection(session, title)
        if section is Section.PEER_EDUCATORS:
            return PeerEducatorsSection(session, title)
        if section in (Section.GROUPS, Section.MY_GROUPS):
            return GroupsSection(session, title)
        if section is Section.DASHBOARD:
            return DashboardSection(session)
        if section is Section.REPORTS:
            return ReportsSection(session)
        if section is Section.REFERRALS:
            return ReferralsSection(session)
        if section is Section.SYNC:
            return SyncSection(session)
        return None

    def current_section(self) -> Section | None:
        """The section showing."""
        row = self.nav.currentRow()
        return self.sections[row] if 0 <= row < len(self.sections) else None

    def show_section(self, section: Section) -> None:
        """Show ``section`` at once (no question about unsaved changes)."""
        row = self.sections.index(section)
        self.nav.blockSignals(True)
        self.nav.setCurrentRow(row)
        self.nav.blockSignals(False)
        self.stack.setCurrentWidget(self.frames[section])

    def current_page(self) -> QWidget | None:
        """The page showing (inside its scroll area)."""
        return framed_page(self.stack.currentWidget())

    def request_section(self, section: Section) -> None:
        """Go to ``section`` once the page showing agrees to be left."""
        if section in self.pages and section is not self.current_section():
            self._leave(lambda: self.show_section(section))

    def open_participant(self, participant_id: str) -> None:
        """Show the Participants section on one participant's page (from a dashboard alert)."""
        section = self.pages.get(Section.PARTICIPANTS)
        if isinstance(section, ParticipantsSection):
            self.show_section(Section.PARTICIPANTS)
            section.open_participant(participant_id)

    def find_mentor_for(self, person: ParticipantSummary) -> None:
        """Show Matches › Find a mentor for one participant (from their page's Matches tab)."""
        matches = self.pages.get(Section.MATCHES)
        if not isinstance(matches, MatchesSection):
            return

        def go() -> None:
            self.show_section(Section.MATCHES)
            matches.find_mentor_for(person)

        self._leave(go)

    def open_mentor(self, mentor_id: str) -> None:
        """Show the Peer educators section on one peer educator's page (from an alert)."""
        section = self.pages.get(Section.PEER_EDUCATORS)
        if isinstance(section, PeerEducatorsSection):
            self.show_section(Section.PEER_EDUCATORS)
            section.open_mentor(mentor_id)

    def _go(self, action: QAction) -> None:
        self.request_section(Section(action.data()))

    def _switch_user(self) -> None:
        self._leave(self.switch_user_requested.emit)

    def _sign_out(self) -> None:
        self._leave(self.sign_out_requested.emit)

    def _nav_changed(self, row: int) -> None:
        target = self.sections[row]
        current = self.current_page()
        # Keep the list on the page showing until it agrees to be left.
        for section, page in self.pages.items():
            if page is current:
                self.show_section(section)
        self.request_section(target)

    def _page_to_confirm(
        self,
    ) -> ParticipantsSection | GroupsSection | AdministrationSection | None:
        """The page showing, when it holds unsaved changes."""
        page = self.current_page()
        pages_that_ask = ParticipantsSection | GroupsSection | AdministrationSection
        if isinstance(page, pages_that_ask) and page.has_unsaved_changes():
            return page
        return None

    def warn_idle(self, seconds: int) -> None:
        """The idle lock comes in ``seconds``: show the warning strip."""
        self.idle_banner.show_warning(seconds, unsaved=self._page_to_confirm() is not None)

    def _leave(self, proceed: Proceed) -> None:
        page = self._page_to_confirm()
        if page is None:
            proceed()
        else:
            page.confirm_leave(proceed)

    # --- closing ---------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        """Closing the window ends the session (the application then quits)."""
        page = self._page_to_confirm()
        if not self._close_confirmed and page is not None:
            event.ignore()
            page.confirm_leave(self._confirmed_close)
            return
        self.closed.emit()
        super().closeEvent(event)

    def _confirmed_close(self) -> None:
        self._close_confirmed = True
        self.close()
