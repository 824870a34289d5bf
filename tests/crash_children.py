"""Child processes for the crash-safety tests (tests/integration/test_crash_safety*.py).

Run as ``python -m tests.crash_children <mode> <data dir>`` with ``tests.conftest.child_env``.
The parent SIGKILLs the child at random moments and then checks the database.

Modes:
    writes: sign in as the coordinator and perform user actions through the real services, one
        at a time, printing ``start <n>`` before and ``done <n>`` after each committed one.
        The action is chosen from the number of actions already in the database
        (``action_count``), so a child started again after a kill carries on the same cycle.
    migrate: open the store (which backs up and migrates an older database), print ``done``.
        The data key comes from ``CRASH_DATA_KEY`` (hex) so that no sign-in entry is written.

Deliberate bugs the tests must catch (to prove they can fail): ``CRASH_BREAK=split`` makes
every audited action commit its records and its audit entry in two transactions, with a pause
between; ``CRASH_BREAK=direct-backup`` writes the pre-migration backup under its final name
instead of a temporary one.
"""

from __future__ import annotations

import os
import sys
import time
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from peerdesk.clock import utcnow
from peerdesk.db.models import AuditRow, GroupRow, GroupSessionRow, ParticipantRow
from peerdesk.db.store import DataPaths, Store

#: The audited actions the ``writes`` child performs, in cycle order.
ACTIONS = ("participant.create", "session.record", "note.create", "consent.create")
#: The group the ``writes`` child records sessions for (made by the parent).
GROUP_NAME = "Crash Course"
MEMBERS_JOINED = date(2024, 1, 2)


def action_count(store: Store) -> int:
    """How many complete user actions of the cycle the database holds, by their audit entries.

    Each recorded session also wrote one ``note.create`` entry (the note on its first mark).
    """
    with store.uow(write=False) as uow:
        by_action = dict(
            uow.session.execute(
                select(AuditRow.action, func.count())
                .where(AuditRow.action.in_(ACTIONS), AuditRow.outcome == "ok")
                .group_by(AuditRow.action)
            ).all()
        )
    return sum(by_action.values()) - by_action.get("session.record", 0)


def _break_into_two_transactions() -> None:
    """The deliberate bug: commit the records, pause, then write the audit entry."""
    from peerdesk.services.records import RecordWriter

    original = RecordWriter.audit

    def audit(self: RecordWriter, action: str, object_type: str, object_id: str) -> None:
        self.s.commit()
        time.sleep(0.05)
        original(self, action, object_type, object_id)

    RecordWriter.audit = audit  # type: ignore[method-assign]


def _write_backups_in_place() -> None:
    """The deliberate bug: write the pre-migration backup under its final name directly."""
    import peerdesk.db.migrate as migrate
    from peerdesk.db.engine import connect_raw

    def backup(engine: Any, db_path: Path, from_rev: str, key: bytes) -> Path:
        target = db_path.parent / "backups" / f"in-place-{from_rev}.db"
        target.parent.mkdir(exist_ok=True)
        dest = connect_raw(target, key)
        raw = engine.raw_connection()
        raw.driver_connection.backup(dest)
        raw.close()
        dest.close()
        return target

    migrate.backup_before_migration = backup


def _one_action(signed: Any, n: int, group_id: str, members: list[str]) -> None:
    from peerdesk.services.consent import ConsentService
    from peerdesk.services.notes import NoteService
    from peerdesk.services.participants import ParticipantService
    from peerdesk.services.sessions import AttendanceMark, SessionDraft, SessionService
    from tests.factories import make_profile
    from tests.factories_records import make_terms

    store, actor = signed.store, signed.actor
    kind = ACTIONS[n % len(ACTIONS)]
    if kind == "participant.create":
        ParticipantService(store).enroll(actor, make_profile(doc_number=f"C{n:06d}"))
        return
    with store.uow(write=False) as uow:
        latest = uow.session.scalars(
            select(ParticipantRow.id).order_by(ParticipantRow.created_at.desc()).limit(1)
        ).one()
    if kind == "note.create":
        with store.uow(write=False) as uow:
            session_id = uow.session.scalars(
                select(GroupSessionRow.id).order_by(GroupSessionRow.created_at.desc()).limit(1)
            ).one()
        # Never on the first member: that one carries the note of the session itself.
        about = members[1 + n % (len(members) - 1)]
        NoteService(store).write(actor, about, f"follow-up {n}", session_id=session_id)
    elif kind == "session.record":
        marks = tuple(
            AttendanceMark(pid, "present", note=f"took part {n}" if i == 0 else "")
            for i, pid in enumerate(members)
        )
        draft = SessionDraft(
            group_id=group_id,
            start_time=f"{n % 24:02d}:{n % 60:02d}",
            duration_minutes=60,
            attendance=marks,
            held_on=utcnow().date() - timedelta(days=n // 24),
            module=f"module {n}",
        )
        SessionService(store).record(actor, draft)
    else:
        ConsentService(store).record(
            actor, latest, make_terms(signed_on=date(2026, 3, 1), expires_on=date(2030, 1, 1))
        )


def _import_action_modules() -> None:
    """Import what the actions use before ``ready``: otherwise the first action spends most of
    its time importing (over half a second on a loaded machine), and kills meant to land
    inside actions land in the imports, with no action done."""
    import importlib

    for module in (
        "peerdesk.services.consent",
        "peerdesk.services.notes",
        "peerdesk.services.participants",
        "peerdesk.services.sessions",
        "tests.factories",
        "tests.factories_records",
    ):
        importlib.import_module(module)


def writes(root: Path) -> None:
    from peerdesk.db.models import GroupMemberRow
    from peerdesk.services.auth import AuthService

    signed = AuthService(DataPaths(root)).sign_in(
        os.environ["PEERDESK_USER"], os.environ["PEERDESK_PASSPHRASE"]
    )
    with signed.store.uow(write=False) as uow:
        group_id = uow.session.scalars(select(GroupRow.id).where(GroupRow.name == GROUP_NAME)).one()
        members = list(
            uow.session.scalars(
                select(GroupMemberRow.participant_id)
                .where(GroupMemberRow.group_id == group_id)
                .order_by(GroupMemberRow.participant_id)
            )
        )
    if os.environ.get("CRASH_BREAK") == "split":
        _break_into_two_transactions()
    n = action_count(signed.store)
    _import_action_modules()
    print("ready", flush=True)
    while True:
        print(f"start {n + 1}", flush=True)
        _one_action(signed, n, group_id, members)
        n += 1
        print(f"done {n}", flush=True)


def migrate(root: Path) -> None:
    key = bytes.fromhex(os.environ["CRASH_DATA_KEY"])
    import alembic.command  # noqa: F401  (imported before "ready": the kill window is the work)

    if os.environ.get("CRASH_BREAK") == "direct-backup":
        _write_backups_in_place()
    print("ready", flush=True)
    Store.open(DataPaths(root), key).close()
    print("done", flush=True)


if __name__ == "__main__":
    {"writes": writes, "migrate": migrate}[sys.argv[1]](Path(sys.argv[2]))
