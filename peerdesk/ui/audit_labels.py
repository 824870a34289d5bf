"""The audit trail in words: kinds of record and actions (the trail stores stable codes).

``tests/ui/test_audit_labels.py`` finds every kind and action code the program writes and
fails when one has no words here.
"""

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


#: What an entry records, by the action code the trail stores (``participant.update``).
ACTIONS = {
    "account.passphrase_change": QT_TRANSLATE_NOOP("AuditLabels", "Own passphrase changed"),
    "audit.verify": QT_TRANSLATE_NOOP("AuditLabels", "Audit trail checked"),
    "backup.create": QT_TRANSLATE_NOOP("AuditLabels", "Backup made"),
    "backup.restore": QT_TRANSLATE_NOOP("AuditLabels", "Backup restored"),
    "consent.create": QT_TRANSLATE_NOOP("AuditLabels", "Consent recorded"),
    "consent.expire": QT_TRANSLATE_NOOP("AuditLabels", "Consent expired"),
    "consent.revoke": QT_TRANSLATE_NOOP("AuditLabels", "Consent revoked"),
    "contact.cancel": QT_TRANSLATE_NOOP("AuditLabels", "Mentor contact cancelled"),
    "contact.record": QT_TRANSLATE_NOOP("AuditLabels", "Mentor contact recorded"),
    "demo.generate": QT_TRANSLATE_NOOP("AuditLabels", "Demo data made"),
    "export.csv": QT_TRANSLATE_NOOP("AuditLabels", "CSV files exported"),
    "goal.create": QT_TRANSLATE_NOOP("AuditLabels", "Goal added"),
    "goal.status": QT_TRANSLATE_NOOP("AuditLabels", "Goal status changed"),
    "group.activate": QT_TRANSLATE_NOOP("AuditLabels", "Group reopened"),
    "group.create": QT_TRANSLATE_NOOP("AuditLabels", "Group created"),
    "group.deactivate": QT_TRANSLATE_NOOP("AuditLabels", "Group closed"),
    "group.facilitator_add": QT_TRANSLATE_NOOP("AuditLabels", "Group facilitator added"),
    "group.facilitator_remove": QT_TRANSLATE_NOOP("AuditLabels", "Group facilitator removed"),
    "group.member_add": QT_TRANSLATE_NOOP("AuditLabels", "Group member added"),
    "group.member_remove": QT_TRANSLATE_NOOP("AuditLabels", "Group member removed"),
    "group.update": QT_TRANSLATE_NOOP("AuditLabels", "Group updated"),
    "incentive.create": QT_TRANSLATE_NOOP("AuditLabels", "Incentive recorded"),
    "incentive.delete": QT_TRANSLATE_NOOP("AuditLabels", "Incentive deleted"),
    "keep_separate.create": QT_TRANSLATE_NOOP("AuditLabels", "Keep-separate order added"),
    "keep_separate.delete": QT_TRANSLATE_NOOP("AuditLabels", "Keep-separate order removed"),
    "keys.card_export": QT_TRANSLATE_NOOP("AuditLabels", "Key card exported"),
    "keys.create": QT_TRANSLATE_NOOP("AuditLabels", "Site keys created"),
    "keys.revoke": QT_TRANSLATE_NOOP("AuditLabels", "Trust in a site withdrawn"),
    "keys.rotate": QT_TRANSLATE_NOOP("AuditLabels", "Site keys replaced"),
    "keys.rotation_accept": QT_TRANSLATE_NOOP("AuditLabels", "A site's new keys accepted"),
    "keys.trust": QT_TRANSLATE_NOOP("AuditLabels", "Site trusted"),
    "login.failed": QT_TRANSLATE_NOOP("AuditLabels", "Sign-in failed"),
    "login.locked": QT_TRANSLATE_NOOP("AuditLabels", "Locked after failed sign-ins"),
    "login.ok": QT_TRANSLATE_NOOP("AuditLabels", "Signed in"),
    "login.recovery_code": QT_TRANSLATE_NOOP("AuditLabels", "Signed in with the recovery code"),
    "login.refused": QT_TRANSLATE_NOOP("AuditLabels", "Sign-in refused while locked"),
    "match.close": QT_TRANSLATE_NOOP("AuditLabels", "Match closed"),
    "match.handoff": QT_TRANSLATE_NOOP("AuditLabels", "Match handed off"),
    "match.pause": QT_TRANSLATE_NOOP("AuditLabels", "Match paused"),
    "match.propose": QT_TRANSLATE_NOOP("AuditLabels", "Match proposed"),
    "match.resume": QT_TRANSLATE_NOOP("AuditLabels", "Match resumed"),
    "match.start": QT_TRANSLATE_NOOP("AuditLabels", "Match started"),
    "measures.view": QT_TRANSLATE_NOOP("AuditLabels", "Program measures viewed"),
    "mentor.approve": QT_TRANSLATE_NOOP("AuditLabels", "Peer educator approved"),
    "mentor.certification": QT_TRANSLATE_NOOP("AuditLabels", "Certification recorded"),
    "mentor.create": QT_TRANSLATE_NOOP("AuditLabels", "Peer educator added"),
    "mentor.decline": QT_TRANSLATE_NOOP("AuditLabels", "Peer educator declined"),
    "mentor.link_user": QT_TRANSLATE_NOOP("AuditLabels", "Peer educator linked to a user"),
    "mentor.selection_step": QT_TRANSLATE_NOOP("AuditLabels", "Selection step recorded"),
    "mentor.status": QT_TRANSLATE_NOOP("AuditLabels", "Peer educator status changed"),
    "mentor.supervision": QT_TRANSLATE_NOOP("AuditLabels", "Supervision check-in recorded"),
    "mentor.training": QT_TRANSLATE_NOOP("AuditLabels", "Training recorded"),
    "mentor.update": QT_TRANSLATE_NOOP("AuditLabels", "Peer educator updated"),
    "mentor.view": QT_TRANSLATE_NOOP("AuditLabels", "Peer educator opened"),
    "needs.record": QT_TRANSLATE_NOOP("AuditLabels", "Needs assessment recorded"),
    "note.cosign": QT_TRANSLATE_NOOP("AuditLabels", "Note co-signed"),
    "note.create": QT_TRANSLATE_NOOP("AuditLabels", "Note written"),
    "note.delete": QT_TRANSLATE_NOOP("AuditLabels", "Note deleted"),
    "note.edit": QT_TRANSLATE_NOOP("AuditLabels", "Note changed"),
    "note.view": QT_TRANSLATE_NOOP("AuditLabels", "Notes read"),
    "outcome.create": QT_TRANSLATE_NOOP("AuditLabels", "Outcome recorded"),
    "outcome.update": QT_TRANSLATE_NOOP("AuditLabels", "Outcome updated"),
    "participant.create": QT_TRANSLATE_NOOP("AuditLabels", "Participant added"),
    "participant.delete": QT_TRANSLATE_NOOP("AuditLabels", "Participant deleted"),
    "participant.merge": QT_TRANSLATE_NOOP("AuditLabels", "Participants merged"),
    "participant.status": QT_TRANSLATE_NOOP("AuditLabels", "Participant status changed"),
    "participant.update": QT_TRANSLATE_NOOP("AuditLabels", "Participant updated"),
    "participant.view": QT_TRANSLATE_NOOP("AuditLabels", "Participant opened"),
    "partner.create": QT_TRANSLATE_NOOP("AuditLabels", "Partner added"),
    "partner.delete": QT_TRANSLATE_NOOP("AuditLabels", "Partner deleted"),
    "partner.update": QT_TRANSLATE_NOOP("AuditLabels", "Partner updated"),
    "pathway.create": QT_TRANSLATE_NOOP("AuditLabels", "Pathway created"),
    "pathway.enter_phase": QT_TRANSLATE_NOOP("AuditLabels", "Pathway phase started"),
    "pathway.milestone": QT_TRANSLATE_NOOP("AuditLabels", "Milestone reached"),
    "records.purge": QT_TRANSLATE_NOOP("AuditLabels", "Old records purged"),
    "recovery_code.create": QT_TRANSLATE_NOOP("AuditLabels", "Recovery code made"),
    "referral.create": QT_TRANSLATE_NOOP("AuditLabels", "Referral made"),
    "referral.status": QT_TRANSLATE_NOOP("AuditLabels", "Referral status changed"),
    "report.agreement": QT_TRANSLATE_NOOP("AuditLabels", "Mentor agreement printed"),
    "report.attendance": QT_TRANSLATE_NOOP("AuditLabels", "Attendance report made"),
    "report.certificate": QT_TRANSLATE_NOOP("AuditLabels", "Certificate printed"),
    "report.grant": QT_TRANSLATE_NOOP("AuditLabels", "Grant report made"),
    "report.monthly": QT_TRANSLATE_NOOP("AuditLabels", "Monthly report made"),
    "report.packet": QT_TRANSLATE_NOOP("AuditLabels", "Partner packet made"),
    "report.packet_consent": QT_TRANSLATE_NOOP("AuditLabels", "Consent used for a packet"),
    "report.signin": QT_TRANSLATE_NOOP("AuditLabels", "Sign-in sheet printed"),
    "roster.import": QT_TRANSLATE_NOOP("AuditLabels", "Roster imported"),
    "screening.create": QT_TRANSLATE_NOOP("AuditLabels", "Screening recorded"),
    "session.attendance_edit": QT_TRANSLATE_NOOP("AuditLabels", "Attendance corrected"),
    "session.cancel": QT_TRANSLATE_NOOP("AuditLabels", "Group session cancelled"),
    "session.ended_by": QT_TRANSLATE_NOOP("AuditLabels", "Locked session ended"),
    "session.lock": QT_TRANSLATE_NOOP("AuditLabels", "Window locked"),
    "session.record": QT_TRANSLATE_NOOP("AuditLabels", "Group session recorded"),
    "session.sign_out": QT_TRANSLATE_NOOP("AuditLabels", "Signed out"),
    "session.switch_user": QT_TRANSLATE_NOOP("AuditLabels", "Switched user"),
    "session.unlock": QT_TRANSLATE_NOOP("AuditLabels", "Window unlocked"),
    "session.unlock_refused": QT_TRANSLATE_NOOP("AuditLabels", "Unlock refused"),
    "settings.change": QT_TRANSLATE_NOOP("AuditLabels", "Settings changed"),
    "site.init": QT_TRANSLATE_NOOP("AuditLabels", "Site set up"),
    "store.check": QT_TRANSLATE_NOOP("AuditLabels", "Database checked"),
    "sync.conflict_resolve": QT_TRANSLATE_NOOP("AuditLabels", "Sync review item settled"),
    "sync.conflict_settled": QT_TRANSLATE_NOOP(
        "AuditLabels", "Sync conflict closed: settled at another site"
    ),
    "sync.duplicate_keep_both": QT_TRANSLATE_NOOP("AuditLabels", "Possible duplicate kept apart"),
    "sync.duplicate_merge": QT_TRANSLATE_NOOP("AuditLabels", "Possible duplicate merged"),
    "sync.export": QT_TRANSLATE_NOOP("AuditLabels", "Sync bundle exported"),
    "sync.import": QT_TRANSLATE_NOOP("AuditLabels", "Sync bundle imported"),
    "sync.import_refused": QT_TRANSLATE_NOOP("AuditLabels", "Sync bundle refused"),
    "timeline.view": QT_TRANSLATE_NOOP("AuditLabels", "Timeline viewed"),
    "user.add": QT_TRANSLATE_NOOP("AuditLabels", "User added"),
    "user.disable": QT_TRANSLATE_NOOP("AuditLabels", "User disabled"),
    "user.reset_passphrase": QT_TRANSLATE_NOOP("AuditLabels", "User's passphrase reset"),
    "user.role_change": QT_TRANSLATE_NOOP("AuditLabels", "User's role changed"),
    "user.unlock": QT_TRANSLATE_NOOP("AuditLabels", "User's sign-in unlocked"),
}

#: What someone asked to do, for refused entries: the permission codes (``Action``) and the
#: actions refused on a record (``note.edit`` of someone else's note).
ATTEMPTS = {
    "account.change_own_passphrase": QT_TRANSLATE_NOOP("AuditLabels", "Change own passphrase"),
    "audit.verify": QT_TRANSLATE_NOOP("AuditLabels", "Check the audit trail"),
    "audit.view": QT_TRANSLATE_NOOP("AuditLabels", "See the audit trail"),
    "backup.run": QT_TRANSLATE_NOOP("AuditLabels", "Make or restore a backup"),
    "bundle.export": QT_TRANSLATE_NOOP("AuditLabels", "Export a sync bundle"),
    "bundle.import": QT_TRANSLATE_NOOP("AuditLabels", "Import a sync bundle"),
    "conflict.resolve": QT_TRANSLATE_NOOP("AuditLabels", "Settle a sync review item"),
    "consent.manage": QT_TRANSLATE_NOOP("AuditLabels", "Record or revoke a consent"),
    "export.csv": QT_TRANSLATE_NOOP("AuditLabels", "Export CSV files"),
    "group.manage": QT_TRANSLATE_NOOP("AuditLabels", "Manage groups"),
    "incentive.manage": QT_TRANSLATE_NOOP("AuditLabels", "Manage incentives"),
    "keys.manage": QT_TRANSLATE_NOOP("AuditLabels", "Manage site keys"),
    "match.manage": QT_TRANSLATE_NOOP("AuditLabels", "Manage matches"),
    "match.view": QT_TRANSLATE_NOOP("AuditLabels", "See matches"),
    "mentor.manage": QT_TRANSLATE_NOOP("AuditLabels", "Manage peer educators"),
    "mentor.view": QT_TRANSLATE_NOOP("AuditLabels", "See peer educators"),
    "note.cosign": QT_TRANSLATE_NOOP("AuditLabels", "Co-sign a note"),
    "note.delete": QT_TRANSLATE_NOOP("AuditLabels", "Delete a note"),
    "note.edit": QT_TRANSLATE_NOOP("AuditLabels", "Change a note"),
    "note.read_general": QT_TRANSLATE_NOOP("AuditLabels", "Read general notes"),
    "note.read_sensitive": QT_TRANSLATE_NOOP("AuditLabels", "Read sensitive notes"),
    "note.read_sud": QT_TRANSLATE_NOOP("AuditLabels", "Read substance-use notes"),
    "note.write": QT_TRANSLATE_NOOP("AuditLabels", "Write a note"),
    "outcome.record": QT_TRANSLATE_NOOP("AuditLabels", "Record outcomes"),
    "participant.edit": QT_TRANSLATE_NOOP("AuditLabels", "Change participants"),
    "participant.merge": QT_TRANSLATE_NOOP("AuditLabels", "Merge participants"),
    "participant.screen": QT_TRANSLATE_NOOP("AuditLabels", "Screen participants"),
    "participant.view_all": QT_TRANSLATE_NOOP("AuditLabels", "See all participants"),
    "participant.view_assigned": QT_TRANSLATE_NOOP("AuditLabels", "See assigned participants"),
    "pathway.manage": QT_TRANSLATE_NOOP("AuditLabels", "Manage pathways"),
    "records.purge": QT_TRANSLATE_NOOP("AuditLabels", "Purge old records"),
    "referral.manage": QT_TRANSLATE_NOOP("AuditLabels", "Manage referrals"),
    "report.run": QT_TRANSLATE_NOOP("AuditLabels", "Make reports"),
    "session.attendance_edit": QT_TRANSLATE_NOOP("AuditLabels", "Correct attendance"),
    "session.record": QT_TRANSLATE_NOOP("AuditLabels", "Record group sessions"),
    "session.view": QT_TRANSLATE_NOOP("AuditLabels", "See group sessions"),
    "settings.manage": QT_TRANSLATE_NOOP("AuditLabels", "Change settings"),
    "site.view": QT_TRANSLATE_NOOP("AuditLabels", "See the site"),
    "user.list": QT_TRANSLATE_NOOP("AuditLabels", "See user accounts"),
    "user.manage": QT_TRANSLATE_NOOP("AuditLabels", "Manage user accounts"),
}

#: Families of actions the audit filter offers, by the start of their code ("" = all).
ACTION_FAMILIES = (
    ("", ""),
    ("login.", QT_TRANSLATE_NOOP("AuditLabels", "Sign-in")),
    ("session.", QT_TRANSLATE_NOOP("AuditLabels", "Window and group sessions")),
    ("participant.", QT_TRANSLATE_NOOP("AuditLabels", "Participants")),
    ("note.", QT_TRANSLATE_NOOP("AuditLabels", "Notes")),
    ("mentor.", QT_TRANSLATE_NOOP("AuditLabels", "Peer educators")),
    ("match.", QT_TRANSLATE_NOOP("AuditLabels", "Matches")),
    ("group.", QT_TRANSLATE_NOOP("AuditLabels", "Groups")),
    ("report.", QT_TRANSLATE_NOOP("AuditLabels", "Reports")),
    ("sync.", QT_TRANSLATE_NOOP("AuditLabels", "Sync")),
    ("keys.", QT_TRANSLATE_NOOP("AuditLabels", "Site keys")),
    ("backup.", QT_TRANSLATE_NOOP("AuditLabels", "Backups")),
    ("user.", QT_TRANSLATE_NOOP("AuditLabels", "User accounts")),
    ("settings.", QT_TRANSLATE_NOOP("AuditLabels", "Settings")),
    ("audit.", QT_TRANSLATE_NOOP("AuditLabels", "Audit trail")),
)


def action_label(code: str, outcome: str = "") -> str:
    """The translated words of an audited action (the code itself when unknown).

    A refused entry (``outcome == "denied"``) names what was asked ("Merge participants");
    any other names what happened ("Participants merged").
    """
    tables = (ATTEMPTS, ACTIONS) if outcome == "denied" else (ACTIONS, ATTEMPTS)
    for table in tables:
        text = table.get(code)
        if text is not None:
            return QCoreApplication.translate(_CONTEXT, text)
    return code
