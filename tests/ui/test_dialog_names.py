"""Every form dialog names each of its inputs for a screen reader, and Alt+letter reaches it.

Issue 4, "accessible names on controls": ``FormDialog.add_field`` used to make the label the
buddy of the field's container (the input with its message under it), leaving the input
itself nameless. This opens each dialog that can be built from a small program and checks
every visible input.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from peerdesk.domain.roles import Role
from peerdesk.services.groups import GroupSummary
from peerdesk.services.key_card_preview import CardPreview
from peerdesk.services.match_queries import MatchInfo
from peerdesk.services.trust import TrustService
from peerdesk.ui import (
    consent_dialogs,
    goals_tab,
    group_dialogs,
    incentives_tab,
    match_dialogs,
    mentor_dialogs,
    outcomes_tab,
    partner_dialog,
    referrals_tab,
    screening_tab,
    sites_dialogs,
    status_dialog,
    user_dialogs,
)
from peerdesk.ui.form_dialog import FormDialog
from peerdesk.ui.group_services import group_services
from peerdesk.ui.session import UiSession
from tests.factories_sessions import World
from tests.ui.a11y import INPUTS, spoken_name
from tests.ui.conftest import make_session

Build = Callable[[UiSession, World], FormDialog]


def _match(s: UiSession, w: World) -> MatchInfo:
    return s.services.matches.list_for_participant(s.actor, w.mentee)[0]


def _group(s: UiSession, w: World) -> GroupSummary:
    return next(g for g in s.services.groups.my_groups(s.actor) if g.id == w.group_id)


#: Each form dialog, built as its page builds it (data read through the services).
DIALOGS: dict[str, Build] = {
    "add user": lambda s, w: user_dialogs.AddUserDialog(s),
    "role": lambda s, w: user_dialogs.RoleDialog(s, "maria", Role.COORDINATOR),
    "reset passphrase": lambda s, w: user_dialogs.ResetPassphraseDialog(s, "maria"),
    "partner": lambda s, w: partner_dialog.PartnerDialog(s, None),
    "record consent": lambda s, w: consent_dialogs.RecordConsentDialog(s, w.mentee, ()),
    "revoke consent": lambda s, w: consent_dialogs.ConsentDateDialog(s, "c", revoke=True),
    "goal": lambda s, w: goals_tab.GoalDialog(s, w.mentee),
    "award": lambda s, w: incentives_tab.AwardDialog(s, w.mentee),
    "outcome": lambda s, w: outcomes_tab.OutcomeDialog(s, w.mentee),
    "screening": lambda s, w: screening_tab.ScreeningDialog(s, w.mentee),
    "needs": lambda s, w: screening_tab.NeedsDialog(s, w.mentee, None),
    "referral": lambda s, w: referrals_tab.MakeReferralDialog(s, w.mentee, ()),
    "status change": lambda s, w: status_dialog.StatusChangeDialog(
        s, "Change", "", [("a", "A"), ("b", "B")], lambda _v, _d: None
    ),
    "new mentor": lambda s, w: mentor_dialogs.NewMentorDialog(s),
    "mentor capacity": lambda s, w: mentor_dialogs.CapacityDialog(
        s, s.services.mentors.get(s.actor, w.peer_mentor_id)
    ),
    "mentor status": lambda s, w: mentor_dialogs.StatusDialog(s, w.peer_mentor_id),
    "mentor step": lambda s, w: mentor_dialogs.StepDialog(s, w.peer_mentor_id),
    "mentor decision": lambda s, w: mentor_dialogs.DecisionDialog(s, w.peer_mentor_id),
    "training": lambda s, w: mentor_dialogs.TrainingDialog(s, w.peer_mentor_id),
    "certification": lambda s, w: mentor_dialogs.CertificationDialog(s, w.peer_mentor_id),
    "supervision": lambda s, w: mentor_dialogs.SupervisionDialog(s, w.peer_mentor_id),
    "propose match": lambda s, w: match_dialogs.ProposeMatchDialog(
        s, w.outsider, "Someone", w.other_mentor_id, "Mentor"
    ),
    "start match": lambda s, w: match_dialogs.StartMatchDialog(s, _match(s, w)),
    "close match": lambda s, w: match_dialogs.CloseMatchDialog(s, _match(s, w)),
    "handoff": lambda s, w: match_dialogs.HandoffDialog(s, _match(s, w)),
    "contact": lambda s, w: group_dialogs.ContactDialog(s, group_services(s)),
    "cancelled session": lambda s, w: group_dialogs.CancelledSessionDialog(
        s,
        group_services(s),
        _group(s, w),
    ),
    "trust card": lambda s, w: sites_dialogs.TrustCardDialog(
        s,
        TrustService(s.services.participants.store),
        CardPreview("site-2", "Eastside", "community", "k1", b"{}", False, False),
    ),
    "add member": lambda s, w: group_dialogs.AddMemberDialog(
        s,
        group_services(s),
        _group(s, w),
    ),
}


def visible_inputs(root: QWidget) -> list[QWidget]:
    """The input controls under ``root`` a person sees (not the edit inside a combo box)."""
    return [
        w
        for w in root.findChildren(QWidget)
        if isinstance(w, INPUTS)
        and w.isVisible()
        and not isinstance(w.parentWidget(), (QComboBox, QAbstractSpinBox))
    ]


@pytest.fixture
def opened(request: pytest.FixtureRequest, qtbot: QtBot, english: None, world: World) -> FormDialog:
    dialog = DIALOGS[request.param](make_session(world.coord), world)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


@pytest.mark.parametrize("opened", sorted(DIALOGS), indirect=True)
def test_every_input_of_the_dialog_has_a_name(qtbot: QtBot, opened: FormDialog) -> None:
    inputs = visible_inputs(opened)
    assert inputs  # every one of them asks for something
    nameless = [type(w).__name__ for w in inputs if not spoken_name(w)]
    assert nameless == []
    # A label with an underlined letter points at the input itself, and Alt+letter goes there.
    for label in opened.findChildren(QLabel):
        text = label.text().replace("&&", "")
        at = text.find("&")
        if at < 0 or label.buddy() is None:
            continue
        assert isinstance(label.buddy(), INPUTS), label.text()
        opened.activateWindow()
        qtbot.waitUntil(opened.isActiveWindow)
        opened.cancel_button.setFocus()
        key = Qt.Key(ord(text[at + 1].upper()))
        qtbot.keyClick(opened, key, Qt.KeyboardModifier.AltModifier)
        assert QApplication.focusWidget() is label.buddy(), label.text()


class _NameDialog(FormDialog):
    """A form of two fields whose labels have an underlined letter."""

    def __init__(self, session: UiSession) -> None:
        super().__init__(session.runner, "Names", "", "OK")
        self.first = QLineEdit()
        self.kind = QComboBox()
        self.kind.addItems(["one", "two"])
        self.add_field("&First name:", "first", self.first)
        self.add_field("&Kind:", "kind", self.kind)

    def job(self) -> None:
        return None


def test_alt_and_the_underlined_letter_put_the_cursor_in_the_field(
    qtbot: QtBot, session: UiSession
) -> None:
    dialog = _NameDialog(session)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)  # Alt+letter goes to the active window only
    assert (dialog.first.accessibleName(), dialog.kind.accessibleName()) == ("First name", "Kind")
    dialog.cancel_button.setFocus()
    qtbot.keyClick(dialog, Qt.Key.Key_K, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is dialog.kind
    qtbot.keyClick(dialog, Qt.Key.Key_F, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is dialog.first
    # The message shown for a field goes under it, and the name stays the field's.
    dialog.show_error("first", "Type a name.")
    assert dialog.first.accessibleName() == "First name"
