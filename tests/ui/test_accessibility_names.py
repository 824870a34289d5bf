"""Accessibility (issue 4): every input has a name a screen reader reads and Alt+letter
reaches, Tab goes from the navigation to the page's controls, the audit trail fits and
names its records in words.

Before: form labels were the buddies of the field's container (control plus message label),
so 18 profile inputs, every dialog field and the audit filters were nameless; Tab stopped on
the scroll area holding each page.
"""

from __future__ import annotations

import ast
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QScrollArea,
)
from pytestqt.qtbot import QtBot

from peerdesk.domain.navigation import Section
from peerdesk.ui.administration_section import AdministrationSection
from peerdesk.ui.app_flow import AppFlow
from peerdesk.ui.audit_tab import AuditTab
from peerdesk.ui.form_labels import spoken
from peerdesk.ui.login_window import LoginWindow
from peerdesk.ui.main_window import MainWindow
from peerdesk.ui.participants_section import ParticipantsSection
from peerdesk.ui.partner_dialog import PartnerDialog
from peerdesk.ui.session import UiSession
from peerdesk.ui.user_dialogs import AddUserDialog
from tests.factories_sessions import World
from tests.ui.a11y import INPUTS, spoken_name, unnamed_inputs
from tests.ui.test_audit4_coverage import make_window


def open_audit_tab(qtbot: QtBot, world: World) -> tuple[MainWindow, AuditTab]:
    """The coordinator's window on Administration › Audit trail."""
    window = make_window(qtbot, world.coord)
    window.show_section(Section.ADMINISTRATION)
    admin = window.pages[Section.ADMINISTRATION]
    assert isinstance(admin, AdministrationSection)
    tab = admin.audit_tab
    assert isinstance(tab, AuditTab)
    admin.tabs.setCurrentWidget(tab)
    return window, tab


def open_mentee(qtbot: QtBot, world: World) -> tuple[MainWindow, ParticipantsSection]:
    window = make_window(qtbot, world.coord)
    window.open_participant(world.mentee)
    section = window.pages[Section.PARTICIPANTS]
    assert isinstance(section, ParticipantsSection)
    assert section.currentWidget() is section.participant_page
    return window, section


# --- Accessibility: "accessible names on controls" -------------------------------------------
def test_participant_form_fields_have_accessible_names(
    qtbot: QtBot, english: None, world: World
) -> None:
    _window, section = open_mentee(qtbot, world)
    form = section.participant_page.form

    assert unnamed_inputs(form) == []


def test_add_user_dialog_fields_have_accessible_names(
    qtbot: QtBot, english: None, session: UiSession
) -> None:
    dialog = AddUserDialog(session)
    qtbot.addWidget(dialog)
    dialog.show()
    # FormDialog.add_field: user name, role and both passphrase fields.
    assert unnamed_inputs(dialog) == []


def test_audit_trail_filters_have_accessible_names(
    qtbot: QtBot, english: None, world: World
) -> None:
    _window, tab = open_audit_tab(qtbot, world)
    # "User:", "Action starts with:", "From:", "To:" are plain labels with no buddy.
    assert unnamed_inputs(tab) == []


# --- Accessibility: "a logical tab order" ------------------------------------------------------
def test_tab_from_the_navigation_lands_on_a_control_of_the_page(
    qtbot: QtBot, english: None, world: World
) -> None:
    window = make_window(qtbot, world.coord)
    window.nav.setFocus()
    qtbot.keyClick(window.nav, Qt.Key.Key_Tab)
    landed = QApplication.focusWidget()
    # Not the scroll area that holds the page: a silent stop with nothing highlighted.

    assert landed is not None and not isinstance(landed, QScrollArea), type(landed).__name__


def test_audit_trail_columns_fit_the_default_window(
    qtbot: QtBot, english: None, world: World
) -> None:
    for _ in range(3):  # a trail longer than the table: the vertical scroll bar shows too
        world.sign_in(f"user{_}", "peer_educator")
    _window, tab = open_audit_tab(qtbot, world)
    qtbot.wait(5)
    # The "Outcome" column ran ~50 px past the edge (before the widths were measured).

    header = tab.table.horizontalHeader()
    last = header.logicalIndex(header.count() - 1)
    right_edge = header.sectionViewportPosition(last) + header.sectionSize(last)
    assert tab.table.verticalScrollBar().maximum() > 0
    assert right_edge <= tab.table.viewport().width()


def test_partner_dialog_fields_have_accessible_names(
    qtbot: QtBot, english: None, session: UiSession
) -> None:
    dialog = PartnerDialog(session, None)
    qtbot.addWidget(dialog)
    dialog.show()
    assert unnamed_inputs(dialog) == []


def test_the_passphrase_field_of_the_sign_in_window_is_named(
    qtbot: QtBot, english: None, flow: AppFlow
) -> None:
    login = flow.login
    assert isinstance(login, LoginWindow)
    # Its row holds the caps-lock warning too: the label still names the field.
    assert spoken_name(login.passphrase_edit) == "Passphrase"
    assert unnamed_inputs(login) == []


def test_alt_and_the_underlined_letter_reach_the_field_not_its_box(
    qtbot: QtBot, english: None, session: UiSession
) -> None:
    dialog = AddUserDialog(session)
    qtbot.addWidget(dialog)
    dialog.show()
    named = [
        label
        for label in dialog.findChildren(QLabel)
        if label.buddy() is not None and isinstance(label.buddy(), INPUTS)
    ]
    assert len(named) >= 4  # user name, role, passphrase, repeat
    for label in named:
        assert spoken(label.text()) == label.buddy().accessibleName()


def test_labels_name_a_control_with_mnemonics_and_colons_dropped() -> None:
    assert spoken("&User name:") == "User name"
    assert spoken("Fish && chips:") == "Fish & chips"
    assert spoken("  To:  ") == "To"


def test_audit_trail_names_records_in_words(qtbot: QtBot, english: None, world: World) -> None:
    world.sign_in("someone", "peer_educator")  # writes user entries to the trail
    _window, tab = open_audit_tab(qtbot, world)
    qtbot.waitUntil(lambda: tab.model.rowCount() > 0)
    column = tab.model.COL_OBJECT
    shown = {tab.model.index(r, column).data() for r in range(tab.model.rowCount())}
    assert any(text.startswith("User ") for text in shown), shown
    assert not any(text.startswith("user ") for text in shown), shown


def _form_rows_with_containers(path: Path) -> list[int]:
    """Lines where a form row is added straight to a layout with a container as its field
    (the label would name the container): those must go through ``add_row``."""
    lines = []
    for node in ast.walk(ast.parse(path.read_text())):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr == "addRow"
            and len(node.args) == 2
        ):
            field = ast.unparse(node.args[1])
            if "stacked(" in field or "errors.field(" in field:
                lines.append(node.lineno)
    return lines


def test_no_form_row_names_a_container_instead_of_its_control() -> None:
    ui = Path(__file__).parents[2] / "peerdesk" / "ui"
    found = {p.name: _form_rows_with_containers(p) for p in sorted(ui.glob("*.py"))}
    assert {name: lines for name, lines in found.items() if lines} == {}
