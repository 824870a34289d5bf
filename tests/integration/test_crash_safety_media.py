"""I/O errors while exporting a sync bundle through the real service, at every step.

tests/unit/test_media.py covers ``write_verified`` and ``write_bundle`` step by step; this adds
the service around them (issue 7): after a full or pulled drive at any step the user gets a
plain sentence, nothing named like a bundle is left unless it is whole and opens, the database
stays sound, and nothing is lost: the next export carries every record to the office.
"""

from __future__ import annotations

import errno
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from peerdesk.services.integrity import check_store
from peerdesk.services.sync_service import SyncService
from peerdesk.sync.errors import MediaError
from tests.factories_sync import consent, enroll, facility_and_office, note, snapshot
from tests.unit.test_media import STEPS, FaultyOps

pytestmark = pytest.mark.slow

#: (errno, stick pulled out, reason expected, words the message must hold)
FAULTS = (
    (errno.ENOSPC, False, "full", "full"),
    (errno.EIO, True, "removed", "removed"),
)
TABLES = ["participants", "participant_status_history", "notes", "consents"]


@pytest.fixture
def pair(tmp_path: Path) -> Iterator[tuple[Any, Any]]:
    def five_notes(fac: Any, off: Any) -> None:
        for i in range(5):
            pid = enroll(fac)
            consent(fac, pid, off.actor.site_id)
            note(fac, pid, f"note {i}")

    yield from facility_and_office(tmp_path, seed=five_notes)


def test_an_export_failing_at_any_step_loses_nothing(pair: tuple[Any, Any], tmp_path: Path) -> None:
    fac, off = pair
    fac_svc, off_svc = SyncService(fac.store), SyncService(off.store)
    to = off.actor.site_id
    failures = 0
    for code, pulled, reason, words in FAULTS:
        for step in STEPS:
            stick = tmp_path / f"stick-{code}-{step}"
            stick.mkdir()
            fs = FaultyOps(step, code, nth=2 if step == "write" else 1, stick_gone=pulled)
            with pytest.raises(MediaError) as err:
                fac_svc.export_bundle(fac.actor, to, stick, fs=fs)
            failures += 1
            message = str(err.value)
            assert err.value.reason == reason, (step, message)
            assert words in message and "\n" not in message and "Errno" not in message, step
            for left in stick.iterdir():
                assert pulled, (step, left.name)  # a drive that still answers is cleaned up
                if left.name.startswith("."):
                    assert left.name.endswith(".partial"), (step, left.name)
                    continue
                # Only a pulled drive keeps a file under its final name, and only once the
                # rename happened: it must be the whole bundle, which the office imports.
                assert pulled and step in ("fsync_dir", "read_chunks"), (step, left.name)
                assert not off_svc.import_bundle(off.actor, left).already_imported
    assert failures == 2 * len(STEPS)
    assert check_store(fac.store, fac.actor).ok
    # Nothing lost: the next export, to a good drive, brings the office every record.
    good = tmp_path / "good"
    good.mkdir()
    out = fac_svc.export_bundle(fac.actor, to, good)
    off_svc.import_bundle(off.actor, out.path)
    assert snapshot(off, TABLES) == snapshot(fac, TABLES)
    assert check_store(off.store, off.actor).ok
