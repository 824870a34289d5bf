"""Finding the open match a one-on-one contact is for, by what a person types.

The contact dialog searches as the person types: the participant's name, their DOC number or
the mentor's name. The search runs in SQL over the visible open matches (a peer educator sees
only their own), one short page at a time, so it stays quick with 100,000 participants.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import ColumnElement, and_, false, or_, select
from sqlalchemy.orm import Session

from peerdesk.db.models import MatchRow, MentorRow, ParticipantRow
from peerdesk.domain.errors import ValidationError
from peerdesk.domain.roles import Action, is_allowed
from peerdesk.domain.text_keys import fold
from peerdesk.services.actor import Actor
from peerdesk.services.participant_search import prefix_range
from peerdesk.services.visibility import visible_participants

#: Match statuses in which contacts are recorded.
CONTACT_MATCH_STATUSES = ("active", "paused")
#: Longest search text accepted (a name and a DOC number fit many times over). The message
#: of :func:`check_search` gives the number: change both together.
MAX_SEARCH_LENGTH = 100
#: Most matches one search returns; a longer list means the person should type more.
MAX_PAGE = 200
#: Words of the search text used (each must match a name; more add nothing useful).
MAX_WORDS = 4


@dataclass(frozen=True)
class MatchChoice:
    """An open match as the contact dialog offers it."""

    id: str
    participant_id: str
    participant_name: str
    doc_number: str
    mentor_name: str
    started_on: date


@dataclass(frozen=True)
class MatchChoicePage:
    """The matches found, in name order, and whether more matched than were returned."""

    rows: tuple[MatchChoice, ...]
    more: bool


def _mentors_by_word(s: Session, words: list[str]) -> dict[str, list[str]]:
    """For each word, the mentors one of whose names starts with it (accents folded).

    Mentors number in the hundreds at most, and their names have no folded search column:
    they are folded here, and the search below filters matches by mentor id.
    """
    found: dict[str, list[str]] = {w: [] for w in words}
    rows = s.execute(
        select(MentorRow.id, MentorRow.first_name, MentorRow.last_name).where(
            MentorRow.deleted.is_(False)
        )
    )
    for mentor_id, first, last in rows:
        names = fold(f"{first} {last}").split()
        for word in words:
            if any(name.startswith(word) for name in names):
                found[word].append(mentor_id)
    return found


def _named(word: str) -> ColumnElement[bool]:
    """The participant's last or first name starts with ``word`` (folded)."""
    return or_(
        prefix_range(ParticipantRow.search_last, word),
        prefix_range(ParticipantRow.search_first, word),
    )


def _matching(s: Session, text: str, narrow: bool) -> ColumnElement[bool]:
    """Condition on matches joined to participants: every word starts a name of the
    participant or of the mentor, or the whole text starts the DOC number.

    With ``narrow``, the first word (or the DOC number) also narrows the matches through
    indexes first: participants whose name or DOC number starts with it, and mentors whose
    name does; without that SQLite reads every open match for each key typed. Not for a
    peer educator: their own few matches are the better place to start.
    """
    words = fold(text).split()[:MAX_WORDS]
    mentors = _mentors_by_word(s, words)
    doc = text.upper() if " " not in text else ""
    first_people = [_named(words[0])] if words else []
    if doc:
        first_people.append(prefix_range(ParticipantRow.doc_number, doc))
    if not first_people:
        return false()
    candidates = or_(
        MatchRow.participant_id.in_(select(ParticipantRow.id).where(or_(*first_people))),
        MatchRow.mentor_id.in_(mentors[words[0]]) if words and mentors[words[0]] else false(),
    )
    by_doc = prefix_range(ParticipantRow.doc_number, doc) if doc else false()
    if words:
        every_word = and_(
            *(
                or_(_named(w), MatchRow.mentor_id.in_(mentors[w]) if mentors[w] else false())
                for w in words
            )
        )
        wanted = or_(every_word, by_doc)
    else:  # only signs typed ("-", "#12"): the DOC number alone
        wanted = by_doc
    return and_(candidates, wanted) if narrow else wanted


def check_search(text: str, limit: int) -> tuple[str, int]:
    """The search text stripped, and the page size kept within 1..:data:`MAX_PAGE`.

    Raises:
        ValidationError: the text is longer than :data:`MAX_SEARCH_LENGTH`.
    """
    text = text.strip()
    if len(text) > MAX_SEARCH_LENGTH:
        raise ValidationError("text", "Type at most 100 characters to search.")
    return text, max(1, min(limit, MAX_PAGE))


def find_open_matches(
    s: Session, actor: Actor, visible: ColumnElement[bool], text: str, limit: int
) -> MatchChoicePage:
    """Active or paused matches ``actor`` may see whose participant or mentor matches ``text``.

    Every word typed must start the participant's last or first name or the mentor's; or
    the whole text must start the DOC number. An empty text lists the first ``limit`` by
    the participant's name.

    Args:
        s: an open session.
        actor: who searches (their visibility applies).
        visible: the condition on ``MatchRow`` of the matches the actor may see.
        text: what was typed (checked by :func:`check_search`).
        limit: the page size (checked by :func:`check_search`).
    """
    stmt = (
        select(
            MatchRow.id,
            MatchRow.participant_id,
            ParticipantRow.legal_last_name,
            ParticipantRow.preferred_name,
            ParticipantRow.legal_first_name,
            ParticipantRow.doc_number,
            MentorRow.first_name,
            MentorRow.last_name,
            MatchRow.started_on,
            MatchRow.proposed_on,
        )
        .join(ParticipantRow, ParticipantRow.id == MatchRow.participant_id)
        .join(MentorRow, MentorRow.id == MatchRow.mentor_id)
        .where(
            MatchRow.deleted.is_(False),
            MatchRow.status.in_(CONTACT_MATCH_STATUSES),
            ParticipantRow.deleted.is_(False),
            visible_participants(actor),
            visible,
        )
    )
    if text:
        stmt = stmt.where(_matching(s, text, is_allowed(actor.role, Action.PARTICIPANT_VIEW_ALL)))
    stmt = stmt.order_by(
        ParticipantRow.search_last, ParticipantRow.search_first, MatchRow.id
    ).limit(limit + 1)
    rows = [
        MatchChoice(
            match_id,
            participant_id,
            f"{last}, {preferred or first}",
            doc,
            f"{mentor_first} {mentor_last}",
            started or proposed,
        )
        for (
            match_id,
            participant_id,
            last,
            preferred,
            first,
            doc,
            mentor_first,
            mentor_last,
            started,
            proposed,
        ) in s.execute(stmt)
    ]
    return MatchChoicePage(tuple(rows[:limit]), len(rows) > limit)
