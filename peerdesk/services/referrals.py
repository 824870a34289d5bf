"""Community partners (a directory) and referrals of participants to them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import ColumnElement, Select, func, literal, select
from sqlalchemy.orm import Session

from peerdesk.db.models import ParticipantRow, PartnerRow, ReferralRow
from peerdesk.domain.errors import ValidationError
from peerdesk.domain.roles import Action
from peerdesk.domain.screening_rules import (
    REFERRAL_MOVES,
    ReferralStatus,
    ServiceType,
    check_fact_date,
    check_move,
    check_service_types,
    choice,
    split_service_types,
    text,
)
from peerdesk.services.actor import Actor
from peerdesk.services.records import RecordWriter, ServiceBase, load_live, load_participant
from peerdesk.services.visibility import hides_treatment, visible_participants

#: Waiting referrals listed at first, and added by each "show more".
WAITING_PAGE = 300
#: The most :meth:`ReferralService.waiting_page` returns at once.
WAITING_MOST = 3000


@dataclass(frozen=True)
class PartnerInfo:
    """What a person types on the partner form."""

    organization: str
    service_types: tuple[str, ...]
    contact_name: str = ""
    phone: str = ""
    address: str = ""
    county: str = ""
    active: bool = True


@dataclass(frozen=True)
class Partner:
    id: str
    organization: str
    service_types: tuple[str, ...]
    contact_name: str
    phone: str
    address: str
    county: str
    active: bool


@dataclass(frozen=True)
class Referral:
    id: str
    participant_id: str
    partner_id: str
    organization: str
    service_type: str
    status: ReferralStatus
    made_on: date
    status_on: date
    made_by: str


@dataclass(frozen=True)
class WaitingReferral:
    """A referral still waiting for the partner, with whose it is (for the program's list)."""

    referral: Referral
    doc_number: str
    last_name: str
    first_name: str


@dataclass(frozen=True)
class WaitingPage:
    """One page of the waiting referrals and how many there are in all.

    Attributes:
        rows: the page, oldest status first.
        total: how many referrals are waiting in all (for the actor).
        offset: how many come before this page.
    """

    rows: tuple[WaitingReferral, ...]
    total: int
    offset: int = 0


def _partner(r: PartnerRow) -> Partner:
    return Partner(
        r.id,
        r.organization,
        split_service_types(r.service_types),
        r.contact_name,
        r.phone,
        r.address,
        r.county,
        r.active,
    )


def _referral(r: ReferralRow, organization: str) -> Referral:
    return Referral(
        r.id,
        r.participant_id,
        r.partner_id,
        organization,
        r.service_type,
        ReferralStatus(r.status),
        r.made_on,
        r.status_on,
        r.made_by,
    )


def _partner_values(info: PartnerInfo) -> dict[str, object]:
    return {
        "organization": text(
            info.organization, "organization", "The organization", 200, required=True
        ),
        "service_types": ",".join(check_service_types(info.service_types)),
        "contact_name": text(info.contact_name, "contact_name", "The contact name", 120),
        "phone": text(info.phone, "phone", "The phone number", 40),
        "address": text(info.address, "address", "The address", 500, lines=True),
        "county": text(info.county, "county", "The county", 80),
        "active": bool(info.active),
    }


def _waiting_filters(actor: Actor) -> list[ColumnElement[bool]]:
    """Referrals made or accepted, of live participants the actor may see."""
    return [
        ReferralRow.deleted.is_(False),
        ReferralRow.status.in_((ReferralStatus.MADE.value, ReferralStatus.ACCEPTED.value)),
        ParticipantRow.deleted.is_(False),
        visible_participants(actor),
        *_treatment_filter(actor),
    ]


def _waiting_rows(actor: Actor) -> Select[ReferralRow, str, str, str, str]:
    """The waiting referrals with the partner's and participant's names, oldest status first."""
    return (
        select(
            ReferralRow,
            PartnerRow.organization,
            ParticipantRow.doc_number,
            ParticipantRow.legal_last_name,
            ParticipantRow.legal_first_name,
        )
        .join(ParticipantRow, ParticipantRow.id == ReferralRow.participant_id)
        .outerjoin(PartnerRow, PartnerRow.id == ReferralRow.partner_id)
        .where(*_waiting_filters(actor))
        .order_by(ReferralRow.status_on, ReferralRow.id)
    )


def _waiting(
    r: ReferralRow, organization: str | None, doc: str, last: str, first: str
) -> WaitingReferral:
    return WaitingReferral(_referral(r, organization or ""), doc, last, first)


def _treatment_filter(actor: Actor) -> list[ColumnElement[bool]]:
    """No referral to substance-use treatment for roles that may not read treatment records."""
    if hides_treatment(actor):
        return [ReferralRow.service_type != ServiceType.SUBSTANCE_USE_TREATMENT.value]
    return []


class ReferralService(ServiceBase):
    """Partner directory and referrals (REFERRAL_MANAGE to change; the directory is open)."""

    # --- partners ----------------------------------------------------------------------------
    @staticmethod
    def _check_name_free(s: Session, organization: str, own_id: str = "") -> None:
        clash = s.scalars(
            select(PartnerRow.id).where(
                func.lower(PartnerRow.organization) == organization.lower(),
                PartnerRow.deleted.is_(False),
                PartnerRow.id != own_id,
            )
        ).first()
        if clash:
            raise ValidationError("organization", "A partner with this name is already listed.")

    def add_partner(self, actor: Actor, info: PartnerInfo) -> Partner:
        """Add an organization to the directory, with the services it offers."""
        self._require(actor, Action.REFERRAL_MANAGE, "partner")
        now = self.clock()
        values = _partner_values(info)
        with self.store.uow() as uow:
            s = uow.session
            self._check_name_free(s, str(values["organization"]))
            w = RecordWriter(s, actor, now)
            row = w.insert(PartnerRow, **values)
            w.audit("partner.create", "partner", row.id)
            return _partner(row)

    def update_partner(self, actor: Actor, partner_id: str, info: PartnerInfo) -> bool:
        """Save an edited partner (also how one is deactivated); False when nothing changed."""
        self._require(actor, Action.REFERRAL_MANAGE, "partner")
        now = self.clock()
        values = _partner_values(info)
        with self.store.uow() as uow:
            s = uow.session
            row = load_live(s, PartnerRow, partner_id, "partner")
            self._check_name_free(s, str(values["organization"]), own_id=row.id)
            w = RecordWriter(s, actor, now)
            if not w.update(row, **values):
                return False
            w.audit("partner.update", "partner", row.id)
            return True

    def remove_partner(self, actor: Actor, partner_id: str) -> None:
        """Remove a partner entered by mistake; one with referrals can only be deactivated."""
        self._require(actor, Action.REFERRAL_MANAGE, "partner")
        now = self.clock()
        with self.store.uow() as uow:
            s = uow.session
            row = load_live(s, PartnerRow, partner_id, "partner")
            used = s.scalars(
                select(ReferralRow.id).where(
                    ReferralRow.partner_id == row.id, ReferralRow.deleted.is_(False)
                )
            ).first()
            if used:
                raise ValidationError(
                    "partner_id", "This partner has referrals; mark it inactive instead."
                )
            w = RecordWriter(s, actor, now)
            w.tombstone(row)
            w.audit("partner.delete", "partner", row.id)

    def partners(
        self, actor: Actor, *, service_type: str = "", include_inactive: bool = False
    ) -> tuple[Partner, ...]:
        """The directory by name, optionally only those offering ``service_type``."""
        self._require(actor, Action.SITE_VIEW, "partner")
        stmt = select(PartnerRow).where(PartnerRow.deleted.is_(False))
        if service_type:
            wanted = choice(ServiceType, service_type, "service_type", "The service type")
            # Stored as a comma list; compare whole items by padding both ends with commas.
            padded = literal(",") + PartnerRow.service_types + literal(",")
            stmt = stmt.where(padded.contains(f",{wanted.value},", autoescape=True))
        if not include_inactive:
            stmt = stmt.where(PartnerRow.active.is_(True))
        with self.store.uow(write=False) as uow:
            rows = uow.session.scalars(
                stmt.order_by(func.lower(PartnerRow.organization), PartnerRow.id)
            )
            return tuple(_partner(r) for r in rows)

    # --- referrals ---------------------------------------------------------------------------
    def make(
        self,
        actor: Actor,
        participant_id: str,
        partner_id: str,
        service_type: str,
        *,
        made_on: date,
    ) -> Referral:
        """Refer a participant to an active partner for a service it offers."""
        self._require(actor, Action.REFERRAL_MANAGE, "referral")
        now = self.clock()
        kind = choice(ServiceType, service_type, "service_type", "The service type")
        with self.store.uow() as uow:
            s = uow.session
            p = load_participant(s, actor, participant_id)
            check_fact_date(made_on, now.date(), "made_on", "The referral date", p.date_of_birth)
            partner = load_live(s, PartnerRow, partner_id, "partner")
            if not partner.active:
                raise ValidationError("partner_id", "This partner is inactive.")
            if kind.value not in split_service_types(partner.service_types):
                raise ValidationError("service_type", "This partner does not offer that service.")
            w = RecordWriter(s, actor, now)
            row = w.insert(
                ReferralRow,
                participant_id=p.id,
                partner_id=partner.id,
                service_type=kind.value,
                status=ReferralStatus.MADE.value,
                made_on=made_on,
                status_on=made_on,
                made_by=actor.username,
            )
            w.audit("referral.create", "referral", row.id)
            return _referral(row, partner.organization)

    def move(self, actor: Actor, referral_id: str, status: str, *, on: date) -> Referral:
        """Record the partner's answer or the service's end: accepted, completed, declined."""
        self._require(actor, Action.REFERRAL_MANAGE, "referral")
        now = self.clock()
        new = choice(ReferralStatus, status, "status", "The referral status")
        with self.store.uow() as uow:
            s = uow.session
            row = load_live(s, ReferralRow, referral_id, "referral")
            load_participant(s, actor, row.participant_id)
            check_move(REFERRAL_MOVES, ReferralStatus(row.status), new, "status", "referral")
            check_fact_date(on, now.date(), "status_on", "The date")
            if on < row.status_on:
                raise ValidationError(
                    "status_on", "The date is before the referral's last status date."
                )
            w = RecordWriter(s, actor, now)
            w.update(row, status=new.value, status_on=on)
            w.audit("referral.status", "referral", row.id)
            organization = s.scalar(
                select(PartnerRow.organization).where(PartnerRow.id == row.partner_id)
            )
            return _referral(row, organization or "")

    def list_for(self, actor: Actor, participant_id: str) -> tuple[Referral, ...]:
        """A participant's referrals, newest first."""
        with self.store.uow(write=False) as uow:
            s = uow.session
            p = load_participant(s, actor, participant_id)
            rows = s.execute(
                select(ReferralRow, PartnerRow.organization)
                .outerjoin(PartnerRow, PartnerRow.id == ReferralRow.partner_id)
                .where(ReferralRow.participant_id == p.id, ReferralRow.deleted.is_(False))
                .where(*_treatment_filter(actor))
                .order_by(ReferralRow.made_on.desc(), ReferralRow.stamp.desc())
            )
            return tuple(_referral(r, org or "") for r, org in rows)

    def open_referrals(self, actor: Actor) -> tuple[Referral, ...]:
        """Referrals still waiting (made or accepted) for participants the actor may see."""
        return tuple(w.referral for w in self.waiting(actor))

    def waiting(self, actor: Actor) -> tuple[WaitingReferral, ...]:
        """:meth:`open_referrals` with each participant's DOC number and names, oldest first.

        Every one of them: lists on screen read :meth:`waiting_page` instead.
        """
        with self.store.uow(write=False) as uow:
            rows = uow.session.execute(_waiting_rows(actor))
            return tuple(_waiting(r, o, d, la, fi) for r, o, d, la, fi in rows)

    def waiting_page(
        self, actor: Actor, *, limit: int = WAITING_PAGE, offset: int = 0
    ) -> WaitingPage:
        """One page of :meth:`waiting`, in the same order (oldest status first), and how many
        there are in all, both read in SQL.

        Args:
            actor: who reads (peer educators see only their own mentees' referrals).
            limit: how many to return at most (kept between 1 and :data:`WAITING_MOST`).
            offset: how many of the list to skip (the ones already shown).
        """
        limit = max(1, min(limit, WAITING_MOST))
        offset = max(0, offset)
        with self.store.uow(write=False) as uow:
            s = uow.session
            # The count rides along as a window over the rows the sort reads anyway: one pass
            # over the waiting referrals instead of two.
            counted = _waiting_rows(actor).add_columns(func.count().over())
            rows = s.execute(counted.limit(limit).offset(offset)).all()
            found = tuple(_waiting(r, o, d, la, fi) for r, o, d, la, fi, _n in rows)
            if rows:
                total: int | None = rows[0][5]
            else:  # past the end (or none): count alone
                total = s.scalar(
                    select(func.count())
                    .select_from(ReferralRow)
                    .join(ParticipantRow, ParticipantRow.id == ReferralRow.participant_id)
                    .where(*_waiting_filters(actor))
                )
            return WaitingPage(found, int(total or 0), offset)
