"""Sign-in sheets (who may print which) and the attendance summary per group."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from peerdesk.domain.errors import NotFound, PermissionDenied
from peerdesk.domain.measures import Period
from peerdesk.services.auth import SignedIn
from peerdesk.services.report_service import ReportService
from peerdesk.services.sessions import AttendanceMark, SessionDraft, SessionService
from tests.conftest import Site
from tests.factories_reports import audit_rows, cells_after, pdf_lines, qpdf_check
from tests.factories_sessions import TODAY, World, build_world

MONTH = Period.month(TODAY.year, TODAY.month)


@pytest.fixture
def world(site: Site, coordinator: SignedIn) -> Iterator[World]:
    w = build_world(site, coordinator)
    yield w
    w.close()


def _record(w: World, group: str, marks: list[tuple[str, str]], start: str) -> str:
    draft = SessionDraft(
        group_id=group,
        start_time=start,
        duration_minutes=90,
        held_on=TODAY,
        module="Module 3: Ñ & <friends>",
        attendance=tuple(
            AttendanceMark(pid, status, "lockdown" if status == "excused" else "")
            for pid, status in marks
        ),
    )
    return SessionService(w.coord.store).record(w.coord.actor, draft).id


def _members(w: World, statuses: list[str]) -> list[tuple[str, str]]:
    return list(zip(w.members, statuses, strict=True))


def test_sheet_lists_the_roster_with_blank_lines(world: World, tmp_path: Path) -> None:
    session = _record(world, world.group_id, _members(world, ["present"] * 3), "09:30")
    pdf = ReportService(world.coord.store).signin(world.coord.actor, session)
    lines = pdf_lines(pdf)
    assert cells_after(lines, "Group", 1) == ["Thinking for a Change"]
    assert cells_after(lines, "Date", 1) == [TODAY.isoformat()]
    assert cells_after(lines, "Time", 1) == ["09:30"]
    assert cells_after(lines, "Module", 1) == ["Module 3: Ñ & <friends>"]
    assert cells_after(lines, "Facilitators", 1) == ["Tomas Reyes"]
    names = [line for line in lines if line.endswith(", Ana")]
    assert names == ["Adams, Ana", "Baker, Ana", "Cruz, Ana"]
    for number, name in enumerate(names, start=1):
        assert lines[lines.index(name) - 1] == str(number)
    # Four blank lines for people not on the roster, numbered on.
    last = lines.index("Cruz, Ana")
    assert lines[last + 3 : last + 7] == ["4", "5", "6", "7"]
    assert "Facilitator signature" in lines and "Page 1 of 1" in lines
    qpdf_check(pdf, tmp_path)
    assert [(e.object_type, e.object_id) for e in audit_rows(world.coord, "report.signin")] == [
        ("session", session)
    ]


def test_peer_educator_prints_own_groups_only(world: World) -> None:
    own = _record(world, world.group_id, _members(world, ["present"] * 3), "09:30")
    other = _record(world, world.other_group_id, [(world.outsider, "present")], "10:00")
    pdf = ReportService(world.peer.store).signin(world.peer.actor, own)
    assert "Adams, Ana" in pdf_lines(pdf)
    with pytest.raises(NotFound):
        ReportService(world.peer.store).signin(world.peer.actor, other)
    pdf = ReportService(world.peer.store).signin_for_group(world.peer.actor, world.group_id, TODAY)
    assert "Cruz, Ana" in pdf_lines(pdf)


@pytest.mark.parametrize("role", ["auditor", "reentry_staff"])
def test_report_runners_print_any_sheet(world: World, role: str) -> None:
    other = _record(world, world.other_group_id, [(world.outsider, "present")], "10:00")
    who = world.sign_in("someone", role)
    lines = pdf_lines(ReportService(who.store).signin(who.actor, other))
    assert "Parenting Inside" in lines


def test_peer_educator_cannot_run_other_reports(world: World) -> None:
    with pytest.raises(PermissionDenied):
        ReportService(world.peer.store).attendance(world.peer.actor, MONTH)


def test_cancelled_session_sheet_says_so(world: World) -> None:
    cancelled = SessionService(world.coord.store).record_cancelled(
        world.coord.actor, world.group_id, "lockdown", held_on=TODAY, start_time="14:00"
    )
    text = "\n".join(
        pdf_lines(ReportService(world.coord.store).signin(world.coord.actor, cancelled.id))
    )
    assert "This session was recorded as cancelled (lockdown)." in text
    assert "Adams, Ana" in text


def test_attendance_summary_per_group(world: World, tmp_path: Path) -> None:
    _record(world, world.group_id, _members(world, ["present", "absent", "excused"]), "09:00")
    _record(world, world.group_id, _members(world, ["present", "present", "absent"]), "13:00")
    SessionService(world.coord.store).record_cancelled(
        world.coord.actor, world.group_id, "lockdown", held_on=TODAY, start_time="16:00"
    )
    _record(world, world.other_group_id, [(world.outsider, "present")], "10:00")
    pdf = ReportService(world.coord.store).attendance(world.coord.actor, MONTH)
    lines = pdf_lines(pdf)
    # held, cancelled, present, absent, excused, rate = present / (present + absent)
    assert cells_after(lines, "Thinking for a Change", 6) == ["2", "1", "3", "2", "1", "60.0%"]
    assert cells_after(lines, "Parenting Inside", 6) == ["1", "0", "1", "0", "0", "100.0%"]
    assert cells_after(lines, "All groups", 6) == ["3", "1", "4", "2", "1", "66.7%"]
    qpdf_check(pdf, tmp_path)
    es = pdf_lines(
        ReportService(world.coord.store).attendance(world.coord.actor, MONTH, language="es")
    )
    assert cells_after(es, "Todos los grupos", 6) == ["3", "1", "4", "2", "1", "66.7%"]


def test_attendance_summary_of_an_empty_month(world: World) -> None:
    empty = Period.month(2001, 1)
    lines = pdf_lines(ReportService(world.coord.store).attendance(world.coord.actor, empty))
    assert "No group sessions in this period." in lines
