"""Transition packets for a recipient that is not a peerdesk site (a reentry partner).

A consent may name an organisation that does not run peerdesk (``recipient_site_id`` empty):
a housing provider, a treatment program, a parole office. The packet for it is chosen by one
of those consents; it relies on every live consent of the participant naming the same
organisation (the name as written, compared without case or extra spaces) and carries only
what those consents in force cover, by the same rule as ``consent_covers``
(``domain.consent_rules.is_in_force``), once for program records and once for Part 2 records.
Consents that name a peerdesk site go through ``ReportService.packet`` instead.
"""

from __future__ import annotations

import dataclasses
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from peerdesk.clock import Clock, utcnow
from peerdesk.db.models import ConsentRow
from peerdesk.db.store import Store
from peerdesk.domain.consent_rules import is_in_force
from peerdesk.domain.errors import NotFound, ValidationError
from peerdesk.domain.roles import Action
from peerdesk.reports.data import ConsentCopy, ReportContext
from peerdesk.reports.i18n_catalog import check_language
from peerdesk.services.actor import Actor
from peerdesk.services.notes import audit_views
from peerdesk.services.packet_queries import NO_CONSENT, find_by_doc, gather_packet
from peerdesk.services.records import RecordWriter, permit
from peerdesk.services.report_queries import site_name

#: A site id no consent carries: ``gather_packet`` then finds no site consent of its own.
_NO_SITE = ""


def same_recipient(a: str, b: str) -> bool:
    """Whether two recipient names as written name the same organisation."""
    return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()


def partner_consents(
    s: Session, participant_id: str, consent_id: str, on: date
) -> tuple[str, list[ConsentRow]]:
    """(recipient name, the consents in force naming it) for the consent ``consent_id``.

    Raises:
        NotFound: no live consent of this participant has that id.
        ValidationError: the consent names a peerdesk site.
    """
    chosen = s.get(ConsentRow, consent_id)
    if chosen is None or chosen.deleted or chosen.participant_id != participant_id:
        raise NotFound("consent", consent_id)
    if chosen.recipient_site_id is not None:
        raise ValidationError(
            "recipient", "This consent names a peerdesk site; choose the site as the recipient."
        )
    rows = s.scalars(
        select(ConsentRow)
        .where(
            ConsentRow.participant_id == participant_id,
            ConsentRow.recipient_site_id.is_(None),
            ConsentRow.deleted.is_(False),
        )
        .order_by(ConsentRow.signed_on.desc(), ConsentRow.stamp.desc())
    )
    named = [r for r in rows if same_recipient(r.recipient_name, chosen.recipient_name)]
    in_force = [r for r in named if is_in_force(r, on, False) or is_in_force(r, on, True)]
    return chosen.recipient_name, in_force


def _copy(r: ConsentRow) -> ConsentCopy:
    return ConsentCopy(
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


class PartnerPacketService:
    """The transition packet for an organisation named in a consent, not a peerdesk site."""

    def __init__(self, store: Store, clock: Clock = utcnow) -> None:
        self.store = store
        self.clock = clock

    def packet(
        self, actor: Actor, doc_number: str, consent_id: str, *, language: str = "en"
    ) -> bytes:
        """The packet for the participant with ``doc_number``, to the recipient of ``consent_id``.

        Audited as ``report.packet`` and, for each consent relied on, ``report.packet_consent``
        (the accounting of disclosures), with ids only.
        """
        from peerdesk.reports.packet import build_packet

        check_language(language)
        actor = permit(self.store, actor, Action.REPORT_RUN, "report", self.clock)
        on = self.clock().date()
        with self.store.uow() as uow:
            s = uow.session
            p = find_by_doc(s, actor, doc_number)
            recipient, consents = partner_consents(s, p.id, consent_id, on)
            general = any(is_in_force(r, on, False) for r in consents)
            sud = any(is_in_force(r, on, True) for r in consents)
            if not (general or sud):
                raise ValidationError("recipient", NO_CONSENT)
            context = ReportContext(site_name(s), self.clock(), actor.username, language)
            report = gather_packet(
                self.store,
                self.clock,
                s,
                actor,
                p,
                recipient_site_id=_NO_SITE,
                general=general,
                sud=sud,
                on=on,
                context=context,
            )
            report = dataclasses.replace(
                report, recipient=recipient, consents=tuple(_copy(r) for r in consents)
            )
            w = RecordWriter(s, actor, self.clock())
            w.audit("report.packet", "participant", p.id)
            for row in consents:
                w.audit("report.packet_consent", "consent", row.id)
            if report.notes or report.sud.notes:
                audit_views(w, [p.id])
        return build_packet(report)
