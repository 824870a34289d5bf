"""Enforcing the permission matrix: a denial raises and is written to the audit trail."""

from __future__ import annotations

from peerdesk.clock import Clock, utcnow
from peerdesk.db import audit_log
from peerdesk.db.store import Store
from peerdesk.domain.errors import PermissionDenied
from peerdesk.domain.roles import Action, is_allowed
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

    The denial is committed in its own transaction so it survives the caller's rollback.
    """
    if is_allowed(actor.role, action):
        return
    with store.uow() as uow:
        audit_log.append(
            uow.session,
            at=clock(),
            actor=actor.username,
            action=action.value,
            object_type=object_type,
            object_id=object_id,
            outcome="denied",
        )
    raise PermissionDenied(action.value, actor.role.value)
