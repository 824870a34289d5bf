"""The monthly report: every figure read back from the PDF against the worked scenario."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from peerdesk.domain.errors import PermissionDenied, ValidationError
from peerdesk.services.auth import SignedIn
from peerdesk.services.report_service import ReportService
from tests.conftest import USER_PASS, Site, add_user
from tests.factories_reports import audit_count, audit_rows, cells_after, pdf_lines, qpdf_check
from tests.unit.test_measures import OCT, _scenario

NOW = datetime(2026, 11, 20, 9, 30, tzinfo=UTC)

#: Worked by hand from ``test_measures._scenario``: (label, October, September, change).
EXPECTED = [
    ("Enrolled", "1", "0", "+1"),
    ("Screened eligible", "2", "0", "+2"),
    ("Eligible and admitted", "1", "0", "+1"),
    ("Admitted of eligible", "50.0%", "—", "—"),
    ("Active (attended or met)", "1", "0", "+1"),
    # p4's match (Aug 1 to Oct 10) is the only one open in September.
    ("Participants with a match", "3", "1", "+2"),
    ("New matches before release", "1", "0", "+1"),
    ("New matches after release", "1", "0", "+1"),
    ("One-on-one contacts held", "2", "0", "+2"),
    # 2 contacts / 3 open matches, scaled to 30 of October's 31 days; none in September.
    ("Contacts per match per month", "0.65", "0.00", "+0.65"),
    ("Median match length (days)", "50.0", "—", "—"),
    ("Group sessions held", "2", "0", "+2"),
    ("Attendance rate", "50.0%", "—", "—"),
    ("Completions before release", "0", "0", "0"),
    ("Completions after release", "1", "0", "+1"),
    # Released Nov 2024 - Oct 2025 (Oct 2024 - Sep 2025 for September): p6 and p7 both times.
    ("Released in the cohort, with a one-year answer", "2", "2", "0"),
    ("Returned to custody", "1", "1", "0"),
    ("Return-to-custody rate", "50.0%", "50.0%", "0.0 pts"),
]


@pytest.fixture
def report(coordinator: SignedIn) -> bytes:
    _scenario(coordinator)
    return ReportService(coordinator.store, clock=lambda: NOW).monthly(coordinator.actor, OCT)


def test_every_measure_against_the_previous_month(report: bytes) -> None:
    lines = pdf_lines(report)
    for label, october, september, change in EXPECTED:
        assert cells_after(lines, label, 3) == [october, september, change], label


def test_referrals_and_outcomes_tables(report: bytes) -> None:
    lines = pdf_lines(report)
    # Made and completed in October, then in September.
    assert cells_after(lines, "Housing", 4) == ["2", "1", "0", "0"]
    assert cells_after(lines, "Employment", 4) == ["0", "0", "1", "0"]
    i = lines.index("30 days")
    assert lines[i : i + 6] == ["30 days", "October 2026", "1", "1", "1", "0"]
    assert lines[i + 6 : i + 12] == ["30 days", "September 2026", "0", "0", "0", "0"]


def test_page_furniture_charts_and_disclaimer(report: bytes, tmp_path: Path) -> None:
    qpdf_check(report, tmp_path)
    text = "\n".join(pdf_lines(report))
    assert "Riverside Unit — October 2026" in text
    assert "Period: 2026-10-01 to 2026-10-31" in text
    assert text.count("These are performance-monitoring figures, not evidence of effect.") == 2
    assert "CONFIDENTIAL" in text and "Generated 2026-11-20 09:30 UTC by maria" in text
    pages = text.count("CONFIDENTIAL")
    assert f"Page 1 of {pages}" in text and f"Page {pages} of {pages}" in text
    for chart in ("Participants and matches", "Sessions, contacts and completions", "Rates (%)"):
        assert chart in text


def test_spanish(coordinator: SignedIn) -> None:
    _scenario(coordinator)
    pdf = ReportService(coordinator.store, clock=lambda: NOW).monthly(
        coordinator.actor, OCT, language="es"
    )
    lines = pdf_lines(pdf)
    text = "\n".join(lines)
    assert "Informe mensual del programa" in text and "octubre de 2026" in text
    assert "no son evidencia de efecto" in text and "CONFIDENCIAL" in text
    assert cells_after(lines, "Inscritos", 3) == ["1", "0", "+1"]
    assert cells_after(lines, "Tasa de asistencia", 3) == ["50.0%", "—", "—"]
    assert "Página 1 de" in text


def test_audited_with_ids_only(report: bytes, coordinator: SignedIn) -> None:
    entries = audit_rows(coordinator, "report.")
    assert [(e.action, e.object_type, e.object_id) for e in entries] == [
        ("report.monthly", "period", "2026-10")
    ]


def test_empty_site_prints_zeros_and_dashes(coordinator: SignedIn) -> None:
    pdf = ReportService(coordinator.store, clock=lambda: NOW).monthly(coordinator.actor, OCT)
    lines = pdf_lines(pdf)
    assert cells_after(lines, "Enrolled", 3) == ["0", "0", "0"]
    assert cells_after(lines, "Attendance rate", 3) == ["—", "—", "—"]
    assert "No referrals in either month." in lines


@pytest.mark.parametrize("role", ["peer_educator"])
def test_roles_without_report_run_are_refused(site: Site, coordinator: SignedIn, role: str) -> None:
    add_user(coordinator, "pe1", role)
    peer = site.sign_in("pe1", USER_PASS)
    try:
        with pytest.raises(PermissionDenied):
            ReportService(peer.store).monthly(peer.actor, OCT)
    finally:
        peer.store.close()
    denied = audit_rows(coordinator, "report.run")
    assert [e.outcome for e in denied] == ["denied"]
    assert not audit_rows(coordinator, "report.monthly")


def test_auditor_may_run_it(site: Site, coordinator: SignedIn) -> None:
    add_user(coordinator, "aud", "auditor")
    auditor = site.sign_in("aud", USER_PASS)
    try:
        pdf = ReportService(auditor.store).monthly(auditor.actor, OCT)
    finally:
        auditor.store.close()
    assert pdf.startswith(b"%PDF")


def test_unknown_language_is_refused_before_anything(coordinator: SignedIn) -> None:
    before = audit_count(coordinator)
    with pytest.raises(ValidationError) as err:
        ReportService(coordinator.store).monthly(coordinator.actor, OCT, language="fr")
    assert err.value.field == "language"
    assert audit_count(coordinator) == before
