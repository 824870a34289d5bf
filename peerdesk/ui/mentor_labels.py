"""Translated names of the stored values of mentors and matches (statuses, reasons, steps)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

_CONTEXT = "MentorLabels"

_MATCH_STATUS = {
    "proposed": QT_TRANSLATE_NOOP("MentorLabels", "Proposed"),
    "active": QT_TRANSLATE_NOOP("MentorLabels", "Active"),
    "paused": QT_TRANSLATE_NOOP("MentorLabels", "Paused"),
    "closed": QT_TRANSLATE_NOOP("MentorLabels", "Closed"),
}

_CLOSE_REASON = {
    "completed": QT_TRANSLATE_NOOP("MentorLabels", "Completed"),
    "released_handoff": QT_TRANSLATE_NOOP("MentorLabels", "Released, handed off"),
    "mentor_exited": QT_TRANSLATE_NOOP("MentorLabels", "Mentor left the program"),
    "participant_withdrew": QT_TRANSLATE_NOOP("MentorLabels", "Participant withdrew"),
    "transferred": QT_TRANSLATE_NOOP("MentorLabels", "Transferred"),
    "other": QT_TRANSLATE_NOOP("MentorLabels", "Other (say why)"),
}

_SIDE = {
    "facility": QT_TRANSLATE_NOOP("MentorLabels", "Facility"),
    "community": QT_TRANSLATE_NOOP("MentorLabels", "Community"),
}

_MENTOR_STATUS = {
    "applicant": QT_TRANSLATE_NOOP("MentorLabels", "Applicant"),
    "in_training": QT_TRANSLATE_NOOP("MentorLabels", "In training"),
    "active": QT_TRANSLATE_NOOP("MentorLabels", "Active"),
    "inactive": QT_TRANSLATE_NOOP("MentorLabels", "Inactive"),
    "exited": QT_TRANSLATE_NOOP("MentorLabels", "Exited"),
}

_STEP = {
    "application": QT_TRANSLATE_NOOP("MentorLabels", "Application"),
    "interview": QT_TRANSLATE_NOOP("MentorLabels", "Interview"),
    "reference": QT_TRANSLATE_NOOP("MentorLabels", "References"),
    "background": QT_TRANSLATE_NOOP("MentorLabels", "Background check"),
}

_STEP_RESULT = {
    "passed": QT_TRANSLATE_NOOP("MentorLabels", "Passed"),
    "failed": QT_TRANSLATE_NOOP("MentorLabels", "Not passed"),
    "pending": QT_TRANSLATE_NOOP("MentorLabels", "Pending"),
}

_DECISION = {
    "": QT_TRANSLATE_NOOP("MentorLabels", "Not decided yet"),
    "approved": QT_TRANSLATE_NOOP("MentorLabels", "Approved"),
    "declined": QT_TRANSLATE_NOOP("MentorLabels", "Declined"),
}

_PERSON_KIND = {
    "participant": QT_TRANSLATE_NOOP("MentorLabels", "Participant"),
    "staff": QT_TRANSLATE_NOOP("MentorLabels", "Staff member"),
    "volunteer": QT_TRANSLATE_NOOP("MentorLabels", "Community volunteer"),
}

_GENDER = {
    "": QT_TRANSLATE_NOOP("MentorLabels", "Not recorded"),
    "female": QT_TRANSLATE_NOOP("MentorLabels", "Female"),
    "male": QT_TRANSLATE_NOOP("MentorLabels", "Male"),
    "nonbinary": QT_TRANSLATE_NOOP("MentorLabels", "Nonbinary"),
}

#: Every table above, for the test that checks each stored value has a label.
TABLES = {
    "match_status": _MATCH_STATUS,
    "close_reason": _CLOSE_REASON,
    "side": _SIDE,
    "mentor_status": _MENTOR_STATUS,
    "step": _STEP,
    "step_result": _STEP_RESULT,
    "decision": _DECISION,
    "person_kind": _PERSON_KIND,
    "gender": _GENDER,
}


def mentor_label(table: str, value: str) -> str:
    """The translated label of ``value`` in ``table`` (the value itself when unknown)."""
    text = TABLES[table].get(value)
    return QCoreApplication.translate(_CONTEXT, text) if text is not None else value
