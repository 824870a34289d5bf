"""Plain words for what ``peerdesk sync`` prints: kinds of record, fields, reasons, values.

The database names things by table and column ("group_members", "housing_unit") and keeps
conflict values as JSON; the CLI prints the words the Sync screen uses instead ("Group
membership", "Housing unit", "Yes"). The GUI's labels (``peerdesk.ui.sync_labels``) need Qt
for translation, so the English words are kept here too (the CLI is English); a test checks
that the two lists agree.
"""

from __future__ import annotations

import json

#: table -> the kind of record, as the Sync screen names it.
KINDS = {
    "participants": "Participant",
    "consents": "Consent",
    "participant_status_history": "Status change",
    "screenings": "Screening",
    "need_assessments": "Needs assessment",
    "goals": "Goal",
    "participant_phases": "Pathway phase",
    "milestone_achievements": "Milestone",
    "referrals": "Referral",
    "group_members": "Group membership",
    "attendance": "Attendance",
    "matches": "Mentor match",
    "contacts": "Mentor contact",
    "incentives": "Incentive",
    "outcomes": "Outcome",
    "notes": "Note",
    "mentors": "Peer educator",
    "groups": "Group",
    "group_sessions": "Group session",
    "partners": "Partner",
    "pathways": "Pathway",
    "pathway_phases": "Pathway phase",
    "pathway_milestones": "Pathway milestone",
}

#: table -> how many of them: "participants", "status changes" (counts per kind of record).
PLURALS = {
    "participants": "participants",
    "consents": "consents",
    "participant_status_history": "status changes",
    "screenings": "screenings",
    "need_assessments": "needs assessments",
    "goals": "goals",
    "participant_phases": "pathway phases reached",
    "milestone_achievements": "milestones",
    "referrals": "referrals",
    "group_members": "group memberships",
    "attendance": "attendance records",
    "matches": "mentor matches",
    "contacts": "mentor contacts",
    "incentives": "incentives",
    "outcomes": "outcomes",
    "notes": "notes",
    "mentors": "peer educators",
    "groups": "groups",
    "group_sessions": "group sessions",
    "partners": "partners",
    "pathways": "pathways",
    "pathway_phases": "pathway phases",
    "pathway_milestones": "pathway milestones",
}

#: column -> the field's name on screen (only those whose plain form reads wrong).
FIELDS = {
    "deleted": "Deleted",
    "doc_number": "DOC number",
    "legal_last_name": "Last name",
    "legal_first_name": "First name",
    "aliases": "Other names",
    "status_on": "Status date",
    "domain": "Need",
    "target_on": "Target date",
    "service_type": "Service",
    "body": "Text",
    "sensitivity": "Kind of note",
    "scope_general": "Covers program records",
    "scope_sud": "Covers treatment records",
    "contact_name": "Contact person",
    "held_on": "Date held",
    "close_reason": "Reason closed",
    "mentor_gender_preference": "Mentor preference",
    # The rest of the travelling columns whose plain form reads wrong (as on the Sync screen).
    "participant_id": "Participant",
    "session_id": "Group session",
    "group_id": "Group",
    "match_id": "Mentor match",
    "mentor_id": "Peer educator",
    "partner_id": "Partner",
    "pathway_id": "Pathway",
    "phase_id": "Pathway phase",
    "milestone_id": "Milestone",
    "contact_id": "Mentor contact",
    "user_id": "User account",
    "continues_match_id": "Continues the match",
    "reason_code": "Reason absent",
    "discloser": "Who discloses",
    "recipient_name": "Recipient",
    "recipient_site_id": "Recipient site",
    "information": "Information disclosed",
    "expires_event": "Expires when",
    "contact_on": "Contact date",
    "duration_minutes": "Minutes",
    "mode": "How",
    "cancel_reason": "Reason cancelled",
    "amount_cents": "Amount",
    "cadence_days": "Days between contacts",
    "close_note": "Closing note",
    "person_kind": "Who they are",
    "capacity": "Mentees at most",
    "decision_by": "Decided by",
    "decision_on": "Decided on",
    "decision_reason": "Reason for the decision",
    "author": "Written by",
    "author_role": "Writer's role",
    "needs_cosign": "Needs a co-signature",
    "cosigned_by": "Co-signed by",
    "cosigned_at": "Co-signed at",
    "checkpoint_days": "Follow-up",
    "completed_program": "Completed the program",
    "search_last": "Last name",
    "search_first": "First name",
    "service_types": "Services",
    "criteria": "Answers",
}

#: Why two participants may be one person.
WHY = {
    "same_doc_number": "Same DOC number",
    "close_name_same_birth_date": "Similar name, same date of birth",
}

EMPTY = "—"


def kind_word(table: str) -> str:
    """``group_members`` -> "Group membership" (an unknown table in plain words)."""
    return KINDS.get(table) or table.replace("_", " ").capitalize()


def count_word(table: str) -> str:
    """``group_members`` -> "group memberships" (an unknown table in plain words)."""
    return PLURALS.get(table) or table.replace("_", " ")


def field_word(field: str) -> str:
    """``housing_unit`` -> "Housing unit"; ``doc_number`` -> "DOC number"."""
    return FIELDS.get(field) or field.replace("_", " ").capitalize()


def subject(table: str, field: str) -> str:
    """What a conflict is about: "Participant · Housing unit"."""
    return f"{kind_word(table)} · {field_word(field)}"


def why_words(reason: str) -> str:
    """Why two participants may be one person: "Same DOC number"."""
    return WHY.get(reason) or reason.replace("_", " ").capitalize()


def value_words(stored: str) -> str:
    """A conflict's value kept as JSON, as a person reads it: the text itself, Yes/No, a
    dash for nothing; a deletion's set-aside edits as "Field: value; Field: value"."""
    try:
        value = json.loads(stored)
    except ValueError:
        return stored
    return _words(value)


def _words(value: object) -> str:
    if isinstance(value, dict):
        return "; ".join(f"{field_word(f)}: {_words(v)}" for f, v in sorted(value.items()))
    if value is None or value == "":
        return EMPTY
    if value is True or value is False:
        return "Yes" if value else "No"
    if isinstance(value, str):
        return value
    return json.dumps(value)
