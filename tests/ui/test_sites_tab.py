"""Administration > Sites and keys: two real sites trust each other's cards through the screen."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from peerdesk.services.auth import SignedIn
from peerdesk.services.trust import TrustService
from peerdesk.ui.administration_section import AdministrationSection
from peerdesk.ui.sites_dialogs import TrustCardDialog, spoken_fingerprint
from peerdesk.ui.sites_tab import SitesTab, TrustedKeyTableModel
from tests.conftest import USER_PASS, add_user
from tests.factories_sync import facility_and_office, make_site
from tests.ui.conftest import make_session

FATAL = QAbstractItemModelTester.FailureReportingMode.Fatal
Pair = tuple[SignedIn, SignedIn]
M = TrustedKeyTableModel


@pytest.fixture
def pair(tmp_path: Path) -> Iterator[Pair]:
    yield from facility_and_office(tmp_path, trust=False)


def tab_for(qtbot: QtBot, signed: SignedIn) -> SitesTab:
    tab = SitesTab(make_session(signed))
    qtbot.addWidget(tab)
    QAbstractItemModelTester(tab.model, FATAL)
    tab.resize(1000, 640)
    tab.show()
    tab.reload()
    return tab


def save_card(qtbot: QtBot, tab: SitesTab, target: Path) -> str:
    """Save the tab's card through its button; the fingerprint it shows."""
    tab.choose_card_target = lambda suggested: target  # type: ignore[method-assign]
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    assert target.exists(), tab.error_label.text()
    return tab.fingerprint_label.text()


def open_trust_dialog(qtbot: QtBot, tab: SitesTab, card: Path) -> TrustCardDialog:
    tab.choose_card = lambda: card  # type: ignore[method-assign]
    qtbot.mouseClick(tab.trust_button, Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    assert isinstance(dialog, TrustCardDialog), tab.error_label.text()
    return dialog


def type_and_trust(qtbot: QtBot, dialog: TrustCardDialog, typed: str) -> None:
    assert dialog.fingerprint_edit.text() == ""  # never filled in for the person
    qtbot.keyClicks(dialog.fingerprint_edit, typed)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)


def answer(tab: SitesTab, button_text: str) -> None:
    box = tab.dialog
    assert isinstance(box, QMessageBox)
    next(b for b in box.buttons() if b.text() == button_text).click()


def test_trust_a_card_with_the_fingerprint_read_aloud(
    qtbot: QtBot, pair: Pair, tmp_path: Path
) -> None:
    a, b = pair
    tab_b = tab_for(qtbot, b)
    assert "North Reentry Office" in tab_b.site_label.text()
    (tmp_path / "usb").mkdir()
    spoken = save_card(qtbot, tab_b, tmp_path / "usb" / "b.json")
    expected = TrustService(b.store).own_card(b.actor).fingerprint
    assert spoken == spoken_fingerprint(expected) == expected.replace("-", "  ")
    assert "b.json" in tab_b.message.text()

    tab_a = tab_for(qtbot, a)
    assert tab_a.model.rowCount() == 0 and tab_a.empty_label.isVisibleTo(tab_a)
    dialog = open_trust_dialog(qtbot, tab_a, tmp_path / "usb" / "b.json")
    assert dialog.site_label.text() == "North Reentry Office"
    assert dialog.kind_label.text() == "Reentry office (in the community)"
    assert not dialog.notice.isVisibleTo(dialog)
    type_and_trust(qtbot, dialog, spoken.lower())  # as heard: spaces, small letters
    assert tab_a.dialog is None
    assert tab_a.message.text() == (
        "North Reentry Office is trusted now. You can write bundles for it on the Sync screen."
    )
    assert tab_a.model.rowCount() == 1
    row = [tab_a.model.cell(tab_a.model.row(0), c) for c in range(tab_a.model.columnCount())]
    assert row[M.COL_SITE] == "North Reentry Office"
    assert row[M.COL_FINGERPRINT] == expected
    trusted = TrustService(a.store).list_trusted(a.actor)[0]
    assert trusted.trusted_by == a.actor.username
    assert row[M.COL_TRUSTED] == f"{trusted.trusted_at[:10]} by {a.actor.username}"
    assert row[M.COL_STATUS] == "In use"
    assert not tab_a.empty_label.isVisibleTo(tab_a)

    again = open_trust_dialog(qtbot, tab_a, tmp_path / "usb" / "b.json")
    assert again.notice.text() == "This card is already trusted here."
    type_and_trust(qtbot, again, expected)
    assert tab_a.message.text() == (
        "North Reentry Office's card was already trusted; nothing changed."
    )
    assert tab_a.model.rowCount() == 1


def test_a_wrong_fingerprint_is_refused_and_nothing_is_stored(
    qtbot: QtBot, pair: Pair, tmp_path: Path
) -> None:
    a, b = pair
    card = tmp_path / "b.json"
    real = TrustService(b.store).export_card(b.actor, card).fingerprint
    before = TrustService(a.store).list_trusted(a.actor)
    tab_a = tab_for(qtbot, a)
    dialog = open_trust_dialog(qtbot, tab_a, card)
    wrong = ("0" if real[0] != "0" else "1") + real[1:]
    type_and_trust(qtbot, dialog, wrong)
    assert tab_a.dialog is dialog and dialog.isVisible()
    assert dialog.messages() == {
        "fingerprint": "The fingerprint does not match this card, so it was not trusted. "
        "Check that the card came from that site, and read the fingerprint again together."
    }
    assert TrustService(a.store).list_trusted(a.actor) == before == ()
    dialog.fingerprint_edit.clear()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.messages() == {"fingerprint": "Type the fingerprint the other site read to you."}
    qtbot.keyClicks(dialog.fingerprint_edit, "12345")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert "20 letters and digits" in dialog.messages()["fingerprint"]
    dialog.reject()
    assert tab_a.dialog is None and tab_a.message.text() == ""
    assert TrustService(a.store).list_trusted(a.actor) == ()


def test_files_that_are_no_card_and_own_card_are_refused(
    qtbot: QtBot, pair: Pair, tmp_path: Path
) -> None:
    a, _b = pair
    junk = tmp_path / "photo.json"
    junk.write_bytes(b"\x89PNG not a card")
    tab_a = tab_for(qtbot, a)
    tab_a.choose_card = lambda: junk  # type: ignore[method-assign]
    with qtbot.waitActive(tab_a):
        tab_a.activateWindow()
    tab_a.table.setFocus()
    qtbot.keyClick(tab_a.table, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    assert tab_a.dialog is None
    assert tab_a.error_label.text() == "This file is not a peerdesk key card, or it is damaged."
    own = save_card(qtbot, tab_a, tmp_path / "mine.json")
    assert own
    tab_a.choose_card = lambda: tmp_path / "mine.json"  # type: ignore[method-assign]
    qtbot.mouseClick(tab_a.trust_button, Qt.MouseButton.LeftButton)
    assert tab_a.dialog is None
    assert "own key card" in tab_a.error_label.text()
    assert tab_a.model.rowCount() == 0


def test_revoke_after_confirmation(qtbot: QtBot, pair: Pair, tmp_path: Path) -> None:
    a, b = pair
    card = TrustService(b.store).own_card(b.actor)
    TrustService(a.store).trust_card(a.actor, card.text.encode(), card.fingerprint)
    tab_a = tab_for(qtbot, a)
    assert not tab_a.revoke_button.isEnabled()  # nothing chosen
    tab_a.table.selectRow(0)
    assert tab_a.revoke_button.isEnabled()
    qtbot.mouseClick(tab_a.revoke_button, Qt.MouseButton.LeftButton)
    box = tab_a.dialog
    assert isinstance(box, QMessageBox)
    assert box.text() == "Stop trusting this key of North Reentry Office?"
    assert "refused from now on" in box.informativeText()
    assert "until you trust a new key card" in box.informativeText()
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert TrustService(a.store).list_trusted(a.actor)[0].status == "current"

    tab_a.table.selectRow(0)
    qtbot.mouseClick(tab_a.revoke_button, Qt.MouseButton.LeftButton)
    answer(tab_a, "Revoke key")
    assert tab_a.message.text() == "The key of North Reentry Office is revoked."
    assert TrustService(a.store).list_trusted(a.actor)[0].status == "revoked"
    status = tab_a.model.cell(tab_a.model.row(0), M.COL_STATUS)
    assert status.startswith("Revoked on 20")
    tab_a.table.selectRow(0)
    assert not tab_a.revoke_button.isEnabled()


def test_a_rotated_key_is_reported_as_a_replacement(
    qtbot: QtBot, pair: Pair, tmp_path: Path
) -> None:
    a, b = pair
    first = TrustService(b.store).own_card(b.actor)
    TrustService(a.store).trust_card(a.actor, first.text.encode(), first.fingerprint)
    tab_b = tab_for(qtbot, b)
    qtbot.mouseClick(tab_b.rotate_button, Qt.MouseButton.LeftButton)
    box = tab_b.dialog
    assert isinstance(box, QMessageBox)
    assert "give it to every site" in box.informativeText()
    answer(tab_b, "Replace key")
    new_spoken = tab_b.fingerprint_label.text()
    assert new_spoken != spoken_fingerprint(first.fingerprint)
    assert "new key" in tab_b.message.text()
    save_card(qtbot, tab_b, tmp_path / "new.json")

    tab_a = tab_for(qtbot, a)
    dialog = open_trust_dialog(qtbot, tab_a, tmp_path / "new.json")
    assert dialog.notice.isVisibleTo(dialog)
    assert "replaces the site's earlier key" in dialog.notice.text()
    type_and_trust(qtbot, dialog, new_spoken)
    assert tab_a.message.text() == (
        "North Reentry Office's new key is trusted: this replaces the site's earlier key."
    )
    statuses = sorted(tab_a.model.cell(tab_a.model.row(i), M.COL_STATUS) for i in range(2))
    assert statuses == ["In use", "Replaced by a newer key"]


@pytest.mark.parametrize(
    ("role", "shown"), [("coordinator", True), ("auditor", False), ("reentry_staff", False)]
)
def test_only_roles_that_manage_keys_get_the_tab(
    qtbot: QtBot, pair: Pair, role: str, shown: bool
) -> None:
    a, _b = pair
    signed = a
    if role != "coordinator":
        add_user(a, "who", role)
        from peerdesk.services.auth import AuthService

        signed = AuthService(a.store.paths).sign_in("who", USER_PASS)
    try:
        section = AdministrationSection(make_session(signed))
        qtbot.addWidget(section)
        names = [section.tabs.tabText(i) for i in range(section.tabs.count())]
        assert ("Sites and keys" in names) is shown
        assert (section.sites_tab is not None) is shown
    finally:
        if signed is not a:
            signed.store.close()


def test_screens_render(qtbot: QtBot, pair: Pair, tmp_path: Path) -> None:
    """The tab and the trust dialog drawn to PNG (kept where PEERDESK_SHOTS_DIR says)."""
    a, b = pair
    folder = Path(os.environ.get("PEERDESK_SHOTS_DIR") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    c = make_site(tmp_path, "Eastside Facility", "facility")
    try:
        for other in (b, c):
            card = TrustService(other.store).own_card(other.actor)
            TrustService(a.store).trust_card(a.actor, card.text.encode(), card.fingerprint)
        TrustService(a.store).revoke(a.actor, c.actor.site_id)
        TrustService(b.store).rotate_own_key(b.actor)
        TrustService(b.store).export_card(b.actor, tmp_path / "b.json")
    finally:
        c.store.close()
    tab = tab_for(qtbot, a)
    tab.resize(1100, 700)
    tab.table.selectRow(1)
    picture = tab.grab()
    assert picture.save(str(folder / "sites-tab.png"))
    dialog = open_trust_dialog(qtbot, tab, tmp_path / "b.json")
    assert dialog.notice.isVisibleTo(dialog)  # B's new key replaces the one trusted
    assert dialog.grab().save(str(folder / "sites-trust-dialog.png"))
    qtbot.keyClicks(dialog.fingerprint_edit, "7K3QX 0ZP4M W9HRT C2EGB")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)  # a mismatch: its message
    picture = dialog.grab()
    assert picture.save(str(folder / "sites-trust-mismatch.png"))
    assert picture.width() >= 560 and picture.height() > 200
