"""Benchmark: the monthly report for a whole site and one transition packet.

A site is filled with demo data (``DemoService``, seed 1, as of 31 October 2026) with one
other site known, so that consents name it. Then, median of ``repeats``:

- **monthly report**: ``ReportService.monthly`` for October 2026 (SQL for two months, audit,
  PDF with tables and three charts) against its SQL alone (``measures.compute`` twice), the
  part that grows with the number of participants. Target: under 3 s at 10,000 participants.
- **transition packet**: ``ReportService.packet`` for a participant whose consent covers the
  other site, against the same data gathered without building the PDF. Target: under 0.5 s.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path

from bench.report import Row, Section, median, timed

USERNAME = "maria"
PASSPHRASE = "blue canoe under thunder"  # noqa: S105 - the throwaway bench site's
OFFICE = "0ff1ce00-0000-4000-8000-0000000000be"
FULL = 10_000
QUICK = 2_000
AS_OF = date(2026, 10, 31)


def run(participants: int, log: Callable[[str], None], repeats: int = 5) -> Section:
    from sqlalchemy import select

    from peerdesk.db.models import ConsentRow, ParticipantRow, SiteRow
    from peerdesk.db.store import DataPaths
    from peerdesk.domain.measures import Period
    from peerdesk.services.auth import AuthService
    from peerdesk.services.demo import DemoService
    from peerdesk.services.measures import compute
    from peerdesk.services.packet_queries import choose_recipient, find_by_doc, gather_packet
    from peerdesk.services.report_queries import site_name
    from peerdesk.services.report_service import ReportService
    from peerdesk.services.site_setup import initialize_site

    now = datetime(2026, 11, 10, 12, 0, tzinfo=UTC)
    october = Period.month(2026, 10)
    with tempfile.TemporaryDirectory(prefix="peerdesk-bench-reports-") as tmp:
        paths = DataPaths(Path(tmp) / "site")
        initialize_site(
            paths,
            site_name="Bench Facility",
            site_kind="facility",
            admin_username=USERNAME,
            admin_passphrase=PASSPHRASE,
        )
        signed = AuthService(paths).sign_in(USERNAME, PASSPHRASE)
        try:
            with signed.store.uow() as uow:
                uow.session.add(
                    SiteRow(
                        id=OFFICE,
                        name="Bench Reentry Office",
                        kind="office",
                        is_local=False,
                        created_at="2026-01-01T00:00:00.000000Z",
                    )
                )
            log(f"   demo data for {participants:,} participants ...")
            DemoService(signed.store).generate(signed.actor, participants, seed=1, as_of=AS_OF)
            svc = ReportService(signed.store, clock=lambda: now)
            with signed.store.uow(write=False) as uow:
                doc = uow.session.scalars(
                    select(ParticipantRow.doc_number)
                    .join(ConsentRow, ConsentRow.participant_id == ParticipantRow.id)
                    .where(
                        ConsentRow.recipient_site_id == OFFICE,
                        ConsentRow.scope_sud.is_(True),
                        ConsentRow.revoked_on.is_(None),
                        ConsentRow.expires_on.is_(None),
                        ConsentRow.deleted.is_(False),
                    )
                    .order_by(ParticipantRow.doc_number)
                ).first()
            if doc is None:
                raise RuntimeError("the demo data has no participant with a Part 2 consent")

            def measures_only() -> None:
                with signed.store.uow(write=False) as uow:
                    compute(uow.session, october)
                    compute(uow.session, october.previous())

            def gather_only() -> None:
                from peerdesk.reports.data import ReportContext

                with signed.store.uow(write=False) as uow:
                    s = uow.session
                    p = find_by_doc(s, signed.actor, doc)
                    site, general, sud = choose_recipient(s, p.id, None, now.date())
                    gather_packet(
                        signed.store,
                        lambda: now,
                        s,
                        signed.actor,
                        p,
                        recipient_site_id=site,
                        general=general,
                        sud=sud,
                        on=now.date(),
                        context=ReportContext(site_name(s), now, USERNAME),
                    )

            sizes: dict[str, int] = {}

            def monthly() -> None:
                sizes["monthly"] = len(svc.monthly(signed.actor, october))

            def packet() -> None:
                sizes["packet"] = len(svc.packet(signed.actor, doc))

            pairs = (("monthly", monthly, measures_only), ("packet", packet, gather_only))
            results: dict[str, tuple[float, float]] = {}
            cold: dict[str, float] = {}
            for name, full, base in pairs:
                cold[name] = timed(full)  # warm-up: imports, font registration, OS file cache
                base()
                fulls, bases = [], []
                for i in range(repeats):
                    order = (full, base) if i % 2 == 0 else (base, full)
                    for fn in order:
                        (fulls if fn is full else bases).append(timed(fn))
                results[name] = (median(fulls), median(bases))
        finally:
            signed.store.close()
    monthly_s, measures_s = results["monthly"]
    packet_s, gather_s = results["packet"]
    return Section(
        f"5. reports ({participants:,} participants, demo data)",
        [
            Row("monthly report PDF / measures SQL alone", monthly_s, measures_s),
            Row("transition packet PDF / its data alone", packet_s, gather_s),
        ],
        [
            f"monthly report {monthly_s:.2f} s (target < 3 s: "
            f"{'met' if monthly_s < 3 else 'MISSED'}), {sizes['monthly'] / 1e3:.0f} KB; "
            f"packet {packet_s * 1e3:.0f} ms (target < 0.5 s: "
            f"{'met' if packet_s < 0.5 else 'MISSED'}), {sizes['packet'] / 1e3:.0f} KB.",
            "Both include the permission check and the audit entry. First (cold) run, with the "
            f"imports and the font registration: monthly {cold['monthly']:.2f} s, then packet "
            f"{cold['packet']:.2f} s.",
            f"CPUs: {os.cpu_count()}.",
        ],
    )


if __name__ == "__main__":
    import sys

    print(run(FULL, lambda m: print(m, file=sys.stderr)))
