"""Roles, actions and the permission matrix.

The matrix is data: ``PERMISSIONS[role]`` is the set of actions that role may take. Services
enforce it (``services.access``); the UI only uses it to decide what to show.
"""

from __future__ import annotations

from enum import StrEnum
from types import MappingProxyType


class Role(StrEnum):
    """What a user is at the site."""

    COORDINATOR = "coordinator"
    PEER_EDUCATOR = "peer_educator"
    REENTRY_STAFF = "reentry_staff"
    AUDITOR = "auditor"


class Action(StrEnum):
    """Everything a user can ask peerdesk to do that a role may or may not allow."""

    SITE_VIEW = "site.view"
    ACCOUNT_CHANGE_OWN_PASSPHRASE = "account.change_own_passphrase"  # noqa: S105
    USER_LIST = "user.list"
    USER_MANAGE = "user.manage"
    AUDIT_VIEW = "audit.view"
    AUDIT_VERIFY = "audit.verify"
    SETTINGS_MANAGE = "settings.manage"
    KEYS_MANAGE = "keys.manage"
    BACKUP_RUN = "backup.run"
    PARTICIPANT_VIEW_ALL = "participant.view_all"
    PARTICIPANT_VIEW_ASSIGNED = "participant.view_assigned"
    PARTICIPANT_EDIT = "participant.edit"
    PARTICIPANT_SCREEN = "participant.screen"
    PARTICIPANT_MERGE = "participant.merge"
    RECORDS_PURGE = "records.purge"
    PATHWAY_MANAGE = "pathway.manage"
    GROUP_MANAGE = "group.manage"
    MENTOR_VIEW = "mentor.view"
    MENTOR_MANAGE = "mentor.manage"
    MATCH_VIEW = "match.view"
    MATCH_MANAGE = "match.manage"
    SESSION_VIEW = "session.view"
    SESSION_RECORD = "session.record"
    NOTE_WRITE = "note.write"
    NOTE_READ_GENERAL = "note.read_general"
    NOTE_READ_SENSITIVE = "note.read_sensitive"
    NOTE_READ_SUD = "note.read_sud"
    NOTE_COSIGN = "note.cosign"
    CONSENT_MANAGE = "consent.manage"
    REFERRAL_MANAGE = "referral.manage"
    INCENTIVE_MANAGE = "incentive.manage"
    OUTCOME_RECORD = "outcome.record"
    REPORT_RUN = "report.run"
    EXPORT_CSV = "export.csv"
    BUNDLE_EXPORT = "bundle.export"
    BUNDLE_IMPORT = "bundle.import"
    CONFLICT_RESOLVE = "conflict.resolve"


#: Actions that only read. Every other action changes something (or moves data out).
READ_ONLY_ACTIONS: frozenset[Action] = frozenset(
    {
        Action.SITE_VIEW,
        Action.USER_LIST,
        Action.AUDIT_VIEW,
        Action.AUDIT_VERIFY,
        Action.PARTICIPANT_VIEW_ALL,
        Action.PARTICIPANT_VIEW_ASSIGNED,
        Action.MENTOR_VIEW,
        Action.MATCH_VIEW,
        Action.SESSION_VIEW,
        Action.NOTE_READ_GENERAL,
        Action.NOTE_READ_SENSITIVE,
        Action.NOTE_READ_SUD,
        Action.REPORT_RUN,
    }
)

_A = Action

PERMISSIONS: MappingProxyType[Role, frozenset[Action]] = MappingProxyType(
    {
        # Runs the site: everything.
        Role.COORDINATOR: frozenset(Action),
        # Records the groups and contacts they lead; sees only their own mentees and groups.
        Role.PEER_EDUCATOR: frozenset(
            {
                _A.SITE_VIEW,
                _A.ACCOUNT_CHANGE_OWN_PASSPHRASE,
                _A.PARTICIPANT_VIEW_ASSIGNED,
                _A.MATCH_VIEW,
                _A.SESSION_VIEW,
                _A.SESSION_RECORD,
                _A.NOTE_WRITE,
                _A.NOTE_READ_GENERAL,
            }
        ),
        # Continues services after release: imports bundles, records outcomes.
        Role.REENTRY_STAFF: frozenset(
            {
                _A.SITE_VIEW,
                _A.ACCOUNT_CHANGE_OWN_PASSPHRASE,
                _A.USER_LIST,
                _A.PARTICIPANT_VIEW_ALL,
                _A.PARTICIPANT_EDIT,
                _A.MENTOR_VIEW,
                _A.MATCH_VIEW,
                _A.MATCH_MANAGE,
                _A.GROUP_MANAGE,
                _A.SESSION_VIEW,
                _A.SESSION_RECORD,
                _A.NOTE_WRITE,
                _A.NOTE_READ_GENERAL,
                _A.NOTE_READ_SENSITIVE,
                _A.NOTE_READ_SUD,
                _A.CONSENT_MANAGE,
                _A.REFERRAL_MANAGE,
                _A.INCENTIVE_MANAGE,
                _A.OUTCOME_RECORD,
                _A.REPORT_RUN,
                _A.EXPORT_CSV,
                _A.BUNDLE_EXPORT,
                _A.BUNDLE_IMPORT,
                _A.CONFLICT_RESOLVE,
            }
        ),
        # Reads reports and the audit trail; changes nothing and reads no notes.
        Role.AUDITOR: frozenset(
            {
                _A.SITE_VIEW,
                _A.ACCOUNT_CHANGE_OWN_PASSPHRASE,
                _A.USER_LIST,
                _A.AUDIT_VIEW,
                _A.AUDIT_VERIFY,
                _A.PARTICIPANT_VIEW_ALL,
                _A.MENTOR_VIEW,
                _A.MATCH_VIEW,
                _A.SESSION_VIEW,
                _A.REPORT_RUN,
            }
        ),
    }
)


def is_allowed(role: Role, action: Action) -> bool:
    """Return whether ``role`` may take ``action`` according to the matrix."""
    return action in PERMISSIONS[role]
