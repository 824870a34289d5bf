"""Find a participant, see the mentors ranked for them with the reasons, propose one."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from peerdesk.domain.mentor_rules import MentorSide
from peerdesk.domain.roles import Action
from peerdesk.ui.app_events import MATCHES
from peerdesk.ui.column_fit import fit_columns
from peerdesk.ui.match_dialogs import ProposeMatchDialog
from peerdesk.ui.match_models import ParticipantPickModel, ReasonTableModel, SuggestionTableModel
from peerdesk.ui.mentor_labels import mentor_label
from peerdesk.ui.messages import error_text
from peerdesk.ui.table_views import row_table, selected_row
from peerdesk.ui.widgets import hint_label, message_label, set_message

if TYPE_CHECKING:
    from peerdesk.services.match_queries import MentorSuggestion
    from peerdesk.services.participants import ParticipantPage, ParticipantSummary
    from peerdesk.ui.session import UiSession

SEARCH_DELAY_MS = 150
#: Participants listed for one search (type more of the name to narrow it).
SEARCH_LIMIT = 50
OK_STYLE = "color: #1b5e20; font-weight: bold;"


class MentorSuggestionsTab(QWidget):
    """Search a participant by name or DOC number; their ranked mentors and the reasons.

    Emits ``proposed(match_id)`` after a match was proposed. ``dialog`` holds the dialog open.
    """

    proposed = Signal(str)

    def __init__(self, session: UiSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._participant: ParticipantSummary | None = None
        self.dialog: QDialog | None = None

        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Search by name or DOC number"))
        self.search_edit.setAccessibleName(self.tr("Search participants"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setMaxLength(100)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.search)
        self.search_edit.textChanged.connect(lambda _t: self._timer.start())
        self.search_edit.returnPressed.connect(self._search_and_go)
        find = QShortcut(QKeySequence.StandardKey.Find, self)
        find.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        find.activated.connect(self._focus_search)

        self.people = ParticipantPickModel(self)
        self.people_table = row_table(self.people, self.tr("Participants found"), {0: 180, 1: 90})
        self.people_table.selectionModel().selectionChanged.connect(self._person_chosen)
        self.people_empty = QLabel()
        self.people_empty.setWordWrap(True)
        self.people_empty.setVisible(False)

        self.suggestions = SuggestionTableModel(self)
        self.suggestion_table = row_table(
            self.suggestions,
            self.tr("Suggested mentors"),
            {0: 40, 1: 180, 2: 90, 3: 60, 4: 100},
        )
        # Headers measured, not guessed: "Puntuación" was cut in a column sized for "Score".
        fit_columns(
            self.suggestion_table,
            {
                0: ["000"],
                2: [mentor_label("side", side.value) for side in MentorSide],
                3: ["100"],
                4: ["000"],
            },
        )
        fit_columns(self.people_table, {1: ["XXXXXXXXXX"]})
        self.suggestion_table.selectionModel().selectionChanged.connect(self._suggestion_chosen)
        self.suggestion_table.activated.connect(self._propose_index)
        self.reasons = ReasonTableModel(self)
        self.reason_table = row_table(self.reasons, self.tr("Reasons behind the score"), {0: 70})
        self.for_label = QLabel(self.tr("Choose a participant on the left."))
        self.for_label.setTextFormat(Qt.TextFormat.PlainText)
        self.for_label.setWordWrap(True)
        self.score_label = QLabel()
        self.score_label.setTextFormat(Qt.TextFormat.PlainText)
        self.empty_label = QLabel()
        self.empty_label.setWordWrap(True)
        self.empty_label.setVisible(False)
        self.message = message_label(style=OK_STYLE)
        self.error_label = message_label()

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.search_edit)
        left_layout.addWidget(self.people_table, 1)
        left_layout.addWidget(self.people_empty)
        left_layout.addWidget(hint_label(self.tr("Enter goes to the first person found.")))

        self.propose_button: QPushButton | None = None
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addStretch(1)
        if session.may(Action.MATCH_MANAGE):
            self.propose_button = QPushButton(self.tr("&Propose this mentor…"))
            self.propose_button.setToolTip(self.tr("Propose the mentor chosen (Enter on the list)"))
            self.propose_button.clicked.connect(self.propose_selected)
            buttons.addWidget(self.propose_button)
        reasons_box = QGroupBox(self.tr("Why this mentor"))
        reasons_layout = QVBoxLayout(reasons_box)
        reasons_layout.addWidget(self.score_label)
        reasons_layout.addWidget(self.reason_table, 1)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.for_label)
        right_layout.addWidget(self.error_label)
        right_layout.addWidget(self.suggestion_table, 2)
        right_layout.addWidget(self.empty_label)
        right_layout.addWidget(reasons_box, 3)
        right_layout.addLayout(buttons)

        splitter = QSplitter()
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([380, 620])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        self._update_button()

    # --- finding the participant -------------------------------------------------------------
    def _focus_search(self) -> None:
        self.search_edit.setFocus()
        self.search_edit.selectAll()

    def search(self, *, go_to_first: bool = False) -> None:
        """List the participants whose name or DOC number starts with what is typed."""
        from peerdesk.services.participants import ParticipantQuery

        self._timer.stop()
        text = self.search_edit.text().strip()
        s = self._session
        query = ParticipantQuery(text=text, limit=SEARCH_LIMIT)
        s.runner.run(
            lambda: s.services.participants.search(s.actor, query),
            on_done=lambda page: self._found(page, go_to_first),
            on_error=lambda exc: set_message(self.error_label, error_text(exc)),
            owner=self,
        )

    def _search_and_go(self) -> None:
        self.search(go_to_first=True)

    def _found(self, page: ParticipantPage, go_to_first: bool) -> None:
        self.people.set_rows(page.rows)
        if not page.rows:
            self.people_empty.setText(self.tr("Nobody matches the search."))
        elif page.total > len(page.rows):
            self.people_empty.setText(
                self.tr("The first %1 of %2: type more of the name to narrow the list.")
                .replace("%1", str(len(page.rows)))
                .replace("%2", str(page.total))
            )
        self.people_empty.setVisible(not page.rows or page.total > len(page.rows))
        if go_to_first and page.rows:
            self.people_table.setFocus()
            self.people_table.selectRow(0)

    def _person_chosen(self, *_args: object) -> None:
        row = selected_row(self.people_table)
        if 0 <= row < self.people.rowCount():
            self.show_suggestions_for(self.people.row(row))

    def show_person(self, person: ParticipantSummary) -> None:
        """List ``person`` alone (found by DOC number), chosen, with their ranked mentors:
        coming from their page, the left side says whom the suggestions are for."""
        self._timer.stop()
        self.search_edit.blockSignals(True)  # no search for the text put in the box
        self.search_edit.setText(person.doc_number)
        self.search_edit.blockSignals(False)
        self.people.set_rows([person])
        self.people_empty.setVisible(False)
        selection = self.people_table.selectionModel()
        selection.blockSignals(True)  # the suggestions are asked for once, below
        self.people_table.selectRow(0)
        selection.blockSignals(False)
        self.show_suggestions_for(person)

    # --- suggestions -------------------------------------------------------------------------
    def show_suggestions_for(self, person: ParticipantSummary) -> None:
        """Rank the mentors for ``person``."""
        self._participant = person
        first = person.preferred_name or person.legal_first_name
        self.for_label.setText(
            self.tr("Mentors for %1 (DOC %2), best first:")
            .replace("%1", f"{first} {person.legal_last_name}")
            .replace("%2", person.doc_number)
        )
        set_message(self.error_label, "")
        set_message(self.message, "")
        self.suggestions.set_rows([])
        self.reasons.set_rows([])
        self.score_label.setText("")
        if not self._session.may(Action.MATCH_MANAGE):
            self.empty_label.setText(self.tr("Your role does not see matching suggestions."))
            self.empty_label.setVisible(True)
            return
        s, pid = self._session, person.id
        s.runner.run(
            lambda: s.services.matches.suggest_mentors(s.actor, pid),
            on_done=lambda found: self._suggested(pid, found),
            on_error=self._failed,
            owner=self,
        )

    def _failed(self, exc: Exception) -> None:
        set_message(self.error_label, error_text(exc))
        self._update_button()

    def _suggested(self, participant_id: str, found: list[MentorSuggestion]) -> None:
        if self._participant is None or self._participant.id != participant_id:
            return
        self.suggestions.set_rows(found)
        self.empty_label.setText(
            self.tr(
                "No active mentor with free places can be suggested (mentors already "
                "matched with this person or kept apart from them are left out)."
            )
        )
        self.empty_label.setVisible(not found)
        if found:
            self.suggestion_table.selectRow(0)
        self._update_button()

    def selected_suggestion(self) -> MentorSuggestion | None:
        """The suggestion chosen in the list, if any."""
        row = selected_row(self.suggestion_table)
        return self.suggestions.row(row) if 0 <= row < self.suggestions.rowCount() else None

    def _suggestion_chosen(self, *_args: object) -> None:
        chosen = self.selected_suggestion()
        self.reasons.set_rows(chosen.reasons if chosen is not None else [])
        self.score_label.setText(
            self.tr("%1: score %2 of 100")
            .replace("%1", chosen.mentor_name)
            .replace("%2", str(chosen.score))
            if chosen is not None
            else ""
        )
        self._update_button()

    def _update_button(self) -> None:
        if self.propose_button is not None:
            self.propose_button.setEnabled(self.selected_suggestion() is not None)

    # --- proposing -------------------------------------------------------------------------
    def _propose_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self.propose_selected()

    def propose_selected(self) -> None:
        """Open the dialog proposing the chosen mentor for the chosen participant."""
        chosen, person = self.selected_suggestion(), self._participant
        if chosen is None or person is None or self.propose_button is None:
            return
        first = person.preferred_name or person.legal_first_name
        dialog = ProposeMatchDialog(
            self._session,
            person.id,
            f"{first} {person.legal_last_name}",
            chosen.mentor_id,
            chosen.mentor_name,
            self,
        )

        def finished(result: int) -> None:
            self.dialog = None
            dialog.deleteLater()
            if result != QDialog.DialogCode.Accepted or dialog.made is None:
                return
            self._session.events.announce(MATCHES)
            if self._participant is not None:
                self.show_suggestions_for(self._participant)  # that mentor is now left out
            set_message(
                self.message, self.tr("The match was proposed. Start it on the list of matches.")
            )
            self.proposed.emit(dialog.made.id)

        dialog.finished.connect(finished)
        self.dialog = dialog
        dialog.open()
