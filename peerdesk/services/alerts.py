"""Engagement alerts for the dashboard (thresholds from the site settings).

- an active match with no held contact for more than ``alert_no_contact_days``;
- a participant releasing within ``alert_release_days`` who lacks consent in force, a
  referral, or an open match with a community-side (post-release) mentor;
- a certification of an active mentor expiring within ``alert_cert_expiry_days``.

Participant alerts follow ``visible_participants``: a peer educator sees only their mentees'.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from peerdesk.clock import Clock, utcnow
from peerdesk.db.models import (
    CertificationRow,
    ConsentRow,
    ContactRow,
    MatchRow,
    MentorRow,
    ParticipantRow,
    ReferralRow,
)
from peerdesk.db.store import Store
from peerdesk.domain.alerts import Alert, AlertKind, ReleaseGap
from peerdesk.domain.consent_rules import is_in_force
from peerdesk.domain.roles import Action, is_allowed
from peerdesk.services.access import require
from peerdesk.services.actor import Actor
from peerdesk.services.settings import read_setting
from peerdesk.services.visibility import visible_participants

OPEN_MATCH = ("proposed", "active", "paused")
IN_PROGRAM = ("enrolled", "active")


def no_recent_contact(s: Session, actor: Actor, today: date, days: int) -> list[Alert]:
    last = (
        select(ContactRow.match_id, func.max(ContactRow.contact_on).label("last_on"))
        .where(ContactRow.status == "held", ContactRow.deleted.is_(False))
        .group_by(ContactRow.match_id)
        .subquery()
    )
    since = func.coalesce(last.c.last_on, MatchRow.started_on)
    rows = s.execute(
        select(MatchRow.id, MatchRow.participant_id, since)
        .join(ParticipantRow, ParticipantRow.id == MatchRow.participant_id)
        .outerjoin(last, last.c.match_id == MatchRow.id)
        .where(
            MatchRow.status == "active",
            MatchRow.deleted.is_(False),
            MatchRow.started_on.is_not(None),
            ParticipantRow.deleted.is_(False),
            visible_participants(actor),
            since < today - timedelta(days=days),
        )
        .order_by(since)
    )
    return [
        Alert(AlertKind.NO_RECENT_CONTACT, "match", mid, pid, on, (today - on).days)
        for mid, pid, on in rows
    ]


def release_not_ready(s: Session, actor: Actor, today: date, days: int) -> list[Alert]:
    P = ParticipantRow
    releasing = list(
        s.execute(
            select(P.id, P.projected_release_date)
            .where(
                P.deleted.is_(False),
                P.status.in_(IN_PROGRAM),
                P.actual_release_date.is_(None),
                P.projected_release_date >= today,
                P.projected_release_date <= today + timedelta(days=days),
                visible_participants(actor),
            )
            .order_by(P.projected_release_date)
        )
    )
    ids = [pid for pid, _ in releasing]
    if not ids:
        return []
    consented: set[str] = set()
    for row in s.scalars(
        select(ConsentRow).where(ConsentRow.participant_id.in_(ids), ConsentRow.deleted.is_(False))
    ):
        if is_in_force(row, today, False):
            consented.add(row.participant_id)
    referred = set(
        s.scalars(
            select(ReferralRow.participant_id).where(
                ReferralRow.participant_id.in_(ids),
                ReferralRow.deleted.is_(False),
                ReferralRow.status != "declined",
            )
        )
    )
    mentored = set(
        s.scalars(
            select(MatchRow.participant_id)
            .join(MentorRow, MentorRow.id == MatchRow.mentor_id)
            .where(
                MatchRow.participant_id.in_(ids),
                MatchRow.deleted.is_(False),
                MatchRow.status.in_(OPEN_MATCH),
                MentorRow.side == "community",
            )
        )
    )
    alerts = []
    for pid, release in releasing:
        assert release is not None  # filtered in the query
        gaps = tuple(
            gap
            for gap, ok in (
                (ReleaseGap.NO_CONSENT, pid in consented),
                (ReleaseGap.NO_REFERRAL, pid in referred),
                (ReleaseGap.NO_POST_RELEASE_MENTOR, pid in mentored),
            )
            if not ok
        )
        if gaps:
            alerts.append(
                Alert(
                    AlertKind.RELEASE_NOT_READY,
                    "participant",
                    pid,
                    pid,
                    release,
                    (release - today).days,
                    gaps,
                )
            )
    return alerts


def certifications_expiring(s: Session, today: date, days: int) -> list[Alert]:
    rows = s.execute(
        select(CertificationRow.mentor_id, CertificationRow.expires_on)
        .join(MentorRow, MentorRow.id == CertificationRow.mentor_id)
        .where(
            CertificationRow.deleted.is_(False),
            MentorRow.deleted.is_(False),
            MentorRow.status.in_(("active", "in_training")),
            CertificationRow.expires_on >= today,
            CertificationRow.expires_on <= today + timedelta(days=days),
        )
        .order_by(CertificationRow.expires_on)
    )
    latest: dict[str, Alert] = {}
    for mentor_id, on in rows:
        assert on is not None  # filtered in the query
        latest.setdefault(
            mentor_id,
            Alert(
                AlertKind.CERTIFICATION_EXPIRING, "mentor", mentor_id, None, on, (on - today).days
            ),
        )
    return list(latest.values())


class AlertService:
    def __init__(self, store: Store, clock: Clock = utcnow) -> None:
        self.store = store
        self.clock = clock

    def current(self, actor: Actor) -> dict[AlertKind, list[Alert]]:
        """Every alert for today, grouped by kind (each list oldest or most urgent first)."""
        require(self.store, actor, Action.SITE_VIEW, object_type="alerts", clock=self.clock)
        today = self.clock().date()
        result: dict[AlertKind, list[Alert]] = defaultdict(list)
        with self.store.uow(write=False) as uow:
            s = uow.session
            result[AlertKind.NO_RECENT_CONTACT] = no_recent_contact(
                s, actor, today, read_setting(s, "alert_no_contact_days")
            )
            result[AlertKind.RELEASE_NOT_READY] = release_not_ready(
                s, actor, today, read_setting(s, "alert_release_days")
            )
            if is_allowed(actor.role, Action.MENTOR_MANAGE):
                result[AlertKind.CERTIFICATION_EXPIRING] = certifications_expiring(
                    s, today, read_setting(s, "alert_cert_expiry_days")
                )
        return dict(result)
