"""The measure summaries (``activity_months``, ``open_match_starts``, ``custody_follow_ups``,
``referral_months``) as the records say they should be, counted in Python, to compare with
what the database triggers kept."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from peerdesk.db.models import (
    ActivityMonthRow,
    AttendanceRow,
    ContactRow,
    CustodyFollowUpRow,
    GroupSessionRow,
    MatchRow,
    OpenMatchStartRow,
    OutcomeRow,
    ParticipantRow,
    ReferralMonthRow,
    ReferralRow,
)

Activity = dict[tuple[str, str], tuple[int, int, int]]
Custody = dict[str, tuple[date | None, bool, bool]]
Referrals = dict[tuple[str, str], tuple[int, int]]


def _month(day: date) -> str:
    return day.isoformat()[:7]


def expected_summaries(s: Session) -> tuple[Activity, dict[str, date], Custody, Referrals]:
    """(activity per (month, participant), earliest open start per participant, custody
    follow-ups per participant) from the records."""
    counts: dict[tuple[str, str], list[int]] = {}
    sessions = {g.id: g for g in s.scalars(select(GroupSessionRow))}
    for a in s.scalars(select(AttendanceRow)):
        g = sessions[a.session_id]
        if a.deleted or g.deleted or g.status != "held" or a.status not in ("present", "absent"):
            continue
        c = counts.setdefault((_month(g.held_on), a.participant_id), [0, 0, 0])
        c[0 if a.status == "present" else 1] += 1
    for contact in s.scalars(select(ContactRow)):
        if contact.status == "held" and not contact.deleted:
            counts.setdefault((_month(contact.contact_on), contact.participant_id), [0, 0, 0])[
                2
            ] += 1
    starts: dict[str, date] = {}
    for m in s.scalars(select(MatchRow)):
        if not m.deleted and m.started_on is not None and m.closed_on is None:
            starts[m.participant_id] = min(m.started_on, starts.get(m.participant_id, m.started_on))
    flags: dict[str, list[bool]] = {}
    for o in s.scalars(select(OutcomeRow)):
        if not o.deleted and o.checkpoint_days <= 365:
            f = flags.setdefault(o.participant_id, [False, False])
            f[0] |= bool(o.returned_to_custody)
            f[1] |= o.checkpoint_days == 365
    released = dict(s.execute(select(ParticipantRow.id, ParticipantRow.actual_release_date)).all())
    custody = {pid: (released[pid], r, f) for pid, (r, f) in flags.items() if r or f}
    referrals: dict[tuple[str, str], list[int]] = {}
    for r in s.scalars(select(ReferralRow)):
        if not r.deleted:
            made = referrals.setdefault((_month(r.made_on), r.service_type), [0, 0])
            made[0] += 1
            made[1] += r.status == "completed"
    return (
        {k: (p, a, c) for k, (p, a, c) in counts.items()},
        starts,
        custody,
        {k: (n, c) for k, (n, c) in referrals.items()},
    )


def stored_summaries(s: Session) -> tuple[Activity, dict[str, date], Custody, Referrals]:
    """What the four summary tables hold."""
    A, O = ActivityMonthRow, OpenMatchStartRow  # noqa: E741
    activity = {
        (m, p): (pr, ab, co)
        for m, p, pr, ab, co in s.execute(
            select(A.month, A.participant_id, A.present, A.absent, A.contacts)
        )
    }
    starts = {p: d for p, d in s.execute(select(O.participant_id, O.first_started_on))}
    C = CustodyFollowUpRow
    custody = {
        p: (d, r, f)
        for p, d, r, f in s.execute(select(C.participant_id, C.released_on, C.returned, C.followed))
    }
    R = ReferralMonthRow
    referrals = {
        (m, t): (n, c)
        for m, t, n, c in s.execute(select(R.month, R.service_type, R.made, R.completed))
    }
    return activity, starts, custody, referrals


def assert_summaries_current(s: Session) -> None:
    """Fail, naming what differs, unless the summary tables match the records."""
    want: Any = expected_summaries(s)
    got: Any = stored_summaries(s)
    names = ("activity_months", "open_match_starts", "custody_follow_ups", "referral_months")
    for name, w, g in zip(names, want, got, strict=True):
        stale = {k: (g.get(k), w.get(k)) for k in set(w) | set(g) if w.get(k) != g.get(k)}
        assert not stale, f"{name} differs from the records (stored, expected): {stale}"
