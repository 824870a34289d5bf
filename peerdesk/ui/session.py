"""What every screen of a signed-in session is handed: who, the services, where to run them."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from peerdesk.domain.roles import Action, is_allowed
from peerdesk.ui.app_events import AppEvents
from peerdesk.ui.preferences import Preferences
from peerdesk.ui.task_runner import Runner

if TYPE_CHECKING:
    from peerdesk.services.actor import Actor
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


@dataclass(frozen=True)
class Services:
    """The services of one open store. Call them only through the task runner."""

    participants: ParticipantService
    duplicates: DuplicateService
    users: UserService
    settings: SettingsService
    audit: AuditService
    timeline: TimelineService
    consent: ConsentService
    screening: ScreeningService
    keep_separate: KeepSeparateService
    referrals: ReferralService
    pathways: PathwayService
    goals: GoalService
    incentives: IncentiveService
    outcomes: OutcomeService
    mentors: MentorService
    matches: MatchService
    match_list: MatchListService
    groups: GroupService
    sessions: SessionService
    session_queries: SessionQueries
    contacts: ContactRecordingService
    notes: NoteService
    measures: MeasuresService
    alerts: AlertService
    reports: ReportService
    exports: ExportService
    partner_packets: PartnerPacketService
    backups: BackupService
    dashboard: DashboardService
    sync: SyncService
    sync_preview: SyncPreviewService
    sync_duplicates: SyncDuplicateService


@dataclass(frozen=True)
class UiSession:
    """A signed-in session as the windows see it.

    Args:
        actor: who is signed in.
        services: the services of the open store.
        runner: the worker thread every service call goes through.
        events: where changes are announced.
        preferences: this data folder's preferences (the language).
        today: today's date (replaced in tests).
    """

    actor: Actor
    services: Services
    runner: Runner
    events: AppEvents
    preferences: Preferences
    today: Callable[[], date] = field(default=date.today)

    def may(self, action: Action) -> bool:
        """Whether the signed-in role may take ``action`` (to decide what to show)."""
        return is_allowed(self.actor.role, action)
