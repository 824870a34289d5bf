"""One signal that says what changed, so each view reloads only what concerns it."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

#: Names carried by :attr:`AppEvents.changed`.
PARTICIPANTS = "participants"
USERS = "users"
SETTINGS = "settings"
#: The language, text size or contrast changed: the windows are built again.
APPEARANCE = "appearance"
AUDIT = "audit"
MATCHES = "matches"
MENTORS = "mentors"
GROUPS = "groups"
SESSIONS = "sessions"
CONTACTS = "contacts"
PARTNERS = "partners"
#: A bundle was imported or a sync conflict settled (records of any kind changed).
SYNC = "sync"
#: A site's key card was trusted or revoked, or this site's key replaced.
KEYS = "keys"


class AppEvents(QObject):
    """Announces changes made through the UI.

    ``changed`` carries a ``frozenset`` of names (:data:`PARTICIPANTS`, :data:`USERS`...); a view
    reloads when a name it shows is in the set. Every change is audited, so :data:`AUDIT` comes
    with every change.
    """

    changed = Signal(object)

    def announce(self, *what: str) -> None:
        """Emit ``changed`` with ``what`` (and :data:`AUDIT`)."""
        self.changed.emit(frozenset({*what, AUDIT}))
