"""Demo groups: cohorts that meet weekly, their facilitators, sessions and attendance.

Groups form from participants enrolled around the same time; attendance falls within a
member's time in the group, and nothing is dated after the base date.
"""

from __future__ import annotations

from datetime import date

from peerdesk.db.models import (
    AttendanceRow,
    GroupFacilitatorRow,
    GroupMemberRow,
    GroupRow,
    GroupSessionRow,
    SessionFacilitatorRow,
)
from peerdesk.services.demo import vocab
from peerdesk.services.demo.context import Ctx, Weighted, plus
from peerdesk.services.demo.matches import Pools, note
from peerdesk.services.demo.mentors import Mentor
from peerdesk.services.demo.people import Person

_ATTEND = Weighted((("present", 82), ("absent", 10), ("excused", 8)))


def groups(ctx: Ctx, people: list[Person], pools: Pools) -> None:
    """Cohorts of 8-12 participants enrolled around the same time, meeting weekly.

    Members still inside when their group ends often go on to another group, up to three.
    """
    rng = ctx.rng
    queue = [(p.enrolled, p) for p in people if p.enrolled is not None]
    for round_ in range(3):
        queue.sort(key=lambda item: (item[0], item[1].id))
        again: list[tuple[date, Person]] = []
        i = 0
        while i < len(queue):
            size = rng.randint(8, 12)
            cohort = queue[i : i + size]
            i += size
            start = plus(max(day for day, _ in cohort), rng.randint(3, 14))
            members = [p for _, p in cohort if (p.inside_until or ctx.base) > plus(start, 7)]
            if start > ctx.base or not members:
                continue
            weeks = rng.randint(8, 14)
            end = plus(start, 7 * (weeks - 1))
            if _group(ctx, members, pools, start, end, weeks) and round_ < 2:
                nxt = plus(end, rng.randint(7, 30))
                again.extend(
                    (nxt, p)
                    for p in members
                    if (p.inside_until or ctx.base) > plus(nxt, 21) and ctx.chance(0.75)
                )
        queue = again


def _group(
    ctx: Ctx, members: list[Person], pools: Pools, start: date, end: date, weeks: int
) -> bool:
    """Write one group with its sessions; False when no facilitator was free."""
    rng, w = ctx.rng, ctx.writer
    ongoing = end > ctx.base
    facilitators: list[Mentor] = []
    for _ in range(rng.choice((1, 1, 2))):
        m = pools.pick(ctx, None, "facility", start, None if ongoing else end)
        if m and ongoing:
            m.open -= 1  # facilitating does not take a mentee's place
        if m and m not in facilitators:
            facilitators.append(m)
    if not facilitators:
        return False
    curriculum, modules = rng.choice(vocab.CURRICULA)
    location = rng.choice(vocab.LOCATIONS)
    gid = w.add(
        GroupRow,
        {
            "name": f"{curriculum} {start:%b %Y} {rng.choice('ABCDEFGH')}",
            "curriculum": curriculum,
            "location": location,
            "active": ongoing,
        },
    )
    for m in facilitators:
        w.add(GroupFacilitatorRow, {"group_id": gid, "mentor_id": m.id})
    stays: list[tuple[Person, date, date | None]] = []
    for p in members:
        until = p.inside_until
        left = min(until, end) if until is not None else (None if ongoing else end)
        w.add(
            GroupMemberRow,
            {"group_id": gid, "participant_id": p.id, "joined_on": start, "left_on": left},
        )
        stays.append((p, start, left))
    recorder = facilitators[0].recorder
    time, minutes = rng.choice(vocab.START_TIMES), rng.choice((60, 90, 120))
    for week in range(weeks):
        day = plus(start, 7 * week)
        if day > ctx.base:
            break
        held = ctx.chance(0.92)
        sid = w.add(
            GroupSessionRow,
            {
                "group_id": gid,
                "module": modules[week % len(modules)],
                "held_on": day,
                "start_time": time,
                "duration_minutes": minutes,
                "location": location,
                "status": "held" if held else "cancelled",
                "cancel_reason": "" if held else rng.choice(vocab.SESSION_CANCEL_REASONS),
                "recorded_by": recorder.username,
            },
        )
        if not held:
            continue
        for m in facilitators:
            w.add(SessionFacilitatorRow, {"session_id": sid, "mentor_id": m.id})
        for p, joined, left in stays:
            if day < joined or (left is not None and day > left):
                continue
            mark = _ATTEND.pick(rng)
            w.add(
                AttendanceRow,
                {
                    "session_id": sid,
                    "participant_id": p.id,
                    "status": mark,
                    "reason_code": "" if mark == "present" else rng.choice(vocab.ABSENCE_REASONS),
                    "note": "",
                },
            )
            if mark == "present" and ctx.chance(0.06):
                body = rng.choice(vocab.GROUP_NOTES)
                note(ctx, p.id, day, recorder, session_id=sid, body=body)
    return True
