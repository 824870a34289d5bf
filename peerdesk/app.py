"""Composition root: builds the application, its services and windows, and wires them.

Nothing else in peerdesk builds windows or services for the GUI; each piece is handed what it
needs here, so there are no globals to reach for.
"""

from __future__ import annotations

import os
import sys
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from peerdesk.db.store import DataPaths, Store
    from peerdesk.services.auth import SignedIn
    from peerdesk.services.site_setup import InitResult
    from peerdesk.ui.session import Services


def run_gui(data_dir: Path) -> int:
    """Start the desktop application on ``data_dir``; return the exit status."""
    from PySide6.QtCore import QCoreApplication, QLocale, QTimer
    from PySide6.QtWidgets import QApplication

    from peerdesk.db.store import DataPaths
    from peerdesk.domain.errors import DataDirUnusable
    from peerdesk.ui import i18n
    from peerdesk.ui.app_flow import AppFlow
    from peerdesk.ui.appearance import Appearance
    from peerdesk.ui.preferences import Preferences
    from peerdesk.ui.pyside_workaround import protect
    from peerdesk.ui.single_instance import SingleInstance, StartDecision
    from peerdesk.ui.task_runner import TaskRunner
    from peerdesk.ui.widgets import apply_base_font

    protect()
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("peerdesk")
    apply_base_font(app)
    paths = DataPaths(data_dir)
    preferences = Preferences.of_data_dir(paths.root)
    requested = os.environ.get(i18n.LANGUAGE_ENV) or (
        preferences.language if paths.root.is_dir() else ""
    )
    language = i18n.choose_language(requested, QLocale.system().name())
    i18n.install_translations(app, language)
    if paths.root.is_dir():
        Appearance(app).apply(preferences.text_scale, preferences.high_contrast)

    try:
        paths.ensure_writable()
    except DataDirUnusable:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.critical(
            None,
            "peerdesk",
            QCoreApplication.translate(
                "App",
                "peerdesk cannot write to its data folder:\n%1\n\n"
                "Ask IT for write access to it, or start peerdesk with --data-dir "
                "pointing to a folder you can write.",
            ).replace("%1", str(paths.root)),
        )
        return 1

    instance = SingleInstance(paths.root)
    # The lock now; the socket that answers a second start once the first window is up.
    decision = instance.start(listen=False)
    if decision is StartDecision.FORWARDED:
        return 0
    if decision is StartDecision.OPEN_ELSEWHERE:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.information(
            None,
            "peerdesk",
            QCoreApplication.translate(
                "App",
                "peerdesk is already open with this data folder, under another account or on "
                "another computer. Close it there first.",
            ),
        )
        return 1

    runner = TaskRunner()
    flow = AppFlow(_LazyAuth(paths), runner, build_services, preferences)
    instance.raise_requested.connect(flow.bring_forward)
    app.aboutToQuit.connect(flow.shutdown)
    app.aboutToQuit.connect(instance.release)
    if paths.is_initialized():
        flow.start()
    else:
        from peerdesk.ui.restore_entry import offer_restore_in_wizard
        from peerdesk.ui.setup_wizard import SetupWizard

        wizard = SetupWizard(partial(_initialize_site, paths), runner)
        wizard.accepted.connect(lambda: flow.start(username=wizard.admin_username))
        offer_restore_in_wizard(wizard, runner, paths.root, on_restored=flow.start)
        wizard.rejected.connect(app.quit)
        instance.raise_requested.connect(wizard.raise_)
        wizard.show()
    QTimer.singleShot(0, instance.listen)
    return int(app.exec())


def build_services(store: Store) -> Services:
    """The services the windows use, on one open store (call on the worker thread).

    Making a service runs no query (each holds the store and the clock), so all are made at
    sign-in.
    """
    from peerdesk.services.alerts import AlertService
    from peerdesk.services.audit import AuditService
    from peerdesk.services.backup import BackupService
    from peerdesk.services.consent import ConsentService
    from peerdesk.services.dashboard import DashboardService
    from peerdesk.services.duplicates import DuplicateService
    from peerdesk.services.export_service import ExportService
    from peerdesk.services.groups import GroupService
    from peerdesk.services.incentives import IncentiveService
    from peerdesk.services.match_list import MatchListService
    from peerdesk.services.matches import MatchService
    from peerdesk.services.measures import MeasuresService
    from peerdesk.services.mentors import MentorService
    from peerdesk.services.notes import NoteService
    from peerdesk.services.outcomes import OutcomeService
    from peerdesk.services.participants import ParticipantService
    from peerdesk.services.partner_packet import PartnerPacketService
    from peerdesk.services.pathways import GoalService, PathwayService
    from peerdesk.services.referrals import ReferralService
    from peerdesk.services.report_service import ReportService
    from peerdesk.services.screening import KeepSeparateService, ScreeningService
    from peerdesk.services.session_recording import ContactRecordingService
    from peerdesk.services.sessions import SessionService
    from peerdesk.services.settings import SettingsService
    from peerdesk.services.sync_duplicates import SyncDuplicateService
    from peerdesk.services.sync_import import SyncPreviewService
    from peerdesk.services.sync_service import SyncService
    from peerdesk.services.timeline import SessionQueries, TimelineService
    from peerdesk.services.users import UserService
    from peerdesk.ui.session import Services

    return Services(
        participants=ParticipantService(store),
        duplicates=DuplicateService(store),
        users=UserService(store),
        settings=SettingsService(store),
        audit=AuditService(store),
        timeline=TimelineService(store),
        consent=ConsentService(store),
        screening=ScreeningService(store),
        keep_separate=KeepSeparateService(store),
        referrals=ReferralService(store),
        pathways=PathwayService(store),
        goals=GoalService(store),
        incentives=IncentiveService(store),
        outcomes=OutcomeService(store),
        mentors=MentorService(store),
        matches=MatchService(store),
        match_list=MatchListService(store),
        groups=GroupService(store),
        sessions=SessionService(store),
        session_queries=SessionQueries(store),
        contacts=ContactRecordingService(store),
        notes=NoteService(store),
        measures=MeasuresService(store),
        alerts=AlertService(store),
        reports=ReportService(store),
        exports=ExportService(store),
        partner_packets=PartnerPacketService(store),
        backups=BackupService(store),
        dashboard=DashboardService(store),
        sync=SyncService(store),
        sync_preview=SyncPreviewService(store),
        sync_duplicates=SyncDuplicateService(store),
    )


class _LazyAuth:
    """The sign-in service, imported on first use (on the worker thread) so the window shows
    before SQLAlchemy's ORM has loaded."""

    def __init__(self, paths: DataPaths) -> None:
        self.paths = paths

    def sign_in(self, username: str, passphrase: str) -> SignedIn:
        from peerdesk.services.auth import AuthService

        return AuthService(self.paths).sign_in(username, passphrase)


def _initialize_site(paths: DataPaths, **fields: str) -> InitResult:
    from peerdesk.services.site_setup import initialize_site

    return initialize_site(paths, **fields)
