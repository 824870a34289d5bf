"""Who is acting: passed to every service call."""

from __future__ import annotations

from dataclasses import dataclass

from peerdesk.domain.roles import Role


@dataclass(frozen=True)
class Actor:
    """The signed-in user as services see them."""

    user_id: str
    username: str
    role: Role
    site_id: str


#: Name recorded in the audit trail for actions taken with the recovery code.
RECOVERY_ACTOR = "recovery-code"
