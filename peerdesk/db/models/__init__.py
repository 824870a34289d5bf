"""All mapped tables; importing this module registers them on ``Base.metadata``."""

from peerdesk.db.models.audit import AuditRow, MetaRow
from peerdesk.db.models.base import Base
from peerdesk.db.models.participant import ParticipantRow, ParticipantStatusRow
from peerdesk.db.models.site import SiteKeyRow, SiteRow
from peerdesk.db.models.synced import ChangeLogRow
from peerdesk.db.models.user import UserRow

__all__ = [
    "AuditRow",
    "Base",
    "ChangeLogRow",
    "MetaRow",
    "ParticipantRow",
    "ParticipantStatusRow",
    "SiteKeyRow",
    "SiteRow",
    "UserRow",
]
