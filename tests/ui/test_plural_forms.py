"""Plural forms: "1 participant" / "2 participants" in English and Spanish, never "(s)".

English has its own catalogue (``peerdesk_en.ts``) holding only the strings with a number
(``%n``); it is loaded when the language is English, at start and when the language changes.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from peerdesk.domain.errors import AccountLocked
from peerdesk.domain.navigation import Section
from peerdesk.services.auth import SignedIn
from peerdesk.services.referrals import ReferralService
from peerdesk.ui import i18n
from peerdesk.ui.administration_section import AdministrationSection
from peerdesk.ui.app_flow import AppFlow
from peerdesk.ui.appearance import PSEUDO, Appearance, pseudo_text
from peerdesk.ui.main_window import MainWindow
from peerdesk.ui.messages import error_text
from peerdesk.ui.participants_section import ParticipantsSection
from peerdesk.ui.referrals_section import ReferralsSection
from peerdesk.ui.session import UiSession
from peerdesk.ui.settings_tab import SettingsTab
from tests.ui.conftest import lupdate, make_session
from tests.ui.factories_ui import add_participants
from tests.ui.test_login_flow import sign_in
from tests.ui.test_referrals_waiting_pages import START, make_waiting

REPO = Path(__file__).parents[2]
#: A word with a plural ending in brackets: "participant(s)", "match(es)", "entry(ies)".
BRACKETED_PLURAL = re.compile(r"\w\((s|es|ies)\)")


def _messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(ts).getroot()  # noqa: S314 (our own .ts files)
    return {
        (context.findtext("name") or "", message.findtext("source") or ""): message
        for context in root.iter("context")
        for message in context.iter("message")
    }


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[str, str], ET.Element]:
    """Every string the code hands to tr()/translate(), as lupdate reads it now."""
    fresh = tmp_path_factory.mktemp("lupdate") / "fresh.ts"
    lupdate(fresh)
    return _messages(fresh)


def test_no_screen_text_writes_a_plural_in_brackets(
    extracted: dict[tuple[str, str], ET.Element],
) -> None:
    """A count goes through %n (numerus) so each language picks its own forms."""
    bracketed = [
        key
        for key, message in extracted.items()
        if BRACKETED_PLURAL.search(key[1]) and message.get("numerus") != "yes"
    ]
    assert bracketed == []


def test_every_plural_string_has_english_forms(
    extracted: dict[tuple[str, str], ET.Element],
) -> None:
    """peerdesk_en.ts is complete (refresh it with `make translations-update`)."""
    plural = {key for key, message in extracted.items() if message.get("numerus") == "yes"}
    assert ("ParticipantListPage", "%n participant(s)") in plural
    assert ("UserTableModel", "Locked for %n minute(s)") in plural  # translate() was missed
    english = _messages(i18n.translations_dir() / "peerdesk_en.ts")
    assert plural - set(english) == set()
    for key, message in english.items():
        translation = message.find("translation")
        assert translation is not None and translation.get("type") is None, key
        one, other = (form.text or "" for form in translation.iter("numerusform"))
        assert "%n" in one and "%n" in other and one != other, key
        assert not BRACKETED_PLURAL.search(one + other), key


@pytest.mark.parametrize("language", ["en", "es"])
def test_each_plural_string_reads_right_for_one_and_for_two(
    qapp: QApplication, compiled_translations: Path, language: str
) -> None:
    ts = i18n.translations_dir() / f"peerdesk_{language}.ts"
    plural = {key for key, message in _messages(ts).items() if message.get("numerus") == "yes"}
    assert plural
    translators = i18n.install_translations(qapp, language, compiled_translations)
    try:
        for context, source in plural:
            one = QCoreApplication.translate(context, source, "", 1)
            two = QCoreApplication.translate(context, source, "", 2)
            assert "1" in one and "2" in two and one.replace("1", "2") != two, source
            assert not BRACKETED_PLURAL.search(one + two), (one, two)
    finally:
        i18n.remove_translations(qapp, translators)


def _section(qtbot: QtBot, session: UiSession) -> ParticipantsSection:
    section = ParticipantsSection(session, "Participants")
    qtbot.addWidget(section)
    section.show()  # the list is read when it first shows
    return section


def test_participant_count_in_english(
    qtbot: QtBot, english: None, session: UiSession, coordinator: SignedIn
) -> None:
    add_participants(coordinator, 1)
    assert _section(qtbot, session).list_page.count_label.text() == "1 participant"
    add_participants(coordinator, 1, first=1)
    assert _section(qtbot, session).list_page.count_label.text() == "2 participants"


def test_participant_count_in_spanish(
    qtbot: QtBot, spanish: None, session: UiSession, coordinator: SignedIn
) -> None:
    add_participants(coordinator, 1)
    assert _section(qtbot, session).list_page.count_label.text() == "1 participante"
    add_participants(coordinator, 1, first=1)
    assert _section(qtbot, session).list_page.count_label.text() == "2 participantes"


def test_english_lock_message_and_users_table(english: None) -> None:
    assert "locked for 1 minute," in error_text(AccountLocked(1))
    assert "locked for 2 minutes," in error_text(AccountLocked(2))


def _choose_language(qtbot: QtBot, flow: AppFlow, code: str) -> MainWindow:
    """Settings > Language = ``code``, saved: the windows are built again in that language."""
    window = flow.main_window
    assert window is not None
    window.show_section(Section.ADMINISTRATION)
    admin = window.pages[Section.ADMINISTRATION]
    assert isinstance(admin, AdministrationSection)
    tab = admin.settings_tab
    assert isinstance(tab, SettingsTab)
    admin.tabs.setCurrentWidget(tab)
    tab.language_combo.setCurrentIndex(tab.language_combo.findData(code))
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: flow.main_window not in (None, window))
    rebuilt = flow.main_window
    assert rebuilt is not None
    return rebuilt


def _participant_count(window: MainWindow) -> str:
    window.show_section(Section.PARTICIPANTS)
    section = window.pages[Section.PARTICIPANTS]
    assert isinstance(section, ParticipantsSection)
    return section.list_page.count_label.text()


def test_switching_language_at_run_time_switches_the_plural_forms(
    qtbot: QtBot,
    qapp: QApplication,
    flow: AppFlow,
    coordinator: SignedIn,
    compiled_translations: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv(i18n.LANGUAGE_ENV, raising=False)
    monkeypatch.setattr(i18n, "translations_dir", lambda: compiled_translations)
    add_participants(coordinator, 1)
    sign_in(qtbot, flow)
    qtbot.waitUntil(lambda: flow.main_window is not None)
    try:
        spanish = _choose_language(qtbot, flow, "es")
        assert _participant_count(spanish) == "1 participante"
        english = _choose_language(qtbot, flow, "en")
        assert english.section_title(Section.PARTICIPANTS) == "Participants"
        assert _participant_count(english) == "1 participant"
    finally:
        for translator in qapp.findChildren(QTranslator):
            qapp.removeTranslator(translator)
        Appearance(qapp).apply(100, False)


@pytest.mark.parametrize(
    ("language", "one", "two"),
    [
        ("english", "1 referral waiting", "2 referrals waiting"),
        ("spanish", "1 derivación pendiente", "2 derivaciones pendientes"),
    ],
)
def test_referrals_waiting_count(
    qtbot: QtBot,
    request: pytest.FixtureRequest,
    coordinator: SignedIn,
    language: str,
    one: str,
    two: str,
) -> None:
    request.getfixturevalue(language)
    ids = make_waiting(coordinator, 2)
    texts = []
    for _ in range(2):
        section = ReferralsSection(make_session(coordinator))
        qtbot.addWidget(section)
        section.tabs.setCurrentIndex(section.waiting_index)
        section.show()
        texts.append(section.waiting_count.text())
        ReferralService(coordinator.store).move(
            coordinator.actor, ids.pop(), "declined", on=START + timedelta(days=20)
        )
    assert texts == [two, one]


def test_the_pseudo_translation_uses_the_english_plural_forms(
    qapp: QApplication, compiled_translations: Path
) -> None:
    translators = i18n.install_translations(qapp, PSEUDO, compiled_translations)
    try:
        one = QCoreApplication.translate("ParticipantListPage", "%n participant(s)", "", 1)
        assert one == pseudo_text("%n participant").replace("%n", "1")
        assert QLabel().tr("Participants") == pseudo_text("Participants")
    finally:
        i18n.remove_translations(qapp, translators)
