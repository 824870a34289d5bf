"""Benchmark: backup and restore of a site filled with demo data.

A site is filled with ``peerdesk demo`` data (seed 1), its WAL checkpointed, then:

- **backup**: ``create_backup`` (SQLCipher page copy, every page's HMAC and the structure
  checked, row counts compared, ZIP with SHA-256 of each member, fsync, read back from the
  device, rename) against a raw copy of the database file with fsync (what a careless file
  copy of a live database would cost);
- **restore**: ``restore_backup`` into an empty folder with the recovery code (manifest and
  hashes, unwrap, page and integrity checks, audit entry, install) against the same raw copy.
  The key slots use the cheap test Argon2id here: bench 1 measures the real unlock cost
  (about 0.4 s), which a restore pays once.

Both scale with the size of the database file; the notes give the rate in MB/s and project
it to 100,000 participants from the bytes per participant of the demo data.

Run alone: ``python -m bench.bench_backup [--quick] [--participants N]``.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

from bench.report import Row, Section, median, timed

FULL = 10_000
QUICK = 1_000
TARGET = 100_000
PASSPHRASE = "bench passphrase nobody types"  # noqa: S105 (a throwaway bench site)
AS_OF = date(2026, 11, 1)


def _raw_copy(src: Path, dst: Path) -> None:
    shutil.copyfile(src, dst)
    fd = os.open(dst, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def run(participants: int, log: Callable[[str], None], repeats: int = 1) -> Section:
    from sqlalchemy import text

    from peerdesk.db.store import DataPaths
    from peerdesk.services.auth import AuthService
    from peerdesk.services.backup import create_backup
    from peerdesk.services.demo import DemoService
    from peerdesk.services.restore import RecoveryCodeSecret, restore_backup
    from peerdesk.services.site_setup import initialize_site

    with tempfile.TemporaryDirectory(prefix="peerdesk-bench-backup-") as tmp:
        root = Path(tmp)
        paths = DataPaths(root / "site")
        os.environ["PEERDESK_TEST_WEAK_KDF"] = "1"  # set-up only; see the module docstring
        try:
            init = initialize_site(
                paths,
                site_name="Bench Facility",
                site_kind="facility",
                admin_username="maria",
                admin_passphrase=PASSPHRASE,
            )
        finally:
            os.environ.pop("PEERDESK_TEST_WEAK_KDF", None)
        signed = AuthService(paths).sign_in("maria", PASSPHRASE)
        try:
            log(f"   generating demo data for {participants:,} participants ...")
            started = time.perf_counter()
            DemoService(signed.store).generate(signed.actor, participants, seed=1, as_of=AS_OF)
            log(f"   ... {time.perf_counter() - started:.0f} s")
            with signed.store.engine.connect() as conn:
                conn.execute(text("PRAGMA wal_checkpoint(TRUNCATE)"))
            db_size = paths.db.stat().st_size
            backups: list[float] = []
            raws: list[float] = []
            restores: list[float] = []
            backup_cpu: list[float] = []
            restore_cpu: list[float] = []
            backup_size = 0
            for i in range(repeats):
                out = root / f"out-{i}"
                out.mkdir()
                raws.append(timed(lambda o=out: _raw_copy(paths.db, o / "raw.db")))
                log(f"   backing up {db_size / 1e6:,.0f} MB ...")
                start, cpu = time.perf_counter(), time.process_time()
                result = create_backup(signed.store, signed.actor, out)
                backups.append(time.perf_counter() - start)
                backup_cpu.append(time.process_time() - cpu)
                backup_size = result.size
                (out / "raw.db").unlink()
                log("   restoring ...")
                target = root / f"restored-{i}"
                start, cpu = time.perf_counter(), time.process_time()
                restore_backup(result.path, target, RecoveryCodeSecret(init.recovery_code))
                restores.append(time.perf_counter() - start)
                restore_cpu.append(time.process_time() - cpu)
                shutil.rmtree(target)
                shutil.rmtree(out)
        finally:
            signed.store.close()

    raw = median(raws)
    backup = median(backups)
    restore = median(restores)
    per_participant = db_size / participants
    projected_mb = per_participant * TARGET / 1e6
    backup_rate = db_size / 1e6 / backup
    restore_rate = db_size / 1e6 / restore
    cpu_backup, cpu_restore = median(backup_cpu), median(restore_cpu)
    return Section(
        f"Backup and restore, {participants:,} demo participants",
        [
            Row("backup (create_backup) / raw copy + fsync", backup, raw),
            Row("restore (restore_backup) / raw copy + fsync", restore, raw),
            Row("backup file size / database file size", backup_size, db_size, unit="bytes"),
        ],
        [
            f"database {db_size / 1e6:,.0f} MB ({per_participant / 1e3:.0f} kB a participant); "
            f"backup {backup_rate:.0f} MB/s, restore {restore_rate:.0f} MB/s, "
            f"raw copy {db_size / 1e6 / raw:.0f} MB/s",
            f"CPU time of this process: backup {cpu_backup:.1f} s, restore {cpu_restore:.1f} s "
            "(far below the wall time when other programs share the CPUs or the disk is slow)",
            f"projected to {TARGET:,} participants of the same data (linear in the file size, "
            f"{projected_mb:,.0f} MB): backup {projected_mb / backup_rate:,.0f} s, restore "
            f"{projected_mb / restore_rate:,.0f} s; from CPU time alone: backup "
            f"{cpu_backup * projected_mb * 1e6 / db_size:,.0f} s, restore "
            f"{cpu_restore * projected_mb * 1e6 / db_size:,.0f} s",
        ],
    )


def main(argv: list[str] | None = None) -> int:
    import argparse

    from bench.report import render

    os.environ.pop("PEERDESK_TEST_WEAK_KDF", None)
    parser = argparse.ArgumentParser(prog="python -m bench.bench_backup", description=__doc__)
    parser.add_argument("--quick", action="store_true", help=f"{QUICK:,} participants")
    parser.add_argument("--participants", type=int, metavar="N", help=f"default {FULL:,}")
    args = parser.parse_args(argv)
    size = args.participants or (QUICK if args.quick else FULL)
    started = time.perf_counter()
    section = run(size, lambda msg: print(msg, file=sys.stderr, flush=True))
    print(render([section]))
    print(f"total bench time: {time.perf_counter() - started:.0f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
