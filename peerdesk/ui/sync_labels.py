"""Words a person reads for what sync found: kinds of record, fields, and their values.

A conflict is stored with its table and column names ("participants", "housing_unit") and
its values as JSON; the Sync screen shows "Participant · Housing unit" and "Active" instead.
Stored values that have labels elsewhere (statuses, risk levels, note kinds, service types)
reuse those (``labels``, ``record_labels``).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from peerdesk.ui.group_labels import absence_reason_label, cancel_reason_label
from peerdesk.ui.incentives_tab import kind_label as incentive_kind_label
from peerdesk.ui.labels import label
from peerdesk.ui.mentor_labels import mentor_label
from peerdesk.ui.messages import role_label
from peerdesk.ui.outcomes_tab import EMPLOYMENT, HOUSING, checkpoint_label
from peerdesk.ui.record_labels import (
    consent_state_label,
    criterion_label,
    decision_label,
    goal_status_label,
    need_domain_label,
    need_level_label,
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
    # The rest of the columns that travel, so none shows as a column name in any language.
    "participant_id": QT_TRANSLATE_NOOP("SyncLabels", "Participant"),
    "session_id": QT_TRANSLATE_NOOP("SyncLabels", "Group session"),
    "group_id": QT_TRANSLATE_NOOP("SyncLabels", "Group"),
    "match_id": QT_TRANSLATE_NOOP("SyncLabels", "Mentor match"),
    "mentor_id": QT_TRANSLATE_NOOP("SyncLabels", "Peer educator"),
    "partner_id": QT_TRANSLATE_NOOP("SyncLabels", "Partner"),
    "pathway_id": QT_TRANSLATE_NOOP("SyncLabels", "Pathway"),
    "phase_id": QT_TRANSLATE_NOOP("SyncLabels", "Pathway phase"),
    "milestone_id": QT_TRANSLATE_NOOP("SyncLabels", "Milestone"),
    "contact_id": QT_TRANSLATE_NOOP("SyncLabels", "Mentor contact"),
    "user_id": QT_TRANSLATE_NOOP("SyncLabels", "User account"),
    "continues_match_id": QT_TRANSLATE_NOOP("SyncLabels", "Continues the match"),
    "reason_code": QT_TRANSLATE_NOOP("SyncLabels", "Reason absent"),
    "note": QT_TRANSLATE_NOOP("SyncLabels", "Note"),
    "discloser": QT_TRANSLATE_NOOP("SyncLabels", "Who discloses"),
    "recipient_name": QT_TRANSLATE_NOOP("SyncLabels", "Recipient"),
    "recipient_site_id": QT_TRANSLATE_NOOP("SyncLabels", "Recipient site"),
    "information": QT_TRANSLATE_NOOP("SyncLabels", "Information disclosed"),
    "purpose": QT_TRANSLATE_NOOP("SyncLabels", "Purpose"),
    "signed_on": QT_TRANSLATE_NOOP("SyncLabels", "Signed on"),
    "expires_event": QT_TRANSLATE_NOOP("SyncLabels", "Expires when"),
    "right_to_revoke_explained": QT_TRANSLATE_NOOP("SyncLabels", "Right to revoke explained"),
    "recorded_by": QT_TRANSLATE_NOOP("SyncLabels", "Recorded by"),
    "contact_on": QT_TRANSLATE_NOOP("SyncLabels", "Contact date"),
    "duration_minutes": QT_TRANSLATE_NOOP("SyncLabels", "Minutes"),
    "mode": QT_TRANSLATE_NOOP("SyncLabels", "How"),
    "cancel_reason": QT_TRANSLATE_NOOP("SyncLabels", "Reason cancelled"),
    "set_on": QT_TRANSLATE_NOOP("SyncLabels", "Set on"),
    "joined_on": QT_TRANSLATE_NOOP("SyncLabels", "Joined on"),
    "left_on": QT_TRANSLATE_NOOP("SyncLabels", "Left on"),
    "module": QT_TRANSLATE_NOOP("SyncLabels", "Module"),
    "start_time": QT_TRANSLATE_NOOP("SyncLabels", "Start time"),
    "curriculum": QT_TRANSLATE_NOOP("SyncLabels", "Curriculum"),
    "active": QT_TRANSLATE_NOOP("SyncLabels", "Active"),
    "kind": QT_TRANSLATE_NOOP("SyncLabels", "Kind"),
    "awarded_on": QT_TRANSLATE_NOOP("SyncLabels", "Awarded on"),
    "awarded_by": QT_TRANSLATE_NOOP("SyncLabels", "Awarded by"),
    "amount_cents": QT_TRANSLATE_NOOP("SyncLabels", "Amount"),
    "proposed_on": QT_TRANSLATE_NOOP("SyncLabels", "Proposed on"),
    "started_on": QT_TRANSLATE_NOOP("SyncLabels", "Started on"),
    "cadence_days": QT_TRANSLATE_NOOP("SyncLabels", "Days between contacts"),
    "close_note": QT_TRANSLATE_NOOP("SyncLabels", "Closing note"),
    "person_kind": QT_TRANSLATE_NOOP("SyncLabels", "Who they are"),
    "side": QT_TRANSLATE_NOOP("SyncLabels", "Side"),
    "capacity": QT_TRANSLATE_NOOP("SyncLabels", "Mentees at most"),
    "agreement_signed_on": QT_TRANSLATE_NOOP("SyncLabels", "Agreement signed on"),
    "decision_by": QT_TRANSLATE_NOOP("SyncLabels", "Decided by"),
    "decision_on": QT_TRANSLATE_NOOP("SyncLabels", "Decided on"),
    "decision_reason": QT_TRANSLATE_NOOP("SyncLabels", "Reason for the decision"),
    "achieved_on": QT_TRANSLATE_NOOP("SyncLabels", "Achieved on"),
    "assessed_on": QT_TRANSLATE_NOOP("SyncLabels", "Assessed on"),
    "assessed_by": QT_TRANSLATE_NOOP("SyncLabels", "Assessed by"),
    "author": QT_TRANSLATE_NOOP("SyncLabels", "Written by"),
    "author_role": QT_TRANSLATE_NOOP("SyncLabels", "Writer's role"),
    "written_at": QT_TRANSLATE_NOOP("SyncLabels", "Written at"),
    "needs_cosign": QT_TRANSLATE_NOOP("SyncLabels", "Needs a co-signature"),
    "cosigned_by": QT_TRANSLATE_NOOP("SyncLabels", "Co-signed by"),
    "cosigned_at": QT_TRANSLATE_NOOP("SyncLabels", "Co-signed at"),
    "checkpoint_days": QT_TRANSLATE_NOOP("SyncLabels", "Follow-up"),
    "recorded_on": QT_TRANSLATE_NOOP("SyncLabels", "Recorded on"),
    "in_treatment": QT_TRANSLATE_NOOP("SyncLabels", "In treatment"),
    "rearrested": QT_TRANSLATE_NOOP("SyncLabels", "Rearrested"),
    "returned_to_custody": QT_TRANSLATE_NOOP("SyncLabels", "Returned to custody"),
    "completed_program": QT_TRANSLATE_NOOP("SyncLabels", "Completed the program"),
    "entered_on": QT_TRANSLATE_NOOP("SyncLabels", "Entered on"),
    "effective_date": QT_TRANSLATE_NOOP("SyncLabels", "Effective date"),
    "search_last": QT_TRANSLATE_NOOP("SyncLabels", "Last name"),
    "search_first": QT_TRANSLATE_NOOP("SyncLabels", "First name"),
    "service_types": QT_TRANSLATE_NOOP("SyncLabels", "Services"),
    "position": QT_TRANSLATE_NOOP("SyncLabels", "Position"),
    "made_on": QT_TRANSLATE_NOOP("SyncLabels", "Made on"),
    "made_by": QT_TRANSLATE_NOOP("SyncLabels", "Made by"),
    "screened_on": QT_TRANSLATE_NOOP("SyncLabels", "Screened on"),
    "screened_by": QT_TRANSLATE_NOOP("SyncLabels", "Screened by"),
    "criteria": QT_TRANSLATE_NOOP("SyncLabels", "Answers"),
}

#: Kinds of pathway phase (``screening_rules.PhaseKind``).
PHASE_KINDS = {
    "orientation": QT_TRANSLATE_NOOP("SyncLabels", "Orientation"),
    "pre_release": QT_TRANSLATE_NOOP("SyncLabels", "Before release"),
    "transition": QT_TRANSLATE_NOOP("SyncLabels", "Transition"),
    "post_release": QT_TRANSLATE_NOOP("SyncLabels", "After release"),
    "completion": QT_TRANSLATE_NOOP("SyncLabels", "Completion"),
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
    ("attendance", "reason_code"): absence_reason_label,
    ("contacts", "status"): lambda v: label("session_status", v),
    ("contacts", "cancel_reason"): cancel_reason_label,
    ("group_sessions", "cancel_reason"): cancel_reason_label,
    ("matches", "status"): lambda v: mentor_label("match_status", v),
    ("matches", "close_reason"): lambda v: mentor_label("close_reason", v),
    ("mentors", "status"): lambda v: mentor_label("mentor_status", v),
    ("mentors", "decision"): lambda v: mentor_label("decision", v),
    ("mentors", "person_kind"): lambda v: mentor_label("person_kind", v),
    ("mentors", "side"): lambda v: mentor_label("side", v),
    ("mentors", "gender"): lambda v: mentor_label("gender", v),
    ("incentives", "kind"): incentive_kind_label,
    ("outcomes", "housing"): lambda v: _tr_in("OutcomeLabels", HOUSING, v),
    ("outcomes", "employment"): lambda v: _tr_in("OutcomeLabels", EMPLOYMENT, v),
    ("notes", "author_role"): role_label,
    ("pathway_phases", "kind"): lambda v: _tr_in(_CONTEXT, PHASE_KINDS, v),
    ("partners", "service_types"): lambda v: ", ".join(
        service_type_label(t) for t in v.split(",") if t
    ),
    ("screenings", "criteria"): lambda v: _criteria_text(v),
}

#: (table, field) -> the label of a stored number.
_NUMBERS: dict[tuple[str, str], Callable[[int], str]] = {
    ("need_assessments", "level"): need_level_label,
    ("outcomes", "checkpoint_days"): checkpoint_label,
    ("incentives", "amount_cents"): lambda v: QLocale().toCurrencyString(v / 100, "$"),
}


def _tr(text: object) -> str:
    return QCoreApplication.translate(_CONTEXT, str(text))


def _tr_in(context: str, table: Mapping[str, object], value: str) -> str:
    text = table.get(value)
    return QCoreApplication.translate(context, str(text)) if text else value


def _criteria_text(stored: str) -> str:
    """A screening's answers, kept as JSON: "Wants to take part: yes; ..."."""
    try:
        answers = json.loads(stored)
    except ValueError:
        return stored
    if not isinstance(answers, dict):
        return stored
    words = {"yes": _tr(_YES), "no": _tr(_NO)}
    return "; ".join(
        f"{criterion_label(str(k))}: {words.get(str(v), str(v))}" for k, v in answers.items()
    )


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
    if isinstance(value, int):
        number = _NUMBERS.get((table, field))
        return number(value) if number else str(value)
    return json.dumps(value)


def stored_text(table: str, field: str, stored: str) -> str:
    """``value_text`` of a value kept as JSON (text that is not JSON is shown as is)."""
    try:
        value = json.loads(stored)
    except ValueError:
        return stored
    return value_text(table, field, value)
