"""Turning service errors and stored values into translated text for people.

Services raise typed errors whose ``str()`` is a plain English sentence. Sign-in errors get
their own wording here. For the rest, the English sentences the setup, sign-in and passphrase
screens can meet are listed below with ``QT_TRANSLATE_NOOP`` so they land in the ``.ts`` files;
a sentence not listed (one with a name or a folder in it) is shown in English.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from peerdesk.domain.errors import AccountLocked, AuthenticationFailed, PeerdeskError

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
        "This database was written by a newer version of peerdesk. It has not been "
        "changed. Install the newer version to open it.",
    ),
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


def service_text(message: str) -> str:
    """A service's English sentence in the user's language, when it has a translation."""
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
    if isinstance(exc, PeerdeskError):
        return service_text(str(exc))
    log.error("unexpected error in a background job", exc_info=exc)
    return QCoreApplication.translate(
        "Messages",
        "Something went wrong inside peerdesk. Nothing more was changed. "
        "Please tell a coordinator; the details are in the log file.",
    )
