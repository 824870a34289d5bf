"""Mentor use cases: create (from a participant or typed), edit, status, account link, read.

Selection steps and the decision are in ``services.mentor_selection``; training,
certifications and supervision in ``services.mentor_training``; the list and the whole record
(``list_mentors``, ``get``, ``MentorSummary``, ``MentorDetail``) in ``services.mentor_queries``.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from peerdesk.db.models import (
    MentorRow,
    ParticipantRow,
    UserRow,
)
from peerdesk.domain.errors import NotFound, ValidationError
from peerdesk.domain.mentor_rules import (
    Decision,
    MentorProfile,
    MentorSide,
    MentorStatus,
    PersonKind,
    check_status_change,
    choice,
    clean_mentor_profile,
    gender_from_identity,
    not_future,
    split_tags,
)
from peerdesk.domain.roles import Action, Role
from peerdesk.services.actor import Actor
from peerdesk.services.mentor_base import (
    count_open,
    load_mentor,
    mentor_state,
)
from peerdesk.services.mentor_queries import (
    MentorDetail,
    MentorQueries,
    MentorSummary,
    mentor_summary,
)
from peerdesk.services.mentor_selection import MentorSelection
from peerdesk.services.mentor_training import (
    MentorTraining,
)
from peerdesk.services.records import RecordWriter, ServiceBase
from peerdesk.services.visibility import visible_participants

OBJECT = "mentor"

__all__ = ["OBJECT", "MentorDetail", "MentorService", "MentorSummary"]


def _columns(p: MentorProfile) -> dict[str, Any]:
    return {
        "last_name": p.last_name,
        "first_name": p.first_name,
        "side": p.side.value,
        "date_of_birth": p.date_of_birth,
        "gender": p.gender.value,
        "languages": ",".join(p.languages),
        "county": p.county,
        "lived_experience": ",".join(p.lived_experience),
        "interests": ",".join(p.interests),
        "capacity": p.capacity,
        "agreement_signed_on": p.agreement_signed_on,
    }


class MentorService(MentorSelection, MentorTraining, MentorQueries, ServiceBase):
    """Peer educators and mentors: their record, selection, training, status and account link.

    Selection (``record_step``, ``decide``) comes from ``MentorSelection``; training,
    certifications and supervision from ``MentorTraining``; reading from ``MentorQueries``.
    """

    # --- creating ----------------------------------------------------------------------------
    def create_from_participant(
        self,
        actor: Actor,
        participant_id: str,
        *,
        side: MentorSide,
        capacity: int = 3,
        status_date: date | None = None,
    ) -> MentorSummary:
        """Make a (current or former) participant an applicant mentor.

        Name, date of birth, language, county, lived experience, interests and (when it is
        clear) gender are copied from the participant's record.
        """
        self._require(actor, Action.MENTOR_MANAGE, OBJECT)
        with self.store.uow() as uow:
            s = uow.session
            p = s.scalars(
                select(ParticipantRow).where(
                    ParticipantRow.id == participant_id,
                    ParticipantRow.deleted.is_(False),
                    visible_participants(actor),
                )
            ).first()
            if p is None:
                raise NotFound("participant", participant_id)
            profile = MentorProfile(
                last_name=p.legal_last_name,
                first_name=p.legal_first_name,
                side=side,
                date_of_birth=p.date_of_birth,
                gender=gender_from_identity(p.gender_identity),
                languages=(p.primary_language,) if p.primary_language else (),
                county=p.release_county,
                lived_experience=split_tags(p.lived_experience),
                interests=split_tags(p.interests),
                capacity=capacity,
            )
            taken = s.scalar(
                select(MentorRow.id).where(
                    MentorRow.participant_id == p.id,
                    MentorRow.deleted.is_(False),
                    MentorRow.status != MentorStatus.EXITED.value,
                )
            )
            if taken:
                raise ValidationError("participant_id", "This person already has a mentor record.")
            return self._insert(s, actor, PersonKind.PARTICIPANT, profile, p.id, status_date)

    def create(
        self,
        actor: Actor,
        person_kind: PersonKind,
        profile: MentorProfile,
        *,
        status_date: date | None = None,
    ) -> MentorSummary:
        """Add a staff member or community volunteer as an applicant mentor."""
        self._require(actor, Action.MENTOR_MANAGE, OBJECT)
        person_kind = choice(PersonKind, person_kind, "person_kind", "The kind of person")
        if person_kind is PersonKind.PARTICIPANT:
            raise ValidationError(
                "person_kind", "Make a mentor from the participant's record instead."
            )
        with self.store.uow() as uow:
            return self._insert(uow.session, actor, person_kind, profile, None, status_date)

    def _insert(
        self,
        s: Session,
        actor: Actor,
        kind: PersonKind,
        profile: MentorProfile,
        participant_id: str | None,
        status_date: date | None,
    ) -> MentorSummary:
        today = self._today()
        p = clean_mentor_profile(profile, today)
        when = status_date or today
        not_future(when, today, "status_date")
        if p.date_of_birth is not None and when <= p.date_of_birth:
            raise ValidationError("status_date", "The status date must be after the date of birth.")
        w = RecordWriter(s, actor, self.clock())
        row = w.insert(
            MentorRow,
            person_kind=kind.value,
            participant_id=participant_id,
            user_id=None,
            status=MentorStatus.APPLICANT.value,
            status_date=when,
            decision=Decision.NONE.value,
            decision_by="",
            decision_on=None,
            decision_reason="",
            **_columns(p),
        )
        w.audit("mentor.create", OBJECT, row.id)
        return mentor_summary(row, 0)

    # --- changing ----------------------------------------------------------------------------
    def update(self, actor: Actor, mentor_id: str, profile: MentorProfile) -> bool:
        """Save an edited profile; returns False when nothing changed (nothing is written)."""
        self._require(actor, Action.MENTOR_MANAGE, OBJECT, mentor_id)
        p = clean_mentor_profile(profile, self._today())
        with self.store.uow() as uow:
            s = uow.session
            row = load_mentor(s, mentor_id)
            open_matches, _ = count_open(s, row.id)
            if p.capacity < open_matches:
                raise ValidationError(
                    "capacity",
                    f"The mentor has {open_matches} open matches; capacity cannot be lower.",
                )
            if open_matches and p.side.value != row.side:
                raise ValidationError(
                    "side", "Close or hand off the mentor's open matches before changing side."
                )
            if row.status in (MentorStatus.ACTIVE.value, MentorStatus.INACTIVE.value) and (
                p.agreement_signed_on is None or p.agreement_signed_on > row.status_date
            ):
                raise ValidationError(
                    "agreement_signed_on",
                    "An active mentor's agreement must be signed on or before their status date.",
                )
            if p.date_of_birth is not None and p.date_of_birth >= row.status_date:
                raise ValidationError(
                    "date_of_birth", "The date of birth must be before the status date."
                )
            w = RecordWriter(s, actor, self.clock())
            if not w.update(row, **_columns(p)):
                return False
            w.audit("mentor.update", OBJECT, row.id)
            return True

    def change_status(self, actor: Actor, mentor_id: str, status: MentorStatus, when: date) -> None:
        """Move a mentor to a new status on ``when`` (see ``mentor_rules.check_status_change``)."""
        self._require(actor, Action.MENTOR_MANAGE, OBJECT, mentor_id)
        status = choice(MentorStatus, status, "status", "The status")
        not_future(when, self._today(), "effective_date")
        with self.store.uow() as uow:
            s = uow.session
            row = load_mentor(s, mentor_id)
            open_matches, running = count_open(s, row.id)
            check_status_change(mentor_state(row), status, when, open_matches, running)
            w = RecordWriter(s, actor, self.clock())
            w.update(row, status=status.value, status_date=when)
            w.audit("mentor.status", OBJECT, row.id)

    def link_user(self, actor: Actor, mentor_id: str, user_id: str | None) -> None:
        """Link the mentor to a peer educator's account (or unlink, with ``None``).

        The account then sees this mentor's mentees and records their contacts.
        """
        self._require(actor, Action.MENTOR_MANAGE, OBJECT, mentor_id)
        with self.store.uow() as uow:
            s = uow.session
            row = load_mentor(s, mentor_id)
            if user_id is not None:
                user = s.get(UserRow, user_id)
                if user is None or not user.active or user.role != Role.PEER_EDUCATOR.value:
                    raise ValidationError(
                        "user_id", "Only an active peer educator account can be linked."
                    )
                other = s.scalar(
                    select(MentorRow.id).where(
                        MentorRow.user_id == user_id,
                        MentorRow.id != row.id,
                        MentorRow.deleted.is_(False),
                        MentorRow.status != MentorStatus.EXITED.value,
                    )
                )
                if other:
                    raise ValidationError(
                        "user_id", "This account is already linked to another mentor."
                    )
            w = RecordWriter(s, actor, self.clock())
            if w.update(row, user_id=user_id):
                w.audit("mentor.link_user", OBJECT, row.id)
