"""Dialogs of the Matches screen: propose, start, close and hand off a match.

Each dialog's OK runs one service call; what cannot be read (a date that is not a date, no
reason chosen) is shown next to its field and nothing is sent.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QPlainTextEdit, QSpinBox, QWidget

from peerdesk.domain.match_rules import MAX_CADENCE_DAYS, CloseReason
from peerdesk.domain.mentor_rules import MentorSide, MentorStatus
from peerdesk.ui.form_dialog import FormDialog, Job
from peerdesk.ui.form_fields import DateField, DateInputError
from peerdesk.ui.mentor_finder import MentorFinder, MentorPlacesModel
from peerdesk.ui.mentor_labels import mentor_label
from peerdesk.ui.widgets import hint_label

if TYPE_CHECKING:
    from peerdesk.services.match_queries import MatchInfo
    from peerdesk.ui.session import UiSession


def cadence_box(days: int = 7) -> QSpinBox:
    """Planned contact every ``days`` days (1 to the rules' maximum)."""
    box = QSpinBox()
    box.setRange(1, MAX_CADENCE_DAYS)
    box.setValue(days)
    return box


class _DatedDialog(FormDialog):
    """A form dialog with helpers to read date fields into inline messages."""

    def _date_field(self, text: str, name: str, value: date | None) -> DateField:
        field = DateField()
        field.set_date(value)
        field.setAccessibleName(text.rstrip(":"))
        self.add_field(text, name, field)
        return field

    def _read(self, field: DateField, name: str) -> date | None:
        """The date typed, or ``None`` after showing why it cannot be read (or is empty)."""
        try:
            value = field.date_value()
        except DateInputError as exc:
            self.show_error(name, str(exc))
            return None
        if value is None:
            self.show_error(name, QCoreApplication.translate("MatchDialogs", "Type the date."))
        return value


class ProposeMatchDialog(_DatedDialog):
    """Propose a suggested mentor for a participant, with how often they plan to meet."""

    def __init__(
        self,
        session: UiSession,
        participant_id: str,
        participant_name: str,
        mentor_id: str,
        mentor_name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            session.runner,
            self.tr("Propose a match"),
            self.tr("%1 with mentor %2. Start the match once both have agreed.")
            .replace("%1", participant_name)
            .replace("%2", mentor_name),
            self.tr("Propose"),
            parent,
        )
        self._session = session
        self._ids = (participant_id, mentor_id)
        #: The match proposed, once OK has worked.
        self.made: MatchInfo | None = None
        self.cadence_box = cadence_box()
        self.cadence_box.setSuffix(self.tr(" days"))
        self.cadence_box.setAccessibleName(self.tr("Planned contact every"))
        self.add_field(
            self.tr("Planned contact every:"),
            "cadence_days",
            self.cadence_box,
            hint_label(self.tr("An alert shows when a contact is late.")),
        )
        self.date_edit = self._date_field(self.tr("Proposed on:"), "proposed_on", session.today())

    def job(self) -> Job | None:
        when = self._read(self.date_edit, "proposed_on")
        if when is None:
            return None
        s, (pid, mid), days = self._session, self._ids, self.cadence_box.value()
        return lambda: s.services.matches.propose(
            s.actor, pid, mid, cadence_days=days, proposed_on=when
        )

    def _done(self, result: Any) -> None:
        self.made = result
        super()._done(result)


class StartMatchDialog(_DatedDialog):
    """Start a proposed match on a date."""

    def __init__(self, session: UiSession, match: MatchInfo, parent: QWidget | None = None) -> None:
        super().__init__(
            session.runner,
            self.tr("Start the match"),
            self.tr("%1 with mentor %2.")
            .replace("%1", match.participant_name)
            .replace("%2", match.mentor_name),
            self.tr("Start"),
            parent,
        )
        self._session = session
        self._match_id = match.id
        self.date_edit = self._date_field(self.tr("Started on:"), "started_on", session.today())

    def job(self) -> Job | None:
        when = self._read(self.date_edit, "started_on")
        if when is None:
            return None
        s, mid = self._session, self._match_id
        return lambda: s.services.matches.start(s.actor, mid, when)


class CloseMatchDialog(_DatedDialog):
    """Close a match with a reason (a note is needed when the reason is "other")."""

    def __init__(self, session: UiSession, match: MatchInfo, parent: QWidget | None = None) -> None:
        super().__init__(
            session.runner,
            self.tr("Close the match"),
            self.tr("%1 with mentor %2. A closed match cannot be opened again.")
            .replace("%1", match.participant_name)
            .replace("%2", match.mentor_name),
            self.tr("Close match"),
            parent,
        )
        self._session = session
        self._match_id = match.id
        self.reason_combo = QComboBox()
        self.reason_combo.setAccessibleName(self.tr("Closing reason"))
        self.reason_combo.addItem(self.tr("Choose a reason…"), "")
        for reason in CloseReason:
            if reason is not CloseReason.RELEASED_HANDOFF:  # "Hand off" does that one
                self.reason_combo.addItem(mentor_label("close_reason", reason.value), reason.value)
        self.add_field(self.tr("Reason:"), "reason", self.reason_combo)
        self.date_edit = self._date_field(self.tr("Closed on:"), "closed_on", session.today())
        self.note_edit = QPlainTextEdit()
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setAccessibleName(self.tr("Note"))
        self.note_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 14)
        self.add_field(self.tr("Note:"), "note", self.note_edit)

    def job(self) -> Job | None:
        reason = str(self.reason_combo.currentData() or "")
        if not reason:
            self.show_error("reason", self.tr("Choose why the match is closing."))
            return None
        when = self._read(self.date_edit, "closed_on")
        if when is None:
            return None
        s, mid, note = self._session, self._match_id, self.note_edit.toPlainText()
        return lambda: s.services.matches.close(s.actor, mid, CloseReason(reason), when, note)


class HandoffDialog(_DatedDialog):
    """At release: close the facility match and continue with a community-side mentor.

    The community mentor is found by typing part of the name (active community-side mentors,
    with their free places; see :class:`MentorFinder`); Enter there takes the one selected and
    moves on to the date.
    """

    def __init__(self, session: UiSession, match: MatchInfo, parent: QWidget | None = None) -> None:
        super().__init__(
            session.runner,
            self.tr("Hand off at release"),
            self.tr(
                "%1's match with %2 closes and a match with the community mentor starts "
                "on the same day."
            )
            .replace("%1", match.participant_name)
            .replace("%2", match.mentor_name),
            self.tr("Hand off"),
            parent,
        )
        self._session = session
        self._match_id = match.id
        self.setMinimumWidth(560)
        self.finder = MentorFinder(
            session,
            MentorPlacesModel(),
            self.tr("Search for the community mentor"),
            status=MentorStatus.ACTIVE,
            side=MentorSide.COMMUNITY,
        )
        self.add_field(self.tr("Community mentor:"), "community_mentor_id", self.finder)
        self.date_edit = self._date_field(self.tr("Handoff on:"), "handoff_on", session.today())
        self.cadence_box = cadence_box(match.cadence_days)
        self.cadence_box.setSuffix(self.tr(" days"))
        self.cadence_box.setAccessibleName(self.tr("Planned contact every"))
        self.add_field(self.tr("Planned contact every:"), "cadence_days", self.cadence_box)
        self.finder.taken.connect(self.date_edit.setFocus)
        self.finder.said.connect(lambda _text: self.fit_to_screen())
        self.finder.load()

    def job(self) -> Job | None:
        mentor_id = self.finder.mentor_id()
        if not mentor_id:
            self.show_error("community_mentor_id", self.tr("Choose the community mentor."))
            return None
        when = self._read(self.date_edit, "handoff_on")
        if when is None:
            return None
        s, mid, days = self._session, self._match_id, self.cadence_box.value()
        return lambda: s.services.matches.handoff(s.actor, mid, mentor_id, when, cadence_days=days)
