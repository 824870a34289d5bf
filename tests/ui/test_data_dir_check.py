"""At start peerdesk checks it can write its data folder, and says so plainly.

The unwritable folder is a path under a regular file, or a folder whose write probe is
refused: both fail for every account, root included (CI runs as root, where a chmod'ed
folder would still be writable).
"""

from __future__ import annotations

import errno
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox

from peerdesk.app import run_gui
from peerdesk.cli import main
from peerdesk.ui import i18n
from tests.conftest import ADMIN, ADMIN_PASS, Site

MESSAGES = {
    "en": "peerdesk cannot write to its data folder:",
    "es": "peerdesk no puede escribir en su carpeta de datos:",
}


@pytest.fixture
def gui_start(
    qapp: QApplication, compiled_translations: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[list[tuple[str, str]]]:
    """``run_gui`` made safe to call in the suite; yields the critical messages it shows.

    Message boxes and the event loop are replaced so that a start that got past the check
    returns at once (status 99) instead of hanging; translators and the font are put back.
    """
    shown: list[tuple[str, str]] = []
    installed: list[QTranslator] = []
    real_install = i18n.install_translations

    def install(app: QApplication, language: str, directory: Path | None = None):  # type: ignore[no-untyped-def]
        translators = real_install(app, language, compiled_translations)
        installed.extend(translators)
        return translators

    def critical(_parent: object, title: str, text: str, *_a: object) -> QMessageBox.StandardButton:
        shown.append((title, text))
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(i18n, "install_translations", install)
    monkeypatch.setattr(QMessageBox, "critical", staticmethod(critical))
    monkeypatch.setattr(QMessageBox, "information", staticmethod(critical))
    monkeypatch.setattr(QApplication, "exec", lambda _self: 99)
    font = qapp.font()
    yield shown
    i18n.remove_translations(qapp, installed)
    qapp.setFont(font)


@pytest.mark.parametrize("language", ["en", "es"])
def test_a_data_folder_that_cannot_be_written_is_refused_in_plain_words(
    gui_start: list[tuple[str, str]],
    qapp: QApplication,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    language: str,
) -> None:
    monkeypatch.setenv(i18n.LANGUAGE_ENV, language)
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file", encoding="utf-8")
    data_dir = blocker / "data"

    status = run_gui(data_dir)

    assert status == 1
    assert len(gui_start) == 1
    title, text = gui_start[0]
    assert title == "peerdesk"
    assert text.startswith(MESSAGES[language])
    assert str(data_dir) in text and "--data-dir" in text
    assert blocker.read_text(encoding="utf-8") == "a file"  # nothing changed
    assert not [w for w in qapp.topLevelWidgets() if w.isVisible()]


@pytest.fixture
def refused_probe(monkeypatch: pytest.MonkeyPatch) -> None:
    """Writing files in the data folder is refused, as on a read-only share."""
    real_write = Path.write_bytes

    def write_bytes(self: Path, data: bytes) -> int:
        if self.name.startswith(".write-test-"):
            raise PermissionError(errno.EACCES, "Permission denied", str(self))
        return real_write(self, data)

    monkeypatch.setattr(Path, "write_bytes", write_bytes)


def test_an_existing_read_only_folder_is_refused_before_the_sign_in_window(
    gui_start: list[tuple[str, str]],
    site: Site,
    refused_probe: None,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv(i18n.LANGUAGE_ENV, "en")
    assert run_gui(site.paths.root) == 1
    assert [text.startswith(MESSAGES["en"]) for _title, text in gui_start] == [True]


def test_the_command_line_says_the_folder_is_read_only_not_damaged(
    site: Site,
    refused_probe: None,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("PEERDESK_PASSPHRASE", ADMIN_PASS)
    status = main(["--data-dir", str(site.paths.root), "info", "--user", ADMIN])
    err = capsys.readouterr().err
    assert status == 1
    assert err.startswith("peerdesk: peerdesk cannot write its data folder")
    assert "Permission denied" in err and "damaged" not in err
