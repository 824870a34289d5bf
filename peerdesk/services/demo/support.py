"""Demo pathway progress, goals, partners and referrals, consents, incentives and outcomes."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from peerdesk.db.models import (
    ConsentRow,
    GoalRow,
    IncentiveRow,
    MilestoneAchievementRow,
    MilestoneRow,
    OutcomeRow,
    ParticipantPhaseRow,
    PartnerRow,
    PathwayPhaseRow,
    PathwayRow,
    ReferralRow,
)
from peerdesk.services.demo import vocab
from peerdesk.services.demo.context import Ctx, Weighted, plus
from peerdesk.services.demo.people import Person

CONSENT_SHARE = 0.8
_HOUSING = Weighted((("stable", 55), ("unstable", 25), ("homeless", 8), ("unknown", 12)))
_EMPLOYMENT = Weighted((("employed", 45), ("unemployed", 40), ("unknown", 15)))
_CHECKPOINTS = (0, 30, 90, 180, 365)


@dataclass
class Pathway:
    """The phase ids by kind, with their milestone ids in order."""

    phases: dict[str, tuple[str, list[str]]] = field(default_factory=dict)


@dataclass
class Partner:
    """A community partner and the services it offers."""

    id: str
    services: tuple[str, ...]


def make_pathway(ctx: Ctx) -> Pathway:
    """The demo's one pathway definition: five phases with their milestones."""
    w = ctx.writer
    pid = w.add(PathwayRow, {"name": vocab.PATHWAY_NAME, "description": vocab.PATHWAY_DESCRIPTION})
    out = Pathway()
    for position, (name, kind, milestones) in enumerate(vocab.PHASES, start=1):
        phase = w.add(
            PathwayPhaseRow,
            {"pathway_id": pid, "name": name, "kind": kind, "position": position},
        )
        ids = [
            w.add(MilestoneRow, {"phase_id": phase, "name": m, "position": i})
            for i, m in enumerate(milestones, start=1)
        ]
        out.phases[kind] = (phase, ids)
    return out


def make_partners(ctx: Ctx, count: int) -> list[Partner]:
    """Community partners: the named list, then made-up place + kind names."""
    rng = ctx.rng
    offers: list[tuple[str, tuple[str, ...]]] = list(vocab.PARTNER_NAMES)
    for i in range(max(0, count - len(offers))):
        kind, offered = vocab.PARTNER_KINDS[i % len(vocab.PARTNER_KINDS)]
        place = vocab.PARTNER_PLACES[(i // len(vocab.PARTNER_KINDS)) % len(vocab.PARTNER_PLACES)]
        suffix = i // (len(vocab.PARTNER_KINDS) * len(vocab.PARTNER_PLACES))
        offers.append((f"{place} {kind}" + (f" {suffix + 1}" if suffix else ""), offered))
    partners = []
    for name, services in offers[:count]:
        county = rng.choice(vocab.PLACES)[0]
        contact = f"{rng.choice(vocab.names('first_female'))} {rng.choice(vocab.names('last'))}"
        pid = ctx.writer.add(
            PartnerRow,
            {
                "organization": name,
                "service_types": ",".join(services),
                "contact_name": contact,
                "phone": f"555-01{rng.randint(0, 99):02d}",
                "address": f"{rng.randint(10, 999)} {rng.choice(vocab.STREETS)}",
                "county": county,
                "active": ctx.chance(0.92),
            },
        )
        partners.append(Partner(pid, services))
    return partners


def pathway_progress(ctx: Ctx, p: Person, pathway: Pathway) -> None:
    """Phases entered as the person moved on, and most milestones of each phase reached."""
    if p.enrolled is None or not pathway.phases:
        return
    entered: list[tuple[str, date]] = [("orientation", p.enrolled)]
    if p.active is not None:
        entered.append(("pre_release", p.active))
        release = p.released or p.projected
        transition = max(p.active, plus(release, -60))
        if transition <= ctx.base and (p.inside_until is None or p.released is not None):
            entered.append(("transition", transition))
    if p.released is not None:
        entered.append(("post_release", p.released))
        if p.completed is not None:
            entered.append(("completion", p.completed))
    for i, (kind, on) in enumerate(entered):
        if kind not in pathway.phases:
            continue
        phase, milestones = pathway.phases[kind]
        ctx.writer.add(
            ParticipantPhaseRow,
            {"participant_id": p.id, "phase_id": phase, "entered_on": on, "recorded_by": ctx.actor},
        )
        until = entered[i + 1][1] if i + 1 < len(entered) else ctx.base
        for milestone in milestones:
            if ctx.chance(0.75):
                ctx.writer.add(
                    MilestoneAchievementRow,
                    {
                        "participant_id": p.id,
                        "milestone_id": milestone,
                        "achieved_on": ctx.between(on, until),
                        "recorded_by": ctx.actor,
                    },
                )


def goals(ctx: Ctx, p: Person) -> None:
    """One to three goals in need domains, set after enrollment, some achieved or dropped."""
    if p.enrolled is None:
        return
    rng = ctx.rng
    end = p.inside_until if p.released is None and p.inside_until else ctx.base
    for domain in rng.sample(list(vocab.GOALS), rng.randint(1, 3)):
        set_on = ctx.between(p.enrolled, min(end, plus(p.enrolled, 60)))
        target = plus(set_on, rng.choice((90, 120, 180, 365)))
        status_on = ctx.between(set_on, end)
        if status_on == set_on:
            status = "open"
        else:
            status = ("in_progress", "achieved", "achieved", "dropped")[rng.randint(0, 3)]
        ctx.writer.add(
            GoalRow,
            {
                "participant_id": p.id,
                "description": rng.choice(vocab.GOALS[domain]),
                "domain": domain,
                "status": status,
                "set_on": set_on,
                "target_on": target,
                "status_on": status_on,
            },
        )


def referrals(ctx: Ctx, p: Person, partners: list[Partner]) -> None:
    """Up to three referrals to partners offering the service, many around release."""
    if p.active is None or not partners:
        return
    rng = ctx.rng
    for _ in range(rng.choice((0, 1, 1, 2, 2, 3))):
        partner = rng.choice(partners)
        made = ctx.between(p.active, ctx.base)
        if p.released is not None and ctx.chance(0.6):
            made = ctx.between(plus(p.released, -30), min(ctx.base, plus(p.released, 120)))
        age = (ctx.base - made).days
        if age < 7:
            status, status_on = "made", made
        else:
            status = ("accepted", "completed", "completed", "declined")[rng.randint(0, 3)]
            status_on = plus(made, rng.randint(1, min(age, 90)))
        ctx.writer.add(
            ReferralRow,
            {
                "participant_id": p.id,
                "partner_id": partner.id,
                "service_type": rng.choice(partner.services),
                "status": status,
                "made_on": made,
                "status_on": status_on,
                "made_by": ctx.actor,
            },
        )


def consents(ctx: Ctx, p: Person) -> None:
    """Consent to share with each trusted office for about 80%; a few revoked among the rest."""
    rng = ctx.rng
    gives = ctx.chance(CONSENT_SHARE)
    revoked_one = not gives and ctx.chance(0.25)
    if not (gives or revoked_one):
        return
    signed = ctx.between(p.referred, min(ctx.base, p.enrolled or plus(p.referred, 30)))
    sud = ctx.chance(0.35)
    for name, site_id in ctx.recipients:
        by_date = ctx.chance(0.4)
        revoked = ctx.between(signed, ctx.base) if revoked_one else None
        ctx.writer.add(
            ConsentRow,
            {
                "participant_id": p.id,
                "discloser": ctx.site_name,
                "recipient_name": name,
                "recipient_site_id": site_id,
                "information": vocab.CONSENT_INFORMATION,
                "purpose": vocab.CONSENT_PURPOSE,
                "scope_general": True,
                "scope_sud": sud,
                "signed_on": signed,
                "expires_on": ctx.day(rng.randint(60, 900)) if by_date else None,
                "expires_event": "" if by_date else vocab.CONSENT_EXPIRES_EVENT,
                "right_to_revoke_explained": True,
                "revoked_on": revoked,
                "recorded_by": ctx.actor,
            },
        )


def incentives(ctx: Ctx, p: Person) -> None:
    """Certificates, commissary credits, privileges or recognition for about 45% of the active."""
    if p.active is None or not ctx.chance(0.45):
        return
    rng = ctx.rng
    end = p.inside_until or ctx.base
    for _ in range(rng.randint(1, 2)):
        kind, reason = rng.choice(vocab.INCENTIVES_PARTICIPANT)
        ctx.writer.add(
            IncentiveRow,
            {
                "participant_id": p.id,
                "mentor_id": None,
                "kind": kind,
                "reason": reason,
                "awarded_on": ctx.between(p.active, end),
                "awarded_by": ctx.actor,
                "amount_cents": rng.choice((500, 1000, 1500, 2500))
                if kind == "commissary_credit"
                else None,
            },
        )


def outcomes(ctx: Ctx, p: Person) -> None:
    """At release and at the 30/90/180/365-day follow-ups that are due."""
    if p.released is None:
        return
    rng = ctx.rng
    in_treatment = "recovery" in p.lived
    rearrested = returned = False
    for days in _CHECKPOINTS:
        due = plus(p.released, days)
        if due > ctx.base or (days and not ctx.chance(0.85)):
            continue
        if days:
            rearrested = rearrested or ctx.chance(0.03)
            returned = returned or (rearrested and ctx.chance(0.6))
        recorded = min(ctx.base, plus(due, rng.randint(0, 10)))
        ctx.writer.add(
            OutcomeRow,
            {
                "participant_id": p.id,
                "checkpoint_days": days,
                "recorded_on": recorded,
                "housing": _HOUSING.pick(rng),
                "employment": "unknown" if days == 0 else _EMPLOYMENT.pick(rng),
                "in_treatment": in_treatment if days else None,
                "rearrested": rearrested if days else None,
                "returned_to_custody": returned if days else None,
                "completed_program": p.completed is not None and p.completed <= recorded,
                "recorded_by": ctx.actor,
            },
        )
