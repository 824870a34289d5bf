"""Participant use cases: enroll, edit, change status, view (audited), search, tombstone."""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from peerdesk.clock import Clock, utcnow
from peerdesk.db.models import ParticipantRow, ParticipantStatusRow
from peerdesk.db.store import Store
from peerdesk.domain.errors import NotFound, ValidationError
from peerdesk.domain.participant import (
    ParticipantProfile,
    ParticipantStatus,
    RiskLevel,
    check_transition,
    clean_profile,
)
from peerdesk.domain.roles import Action
from peerdesk.domain.text_keys import fold
from peerdesk.services.access import require
from peerdesk.services.actor import Actor
from peerdesk.services.participant_search import SORTS, SUMMARY_COLUMNS, ListQuery
from peerdesk.services.records import RecordWriter
from peerdesk.services.visibility import visible_participants

_PROFILE_FIELDS = [f.name for f in fields(ParticipantProfile)]


@dataclass(frozen=True)
class ParticipantSummary:
    """One row of the participants list."""

    id: str
    doc_number: str
    legal_last_name: str
    legal_first_name: str
    preferred_name: str
    date_of_birth: date
    housing_unit: str
    status: ParticipantStatus
    projected_release_date: date | None


@dataclass(frozen=True)
class StatusChange:
    status: ParticipantStatus
    effective_date: date
    recorded_by: str


@dataclass(frozen=True)
class ParticipantDetail:
    id: str
    profile: ParticipantProfile
    status: ParticipantStatus
    status_date: date
    history: tuple[StatusChange, ...]


@dataclass(frozen=True)
class ParticipantQuery:
    """What the list asks for: text, filters, order and one page."""

    text: str = ""
    statuses: tuple[ParticipantStatus, ...] = ()
    housing_unit: str = ""
    release_from: date | None = None
    release_to: date | None = None
    sort: str = "name"  # name | doc_number | status | release | unit
    descending: bool = False
    offset: int = 0
    limit: int = 100
    #: The sort key of the row just before the page (``last_key`` of the page before): the
    #: page is then read from there along the index, however deep; ``offset`` only counts.
    after: tuple[Any, ...] | None = None


@dataclass(frozen=True)
class ParticipantPage:
    rows: tuple[ParticipantSummary, ...]
    total: int
    #: The sort key of the last row, to ask for the next page ``after`` it.
    last_key: tuple[Any, ...] | None = None


def _summary(r: ParticipantRow) -> ParticipantSummary:
    return ParticipantSummary(
        r.id,
        r.doc_number,
        r.legal_last_name,
        r.legal_first_name,
        r.preferred_name,
        r.date_of_birth,
        r.housing_unit,
        ParticipantStatus(r.status),
        r.projected_release_date,
    )


def _summary_of(*values: Any) -> ParticipantSummary:
    """A list row from the values of ``SUMMARY_COLUMNS``, in that order."""
    pid, doc, last, first, preferred, born, unit, status, release = values
    return ParticipantSummary(
        pid, doc, last, first, preferred, born, unit, ParticipantStatus(status), release
    )


def _profile(r: ParticipantRow) -> ParticipantProfile:
    return ParticipantProfile(
        doc_number=r.doc_number,
        legal_last_name=r.legal_last_name,
        legal_first_name=r.legal_first_name,
        date_of_birth=r.date_of_birth,
        preferred_name=r.preferred_name,
        aliases=tuple(a for a in r.aliases.split("\n") if a),
        facility=r.facility,
        housing_unit=r.housing_unit,
        primary_language=r.primary_language,
        gender_identity=r.gender_identity,
        release_county=r.release_county,
        release_city=r.release_city,
        projected_release_date=r.projected_release_date,
        actual_release_date=r.actual_release_date,
        risk_level=RiskLevel(r.risk_level) if r.risk_level else None,
        lived_experience=tuple(t for t in r.lived_experience.split(",") if t),
        interests=tuple(t for t in r.interests.split(",") if t),
        mentor_gender_preference=r.mentor_gender_preference,
    )


def _profile_values(p: ParticipantProfile) -> dict[str, Any]:
    """The row values a (clean) profile sets, including the folded search keys."""
    values: dict[str, Any] = {name: getattr(p, name) for name in _PROFILE_FIELDS}
    values["aliases"] = "\n".join(p.aliases)
    values["lived_experience"] = ",".join(p.lived_experience)
    values["interests"] = ",".join(p.interests)
    values["risk_level"] = p.risk_level.value if p.risk_level else None
    values["search_last"] = fold(p.legal_last_name)
    values["search_first"] = fold(p.legal_first_name)
    return values


#: A status filter matching more people than this is read along the sort's own index.
BROAD_FILTER = 2_000


class ParticipantService:
    def __init__(self, store: Store, clock: Clock = utcnow) -> None:
        self.store = store
        self.clock = clock

    # --- visibility --------------------------------------------------------------------------
    def _visible(self, actor: Actor) -> ColumnElement[bool]:
        return visible_participants(actor)

    def _load(self, s: Session, actor: Actor, participant_id: str) -> ParticipantRow:
        row = s.scalars(
            select(ParticipantRow).where(
                ParticipantRow.id == participant_id,
                ParticipantRow.deleted.is_(False),
                self._visible(actor),
            )
        ).first()
        if row is None:
            raise NotFound("participant", participant_id)
        return row

    def _check_doc_unique(self, s: Session, actor: Actor, doc: str, own_id: str = "") -> None:
        clash = s.scalars(
            select(ParticipantRow.id).where(
                ParticipantRow.origin_site_id == actor.site_id,
                ParticipantRow.doc_number == doc,
                ParticipantRow.id != own_id,
            )
        ).first()
        if clash:
            raise ValidationError(
                "doc_number", f"DOC number {doc} already belongs to another participant."
            )

    # --- changes -------------------------------------------------------------------------------
    def enroll(
        self,
        actor: Actor,
        profile: ParticipantProfile,
        *,
        status: ParticipantStatus = ParticipantStatus.REFERRED,
        status_date: date | None = None,
    ) -> ParticipantSummary:
        """Add a participant (usually as referred); the DOC number must be new at this site."""
        require(self.store, actor, Action.PARTICIPANT_EDIT, object_type="participant")
        now = self.clock()
        p = clean_profile(profile, now.date())
        when = status_date or now.date()
        if when < p.date_of_birth:
            raise ValidationError("status_date", "The status date is before the date of birth.")
        with self.store.uow() as uow:
            s = uow.session
            self._check_doc_unique(s, actor, p.doc_number)
            w = RecordWriter(s, actor, now)
            row = w.insert(
                ParticipantRow, status=status.value, status_date=when, **_profile_values(p)
            )
            self._add_history(w, row.id, status, when)
            w.audit("participant.create", "participant", row.id)
            return _summary(row)

    @staticmethod
    def _add_history(w: RecordWriter, pid: str, status: ParticipantStatus, when: date) -> None:
        w.insert(
            ParticipantStatusRow,
            participant_id=pid,
            status=status.value,
            effective_date=when,
            recorded_by=w.actor.username,
        )

    def update(self, actor: Actor, participant_id: str, profile: ParticipantProfile) -> bool:
        """Save an edited profile; returns False when nothing changed (nothing is written)."""
        require(self.store, actor, Action.PARTICIPANT_EDIT, object_type="participant")
        now = self.clock()
        p = clean_profile(profile, now.date())
        with self.store.uow() as uow:
            s = uow.session
            row = self._load(s, actor, participant_id)
            self._check_doc_unique(s, actor, p.doc_number, own_id=row.id)
            w = RecordWriter(s, actor, now)
            if not w.update(row, **_profile_values(p)):
                return False
            w.audit("participant.update", "participant", row.id)
            return True

    def change_status(
        self, actor: Actor, participant_id: str, status: ParticipantStatus, when: date
    ) -> None:
        """Move a participant to a new status on ``when`` (allowed transitions only)."""
        require(self.store, actor, Action.PARTICIPANT_EDIT, object_type="participant")
        now = self.clock()
        if when > now.date():
            raise ValidationError("effective_date", "The date cannot be in the future.")
        with self.store.uow() as uow:
            s = uow.session
            row = self._load(s, actor, participant_id)
            check_transition(ParticipantStatus(row.status), status)
            if when < row.status_date:
                raise ValidationError(
                    "effective_date", "The date is before the participant's current status date."
                )
            w = RecordWriter(s, actor, now)
            w.update(row, status=status.value, status_date=when)
            self._add_history(w, row.id, status, when)
            w.audit("participant.status", "participant", row.id)

    def tombstone(self, actor: Actor, participant_id: str) -> None:
        """Remove a participant from every list; the record stays as a tombstone for sync."""
        require(self.store, actor, Action.PARTICIPANT_EDIT, object_type="participant")
        now = self.clock()
        with self.store.uow() as uow:
            s = uow.session
            row = self._load(s, actor, participant_id)
            w = RecordWriter(s, actor, now)
            w.tombstone(row)
            w.audit("participant.delete", "participant", row.id)

    # --- reads -------------------------------------------------------------------------------
    def get(self, actor: Actor, participant_id: str) -> ParticipantDetail:
        """One participant's record; every view is written to the audit trail."""
        with self.store.uow() as uow:
            s = uow.session
            row = self._load(s, actor, participant_id)
            history = tuple(
                StatusChange(ParticipantStatus(h.status), h.effective_date, h.recorded_by)
                for h in s.scalars(
                    select(ParticipantStatusRow)
                    .where(
                        ParticipantStatusRow.participant_id == row.id,
                        ParticipantStatusRow.deleted.is_(False),
                    )
                    .order_by(ParticipantStatusRow.effective_date, ParticipantStatusRow.stamp)
                )
            )
            RecordWriter(s, actor, self.clock()).audit("participant.view", "participant", row.id)
            return ParticipantDetail(
                row.id, _profile(row), ParticipantStatus(row.status), row.status_date, history
            )

    def _conditions(
        self, actor: Actor, q: ParticipantQuery, *, status_by_index: bool = True
    ) -> list[ColumnElement[bool]]:
        """What every listed row meets: not deleted, visible to ``actor``, the filters.

        With ``status_by_index`` false the status test is written so no index answers it
        (``status || ''``): the page is then read in the order of the sort's own index.
        """
        found: list[ColumnElement[bool]] = [
            ParticipantRow.deleted.is_(False),
            self._visible(actor),
        ]
        if q.statuses:
            status = ParticipantRow.status if status_by_index else ParticipantRow.status.concat("")
            found.append(status.in_([s.value for s in q.statuses]))
        if q.housing_unit:
            found.append(ParticipantRow.housing_unit == q.housing_unit)
        if q.release_from:
            found.append(ParticipantRow.projected_release_date >= q.release_from)
        if q.release_to:
            found.append(ParticipantRow.projected_release_date <= q.release_to)
        return found

    def search(self, actor: Actor, query: ParticipantQuery) -> ParticipantPage:
        """One page of participants, filtered and sorted in SQL."""
        if query.sort not in SORTS:
            raise ValidationError("sort", f"Cannot sort by {query.sort}.")
        q = replace(query, offset=max(0, query.offset), limit=max(1, min(query.limit, 1000)))
        with self.store.uow(write=False) as uow:
            s = uow.session
            known: int | None = None
            by_index = True
            if q.statuses and q.sort != "status" and not q.text.strip():
                # A status matching many people (Active: 40 % of them) is cheaper to check
                # row by row along the sort's index than to gather and sort; a rare one the
                # other way round. The count (from the status index alone) tells which.
                plain = ListQuery(self._conditions(actor, q), "", q.sort, q.descending)
                known = int(s.scalar(plain.count()) or 0)
                by_index = known <= BROAD_FILTER
            conditions = self._conditions(actor, q, status_by_index=by_index)
            statements = ListQuery(conditions, q.text, q.sort, q.descending)
            if statements.sorted_apart:  # as with a status: a broad search along the sort
                known = int(s.scalar(statements.count()) or 0)
                broad = known > BROAD_FILTER
                statements = ListQuery(conditions, q.text, q.sort, q.descending, broad=broad)
            found = s.execute(statements.page(q.offset, q.limit, q.after)).all()
            rows = tuple(_summary_of(*r[: len(SUMMARY_COLUMNS)]) for r in found)
            last = statements.key_of(found[-1]) if found else None
            if known is not None:
                return ParticipantPage(rows, known, last)
            # A short page is the last one, so it tells the total (same read transaction):
            # a narrow search or the last page of a long one skips the count.
            if 0 < len(rows) < q.limit or (q.offset == 0 and not rows):
                return ParticipantPage(rows, q.offset + len(rows), last)
            total = s.scalar(statements.count()) or 0
            return ParticipantPage(rows, int(total), last)
