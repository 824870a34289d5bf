"""Reading and changing site settings (stored in the encrypted database, audited)."""

from __future__ import annotations

from sqlalchemy.orm import Session

from peerdesk.clock import Clock, utcnow
from peerdesk.db import audit_log
from peerdesk.db.models import MetaRow
from peerdesk.db.store import Store
from peerdesk.domain import settings_rules
from peerdesk.domain.errors import ValidationError
from peerdesk.domain.roles import Action
from peerdesk.services.access import require
from peerdesk.services.actor import Actor

_PREFIX = "setting."


def read_setting(s: Session, name: str) -> int:
    """A setting's value inside an open unit of work (default when never set)."""
    spec = settings_rules.SPECS[name]
    row = s.get(MetaRow, _PREFIX + name)
    if row is None:
        return spec.default
    try:
        return settings_rules.check(name, int(row.value))
    except (ValueError, ValidationError):
        # A value edited outside peerdesk: fall back to the default rather than fail.
        return spec.default


class SettingsService:
    def __init__(self, store: Store, clock: Clock = utcnow) -> None:
        self.store = store
        self.clock = clock

    def all(self) -> dict[str, int]:
        """Every setting; readable by anyone signed in (the UI needs idle-lock minutes)."""
        with self.store.uow(write=False) as uow:
            return {name: read_setting(uow.session, name) for name in settings_rules.SPECS}

    def get(self, name: str) -> int:
        with self.store.uow(write=False) as uow:
            return read_setting(uow.session, name)

    def set(self, actor: Actor, name: str, value: int) -> None:
        require(self.store, actor, Action.SETTINGS_MANAGE, object_type="setting", clock=self.clock)
        value = settings_rules.check(name, value)
        with self.store.uow() as uow:
            s = uow.session
            row = s.get(MetaRow, _PREFIX + name)
            if row is None:
                s.add(MetaRow(key=_PREFIX + name, value=str(value)))
            else:
                row.value = str(value)
            audit_log.append(
                s,
                at=self.clock(),
                actor=actor.username,
                action="settings.change",
                object_type="setting",
                object_id=name,
            )
