"""The kinds of record the audit trail names, in words (the trail stores stable codes)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

_CONTEXT = "AuditLabels"

OBJECT_TYPES = {
    "alerts": QT_TRANSLATE_NOOP("AuditLabels", "Alerts"),
    "audit": QT_TRANSLATE_NOOP("AuditLabels", "Audit trail"),
    "backup": QT_TRANSLATE_NOOP("AuditLabels", "Backup"),
    "bundle": QT_TRANSLATE_NOOP("AuditLabels", "Sync bundle"),
    "conflict": QT_TRANSLATE_NOOP("AuditLabels", "Sync review item"),
    "consent": QT_TRANSLATE_NOOP("AuditLabels", "Consent"),
    "contact": QT_TRANSLATE_NOOP("AuditLabels", "Mentor contact"),
    "demo": QT_TRANSLATE_NOOP("AuditLabels", "Demo data"),
    "goal": QT_TRANSLATE_NOOP("AuditLabels", "Goal"),
    "group": QT_TRANSLATE_NOOP("AuditLabels", "Group"),
    "group_facilitator": QT_TRANSLATE_NOOP("AuditLabels", "Group facilitator"),
    "group_member": QT_TRANSLATE_NOOP("AuditLabels", "Group member"),
    "incentive": QT_TRANSLATE_NOOP("AuditLabels", "Incentive"),
    "keep_separate": QT_TRANSLATE_NOOP("AuditLabels", "Keep-separate order"),
    "match": QT_TRANSLATE_NOOP("AuditLabels", "Mentor match"),
    "measures": QT_TRANSLATE_NOOP("AuditLabels", "Measures"),
    "mentor": QT_TRANSLATE_NOOP("AuditLabels", "Peer educator"),
    "milestone_achievement": QT_TRANSLATE_NOOP("AuditLabels", "Milestone"),
    "note": QT_TRANSLATE_NOOP("AuditLabels", "Note"),
    "outcome": QT_TRANSLATE_NOOP("AuditLabels", "Outcome"),
    "participant": QT_TRANSLATE_NOOP("AuditLabels", "Participant"),
    "participant_phase": QT_TRANSLATE_NOOP("AuditLabels", "Pathway phase"),
    "partner": QT_TRANSLATE_NOOP("AuditLabels", "Partner"),
    "pathway": QT_TRANSLATE_NOOP("AuditLabels", "Pathway"),
    "period": QT_TRANSLATE_NOOP("AuditLabels", "Report period"),
    "referral": QT_TRANSLATE_NOOP("AuditLabels", "Referral"),
    "roster": QT_TRANSLATE_NOOP("AuditLabels", "Roster import"),
    "screening": QT_TRANSLATE_NOOP("AuditLabels", "Screening"),
    "session": QT_TRANSLATE_NOOP("AuditLabels", "Group session"),
    "setting": QT_TRANSLATE_NOOP("AuditLabels", "Setting"),
    "site": QT_TRANSLATE_NOOP("AuditLabels", "Site"),
    "store": QT_TRANSLATE_NOOP("AuditLabels", "Database"),
    "user": QT_TRANSLATE_NOOP("AuditLabels", "User"),
}


def object_type_label(code: str) -> str:
    """The translated name of an audited record kind (the code itself when unknown)."""
    text = OBJECT_TYPES.get(code)
    return QCoreApplication.translate(_CONTEXT, text) if text is not None else code
