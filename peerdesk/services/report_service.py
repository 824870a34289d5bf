"""Running reports: permission, data gathered in one unit of work, an audit entry, the PDF.

Each method checks the permission (``report.run``; a peer educator may print the sign-in
sheet of a group they facilitate with ``session.record``), gathers its data through the
services and ``services.report_queries`` inside one unit of work, writes ``report.<kind>``
to the audit trail with ids only, and returns the PDF bytes built by ``peerdesk.reports``.
Writing the file is the caller's (``reports.output.write_file`` writes it whole or not at
all). The language ("en" or "es") is checked before anything else.
"""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from peerdesk.clock import Clock, utcnow
from peerdesk.db.models import GroupRow, ParticipantStatusRow, TrainingRow, UserRow
from peerdesk.db.store import Store
from peerdesk.domain.errors import ValidationError
from peerdesk.domain.measures import Period
from peerdesk.domain.roles import Action, Role, is_allowed
from peerdesk.reports import data as rd
from peerdesk.reports.i18n_catalog import check_language
from peerdesk.services.actor import Actor
from peerdesk.services.groups import load_group, load_session
from peerdesk.services.measures import compute
from peerdesk.services.mentor_base import load_mentor
from peerdesk.services.notes import audit_views
from peerdesk.services.packet_queries import (
    choose_recipient,
    consent_ids,
    find_by_doc,
    gather_packet,
)
from peerdesk.services.pathways import PathwayService
from peerdesk.services.records import RecordWriter, permit
from peerdesk.services.report_progress import ReportProgress, step
from peerdesk.services.report_queries import (
    attendance_by_group,
    facilitator_names,
    grant_figures,
    roster_lines,
    site_name,
)

#: Longest grant reporting period accepted (a little over five years).
MAX_GRANT_DAYS = 5 * 366


class ReportService:
    """The PDF reports of issue 6: monthly, grant, packet, sign-in, attendance, documents."""

    def __init__(self, store: Store, clock: Clock = utcnow) -> None:
        self.store = store
        self.clock = clock

    # --- plumbing ------------------------------------------------------------------------------
    def _permit(self, actor: Actor, action: Action = Action.REPORT_RUN) -> Actor:
        return permit(self.store, actor, action, "report", self.clock)

    def _context(self, s: Session, actor: Actor, language: str) -> rd.ReportContext:
        return rd.ReportContext(site_name(s), self.clock(), actor.username, language)

    def _audit(self, s: Session, actor: Actor, kind: str, object_type: str, object_id: str) -> None:
        RecordWriter(s, actor, self.clock()).audit(f"report.{kind}", object_type, object_id)

    # --- program figures -----------------------------------------------------------------------
    def monthly(
        self,
        actor: Actor,
        period: Period,
        language: str = "en",
        *,
        progress: ReportProgress | None = None,
    ) -> bytes:
        """The monthly program report for ``period`` against the period before it."""
        from peerdesk.reports.monthly import build_monthly

        check_language(language)
        actor = self._permit(actor)
        with self.store.uow() as uow:
            s = uow.session
            step(progress, 5)
            current = compute(s, period)
            step(progress, 40)
            previous = compute(s, period.previous())
            step(progress, 75)
            report = rd.MonthlyData(self._context(s, actor, language), current, previous)
            self._audit(s, actor, "monthly", "period", period.start.isoformat()[:7])
        return build_monthly(report)

    def grant(
        self,
        actor: Actor,
        start: date,
        end: date,
        language: str = "en",
        *,
        progress: ReportProgress | None = None,
    ) -> bytes:
        """The grant performance report for the days ``start`` to ``end``, both included."""
        from peerdesk.reports.grant import build_grant

        check_language(language)
        if end < start:
            raise ValidationError("end", "The end date is before the start date.")
        if (end - start).days > MAX_GRANT_DAYS:
            raise ValidationError("end", "A reporting period can be at most five years long.")
        actor = self._permit(actor)
        period = Period(start, end + timedelta(days=1))
        with self.store.uow() as uow:
            s = uow.session
            step(progress, 5)
            figures = grant_figures(s, period)
            step(progress, 75)
            report = rd.GrantData(self._context(s, actor, language), figures)
            self._audit(s, actor, "grant", "period", f"{start.isoformat()}..{end.isoformat()}")
        return build_grant(report)

    def attendance(
        self,
        actor: Actor,
        period: Period,
        language: str = "en",
        *,
        progress: ReportProgress | None = None,
    ) -> bytes:
        """Sessions and attendance per group over ``period``."""
        from peerdesk.reports.groups import build_attendance

        check_language(language)
        actor = self._permit(actor)
        with self.store.uow() as uow:
            s = uow.session
            step(progress, 5)
            groups = attendance_by_group(s, actor, period)
            step(progress, 75)
            report = rd.AttendanceData(self._context(s, actor, language), period, groups)
            self._audit(s, actor, "attendance", "period", period.start.isoformat())
        return build_attendance(report)

    # --- a participant's transition packet -----------------------------------------------------
    def packet(
        self,
        actor: Actor,
        doc_number: str,
        *,
        recipient_site_id: str | None = None,
        language: str = "en",
    ) -> bytes:
        """The transition packet for the participant with ``doc_number``.

        Addressed to ``recipient_site_id``, or (when None) to the one site the participant's
        consents in force name. Carries only what that consent covers (see
        ``services.packet_queries``); each consent relied on is audited as a disclosure.
        """
        from peerdesk.reports.packet import build_packet

        check_language(language)
        actor = self._permit(actor)
        on = self.clock().date()
        with self.store.uow() as uow:
            s = uow.session
            p = find_by_doc(s, actor, doc_number)
            site, general, sud = choose_recipient(s, p.id, recipient_site_id, on)
            report = gather_packet(
                self.store,
                self.clock,
                s,
                actor,
                p,
                recipient_site_id=site,
                general=general,
                sud=sud,
                on=on,
                context=self._context(s, actor, language),
            )
            w = RecordWriter(s, actor, self.clock())
            w.audit("report.packet", "participant", p.id)
            for consent_id in consent_ids(s, p.id, site, on):
                w.audit("report.packet_consent", "consent", consent_id)
            if report.notes or report.sud.notes:
                audit_views(w, [p.id])
        return build_packet(report)

    # --- groups --------------------------------------------------------------------------------
    def _signin_actor(self, actor: Actor) -> Actor:
        """Report runners print any sheet; peer educators (session.record) their groups' only."""
        with self.store.uow(write=False) as uow:
            user = uow.session.get(UserRow, actor.user_id)
        role = Role(user.role) if user is not None and user.active else None
        runs_reports = role is not None and is_allowed(role, Action.REPORT_RUN)
        return self._permit(actor, Action.REPORT_RUN if runs_reports else Action.SESSION_RECORD)

    def signin(self, actor: Actor, session_id: str, language: str = "en") -> bytes:
        """The sign-in sheet of a recorded session: the roster on its day, blank signatures."""
        check_language(language)
        actor = self._signin_actor(actor)
        with self.store.uow() as uow:
            s = uow.session
            gs = load_session(s, actor, session_id)
            name = s.scalar(select(GroupRow.name).where(GroupRow.id == gs.group_id)) or ""
            report = rd.SigninData(
                self._context(s, actor, language),
                name,
                gs.held_on,
                gs.start_time,
                gs.module,
                gs.location,
                facilitator_names(s, gs.id, gs.group_id),
                roster_lines(s, actor, gs.group_id, gs.held_on),
                cancel_reason=gs.cancel_reason if gs.status == "cancelled" else "",
            )
            self._audit(s, actor, "signin", "session", gs.id)
        return _signin_pdf(report)

    def signin_for_group(
        self, actor: Actor, group_id: str, on: date, language: str = "en"
    ) -> bytes:
        """A sign-in sheet for a session still to come: the group's members on ``on``."""
        check_language(language)
        actor = self._signin_actor(actor)
        with self.store.uow() as uow:
            s = uow.session
            group = load_group(s, actor, group_id)
            report = rd.SigninData(
                self._context(s, actor, language),
                group.name,
                on,
                "",
                "",
                group.location,
                facilitator_names(s, None, group.id),
                roster_lines(s, actor, group.id, on),
            )
            self._audit(s, actor, "signin", "group", group.id)
        return _signin_pdf(report)

    # --- documents for people ------------------------------------------------------------------
    def agreement(self, actor: Actor, mentor_id: str, language: str = "en") -> bytes:
        """The mentor agreement (roles and expectations) to sign."""
        from peerdesk.reports.documents import build_agreement

        check_language(language)
        actor = self._permit(actor)
        with self.store.uow() as uow:
            s = uow.session
            m = load_mentor(s, mentor_id)
            report = rd.AgreementData(
                self._context(s, actor, language),
                f"{m.first_name} {m.last_name}",
                m.side,
                m.capacity,
                m.agreement_signed_on,
            )
            self._audit(s, actor, "agreement", "mentor", m.id)
        return build_agreement(report)

    def certificate_for_participant(
        self, actor: Actor, doc_number: str, language: str = "en"
    ) -> bytes:
        """A certificate of completion for a participant who completed the program."""
        from peerdesk.reports.documents import build_certificate

        check_language(language)
        actor = self._permit(actor)
        with self.store.uow() as uow:
            s = uow.session
            p = find_by_doc(s, actor, doc_number)
            done = s.scalar(
                select(func.max(ParticipantStatusRow.effective_date)).where(
                    ParticipantStatusRow.participant_id == p.id,
                    ParticipantStatusRow.status == "completed",
                    ParticipantStatusRow.deleted.is_(False),
                )
            )
            if done is None:
                raise ValidationError(
                    "doc_number", "This participant has no recorded completion of the program."
                )
            progress = PathwayService(self.store, self.clock).progress(actor, p.id)
            report = rd.CertificateData(
                self._context(s, actor, language),
                f"{p.preferred_name or p.legal_first_name} {p.legal_last_name}",
                done,
                "participant",
                pathway=progress.pathway_name if progress else "",
            )
            self._audit(s, actor, "certificate", "participant", p.id)
        return build_certificate(report)

    def certificate_for_mentor(self, actor: Actor, mentor_id: str, language: str = "en") -> bytes:
        """A certificate of completed peer educator training (hours and courses recorded)."""
        from peerdesk.reports.documents import build_certificate

        check_language(language)
        actor = self._permit(actor)
        with self.store.uow() as uow:
            s = uow.session
            m = load_mentor(s, mentor_id)
            hours, courses, last = s.execute(
                select(
                    func.coalesce(func.sum(TrainingRow.hours), 0),
                    func.count(TrainingRow.id),
                    func.max(TrainingRow.completed_on),
                ).where(TrainingRow.mentor_id == m.id, TrainingRow.deleted.is_(False))
            ).one()
            if not courses:
                raise ValidationError("mentor_id", "This peer educator has no training recorded.")
            report = rd.CertificateData(
                self._context(s, actor, language),
                f"{m.first_name} {m.last_name}",
                last,
                "peer_educator",
                training_hours=float(hours),
                courses=int(courses),
            )
            self._audit(s, actor, "certificate", "mentor", m.id)
        return build_certificate(report)


def _signin_pdf(report: rd.SigninData) -> bytes:
    from peerdesk.reports.groups import build_signin

    return build_signin(report)
