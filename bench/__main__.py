"""``python -m bench [--quick] [--only NAME ...] [--baseline sqlite3|sqlcipher-nokey]``."""

from __future__ import annotations

import argparse
import os
import platform
import sys
import time
from pathlib import Path

# Production Argon2id cost: the test-only weak KDF must never leak into the figures. Unset it
# before anything from peerdesk is imported, and for child interpreters too.
os.environ.pop("PEERDESK_TEST_WEAK_KDF", None)
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

BENCHES = ("unlock", "db", "startup", "records", "reports", "gui", "backup", "sync")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="smaller sizes, fewer repeats")
    parser.add_argument("--only", nargs="+", choices=BENCHES, help="run only these benchmarks")
    parser.add_argument(
        "--baseline",
        choices=("sqlite3", "sqlcipher-nokey"),
        default="sqlite3",
        help="unencrypted engine for benchmark 2: stdlib sqlite3 (default) or the "
        "sqlcipher3 build without a key (same SQLite version as the keyed engine)",
    )
    parser.add_argument(
        "--keep",
        metavar="DIR",
        type=Path,
        help="records bench: build its database in DIR and leave it there; a later run with "
        "the same DIR and size reuses it (new migrations are applied when it opens)",
    )
    args = parser.parse_args(argv)

    from bench import dbload, startup, unlock
    from bench.report import render

    selected = args.only or list(BENCHES)
    started = time.perf_counter()

    def log(msg: str) -> None:
        print(msg, file=sys.stderr, flush=True)

    sections = []
    if "unlock" in selected:
        log("1. open + unlock ...")
        sections.append(unlock.run(repeats=3 if args.quick else 7))
    if "db" in selected:
        log("2. SQLCipher vs SQLite ...")
        sizes = dbload.QUICK if args.quick else dbload.FULL
        sections.append(dbload.run(sizes, baseline=args.baseline, log=log))
    if "startup" in selected:
        log("3. start-up imports ...")
        sections.append(startup.run(repeats=3 if args.quick else 5))
    if "records" in selected:
        from bench import records

        log("4. daily queries at scale ...")
        sections.append(
            records.run(records.QUICK if args.quick else records.FULL, log, keep=args.keep)
        )
    if "reports" in selected:
        from bench import reports

        log("5. reports ...")
        sections.append(
            reports.run(
                reports.QUICK if args.quick else reports.FULL, log, repeats=3 if args.quick else 5
            )
        )

    if "gui" in selected:
        from bench import gui

        log("6. desktop window at scale ...")
        sections.append(
            gui.run(
                gui.QUICK if args.quick else gui.FULL,
                log,
                repeats=3 if args.quick else 7,
                keep=args.keep,
            )
        )

    if "backup" in selected:
        from bench import bench_backup

        log("7. backup and restore ...")
        sections.append(
            bench_backup.run(bench_backup.QUICK if args.quick else bench_backup.FULL, log)
        )
    if "sync" in selected:
        from bench import sync

        log("8. sync bundles ...")
        sections.append(sync.run(sync.QUICK if args.quick else sync.FULL, log))

    elapsed = time.perf_counter() - started
    print(
        f"peerdesk bench{' --quick' if args.quick else ''}: ratio = peerdesk / baseline, "
        f"same run; Python {platform.python_version()}, {os.cpu_count()} CPUs, "
        f"{platform.system()} {platform.machine()}"
    )
    print(render(sections))
    print(f"total bench time: {elapsed:.0f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
