"""Turning service errors and stored values into translated text for people.

Services raise typed errors whose ``str()`` is a plain English sentence. Sign-in, permission
and not-found errors get their own wording here. For the rest, the English sentences the
screens can meet are listed below with ``QT_TRANSLATE_NOOP`` so they land in the ``.ts`` files;
sentences holding a value (a DOC number, a user name) are listed as templates with ``%1``. A
sentence not listed (one with a folder in it) is shown in English.
"""

from __future__ import annotations

import logging
import re
from functools import cache

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from peerdesk.domain.errors import (
    AccountLocked,
    AuthenticationFailed,
    NotFound,
    PeerdeskError,
    PermissionDenied,
)

log = logging.getLogger(__name__)

SERVICE_CONTEXT = "ServiceMessages"

#: English sentences raised by services, kept in step with them by tests/ui/test_messages.py.
SERVICE_MESSAGES = (
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "Use at least 15 characters. A few ordinary words with spaces work well.",
    ),
    QT_TRANSLATE_NOOP("ServiceMessages", "Use at most 256 characters."),
    QT_TRANSLATE_NOOP("ServiceMessages", "The passphrase contains invisible characters."),
    QT_TRANSLATE_NOOP(
        "ServiceMessages", "This passphrase is on a list of common or leaked passwords."
    ),
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "This passphrase is made of your user name, the site's name or program words. "
        "Add a few unrelated words.",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "This passphrase is too easy to guess (a repeat, a sequence, a common phrase or your "
        "own name). Add a few unrelated words.",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "A user name is 2 to 32 letters or digits (dots, dashes and underscores allowed), "
        "starting with a letter or digit.",
    ),
    QT_TRANSLATE_NOOP("ServiceMessages", "The site name cannot be empty."),
    QT_TRANSLATE_NOOP("ServiceMessages", "The site name is too long (at most 200 characters)."),
    QT_TRANSLATE_NOOP("ServiceMessages", "The site name contains control characters."),
    QT_TRANSLATE_NOOP("ServiceMessages", "The site kind is 'facility' or 'office'."),
    QT_TRANSLATE_NOOP("ServiceMessages", "The current passphrase is not right."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Choose a passphrase different from the current one."),
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "The database file is damaged and cannot be read. Nothing was changed. "
        "Run 'peerdesk check' and restore from a backup.",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "The key file (keyslots.json) is damaged, so the database cannot be unlocked. "
        "Restore the data folder from a backup.",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "The key file (keyslots.json) is missing from the data folder, so the database "
        "cannot be unlocked. Restore the data folder from a backup.",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "Another peerdesk program is changing the key file. Try again in a moment.",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "This database was written by a newer version of peerdesk. It has not been "
        "changed. Install the newer version to open it.",
    ),
    # Participants (domain.participant, services.participants).
    QT_TRANSLATE_NOOP("ServiceMessages", "The DOC number is 1 to 20 letters, digits or dashes."),
    QT_TRANSLATE_NOOP("ServiceMessages", "The legal last name is required."),
    QT_TRANSLATE_NOOP("ServiceMessages", "The legal first name is required."),
    QT_TRANSLATE_NOOP(
        "ServiceMessages", "The legal last name is too long (at most 80 characters)."
    ),
    QT_TRANSLATE_NOOP(
        "ServiceMessages", "The legal first name is too long (at most 80 characters)."
    ),
    QT_TRANSLATE_NOOP("ServiceMessages", "The preferred name is too long (at most 80 characters)."),
    QT_TRANSLATE_NOOP("ServiceMessages", "An alias is too long (at most 120 characters)."),
    QT_TRANSLATE_NOOP("ServiceMessages", "The facility is too long (at most 120 characters)."),
    QT_TRANSLATE_NOOP("ServiceMessages", "The housing unit is too long (at most 40 characters)."),
    QT_TRANSLATE_NOOP("ServiceMessages", "The language is too long (at most 40 characters)."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Gender identity is too long (at most 40 characters)."),
    QT_TRANSLATE_NOOP("ServiceMessages", "The county is too long (at most 80 characters)."),
    QT_TRANSLATE_NOOP("ServiceMessages", "The city is too long (at most 80 characters)."),
    QT_TRANSLATE_NOOP("ServiceMessages", "The date of birth cannot be in the future."),
    QT_TRANSLATE_NOOP("ServiceMessages", "The date of birth is before 1900."),
    QT_TRANSLATE_NOOP("ServiceMessages", "The release date must be after the date of birth."),
    QT_TRANSLATE_NOOP("ServiceMessages", "The actual release date cannot be in the future."),
    QT_TRANSLATE_NOOP("ServiceMessages", "At most 20 aliases."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Lived experience: each entry is at most 40 characters."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Lived experience: at most 20 entries."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Interests: each entry is at most 40 characters."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Interests: at most 20 entries."),
    QT_TRANSLATE_NOOP(
        "ServiceMessages", "The mentor preference is female, male, nonbinary or none."
    ),
    QT_TRANSLATE_NOOP("ServiceMessages", "The status date is before the date of birth."),
    # Accounts (services.users).
    QT_TRANSLATE_NOOP("ServiceMessages", "You cannot disable your own account."),
    QT_TRANSLATE_NOOP("ServiceMessages", "The last active coordinator cannot be disabled."),
    QT_TRANSLATE_NOOP("ServiceMessages", "The last active coordinator must stay coordinator."),
    # Settings (domain.settings_rules).
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "Minutes without input before the window locks must be between 1 and 30.",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceMessages", "Days without a contact before an alert must be between 1 and 90."
    ),
    QT_TRANSLATE_NOOP(
        "ServiceMessages", "Days before release to check readiness must be between 1 and 180."
    ),
    QT_TRANSLATE_NOOP(
        "ServiceMessages", "Days before a certification expires must be between 1 and 365."
    ),
    QT_TRANSLATE_NOOP(
        "ServiceMessages", "Years after closing before records are purged must be between 1 and 50."
    ),
    QT_TRANSLATE_NOOP("ServiceMessages", "Automatic backups kept must be between 1 and 100."),
)

#: Sentences holding a value, with the value as ``%1`` (kept in step by test_messages.py).
SERVICE_TEMPLATES = (
    QT_TRANSLATE_NOOP("ServiceMessages", "DOC number %1 already belongs to another participant."),
    QT_TRANSLATE_NOOP("ServiceMessages", "The user name '%1' is already taken."),
    QT_TRANSLATE_NOOP("ServiceMessages", "'%1' is already disabled."),
    QT_TRANSLATE_NOOP("ServiceMessages", "'%1' is disabled."),
)

_ROLE_LABELS = {
    "coordinator": QT_TRANSLATE_NOOP("Labels", "Coordinator"),
    "peer_educator": QT_TRANSLATE_NOOP("Labels", "Peer educator"),
    "reentry_staff": QT_TRANSLATE_NOOP("Labels", "Reentry staff"),
    "auditor": QT_TRANSLATE_NOOP("Labels", "Auditor"),
}

_KIND_LABELS = {
    "facility": QT_TRANSLATE_NOOP("Labels", "Facility (prison or jail)"),
    "office": QT_TRANSLATE_NOOP("Labels", "Reentry office (in the community)"),
}


def _tr(context: str, text: str) -> str:
    # For texts marked with QT_TRANSLATE_NOOP above; literal texts call translate() directly
    # so that lupdate finds them.
    return QCoreApplication.translate(context, text)


def role_label(role: str) -> str:
    """The translated name of a role value such as ``"peer_educator"``."""
    return _tr("Labels", _ROLE_LABELS[role]) if role in _ROLE_LABELS else role


def kind_label(kind: str) -> str:
    """The translated name of a site kind value (``"facility"`` or ``"office"``)."""
    return _tr("Labels", _KIND_LABELS[kind]) if kind in _KIND_LABELS else kind


@cache
def _template_patterns() -> tuple[tuple[re.Pattern[str], str], ...]:
    return tuple((re.compile(re.escape(t).replace("%1", "(.+)")), t) for t in SERVICE_TEMPLATES)


def template_for(message: str) -> tuple[str, str] | None:
    """The template ``message`` was made from and the value put in it, if any."""
    for pattern, template in _template_patterns():
        found = pattern.fullmatch(message)
        if found:
            return template, found.group(1)
    return None


def service_text(message: str) -> str:
    """A service's English sentence in the user's language, when it has a translation."""
    if message not in SERVICE_MESSAGES:
        match = template_for(message)
        if match is not None:
            template, value = match
            return _tr(SERVICE_CONTEXT, template).replace("%1", value)
    return _tr(SERVICE_CONTEXT, message)


def error_text(exc: BaseException) -> str:
    """What to tell the user about ``exc``, translated.

    Errors that are not peerdesk's own are bugs: they are logged with their traceback and the
    user gets a general sentence that promises nothing more was changed.
    """
    if isinstance(exc, AccountLocked):
        return QCoreApplication.translate(
            "Messages",
            "Too many failed attempts. Sign-in is locked for %n minute(s), "
            "or until a coordinator unlocks the account.",
            None,
            exc.minutes_left,
        )
    if isinstance(exc, AuthenticationFailed):
        return QCoreApplication.translate("Messages", "The user name or passphrase is not right.")
    if isinstance(exc, PermissionDenied):
        return QCoreApplication.translate(
            "Messages", "Your role does not allow this. Ask a coordinator if you need it."
        )
    if isinstance(exc, NotFound):
        return QCoreApplication.translate(
            "Messages", "This record no longer exists, or you can no longer see it."
        )
    if isinstance(exc, PeerdeskError):
        return service_text(str(exc))
    log.error("unexpected error in a background job", exc_info=exc)
    return QCoreApplication.translate(
        "Messages",
        "Something went wrong inside peerdesk. Nothing more was changed. "
        "Please tell a coordinator; the details are in the log file.",
    )
