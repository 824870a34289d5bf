"""Table models of the Matches screen, and the matching reasons in the user's language."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any, ClassVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt

from peerdesk.ui.form_fields import format_date
from peerdesk.ui.labels import status_label
from peerdesk.ui.mentor_labels import mentor_label
from peerdesk.ui.paged_table_model import PagedRowTableModel
from peerdesk.ui.row_table_model import Index, RowTableModel

if TYPE_CHECKING:
    from peerdesk.domain.matching import Reason
    from peerdesk.services.match_queries import MatchInfo, MentorSuggestion
    from peerdesk.services.participants import ParticipantSummary

_CONTEXT = "MatchReasons"

#: The English sentences ``domain.matching`` writes, by reason code, with the value they hold
#: and the template shown instead (``%1`` is the value).
_REASON_TEMPLATES: dict[str, tuple[tuple[re.Pattern[str], str], ...]] = {
    "language": ((re.compile(r"Speaks (.+)"), QT_TRANSLATE_NOOP("MatchReasons", "Speaks %1")),),
    "county": (
        (
            re.compile(r"Both releasing to (.+)"),
            QT_TRANSLATE_NOOP("MatchReasons", "Both releasing to %1"),
        ),
        (
            re.compile(r"Based in (.+), the county of release"),
            QT_TRANSLATE_NOOP("MatchReasons", "Based in %1, the county of release"),
        ),
    ),
    "lived_experience": (
        (
            re.compile(r"Shared lived experience: (.+)"),
            QT_TRANSLATE_NOOP("MatchReasons", "Shared lived experience: %1"),
        ),
    ),
    "interest": (
        (
            re.compile(r"Shared interest: (.+)"),
            QT_TRANSLATE_NOOP("MatchReasons", "Shared interest: %1"),
        ),
    ),
    "age": (
        (
            re.compile(r"Age within (\d+) years"),
            QT_TRANSLATE_NOOP("MatchReasons", "Ages within %1 years of each other"),
        ),
    ),
    "gender": (
        (
            re.compile(r"Is the mentor gender asked for \((.+)\)"),
            QT_TRANSLATE_NOOP("MatchReasons", "The mentor gender asked for (%1)"),
        ),
    ),
    "room": (
        (
            re.compile(r"Has room for (\d+) more mentees?"),
            QT_TRANSLATE_NOOP("MatchReasons", "Room for more mentees: %1"),
        ),
    ),
}

#: Short names of the reason codes, for the list of suggestions.
_REASON_NAMES = {
    "language": QT_TRANSLATE_NOOP("MatchReasons", "language"),
    "county": QT_TRANSLATE_NOOP("MatchReasons", "county"),
    "lived_experience": QT_TRANSLATE_NOOP("MatchReasons", "lived experience"),
    "interest": QT_TRANSLATE_NOOP("MatchReasons", "interests"),
    "age": QT_TRANSLATE_NOOP("MatchReasons", "age"),
    "gender": QT_TRANSLATE_NOOP("MatchReasons", "gender asked for"),
    "room": QT_TRANSLATE_NOOP("MatchReasons", "capacity"),
}


def reason_text(reason: Reason) -> str:
    """The sentence of ``reason`` in the user's language.

    The reason's code picks the translated sentence and the value (a language, a county, a
    tag) is taken from the service's sentence; a sentence not known here is shown as it came.
    """
    for pattern, template in _REASON_TEMPLATES.get(reason.code, ()):
        found = pattern.fullmatch(reason.text)
        if found:
            value = found.group(1)
            if reason.code == "gender":
                value = mentor_label("gender", value)
            return QCoreApplication.translate(_CONTEXT, template).replace("%1", value)
    return reason.text


def reason_name(code: str) -> str:
    """The short translated name of a reason code (the code itself when unknown)."""
    name = _REASON_NAMES.get(code)
    return QCoreApplication.translate(_CONTEXT, name) if name is not None else code


class MatchTableModel(PagedRowTableModel["MatchInfo"]):
    """Matches: who with whom, status and dates."""

    CONTEXT: ClassVar[str] = "MatchTableModel"
    HEADERS: ClassVar[tuple[str, ...]] = (
        QT_TRANSLATE_NOOP("MatchTableModel", "Participant"),
        QT_TRANSLATE_NOOP("MatchTableModel", "Mentor"),
        QT_TRANSLATE_NOOP("MatchTableModel", "Side"),
        QT_TRANSLATE_NOOP("MatchTableModel", "Status"),
        QT_TRANSLATE_NOOP("MatchTableModel", "Proposed"),
        QT_TRANSLATE_NOOP("MatchTableModel", "Started"),
        QT_TRANSLATE_NOOP("MatchTableModel", "Contact every"),
        QT_TRANSLATE_NOOP("MatchTableModel", "Closed"),
        QT_TRANSLATE_NOOP("MatchTableModel", "Closing reason"),
    )

    def cell(self, row: MatchInfo, column: int) -> str:
        values: tuple[Any, ...] = (
            row.participant_name,
            row.mentor_name,
            mentor_label("side", row.mentor_side.value),
            mentor_label("match_status", row.status.value),
            format_date(row.proposed_on),
            format_date(row.started_on),
            QCoreApplication.translate("MatchTableModel", "%1 days").replace(
                "%1", str(row.cadence_days)
            ),
            format_date(row.closed_on),
            mentor_label("close_reason", row.close_reason.value) if row.close_reason else "",
        )
        return str(values[column])


class SuggestionTableModel(RowTableModel["MentorSuggestion"]):
    """Ranked mentors for one participant, best first, with what the score is made of."""

    CONTEXT: ClassVar[str] = "SuggestionTableModel"
    HEADERS: ClassVar[tuple[str, ...]] = (
        QT_TRANSLATE_NOOP("SuggestionTableModel", "#"),
        QT_TRANSLATE_NOOP("SuggestionTableModel", "Mentor"),
        QT_TRANSLATE_NOOP("SuggestionTableModel", "Side"),
        QT_TRANSLATE_NOOP("SuggestionTableModel", "Score"),
        QT_TRANSLATE_NOOP("SuggestionTableModel", "Free places"),
        QT_TRANSLATE_NOOP("SuggestionTableModel", "Because of"),
    )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and index.isValid() and index.column() == 0:
            return str(index.row() + 1) if index.row() < self.rowCount() else None
        return super().data(index, role)

    def cell(self, row: MentorSuggestion, column: int) -> str:
        values: tuple[Any, ...] = (
            "",
            row.mentor_name,
            mentor_label("side", row.side.value),
            row.score,
            row.room,
            ", ".join(dict.fromkeys(reason_name(r.code) for r in row.reasons)),
        )
        return str(values[column])


class ReasonTableModel(RowTableModel["Reason"]):
    """The reasons behind one suggestion's score, with their points."""

    CONTEXT: ClassVar[str] = "ReasonTableModel"
    HEADERS: ClassVar[tuple[str, ...]] = (
        QT_TRANSLATE_NOOP("ReasonTableModel", "Points"),
        QT_TRANSLATE_NOOP("ReasonTableModel", "Reason"),
    )

    def cell(self, row: Reason, column: int) -> str:
        return f"+{row.points}" if column == 0 else reason_text(row)


class ParticipantPickModel(RowTableModel["ParticipantSummary"]):
    """Participants found by the search, to choose whom to find a mentor for."""

    CONTEXT: ClassVar[str] = "ParticipantPickModel"
    HEADERS: ClassVar[tuple[str, ...]] = (
        QT_TRANSLATE_NOOP("ParticipantPickModel", "Name"),
        QT_TRANSLATE_NOOP("ParticipantPickModel", "DOC number"),
        QT_TRANSLATE_NOOP("ParticipantPickModel", "Status"),
    )

    def cell(self, row: ParticipantSummary, column: int) -> str:
        if column == 0:
            first = row.preferred_name or row.legal_first_name
            return f"{row.legal_last_name}, {first}"
        return row.doc_number if column == 1 else status_label(row.status.value)
