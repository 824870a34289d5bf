"""Finding one participant by name or DOC number, for a report about them."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

from peerdesk.ui.report_messages import report_error_text

if TYPE_CHECKING:
    from peerdesk.services.participants import ParticipantPage
    from peerdesk.ui.session import UiSession

#: At most this many matches are offered; a longer list means the search should be narrower.
MAX_FOUND = 50


class ParticipantFinder(QWidget):
    """A search box, a Find button and the participants found (emits ``chosen(id)``).

    A DOC number typed without searching is used as it is: the report service looks it up.

    Args:
        session: the signed-in session.
        on_message: shows a message next to the finder ("" hides it).
    """

    chosen = Signal(str)

    def __init__(
        self, session: UiSession, on_message: Callable[[str], None], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._on_message = on_message
        self._docs: dict[str, str] = {}
        self.search = QLineEdit()
        self.search.setMaxLength(100)
        self.search.setPlaceholderText(self.tr("Name or DOC number"))
        self.search.setAccessibleName(self.tr("Participant's name or DOC number"))
        self.search.setClearButtonEnabled(True)
        self.search.returnPressed.connect(self.search_now)
        self.search.textEdited.connect(self._forget)
        self.find_button = QPushButton(self.tr("F&ind"))
        self.find_button.clicked.connect(self.search_now)
        self.results = QComboBox()
        self.results.setAccessibleName(self.tr("Participants found"))
        self.results.setVisible(False)
        self.results.currentIndexChanged.connect(self._picked)
        line = QHBoxLayout()
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.search, 1)
        line.addWidget(self.find_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(line)
        layout.addWidget(self.results)
        self.setFocusProxy(self.search)

    def search_now(self) -> None:
        """Search for the text typed (names and DOC numbers, as the participants list does)."""
        from peerdesk.services.participants import ParticipantQuery

        text = self.search.text().strip()
        self._forget()
        if not text:
            self._on_message(self.tr("Type a name or a DOC number first."))
            return
        service, actor = self._session.services.participants, self._session.actor
        query = ParticipantQuery(text=text, limit=MAX_FOUND)
        self._session.runner.run(
            lambda: service.search(actor, query),
            on_done=lambda page: self._found(text, page),
            on_error=lambda exc: self._on_message(report_error_text(exc)),
            owner=self,
        )

    def _found(self, text: str, page: ParticipantPage) -> None:
        if not page.rows:
            self._on_message(
                self.tr("No participant you can see matches “%1”.").replace("%1", text)
            )
            return
        self._on_message("")
        self.results.blockSignals(True)
        for row in page.rows:
            name = f"{row.legal_last_name}, {row.preferred_name or row.legal_first_name}"
            self.results.addItem(f"{name} · {row.doc_number}", row.id)
            self._docs[row.id] = row.doc_number
        self.results.blockSignals(False)
        self.results.setVisible(True)
        self.results.setCurrentIndex(0)
        self._picked()
        if page.total > len(page.rows):
            self._on_message(
                self.tr("Only the first %1 matches are shown; type more of the name.").replace(
                    "%1", str(len(page.rows))
                )
            )

    def _forget(self, *_args: object) -> None:
        if self._docs:
            self._docs.clear()
            self.results.clear()
            self.results.setVisible(False)
            self.chosen.emit("")

    def _picked(self, *_args: object) -> None:
        self.chosen.emit(self.participant_id())

    def participant_id(self) -> str:
        """The id of the participant chosen from the results ("" when none)."""
        data = self.results.currentData() if self.results.count() else ""
        return str(data or "")

    def doc_number(self) -> str:
        """The chosen participant's DOC number, else the text typed (as a DOC number)."""
        chosen = self.participant_id()
        return self._docs.get(chosen, "") if chosen else self.search.text().strip()
