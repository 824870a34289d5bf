"""Long reports say how far they got and stop, leaving no trace, when cancelled."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from peerdesk.domain.measures import Period
from peerdesk.services.auth import SignedIn
from peerdesk.services.report_progress import ReportCancelled, ReportProgress
from peerdesk.services.report_service import ReportService
from tests.factories_reports import audit_count, audit_rows, pdf_lines

OCTOBER = Period.month(2026, 10)

RUNS: dict[str, Callable[[ReportService, SignedIn, ReportProgress], bytes]] = {
    "monthly": lambda svc, si, p: svc.monthly(si.actor, OCTOBER, progress=p),
    "grant": lambda svc, si, p: svc.grant(
        si.actor, date(2026, 1, 1), date(2026, 10, 31), progress=p
    ),
    "attendance": lambda svc, si, p: svc.attendance(si.actor, OCTOBER, progress=p),
}


@pytest.mark.parametrize("kind", sorted(RUNS))
def test_steps_reported_in_order(coordinator: SignedIn, kind: str) -> None:
    seen: list[int] = []
    pdf = RUNS[kind](ReportService(coordinator.store), coordinator, ReportProgress(seen.append))
    assert pdf_lines(pdf)
    assert seen == sorted(seen) and seen[0] == 5 and len(seen) >= 2
    assert [r.action for r in audit_rows(coordinator, "report.")] == [f"report.{kind}"]


@pytest.mark.parametrize("kind", sorted(RUNS))
def test_cancelled_report_rolls_back(coordinator: SignedIn, kind: str) -> None:
    seen: list[int] = []

    def step(percent: int) -> None:
        seen.append(percent)
        progress.cancel()  # the person presses Cancel while the first step runs

    progress = ReportProgress(step)
    before = audit_count(coordinator)
    with pytest.raises(ReportCancelled):
        RUNS[kind](ReportService(coordinator.store), coordinator, progress)
    assert seen == [5]
    assert audit_count(coordinator) == before  # the audit entry was rolled back


def test_percent_is_clamped() -> None:
    seen: list[int] = []
    progress = ReportProgress(seen.append)
    progress.step(-3)
    progress.step(130)
    assert seen == [0, 100]
    assert not progress.cancelled
    progress.cancel()
    assert progress.cancelled
    with pytest.raises(ReportCancelled):
        progress.step(50)
