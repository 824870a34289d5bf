"""Enforcing the permission matrix: a denial raises and is written to the audit trail.

The role is read from the database at every check, so a role change or a disabled account
takes effect at once, not at the next sign-in.
"""

from __future__ import annotations

from peerdesk.clock import Clock, utcnow
from peerdesk.db import audit_log
from peerdesk.db.models import UserRow
from peerdesk.db.store import Store
from peerdesk.domain.errors import PermissionDenied
from peerdesk.domain.roles import Action, Role, is_allowed
from peerdesk.services.actor import Actor


def require(
    store: Store,
    actor: Actor,
    action: Action,
    *,
    object_type: str = "",
    object_id: str = "",
    clock: Clock = utcnow,
) -> None:
    """Return if ``actor`` may take ``action``; otherwise audit the denial and raise.

    The denial entry survives a rollback of the caller's transaction.
    """
    with store.uow() as uow:
        user = uow.session.get(UserRow, actor.user_id)
        role = Role(user.role) if user is not None and user.active else None
        if role is not None and is_allowed(role, action):
            return
        at = clock()

        def write_denial(session: object) -> None:
            from sqlalchemy.orm import Session

            assert isinstance(session, Session)
            audit_log.append(
                session,
                at=at,
                actor=actor.username,
                action=action.value,
                object_type=object_type,
                object_id=object_id,
                outcome="denied",
            )

        uow.keep_after_rollback(write_denial)
    raise PermissionDenied(action.value, (role or actor.role).value)
