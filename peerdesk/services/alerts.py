"""Engagement alerts for the dashboard (thresholds from the site settings).

- an active match with no held contact for more than ``alert_no_contact_days``;
- a participant releasing within ``alert_release_days`` who lacks consent in force, a
  referral, or an open match with a community-side (post-release) mentor;
- a certification of an active mentor expiring within ``alert_cert_expiry_days``.

Participant alerts follow ``visible_participants``: a peer educator sees only their mentees'.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import exists, func, or_, select
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
#: Ids per ``IN (...)`` list (well under every database's limit on parameters).
_ID_CHUNK = 500


@dataclass(frozen=True)
class AlertCounts:
    """The most urgent alerts of each kind and how many there are in all.

    ``alerts[kind]`` is most urgent first and holds at most the number asked for;
    ``totals[kind]`` counts every alert of that kind. A kind the actor may not see is absent
    from both.
    """

    alerts: dict[AlertKind, list[Alert]]
    totals: dict[AlertKind, int]


@dataclass(frozen=True)
class _ConsentDates:
    """What ``is_in_force`` reads of a consent, read as plain columns (no ORM objects)."""

    signed_on: date
    expires_on: date | None
    revoked_on: date | None
    scope_general: bool
    scope_sud: bool


def no_recent_contact(
    s: Session, actor: Actor, today: date, days: int, limit: int | None = None
) -> tuple[list[Alert], int]:
    """Active matches with no held contact for more than ``days``: the ``limit`` longest
    without one (all when ``None``), longest first, and how many there are in all.

    A match is quiet since its last held contact, or since it started when it has none. Only
    quiet matches get their last contact read: a match is quiet exactly when it has no held
    contact from the cut-off on and either started before the cut-off or has an earlier held
    contact; both tests are index seeks. The count rides on the same query (a window count).
    """
    cutoff = today - timedelta(days=days)
    M, C = MatchRow, ContactRow
    held = (C.match_id == M.id, C.status == "held", C.deleted.is_(False))
    last_held = (
        select(C.contact_on)
        .where(*held)
        .order_by(C.contact_on.desc())
        .limit(1)
        .correlate(M)
        .scalar_subquery()
    )
    # The EXISTS select only indexed columns, so an index on them answers without the rows.
    recent = exists(select(C.match_id).where(*held, C.contact_on >= cutoff)).correlate(M)
    any_held = exists(select(C.match_id).where(*held)).correlate(M)
    quiet = (
        select(
            M.id.label("match_id"),
            M.participant_id.label("participant_id"),
            func.coalesce(last_held, M.started_on).label("since"),
        )
        .join(ParticipantRow, ParticipantRow.id == M.participant_id)
        .where(
            M.status == "active",
            M.deleted.is_(False),
            M.started_on.is_not(None),
            ParticipantRow.deleted.is_(False),
            visible_participants(actor),
            ~recent,
            or_(M.started_on < cutoff, any_held),
        )
        .subquery()
    )
    # The window count keeps the subquery whole, so "since" is worked out once per match.
    query = select(
        quiet.c.match_id, quiet.c.participant_id, quiet.c.since, func.count().over()
    ).order_by(quiet.c.since, quiet.c.match_id)
    if limit is not None:
        query = query.limit(limit)
    rows = s.execute(query).all()
    alerts = [
        Alert(AlertKind.NO_RECENT_CONTACT, "match", mid, pid, on, (today - on).days)
        for mid, pid, on, _ in rows
    ]
    return alerts, rows[0][3] if rows else 0


def release_not_ready(
    s: Session, actor: Actor, today: date, days: int, limit: int | None = None
) -> tuple[list[Alert], int]:
    """Participants releasing within ``days`` who lack consent in force, a referral or a
    post-release mentor: the ``limit`` releasing soonest (all when ``None``), and how many
    there are in all."""
    P = ParticipantRow
    # The release window is the narrow condition: "not released yet" (actual release date
    # empty) holds for most people, so it is checked here rather than offered to the planner,
    # which would otherwise walk every unreleased person through its index.
    releasing = [
        (pid, release)
        for pid, release, released in s.execute(
            select(P.id, P.projected_release_date, P.actual_release_date)
            .where(
                P.deleted.is_(False),
                P.status.in_(IN_PROGRAM),
                P.projected_release_date >= today,
                P.projected_release_date <= today + timedelta(days=days),
                visible_participants(actor),
            )
            .order_by(P.projected_release_date, P.id)
        )
        if released is None
    ]
    ids = [pid for pid, _ in releasing]
    if not ids:
        return [], 0
    consented: set[str] = set()
    referred: set[str] = set()
    mentored: set[str] = set()
    Co, R, M = ConsentRow, ReferralRow, MatchRow
    for chunk in _chunks(ids):
        for pid, signed, expires, revoked, general, sud in s.execute(
            select(
                Co.participant_id,
                Co.signed_on,
                Co.expires_on,
                Co.revoked_on,
                Co.scope_general,
                Co.scope_sud,
            ).where(Co.participant_id.in_(chunk), Co.deleted.is_(False))
        ):
            terms = _ConsentDates(signed, expires, revoked, general, sud)
            if pid not in consented and is_in_force(terms, today, False):
                consented.add(pid)
        referred.update(
            s.scalars(
                select(R.participant_id).where(
                    R.participant_id.in_(chunk), R.deleted.is_(False), R.status != "declined"
                )
            )
        )
        mentored.update(
            s.scalars(
                select(M.participant_id)
                .join(MentorRow, MentorRow.id == M.mentor_id)
                .where(
                    M.participant_id.in_(chunk),
                    M.deleted.is_(False),
                    M.status.in_(OPEN_MATCH),
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
    return alerts[:limit], len(alerts)


def certifications_expiring(
    s: Session, today: date, days: int, limit: int | None = None
) -> tuple[list[Alert], int]:
    """Active mentors with a certification expiring within ``days`` (the soonest per mentor):
    the ``limit`` expiring soonest (all when ``None``), and how many there are in all."""
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
        .order_by(CertificationRow.expires_on, CertificationRow.mentor_id)
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
    alerts = list(latest.values())
    return alerts[:limit], len(alerts)


def _chunks(items: list[str], size: int = _ID_CHUNK) -> Iterator[list[str]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


class AlertService:
    def __init__(self, store: Store, clock: Clock = utcnow) -> None:
        self.store = store
        self.clock = clock

    def current(self, actor: Actor) -> dict[AlertKind, list[Alert]]:
        """Every alert for today, grouped by kind (each list oldest or most urgent first)."""
        return self.most_urgent(actor, None).alerts

    def most_urgent(self, actor: Actor, per_kind: int | None) -> AlertCounts:
        """Today's ``per_kind`` most urgent alerts of each kind (all when ``None``), and how
        many there are of each kind in all.

        Raises:
            PermissionDenied: the account is disabled.
        """
        require(self.store, actor, Action.SITE_VIEW, object_type="alerts", clock=self.clock)
        today = self.clock().date()
        alerts: dict[AlertKind, list[Alert]] = {}
        totals: dict[AlertKind, int] = {}
        with self.store.uow(write=False) as uow:
            s = uow.session
            kinds: list[tuple[AlertKind, tuple[list[Alert], int]]] = [
                (
                    AlertKind.NO_RECENT_CONTACT,
                    no_recent_contact(
                        s, actor, today, read_setting(s, "alert_no_contact_days"), per_kind
                    ),
                ),
                (
                    AlertKind.RELEASE_NOT_READY,
                    release_not_ready(
                        s, actor, today, read_setting(s, "alert_release_days"), per_kind
                    ),
                ),
            ]
            if is_allowed(actor.role, Action.MENTOR_MANAGE):
                kinds.append(
                    (
                        AlertKind.CERTIFICATION_EXPIRING,
                        certifications_expiring(
                            s, today, read_setting(s, "alert_cert_expiry_days"), per_kind
                        ),
                    )
                )
        for kind, (listed, total) in kinds:
            alerts[kind], totals[kind] = listed, total
        return AlertCounts(alerts, totals)
