"""Issue 5 figures: writing and importing a bundle, against age and JSON alone.

A facility with ``participants`` people and everything the demo generator writes around them
(consents naming the office for most, screenings, needs, goals, pathway progress, matches,
contacts, groups, sessions and attendance, referrals, incentives, outcomes, notes) writes one
bundle for the office; the office imports it. The baselines do only what no bundle can skip:
encode the same records as JSON (``json.dumps`` of the payload body) and encrypt them with age
(export), and decrypt and parse them (import). Targets: export within 1.5x, import within 3x.
Export is timed as the median of ``repeats`` bundles (nothing is acknowledged in between, so
each carries the same records); import is timed once (a second import is a no-op).

The bundle compresses the payload before encrypting it (format 2) and writes, fsyncs and reads
back the file; the baselines do neither, so the size of the bundle is printed too: on a real
USB stick the write and read-back of the file cost about 0.2 s per MB, which this bench (on
the machine's own disk) does not show.

Where ``gpg`` is installed, the export is also set against ``gpg --sign --encrypt`` of the same
payload (Ed25519 / Curve25519 key made in a throwaway GNUPGHOME, payload through a pipe); where
it is not, the row is skipped with the reason printed.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import tempfile
from collections.abc import Callable
from datetime import date
from pathlib import Path

from bench.report import Row, Section, median, timed
from bench.sync_floor import floors

FULL = 10_000
QUICK = 1_000


def _sites(root: Path, participants: int) -> tuple[object, object]:
    from peerdesk.services.demo import DemoService
    from tests.factories_sync import make_site, trust_both

    # Sign-in cost is not measured here (bench 1 does); a cheap KDF keeps set-up short.
    os.environ["PEERDESK_TEST_WEAK_KDF"] = "1"
    try:
        fac = make_site(root, "Riverside Unit", "facility")
        off = make_site(root, "North Reentry Office", "office")
    finally:
        os.environ.pop("PEERDESK_TEST_WEAK_KDF", None)
    trust_both(fac, off)  # before the demo data: its consents name the sites the store knows
    DemoService(fac.store).generate(fac.actor, participants, seed=5)  # type: ignore[attr-defined]
    return fac, off


def run(participants: int, log: Callable[[str], None], repeats: int = 3) -> Section:
    """Time one export and one import, each against its age-and-JSON baseline."""
    import pyrage

    from peerdesk.services.sync_service import SyncService
    from peerdesk.sync.payload_export import build_payload

    with tempfile.TemporaryDirectory(prefix="peerdesk-bench-sync-") as tmp:
        root = Path(tmp)
        log(f"   two sites, {participants:,} participants with all their records ...")
        fac, off = _sites(root, participants)
        try:
            usb = root / "usb"
            usb.mkdir()
            result: list[object] = []

            def export() -> None:
                result.append(
                    SyncService(fac.store).export_bundle(  # type: ignore[attr-defined]
                        fac.actor,  # type: ignore[attr-defined]
                        off.actor.site_id,  # type: ignore[attr-defined]
                        usb,
                    )
                )

            exported = median([timed(export) for _ in range(repeats)])
            bundle = result[0]
            with fac.store.uow(write=False) as uow:  # type: ignore[attr-defined]
                payload = build_payload(
                    uow.session,
                    off.actor.site_id,  # type: ignore[attr-defined]
                    0,
                    date.today(),
                )
            body = json.loads(payload.data)
            log("   floors: the same rows read from and written to SQLCipher ...")
            floor_out, floor_in = floors(body, fac.store, off.store, repeats)  # type: ignore[attr-defined]
            imported = timed(
                lambda: SyncService(off.store).import_bundle(  # type: ignore[attr-defined]
                    off.actor,  # type: ignore[attr-defined]
                    bundle.path,  # type: ignore[attr-defined]
                )
            )
            identity = pyrage.x25519.Identity.generate()
            recipient = identity.to_public()
            sealed = pyrage.encrypt(json.dumps(body).encode(), [recipient])
            encode = median(
                [
                    timed(lambda: pyrage.encrypt(json.dumps(body).encode(), [recipient]))
                    for _ in range(repeats)
                ]
            )
            decode = median(
                [
                    timed(lambda: json.loads(pyrage.decrypt(sealed, [identity])))
                    for _ in range(repeats)
                ]
            )
            gpg_time, gpg_note = _gpg(root, payload.data, repeats, log)
            records = sum(bundle.counts.values())  # type: ignore[attr-defined]
            size = bundle.path.stat().st_size  # type: ignore[attr-defined]
        finally:
            fac.store.close()  # type: ignore[attr-defined]
            off.store.close()  # type: ignore[attr-defined]
    rows = [
        Row("write a bundle (vs JSON + age encrypt)", exported, encode),
        Row("import it (vs age decrypt + JSON)", imported, decode),
        Row("write a bundle (vs SELECT + JSON + age), target 1.5x", exported, floor_out),
        Row("import it (vs age + JSON + INSERT), target 3x", imported, floor_in),
    ]
    if gpg_time is not None:
        rows.append(Row("write a bundle (vs gpg --sign --encrypt)", exported, gpg_time))
    notes = [
        f"{participants:,} participants, {records:,} records, bundle {size / 1e6:.1f} MB. "
        "The SELECT/INSERT rows set the bundle against reading or writing the same rows in "
        "SQLCipher with nothing else (sync_floor): the targets (export within 1.5x, import "
        "within 3x) are read there. The in-memory rows start from the payload already built.",
        gpg_note,
    ]
    return Section("8. sync bundles", rows, notes)


def _gpg(
    root: Path, payload: bytes, repeats: int, log: Callable[[str], None]
) -> tuple[float | None, str]:
    """Median time of ``gpg --sign --encrypt`` of ``payload`` (None and why, without gpg)."""
    gpg = shutil.which("gpg")
    if gpg is None:
        reason = "gpg comparison skipped: gpg is not installed."
        log(f"   {reason}")
        return None, reason
    home = root / "gnupg"
    home.mkdir(mode=0o700)
    env = {**os.environ, "GNUPGHOME": str(home)}
    base = [gpg, "--batch", "--quiet", "--pinentry-mode", "loopback", "--passphrase", ""]
    uid = "peerdesk bench <bench@peerdesk.invalid>"
    try:
        subprocess.run(
            [*base, "--quick-gen-key", uid, "future-default", "default", "never"],
            env=env,
            check=True,
            capture_output=True,
        )
        command = [*base, "--trust-model", "always", "--sign", "--encrypt", "-r", uid]

        def seal() -> None:
            subprocess.run(command, input=payload, env=env, check=True, capture_output=True)

        took = median([timed(seal) for _ in range(repeats)])
    except (OSError, subprocess.CalledProcessError) as exc:
        reason = f"gpg comparison skipped: gpg failed ({type(exc).__name__})."
        log(f"   {reason}")
        return None, reason
    finally:
        if gpgconf := shutil.which("gpgconf"):  # stop the agent the key generation started
            subprocess.run([gpgconf, "--kill", "gpg-agent"], env=env, check=False)
    return took, "gpg: the same payload through gpg --sign --encrypt (one process per run)."
