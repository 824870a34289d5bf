"""The rows of each CSV export, filtered exactly as the screens and reports filter them.

Role: participants (and their matches and referrals) through ``visible_participants``, matches
through ``own_matches_only``, sessions through ``visible_groups``. Substance-use treatment
referrals (42 CFR Part 2) only for a role that may read Part 2 records (``note.read_sud``).
Consent: an export addressed to another site (``recipient_site_id``) carries only the
participants whose consent covers that site on the day (``covered_participants``), and their
Part 2 referrals only where the consent names Part 2 records. Notes are never exported.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, and_, or_, select
from sqlalchemy.orm import Session

from peerdesk.db.models import (
    GroupRow,
    GroupSessionRow,
    MatchRow,
    MentorRow,
    PartnerRow,
    ReferralRow,
)
from peerdesk.db.models import ParticipantRow as P
from peerdesk.domain.measures import Measures
from peerdesk.domain.roles import Action, is_allowed
from peerdesk.domain.screening_rules import ServiceType
from peerdesk.reports.csv_export import CsvValue
from peerdesk.services.actor import Actor
from peerdesk.services.consent import covered_participants
from peerdesk.services.groups import visible_groups
from peerdesk.services.mentor_base import own_matches_only
from peerdesk.services.timeline import session_summaries
from peerdesk.services.visibility import visible_participants

SUD_SERVICE = ServiceType.SUBSTANCE_USE_TREATMENT.value
Rows = list[Sequence[CsvValue]]


@dataclass(frozen=True)
class Audience:
    """Who reads the export: the actor, and the other site it goes to (if any) on a day."""

    actor: Actor
    recipient_site_id: str | None
    on: date

    def people(self) -> ColumnElement[bool]:
        """Participants in the export: visible to the actor, and covered by consent if sent."""
        visible = visible_participants(self.actor)
        if self.recipient_site_id is None:
            return visible
        return and_(visible, covered_participants(self.recipient_site_id, self.on, False))

    def referrals(self) -> ColumnElement[bool]:
        """Referrals in the export: Part 2 ones only for a Part 2 reader and Part 2 consent."""
        general = ReferralRow.service_type != SUD_SERVICE
        if self.recipient_site_id is not None:
            general = and_(general, covered_participants(self.recipient_site_id, self.on, False))
        if not is_allowed(self.actor.role, Action.NOTE_READ_SUD):
            return general
        sud: ColumnElement[bool] = ReferralRow.service_type == SUD_SERVICE
        if self.recipient_site_id is not None:
            sud = and_(sud, covered_participants(self.recipient_site_id, self.on, True))
        return or_(general, sud)


PARTICIPANT_COLUMNS = (
    "id",
    "doc_number",
    "legal_last_name",
    "legal_first_name",
    "preferred_name",
    "date_of_birth",
    "facility",
    "housing_unit",
    "primary_language",
    "status",
    "status_date",
    "projected_release_date",
    "actual_release_date",
    "release_county",
    "release_city",
    "risk_level",
)


def participant_rows(s: Session, who: Audience) -> Rows:
    cols = [getattr(P, c) for c in PARTICIPANT_COLUMNS]
    stmt = (
        select(*cols)
        .where(P.deleted.is_(False), who.people())
        .order_by(P.search_last, P.search_first, P.id)
    )
    return [tuple(r) for r in s.execute(stmt)]


MATCH_COLUMNS = (
    "id",
    "participant_id",
    "doc_number",
    "participant_last_name",
    "participant_first_name",
    "mentor_id",
    "mentor_last_name",
    "mentor_first_name",
    "mentor_side",
    "status",
    "proposed_on",
    "started_on",
    "cadence_days",
    "closed_on",
    "close_reason",
    "continues_match_id",
)


def match_rows(s: Session, who: Audience) -> Rows:
    m = MatchRow
    stmt = (
        select(
            m.id,
            m.participant_id,
            P.doc_number,
            P.legal_last_name,
            P.legal_first_name,
            m.mentor_id,
            MentorRow.last_name,
            MentorRow.first_name,
            MentorRow.side,
            m.status,
            m.proposed_on,
            m.started_on,
            m.cadence_days,
            m.closed_on,
            m.close_reason,
            m.continues_match_id,
        )
        .join(P, P.id == m.participant_id)
        .join(MentorRow, MentorRow.id == m.mentor_id)
        .where(m.deleted.is_(False), P.deleted.is_(False), who.people())
        .where(own_matches_only(who.actor))
        .order_by(m.proposed_on, m.id)
    )
    return [tuple(r) for r in s.execute(stmt)]


SESSION_COLUMNS = (
    "id",
    "group_id",
    "group_name",
    "held_on",
    "start_time",
    "duration_minutes",
    "module",
    "location",
    "status",
    "cancel_reason",
    "recorded_by",
    "present",
    "absent",
    "excused",
)


def session_rows(s: Session, who: Audience, limit: int = 10_000_000) -> Rows:
    """Every group session (newest first) with attendance counts; counts only, no names."""
    groups: dict[str, str] = {
        gid: name
        for gid, name in s.execute(
            select(GroupRow.id, GroupRow.name).where(
                GroupRow.deleted.is_(False), visible_groups(who.actor)
            )
        )
    }
    if not groups:
        return []
    where: list[Any] = [GroupSessionRow.group_id.in_(list(groups))]
    return [
        (
            x.id,
            x.group_id,
            groups[x.group_id],
            x.held_on,
            x.start_time,
            x.duration_minutes,
            x.module,
            x.location,
            x.status.value,
            x.cancel_reason,
            x.recorded_by,
            x.present,
            x.absent,
            x.excused,
        )
        for x in session_summaries(s, where, limit)
    ]


REFERRAL_COLUMNS = (
    "id",
    "participant_id",
    "doc_number",
    "service_type",
    "partner_id",
    "organization",
    "status",
    "made_on",
    "status_on",
    "made_by",
)


def referral_rows(s: Session, who: Audience) -> Rows:
    r = ReferralRow
    stmt = (
        select(
            r.id,
            r.participant_id,
            P.doc_number,
            r.service_type,
            r.partner_id,
            PartnerRow.organization,
            r.status,
            r.made_on,
            r.status_on,
            r.made_by,
        )
        .join(P, P.id == r.participant_id)
        .outerjoin(PartnerRow, PartnerRow.id == r.partner_id)
        .where(r.deleted.is_(False), P.deleted.is_(False), who.people(), who.referrals())
        .order_by(r.made_on, r.id)
    )
    return [tuple(x) for x in s.execute(stmt)]


MEASURE_COLUMNS = ("measure", "period_start", "value", "previous_period_start", "previous_value")


def measure_rows(now: Measures, before: Measures) -> Rows:
    """One line per measure (and per referral type and follow-up), this period and the last."""

    def line(name: str, a: CsvValue, b: CsvValue) -> Sequence[CsvValue]:
        return (name, now.period.start, a, before.period.start, b)

    def share(x: float | None) -> CsvValue:
        return None if x is None else round(x, 4)

    rows: Rows = []
    for name in (
        "enrolled",
        "eligible",
        "admitted",
        "active",
        "matched",
        "new_matches_pre_release",
        "new_matches_post_release",
        "sessions_held",
        "attendance_present",
        "attendance_absent",
        "contacts_held",
        "open_matches",
        "median_match_days",
        "completions_pre_release",
        "completions_post_release",
        "custody_cohort",
        "custody_returned",
    ):
        rows.append(line(name, getattr(now, name), getattr(before, name)))
    for name in ("attendance_rate", "contacts_per_match_month", "return_to_custody_rate"):
        rows.append(line(name, share(getattr(now, name)), share(getattr(before, name))))
    kinds = sorted({r.service_type for r in (*now.referrals, *before.referrals)})
    for kind in kinds:
        a = next((r for r in now.referrals if r.service_type == kind), None)
        b = next((r for r in before.referrals if r.service_type == kind), None)
        rows.append(line(f"referrals_made.{kind}", a.made if a else 0, b.made if b else 0))
        rows.append(
            line(f"referrals_completed.{kind}", a.completed if a else 0, b.completed if b else 0)
        )
    days = sorted({o.checkpoint_days for o in (*now.outcomes, *before.outcomes)})
    for day in days:
        a_o = next((o for o in now.outcomes if o.checkpoint_days == day), None)
        b_o = next((o for o in before.outcomes if o.checkpoint_days == day), None)
        for field in ("recorded", "stable_housing", "employed", "returned_to_custody"):
            rows.append(
                line(
                    f"outcomes_{day}d.{field}",
                    getattr(a_o, field) if a_o else 0,
                    getattr(b_o, field) if b_o else 0,
                )
            )
    return rows
