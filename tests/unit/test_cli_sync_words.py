"""``peerdesk sync`` prints plain words, the Sync screen's, never table or column names."""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from pathlib import Path

import pytest

from peerdesk import cli, cli_sync
from peerdesk.cli_sync_words import (
    count_word,
    field_word,
    kind_word,
    subject,
    value_words,
    why_words,
)
from peerdesk.db.models import ParticipantRow
from peerdesk.services.auth import AuthService, SignedIn
from peerdesk.services.sync_service import SyncService
from peerdesk.sync.payload_tables import SYNCED_TABLES, data_columns
from peerdesk.ui import sync_labels
from tests.conftest import ADMIN, ADMIN_PASS
from tests.factories_sync import edit_row, facility_and_office
from tests.unit.test_sync_apply import Usb, shared
from tests.unit.test_sync_import_duplicates import enrolled_twice

Pair = tuple[SignedIn, SignedIn]


@pytest.fixture
def sites(tmp_path: Path) -> Iterator[Pair]:
    yield from facility_and_office(tmp_path)


def test_the_words_are_the_sync_screens() -> None:
    for table, text in sync_labels.KINDS.items():
        assert kind_word(table) == text
    for name, text in sync_labels.FIELDS.items():
        assert field_word(name) == text, name
    for reason, text in sync_labels.WHY.items():
        assert why_words(reason) == text
    for table in SYNCED_TABLES:  # every kind of record that travels has its words
        assert kind_word(table) == sync_labels.KINDS[table]
        assert "_" not in count_word(table) and count_word(table).islower()
        for name in data_columns(table):
            assert "_" not in field_word(name)
    assert subject("participants", "housing_unit") == "Participant · Housing unit"
    assert field_word("some_new_field") == "Some new field"


def test_values_read_plainly() -> None:
    assert value_words('"F-1"') == "F-1"
    assert (value_words("true"), value_words("false")) == ("Yes", "No")
    assert value_words('""') == value_words("null") == "—"
    assert value_words("3") == "3"
    lost = '{"preferred_name": "Lu", "doc_number": "K1"}'
    assert value_words(lost) == "DOC number: K1; Preferred name: Lu"
    assert value_words("{nope") == "{nope"


def run_cli(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    signed: SignedIn,
    command: str,
    **args: str,
) -> str:
    """A ``peerdesk sync`` command in this process, signed in at ``signed``'s site."""
    paths = signed.store.paths
    monkeypatch.setattr(cli, "_sign_in", lambda _a: AuthService(paths).sign_in(ADMIN, ADMIN_PASS))
    capsys.readouterr()
    assert getattr(cli_sync, f"cmd_{command}")(argparse.Namespace(**args)) == 0
    return capsys.readouterr().out


RAW = ("participants:", "housing_unit", "participant_status_history", "same_doc_number", '"')


def test_import_and_conflicts_print_no_codes(
    sites: Pair,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    fac, off = sites
    usb = Usb(tmp_path)
    pid = shared(fac, off, usb)
    edit_row(fac, ParticipantRow, pid, housing_unit="F-1")
    edit_row(off, ParticipantRow, pid, housing_unit="O-7")
    folder = usb()
    folder.mkdir()
    bundle = SyncService(fac.store).export_bundle(fac.actor, off.actor.site_id, folder).path
    printed = run_cli(monkeypatch, capsys, off, "import", file=str(bundle))
    assert "participants: 1" in printed and "conflicts to review 1" in printed
    listed = run_cli(monkeypatch, capsys, off, "conflicts")
    assert "Participant · Housing unit" in listed
    assert "kept O-7" in listed and "other F-1" in listed
    assert not [raw for raw in RAW if raw in listed]


def test_possible_duplicates_say_why_in_words(
    sites: Pair,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    fac, off = sites
    usb = Usb(tmp_path)
    enrolled_twice(fac, off, usb)
    folder = usb()
    folder.mkdir()
    bundle = SyncService(fac.store).export_bundle(fac.actor, off.actor.site_id, folder).path
    printed = run_cli(monkeypatch, capsys, off, "import", file=str(bundle))
    assert "(Same DOC number)" in printed and "same_doc_number" not in printed
    assert not [line for line in printed.splitlines() if "_" in line.split(":")[0]]
