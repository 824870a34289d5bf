"""The list of matches with a status filter, and what can be done to the selected one."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from peerdesk.domain.match_rules import OPEN_STATUSES, MatchStatus
from peerdesk.domain.mentor_rules import MentorSide
from peerdesk.domain.roles import Action
from peerdesk.services.match_list import MATCH_PAGE, MAX_ROWS
from peerdesk.ui.app_events import MATCHES, MENTORS, PARTICIPANTS
from peerdesk.ui.column_fit import fit_columns
from peerdesk.ui.dashboard_alerts import LatestOnly
from peerdesk.ui.flow_layout import FlowLayout
from peerdesk.ui.form_fields import format_date
from peerdesk.ui.match_dialogs import CloseMatchDialog, HandoffDialog, StartMatchDialog
from peerdesk.ui.match_models import MatchTableModel
from peerdesk.ui.mentor_labels import mentor_label
from peerdesk.ui.messages import error_text
from peerdesk.ui.search_box import search_box
from peerdesk.ui.show_more import more_button, show_remaining
from peerdesk.ui.table_views import row_table, selected_row
from peerdesk.ui.widgets import message_label, set_message

if TYPE_CHECKING:
    from peerdesk.services.match_list import MatchPage
    from peerdesk.services.match_queries import MatchInfo
    from peerdesk.ui.session import UiSession

OK_STYLE = "color: #1b5e20; font-weight: bold;"
#: The filter's choices: "open" (proposed, active, paused), one status, or "" for any.
OPEN = "open"
#: Only measured, never shown: a long name, and the widest date, so the columns hold them at
#: any text size (200% text clipped the dates in 85-pixel columns).
NAME_SAMPLE = "Alejandra Fernandez"
DATE_SAMPLE = format_date(date(2026, 12, 28))


class MatchListTab(QWidget):
    """Matches by status; start, pause, resume, close or hand off the selected one.

    The list is read a page at a time (sorted, filtered and counted in SQL); "Show more"
    reads the next page alone and adds it at the end. The buttons are there only for a role
    that may manage matches. ``dialog`` holds the dialog open (for tests). With
    ``for_participant`` it is a participant page's tab: the matches of the participant shown
    (:meth:`show_participant`), of any status at first, and "Find a mentor…" emits
    ``find_mentor_requested`` with their id (the Matches section ranks the mentors for them).
    """

    find_mentor_requested = Signal(str)

    def __init__(
        self, session: UiSession, parent: QWidget | None = None, *, for_participant: bool = False
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._for_participant = for_participant
        self.participant_id: str | None = None
        self.dialog: QDialog | None = None
        self._jobs = LatestOnly(session.runner, self)
        #: Matches read per page ("Show more" adds this many).
        self.page_size = MATCH_PAGE
        #: How many matches the filter finds in all.
        self.total = 0
        self.loading = False
        self.model = MatchTableModel(self)
        self.status_combo = QComboBox()
        self.status_combo.setAccessibleName(self.tr("Match status"))
        self.status_combo.addItem(self.tr("Open (proposed, active, paused)"), OPEN)
        for status in MatchStatus:
            self.status_combo.addItem(mentor_label("match_status", status.value), status.value)
        self.status_combo.addItem(self.tr("Any status"), "")
        if for_participant:  # the whole history: open matches first, then the newest
            self.status_combo.setCurrentIndex(self.status_combo.count() - 1)
        self.status_combo.currentIndexChanged.connect(self.restart)
        #: The participant's name or DOC number starts with this (the Matches section only).
        self.search_edit, self._search_timer = search_box(
            self,
            self.tr("Participant name or DOC number"),
            self.tr("Search matches by participant"),
            self.restart,
        )
        self.count_label = QLabel()
        self.table = row_table(
            self.model,
            self.tr("Matches"),
            {0: 170, 1: 150, 2: 85, 3: 80, 4: 95, 5: 95, 6: 100, 7: 95},
        )
        # Wide enough for every translated label and header ("Contacto cada", "En pausa").
        fit_columns(
            self.table,
            {
                0: [NAME_SAMPLE],
                1: [NAME_SAMPLE],
                4: [DATE_SAMPLE],
                5: [DATE_SAMPLE],
                7: [DATE_SAMPLE],
                2: [mentor_label("side", s.value) for s in MentorSide],
                3: [mentor_label("match_status", s.value) for s in MatchStatus],
                6: [QCoreApplication.translate("MatchTableModel", "%1 days").replace("%1", "999")],
            },
        )
        if for_participant:
            self.table.setColumnHidden(0, True)  # the page already says whose matches
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.empty_label = QLabel()
        self.empty_label.setVisible(False)
        self.more_button = more_button(self.show_more)
        self.message = message_label(style=OK_STYLE)
        self.error_label = message_label()

        filters = QHBoxLayout()
        status_label = QLabel(self.tr("&Status:"))
        status_label.setBuddy(self.status_combo)
        filters.addWidget(status_label)
        filters.addWidget(self.status_combo)
        if for_participant:  # one person's matches: nothing to search
            self.search_edit.setVisible(False)
            filters.addStretch(1)
            filters.addWidget(self.count_label)
        else:
            search_label = QLabel(self.tr("S&earch:"))
            search_label.setBuddy(self.search_edit)
            filters.addWidget(search_label)
            filters.addWidget(self.search_edit, 1)
            QShortcut(QKeySequence.StandardKey.Find, self, self.search_edit.setFocus)

        self.buttons: dict[str, QPushButton] = {}
        messages = QHBoxLayout()
        messages.addWidget(self.message, 1)
        messages.addWidget(self.error_label, 1)
        # More lines when narrow: at 200 % text in Spanish one row is wider than the page.
        actions = FlowLayout(align_right=True)
        self.find_mentor_button: QPushButton | None = None
        if for_participant and session.may(Action.MATCH_MANAGE):
            self.find_mentor_button = QPushButton(self.tr("&Find a mentor…"))
            self.find_mentor_button.setToolTip(
                self.tr("The mentors suggested for this participant, in the Matches section")
            )
            self.find_mentor_button.clicked.connect(self._find_mentor)
            actions.addWidget(self.find_mentor_button)
        if session.may(Action.MATCH_MANAGE):
            specs: list[tuple[str, str, Callable[[], None]]] = [
                ("start", self.tr("S&tart…"), self.start_selected),
                ("pause", self.tr("&Pause"), self.pause_selected),
                ("resume", self.tr("&Resume"), self.resume_selected),
                ("close", self.tr("C&lose…"), self.close_selected),
                ("handoff", self.tr("&Hand off at release…"), self.handoff_selected),
            ]
            for key, text, slot in specs:
                button = QPushButton(text)
                button.clicked.connect(slot)
                self.buttons[key] = button
                actions.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        if not for_participant:
            layout.addWidget(self.count_label)
        layout.addWidget(self.table, 1)
        more = QHBoxLayout()
        more.addWidget(self.empty_label)
        more.addWidget(self.more_button)
        more.addStretch(1)
        layout.addLayout(more)
        layout.addLayout(messages)
        layout.addLayout(actions)
        self._update_buttons()
        session.events.changed.connect(self._on_changed)

    # --- reading -------------------------------------------------------------------------
    def statuses(self) -> tuple[MatchStatus, ...]:
        """The statuses the filter asks for (empty: any)."""
        value = str(self.status_combo.currentData())
        if value == OPEN:
            return tuple(s for s in MatchStatus if s in OPEN_STATUSES)
        return (MatchStatus(value),) if value else ()

    def show_participant(self, participant_id: str) -> None:
        """Show the matches of ``participant_id`` (the participant page's tab)."""
        self.participant_id = participant_id
        self.restart()

    def restart(self, *_args: object) -> None:
        """Read the first page for the filter and search chosen (a new list)."""
        self.model.set_rows([])
        self.reload()

    def reload(self, *_args: object) -> None:
        """Read the list again from the first match, as many as are listed now."""
        if self._for_participant and self.participant_id is None:
            return  # no participant opened yet
        self._search_timer.stop()
        self._jobs.cancel()  # a page asked for before now would not fit the new list
        self._read(min(max(self.page_size, self.model.rowCount()), MAX_ROWS), 0)

    def show_more(self) -> None:
        """Add the next page to the list (reads that page alone)."""
        listed = self.model.rowCount()
        if self.loading or listed >= self.total:
            return
        self.more_button.setEnabled(False)
        self.more_button.setText(self.tr("Loading…"))
        self._read(self.page_size, listed)

    def _read(self, limit: int, offset: int) -> None:
        s, statuses, pid = self._session, self.statuses(), self.participant_id
        search = "" if self._for_participant else self.search_edit.text()
        self.loading = True
        set_message(self.error_label, "")
        self._jobs.run(
            lambda: s.services.match_list.list_page(
                s.actor,
                statuses=statuses,
                participant_id=pid,
                search=search,
                limit=limit,
                offset=offset,
            ),
            on_done=lambda page: self._loaded(page, pid),
            on_error=self._failed,
        )

    def _failed(self, exc: Exception) -> None:
        self.loading = False
        set_message(self.error_label, error_text(exc))
        self._show_more_button()

    def _loaded(self, page: MatchPage, participant_id: str | None = None) -> None:
        if participant_id != self.participant_id:
            return  # another participant was opened meanwhile
        self.loading = False
        self.total = page.total
        if page.offset == 0:
            chosen = self.selected()
            self.model.set_rows(page.rows)
            if chosen is not None:
                self.select_match(chosen.id)
            if page.rows and self.selected() is None:
                self.table.selectRow(0)
        elif page.offset == self.model.rowCount():  # "show more": go to the first new one
            self.model.append_rows(page.rows)
            if page.rows:
                self.table.selectRow(page.offset)
                index = self.model.index(page.offset, 0)
                self.table.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtTop)
        self._show_count()
        self._update_buttons()

    def _show_count(self) -> None:
        listed, total = self.model.rowCount(), self.total
        if total > listed:
            text = self.tr("%n match(es), %1 listed", "", total).replace("%1", str(listed))
        else:
            text = self.tr("%n match(es)", "", total)
        self.count_label.setText(text)
        self.count_label.setAccessibleName(text)
        if self.search_edit.text().strip() and not self._for_participant:
            self.empty_label.setText(self.tr("No matches for this search and status."))
        else:
            self.empty_label.setText(self.tr("No matches with this status."))
        self.empty_label.setVisible(total == 0)
        self._show_more_button()

    def _show_more_button(self) -> None:
        show_remaining(
            self.more_button,
            self.total - self.model.rowCount(),
            self.page_size,
            self.tr("Show %1 &more"),
            self.tr("Show %1 more matches"),
        )

    def _on_changed(self, what: frozenset[str]) -> None:
        # On a participant's page the page reads its tab again after a change to matches or
        # participants; reading here too would read it twice.
        watched = {MENTORS} if self._for_participant else {MATCHES, MENTORS, PARTICIPANTS}
        if what & watched:
            self.reload()

    def _find_mentor(self) -> None:
        if self.participant_id is not None:
            self.find_mentor_requested.emit(self.participant_id)

    def selected(self) -> MatchInfo | None:
        """The match selected, if any."""
        row = selected_row(self.table)
        return self.model.row(row) if 0 <= row < self.model.rowCount() else None

    def select_match(self, match_id: str) -> None:
        """Select the match ``match_id`` when it is listed."""
        for i in range(self.model.rowCount()):
            if self.model.row(i).id == match_id:
                self.table.selectRow(i)

    def _update_buttons(self, *_args: object) -> None:
        m = self.selected()
        status = m.status if m is not None else None
        enabled = {
            "start": status is MatchStatus.PROPOSED,
            "pause": status is MatchStatus.ACTIVE,
            "resume": status is MatchStatus.PAUSED,
            "close": status in OPEN_STATUSES,
            "handoff": m is not None
            and status in (MatchStatus.ACTIVE, MatchStatus.PAUSED)
            and m.mentor_side is MentorSide.FACILITY,
        }
        for key, button in self.buttons.items():
            button.setEnabled(enabled[key])

    # --- changing --------------------------------------------------------------------------
    def _changed(self, text: str) -> None:
        set_message(self.error_label, "")
        set_message(self.message, text)
        self._session.events.announce(MATCHES)

    def _open(self, dialog: QDialog, done_text: str) -> None:
        def finished(result: int) -> None:
            self.dialog = None
            if result == QDialog.DialogCode.Accepted:
                self._changed(done_text)
            dialog.deleteLater()

        set_message(self.message, "")
        set_message(self.error_label, "")
        dialog.finished.connect(finished)
        self.dialog = dialog
        dialog.open()

    def _call(self, job: Callable[[], Any], done_text: str) -> None:
        set_message(self.message, "")
        self._session.runner.run(
            job,
            on_done=lambda _r: self._changed(done_text),
            on_error=lambda exc: set_message(self.error_label, error_text(exc)),
            owner=self,
        )

    def start_selected(self) -> None:
        """Ask for the start date of the selected (proposed) match."""
        m = self.selected()
        if m is not None and m.status is MatchStatus.PROPOSED:
            self._open(StartMatchDialog(self._session, m, self), self.tr("The match started."))

    def pause_selected(self) -> None:
        """Pause the selected active match."""
        m, s = self.selected(), self._session
        if m is not None and m.status is MatchStatus.ACTIVE:
            mid = m.id
            self._call(
                lambda: s.services.matches.pause(s.actor, mid), self.tr("The match is paused.")
            )

    def resume_selected(self) -> None:
        """Resume the selected paused match."""
        m, s = self.selected(), self._session
        if m is not None and m.status is MatchStatus.PAUSED:
            mid = m.id
            self._call(
                lambda: s.services.matches.resume(s.actor, mid),
                self.tr("The match is active again."),
            )

    def close_selected(self) -> None:
        """Ask why and when the selected open match closes."""
        m = self.selected()
        if m is not None and m.status in OPEN_STATUSES:
            self._open(CloseMatchDialog(self._session, m, self), self.tr("The match is closed."))

    def handoff_selected(self) -> None:
        """Ask whom to hand the selected facility match off to (the dialog finds them)."""
        m = self.selected()
        if m is None or m.mentor_side is not MentorSide.FACILITY:
            return
        self._open(
            HandoffDialog(self._session, m, self),
            self.tr("The match was handed off to the community mentor."),
        )
