"""The Administration section: a tab for each part the role may use."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from peerdesk.domain.navigation import AdminTab, admin_tabs
from peerdesk.ui.audit_tab import AuditTab
from peerdesk.ui.backup_tab import BackupTab
from peerdesk.ui.current_page_fit import fit_current_page
from peerdesk.ui.settings_tab import SettingsTab
from peerdesk.ui.sites_tab import SitesTab
from peerdesk.ui.users_tab import UsersTab
from peerdesk.ui.widgets import heading_label

if TYPE_CHECKING:
    from PySide6.QtGui import QShowEvent

    from peerdesk.ui.session import UiSession


class AdministrationSection(QWidget):
    """Users, settings, the audit trail and backups; each tab reads its data when first shown."""

    def __init__(self, session: UiSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tabs = QTabWidget()
        self.users_tab: UsersTab | None = None
        self.settings_tab: SettingsTab | None = None
        self.audit_tab: AuditTab | None = None
        self.backup_tab: BackupTab | None = None
        self.sites_tab: SitesTab | None = None
        for tab in admin_tabs(session.actor.role):
            if tab is AdminTab.USERS:
                self.users_tab = UsersTab(session)
                self.tabs.addTab(self.users_tab, self.tr("Users"))
            elif tab is AdminTab.SETTINGS:
                self.settings_tab = SettingsTab(session)
                self.tabs.addTab(self.settings_tab, self.tr("Settings"))
            elif tab is AdminTab.AUDIT:
                self.audit_tab = AuditTab(session)
                self.tabs.addTab(self.audit_tab, self.tr("Audit trail"))
            elif tab is AdminTab.BACKUPS:
                self.backup_tab = BackupTab(session)
                self.tabs.addTab(self.backup_tab, self.tr("Backups"))
            elif tab is AdminTab.SITES:
                self.sites_tab = SitesTab(session)
                self.tabs.addTab(self.sites_tab, self.tr("Sites and keys"))
        self._loaded: set[int] = set()
        fit_current_page(self.tabs)  # a tall tab makes only itself scroll down
        self.tabs.currentChanged.connect(self._load)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(heading_label(self.tr("Administration"), scale=1.4))
        layout.addWidget(self.tabs, 1)

    def showEvent(self, event: QShowEvent) -> None:
        self._load(self.tabs.currentIndex())
        super().showEvent(event)

    def _load(self, index: int) -> None:
        tab = self.tabs.widget(index)
        if isinstance(tab, AuditTab) and index in self._loaded:
            tab.reload()  # every action adds entries: read again each time it is shown
            return
        if index < 0 or index in self._loaded:
            return
        self._loaded.add(index)
        if isinstance(tab, UsersTab | SettingsTab | AuditTab | BackupTab | SitesTab):
            tab.reload()

    def has_unsaved_changes(self) -> bool:
        """Whether the settings showing hold values not saved yet."""
        tab = self.settings_tab
        return tab is not None and self.tabs.currentWidget() is tab and tab.has_unsaved_changes()

    def confirm_leave(self, proceed: Callable[[], None]) -> None:
        """Ask about unsaved settings before the section is left."""
        tab = self.settings_tab
        if tab is not None and self.tabs.currentWidget() is tab:
            tab.confirm_leave(proceed)
        else:
            proceed()
