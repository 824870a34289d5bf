"""``peerdesk report ...`` and ``peerdesk export csv``: PDF reports and CSV exports.

Arguments are checked, and the destination too, before the passphrase is asked for. A report
is built in memory and written whole (temporary file, fsync, rename) or not at all. Any
problem is one line on stderr and exit status 1 (``cli.main`` prints ``PeerdeskError``s).
Heavy modules (SQLAlchemy, reportlab) load only when a command runs.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from peerdesk.domain.errors import PeerdeskError

if TYPE_CHECKING:
    from peerdesk.domain.measures import Period
    from peerdesk.services.auth import SignedIn
    from peerdesk.services.report_service import ReportService

LANGUAGES = ("en", "es")


class ReportArgumentError(PeerdeskError):
    """A month, a date or another argument of a report command is not right."""


def _month(text: str, option: str = "--month") -> Period:
    from peerdesk.domain.measures import Period

    try:
        return Period.parse_month(text)
    except ValueError as err:
        raise ReportArgumentError(f"{option}: {err}") from None


def _date(text: str, option: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise ReportArgumentError(f"{option}: '{text}' is not a date like 2026-03-31.") from None


def _signed_in(args: argparse.Namespace) -> SignedIn:
    from peerdesk.cli import _sign_in

    return _sign_in(args)


def _run_report(args: argparse.Namespace, make: Callable[[ReportService, SignedIn], bytes]) -> int:
    """Check the destination, sign in, build the PDF, write it whole."""
    from peerdesk.reports.output import check_output_file, write_file
    from peerdesk.services.report_service import ReportService

    out = check_output_file(Path(args.out))
    signed = _signed_in(args)
    try:
        pdf = make(ReportService(signed.store), signed)
    finally:
        signed.store.close()
    write_file(out, pdf)
    print(f"wrote {out} ({len(pdf):,} bytes).")
    return 0


def cmd_monthly(args: argparse.Namespace) -> int:
    period = _month(args.month)
    return _run_report(args, lambda svc, si: svc.monthly(si.actor, period, args.language))


def cmd_grant(args: argparse.Namespace) -> int:
    start, end = _date(args.start, "--from"), _date(args.end, "--to")
    if end < start:
        raise ReportArgumentError("--to is before --from.")
    return _run_report(args, lambda svc, si: svc.grant(si.actor, start, end, args.language))


def cmd_packet(args: argparse.Namespace) -> int:
    return _run_report(
        args,
        lambda svc, si: svc.packet(
            si.actor, args.doc_number, recipient_site_id=args.recipient, language=args.language
        ),
    )


def cmd_signin(args: argparse.Namespace) -> int:
    return _run_report(args, lambda svc, si: svc.signin(si.actor, args.session_id, args.language))


def cmd_attendance(args: argparse.Namespace) -> int:
    period = _month(args.month)
    return _run_report(args, lambda svc, si: svc.attendance(si.actor, period, args.language))


def cmd_agreement(args: argparse.Namespace) -> int:
    return _run_report(args, lambda svc, si: svc.agreement(si.actor, args.mentor_id, args.language))


def cmd_certificate(args: argparse.Namespace) -> int:
    if args.participant:
        return _run_report(
            args,
            lambda svc, si: svc.certificate_for_participant(
                si.actor, args.participant, args.language
            ),
        )
    return _run_report(
        args, lambda svc, si: svc.certificate_for_mentor(si.actor, args.mentor, args.language)
    )


def cmd_export_csv(args: argparse.Namespace) -> int:
    from peerdesk.reports.output import check_output_folder, write_files
    from peerdesk.services.export_service import ExportService

    if args.month:
        month = _month(args.month)
    else:
        from peerdesk.domain.measures import Period

        month = Period.month(date.today().year, date.today().month).previous()
    folder = check_output_folder(Path(args.out))
    signed = _signed_in(args)
    try:
        files = ExportService(signed.store).csv_files(
            signed.actor, month=month, recipient_site_id=args.recipient
        )
    finally:
        signed.store.close()
    for path in write_files(folder, files):
        print(f"wrote {path}")
    return 0


def register(
    subparsers: argparse._SubParsersAction[argparse.ArgumentParser],
    login_parent: argparse.ArgumentParser,
) -> None:
    """Add ``report`` and ``export`` to the ``peerdesk`` command line."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--out", required=True, metavar="FILE.pdf", help="the PDF to write")
    common.add_argument(
        "--language", choices=LANGUAGES, default="en", help="report language (default en)"
    )
    parents = [login_parent, common]
    reports = subparsers.add_parser("report", help="PDF reports").add_subparsers(
        dest="report_command", metavar="KIND", required=True
    )

    p = reports.add_parser("monthly", parents=parents, help="monthly program report")
    p.add_argument("--month", required=True, metavar="YYYY-MM")
    p.set_defaults(func=cmd_monthly)

    p = reports.add_parser("grant", parents=parents, help="grant performance report")
    p.add_argument("--from", dest="start", required=True, metavar="DATE")
    p.add_argument("--to", dest="end", required=True, metavar="DATE", help="last day, included")
    p.set_defaults(func=cmd_grant)

    p = reports.add_parser("packet", parents=parents, help="participant transition packet")
    p.add_argument("doc_number", metavar="DOC_NUMBER")
    p.add_argument(
        "--recipient",
        metavar="SITE_ID",
        help="the site it goes to (default: the one site the consent in force names)",
    )
    p.set_defaults(func=cmd_packet)

    p = reports.add_parser("signin", parents=parents, help="sign-in sheet of a group session")
    p.add_argument("session_id", metavar="SESSION_ID")
    p.set_defaults(func=cmd_signin)

    p = reports.add_parser("attendance", parents=parents, help="attendance summary per group")
    p.add_argument("--month", required=True, metavar="YYYY-MM")
    p.set_defaults(func=cmd_attendance)

    p = reports.add_parser("agreement", parents=parents, help="mentor agreement to sign")
    p.add_argument("mentor_id", metavar="MENTOR_ID")
    p.set_defaults(func=cmd_agreement)

    p = reports.add_parser("certificate", parents=parents, help="certificate of completion")
    who = p.add_mutually_exclusive_group(required=True)
    who.add_argument("--participant", metavar="DOC_NUMBER")
    who.add_argument("--mentor", metavar="MENTOR_ID", help="a peer educator's training")
    p.set_defaults(func=cmd_certificate)

    exports = subparsers.add_parser("export", help="CSV exports").add_subparsers(
        dest="export_command", metavar="FORMAT", required=True
    )
    p = exports.add_parser(
        "csv",
        parents=[login_parent],
        help="participants, matches, sessions, referrals and measures as CSV files",
        description="UTF-8 with a byte-order mark, for spreadsheets. Only what your role may "
        "see; with --recipient, only what the consents in force let the program share with "
        "that site.",
    )
    p.add_argument("--out", required=True, metavar="DIR", help="an existing folder")
    p.add_argument("--month", metavar="YYYY-MM", help="month of measures.csv (default: last)")
    p.add_argument("--recipient", metavar="SITE_ID", help="the site the files go to")
    p.set_defaults(func=cmd_export_csv)
