"""Translated names for the groups screens: absence and cancel reasons, and service sentences.

The sentences the session and contact services raise are marked here for translation in the
``ServiceMessages`` context, so ``messages.error_text`` finds their translation like any other
service sentence. A test keeps them in step with the services.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

_CONTEXT = "GroupLabels"

#: Facility reasons a member missed a session (``session_rules.AbsenceReason``).
ABSENCE_REASONS = {
    "lockdown": QT_TRANSLATE_NOOP("GroupLabels", "Lockdown"),
    "count": QT_TRANSLATE_NOOP("GroupLabels", "Count"),
    "medical": QT_TRANSLATE_NOOP("GroupLabels", "Medical"),
    "court": QT_TRANSLATE_NOOP("GroupLabels", "Court"),
    "visit": QT_TRANSLATE_NOOP("GroupLabels", "Visit"),
    "work": QT_TRANSLATE_NOOP("GroupLabels", "Work assignment"),
    "other": QT_TRANSLATE_NOOP("GroupLabels", "Other reason"),
}

#: Why a planned session did not take place (``session_rules.CancelReason``).
CANCEL_REASONS = {
    "lockdown": QT_TRANSLATE_NOOP("GroupLabels", "Lockdown"),
    "count": QT_TRANSLATE_NOOP("GroupLabels", "Count"),
    "staff_shortage": QT_TRANSLATE_NOOP("GroupLabels", "Staff shortage"),
    "facilitator_unavailable": QT_TRANSLATE_NOOP("GroupLabels", "Facilitator unavailable"),
    "participant_unavailable": QT_TRANSLATE_NOOP("GroupLabels", "Participants unavailable"),
    "room_unavailable": QT_TRANSLATE_NOOP("GroupLabels", "Room unavailable"),
    "holiday": QT_TRANSLATE_NOOP("GroupLabels", "Holiday"),
    "other": QT_TRANSLATE_NOOP("GroupLabels", "Other reason"),
}

#: English sentences the session, contact and note services raise on the groups screens.
SESSION_SERVICE_MESSAGES = (
    QT_TRANSLATE_NOOP("ServiceMessages", "The duration must be a whole number of minutes."),
    QT_TRANSLATE_NOOP("ServiceMessages", "The duration must be between 1 and 600 minutes."),
    QT_TRANSLATE_NOOP("ServiceMessages", "The start time must be a 24-hour time such as 09:30."),
    QT_TRANSLATE_NOOP("ServiceMessages", "The session date cannot be in the future."),
    QT_TRANSLATE_NOOP("ServiceMessages", "The contact date cannot be in the future."),
    QT_TRANSLATE_NOOP("ServiceMessages", "The join date cannot be in the future."),
    QT_TRANSLATE_NOOP(
        "ServiceMessages", "A session of this group is already recorded for that day and time."
    ),
    QT_TRANSLATE_NOOP("ServiceMessages", "This group is no longer active."),
    QT_TRANSLATE_NOOP("ServiceMessages", "The module is too long (at most 120 characters)."),
    QT_TRANSLATE_NOOP("ServiceMessages", "The location is too long (at most 120 characters)."),
    QT_TRANSLATE_NOOP("ServiceMessages", "The remark is too long (at most 200 characters)."),
    QT_TRANSLATE_NOOP("ServiceMessages", "The note cannot be empty."),
    QT_TRANSLATE_NOOP("ServiceMessages", "The note is too long (at most 20000 characters)."),
    QT_TRANSLATE_NOOP("ServiceMessages", "The note contains control characters."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Your role cannot write substance-use treatment notes."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Your role cannot write notes of this sensitivity."),
    QT_TRANSLATE_NOOP(
        "ServiceMessages", "Contacts are recorded only for an active or paused match."
    ),
    QT_TRANSLATE_NOOP("ServiceMessages", "The contact date is before the match began."),
    QT_TRANSLATE_NOOP("ServiceMessages", "This person is already in the group."),
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "This person must be kept separate from a current member of this group.",
    ),
)


def absence_reason_label(code: str) -> str:
    """The translated name of an absence reason code (``""``: no reason given)."""
    text = ABSENCE_REASONS.get(code)
    return QCoreApplication.translate(_CONTEXT, text) if text is not None else code


def cancel_reason_label(code: str) -> str:
    """The translated name of a cancel reason code."""
    text = CANCEL_REASONS.get(code)
    return QCoreApplication.translate(_CONTEXT, text) if text is not None else code
