"""Engagement alerts for the dashboard (thresholds from the site settings).

- an active match with no held contact for more than ``alert_no_contact_days``;
- a participant releasing within ``alert_release_days`` who lacks consent in force, a
  referral, or an open match with a community-side (post-release) mentor;
- a certification of an active mentor expiring within ``alert_cert_expiry_days``.

Participant alerts follow ``visible_participants``: a peer educator sees only their mentees'.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator, Mapping
from dataclasses import dataclass, field
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
    #: Who each listed alert is about, by ``Alert.record_id`` (read by the same queries).
    people: dict[str, AlertPeople] = field(default_factory=dict)


@dataclass(frozen=True)
class AlertPeople:
    """The names shown with an alert.

    For a participant's alert the names and DOC number are the participant's, and for a match
    the mentor's name is given too; for an expiring certification the names are the mentor's
    and ``doc_number`` is empty.
    """

    last_name: str
    first_name: str
    preferred_name: str = ""
    doc_number: str = ""
    mentor_last_name: str = ""
    mentor_first_name: str = ""


@dataclass(frozen=True)
class TopAlerts:
    """One kind's most urgent alerts (most urgent first), how many there are in all, and the
    names to show with each listed alert (by ``Alert.record_id``)."""

    alerts: list[Alert]
    total: int
    people: dict[str, AlertPeople]


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
) -> TopAlerts:
    """Active matches with no held contact for more than ``days``: the ``limit`` longest
    without one (all when ``None``), longest first, how many there are in all, and the names.

    A match is quiet since its last held contact, or since it started when it has none. Only
    quiet matches get their last contact read: a match is quiet exactly when it has no held
    contact from the cut-off on and either started before the cut-off or has an earlier held
    contact; both tests are index seeks (these seeks, two or three per active match, are
    most of the time at 26,000 active matches). The count rides on the same query (a window count),
    and the names are joined to the listed matches only, after the cut to ``limit``.
    """
    cutoff = today - timedelta(days=days)
    M, C, P, Me = MatchRow, ContactRow, ParticipantRow, MentorRow
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
    # No join to participants for every active match (one seek each): the few deleted people
    # come from their partial index, and visibility is tested on the match's participant id.
    deleted_people = select(P.id).where(P.deleted.is_(True))
    quiet = (
        select(
            M.id.label("match_id"),
            M.participant_id.label("participant_id"),
            M.mentor_id.label("mentor_id"),
            func.coalesce(last_held, M.started_on).label("since"),
        )
        .where(
            M.status == "active",
            M.deleted.is_(False),
            M.started_on.is_not(None),
            M.participant_id.not_in(deleted_people),
            visible_participants(actor, M.participant_id),
            ~recent,
            or_(M.started_on < cutoff, any_held),
        )
        .subquery()
    )
    # The window count keeps the subquery whole, so "since" is worked out once per match.
    top = select(
        quiet.c.match_id,
        quiet.c.participant_id,
        quiet.c.mentor_id,
        quiet.c.since,
        func.count().over().label("total"),
    ).order_by(quiet.c.since, quiet.c.match_id)
    if limit is not None:
        top = top.limit(limit)
    listed = top.subquery()
    rows = s.execute(
        select(
            listed.c.match_id,
            listed.c.participant_id,
            listed.c.since,
            listed.c.total,
            P.legal_last_name,
            P.legal_first_name,
            P.preferred_name,
            P.doc_number,
            Me.last_name,
            Me.first_name,
        )
        .join(P, P.id == listed.c.participant_id)
        .outerjoin(Me, Me.id == listed.c.mentor_id)
        .order_by(listed.c.since, listed.c.match_id)
    ).all()
    alerts = []
    people = {}
    for mid, pid, on, _, last, first, preferred, doc, m_last, m_first in rows:
        alerts.append(Alert(AlertKind.NO_RECENT_CONTACT, "match", mid, pid, on, (today - on).days))
        people[mid] = AlertPeople(
            last, first, preferred or "", doc or "", m_last or "", m_first or ""
        )
    return TopAlerts(alerts, rows[0][3] if rows else 0, people)


def release_not_ready(
    s: Session, actor: Actor, today: date, days: int, limit: int | None = None
) -> TopAlerts:
    """Participants releasing within ``days`` who lack consent in force, a referral or a
    post-release mentor: the ``limit`` releasing soonest (all when ``None``), how many there
    are in all, and the names."""
    P = ParticipantRow
    # The release window is the narrow condition. The status test is written so that no index
    # can answer it (``status || ''``): offered the status index, SQLite walks every
    # enrolled or active person (most of them) instead of the few days of release dates.
    # "Not released yet" (actual release date empty) likewise holds for most people, so it
    # is checked here rather than offered to the planner.
    releasing = [
        (pid, release, AlertPeople(last, first, preferred or "", doc or ""))
        for pid, release, released, last, first, preferred, doc in s.execute(
            select(
                P.id,
                P.projected_release_date,
                P.actual_release_date,
                P.legal_last_name,
                P.legal_first_name,
                P.preferred_name,
                P.doc_number,
            )
            .where(
                P.deleted.is_(False),
                P.status.concat("").in_(IN_PROGRAM),
                P.projected_release_date >= today,
                P.projected_release_date <= today + timedelta(days=days),
                visible_participants(actor),
            )
            .order_by(P.projected_release_date, P.id)
        )
        if released is None
    ]
    ids = [pid for pid, _, _ in releasing]
    if not ids:
        return TopAlerts([], 0, {})
    consented, referred, mentored = _release_checks(s, ids, today)
    alerts = []
    for pid, release, _ in releasing:
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
    listed = alerts[:limit]
    names = {pid: who for pid, _, who in releasing}
    return TopAlerts(listed, len(alerts), {a.record_id: names[a.record_id] for a in listed})


def _release_checks(s: Session, ids: list[str], today: date) -> tuple[set[str], set[str], set[str]]:
    """Of ``ids``: who has consent in force, a referral, and an open post-release match."""
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
    return consented, referred, mentored


def certifications_expiring(
    s: Session, today: date, days: int, limit: int | None = None
) -> TopAlerts:
    """Active mentors with a certification expiring within ``days`` (the soonest per mentor):
    the ``limit`` expiring soonest (all when ``None``), how many there are in all, and the
    mentors' names."""
    Ce, Me = CertificationRow, MentorRow
    rows = s.execute(
        select(Ce.mentor_id, Ce.expires_on, Me.last_name, Me.first_name)
        .join(Me, Me.id == Ce.mentor_id)
        .where(
            Ce.deleted.is_(False),
            Me.deleted.is_(False),
            Me.status.in_(("active", "in_training")),
            Ce.expires_on >= today,
            Ce.expires_on <= today + timedelta(days=days),
        )
        .order_by(Ce.expires_on, Ce.mentor_id)
    )
    soonest: dict[str, Alert] = {}
    people: dict[str, AlertPeople] = {}
    for mentor_id, on, last, first in rows:
        assert on is not None  # filtered in the query
        if mentor_id not in soonest:
            soonest[mentor_id] = Alert(
                AlertKind.CERTIFICATION_EXPIRING, "mentor", mentor_id, None, on, (on - today).days
            )
            people[mentor_id] = AlertPeople(last, first)
    alerts = list(soonest.values())
    listed = alerts[:limit]
    return TopAlerts(listed, len(alerts), {a.record_id: people[a.record_id] for a in listed})


def _chunks(items: list[str], size: int = _ID_CHUNK) -> Iterator[list[str]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


class AlertService:
    """Today's alerts for the dashboard.

    Args:
        store: the open store.
        clock: "now" (today's date decides the alerts).
    """

    def __init__(self, store: Store, clock: Clock = utcnow) -> None:
        self.store = store
        self.clock = clock

    def current(self, actor: Actor) -> dict[AlertKind, list[Alert]]:
        """Every alert for today, grouped by kind (each list oldest or most urgent first)."""
        return self.most_urgent(actor, None).alerts

    def most_urgent(
        self,
        actor: Actor,
        per_kind: int | None,
        limits: Mapping[AlertKind, int | None] | None = None,
        kinds: Collection[AlertKind] | None = None,
    ) -> AlertCounts:
        """Today's ``per_kind`` most urgent alerts of each kind (all when ``None``), how many
        there are of each kind in all, and the names to show with the listed ones.

        Args:
            actor: who asks.
            per_kind: at most this many alerts of each kind (``None``: all).
            limits: a different limit for some kinds (overrides ``per_kind`` for them).
            kinds: read only these kinds (default: every kind the actor may see).

        Raises:
            PermissionDenied: the account is disabled.
        """
        require(self.store, actor, Action.SITE_VIEW, object_type="alerts", clock=self.clock)
        today = self.clock().date()
        wanted = set(AlertKind if kinds is None else kinds)
        if not is_allowed(actor.role, Action.MENTOR_MANAGE):
            wanted.discard(AlertKind.CERTIFICATION_EXPIRING)
        limit = {kind: (limits or {}).get(kind, per_kind) for kind in AlertKind}
        found: dict[AlertKind, TopAlerts] = {}
        with self.store.uow(write=False) as uow:
            s = uow.session
            if AlertKind.NO_RECENT_CONTACT in wanted:
                days = read_setting(s, "alert_no_contact_days")
                found[AlertKind.NO_RECENT_CONTACT] = no_recent_contact(
                    s, actor, today, days, limit[AlertKind.NO_RECENT_CONTACT]
                )
            if AlertKind.RELEASE_NOT_READY in wanted:
                days = read_setting(s, "alert_release_days")
                found[AlertKind.RELEASE_NOT_READY] = release_not_ready(
                    s, actor, today, days, limit[AlertKind.RELEASE_NOT_READY]
                )
            if AlertKind.CERTIFICATION_EXPIRING in wanted:
                days = read_setting(s, "alert_cert_expiry_days")
                found[AlertKind.CERTIFICATION_EXPIRING] = certifications_expiring(
                    s, today, days, limit[AlertKind.CERTIFICATION_EXPIRING]
                )
        people: dict[str, AlertPeople] = {}
        for top in found.values():
            people.update(top.people)
        return AlertCounts(
            {kind: top.alerts for kind, top in found.items()},
            {kind: top.total for kind, top in found.items()},
            people,
        )
