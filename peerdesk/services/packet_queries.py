"""Gathering a transition packet: the participant's records, filtered by consent and role.

Consent decides what may leave (``services.consent.consent_covers``, asked once for program
records and once for substance-use treatment records, 42 CFR Part 2); the reader's role decides
which notes may be read at all (``readable_notes``). What counts as substance-use treatment
information: notes marked ``sud``, referrals for substance-use treatment, and goals in the
substance-use area. Those go in the packet only when the consent names Part 2 records, and
when it does not, nothing in the packet shows that any exist. Notes marked ``sensitive`` stay
in the program: a packet carries general notes (and ``sud`` notes under Part 2 consent) only.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from peerdesk.clock import Clock
from peerdesk.db.models import ConsentRow, NoteRow, ParticipantRow
from peerdesk.db.store import Store
from peerdesk.domain.consent_rules import is_in_force
from peerdesk.domain.errors import NotFound, ValidationError
from peerdesk.domain.match_rules import MatchStatus
from peerdesk.domain.mentor_rules import MentorSide
from peerdesk.domain.note_rules import Sensitivity
from peerdesk.domain.roles import Action, is_allowed
from peerdesk.domain.screening_rules import NeedDomain, ServiceType
from peerdesk.reports.data import (
    ConsentCopy,
    GoalLine,
    MentorFacts,
    NoteLine,
    PacketData,
    PathwayFacts,
    PersonFacts,
    PhaseLine,
    ReferralLine,
    ReportContext,
    SudSection,
)
from peerdesk.services.actor import Actor
from peerdesk.services.consent import consent_covers
from peerdesk.services.matches import MatchService
from peerdesk.services.notes import readable_notes
from peerdesk.services.pathways import GoalService, PathwayService
from peerdesk.services.referrals import ReferralService
from peerdesk.services.visibility import visible_participants

#: Most recent notes of each kind a packet carries.
NOTES_IN_PACKET = 10
NO_CONSENT = (
    "No consent in force lets the program share this participant's records with that "
    "recipient. Record the signed consent first."
)


def find_by_doc(s: Session, actor: Actor, doc_number: str) -> ParticipantRow:
    """The live participant with this DOC number that ``actor`` may see, else ``NotFound``."""
    doc = doc_number.strip().upper()
    rows = s.scalars(
        select(ParticipantRow)
        .where(
            ParticipantRow.doc_number == doc,
            ParticipantRow.deleted.is_(False),
            visible_participants(actor),
        )
        .limit(2)
    ).all()
    if not rows:
        raise NotFound("participant", f"DOC number {doc}")
    if len(rows) > 1:
        raise ValidationError(
            "doc_number", f"Several participants have DOC number {doc}; ask a coordinator."
        )
    return rows[0]


def choose_recipient(
    s: Session, participant_id: str, recipient_site_id: str | None, on: date
) -> tuple[str, bool, bool]:
    """(recipient site id, program records covered, Part 2 records covered).

    With no recipient given, the one site the participant's consents in force name; refused
    when there is none or more than one.
    """
    if recipient_site_id is None:
        named = s.scalars(
            select(ConsentRow.recipient_site_id)
            .where(
                ConsentRow.participant_id == participant_id,
                ConsentRow.recipient_site_id.is_not(None),
                ConsentRow.deleted.is_(False),
            )
            .distinct()
        ).all()
        sites = [
            site
            for site in named
            if site is not None
            and (
                consent_covers(s, participant_id, site, on, sud=False)
                or consent_covers(s, participant_id, site, on, sud=True)
            )
        ]
        if not sites:
            raise ValidationError("recipient", NO_CONSENT)
        if len(sites) > 1:
            raise ValidationError(
                "recipient",
                "This participant's consents name several recipients; choose one "
                "(--recipient SITE_ID).",
            )
        recipient_site_id = sites[0]
    general = consent_covers(s, participant_id, recipient_site_id, on, sud=False)
    sud = consent_covers(s, participant_id, recipient_site_id, on, sud=True)
    if not (general or sud):
        raise ValidationError("recipient", NO_CONSENT)
    return recipient_site_id, general, sud


def consent_copies(
    s: Session, participant_id: str, site_id: str, on: date, *, general: bool, sud: bool
) -> tuple[ConsentCopy, ...]:
    """The consents in force that this disclosure relies on, newest first."""
    rows = s.scalars(
        select(ConsentRow)
        .where(
            ConsentRow.participant_id == participant_id,
            ConsentRow.recipient_site_id == site_id,
            ConsentRow.deleted.is_(False),
        )
        .order_by(ConsentRow.signed_on.desc(), ConsentRow.stamp.desc())
    )
    return tuple(
        ConsentCopy(
            r.discloser,
            r.recipient_name,
            r.information,
            r.purpose,
            r.signed_on,
            r.expires_on,
            r.expires_event,
            r.scope_general,
            r.scope_sud,
        )
        for r in rows
        if (general and is_in_force(r, on, False)) or (sud and is_in_force(r, on, True))
    )


def consent_ids(s: Session, participant_id: str, site_id: str, on: date) -> list[str]:
    """Ids of the consents in force for the site (for the accounting of disclosures)."""
    rows = s.scalars(
        select(ConsentRow).where(
            ConsentRow.participant_id == participant_id,
            ConsentRow.recipient_site_id == site_id,
            ConsentRow.deleted.is_(False),
        )
    )
    return [r.id for r in rows if is_in_force(r, on, False) or is_in_force(r, on, True)]


def _person(p: ParticipantRow) -> PersonFacts:
    return PersonFacts(
        p.doc_number,
        p.legal_last_name,
        p.legal_first_name,
        p.preferred_name,
        p.date_of_birth,
        p.facility,
        p.housing_unit,
        p.primary_language,
        p.projected_release_date,
        p.actual_release_date,
        p.release_county,
        p.release_city,
        p.status,
        p.risk_level or "",
    )


def _notes(
    s: Session, actor: Actor, pid: str, sensitivities: Iterable[str]
) -> tuple[NoteLine, ...]:
    rows = s.execute(
        select(NoteRow.written_at, NoteRow.sensitivity, NoteRow.body)
        .where(
            NoteRow.participant_id == pid,
            NoteRow.deleted.is_(False),
            NoteRow.sensitivity.in_(list(sensitivities)),
            readable_notes(actor),
        )
        .order_by(NoteRow.written_at.desc(), NoteRow.id)
        .limit(NOTES_IN_PACKET)
    )
    return tuple(NoteLine(date.fromisoformat(w[:10]), sens, body) for w, sens, body in rows)


def _post_release_mentor(store: Store, clock: Clock, actor: Actor, pid: str) -> MentorFacts | None:
    matches = MatchService(store, clock).list_for_participant(actor, pid)
    open_statuses = (MatchStatus.ACTIVE, MatchStatus.PAUSED, MatchStatus.PROPOSED)
    community = [
        m for m in matches if m.mentor_side is MentorSide.COMMUNITY and m.status in open_statuses
    ]
    if not community:
        return None
    best = min(community, key=lambda m: (open_statuses.index(m.status), m.proposed_on))
    return MentorFacts(
        best.mentor_name, best.status.value, best.proposed_on, best.started_on, best.cadence_days
    )


def _pathway(store: Store, clock: Clock, actor: Actor, pid: str) -> PathwayFacts | None:
    progress = PathwayService(store, clock).progress(actor, pid)
    if progress is None:
        return None
    current = next(
        (ph.phase.name for ph in progress.phases if ph.phase.id == progress.current_phase_id), ""
    )
    phases = tuple(
        PhaseLine(ph.phase.name, ph.entered_on, len(ph.achieved), len(ph.phase.milestones))
        for ph in progress.phases
    )
    return PathwayFacts(progress.pathway_name, phases, current)


def gather_packet(
    store: Store,
    clock: Clock,
    s: Session,
    actor: Actor,
    p: ParticipantRow,
    *,
    recipient_site_id: str,
    general: bool,
    sud: bool,
    on: date,
    context: ReportContext,
) -> PacketData:
    """Everything the packet may carry for this recipient, read inside the caller's unit of work."""
    consents = consent_copies(s, p.id, recipient_site_id, on, general=general, sud=sud)
    recipient = consents[0].recipient_name if consents else recipient_site_id
    goals = GoalService(store, clock).goals(actor, p.id)
    referrals = ReferralService(store, clock).list_for(actor, p.id)
    partners = {
        x.id: x for x in ReferralService(store, clock).partners(actor, include_inactive=True)
    }
    goal_lines = [
        (
            g.domain == NeedDomain.SUBSTANCE_USE.value,
            GoalLine(g.description, g.domain, g.status.value, g.set_on, g.target_on),
        )
        for g in goals
    ]
    referral_lines = []
    for r in referrals:
        partner = partners.get(r.partner_id)
        line = ReferralLine(
            r.service_type,
            r.organization,
            partner.contact_name if partner else "",
            partner.phone if partner else "",
            partner.address if partner else "",
            r.status.value,
            r.made_on,
        )
        referral_lines.append((r.service_type == ServiceType.SUBSTANCE_USE_TREATMENT.value, line))
    reads_notes = is_allowed(actor.role, Action.NOTE_READ_GENERAL)
    pathway: PathwayFacts | None = None
    mentor: MentorFacts | None = None
    notes: tuple[NoteLine, ...] = ()
    sud_section = SudSection()
    if general:
        pathway = _pathway(store, clock, actor, p.id)
        mentor = _post_release_mentor(store, clock, actor, p.id)
        if reads_notes:
            notes = _notes(s, actor, p.id, [Sensitivity.GENERAL.value])
    if sud:
        sud_section = SudSection(
            goals=tuple(g for is_sud, g in goal_lines if is_sud),
            referrals=tuple(r for is_sud, r in referral_lines if is_sud),
            notes=_notes(s, actor, p.id, [Sensitivity.SUD.value]) if reads_notes else (),
        )
    return PacketData(
        context,
        recipient,
        _person(p),
        consents,
        general,
        pathway=pathway,
        goals=tuple(g for is_sud, g in goal_lines if not is_sud) if general else (),
        referrals=tuple(r for is_sud, r in referral_lines if not is_sud) if general else (),
        mentor=mentor,
        notes=notes,
        sud=sud_section,
    )
