"""One participant: the profile form (new or existing), the timeline, and their screening,
needs, consent, pathway, matches, goals, referrals, incentives and outcomes, in tabs."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from peerdesk.domain.errors import ValidationError
from peerdesk.domain.navigation import RecordTab, record_tabs
from peerdesk.domain.roles import Action
from peerdesk.ui.app_events import CONTACTS, GROUPS, MATCHES, PARTICIPANTS, SESSIONS, SYNC
from peerdesk.ui.consent_tab import ConsentTab
from peerdesk.ui.current_page_fit import fit_current_page
from peerdesk.ui.duplicate_warning import DuplicateWarning
from peerdesk.ui.form_fields import format_date
from peerdesk.ui.goals_tab import GoalsTab
from peerdesk.ui.incentives_tab import IncentivesTab
from peerdesk.ui.labels import status_label
from peerdesk.ui.leave_prompt import ask_before_leaving
from peerdesk.ui.match_list_tab import MatchListTab
from peerdesk.ui.messages import error_text
from peerdesk.ui.outcomes_tab import OutcomesTab
from peerdesk.ui.participant_form import FormInputError, ParticipantForm
from peerdesk.ui.pathway_tab import PathwayTab
from peerdesk.ui.record_tab import ParticipantTab
from peerdesk.ui.referrals_tab import ReferralsTab
from peerdesk.ui.screening_tab import ScreeningNeedsTab
from peerdesk.ui.timeline_tab import TimelineTab
from peerdesk.ui.widgets import heading_label, message_label, set_message

if TYPE_CHECKING:
    from peerdesk.domain.participant import ParticipantProfile
    from peerdesk.services.participants import ParticipantDetail, ParticipantSummary
    from peerdesk.ui.session import UiSession

Proceed = Callable[[], None]
OK_STYLE = "color: #1b5e20; font-weight: bold;"


#: Changes after which the timeline and the tabs are read again.
REFRESH_ON = frozenset({PARTICIPANTS, SESSIONS, CONTACTS, MATCHES, GROUPS, SYNC})


class ParticipantPage(QWidget):
    """Shows or creates one participant. Emits ``back_requested`` for the list.

    Saving a new participant first looks for likely duplicates and shows them, with "Save
    anyway", before anything is written.
    """

    back_requested = Signal()
    #: "Find a mentor…" on the Matches tab: the participant shown (a ParticipantSummary).
    find_mentor_requested = Signal(object)

    def __init__(self, session: UiSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._participant_id: str | None = None
        self._detail: ParticipantDetail | None = None
        self._pending: ParticipantProfile | None = None
        self._after_save: Proceed | None = None
        self._busy = False
        self.can_edit = session.may(Action.PARTICIPANT_EDIT)
        self.leave_prompt: QMessageBox | None = None

        self.back_button = QPushButton(self.tr("← Back to the list"))
        self.back_button.clicked.connect(self._back)
        self.title = heading_label("", scale=1.4)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.subtitle = QLabel()
        self.subtitle.setTextFormat(Qt.TextFormat.PlainText)

        self.form = ParticipantForm()
        self.form.set_read_only(not self.can_edit)
        self.duplicates = DuplicateWarning()
        self.duplicates.save_anyway.connect(self._save_anyway)
        self.duplicates.cancelled.connect(self._cancel_duplicates)
        self.duplicates.open_requested.connect(self._open_duplicate)
        self.status_message = message_label(style=OK_STYLE)
        self.error_label = message_label()

        profile_tab = QWidget()
        profile_layout = QVBoxLayout(profile_tab)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.form)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the controls inside
        profile_layout.addWidget(self.duplicates)
        profile_layout.addWidget(scroll, 1)
        self.save_button: QPushButton | None = None
        self.revert_button: QPushButton | None = None
        if self.can_edit:
            self.save_button = QPushButton(self.tr("Save"))
            self.save_button.setToolTip(self.tr("Save (Ctrl+S)"))
            self.save_button.clicked.connect(self._save_clicked)
            # A shortcut of its own: a button's text change would reset the button's shortcut.
            save_shortcut = QShortcut(QKeySequence.StandardKey.Save, self)
            save_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            save_shortcut.activated.connect(self._save_clicked)
            self.revert_button = QPushButton(self.tr("Undo changes"))
            self.revert_button.clicked.connect(self._revert)
            buttons = QHBoxLayout()
            buttons.addWidget(self.status_message)
            buttons.addStretch(1)
            buttons.addWidget(self.revert_button)
            buttons.addWidget(self.save_button)
            profile_layout.addLayout(buttons)
            self.form.edited.connect(self._edited)

        self.timeline_tab = TimelineTab(session)
        self.timeline_model = self.timeline_tab.model

        self.tabs = QTabWidget()
        self.profile_index = self.tabs.addTab(profile_tab, self.tr("Profile"))
        self.timeline_index = self.tabs.addTab(self.timeline_tab, self.tr("Timeline"))
        self.screening_tab = ScreeningNeedsTab(session)
        self.consent_tab = ConsentTab(session)
        self.pathway_tab = PathwayTab(session)
        self.matches_tab = MatchListTab(session, for_participant=True)
        self.matches_tab.find_mentor_requested.connect(self._find_mentor)
        self.goals_tab = GoalsTab(session)
        self.referrals_tab = ReferralsTab(session)
        self.incentives_tab = IncentivesTab(session)
        self.outcomes_tab = OutcomesTab(session)
        pages: dict[RecordTab, tuple[QWidget, str]] = {
            RecordTab.SCREENING: (self.screening_tab, self.tr("Screening and needs")),
            RecordTab.CONSENT: (self.consent_tab, self.tr("Consent")),
            RecordTab.PATHWAY: (self.pathway_tab, self.tr("Pathway")),
            RecordTab.MATCHES: (self.matches_tab, self.tr("Matches")),
            RecordTab.GOALS: (self.goals_tab, self.tr("Goals")),
            RecordTab.REFERRALS: (self.referrals_tab, self.tr("Referrals")),
            RecordTab.INCENTIVES: (self.incentives_tab, self.tr("Incentives")),
            RecordTab.OUTCOMES: (self.outcomes_tab, self.tr("Outcomes")),
        }
        # Only the tabs the role may read (domain.navigation.record_tabs); the others are
        # never added, so nothing of them is shown or read.
        self.record_tabs: dict[int, ParticipantTab] = {}
        for kind in record_tabs(session.actor.role):
            widget, title = pages[kind]
            self.record_tabs[self.tabs.addTab(widget, title)] = cast("ParticipantTab", widget)
        fit_current_page(self.tabs)  # a wide or tall tab makes only itself scroll
        self.tabs.currentChanged.connect(self._tab_changed)
        session.events.changed.connect(self._on_changed)

        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addLayout(top)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addWidget(self.error_label)
        layout.addWidget(self.tabs, 1)

    # --- opening -------------------------------------------------------------------------
    @property
    def participant_id(self) -> str | None:
        """The participant shown (``None`` while creating one)."""
        return self._participant_id

    def start_new(self) -> None:
        """An empty form for a new participant (no timeline yet)."""
        self._participant_id = None
        self._detail = None
        self._reset_view()
        self.title.setText(self.tr("New participant"))
        self.subtitle.setText(self.tr("Fill in at least the DOC number, names and date of birth."))
        self.form.set_profile(None)
        for index in (self.timeline_index, *self.record_tabs):
            self.tabs.setTabVisible(index, False)
        self.form.lines["doc_number"].setFocus()

    def open_participant(self, participant_id: str) -> None:
        """Read one participant (the read is audited) and show their profile."""
        self._participant_id = participant_id
        self._reset_view()
        self.title.setText(self.tr("Loading…"))
        self.subtitle.setText("")
        self.form.set_profile(None)
        self.form.setEnabled(False)
        session = self._session
        self._run(
            lambda: session.services.participants.get(session.actor, participant_id),
            self._loaded,
        )

    def _reset_view(self) -> None:
        self._pending = None
        self.timeline_tab.clear()
        for record_tab in self.record_tabs.values():
            record_tab.participant_id = None  # read again when shown
        self.duplicates.setVisible(False)
        set_message(self.status_message, "")
        set_message(self.error_label, "")
        self.tabs.setCurrentIndex(self.profile_index)

    def _loaded(self, detail: ParticipantDetail) -> None:
        if detail.id != self._participant_id:
            return
        self._detail = detail
        self.form.setEnabled(True)
        self.form.set_profile(detail.profile)
        for index in (self.timeline_index, *self.record_tabs):
            self.tabs.setTabVisible(index, True)
        self._show_heading(detail.profile)

    def _show_heading(self, profile: ParticipantProfile) -> None:
        self.title.setText(f"{profile.legal_last_name}, {profile.legal_first_name}")
        if self._detail is None:
            self.subtitle.setText(self.tr("DOC %1").replace("%1", profile.doc_number))
            return
        self.subtitle.setText(
            self.tr("DOC %1 · %2 since %3")
            .replace("%1", profile.doc_number)
            .replace("%2", status_label(self._detail.status.value))
            .replace("%3", format_date(self._detail.status_date))
        )

    def _find_mentor(self, participant_id: str) -> None:
        detail = self._detail
        if detail is None or detail.id != participant_id:
            return
        from peerdesk.services.participants import ParticipantSummary

        profile = detail.profile
        self.find_mentor_requested.emit(
            ParticipantSummary(
                id=detail.id,
                doc_number=profile.doc_number,
                legal_last_name=profile.legal_last_name,
                legal_first_name=profile.legal_first_name,
                preferred_name=profile.preferred_name,
                date_of_birth=profile.date_of_birth,
                housing_unit=profile.housing_unit,
                status=detail.status,
                projected_release_date=profile.projected_release_date,
            )
        )

    # --- saving --------------------------------------------------------------------------
    def _back(self) -> None:
        self.confirm_leave(self.back_requested.emit)

    def _save_clicked(self) -> None:
        self.save()

    def _edited(self) -> None:
        set_message(self.status_message, "")

    def has_unsaved_changes(self) -> bool:
        """Whether the form holds changes that are not saved."""
        return self.can_edit and self.form.is_dirty()

    def save(self, then: Proceed | None = None) -> None:
        """Check and save the form; ``then`` runs once it is saved."""
        if self._busy or not self.can_edit:
            return
        self.form.errors.clear()
        set_message(self.status_message, "")
        try:
            profile = self.form.profile()
        except FormInputError as exc:
            self.form.errors.show(exc.field, exc.message)
            return
        self._after_save = then
        session, actor = self._session, self._session.actor
        pid = self._participant_id
        if pid is not None:
            self._run(
                lambda: session.services.participants.update(actor, pid, profile),
                lambda changed: self._updated(profile, changed),
            )
            return
        today = session.today()

        def check() -> list[Any]:
            from peerdesk.domain.participant import clean_profile

            clean_profile(profile, today)  # a mistake on the form is shown before duplicates
            return session.services.duplicates.candidates(actor, profile)

        self._run(check, lambda found: self._checked(profile, found))

    def _checked(self, profile: ParticipantProfile, candidates: list[Any]) -> None:
        if candidates:
            self._pending = profile
            self.duplicates.show_candidates(candidates)
            return
        self._enroll(profile)

    def _save_anyway(self) -> None:
        profile, self._pending = self._pending, None
        self.duplicates.setVisible(False)
        if profile is not None:
            self._enroll(profile)

    def _cancel_duplicates(self) -> None:
        self._pending = None
        self._after_save = None
        self.duplicates.setVisible(False)
        self.form.lines["doc_number"].setFocus()

    def _open_duplicate(self, participant_id: str) -> None:
        self._after_save = None
        self.form.mark_saved()  # the typed record is dropped on purpose
        self.open_participant(participant_id)

    def _enroll(self, profile: ParticipantProfile) -> None:
        session = self._session
        self._run(
            lambda: session.services.participants.enroll(session.actor, profile),
            self._enrolled,
        )

    def _enrolled(self, summary: ParticipantSummary) -> None:
        self.form.mark_saved()
        self._session.events.announce(PARTICIPANTS)
        then, self._after_save = self._after_save, None
        if then is not None:
            then()
            return
        self.open_participant(summary.id)
        set_message(self.status_message, self.tr("Saved."))

    def _updated(self, profile: ParticipantProfile, changed: bool) -> None:
        self.form.mark_saved()
        if changed:
            self._session.events.announce(PARTICIPANTS)
            self._show_heading(profile)
        set_message(
            self.status_message, self.tr("Saved.") if changed else self.tr("Nothing to save.")
        )
        then, self._after_save = self._after_save, None
        if then is not None:
            then()

    def _revert(self) -> None:
        self.form.set_profile(self._detail.profile if self._detail is not None else None)

    # --- leaving -------------------------------------------------------------------------
    def confirm_leave(self, proceed: Proceed) -> None:
        """Run ``proceed`` now, or once the person chose to save or drop their changes."""
        if not self.has_unsaved_changes():
            proceed()
            return
        self.leave_prompt = ask_before_leaving(
            self,
            self.tr("Save the changes to this participant?"),
            self.tr("If you do not save them, they are lost."),
            save=lambda then: self.save(then=then),
            discard=self._revert,
            proceed=proceed,
            closed=self._forget_prompt,
        )

    def _forget_prompt(self) -> None:
        self.leave_prompt = None

    # --- timeline ------------------------------------------------------------------------
    def _on_changed(self, what: frozenset[str]) -> None:
        """Something recorded elsewhere (a session, a contact, an import) may belong in the
        timeline or a tab: forget what was read, and read the tab showing again."""
        if not what & REFRESH_ON or self._participant_id is None:
            return
        self.timeline_tab.participant_id = None
        for record_tab in self.record_tabs.values():
            record_tab.participant_id = None
        self._tab_changed(self.tabs.currentIndex())

    def _tab_changed(self, index: int) -> None:
        pid = self._participant_id
        tab: ParticipantTab | None = self.record_tabs.get(index)
        if index == self.timeline_index:
            tab = self.timeline_tab
        if tab is not None and pid is not None and tab.participant_id != pid:
            tab.show_participant(pid)  # read when first shown, not on every open

    # --- running jobs ----------------------------------------------------------------------
    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        if self.save_button is not None:
            self.save_button.setEnabled(not busy)
            self.save_button.setText(self.tr("Saving…") if busy else self.tr("Save"))

    def _run(self, job: Callable[[], Any], done: Callable[[Any], None]) -> None:
        self._set_busy(True)

        def finished(result: Any) -> None:
            self._set_busy(False)
            done(result)

        self._session.runner.run(job, on_done=finished, on_error=self._failed, owner=self)

    def _failed(self, exc: Exception) -> None:
        self._set_busy(False)
        self._after_save = None
        self.form.setEnabled(True)
        if isinstance(exc, ValidationError):
            self.duplicates.setVisible(False)
            self.tabs.setCurrentIndex(self.profile_index)
            self.form.errors.show(exc.field, error_text(exc))
        else:
            set_message(self.error_label, error_text(exc))
