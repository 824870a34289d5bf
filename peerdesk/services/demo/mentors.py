"""Demo mentors: selection steps, decisions, training, certifications, supervision, incentives.

About one mentor per eight participants. Some are current participants (facility side), some
former participants (community side), the rest staff and community volunteers. Their statuses
follow the mentor rules: approval needs all four steps passed, "active" needs the signed
agreement, a declined applicant has exited.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from peerdesk.db.models import (
    CertificationRow,
    IncentiveRow,
    MentorRow,
    SelectionStepRow,
    SupervisionRow,
    TrainingRow,
)
from peerdesk.domain.text_keys import fold
from peerdesk.services.demo import vocab
from peerdesk.services.demo.context import Ctx, Recorder, Weighted, plus
from peerdesk.services.demo.people import FORMER, INSIDE, Person

_OUTCOME = Weighted(
    (
        ("applicant", 6),
        ("declined", 7),
        ("in_training", 5),
        ("active", 72),
        ("inactive", 5),
        ("exited", 5),
    )
)
_STEPS = ("application", "interview", "reference", "background")


@dataclass
class Mentor:
    """What matching and groups need to know about a generated mentor."""

    id: str
    side: str
    capacity: int
    recorder: Recorder
    participant_id: str | None
    #: Approved on (may take proposals from then), active from, and active until (if left).
    approved: date | None
    active_from: date | None
    until: date | None
    open: int = 0

    def available(self, start: date, end: date | None, *, proposal: bool = False) -> bool:
        """Whether the mentor can have a match from ``start`` to ``end`` (None: still open)."""
        since = self.approved if proposal else self.active_from
        if since is None or since > start:
            return False
        if end is None:
            return self.until is None and self.open < self.capacity
        return self.until is None or self.until >= end


def mentor_roles(count: int, most_linked: int) -> list[str]:
    """One role per mentor: participants inside, former participants, then everyone else.

    At most ``most_linked`` mentors are participants (the rest of the people are mentees).
    """
    inside = min(max(1, round(count * 0.15)), most_linked // 2)
    former = min(max(1, round(count * 0.20)), most_linked - inside)
    return [INSIDE] * inside + [FORMER] * former + [""] * max(0, count - inside - former)


def _pseudo_username(ctx: Ctx, first: str, last: str, taken: set[str]) -> str:
    base = "pe." + (fold(first)[:1] + fold(last).replace(" ", ""))[:24]
    name, n = base, 1
    while name in taken:
        n += 1
        name = f"{base}{n}"
    taken.add(name)
    return name


def make_mentors(
    ctx: Ctx, roles: list[str], linked: dict[str, Person], accounts: list[tuple[str, str]]
) -> list[Mentor]:
    """Write every mentor and their records. ``linked`` maps a role slot to its participant.

    Args:
        ctx: the run.
        roles: one entry per mentor (see ``mentor_roles``).
        linked: "inside:3" / "former:0" style keys -> the participant the mentor is.
        accounts: (user id, username) of peer educator accounts to link, in order.
    """
    mentors: list[Mentor] = []
    taken: set[str] = set()
    seen: dict[str, int] = {}
    free_accounts = list(accounts)
    for role in roles:
        n = seen.get(role, 0)
        seen[role] = n + 1
        person = linked.get(f"{role}:{n}") if role else None
        if role == INSIDE:
            kind, side = "participant", "facility"
        elif role == FORMER:
            kind, side = "participant", "community"
        else:
            kind = "staff" if ctx.chance(0.2) else "volunteer"
            # Two in five on the facility side, spread evenly so a small run has some too.
            side = "facility" if n % 5 in (0, 3) else "community"
        mentors.append(_mentor(ctx, kind, side, person, free_accounts, taken))
    return mentors


def _mentor(
    ctx: Ctx,
    kind: str,
    side: str,
    person: Person | None,
    accounts: list[tuple[str, str]],
    taken: set[str],
) -> Mentor:
    rng, w = ctx.rng, ctx.writer
    if person is not None:
        first, last, gender, dob = person.first, person.last, person.gender, person.dob
        languages, county = person.language, person.county
        lived = ",".join(person.lived)
        start_after = person.active if person.completed is None else person.completed
        assert start_after is not None
        outcome = "active" if kind == "participant" and ctx.chance(0.9) else "in_training"
        applied = ctx.between(plus(start_after, 30), ctx.day(-150))
    else:
        gender = "female" if ctx.chance(0.45) else "male"
        first = rng.choice(vocab.names("first_female" if gender == "female" else "first_male"))
        last = rng.choice(vocab.names("last"))
        dob = ctx.day(-int(rng.uniform(24, 66) * 365.25))
        languages = "English,Spanish" if ctx.chance(0.3) else "English"
        county = rng.choice(vocab.PLACES)[0]
        lived = ",".join(rng.sample(vocab.LIVED_EXPERIENCE, rng.randint(0, 2)))
        outcome = _OUTCOME.pick(rng)
        if outcome == "applicant":
            applied = ctx.day(-rng.randint(3, 40))
        elif outcome == "in_training":
            applied = ctx.day(-rng.randint(60, 110))
        else:
            applied = ctx.day(-rng.randint(150, 1060))
    mid = ctx.writer.ids()
    steps = _selection(ctx, outcome, applied)
    if len(steps) < len(_STEPS):
        outcome = "applicant"
    day = steps[-1][1]
    decided = min(plus(day, rng.randint(1, 10)), ctx.base)
    approved = decided if outcome not in ("applicant", "declined") else None
    agreement = active_from = until = None
    status, status_date = "applicant", applied
    decision, reason = "", ""
    if outcome == "declined":
        status, status_date, decision = "exited", decided, "declined"
        reason = rng.choice(vocab.DECLINE_REASONS)
    elif approved is not None:
        decision, reason = "approved", rng.choice(vocab.APPROVE_REASONS)
        status, status_date = "in_training", approved
        core_done = plus(approved, rng.randint(14, 45))
        if outcome != "in_training" and core_done < ctx.day(-7):
            agreement = plus(core_done, rng.randint(0, 5))
            active_from = plus(agreement, rng.randint(0, 5))
            status, status_date = "active", active_from
            if outcome in ("inactive", "exited") and (ctx.base - active_from).days > 120:
                until = ctx.between(plus(active_from, 90), ctx.day(-10))
                status, status_date = outcome, until
    capacity = rng.randint(4, 8)
    user_id, recorder = None, Recorder(ctx.actor, ctx.actor_role)
    if side == "facility" and kind != "staff":
        if accounts and status == "active":
            user_id, username = accounts.pop(0)
            recorder = Recorder(username, "peer_educator")
        else:
            recorder = Recorder(_pseudo_username(ctx, first, last, taken), "peer_educator")
    w.add(
        MentorRow,
        {
            "id": mid,
            "person_kind": kind,
            "participant_id": person.id if person else None,
            "user_id": user_id,
            "last_name": last,
            "first_name": first,
            "date_of_birth": dob,
            "gender": gender,
            "languages": languages,
            "county": county,
            "lived_experience": lived,
            "interests": ",".join(rng.sample(vocab.INTERESTS, rng.randint(1, 3))),
            "side": side,
            "status": status,
            "status_date": status_date,
            "capacity": capacity,
            "agreement_signed_on": agreement,
            "decision": decision,
            "decision_by": ctx.actor if decision else "",
            "decision_on": decided if decision else None,
            "decision_reason": reason,
        },
    )
    for step, on, result in steps:
        w.add(
            SelectionStepRow,
            {
                "mentor_id": mid,
                "step": step,
                "completed_on": on,
                "result": result,
                "note": vocab.STEP_NOTES[step],
                "recorded_by": ctx.actor,
            },
        )
    pid = person.id if person else None
    m = Mentor(mid, side, capacity, recorder, pid, approved, active_from, until)
    if approved is not None:
        _training(ctx, m, approved, active_from)
    return m


def _selection(ctx: Ctx, outcome: str, applied: date) -> list[tuple[str, date, str]]:
    """(step, date, result) of the selection steps recorded so far, none after the base date.

    An applicant has the application and interview passed and the reference check pending; a
    declined applicant failed the background check; everyone else passed all four.
    """
    steps: list[tuple[str, date, str]] = []
    day = applied
    for i, step in enumerate(_STEPS):
        if i:
            day = plus(day, ctx.rng.randint(5, 20))
        if day > ctx.base or (outcome == "applicant" and i == 3):
            break
        result = "passed"
        if outcome == "applicant" and i == 2:
            result = "pending"
        elif outcome == "declined" and i == 3:
            result = "failed"
        steps.append((step, day, result))
    return steps


def _training(ctx: Ctx, m: Mentor, approved: date, active_from: date | None) -> None:
    rng, w = ctx.rng, ctx.writer
    end = m.until or ctx.base
    core = min(plus(approved, rng.randint(14, 45)), ctx.base)
    if active_from is not None or core < ctx.base:
        w.add(
            TrainingRow,
            {"mentor_id": m.id, "course": vocab.COURSES[0][0], "hours": 40.0, "completed_on": core},
        )
    if active_from is None:
        return
    for course, hours in rng.sample(vocab.COURSES[1:], rng.randint(2, 5)):
        w.add(
            TrainingRow,
            {
                "mentor_id": m.id,
                "course": course,
                "hours": hours,
                "completed_on": ctx.between(active_from, end),
            },
        )
    _certifications(ctx, m, active_from, end)
    # Monthly supervision while active.
    day = plus(active_from, rng.randint(20, 35))
    while day <= end:
        w.add(
            SupervisionRow,
            {
                "mentor_id": m.id,
                "held_on": day,
                "supervisor": ctx.actor,
                "summary": rng.choice(vocab.SUPERVISION_SUMMARIES),
            },
        )
        day = plus(day, rng.randint(25, 35))
    for _ in range(rng.randint(0, 2) if m.until is None else 0):
        kind, reason = rng.choice(vocab.INCENTIVES_MENTOR)
        w.add(
            IncentiveRow,
            {
                "participant_id": None,
                "mentor_id": m.id,
                "kind": kind,
                "reason": reason,
                "awarded_on": ctx.between(active_from, end),
                "awarded_by": ctx.actor,
                "amount_cents": rng.choice((1000, 1500, 2500))
                if kind == "commissary_credit"
                else None,
            },
        )


def _certifications(ctx: Ctx, m: Mentor, active_from: date, end: date) -> None:
    rng, w = ctx.rng, ctx.writer
    name, _months = vocab.CERTIFICATIONS[3]
    w.add(
        CertificationRow,
        {"mentor_id": m.id, "name": name, "issued_on": active_from, "expires_on": None},
    )
    for name, months in vocab.CERTIFICATIONS[:3]:
        if not ctx.chance(0.6 if months == 24 else 0.3):
            continue
        days = months * 365 // 12
        if m.until is None and ctx.chance(0.06):
            # Expiring within the next 30 days: what the renewal alert is for.
            expires = ctx.day(rng.randint(1, 30))
            issued = plus(expires, -days)
        else:
            issued = ctx.between(plus(end, -days + 30), end)
            expires = plus(issued, days)
        w.add(
            CertificationRow,
            {"mentor_id": m.id, "name": name, "issued_on": issued, "expires_on": expires},
        )
