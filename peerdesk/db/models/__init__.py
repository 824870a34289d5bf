"""All mapped tables; importing this module registers them on ``Base.metadata``."""

from peerdesk.db.models.audit import AuditRow, MetaRow
from peerdesk.db.models.base import Base
from peerdesk.db.models.consent import ConsentRow
from peerdesk.db.models.group import (
    AttendanceRow,
    GroupFacilitatorRow,
    GroupMemberRow,
    GroupRow,
    GroupSessionRow,
    SessionFacilitatorRow,
)
from peerdesk.db.models.incentive import IncentiveRow
from peerdesk.db.models.match import ContactRow, MatchRow
from peerdesk.db.models.measure_summary import (
    ActivityMonthRow,
    CustodyFollowUpRow,
    OpenMatchStartRow,
    ReferralMonthRow,
)
from peerdesk.db.models.mentor import (
    CertificationRow,
    MentorRow,
    SelectionStepRow,
    SupervisionRow,
    TrainingRow,
)
from peerdesk.db.models.note import NoteRow
from peerdesk.db.models.outcome import OutcomeRow
from peerdesk.db.models.participant import ParticipantRow, ParticipantStatusRow
from peerdesk.db.models.pathway import (
    GoalRow,
    MilestoneAchievementRow,
    MilestoneRow,
    ParticipantPhaseRow,
    PathwayPhaseRow,
    PathwayRow,
)
from peerdesk.db.models.referral import PartnerRow, ReferralRow
from peerdesk.db.models.screening import KeepSeparateRow, NeedAssessmentRow, ScreeningRow
from peerdesk.db.models.site import SiteKeyRow, SiteRow
from peerdesk.db.models.sync_state import BundleLogRow, ConflictRow, PeerKeyRow, SyncPeerRow
from peerdesk.db.models.synced import ChangeLogRow, SyncedMixin
from peerdesk.db.models.user import UserRow

__all__ = [
    "ActivityMonthRow",
    "AttendanceRow",
    "AuditRow",
    "Base",
    "BundleLogRow",
    "CertificationRow",
    "ChangeLogRow",
    "ConflictRow",
    "ConsentRow",
    "ContactRow",
    "CustodyFollowUpRow",
    "GoalRow",
    "GroupFacilitatorRow",
    "GroupMemberRow",
    "GroupRow",
    "GroupSessionRow",
    "IncentiveRow",
    "KeepSeparateRow",
    "MatchRow",
    "MentorRow",
    "MetaRow",
    "MilestoneAchievementRow",
    "MilestoneRow",
    "NeedAssessmentRow",
    "NoteRow",
    "OpenMatchStartRow",
    "OutcomeRow",
    "ParticipantPhaseRow",
    "ParticipantRow",
    "ParticipantStatusRow",
    "PartnerRow",
    "PathwayPhaseRow",
    "PathwayRow",
    "PeerKeyRow",
    "ReferralMonthRow",
    "ReferralRow",
    "ScreeningRow",
    "SelectionStepRow",
    "SessionFacilitatorRow",
    "SiteKeyRow",
    "SiteRow",
    "SupervisionRow",
    "SyncPeerRow",
    "SyncedMixin",
    "TrainingRow",
    "UserRow",
]
