"""Demo participants: a plausible life in the program, and the records made at intake.

Each person gets a timeline that only moves forward through allowed status changes
(referred -> screened -> enrolled -> active -> released -> completed, with withdrawals and
transfers on the way), every date on or before the base date, release after birth.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date

from peerdesk.db.models import (
    KeepSeparateRow,
    NeedAssessmentRow,
    ParticipantRow,
    ParticipantStatusRow,
    ScreeningRow,
)
from peerdesk.domain.text_keys import fold
from peerdesk.services.demo import vocab
from peerdesk.services.demo.context import HISTORY_DAYS, Ctx, Weighted, plus

#: Mentor roles a participant can be generated for.
INSIDE = "inside"  # a current participant who mentors inside the facility
FORMER = "former"  # a former participant who mentors in the community

_LANG = Weighted(vocab.LANGUAGES)
_GENDER = Weighted((("male", 86), ("female", 13), ("nonbinary", 1)))
_RISK = Weighted((("low", 35), ("moderate", 45), ("high", 20)))
_LEVEL = Weighted(((0, 30), (1, 35), (2, 25), (3, 10)))
_IDENTITY = {"male": "Male", "female": "Female", "nonbinary": "Nonbinary"}


@dataclass
class Person:
    """One participant's generated story; the other generators read it."""

    id: str
    first: str
    last: str
    gender: str
    dob: date
    county: str
    language: str
    lived: tuple[str, ...]
    referred: date
    projected: date
    screened: date | None = None
    decision: str = ""
    enrolled: date | None = None
    active: date | None = None
    released: date | None = None
    completed: date | None = None
    #: The day they withdrew or were transferred.
    left: date | None = None
    history: list[tuple[str, date]] = field(default_factory=list)

    @property
    def status(self) -> str:
        return self.history[-1][0]

    @property
    def status_date(self) -> date:
        return self.history[-1][1]

    @property
    def inside_until(self) -> date | None:
        """The last day in the facility program (release, withdrawal, transfer, completion)."""
        ends = [d for d in (self.released, self.left, self.completed) if d is not None]
        return min(ends) if ends else None


def _doc(ctx: Ctx) -> str:
    while True:
        doc = f"{ctx.rng.choice('ABCDEFGHJKLMNPRSTW')}{ctx.rng.randint(100000, 999999)}"
        if doc not in ctx.docs:
            ctx.docs.add(doc)
            return doc


def _tags(ctx: Ctx, pool: tuple[str, ...], most: int) -> tuple[str, ...]:
    return tuple(ctx.rng.sample(pool, ctx.rng.randint(0, most)))


def _steps(ctx: Ctx, p: Person, role: str) -> None:
    """Walk the status path forward from the referral, stopping at the base date."""
    rng, base = ctx.rng, ctx.base
    day = p.referred

    def step(lo: int, hi: int) -> date | None:
        nonlocal day
        nxt = plus(day, rng.randint(lo, hi))
        if nxt > base:
            return None
        day = nxt
        return nxt

    def go(status: str, when: date) -> None:
        p.history.append((status, when))

    go("referred", p.referred)
    forced = role != ""
    if not forced and ctx.chance(0.05):
        return
    p.screened = step(5, 30)
    if p.screened is None:
        return
    go("screened", p.screened)
    roll = 0.0 if forced else rng.random()
    p.decision = "eligible" if roll < 0.88 else ("deferred" if roll < 0.93 else "ineligible")
    if p.decision == "deferred":
        return
    if p.decision == "ineligible":
        p.left = step(1, 10)
        if p.left:
            go("withdrawn", p.left)
        return
    p.enrolled = step(5, 30)
    if p.enrolled is None:
        return
    go("enrolled", p.enrolled)
    if not forced and ctx.chance(0.04):
        p.left = step(3, 40)
        if p.left:
            go("withdrawn", p.left)
        return
    p.active = step(3, 21) if ctx.chance(0.8) else step(20, 90)
    if p.active is None:
        return
    go("active", p.active)
    release = max(plus(p.projected, rng.randint(-15, 5)), plus(day, 14))
    inside_end = min(release, base)
    if not forced:
        roll = rng.random()
        event = "transferred" if roll < 0.03 else "withdrawn" if roll < 0.09 else ""
        if not event and (inside_end - day).days > 240 and ctx.chance(0.08):
            event = "completed"
        if event:
            when = ctx.between(plus(day, 14), plus(inside_end, -1))
            if day < when < inside_end:
                p.left = None if event == "completed" else when
                p.completed = when if event == "completed" else None
                go(event, when)
                return
    if role == INSIDE or release > base:
        return
    p.released = release
    day = release
    go("released", release)
    if role == FORMER:
        p.completed = step(90, 120)
        if p.completed:
            go("completed", p.completed)
        return
    roll = rng.random()
    if roll < 0.75:
        p.completed = step(90, 300)
        if p.completed:
            go("completed", p.completed)
    elif roll < 0.82:
        p.left = step(10, 200)
        if p.left:
            go("withdrawn", p.left)


def make_person(ctx: Ctx, pid: str, role: str = "") -> Person:
    """A new participant's story (``role``: "", INSIDE or FORMER mentor-to-be)."""
    rng, base = ctx.rng, ctx.base
    gender = _GENDER.pick(rng)
    first_list = vocab.names("first_female" if gender == "female" else "first_male")
    if gender == "nonbinary" and ctx.chance(0.5):
        first_list = vocab.names("first_female")
    if role == FORMER:
        referred = ctx.day(-rng.randint(1000, HISTORY_DAYS))
        projected = plus(referred, rng.randint(150, 250))
    elif role == INSIDE:
        referred = ctx.day(-rng.randint(450, 900))
        projected = ctx.day(rng.randint(200, 900))
    else:
        referred = ctx.day(-rng.randint(7, HISTORY_DAYS))
        projected = plus(referred, rng.randint(60, 1400))
    age_days = int(rng.triangular(18.5, 64, 31) * 365.25)
    county, _city = rng.choice(vocab.PLACES)
    p = Person(
        id=pid,
        first=rng.choice(first_list),
        last=rng.choice(vocab.names("last")),
        gender=gender,
        dob=plus(referred, -age_days),
        county=county,
        language=_LANG.pick(rng),
        lived=_tags(ctx, vocab.LIVED_EXPERIENCE, 3),
        referred=referred,
        projected=projected,
    )
    _steps(ctx, p, role)
    inside = p.status in ("referred", "screened", "enrolled", "active")
    if p.released is None and inside and p.projected <= base:
        p.projected = ctx.day(rng.randint(10, 500))
    return p


def write_person(ctx: Ctx, p: Person) -> None:
    """The participant row, status history, screening and needs assessments."""
    rng, w = ctx.rng, ctx.writer
    county, city = next((c, t) for c, t in vocab.PLACES if c == p.county)
    if ctx.chance(0.3):
        city = rng.choice([t for c, t in vocab.PLACES if c == p.county])
    nickname = vocab.NICKNAMES.get(p.first, "") if ctx.chance(0.5) else ""
    aliases = f"{rng.choice(vocab.names('first_male'))} {p.last}" if ctx.chance(0.08) else ""
    preference = ""
    if ctx.chance(0.12):
        preference = p.gender
    w.add(
        ParticipantRow,
        {
            "id": p.id,
            "doc_number": _doc(ctx),
            "legal_last_name": p.last,
            "legal_first_name": p.first,
            "preferred_name": nickname,
            "aliases": aliases,
            "date_of_birth": p.dob,
            "facility": ctx.facility,
            "housing_unit": rng.choice(vocab.UNITS),
            "primary_language": p.language,
            "gender_identity": _IDENTITY[p.gender],
            "release_county": county,
            "release_city": city,
            "projected_release_date": p.projected,
            "actual_release_date": p.released,
            "risk_level": _RISK.pick(rng) if p.screened else None,
            "lived_experience": ",".join(p.lived),
            "interests": ",".join(_tags(ctx, vocab.INTERESTS, 3)),
            "mentor_gender_preference": preference,
            "status": p.status,
            "status_date": p.status_date,
            "search_last": fold(p.last),
            "search_first": fold(p.first),
        },
    )
    for status, when in p.history:
        w.add(
            ParticipantStatusRow,
            {
                "participant_id": p.id,
                "status": status,
                "effective_date": when,
                "recorded_by": ctx.actor,
            },
        )
    if p.screened is None:
        return
    answers = dict.fromkeys(vocab.SCREENING_QUESTIONS, "yes")
    reason = ""
    if p.decision == "deferred":
        answers["time_remaining_months_ok"] = "no"
        reason = vocab.SCREENING_DEFERRED
    elif p.decision == "ineligible":
        question, reason = rng.choice(vocab.SCREENING_INELIGIBLE)
        answers[question] = "no"
    w.add(
        ScreeningRow,
        {
            "participant_id": p.id,
            "screened_on": p.screened,
            "criteria": json.dumps(answers, separators=(",", ":")),
            "decision": p.decision,
            "reason": reason,
            "screened_by": ctx.actor,
        },
    )
    if p.decision == "ineligible":
        return
    _needs(ctx, p, p.screened, 0)
    if p.released is not None:
        _needs(ctx, p, max(p.screened, plus(p.released, -rng.randint(10, 40))), 1)


def _needs(ctx: Ctx, p: Person, on: date, better: int) -> None:
    rng = ctx.rng
    for domain in vocab.NEED_DOMAINS:
        level = _LEVEL.pick(rng)
        if domain == "substance_use" and "recovery" in p.lived:
            level = max(level, 2)
        ctx.writer.add(
            NeedAssessmentRow,
            {
                "participant_id": p.id,
                "assessed_on": on,
                "domain": domain,
                "level": max(0, level - better * rng.randint(0, 1)),
                "assessed_by": ctx.actor,
            },
        )


def keep_separates(ctx: Ctx, people: list[Person]) -> None:
    """A few pairs who must not be placed together (about 6 per 1,000 participants)."""
    if len(people) < 2:
        return
    for _ in range(max(1, round(len(people) * 0.006))):
        one, other = ctx.rng.sample(people, 2)
        ctx.writer.add(
            KeepSeparateRow,
            {
                "participant_id": one.id,
                "other_participant_id": other.id,
                "reason": ctx.rng.choice(vocab.KEEP_SEPARATE_REASONS),
                "recorded_by": ctx.actor,
            },
        )
