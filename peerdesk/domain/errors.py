"""Typed errors raised by services and caught by the UI and the CLI.

Each carries data, not formatted prose for a specific screen: the UI turns it into translated
text. ``str(error)`` is a plain English sentence safe to show a user (it never contains names or
notes), which the CLI prints as its one line.
"""

from __future__ import annotations


class PeerdeskError(Exception):
    """Base class of every error a user may see."""


class ValidationError(PeerdeskError):
    """A value a user typed is not acceptable."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field
        self.message = message


class PermissionDenied(PeerdeskError):
    """The signed-in user's role does not allow the action."""

    def __init__(self, action: str, role: str) -> None:
        super().__init__(f"Your role ({role}) does not allow this: {action}.")
        self.action = action
        self.role = role


class NotFound(PeerdeskError):
    """A record asked for does not exist (or is not visible to the user)."""

    def __init__(self, kind: str, key: str) -> None:
        super().__init__(f"No {kind} found for {key}.")
        self.kind = kind
        self.key = key


class AuthenticationFailed(PeerdeskError):
    """Sign-in failed. Deliberately never says whether the user name exists."""

    def __init__(self) -> None:
        super().__init__("The user name or passphrase is not right.")


class AccountLocked(PeerdeskError):
    """Too many failed sign-ins in a row; also raised for unknown user names, by design."""

    def __init__(self, minutes_left: int) -> None:
        super().__init__(
            "Too many failed attempts: sign-in is locked for "
            f"{minutes_left} more minute{'s' if minutes_left != 1 else ''}, "
            "or until a coordinator unlocks the account."
        )
        self.minutes_left = minutes_left


class StoreError(PeerdeskError):
    """The data directory cannot be used as it is."""


class StoreNotInitialized(StoreError):
    """No peerdesk data in the directory yet."""


class StoreAlreadyInitialized(StoreError):
    """``init`` was asked for a directory that already holds a site."""


class StoreDamaged(StoreError):
    """The database file is truncated, corrupted or not a peerdesk database."""


class KeySlotsDamaged(StoreError):
    """The key-slot file is missing, unreadable or has been altered."""


class KeySlotsBusy(StoreError):
    """Another peerdesk program kept the key-slot file locked for too long."""


class NewerSchema(StoreError):
    """The database was written by a newer peerdesk; it is refused and left untouched."""


class DataDirUnusable(StoreError):
    """The data directory cannot be created or written."""
