"""Translations: language choice, Spanish windows, English plurals, a missing .qm."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from functools import partial
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWizard
from pytestqt.qtbot import QtBot

from peerdesk.db.store import DataPaths
from peerdesk.domain.errors import AccountLocked, AuthenticationFailed
from peerdesk.services.auth import AuthService
from peerdesk.services.site_setup import initialize_site
from peerdesk.ui.i18n import (
    choose_language,
    install_translations,
    remove_translations,
    translations_dir,
)
from peerdesk.ui.login_window import LoginWindow
from peerdesk.ui.messages import error_text
from peerdesk.ui.setup_wizard import SetupWizard
from peerdesk.ui.task_runner import SyncTaskRunner
from tests.conftest import ADMIN, Site
from tests.ui.conftest import lupdate

REPO = Path(__file__).parents[2]


@pytest.mark.parametrize(
    ("requested", "system", "expected"),
    [
        ("es", "en_US", "es"),
        ("ES_mx", "en_US", "es"),
        ("en", "es_MX", "en"),
        (None, "es_419", "es"),
        ("", "es-AR", "es"),
        ("fr", "es_CO", "es"),
        ("fr", "de_DE", "en"),
        (None, "C", "en"),
    ],
)
def test_choose_language(requested: str | None, system: str, expected: str) -> None:
    assert choose_language(requested, system) == expected


def test_spanish_sign_in_window(
    qtbot: QtBot, spanish: None, site: Site, sync_runner: SyncTaskRunner
) -> None:
    login = LoginWindow(AuthService(site.paths), sync_runner)
    qtbot.addWidget(login)
    login.show()
    assert login.heading.text() == "Iniciar sesión en peerdesk"
    assert login.sign_in_button.text() == "Iniciar sesión"
    qtbot.keyClicks(login.username_edit, ADMIN)
    qtbot.keyClicks(login.passphrase_edit, "not the right one at all")
    qtbot.mouseClick(login.sign_in_button, Qt.MouseButton.LeftButton)
    assert (
        login.error_label.text()
        == "El nombre de usuario o la frase de contraseña no son correctos."
    )
    assert "minutos" in error_text(AccountLocked(5))
    assert "por 1 minuto," in error_text(AccountLocked(1))


def test_spanish_wizard_uses_qt_translations_too(
    qtbot: QtBot, spanish: None, data_paths: DataPaths, sync_runner: SyncTaskRunner
) -> None:
    wizard = SetupWizard(partial(initialize_site, data_paths), sync_runner)
    qtbot.addWidget(wizard)
    assert wizard.windowTitle() == "Configurar peerdesk"
    assert "Siguiente" in wizard.button(QWizard.WizardButton.NextButton).text().replace("&", "")
    assert wizard.buttonText(QWizard.WizardButton.CommitButton) == "Crear sede"


def test_english_plurals(qapp: QApplication, compiled_translations: Path) -> None:
    translators = install_translations(qapp, "en", compiled_translations)
    try:
        assert "locked for 1 minute," in error_text(AccountLocked(1))
        assert "locked for 5 minutes," in error_text(AccountLocked(5))
    finally:
        remove_translations(qapp, translators)


def test_missing_qm_means_english(qapp: QApplication, tmp_path: Path) -> None:
    translators = install_translations(qapp, "es", tmp_path)
    try:
        assert error_text(AuthenticationFailed()) == "The user name or passphrase is not right."
    finally:
        remove_translations(qapp, translators)


def _root(ts: Path) -> ET.Element:
    return ET.parse(ts).getroot()  # noqa: S314 (our own .ts files)


def _messages(ts: Path) -> list[ET.Element]:
    return list(_root(ts).iter("message"))


def test_every_spanish_string_is_translated_with_its_placeholders() -> None:
    messages = _messages(translations_dir() / "peerdesk_es.ts")
    assert messages
    for message in messages:
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None and translation.get("type") is None, source
        forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
        for form in forms:
            assert form.strip(), source
            assert sorted(re.findall(r"%\w", form)) == sorted(re.findall(r"%\w", source)), source


def test_translation_sources_are_up_to_date(tmp_path: Path) -> None:
    """Every string in the code is in peerdesk_es.ts (run `make translations` if not)."""
    fresh = tmp_path / "fresh_es.ts"
    lupdate(fresh)

    def sources(ts: Path) -> set[tuple[str, str]]:
        root = _root(ts)
        return {
            (context.findtext("name") or "", message.findtext("source") or "")
            for context in root.iter("context")
            for message in context.iter("message")
        }

    committed = sources(translations_dir() / "peerdesk_es.ts")
    assert sources(fresh) <= committed, "strings missing from peerdesk_es.ts"
    # Older lupdate releases (PySide6 6.11) skip plural tr() calls; any other entry the
    # extraction did not find must still be a string the code uses, or it is stale.
    code = "\n".join(
        path.read_text(encoding="utf-8")
        for path in [*(REPO / "peerdesk" / "ui").rglob("*.py"), REPO / "peerdesk" / "app.py"]
    )
    code = re.sub(r'"\s*\n\s*"', "", code)  # join implicitly concatenated literals
    for context, source in committed - sources(fresh):
        assert "%n" in source and source in code, (context, source)
