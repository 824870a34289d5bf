"""Words a person reads for what sync found: kinds of record, fields, and their values.

A conflict is stored with its table and column names ("participants", "housing_unit") and
its values as JSON; the Sync screen shows "Participant · Housing unit" and "Active" instead.
Stored values that have labels elsewhere (statuses, risk levels, note kinds, service types)
reuse those (``labels``, ``record_labels``).
"""

from __future__ import annotations

import json
from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from peerdesk.ui.labels import label
from peerdesk.ui.record_labels import (
    consent_state_label,
    decision_label,
    goal_status_label,
    need_domain_label,
    referral_status_label,
    service_type_label,
)

_CONTEXT = "SyncLabels"

KINDS = {
    "participants": QT_TRANSLATE_NOOP("SyncLabels", "Participant"),
    "consents": QT_TRANSLATE_NOOP("SyncLabels", "Consent"),
    "participant_status_history": QT_TRANSLATE_NOOP("SyncLabels", "Status change"),
    "screenings": QT_TRANSLATE_NOOP("SyncLabels", "Screening"),
    "need_assessments": QT_TRANSLATE_NOOP("SyncLabels", "Needs assessment"),
    "goals": QT_TRANSLATE_NOOP("SyncLabels", "Goal"),
    "participant_phases": QT_TRANSLATE_NOOP("SyncLabels", "Pathway phase"),
    "milestone_achievements": QT_TRANSLATE_NOOP("SyncLabels", "Milestone"),
    "referrals": QT_TRANSLATE_NOOP("SyncLabels", "Referral"),
    "group_members": QT_TRANSLATE_NOOP("SyncLabels", "Group membership"),
    "attendance": QT_TRANSLATE_NOOP("SyncLabels", "Attendance"),
    "matches": QT_TRANSLATE_NOOP("SyncLabels", "Mentor match"),
    "contacts": QT_TRANSLATE_NOOP("SyncLabels", "Mentor contact"),
    "incentives": QT_TRANSLATE_NOOP("SyncLabels", "Incentive"),
    "outcomes": QT_TRANSLATE_NOOP("SyncLabels", "Outcome"),
    "notes": QT_TRANSLATE_NOOP("SyncLabels", "Note"),
    "mentors": QT_TRANSLATE_NOOP("SyncLabels", "Peer educator"),
    "groups": QT_TRANSLATE_NOOP("SyncLabels", "Group"),
    "group_sessions": QT_TRANSLATE_NOOP("SyncLabels", "Group session"),
    "partners": QT_TRANSLATE_NOOP("SyncLabels", "Partner"),
    "pathways": QT_TRANSLATE_NOOP("SyncLabels", "Pathway"),
    "pathway_phases": QT_TRANSLATE_NOOP("SyncLabels", "Pathway phase"),
    "pathway_milestones": QT_TRANSLATE_NOOP("SyncLabels", "Pathway milestone"),
}

FIELDS = {
    "deleted": QT_TRANSLATE_NOOP("SyncLabels", "Deleted"),
    "doc_number": QT_TRANSLATE_NOOP("SyncLabels", "DOC number"),
    "legal_last_name": QT_TRANSLATE_NOOP("SyncLabels", "Last name"),
    "legal_first_name": QT_TRANSLATE_NOOP("SyncLabels", "First name"),
    "last_name": QT_TRANSLATE_NOOP("SyncLabels", "Last name"),
    "first_name": QT_TRANSLATE_NOOP("SyncLabels", "First name"),
    "preferred_name": QT_TRANSLATE_NOOP("SyncLabels", "Preferred name"),
    "aliases": QT_TRANSLATE_NOOP("SyncLabels", "Other names"),
    "date_of_birth": QT_TRANSLATE_NOOP("SyncLabels", "Date of birth"),
    "facility": QT_TRANSLATE_NOOP("SyncLabels", "Facility"),
    "housing_unit": QT_TRANSLATE_NOOP("SyncLabels", "Housing unit"),
    "primary_language": QT_TRANSLATE_NOOP("SyncLabels", "Primary language"),
    "languages": QT_TRANSLATE_NOOP("SyncLabels", "Languages"),
    "gender_identity": QT_TRANSLATE_NOOP("SyncLabels", "Gender identity"),
    "gender": QT_TRANSLATE_NOOP("SyncLabels", "Gender"),
    "release_county": QT_TRANSLATE_NOOP("SyncLabels", "Release county"),
    "release_city": QT_TRANSLATE_NOOP("SyncLabels", "Release city"),
    "county": QT_TRANSLATE_NOOP("SyncLabels", "County"),
    "projected_release_date": QT_TRANSLATE_NOOP("SyncLabels", "Projected release date"),
    "actual_release_date": QT_TRANSLATE_NOOP("SyncLabels", "Actual release date"),
    "risk_level": QT_TRANSLATE_NOOP("SyncLabels", "Risk level"),
    "lived_experience": QT_TRANSLATE_NOOP("SyncLabels", "Lived experience"),
    "interests": QT_TRANSLATE_NOOP("SyncLabels", "Interests"),
    "mentor_gender_preference": QT_TRANSLATE_NOOP("SyncLabels", "Mentor preference"),
    "status": QT_TRANSLATE_NOOP("SyncLabels", "Status"),
    "status_date": QT_TRANSLATE_NOOP("SyncLabels", "Status date"),
    "status_on": QT_TRANSLATE_NOOP("SyncLabels", "Status date"),
    "description": QT_TRANSLATE_NOOP("SyncLabels", "Description"),
    "domain": QT_TRANSLATE_NOOP("SyncLabels", "Need"),
    "level": QT_TRANSLATE_NOOP("SyncLabels", "Level"),
    "target_on": QT_TRANSLATE_NOOP("SyncLabels", "Target date"),
    "service_type": QT_TRANSLATE_NOOP("SyncLabels", "Service"),
    "decision": QT_TRANSLATE_NOOP("SyncLabels", "Decision"),
    "reason": QT_TRANSLATE_NOOP("SyncLabels", "Reason"),
    "body": QT_TRANSLATE_NOOP("SyncLabels", "Text"),
    "sensitivity": QT_TRANSLATE_NOOP("SyncLabels", "Kind of note"),
    "expires_on": QT_TRANSLATE_NOOP("SyncLabels", "Expires on"),
    "revoked_on": QT_TRANSLATE_NOOP("SyncLabels", "Revoked on"),
    "scope_general": QT_TRANSLATE_NOOP("SyncLabels", "Covers program records"),
    "scope_sud": QT_TRANSLATE_NOOP("SyncLabels", "Covers treatment records"),
    "name": QT_TRANSLATE_NOOP("SyncLabels", "Name"),
    "location": QT_TRANSLATE_NOOP("SyncLabels", "Location"),
    "phone": QT_TRANSLATE_NOOP("SyncLabels", "Phone"),
    "address": QT_TRANSLATE_NOOP("SyncLabels", "Address"),
    "contact_name": QT_TRANSLATE_NOOP("SyncLabels", "Contact person"),
    "organization": QT_TRANSLATE_NOOP("SyncLabels", "Organization"),
    "held_on": QT_TRANSLATE_NOOP("SyncLabels", "Date held"),
    "closed_on": QT_TRANSLATE_NOOP("SyncLabels", "Closed on"),
    "close_reason": QT_TRANSLATE_NOOP("SyncLabels", "Reason closed"),
    "housing": QT_TRANSLATE_NOOP("SyncLabels", "Housing"),
    "employment": QT_TRANSLATE_NOOP("SyncLabels", "Employment"),
}

WHY = {
    "same_doc_number": QT_TRANSLATE_NOOP("SyncLabels", "Same DOC number"),
    "close_name_same_birth_date": QT_TRANSLATE_NOOP(
        "SyncLabels", "Similar name, same date of birth"
    ),
}

_YES = QT_TRANSLATE_NOOP("SyncLabels", "Yes")
_NO = QT_TRANSLATE_NOOP("SyncLabels", "No")
_EMPTY = "—"

#: (table or "*", field) -> the label of a stored value.
_VALUES: dict[tuple[str, str], Callable[[str], str]] = {
    ("participants", "status"): lambda v: label("status", v),
    ("participant_status_history", "status"): lambda v: label("status", v),
    ("participants", "risk_level"): lambda v: label("risk", v),
    ("participants", "mentor_gender_preference"): lambda v: label("gender_preference", v),
    ("attendance", "status"): lambda v: label("attendance", v),
    ("group_sessions", "status"): lambda v: label("session_status", v),
    ("contacts", "mode"): lambda v: label("contact_mode", v),
    ("notes", "sensitivity"): lambda v: label("sensitivity", v),
    ("referrals", "status"): referral_status_label,
    ("referrals", "service_type"): service_type_label,
    ("goals", "status"): goal_status_label,
    ("goals", "domain"): need_domain_label,
    ("need_assessments", "domain"): need_domain_label,
    ("screenings", "decision"): decision_label,
    ("consents", "status"): consent_state_label,
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def kind_of_record(table: str) -> str:
    """``participants`` -> "Participant" (translated; an unknown table is shown as is)."""
    text = KINDS.get(table)
    return _tr(text) if text else table


def field_label(field: str) -> str:
    """``housing_unit`` -> "Housing unit" (translated); an unknown one in plain words."""
    text = FIELDS.get(field)
    return _tr(text) if text else field.replace("_", " ").capitalize()


def subject(table: str, field: str) -> str:
    """What a conflict is about: "Participant · Housing unit"."""
    return f"{kind_of_record(table)} · {field_label(field)}"


def why_label(reason: str) -> str:
    """Why two participants may be one person (translated)."""
    text = WHY.get(reason)
    return _tr(text) if text else reason


def value_text(table: str, field: str, value: object) -> str:
    """A stored value as a person reads it: labels for coded values, Yes/No, a dash for
    nothing; a deletion's set-aside edits as "Field: value; Field: value"."""
    if isinstance(value, dict):
        return "; ".join(
            f"{field_label(f)}: {value_text(table, f, v)}" for f, v in sorted(value.items())
        )
    if value is None or value == "":
        return _EMPTY
    if value is True or value is False:
        return _tr(_YES if value else _NO)
    if isinstance(value, str):
        shown = _VALUES.get((table, field))
        return shown(value) if shown else value
    return json.dumps(value)


def stored_text(table: str, field: str, stored: str) -> str:
    """``value_text`` of a value kept as JSON (text that is not JSON is shown as is)."""
    try:
        value = json.loads(stored)
    except ValueError:
        return stored
    return value_text(table, field, value)
