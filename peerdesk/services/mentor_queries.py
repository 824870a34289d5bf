"""Reading mentors: the list with current mentee counts, and one mentor's whole record.

A program may have 12,500 peer educators: the screen reads them one page at a time
(:meth:`MentorQueries.mentor_page`), only the columns it shows, sorted and counted in SQL.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, and_, func, or_, select

from peerdesk.db.models import (
    CertificationRow,
    MatchRow,
    MentorRow,
    SelectionStepRow,
    SupervisionRow,
    TrainingRow,
)
from peerdesk.domain.mentor_rules import (
    Decision,
    Gender,
    MentorProfile,
    MentorSide,
    MentorStatus,
    PersonKind,
    SelectionStep,
    StepResult,
    split_tags,
)
from peerdesk.domain.roles import Action
from peerdesk.services.actor import Actor
from peerdesk.services.mentor_base import OPEN_VALUES, count_open, load_mentor, open_counts
from peerdesk.services.mentor_selection import StepRecord
from peerdesk.services.mentor_training import (
    CertificationRecord,
    SupervisionRecord,
    TrainingRecord,
)
from peerdesk.services.records import RecordWriter, ServiceBase

OBJECT = "mentor"
#: Peer educators one page of the list holds; "Show more" reads the next page.
MENTOR_PAGE = 200
#: The most peer educators one read of :meth:`MentorQueries.mentor_page` returns.
MENTOR_PAGE_MOST = 2000
#: Words of a name search looked at (each must start the last or the first name).
MAX_SEARCH_WORDS = 4

#: The columns of a list row, in :class:`MentorSummary`'s order (without the mentee count).
_SUMMARY_COLUMNS = (
    MentorRow.id,
    MentorRow.person_kind,
    MentorRow.participant_id,
    MentorRow.user_id,
    MentorRow.last_name,
    MentorRow.first_name,
    MentorRow.side,
    MentorRow.status,
    MentorRow.status_date,
    MentorRow.capacity,
)


@dataclass(frozen=True)
class MentorSummary:
    """One row of the mentors list."""

    id: str
    person_kind: PersonKind
    participant_id: str | None
    user_id: str | None
    last_name: str
    first_name: str
    side: MentorSide
    status: MentorStatus
    status_date: date
    capacity: int
    #: Current mentees: proposed, active and paused matches (what capacity counts).
    open_matches: int


@dataclass(frozen=True)
class MentorSummaryPage:
    """One page of the peer educators a filter finds, and how many it finds in all.

    Attributes:
        rows: the page, by name.
        total: every peer educator the filter finds.
        offset: how many of the list come before this page.
    """

    rows: tuple[MentorSummary, ...]
    total: int
    offset: int = 0

    @property
    def cut(self) -> bool:
        """Whether more peer educators follow this page."""
        return self.total > self.offset + len(self.rows)


@dataclass(frozen=True)
class MentorDetail:
    """A mentor's whole record: profile, selection, training and supervision."""

    summary: MentorSummary
    profile: MentorProfile
    decision: Decision
    decision_by: str
    decision_on: date | None
    decision_reason: str
    steps: tuple[StepRecord, ...]
    trainings: tuple[TrainingRecord, ...]
    training_hours: float
    certifications: tuple[CertificationRecord, ...]
    supervision: tuple[SupervisionRecord, ...]


def mentor_profile(r: MentorRow) -> MentorProfile:
    """The editable profile stored in a mentor row."""
    return MentorProfile(
        last_name=r.last_name,
        first_name=r.first_name,
        side=MentorSide(r.side),
        date_of_birth=r.date_of_birth,
        gender=Gender(r.gender),
        languages=split_tags(r.languages),
        county=r.county,
        lived_experience=split_tags(r.lived_experience),
        interests=split_tags(r.interests),
        capacity=r.capacity,
        agreement_signed_on=r.agreement_signed_on,
    )


def mentor_summary(r: MentorRow, open_matches: int) -> MentorSummary:
    """A mentor row as a list row, with its current mentee count."""
    return MentorSummary(
        r.id,
        PersonKind(r.person_kind),
        r.participant_id,
        r.user_id,
        r.last_name,
        r.first_name,
        MentorSide(r.side),
        MentorStatus(r.status),
        r.status_date,
        r.capacity,
        open_matches,
    )


def name_search(text: str) -> ColumnElement[bool] | None:
    """Every word of ``text`` starts the last or the first name (any case); None: no search."""
    words = text.lower().split()[:MAX_SEARCH_WORDS]
    if not words:
        return None
    last, first = func.lower(MentorRow.last_name), func.lower(MentorRow.first_name)
    return and_(
        *(
            or_(last.startswith(w, autoescape=True), first.startswith(w, autoescape=True))
            for w in words
        )
    )


def _summary(r: Sequence[Any], open_matches: int) -> MentorSummary:
    """A row of :data:`_SUMMARY_COLUMNS` as a list row."""
    mid, kind, participant_id, user_id, last, first, side, status, since, capacity = r
    return MentorSummary(
        mid,
        PersonKind(kind),
        participant_id,
        user_id,
        last,
        first,
        MentorSide(side),
        MentorStatus(status),
        since,
        capacity,
        open_matches,
    )


class MentorQueries(ServiceBase):
    """The reading part of ``MentorService``."""

    # --- reading -----------------------------------------------------------------------------
    def list_mentors(
        self,
        actor: Actor,
        *,
        status: MentorStatus | None = None,
        side: MentorSide | None = None,
    ) -> list[MentorSummary]:
        """Mentors by name, with their current mentee counts (one query)."""
        self._require(actor, Action.MENTOR_VIEW, OBJECT)
        counts = open_counts()
        stmt = (
            select(MentorRow, func.coalesce(counts.c.open_matches, 0))
            .outerjoin(counts, counts.c.mentor_id == MentorRow.id)
            .where(MentorRow.deleted.is_(False))
            .order_by(MentorRow.last_name, MentorRow.first_name, MentorRow.id)
        )
        if status is not None:
            stmt = stmt.where(MentorRow.status == status.value)
        if side is not None:
            stmt = stmt.where(MentorRow.side == side.value)
        with self.store.uow(write=False) as uow:
            return [mentor_summary(r, int(n)) for r, n in uow.session.execute(stmt)]

    def mentor_page(
        self,
        actor: Actor,
        *,
        status: MentorStatus | None = None,
        side: MentorSide | None = None,
        search: str = "",
        limit: int = MENTOR_PAGE,
        offset: int = 0,
    ) -> MentorSummaryPage:
        """One page of the mentors by name (last, first, id: the same order on every page),
        with their current mentee counts, and how many the filters find in all.

        Reads only the list's columns and the page's rows (one row more than ``limit`` tells
        whether more follow; only then is the whole set counted), then the open matches of
        the page's mentors alone.

        Args:
            actor: who reads.
            status: only mentors with this status.
            side: only mentors of this side.
            search: every word starts the last or the first name.
            limit: the page's size (kept between 1 and :data:`MENTOR_PAGE_MOST`).
            offset: how many of the list to skip (those already shown).
        """
        self._require(actor, Action.MENTOR_VIEW, OBJECT)
        limit, offset = max(1, min(limit, MENTOR_PAGE_MOST)), max(0, offset)
        conditions: list[ColumnElement[bool]] = [MentorRow.deleted.is_(False)]
        if status is not None:
            conditions.append(MentorRow.status == status.value)
        if side is not None:
            conditions.append(MentorRow.side == side.value)
        searched = name_search(search)
        if searched is not None:
            conditions.append(searched)
        stmt = (
            select(*_SUMMARY_COLUMNS)
            .where(*conditions)
            .order_by(MentorRow.last_name, MentorRow.first_name, MentorRow.id)
            .limit(limit + 1)
            .offset(offset)
        )
        with self.store.uow(write=False) as uow:
            s = uow.session
            rows = s.execute(stmt).all()
            ids = [r[0] for r in rows[:limit]]
            counts: dict[str, int] = {}
            if ids:
                counted = (
                    select(MatchRow.mentor_id, func.count())
                    .where(
                        MatchRow.mentor_id.in_(ids),
                        MatchRow.status.in_(OPEN_VALUES),
                        MatchRow.deleted.is_(False),
                    )
                    .group_by(MatchRow.mentor_id)
                )
                counts = {mid: int(n) for mid, n in s.execute(counted)}
            found = tuple(_summary(r, counts.get(r[0], 0)) for r in rows[:limit])
            if len(rows) <= limit and (rows or offset == 0):  # the last page: total known
                return MentorSummaryPage(found, offset + len(rows), offset)
            count = select(func.count()).select_from(MentorRow).where(*conditions)
            total = int(s.scalar(count) or 0)
        if rows:  # rows came past this page: at least one more
            total = max(total, offset + limit + 1)
        return MentorSummaryPage(found, total, offset)

    def get(self, actor: Actor, mentor_id: str) -> MentorDetail:
        """A mentor's whole record; every view is written to the audit trail."""
        self._require(actor, Action.MENTOR_VIEW, OBJECT, mentor_id)
        today = self._today()
        with self.store.uow() as uow:
            s = uow.session
            row = load_mentor(s, mentor_id)
            open_matches, _ = count_open(s, row.id)

            def rows(model: Any, *order: Any) -> list[Any]:
                return list(
                    s.scalars(
                        select(model)
                        .where(model.mentor_id == row.id, model.deleted.is_(False))
                        .order_by(*order, model.stamp)
                    )
                )

            steps = tuple(
                StepRecord(
                    r.id,
                    SelectionStep(r.step),
                    StepResult(r.result),
                    r.completed_on,
                    r.note,
                    r.recorded_by,
                )
                for r in rows(SelectionStepRow, SelectionStepRow.completed_on)
            )
            trainings = tuple(
                TrainingRecord(r.id, r.course, r.hours, r.completed_on)
                for r in rows(TrainingRow, TrainingRow.completed_on)
            )
            certs = tuple(
                CertificationRecord(
                    r.id,
                    r.name,
                    r.issued_on,
                    r.expires_on,
                    r.expires_on is not None and r.expires_on <= today,
                )
                for r in rows(CertificationRow, CertificationRow.issued_on)
            )
            supervision = tuple(
                SupervisionRecord(r.id, r.held_on, r.supervisor, r.summary)
                for r in rows(SupervisionRow, SupervisionRow.held_on)
            )
            w = RecordWriter(s, actor, self.clock())
            w.audit("mentor.view", OBJECT, row.id)
            return MentorDetail(
                summary=mentor_summary(row, open_matches),
                profile=mentor_profile(row),
                decision=Decision(row.decision),
                decision_by=row.decision_by,
                decision_on=row.decision_on,
                decision_reason=row.decision_reason,
                steps=steps,
                trainings=trainings,
                training_hours=sum(t.hours for t in trainings),
                certifications=certs,
                supervision=supervision,
            )
