"""Translated names of consent states, service types and referral statuses."""

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
