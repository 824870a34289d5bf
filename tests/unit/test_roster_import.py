"""Roster import: CSV and XLSX, create vs update, bad rows, dry runs, file errors and roles."""

from __future__ import annotations

import zipfile
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from peerdesk.db.models import AuditRow, ChangeLogRow, ParticipantRow, ParticipantStatusRow
from peerdesk.domain import roster_rules
from peerdesk.domain.errors import PermissionDenied, ValidationError
from peerdesk.services.auth import SignedIn
from peerdesk.services.participants import ParticipantService
from peerdesk.services.roster_import import ImportReport, RosterImportService
from tests.conftest import USER_PASS, Site, add_user
from tests.factories import make_profile
from tests.factories_roster import HEADER, roster_row, write_csv, write_xlsx


def _import(signed: SignedIn, path: Path, **kw: object) -> ImportReport:
    return RosterImportService(signed.store).import_file(signed.actor, path, **kw)  # type: ignore[arg-type]


def _count(signed: SignedIn, model: type) -> int:
    with signed.store.uow(write=False) as uow:
        return int(uow.session.scalar(select(func.count()).select_from(model)) or 0)


def _people(signed: SignedIn) -> dict[str, ParticipantRow]:
    with signed.store.uow(write=False) as uow:
        return {r.doc_number: r for r in uow.session.scalars(select(ParticipantRow))}


def _audit(signed: SignedIn) -> list[tuple[str, str]]:
    with signed.store.uow(write=False) as uow:
        rows = uow.session.execute(
            select(AuditRow.action, AuditRow.object_id).order_by(AuditRow.seq)
        )
        return [(a, o) for a, o in rows]


def _nothing_written(signed: SignedIn, audit_before: list[tuple[str, str]]) -> None:
    assert _count(signed, ParticipantRow) == 0
    assert _count(signed, ChangeLogRow) == 0
    assert _audit(signed) == audit_before


# --- good files -----------------------------------------------------------------------------
@pytest.mark.parametrize("bom", [True, False])
def test_csv_creates_referred_participants(
    coordinator: SignedIn, tmp_path: Path, bom: bool
) -> None:
    path = write_csv(
        tmp_path / "r.csv", [roster_row("a1"), roster_row("A2", last_name="Lee")], bom=bom
    )
    report = _import(coordinator, path)
    assert (report.rows, report.created, report.updated, report.unchanged) == (2, 2, 0, 0)
    assert report.written and not report.errors
    people = _people(coordinator)
    p = people["A1"]
    assert (p.legal_last_name, p.legal_first_name, p.search_last) == ("Núñez", "José", "nunez")
    assert p.status == "referred" and p.status_date == date.today()
    assert p.origin_site_id == coordinator.actor.site_id
    assert p.projected_release_date == date(2027, 3, 1) and p.primary_language == "Spanish"
    assert _count(coordinator, ParticipantStatusRow) == 2
    with coordinator.store.uow(write=False) as uow:
        tables = sorted(uow.session.scalars(select(ChangeLogRow.table_name)))
        assert tables.count("participants") == 2
        assert tables.count("participant_status_history") == 2
    actions = _audit(coordinator)
    assert actions[-1] == ("roster.import", "created=2,updated=0,unchanged=0")
    assert sorted(o for a, o in actions if a == "participant.create") == sorted(
        r.id for r in people.values()
    )
    # The imported participants are ordinary ones: the participant service reads them.
    detail = ParticipantService(coordinator.store).get(coordinator.actor, p.id)
    assert detail.profile.housing_unit == "B-2"


def test_xlsx_with_typed_cells(coordinator: SignedIn, tmp_path: Path) -> None:
    rows = [
        [4711, "Ortiz", "Ana", date(1990, 5, 6), "C-1", date(2027, 1, 2), "English"],
        ["B9", "Smith", "Jo", "1970-01-01", None, None, None],
    ]
    report = _import(coordinator, write_xlsx(tmp_path / "r.xlsx", rows))
    assert report.created == 2 and not report.errors
    people = _people(coordinator)
    assert people["4711"].date_of_birth == date(1990, 5, 6)
    assert people["B9"].housing_unit == "" and people["B9"].projected_release_date is None


def test_xlsx_bad_rows_are_named_by_sheet_row(coordinator: SignedIn, tmp_path: Path) -> None:
    rows = [roster_row("A1"), [None] * 7, roster_row("A2", date_of_birth="1/2/90")]
    rows.append(["A3", "=CONCAT(B2,C2)", "Kim", "1990-01-01"])
    report = _import(coordinator, write_xlsx(tmp_path / "r.xlsx", rows))
    assert [(e.line, e.field) for e in report.errors] == [(4, "date_of_birth"), (5, "last_name")]
    assert not report.written


def test_reimport_updates_changed_fields_only(coordinator: SignedIn, tmp_path: Path) -> None:
    _import(coordinator, write_csv(tmp_path / "a.csv", [roster_row("A1"), roster_row("A2")]))
    before = _people(coordinator)
    rows = [
        roster_row("a1", housing_unit="D-4"),
        roster_row("A2", housing_unit="", primary_language=""),  # empty cells keep the values
        roster_row("A3"),
    ]
    report = _import(coordinator, write_csv(tmp_path / "b.csv", rows))
    assert (report.created, report.updated, report.unchanged) == (1, 1, 1)
    after = _people(coordinator)
    assert len(after) == 3
    assert after["A1"].id == before["A1"].id and after["A1"].housing_unit == "D-4"
    assert after["A1"].stamp > before["A1"].stamp
    assert after["A2"].housing_unit == "B-2" and after["A2"].stamp == before["A2"].stamp
    with coordinator.store.uow(write=False) as uow:
        last = uow.session.scalars(
            select(ChangeLogRow)
            .where(ChangeLogRow.record_id == before["A1"].id)
            .order_by(ChangeLogRow.seq.desc())
        ).first()
    assert last is not None and last.fields == "housing_unit"
    assert ("participant.update", before["A1"].id) in _audit(coordinator)
    assert _count(coordinator, ParticipantStatusRow) == 3  # an update adds no status


def test_renaming_updates_the_search_keys(coordinator: SignedIn, tmp_path: Path) -> None:
    _import(coordinator, write_csv(tmp_path / "a.csv", [roster_row("A1")]))
    _import(coordinator, write_csv(tmp_path / "b.csv", [roster_row("A1", last_name="Peña")]))
    p = _people(coordinator)["A1"]
    assert (p.legal_last_name, p.search_last) == ("Peña", "pena")


def test_existing_participant_from_the_form_is_updated(
    coordinator: SignedIn, tmp_path: Path
) -> None:
    made = ParticipantService(coordinator.store).enroll(
        coordinator.actor, make_profile(doc_number="X-77")
    )
    report = _import(coordinator, write_csv(tmp_path / "r.csv", [roster_row(" x-77 ")]))
    assert (report.created, report.updated) == (0, 1)
    assert _people(coordinator)["X-77"].id == made.id


def test_mapped_columns(coordinator: SignedIn, tmp_path: Path) -> None:
    header = ["Inmate #", "Surname", "Given", "DOB", "Unit"]
    path = write_csv(tmp_path / "r.csv", [["Q1", "Ruiz", "Luz", "1985-02-03", "A-1"]], header)
    mapping = {
        "doc_number": "Inmate #",
        "last_name": "surname",
        "first_name": "Given",
        "date_of_birth": "DOB",
        "housing_unit": "Unit",
    }
    report = _import(coordinator, path, mapping=mapping)
    assert report.created == 1
    assert _people(coordinator)["Q1"].housing_unit == "A-1"


# --- bad rows -------------------------------------------------------------------------------
def _mixed(tmp_path: Path) -> Path:
    return write_csv(
        tmp_path / "r.csv",
        [
            roster_row("A1"),
            roster_row("A2", last_name="Two\nLines"),  # a quoted cell over two lines
            roster_row("A3", date_of_birth="1990-13-01"),
            roster_row("A4"),
            roster_row("A1", first_name="Again"),
        ],
    )


def test_bad_rows_stop_the_import_by_default(coordinator: SignedIn, tmp_path: Path) -> None:
    before = _audit(coordinator)
    report = _import(coordinator, _mixed(tmp_path))
    # Line 1 is the header; row A2 spans lines 3-4, so A3 is on line 5 and the second A1 on 7.
    assert [str(e).split(":")[0] for e in report.errors] == ["line 2", "line 5", "line 7"]
    assert [e.field for e in report.errors] == ["doc_number", "date_of_birth", "doc_number"]
    assert report.bad_rows == 3 and report.rows == 5
    assert not report.written
    assert (report.created, report.updated) == (2, 0)  # what the good rows would do
    _nothing_written(coordinator, before)


def test_skip_invalid_imports_the_good_rows(coordinator: SignedIn, tmp_path: Path) -> None:
    report = _import(coordinator, _mixed(tmp_path), skip_invalid=True)
    assert report.written and report.created == 2 and report.bad_rows == 3
    assert sorted(_people(coordinator)) == ["A2", "A4"]
    assert _people(coordinator)["A2"].legal_last_name == "Two Lines"


def test_dry_run_writes_nothing(coordinator: SignedIn, tmp_path: Path) -> None:
    before = _audit(coordinator)
    path = write_csv(tmp_path / "r.csv", [roster_row("A1"), roster_row("A2")])
    report = _import(coordinator, path, dry_run=True)
    assert report.dry_run and not report.written and report.created == 2
    _nothing_written(coordinator, before)


def test_a_removed_participants_doc_cannot_be_reused(coordinator: SignedIn, tmp_path: Path) -> None:
    svc = ParticipantService(coordinator.store)
    made = svc.enroll(coordinator.actor, make_profile(doc_number="Z1"))
    svc.tombstone(coordinator.actor, made.id)
    report = _import(coordinator, write_csv(tmp_path / "r.csv", [roster_row("Z1")]))
    assert [(e.line, e.field) for e in report.errors] == [(2, "doc_number")]
    assert "removed" in report.errors[0].message and not report.written


# --- the file as a whole --------------------------------------------------------------------
def _file_error(signed: SignedIn, path: Path, **kw: object) -> str:
    before = _audit(signed)
    with pytest.raises(ValidationError) as err:
        _import(signed, path, **kw)
    assert err.value.field in ("file", "columns")
    _nothing_written(signed, before)
    return err.value.message


def test_file_problems_are_one_clear_sentence(coordinator: SignedIn, tmp_path: Path) -> None:
    assert "no file" in _file_error(coordinator, tmp_path / "missing.csv")
    (tmp_path / "empty.csv").write_bytes(b"\xef\xbb\xbf \r\n")
    assert "empty" in _file_error(coordinator, tmp_path / "empty.csv")
    (tmp_path / "latin.csv").write_bytes(",".join(HEADER).encode() + b"\nA1,N\xfa\xf1ez\n")
    assert "UTF-8" in _file_error(coordinator, tmp_path / "latin.csv")
    (tmp_path / "fake.xlsx").write_bytes(b"just some text")
    assert "Excel" in _file_error(coordinator, tmp_path / "fake.xlsx")
    with zipfile.ZipFile(tmp_path / "zip.xlsx", "w") as z:
        z.writestr("hello.txt", "not a workbook")
    assert "Excel" in _file_error(coordinator, tmp_path / "zip.xlsx")
    (tmp_path / "old.xls").write_bytes(b"\xd0\xcf\x11\xe0" + b"\0" * 600)
    assert ".xls" in _file_error(coordinator, tmp_path / "old.xls")
    assert "no rows" in _file_error(coordinator, write_csv(tmp_path / "h.csv", []))
    assert "folder" in _file_error(coordinator, tmp_path)


def test_a_missing_column_is_reported_before_any_row(coordinator: SignedIn, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "r.csv", [["A1", "Lee", "1990-01-01"]], ["doc_number", "x", "y"])
    message = _file_error(coordinator, path)
    assert "'last_name'" in message and "--map" in message


def test_too_many_rows(
    coordinator: SignedIn, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(roster_rules, "MAX_ROWS", 3)
    rows = [roster_row(f"A{i}") for i in range(4)]
    assert "more than 3 rows" in _file_error(coordinator, write_csv(tmp_path / "r.csv", rows))
    assert "more than 3 rows" in _file_error(coordinator, write_xlsx(tmp_path / "r.xlsx", rows))
    ok = write_csv(tmp_path / "ok.csv", [*rows[:3], [""] * 7])  # blank rows do not count
    assert _import(coordinator, ok).created == 3


# --- roles ----------------------------------------------------------------------------------
def test_roles(site: Site, coordinator: SignedIn, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "r.csv", [roster_row("A1")])
    for username, role in (("pe1", "peer_educator"), ("aud1", "auditor"), ("re1", "reentry_staff")):
        add_user(coordinator, username, role)
    for username in ("pe1", "aud1"):
        signed = site.sign_in(username, USER_PASS)
        try:
            with pytest.raises(PermissionDenied):
                _import(signed, path)
            assert _audit(signed)[-1][0] == "participant.edit"
        finally:
            signed.store.close()
    assert _count(coordinator, ParticipantRow) == 0
    staff = site.sign_in("re1", USER_PASS)
    try:
        assert _import(staff, path).created == 1
    finally:
        staff.store.close()
