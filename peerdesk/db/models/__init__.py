"""All mapped tables; importing this module registers them on ``Base.metadata``."""

from peerdesk.db.models.audit import AuditRow, MetaRow
from peerdesk.db.models.base import Base
from peerdesk.db.models.site import SiteKeyRow, SiteRow
from peerdesk.db.models.user import UserRow

__all__ = ["AuditRow", "Base", "MetaRow", "SiteKeyRow", "SiteRow", "UserRow"]
