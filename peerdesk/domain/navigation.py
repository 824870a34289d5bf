"""Which parts of the application each role sees, decided from the permission matrix.

The window shows a section only when the role may use it; nothing is shown greyed out. The
rules read ``roles.PERMISSIONS`` (through ``is_allowed``), so a change to the matrix changes the
navigation with it.
"""

from __future__ import annotations

from enum import StrEnum

from peerdesk.domain.roles import Action, Role, is_allowed


class Section(StrEnum):
    """A place in the navigation list, in the order it is listed."""

    MY_GROUPS = "my_groups"
    MY_MENTEES = "my_mentees"
    DASHBOARD = "dashboard"
    PARTICIPANTS = "participants"
    PEER_EDUCATORS = "peer_educators"
    MATCHES = "matches"
    GROUPS = "groups"
    REFERRALS = "referrals"
    REPORTS = "reports"
    SYNC = "sync"
    ADMINISTRATION = "administration"


class AdminTab(StrEnum):
    """A tab of the Administration section."""

    USERS = "users"
    SETTINGS = "settings"
    AUDIT = "audit"
    BACKUPS = "backups"
    SITES = "sites"


def _can(role: Role, *actions: Action) -> bool:
    """Whether ``role`` may take at least one of ``actions``."""
    return any(is_allowed(role, a) for a in actions)


def _sees_everyone(role: Role) -> bool:
    return is_allowed(role, Action.PARTICIPANT_VIEW_ALL)


def _visible(section: Section, role: Role) -> bool:
    everyone = _sees_everyone(role)
    rules = {
        # Someone who sees only assigned people works from their own lists instead.
        Section.MY_GROUPS: not everyone and is_allowed(role, Action.SESSION_RECORD),
        Section.MY_MENTEES: not everyone and is_allowed(role, Action.PARTICIPANT_VIEW_ASSIGNED),
        Section.DASHBOARD: everyone and is_allowed(role, Action.REPORT_RUN),
        Section.PARTICIPANTS: everyone,
        Section.PEER_EDUCATORS: is_allowed(role, Action.MENTOR_VIEW),
        Section.MATCHES: everyone and is_allowed(role, Action.MATCH_VIEW),
        Section.GROUPS: everyone and _can(role, Action.GROUP_MANAGE, Action.SESSION_VIEW),
        Section.REFERRALS: is_allowed(role, Action.REFERRAL_MANAGE),
        Section.REPORTS: is_allowed(role, Action.REPORT_RUN),
        Section.SYNC: _can(role, Action.BUNDLE_EXPORT, Action.BUNDLE_IMPORT),
        Section.ADMINISTRATION: _can(
            role, Action.USER_MANAGE, Action.SETTINGS_MANAGE, Action.AUDIT_VIEW, Action.KEYS_MANAGE
        ),
    }
    return rules[section]


def sections_for(role: Role) -> tuple[Section, ...]:
    """The sections ``role`` may use, in navigation order."""
    return tuple(s for s in Section if _visible(s, role))


def landing_section(role: Role, available: frozenset[Section] | None = None) -> Section | None:
    """Where ``role`` starts after sign-in: the first of its sections that is ``available``.

    A peer educator starts on "My groups" (then "My mentees"); everyone else on the dashboard,
    or the first section the window has when there is no dashboard.
    """
    for section in sections_for(role):
        if available is None or section in available:
            return section
    return None


def admin_tabs(role: Role) -> tuple[AdminTab, ...]:
    """The Administration tabs ``role`` may use (empty when the section is not shown)."""
    if not _visible(Section.ADMINISTRATION, role):
        return ()
    tabs = {
        AdminTab.USERS: is_allowed(role, Action.USER_LIST),
        AdminTab.SETTINGS: is_allowed(role, Action.SETTINGS_MANAGE),
        AdminTab.AUDIT: is_allowed(role, Action.AUDIT_VIEW),
        AdminTab.BACKUPS: is_allowed(role, Action.BACKUP_RUN),
        AdminTab.SITES: is_allowed(role, Action.KEYS_MANAGE),
    }
    return tuple(t for t in AdminTab if tabs[t])


def may_end_sessions_of_others(role: Role) -> bool:
    """Whether ``role`` may unlock a workstation someone else locked (ending their session)."""
    return is_allowed(role, Action.USER_MANAGE)


class RecordTab(StrEnum):
    """A tab of a participant's page beyond the profile and the timeline."""

    SCREENING = "screening"
    CONSENT = "consent"
    PATHWAY = "pathway"
    MATCHES = "matches"
    GOALS = "goals"
    REFERRALS = "referrals"
    INCENTIVES = "incentives"
    OUTCOMES = "outcomes"


def record_tabs(role: Role) -> tuple[RecordTab, ...]:
    """The participant tabs ``role`` sees, for participants it may see at all.

    Screening and needs hold the substance-use need, a consent's scope says whether the person
    is in substance-use treatment, and outcomes say whether they are in treatment: they are
    shown only to roles that record them, read treatment records, or audit. Peer educators see
    their mentees' pathway, goals, referrals (without treatment referrals: the services leave
    those out) and incentives.
    """
    shown = {
        RecordTab.SCREENING: _can(role, Action.PARTICIPANT_SCREEN, Action.NOTE_READ_SUD),
        RecordTab.CONSENT: _can(role, Action.CONSENT_MANAGE, Action.AUDIT_VIEW),
        RecordTab.PATHWAY: True,
        RecordTab.MATCHES: _can(role, Action.MATCH_VIEW),
        RecordTab.GOALS: True,
        RecordTab.REFERRALS: True,
        RecordTab.INCENTIVES: True,
        RecordTab.OUTCOMES: _can(role, Action.OUTCOME_RECORD, Action.AUDIT_VIEW),
    }
    return tuple(t for t in RecordTab if shown[t])
