"""Demo matches and contacts, the mentor pools they draw from, and notes.

Matches follow a participant inside and, after release, continue with a community mentor (a
handoff). Contacts fall within their match; nothing is dated after the base date. Notes by peer
educators wait for a co-signature, and some have it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from peerdesk.db.models import ContactRow, MatchRow, NoteRow
from peerdesk.services.demo import vocab
from peerdesk.services.demo.context import Ctx, Recorder, Weighted, plus
from peerdesk.services.demo.mentors import Mentor
from peerdesk.services.demo.people import Person

_FACILITY_MODE = Weighted((("in_person", 85), ("letter", 10), ("video", 5)))
_COMMUNITY_MODE = Weighted((("in_person", 45), ("phone", 40), ("video", 15)))
_PE_SENSITIVITY = Weighted((("general", 85), ("sensitive", 15)))
_STAFF_SENSITIVITY = Weighted((("general", 75), ("sensitive", 15), ("sud", 10)))
_BODIES = {
    "general": vocab.NOTE_GENERAL,
    "sensitive": vocab.NOTE_SENSITIVE,
    "sud": vocab.NOTE_SUD,
}


@dataclass
class Pools:
    """Mentors by side, for picking someone available."""

    facility: list[Mentor]
    community: list[Mentor]

    def pick(
        self,
        ctx: Ctx,
        p: Person | None,
        side: str,
        start: date,
        end: date | None,
        *,
        proposal: bool = False,
    ) -> Mentor | None:
        """A random mentor of ``side`` free from ``start`` to ``end`` (None: open at the base
        date, which takes one place of their capacity), never the participant themself."""
        pool = self.facility if side == "facility" else self.community
        if not pool:
            return None
        for _ in range(30):
            m = ctx.rng.choice(pool)
            if m.available(start, end, proposal=proposal) and (
                p is None or m.participant_id != p.id
            ):
                if end is None:
                    m.open += 1
                return m
        return None


# --- notes ----------------------------------------------------------------------------------
def note(
    ctx: Ctx,
    pid: str,
    day: date,
    by: Recorder,
    *,
    contact_id: str | None = None,
    session_id: str | None = None,
    body: str = "",
) -> None:
    """A note on a contact or session by ``by``, composed from phrases unless ``body`` is given.

    Peer educators write general or sensitive notes that wait for a co-signature (about two in
    three have it); staff also write substance-use (sud) notes, which need none.
    """
    rng = ctx.rng
    peer = by.needs_cosign
    sensitivity = (_PE_SENSITIVITY if peer else _STAFF_SENSITIVITY).pick(rng)
    if not body:
        body = " ".join(
            (
                rng.choice(vocab.NOTE_OPENERS),
                rng.choice(_BODIES[sensitivity]),
                rng.choice(vocab.NOTE_CLOSERS),
            )
        )
    written = ctx.instant(day)
    cosigned_by = cosigned_at = ""
    if peer and ctx.chance(0.65):
        signed_day = plus(day, rng.randint(1, 6))
        if signed_day <= ctx.base:
            cosigned_by, cosigned_at = ctx.actor, ctx.instant(signed_day)
    ctx.writer.add(
        NoteRow,
        {
            "participant_id": pid,
            "session_id": session_id,
            "contact_id": contact_id,
            "author": by.username,
            "author_role": by.role,
            "written_at": written,
            "sensitivity": sensitivity,
            "body": body,
            "needs_cosign": peer,
            "cosigned_by": cosigned_by,
            "cosigned_at": cosigned_at,
        },
    )


# --- matches and contacts -----------------------------------------------------------------------
def _match(
    ctx: Ctx,
    p: Person,
    m: Mentor,
    proposed: date,
    started: date | None,
    closed: date | None,
    reason: str,
    *,
    paused: bool = False,
    continues: str | None = None,
) -> str:
    status = (
        "proposed" if started is None else "closed" if closed else "paused" if paused else "active"
    )
    side_cadence = (7, 14) if m.side == "facility" else (7, 14, 30)
    cadence = ctx.rng.choice(side_cadence)
    mid = ctx.writer.add(
        MatchRow,
        {
            "participant_id": p.id,
            "mentor_id": m.id,
            "status": status,
            "proposed_on": proposed,
            "started_on": started,
            "cadence_days": cadence,
            "closed_on": closed,
            "close_reason": reason if closed else "",
            "close_note": "Schedule conflict on the unit; a new mentor was matched."
            if reason == "other"
            else "",
            "continues_match_id": continues,
        },
    )
    if started is not None:
        _contacts(ctx, p, m, mid, started, closed or ctx.base, cadence)
    return mid


def _contacts(
    ctx: Ctx, p: Person, m: Mentor, match_id: str, start: date, end: date, cadence: int
) -> None:
    rng = ctx.rng
    span = (end - start).days
    possible = span // cadence
    count = min(possible, rng.randint(4, 16))
    if count <= 0:
        return
    step = span / count
    modes = _FACILITY_MODE if m.side == "facility" else _COMMUNITY_MODE
    for i in range(count):
        day = plus(start, min(span, int(i * step) + rng.randint(0, 2)))
        held = ctx.chance(0.91)
        cid = ctx.writer.add(
            ContactRow,
            {
                "match_id": match_id,
                "participant_id": p.id,
                "contact_on": day,
                "duration_minutes": rng.choice((20, 30, 45, 60, 90)) if held else 60,
                "mode": modes.pick(rng),
                "status": "held" if held else "cancelled",
                "cancel_reason": "" if held else rng.choice(vocab.CONTACT_CANCEL_REASONS),
                "recorded_by": m.recorder.username,
            },
        )
        if held and ctx.chance(0.65):
            note(ctx, p.id, day, m.recorder, contact_id=cid)


def _inside_close_reason(p: Person, handoff: bool) -> str:
    if p.released is not None and p.inside_until == p.released:
        return "released_handoff" if handoff else "completed"
    if p.completed is not None and p.inside_until == p.completed:
        return "completed"
    return "transferred" if p.status == "transferred" else "participant_withdrew"


@dataclass
class _Plan:
    mentor: Mentor
    proposed: date
    started: date | None
    closed: date | None


def _facility_plan(ctx: Ctx, p: Person, pools: Pools) -> _Plan | None:
    """The facility match (an early closed one is written here, before its successor)."""
    rng = ctx.rng
    if p.enrolled is not None and p.active is None and p.left is None:
        if ctx.chance(0.5):  # enrolled, waiting: a proposal
            proposed = ctx.between(plus(p.enrolled, 1), ctx.base)
            m = pools.pick(ctx, p, "facility", proposed, None, proposal=True)
            return _Plan(m, proposed, None, None) if m else None
        return None
    if p.active is None or not ctx.chance(0.78):
        return None
    inside_end = p.inside_until
    proposed = plus(p.active, rng.randint(0, 20))
    started = plus(proposed, rng.randint(2, 14))
    if inside_end is None and ctx.chance(0.08):
        # An early close, then a second mentor.
        closed = plus(started, rng.randint(30, 120))
        m = pools.pick(ctx, p, "facility", started, closed)
        if m and closed < ctx.day(-20):
            _match(ctx, p, m, proposed, started, closed, "other")
            proposed = plus(closed, rng.randint(1, 5))
            started = plus(proposed, rng.randint(1, 7))
    if started > ctx.base or (inside_end is not None and started >= inside_end):
        return None
    m = pools.pick(ctx, p, "facility", started, inside_end)
    return _Plan(m, proposed, started, inside_end) if m else None


def _community_plan(ctx: Ctx, p: Person, pools: Pools, handoff: bool) -> _Plan | None:
    """After release: a community mentor, starting on the release day when handed off."""
    rng = ctx.rng
    assert p.released is not None
    end = p.completed or p.left
    if handoff:
        proposed, start = plus(p.released, -rng.randint(10, 45)), p.released
    else:
        proposed = plus(p.released, -rng.randint(0, 20))
        start = plus(p.released, rng.randint(1, 14))
    if end is not None and start >= end:
        return None
    begun = start if start <= ctx.base else None
    m = pools.pick(ctx, p, "community", proposed, end, proposal=begun is None)
    return _Plan(m, proposed, begun, end) if m else None


def matches(ctx: Ctx, p: Person, pools: Pools) -> None:
    """A facility match while inside and, after release, a community one (often a handoff)."""
    inside = _facility_plan(ctx, p, pools)
    outside = None
    if p.released is not None and ctx.chance(0.72):
        handoff = inside is not None and inside.closed == p.released
        outside = _community_plan(ctx, p, pools, handoff)
    inside_id = None
    if inside is not None:
        reason = ""
        if inside.closed is not None:
            reason = _inside_close_reason(p, handoff=outside is not None)
        inside_id = _match(
            ctx,
            p,
            inside.mentor,
            inside.proposed,
            inside.started,
            inside.closed,
            reason,
            paused=ctx.chance(0.1),
        )
    if outside is not None:
        continues = inside_id if outside.started == p.released else None
        reason = "completed" if p.completed else "participant_withdrew"
        _match(
            ctx,
            p,
            outside.mentor,
            outside.proposed,
            outside.started,
            outside.closed,
            reason,
            paused=ctx.chance(0.12),
            continues=continues,
        )
