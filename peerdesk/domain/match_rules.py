"""Match rules: statuses, closing reasons, and who may be matched with whom.

A match pairs one participant with one mentor. It is proposed, then started (active), may be
paused and resumed, and is closed with a reason. A participant has at most one open match with
a facility-side mentor and one with a community-side mentor, so a community mentor can be
proposed before release and take over at the handoff.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from peerdesk.domain.errors import ValidationError
from peerdesk.domain.mentor_rules import MentorStatus


class MatchStatus(StrEnum):
    PROPOSED = "proposed"
    ACTIVE = "active"
    PAUSED = "paused"
    CLOSED = "closed"


class CloseReason(StrEnum):
    COMPLETED = "completed"
    RELEASED_HANDOFF = "released_handoff"
    MENTOR_EXITED = "mentor_exited"
    PARTICIPANT_WITHDREW = "participant_withdrew"
    TRANSFERRED = "transferred"
    OTHER = "other"


#: Matches that count against a mentor's capacity and block a second match on the same side.
OPEN_STATUSES: frozenset[MatchStatus] = frozenset(
    {MatchStatus.PROPOSED, MatchStatus.ACTIVE, MatchStatus.PAUSED}
)

#: Participant statuses in which a match can be proposed, started or resumed.
MATCHABLE_PARTICIPANT_STATUSES = frozenset({"enrolled", "active", "released"})

#: Mentor statuses in which a match can be proposed (it can only start once they are active).
PROPOSABLE_MENTOR_STATUSES = frozenset({MentorStatus.IN_TRAINING, MentorStatus.ACTIVE})

MAX_CADENCE_DAYS = 90


@dataclass(frozen=True)
class Pairing:
    """What the eligibility rule needs to know about one participant and one mentor."""

    participant_id: str
    participant_status: str
    mentor_participant_id: str | None
    mentor_status: MentorStatus
    mentor_capacity: int
    #: The mentor's open matches, not counting the match being checked.
    mentor_open_matches: int
    #: A keep-separate is recorded between the mentor's own participant record and this one.
    keep_separate: bool
    #: Another open match of this participant with a mentor on the same side.
    other_open_on_side: bool


def check_pairing(p: Pairing, *, starting: bool) -> None:
    """Raise ``ValidationError`` unless the pairing may be proposed (or started, if ``starting``).

    Checked: the mentor is active (or in training, for a proposal); the mentor is not the
    participant; no keep-separate between them; the mentor has room; the participant is
    enrolled, active or released; and the participant has no other open match on that side.
    """
    allowed = {MentorStatus.ACTIVE} if starting else PROPOSABLE_MENTOR_STATUSES
    if p.mentor_status not in allowed:
        need = "active" if starting else "active or in training"
        raise ValidationError("mentor_id", f"The mentor must be {need}.")
    if p.mentor_participant_id is not None and p.mentor_participant_id == p.participant_id:
        raise ValidationError("mentor_id", "A person cannot be their own mentor.")
    if p.keep_separate:
        raise ValidationError(
            "mentor_id", "A keep-separate is recorded between this mentor and the participant."
        )
    if p.mentor_open_matches >= p.mentor_capacity:
        raise ValidationError(
            "mentor_id",
            f"The mentor is at capacity ({p.mentor_capacity} mentees at once).",
        )
    if p.participant_status not in MATCHABLE_PARTICIPANT_STATUSES:
        raise ValidationError(
            "participant_id", "Only an enrolled, active or released participant can be matched."
        )
    if p.other_open_on_side:
        raise ValidationError(
            "participant_id",
            "The participant already has an open match with a mentor on this side.",
        )


def check_cadence(days: int) -> int:
    if not 1 <= days <= MAX_CADENCE_DAYS:
        raise ValidationError(
            "cadence_days", f"Planned contact is every 1 to {MAX_CADENCE_DAYS} days."
        )
    return days


def check_move(current: MatchStatus, new: MatchStatus) -> None:
    """Proposed -> active; active <-> paused; any open match -> closed."""
    allowed = {
        MatchStatus.PROPOSED: {MatchStatus.ACTIVE, MatchStatus.CLOSED},
        MatchStatus.ACTIVE: {MatchStatus.PAUSED, MatchStatus.CLOSED},
        MatchStatus.PAUSED: {MatchStatus.ACTIVE, MatchStatus.CLOSED},
        MatchStatus.CLOSED: set(),
    }[current]
    if new not in allowed:
        raise ValidationError("status", f"A {current.value} match cannot become {new.value}.")


def check_close(
    reason: CloseReason, note: str, closed_on: date, opened_on: date, today: date
) -> None:
    """The closing date is between the start (or proposal) and today; "other" needs a note."""
    if closed_on > today:
        raise ValidationError("closed_on", "The closing date cannot be in the future.")
    if closed_on < opened_on:
        raise ValidationError("closed_on", "The closing date is before the match started.")
    if reason is CloseReason.OTHER and not note:
        raise ValidationError("note", "Say why the match closed when the reason is 'other'.")
