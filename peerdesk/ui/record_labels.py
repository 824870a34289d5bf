"""Translated names of consent states, service types, referral statuses, screening answers,
needs and goals."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

_CONTEXT = "RecordLabels"

CONSENT_STATES = {
    "not_yet": QT_TRANSLATE_NOOP("RecordLabels", "Not yet in force"),
    "in_force": QT_TRANSLATE_NOOP("RecordLabels", "In force"),
    "expired": QT_TRANSLATE_NOOP("RecordLabels", "Expired"),
    "revoked": QT_TRANSLATE_NOOP("RecordLabels", "Revoked"),
}

SERVICE_TYPES = {
    "housing": QT_TRANSLATE_NOOP("RecordLabels", "Housing"),
    "healthcare": QT_TRANSLATE_NOOP("RecordLabels", "Healthcare"),
    "substance_use_treatment": QT_TRANSLATE_NOOP("RecordLabels", "Substance-use treatment"),
    "employment": QT_TRANSLATE_NOOP("RecordLabels", "Employment"),
    "education": QT_TRANSLATE_NOOP("RecordLabels", "Education"),
    "id_documents": QT_TRANSLATE_NOOP("RecordLabels", "ID documents"),
    "legal": QT_TRANSLATE_NOOP("RecordLabels", "Legal"),
    "benefits": QT_TRANSLATE_NOOP("RecordLabels", "Benefits"),
    "mental_health": QT_TRANSLATE_NOOP("RecordLabels", "Mental health"),
    "transportation": QT_TRANSLATE_NOOP("RecordLabels", "Transportation"),
    "family": QT_TRANSLATE_NOOP("RecordLabels", "Family"),
}

REFERRAL_STATUSES = {
    "made": QT_TRANSLATE_NOOP("RecordLabels", "Made"),
    "accepted": QT_TRANSLATE_NOOP("RecordLabels", "Accepted"),
    "completed": QT_TRANSLATE_NOOP("RecordLabels", "Completed"),
    "declined": QT_TRANSLATE_NOOP("RecordLabels", "Declined"),
}

CRITERIA = {
    "interest_confirmed": QT_TRANSLATE_NOOP("RecordLabels", "Wants to take part"),
    "time_remaining_months_ok": QT_TRANSLATE_NOOP(
        "RecordLabels", "Enough time left before release"
    ),
    "no_disqualifying_incident": QT_TRANSLATE_NOOP("RecordLabels", "No disqualifying incident"),
    "agrees_to_expectations": QT_TRANSLATE_NOOP(
        "RecordLabels", "Agrees to the program's expectations"
    ),
}

DECISIONS = {
    "eligible": QT_TRANSLATE_NOOP("RecordLabels", "Eligible"),
    "ineligible": QT_TRANSLATE_NOOP("RecordLabels", "Not eligible"),
    "deferred": QT_TRANSLATE_NOOP("RecordLabels", "Deferred"),
}

NEED_DOMAINS = {
    "housing": QT_TRANSLATE_NOOP("RecordLabels", "Housing"),
    "healthcare": QT_TRANSLATE_NOOP("RecordLabels", "Healthcare"),
    "mental_health": QT_TRANSLATE_NOOP("RecordLabels", "Mental health"),
    "substance_use": QT_TRANSLATE_NOOP("RecordLabels", "Substance use"),
    "employment": QT_TRANSLATE_NOOP("RecordLabels", "Employment"),
    "education": QT_TRANSLATE_NOOP("RecordLabels", "Education"),
    "id_documents": QT_TRANSLATE_NOOP("RecordLabels", "ID documents"),
    "transportation": QT_TRANSLATE_NOOP("RecordLabels", "Transportation"),
    "family": QT_TRANSLATE_NOOP("RecordLabels", "Family"),
}

NEED_LEVELS = (
    QT_TRANSLATE_NOOP("RecordLabels", "No need"),
    QT_TRANSLATE_NOOP("RecordLabels", "Low"),
    QT_TRANSLATE_NOOP("RecordLabels", "Moderate"),
    QT_TRANSLATE_NOOP("RecordLabels", "High"),
)

GOAL_STATUSES = {
    "open": QT_TRANSLATE_NOOP("RecordLabels", "Open"),
    "in_progress": QT_TRANSLATE_NOOP("RecordLabels", "In progress"),
    "achieved": QT_TRANSLATE_NOOP("RecordLabels", "Achieved"),
    "dropped": QT_TRANSLATE_NOOP("RecordLabels", "Dropped"),
}


def _tr(table: dict[str, str], value: str) -> str:
    source = table.get(value)
    return QCoreApplication.translate(_CONTEXT, source) if source else value


def consent_state_label(value: str) -> str:
    """``in_force`` -> "In force" (translated); an unknown value is shown as is."""
    return _tr(CONSENT_STATES, value)


def service_type_label(value: str) -> str:
    """``id_documents`` -> "ID documents" (translated)."""
    return _tr(SERVICE_TYPES, value)


def referral_status_label(value: str) -> str:
    """``accepted`` -> "Accepted" (translated)."""
    return _tr(REFERRAL_STATUSES, value)


def criterion_label(value: str) -> str:
    """A screening question's key -> its question (translated)."""
    return _tr(CRITERIA, value)


def decision_label(value: str) -> str:
    """``ineligible`` -> "Not eligible" (translated)."""
    return _tr(DECISIONS, value)


def need_domain_label(value: str) -> str:
    """``substance_use`` -> "Substance use" (translated)."""
    return _tr(NEED_DOMAINS, value)


def need_level_label(level: int) -> str:
    """0..3 -> "No need", "Low", "Moderate", "High" (translated)."""
    if 0 <= level < len(NEED_LEVELS):
        return QCoreApplication.translate(_CONTEXT, NEED_LEVELS[level])
    return str(level)


def goal_status_label(value: str) -> str:
    """``in_progress`` -> "In progress" (translated)."""
    return _tr(GOAL_STATUSES, value)
