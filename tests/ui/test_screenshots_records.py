"""More screens rendered to PNG: the participant's record tabs, referrals, sync, and the main
window in a pseudo-translation and at 200% text in high contrast (see test_screenshots.py)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from peerdesk.domain.consent_rules import ConsentTerms
from peerdesk.domain.navigation import Section
from peerdesk.domain.screening_rules import PhaseDraft
from peerdesk.services.consent import ConsentService
from peerdesk.services.pathways import GoalService, PathwayService
from peerdesk.services.referrals import PartnerInfo, ReferralService
from peerdesk.services.screening import ScreeningService
from peerdesk.services.site_info import site_info
from peerdesk.ui import i18n
from peerdesk.ui.appearance import PSEUDO, Appearance
from peerdesk.ui.main_window import MainWindow
from peerdesk.ui.participants_section import ParticipantsSection
from peerdesk.ui.sync_section import SyncSection
from tests.conftest import Site
from tests.factories_sessions import build_world
from tests.factories_sync import (
    make_site,
    trust_both,
    unit_conflicts,
)
from tests.ui import test_screenshots as base
from tests.ui.conftest import make_session

TODAY = date.today()
shoot = base.shoot
#: The same fixtures as test_screenshots.py: English and Spanish, and where pictures go.
language = base.language
shots = base.shots


def _records(signed: object, pid: str) -> None:
    store, actor = signed.store, signed.actor  # type: ignore[attr-defined]
    answers = dict.fromkeys(
        (
            "interest_confirmed",
            "time_remaining_months_ok",
            "no_disqualifying_incident",
            "agrees_to_expectations",
        ),
        "yes",
    )
    screening = ScreeningService(store)
    screening.screen(actor, pid, answers, "eligible", screened_on=TODAY - timedelta(days=60))
    levels = {"housing": 3, "healthcare": 1, "mental_health": 2, "substance_use": 2}
    levels |= {"employment": 3, "education": 1, "id_documents": 3, "transportation": 2}
    screening.record_needs(actor, pid, levels | {"family": 1}, assessed_on=TODAY - timedelta(60))
    ConsentService(store).record(
        actor,
        pid,
        ConsentTerms(
            "Riverside peer program",
            "North Reentry Office",
            "Participation, plans, referrals and the mentor's contact details",
            "Continuity of peer support after release",
            TODAY - timedelta(days=30),
            expires_event="one year after release",
            right_to_revoke_explained=True,
            scope_sud=True,
        ),
    )
    pathways = PathwayService(store)
    pathway = pathways.define(
        actor,
        "Reentry pathway",
        (
            PhaseDraft("Orientation", "orientation", ("Intake done", "Signed agreement")),
            PhaseDraft("Pre-release", "pre_release", ("Release plan", "ID documents ready")),
            PhaseDraft("Post-release", "post_release", ("First check-in",)),
        ),
    )
    pathways.enter_phase(actor, pid, pathway.phases[0].id, entered_on=TODAY - timedelta(50))
    pathways.achieve_milestone(
        actor, pid, pathway.phases[0].milestones[0].id, achieved_on=TODAY - timedelta(49)
    )
    pathways.enter_phase(actor, pid, pathway.phases[1].id, entered_on=TODAY - timedelta(10))
    GoalService(store).set_goal(
        actor,
        pid,
        "Get a state ID before release",
        set_on=TODAY - timedelta(days=20),
        domain="id_documents",
        target_on=TODAY + timedelta(days=40),
    )
    referrals = ReferralService(store)
    housing = referrals.add_partner(
        actor, PartnerInfo("Harbor Street Housing", ("housing", "benefits"), phone="555-0101")
    )
    referrals.add_partner(
        actor, PartnerInfo("Bright Jobs Workforce Center", ("employment", "education"))
    )
    referrals.make(actor, pid, housing.id, "housing", made_on=TODAY - timedelta(days=5))


def test_participant_record_and_referrals(
    qtbot: QtBot, site: Site, language: str, shots: Path
) -> None:
    coordinator = site.sign_in()
    world = build_world(site, coordinator)
    try:
        _records(coordinator, world.mentee)
        window = MainWindow(
            site_info(coordinator.store, coordinator.actor), make_session(coordinator)
        )
        qtbot.addWidget(window)
        window.resize(1280, 800)
        window.show()
        window.show_section(Section.PARTICIPANTS)
        section = window.pages[Section.PARTICIPANTS]
        assert isinstance(section, ParticipantsSection)
        section.open_participant(world.mentee)
        page = section.participant_page
        for number, tab in enumerate(
            (page.screening_tab, page.consent_tab, page.pathway_tab, page.referrals_tab), start=16
        ):
            page.tabs.setCurrentWidget(tab)
            shoot(window, shots, f"{language}-{number}-participant-{type(tab).__name__.lower()}")
        page.tabs.setCurrentWidget(page.matches_tab)
        qtbot.waitUntil(lambda: page.matches_tab.model.rowCount() > 0)
        qtbot.wait(20)  # the count's new text laid out
        shoot(window, shots, f"{language}-19b-participant-matches")
        page.consent_tab.record()
        assert page.consent_tab.dialog is not None
        shoot(page.consent_tab.dialog, shots, f"{language}-20-record-consent")
        page.consent_tab.dialog.reject()
        window.show_section(Section.REFERRALS)
        shoot(window, shots, f"{language}-45-referrals-and-partners")
    finally:
        world.peer.store.close()
        coordinator.store.close()


def test_sync_screen(qtbot: QtBot, tmp_path: Path, language: str, shots: Path) -> None:
    fac = make_site(tmp_path, "Riverside Unit", "facility")
    off = make_site(tmp_path, "North Reentry Office", "office")
    try:
        trust_both(fac, off)
        unit_conflicts(fac, off, tmp_path)
        section = SyncSection(make_session(off))
        qtbot.addWidget(section)
        section.resize(1100, 600)
        section.show()
        shoot(section, shots, f"{language}-80-sync")
        section.tabs.setCurrentIndex(section.conflicts_index)
        shoot(section, shots, f"{language}-81-sync-conflicts")
    finally:
        fac.store.close()
        off.store.close()


@pytest.fixture
def appearance(qapp: QApplication) -> Iterator[Appearance]:
    look = Appearance(qapp)
    yield look
    look.apply(100, False)


@pytest.mark.parametrize(
    ("name", "lang", "scale", "contrast"),
    [
        ("pseudo", PSEUDO, 100, False),
        ("200-high-contrast", "en", 200, True),
    ],
)
def test_layout_checks(
    qtbot: QtBot,
    qapp: QApplication,
    site: Site,
    shots: Path,
    appearance: Appearance,
    name: str,
    lang: str,
    scale: int,
    contrast: bool,
) -> None:
    coordinator = site.sign_in()
    world = build_world(site, coordinator)
    installed = i18n.install_translations(qapp, lang)
    try:
        appearance.apply(scale, contrast)
        window = MainWindow(
            site_info(coordinator.store, coordinator.actor), make_session(coordinator)
        )
        qtbot.addWidget(window)
        window.resize(1280, 800)
        window.show()
        window.show_section(Section.PARTICIPANTS)
        section = window.pages[Section.PARTICIPANTS]
        assert isinstance(section, ParticipantsSection)
        section.open_participant(world.mentee)
        shoot(window, shots, f"{name}-13-participant-profile")
        window.show_section(Section.DASHBOARD)
        shoot(window, shots, f"{name}-05-dashboard")
    finally:
        i18n.remove_translations(qapp, installed)
        world.peer.store.close()
        coordinator.store.close()
