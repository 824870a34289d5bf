"""Text size, high contrast and the pseudo-translation, and applying them at once."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from peerdesk.domain.navigation import Section
from peerdesk.ui import i18n
from peerdesk.ui.administration_section import AdministrationSection
from peerdesk.ui.app_flow import AppFlow
from peerdesk.ui.appearance import (
    _ACCENTED,
    PSEUDO,
    Appearance,
    PseudoTranslator,
    high_contrast_palette,
    pseudo_text,
)
from peerdesk.ui.preferences import Preferences
from peerdesk.ui.settings_tab import SettingsTab
from tests.ui.test_login_flow import sign_in


def _unpseudo(text: str) -> str:
    """Undo the look-alike letters and the padding of :func:`pseudo_text`."""
    inner = text[1:-1].rstrip("~")
    back = {chr(value): chr(key) for key, value in _ACCENTED.items()}
    return "".join(back.get(ch, ch) for ch in inner)


def test_pseudo_text_keeps_placeholders_markup_and_mnemonics() -> None:
    text = pseudo_text("&Save %1 of %n <b>items</b> &amp; more")
    assert text.startswith("⟦") and text.endswith("⟧")
    for kept in ("&S", "%1", "%n", "<b>", "</b>", "&amp;"):
        assert kept in text
    assert "items" not in text and "more" not in text  # letters changed
    assert len(text) > len("&Save %1 of %n <b>items</b> &amp; more") * 1.3


@given(st.text(alphabet=st.characters(min_codepoint=32, max_codepoint=126), min_size=1))
def test_pseudo_text_is_reversible_and_longer(text: str) -> None:
    pseudo = pseudo_text(text)
    assert len(pseudo) > len(text)
    # Outside placeholders and markup, every ASCII letter is replaced, nothing else lost.
    if "~" not in text and "%" not in text and "<" not in text and "&" not in text:
        assert _unpseudo(pseudo) == text
        # v and x have no look-alike; every other ASCII letter is replaced.
        assert not re.search(r"[a-uwyzA-UWYZ]", pseudo)


def test_pseudo_language_is_chosen_only_on_request(qapp: QApplication) -> None:
    assert i18n.choose_language("pseudo", "es_MX") == PSEUDO
    assert i18n.choose_language("", "es_MX") == "es"
    installed = i18n.install_translations(qapp, PSEUDO)
    try:
        assert len(installed) == 1 and isinstance(installed[0], PseudoTranslator)
        label = QLabel()
        assert label.tr("Participants") == pseudo_text("Participants")
        assert QCoreApplication.translate("X", "%n minutes", None, 3).count("%n") == 0
    finally:
        i18n.remove_translations(qapp, installed)
    assert QLabel().tr("Participants") == "Participants"


@pytest.fixture
def appearance(qapp: QApplication) -> Iterator[Appearance]:
    look = Appearance(qapp)
    yield look
    look.apply(100, False)


def test_text_size_and_contrast_apply_and_undo(qapp: QApplication, appearance: Appearance) -> None:
    normal = qapp.font().pointSizeF()
    normal_window = qapp.palette().color(QPalette.ColorRole.Window)
    appearance.apply(200, True)
    assert qapp.font().pointSizeF() == pytest.approx(normal * 2)
    assert qapp.palette().color(QPalette.ColorRole.Window).name() == "#ffffff"
    assert qapp.palette().color(QPalette.ColorRole.WindowText).name() == "#000000"
    assert "focus" in qapp.styleSheet()
    # Applying again starts from the normal size, not from the doubled one.
    Appearance(qapp).apply(150, False)
    assert qapp.font().pointSizeF() == pytest.approx(normal * 1.5)
    Appearance(qapp).apply(100, False)
    assert qapp.font().pointSizeF() == pytest.approx(normal)
    assert qapp.palette().color(QPalette.ColorRole.Window) == normal_window
    assert qapp.styleSheet() == ""
    Appearance(qapp).apply(333, False)  # not offered: normal size
    assert qapp.font().pointSizeF() == pytest.approx(normal)


def _luminance(hex_color: str) -> float:
    channels = [int(hex_color[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def test_high_contrast_pairs_reach_seven_to_one() -> None:
    palette = high_contrast_palette()
    role = QPalette.ColorRole
    for fg, bg in (
        (role.WindowText, role.Window),
        (role.Text, role.Base),
        (role.ButtonText, role.Button),
        (role.HighlightedText, role.Highlight),
    ):
        light, dark = sorted(
            (_luminance(palette.color(fg).name()), _luminance(palette.color(bg).name())),
            reverse=True,
        )
        assert (light + 0.05) / (dark + 0.05) >= 7


def test_preferences_keep_text_size_and_contrast(tmp_path: Path) -> None:
    prefs = Preferences(tmp_path / "preferences.ini")
    assert (prefs.text_scale, prefs.high_contrast) == (100, False)
    prefs.set_appearance(200, True)
    again = Preferences(tmp_path / "preferences.ini")
    assert (again.text_scale, again.high_contrast) == (200, True)
    (tmp_path / "bad.ini").write_text("[General]\ntext_scale=huge\n", encoding="utf-8")
    assert Preferences(tmp_path / "bad.ini").text_scale == 100


def test_language_and_text_size_apply_at_once(
    qtbot: QtBot,
    qapp: QApplication,
    flow: AppFlow,
    compiled_translations: Path,
    monkeypatch: pytest.MonkeyPatch,
    appearance: Appearance,
) -> None:
    monkeypatch.delenv(i18n.LANGUAGE_ENV, raising=False)
    monkeypatch.setattr(i18n, "translations_dir", lambda: compiled_translations)
    normal = qapp.font().pointSizeF()
    sign_in(qtbot, flow)
    qtbot.waitUntil(lambda: flow.main_window is not None)
    window = flow.main_window
    assert window is not None
    window.show_section(Section.ADMINISTRATION)
    admin = window.pages[Section.ADMINISTRATION]
    assert isinstance(admin, AdministrationSection)
    tab = admin.settings_tab
    assert isinstance(tab, SettingsTab)
    admin.tabs.setCurrentWidget(tab)
    tab.language_combo.setCurrentIndex(tab.language_combo.findData("es"))
    tab.text_size_combo.setCurrentIndex(tab.text_size_combo.findData(150))
    try:
        qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: flow.main_window not in (None, window))
        rebuilt = flow.main_window
        assert rebuilt is not None
        assert rebuilt.current_section() is Section.ADMINISTRATION  # where the user was
        assert rebuilt.section_title(Section.PARTICIPANTS) == "Participantes"
        assert qapp.font().pointSizeF() == pytest.approx(normal * 1.5)
        assert flow.login.sign_in_button.text() == "Iniciar sesión"  # built again too
    finally:
        for translator in qapp.findChildren(QTranslator):
            qapp.removeTranslator(translator)
