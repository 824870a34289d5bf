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


def absence_reason_label(code: str) -> str:
    """The translated name of an absence reason code (``""``: no reason given)."""
    text = ABSENCE_REASONS.get(code)
    return QCoreApplication.translate(_CONTEXT, text) if text is not None else code


def cancel_reason_label(code: str) -> str:
    """The translated name of a cancel reason code."""
    text = CANCEL_REASONS.get(code)
    return QCoreApplication.translate(_CONTEXT, text) if text is not None else code
