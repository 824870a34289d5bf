"""Translated names of stored values: participant statuses, risk levels, timeline kinds."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

_CONTEXT = "Labels"

_STATUS = {
    "referred": QT_TRANSLATE_NOOP("Labels", "Referred"),
    "screened": QT_TRANSLATE_NOOP("Labels", "Screened"),
    "enrolled": QT_TRANSLATE_NOOP("Labels", "Enrolled"),
    "active": QT_TRANSLATE_NOOP("Labels", "Active"),
    "released": QT_TRANSLATE_NOOP("Labels", "Released"),
    "completed": QT_TRANSLATE_NOOP("Labels", "Completed"),
    "withdrawn": QT_TRANSLATE_NOOP("Labels", "Withdrawn"),
    "transferred": QT_TRANSLATE_NOOP("Labels", "Transferred"),
}

_RISK = {
    "low": QT_TRANSLATE_NOOP("Labels", "Low"),
    "moderate": QT_TRANSLATE_NOOP("Labels", "Moderate"),
    "high": QT_TRANSLATE_NOOP("Labels", "High"),
}

_GENDER_PREFERENCE = {
    "": QT_TRANSLATE_NOOP("Labels", "No preference"),
    "female": QT_TRANSLATE_NOOP("Labels", "Female mentor"),
    "male": QT_TRANSLATE_NOOP("Labels", "Male mentor"),
    "nonbinary": QT_TRANSLATE_NOOP("Labels", "Nonbinary mentor"),
}

_ATTENDANCE = {
    "present": QT_TRANSLATE_NOOP("Labels", "Present"),
    "absent": QT_TRANSLATE_NOOP("Labels", "Absent"),
    "excused": QT_TRANSLATE_NOOP("Labels", "Excused"),
}

_CONTACT_MODE = {
    "in_person": QT_TRANSLATE_NOOP("Labels", "In person"),
    "phone": QT_TRANSLATE_NOOP("Labels", "Phone"),
    "video": QT_TRANSLATE_NOOP("Labels", "Video"),
    "letter": QT_TRANSLATE_NOOP("Labels", "Letter"),
}

_SESSION_STATUS = {
    "held": QT_TRANSLATE_NOOP("Labels", "Held"),
    "cancelled": QT_TRANSLATE_NOOP("Labels", "Cancelled"),
}

_SENSITIVITY = {
    "general": QT_TRANSLATE_NOOP("Labels", "General note"),
    "sensitive": QT_TRANSLATE_NOOP("Labels", "Sensitive note"),
    "sud": QT_TRANSLATE_NOOP("Labels", "Substance-use treatment note"),
}

_OUTCOME = {
    "ok": QT_TRANSLATE_NOOP("Labels", "Done"),
    "denied": QT_TRANSLATE_NOOP("Labels", "Refused"),
    "failed": QT_TRANSLATE_NOOP("Labels", "Failed"),
}

#: Every table above, for the test that checks each stored value has a label.
TABLES = {
    "status": _STATUS,
    "risk": _RISK,
    "gender_preference": _GENDER_PREFERENCE,
    "attendance": _ATTENDANCE,
    "contact_mode": _CONTACT_MODE,
    "session_status": _SESSION_STATUS,
    "sensitivity": _SENSITIVITY,
    "outcome": _OUTCOME,
}


def label(table: str, value: str) -> str:
    """The translated label of ``value`` in ``table`` (the value itself when unknown)."""
    text = TABLES[table].get(value)
    return QCoreApplication.translate(_CONTEXT, text) if text is not None else value


def status_label(value: str) -> str:
    """The translated name of a participant status (``"active"`` -> "Active")."""
    return label("status", value)
