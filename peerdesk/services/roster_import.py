"""``peerdesk roster import FILE``: add and update participants from a CSV or XLSX roster.

The whole file is read and checked before anything is written. By default one bad row stops the
import (nothing is written); ``skip_invalid`` imports the good rows; ``dry_run`` only reports.
Good rows are written in one unit of work: new DOC numbers become participants with status
"referred"; a DOC number already here updates that participant, and only the fields that the
row gives and that differ (an empty cell never clears a stored value).
"""

from __future__ import annotations

import csv
import io
import uuid
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from peerdesk.clock import Clock, iso, utcnow
from peerdesk.db import audit_log
from peerdesk.db.models import ChangeLogRow, ParticipantRow, ParticipantStatusRow
from peerdesk.db.store import Store
from peerdesk.domain import roster_rules as rules
from peerdesk.domain.errors import ValidationError
from peerdesk.domain.participant import ParticipantStatus
from peerdesk.domain.roles import Action
from peerdesk.domain.roster_rules import RosterEntry, RowError
from peerdesk.domain.text_keys import fold
from peerdesk.services.access import require
from peerdesk.services.actor import Actor
from peerdesk.services.records import RecordWriter
from peerdesk.services.visibility import visible_participants

#: Files larger than this are refused before reading (a roster of 200,000 rows is far smaller).
MAX_FILE_BYTES = 100 * 1024 * 1024
_ZIP_MAGIC = b"PK\x03\x04"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0"  # legacy .xls
_LOOKUP_CHUNK = 500
_NAME_ATTRS = ("legal_last_name", "legal_first_name")
_EMPTY: dict[str, Any] = {
    "preferred_name": "",
    "aliases": "",
    "facility": "",
    "housing_unit": "",
    "primary_language": "",
    "gender_identity": "",
    "release_county": "",
    "release_city": "",
    "projected_release_date": None,
    "actual_release_date": None,
    "risk_level": None,
    "lived_experience": "",
    "interests": "",
    "mentor_gender_preference": "",
}


@dataclass(frozen=True)
class ImportReport:
    """What an import did: ``written`` says whether anything was saved.

    ``created``, ``updated`` and ``unchanged`` count the good rows. When nothing was written (a
    dry run, or bad rows without ``skip_invalid``) they say what importing the good rows would
    do. ``errors`` lists every bad row's reasons, sorted by line.
    """

    rows: int
    created: int
    updated: int
    unchanged: int
    errors: tuple[RowError, ...]
    dry_run: bool
    written: bool

    @property
    def bad_rows(self) -> int:
        return len({e.line for e in self.errors})


@dataclass
class _Plan:
    creates: list[RosterEntry] = field(default_factory=list)
    updates: list[tuple[ParticipantRow, dict[str, Any]]] = field(default_factory=list)
    unchanged: int = 0
    errors: list[RowError] = field(default_factory=list)


# --- reading files ---------------------------------------------------------------------------
Rows = Iterator[tuple[int, Sequence[object]]]


def _read_bytes(path: Path) -> bytes:
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise ValidationError("file", "The file is larger than 100 MB; split it.")
        return path.read_bytes()
    except FileNotFoundError:
        raise ValidationError("file", f"There is no file {path}.") from None
    except IsADirectoryError:
        raise ValidationError("file", f"{path} is a folder, not a file.") from None
    except OSError as exc:
        reason = exc.strerror or "it cannot be read"
        raise ValidationError("file", f"The file {path} cannot be read: {reason}.") from None


def _csv_rows(data: bytes) -> tuple[list[str], Rows]:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ValidationError(
            "file", "The file is not UTF-8 text. Save it as 'CSV UTF-8' and try again."
        ) from None
    reader = csv.reader(io.StringIO(text, newline=""))

    def numbered() -> Rows:
        start = 1
        try:
            for cells in reader:
                yield start, cells
                start = reader.line_num + 1
        except csv.Error:
            raise ValidationError(
                "file", f"The file cannot be read as CSV from line {start} on."
            ) from None

    rows = numbered()
    header = next(rows, None)
    if header is None or rules.is_blank(header[1]):
        raise ValidationError("file", "The file is empty: the first row must name the columns.")
    return [rules.cell_text(c) for c in header[1]], rows


def _xlsx_rows(path: Path) -> tuple[list[str], Rows]:
    """Read the first sheet whole (closing the file at once); blank rows are dropped here."""
    rows: list[tuple[int, Sequence[object]]] = []
    header: Sequence[object] | None = None
    try:
        from openpyxl import load_workbook

        book = load_workbook(path, read_only=True, data_only=False)
        try:
            for n, cells in enumerate(book.worksheets[0].iter_rows(values_only=True), start=1):
                if header is None:
                    header = cells
                elif not rules.is_blank(cells):
                    rows.append((n, cells))
                    if len(rows) > rules.MAX_ROWS:
                        break
        finally:
            book.close()
    except Exception:  # openpyxl raises many kinds for a damaged or foreign file
        raise ValidationError(
            "file", "The file is not a readable Excel (.xlsx) workbook."
        ) from None
    if header is None or rules.is_blank(header):
        raise ValidationError("file", "The file is empty: the first row must name the columns.")
    return [rules.cell_text(c) for c in header], iter(rows)


def read_table(path: Path) -> tuple[list[str], Rows]:
    """The header row and the numbered data rows of a CSV or XLSX file.

    Raises:
        ValidationError: on ``file`` when the file is missing, empty, too big, not UTF-8
            text or not a workbook.
    """
    data = _read_bytes(path)
    if not data.strip():
        raise ValidationError("file", "The file is empty.")
    if data.startswith(_OLE_MAGIC):
        raise ValidationError(
            "file", "Old Excel (.xls) files cannot be read; save it as .xlsx or CSV UTF-8."
        )
    if data.startswith(_ZIP_MAGIC):
        return _xlsx_rows(path)
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        raise ValidationError("file", "The file is not a readable Excel (.xlsx) workbook.")
    return _csv_rows(data)


def check_rows(
    header: Sequence[str], rows: Rows, mapping: Mapping[str, str], today: date
) -> tuple[int, list[RosterEntry], list[RowError]]:
    """Check every row: (data rows read, good entries, errors). Blank rows are ignored."""
    positions = rules.column_positions(header, mapping)
    entries: list[RosterEntry] = []
    errors: list[RowError] = []
    count = 0
    for line, cells in rows:
        if rules.is_blank(cells):
            continue
        count += 1
        if count > rules.MAX_ROWS:
            raise ValidationError(
                "file", f"The file has more than {rules.MAX_ROWS:,} rows; split it."
            )
        result = rules.parse_row(line, cells, positions, today)
        if isinstance(result, RosterEntry):
            entries.append(result)
        else:
            errors.extend(result)
    if count == 0:
        raise ValidationError("file", "The file has column names but no rows to import.")
    dups = rules.duplicate_docs(entries)
    if dups:
        bad = {e.line for e in dups}
        entries = [e for e in entries if e.line not in bad]
        errors.extend(dups)
    return count, entries, errors


# --- the service ------------------------------------------------------------------------------
class RosterImportService:
    """Roster import for one open store."""

    def __init__(self, store: Store, clock: Clock = utcnow) -> None:
        self.store = store
        self.clock = clock

    def import_file(
        self,
        actor: Actor,
        path: Path,
        *,
        mapping: Mapping[str, str] | None = None,
        skip_invalid: bool = False,
        dry_run: bool = False,
    ) -> ImportReport:
        """Read, check and (unless refused or a dry run) import a roster file.

        Raises:
            PermissionDenied: the role may not edit participants.
            ValidationError: the file as a whole cannot be used (``file``, ``columns``, ``map``).
        """
        require(self.store, actor, Action.PARTICIPANT_EDIT, object_type="participant")
        now = self.clock()
        header, rows = read_table(Path(path))
        count, entries, errors = check_rows(header, rows, mapping or {}, now.date())
        with self.store.uow(write=not dry_run) as uow:
            s = uow.session
            plan = self._plan(s, actor, entries)
            plan.errors.extend(errors)
            plan.errors.sort()
            write = not dry_run and (skip_invalid or not plan.errors)
            if write:
                self._write(s, actor, plan, now)
            return ImportReport(
                count,
                len(plan.creates),
                len(plan.updates),
                plan.unchanged,
                tuple(plan.errors),
                dry_run,
                write,
            )

    def _plan(self, s: Session, actor: Actor, entries: list[RosterEntry]) -> _Plan:
        """Sort good rows into new, changed and unchanged participants."""
        plan = _Plan()
        found: dict[str, list[ParticipantRow]] = {}
        docs = [e.doc_number for e in entries]
        for i in range(0, len(docs), _LOOKUP_CHUNK):
            chunk = docs[i : i + _LOOKUP_CHUNK]
            stmt = select(ParticipantRow).where(
                ParticipantRow.doc_number.in_(chunk), visible_participants(actor)
            )
            for row in s.scalars(stmt):
                found.setdefault(row.doc_number, []).append(row)
        for entry in entries:
            candidates = found.get(entry.doc_number, [])
            local = [r for r in candidates if r.origin_site_id == actor.site_id]
            others = [r for r in candidates if r.origin_site_id != actor.site_id and not r.deleted]
            if local and local[0].deleted:
                plan.errors.append(
                    RowError(
                        entry.line,
                        "doc_number",
                        "The DOC number belongs to a participant who was removed; "
                        "it cannot be reused.",
                    )
                )
                continue
            target = local[0] if local else (others[0] if len(others) == 1 else None)
            if target is None and len(others) > 1:
                plan.errors.append(
                    RowError(
                        entry.line,
                        "doc_number",
                        "The DOC number matches several participants from other sites; "
                        "update them one by one.",
                    )
                )
                continue
            if target is None:
                plan.creates.append(entry)
                continue
            changes = {k: v for k, v in entry.values().items() if getattr(target, k) != v}
            if changes:
                plan.updates.append((target, changes))
            else:
                plan.unchanged += 1
        return plan

    def _write(self, s: Session, actor: Actor, plan: _Plan, now: datetime) -> None:
        """Everything under one update stamp (one user action), as ``RecordWriter`` does.

        New rows go in with one INSERT per table rather than ``RecordWriter.insert`` (a flush
        per row), so a roster of thousands takes seconds; their change-log entries name the
        fields set, as ``insert`` logs them.
        """
        w = RecordWriter(s, actor, now)
        stamp, at, today = str(w.stamp), iso(now), now.date()
        sync: dict[str, Any] = {"origin_site_id": actor.site_id, "created_at": at}
        sync |= {"updated_at": at, "stamp": stamp, "deleted": False}
        status = {"status": ParticipantStatus.REFERRED.value}
        people: list[dict[str, Any]] = []
        history: list[dict[str, Any]] = []
        log: list[dict[str, Any]] = []
        for entry in plan.creates:
            values = {**entry.values(), **_search_keys(entry.values()), **status}
            values["status_date"] = today
            pid, hid = str(uuid.uuid4()), str(uuid.uuid4())
            people.append({**_EMPTY, **values, **sync, "id": pid})
            event = {"participant_id": pid, **status, "effective_date": today}
            event["recorded_by"] = actor.username
            history.append({**event, **sync, "id": hid})
            log.append(_log("participants", pid, stamp, values))
            log.append(_log("participant_status_history", hid, stamp, event))
        if people:
            s.execute(insert(ParticipantRow), people)
            s.execute(insert(ParticipantStatusRow), history)
            s.execute(insert(ChangeLogRow), log)
        for row, changes in plan.updates:
            values = dict(changes)
            if any(a in changes for a in _NAME_ATTRS):
                merged = {a: changes.get(a, getattr(row, a)) for a in _NAME_ATTRS}
                values |= _search_keys(merged)
            w.update(row, **values)
        counts = f"created={len(people)},updated={len(plan.updates)},unchanged={plan.unchanged}"
        # One INSERT for every entry: the same chain as appending them one by one.
        audit_log.append_many(
            s,
            [
                *(audit_log.Entry("participant.create", "participant", p["id"]) for p in people),
                *(
                    audit_log.Entry("participant.update", "participant", r.id)
                    for r, _ in plan.updates
                ),
                audit_log.Entry("roster.import", "roster", counts),
            ],
            at=now,
            actor=actor.username,
        )


def _search_keys(values: Mapping[str, Any]) -> dict[str, str]:
    return {
        "search_last": fold(values["legal_last_name"]),
        "search_first": fold(values["legal_first_name"]),
    }


def _log(table: str, record_id: str, stamp: str, values: Mapping[str, Any]) -> dict[str, Any]:
    fields = ",".join(values)
    return {"table_name": table, "record_id": record_id, "stamp": stamp, "fields": fields}
