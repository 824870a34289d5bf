"""Command line: ``peerdesk [--data-dir DIR] [COMMAND ...]``; no command starts the GUI.

Secrets never come from arguments: the passphrase is read from a prompt, or from
``PEERDESK_PASSPHRASE`` (a new one from ``PEERDESK_NEW_PASSPHRASE``, the recovery code from
``PEERDESK_RECOVERY_CODE``) for scripting. Exit codes: 0 success, 1 a user error (one line on
stderr), 2 usage.
"""

from __future__ import annotations

import argparse
import getpass
import logging
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from peerdesk import __version__
from peerdesk.domain.errors import PeerdeskError

if TYPE_CHECKING:
    from peerdesk.services.auth import SignedIn

log = logging.getLogger("peerdesk.cli")


class UserError(PeerdeskError):
    """A problem with what was typed or the environment, told in one line."""


def _secret(env_name: str, prompt: str, *, confirm: bool = False) -> str:
    value = os.environ.get(env_name)
    if value is not None:
        return value
    if not sys.stdin.isatty():
        raise UserError(f"No terminal to ask for the {prompt.lower()}: set {env_name}.")
    first = getpass.getpass(f"{prompt}: ")
    if confirm and getpass.getpass(f"{prompt} again: ") != first:
        raise UserError("The two entries do not match; nothing was changed.")
    return first


def _paths(args: argparse.Namespace) -> Path:
    from peerdesk.paths import resolve_data_dir

    return resolve_data_dir(args.data_dir)


def _sign_in(args: argparse.Namespace) -> SignedIn:
    from peerdesk.db.store import DataPaths
    from peerdesk.services.auth import AuthService

    user = args.user or os.environ.get("PEERDESK_USER")
    if not user:
        raise UserError("Say who you are with --user NAME (or set PEERDESK_USER).")
    paths = DataPaths(_paths(args))
    paths.require_initialized()
    paths.ensure_writable()  # else SQLite reports a read-only folder as damage
    passphrase = _secret("PEERDESK_PASSPHRASE", "Passphrase")
    return AuthService(paths).sign_in(user, passphrase)


# --- commands ----------------------------------------------------------------------------
def cmd_init(args: argparse.Namespace) -> int:
    from peerdesk.db.store import DataPaths
    from peerdesk.services.site_setup import initialize_site

    paths = DataPaths(_paths(args))
    paths.require_empty()
    passphrase = _secret("PEERDESK_NEW_PASSPHRASE", "New passphrase", confirm=True)
    result = initialize_site(
        paths,
        site_name=args.site_name,
        site_kind=args.site_kind,
        admin_username=args.admin,
        admin_passphrase=passphrase,
    )
    print(f"site: {args.site_name} ({args.site_kind})")
    print(f"site id: {result.site_id}")
    print(f"data folder: {paths.root}")
    print(f"recovery code: {result.recovery_code}")
    print("Write the recovery code down and keep it locked away. It is shown only this once.")
    return 0


def _with_user_service(args: argparse.Namespace, fn: Callable[..., int]) -> int:
    from peerdesk.services.users import UserService

    signed = _sign_in(args)
    try:
        return fn(UserService(signed.store), signed)
    finally:
        signed.store.close()


def cmd_user_add(args: argparse.Namespace) -> int:
    def run(svc: object, signed: SignedIn) -> int:
        from peerdesk.services.users import UserService

        assert isinstance(svc, UserService)
        new = _secret("PEERDESK_NEW_PASSPHRASE", f"Passphrase for {args.username}", confirm=True)
        info = svc.add_user(signed.actor, args.username, args.role, new)
        print(f"added {info.username} ({info.role.value}); they must change the passphrase.")
        return 0

    return _with_user_service(args, run)


def cmd_user_list(args: argparse.Namespace) -> int:
    def run(svc: object, signed: SignedIn) -> int:
        from peerdesk.services.users import UserService

        assert isinstance(svc, UserService)
        for u in svc.list_users(signed.actor):
            state = "active" if u.active else "disabled"
            if u.locked_minutes:
                state += f", locked {u.locked_minutes} min"
            print(f"{u.username}\t{u.role.value}\t{state}")
        return 0

    return _with_user_service(args, run)


def _simple_user_cmd(method: str, done: str) -> Callable[[argparse.Namespace], int]:
    def command(args: argparse.Namespace) -> int:
        def run(svc: object, signed: SignedIn) -> int:
            getattr(svc, method)(signed.actor, args.username)
            print(done.format(args.username))
            return 0

        return _with_user_service(args, run)

    return command


def cmd_user_reset(args: argparse.Namespace) -> int:
    def run(svc: object, signed: SignedIn) -> int:
        from peerdesk.services.users import UserService

        assert isinstance(svc, UserService)
        new = _secret(
            "PEERDESK_NEW_PASSPHRASE", f"New passphrase for {args.username}", confirm=True
        )
        svc.reset_passphrase(signed.actor, args.username, new)
        print(f"passphrase reset for {args.username}; they must change it at next sign-in.")
        return 0

    return _with_user_service(args, run)


def cmd_user_passwd(args: argparse.Namespace) -> int:
    def run(svc: object, signed: SignedIn) -> int:
        from peerdesk.services.users import UserService

        assert isinstance(svc, UserService)
        current = _secret("PEERDESK_PASSPHRASE", "Current passphrase")
        new = _secret("PEERDESK_NEW_PASSPHRASE", "New passphrase", confirm=True)
        svc.change_own_passphrase(signed.actor, current, new)
        print("passphrase changed.")
        return 0

    return _with_user_service(args, run)


def cmd_user_role(args: argparse.Namespace) -> int:
    def run(svc: object, signed: SignedIn) -> int:
        from peerdesk.services.users import UserService

        assert isinstance(svc, UserService)
        svc.change_role(signed.actor, args.username, args.role)
        print(f"{args.username} is now {args.role}.")
        return 0

    return _with_user_service(args, run)


def cmd_recover(args: argparse.Namespace) -> int:
    from peerdesk.db.store import DataPaths
    from peerdesk.services.auth import AuthService
    from peerdesk.services.users import UserService

    paths = DataPaths(_paths(args))
    paths.require_initialized()
    paths.ensure_writable()  # else SQLite reports a read-only folder as damage
    code = _secret("PEERDESK_RECOVERY_CODE", "Recovery code")
    store = AuthService(paths).sign_in_with_recovery(code)
    try:
        new = _secret("PEERDESK_NEW_PASSPHRASE", f"New passphrase for {args.user}", confirm=True)
        UserService(store).reset_with_recovery(args.user, new)
    finally:
        store.close()
    print(f"passphrase reset for {args.user} with the recovery code; the account is unlocked.")
    return 0


def cmd_info(args: argparse.Namespace) -> int:
    from peerdesk.services.site_info import site_info

    signed = _sign_in(args)
    try:
        info = site_info(signed.store, signed.actor)
    finally:
        signed.store.close()
    print(f"site: {info.name}")
    print(f"kind: {info.kind}")
    print(f"site id: {info.site_id}")
    print(f"schema: {info.schema_version}")
    for label, count in info.counts:
        print(f"{label}: {count}")
    return 0


def cmd_audit_verify(args: argparse.Namespace) -> int:
    from peerdesk.services.audit import AuditService

    signed = _sign_in(args)
    try:
        verdict = AuditService(signed.store).verify(signed.actor)
    finally:
        signed.store.close()
    if verdict.ok:
        print(f"audit trail intact: {verdict.checked} entries checked.")
        return 0
    print(
        f"audit trail BROKEN at entry {verdict.first_bad_seq}: {verdict.reason} "
        f"({verdict.checked} entries before it are intact).",
        file=sys.stderr,
    )
    return 1


#: Bad rows listed one per line; more than this are counted, not listed.
MAX_LISTED_ERRORS = 1000


def cmd_roster_import(args: argparse.Namespace) -> int:
    from peerdesk.domain.roster_rules import parse_mapping
    from peerdesk.services.roster_import import RosterImportService

    mapping = parse_mapping(args.map or [])
    signed = _sign_in(args)
    try:
        report = RosterImportService(signed.store).import_file(
            signed.actor,
            Path(args.file),
            mapping=mapping,
            skip_invalid=args.skip_invalid,
            dry_run=args.dry_run,
        )
    finally:
        signed.store.close()
    for err in report.errors[:MAX_LISTED_ERRORS]:
        print(err, file=sys.stderr)
    if len(report.errors) > MAX_LISTED_ERRORS:
        print(f"... and {len(report.errors) - MAX_LISTED_ERRORS} more problems.", file=sys.stderr)
    counts = (
        f"{report.created} new, {report.updated} updated, {report.unchanged} unchanged "
        f"({report.rows} rows read, {report.bad_rows} bad)"
    )
    if report.written:
        print(f"imported: {counts}.")
        return 0
    if report.errors and not args.skip_invalid:
        print(
            f"nothing was imported: {report.bad_rows} of {report.rows} rows are bad. Fix them, "
            "or use --skip-invalid to import the good rows only.",
            file=sys.stderr,
        )
        return 1
    print(f"dry run, nothing was written; the import would give: {counts}.")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from peerdesk.services.integrity import check_store

    signed = _sign_in(args)
    try:
        result = check_store(signed.store, signed.actor)
    finally:
        signed.store.close()
    if result.ok:
        entries = result.audit.checked if result.audit else 0
        print(f"database sound; audit trail intact ({entries} entries).")
        return 0
    print(
        "peerdesk: the database is damaged: "
        + "; ".join(result.problems)
        + ". Restore it from a backup.",
        file=sys.stderr,
    )
    return 1


def cmd_demo(args: argparse.Namespace) -> int:
    from datetime import date

    from peerdesk.services.demo import DemoService

    as_of = None
    if args.as_of:
        try:
            as_of = date.fromisoformat(args.as_of)
        except ValueError:
            raise UserError("--as-of is a date like 2026-03-01.") from None
    shown = -1

    def progress(done: int, total: int) -> bool:
        nonlocal shown
        percent = done * 100 // total
        if percent != shown:
            shown = percent
            print(f"demo data: {percent}%", file=sys.stderr, flush=True)
        return True

    signed = _sign_in(args)
    try:
        report = DemoService(signed.store).generate(
            signed.actor,
            args.participants,
            seed=args.seed,
            as_of=as_of,
            append=args.append,
            progress=progress,
        )
    finally:
        signed.store.close()
    print(
        f"demo data for {report.participants} participants (seed {report.seed}, "
        f"as of {report.as_of}): {report.total} records."
    )
    for table, count in report.rows:
        print(f"{table}: {count}")
    return 0


def cmd_gui(args: argparse.Namespace) -> int:
    from peerdesk.app import run_gui

    return run_gui(_paths(args))


# --- parser ------------------------------------------------------------------------------
def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="peerdesk",
        description="Records for peer-mentoring programs in prisons, jails and reentry.",
    )
    parser.add_argument("--version", action="version", version=f"peerdesk {__version__}")
    parser.add_argument("--data-dir", help="data folder (default: PEERDESK_DATA_DIR or per-user)")
    parser.set_defaults(func=cmd_gui)
    login = argparse.ArgumentParser(add_help=False)
    login.add_argument("--user", help="who is acting (default: PEERDESK_USER)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("init", help="create a new site in an empty data folder")
    p.add_argument("--site-name", required=True)
    p.add_argument("--site-kind", required=True, choices=["facility", "office"])
    p.add_argument("--admin", required=True, help="user name of the first coordinator")
    p.set_defaults(func=cmd_init)

    p = sub.add_parser("info", parents=[login], help="site, schema version and record counts")
    p.set_defaults(func=cmd_info)

    users = sub.add_parser("user", help="manage accounts").add_subparsers(
        dest="user_command", metavar="ACTION", required=True
    )
    p = users.add_parser("add", parents=[login], help="add an account")
    p.add_argument("username")
    p.add_argument("--role", required=True, choices=[r for r in _role_values()])
    p.set_defaults(func=cmd_user_add)
    p = users.add_parser("list", parents=[login], help="list accounts")
    p.set_defaults(func=cmd_user_list)
    for name, method, done, help_text in (
        ("disable", "disable_user", "{} is disabled.", "disable an account"),
        ("unlock", "unlock_user", "{} is unlocked.", "end a sign-in lockout"),
    ):
        p = users.add_parser(name, parents=[login], help=help_text)
        p.add_argument("username")
        p.set_defaults(func=_simple_user_cmd(method, done))
    p = users.add_parser("reset-passphrase", parents=[login], help="set someone's passphrase")
    p.add_argument("username")
    p.set_defaults(func=cmd_user_reset)
    p = users.add_parser("change-passphrase", parents=[login], help="change your own passphrase")
    p.set_defaults(func=cmd_user_passwd)
    p = users.add_parser("role", parents=[login], help="change an account's role")
    p.add_argument("username")
    p.add_argument("role", choices=[r for r in _role_values()])
    p.set_defaults(func=cmd_user_role)

    audit = sub.add_parser("audit", help="the audit trail").add_subparsers(
        dest="audit_command", metavar="ACTION", required=True
    )
    p = audit.add_parser("verify", parents=[login], help="check the whole hash chain")
    p.set_defaults(func=cmd_audit_verify)

    roster = sub.add_parser("roster", help="participant rosters").add_subparsers(
        dest="roster_command", metavar="ACTION", required=True
    )
    p = roster.add_parser(
        "import",
        parents=[login],
        help="add and update participants from a CSV (UTF-8) or XLSX roster",
        description="Columns: doc_number, last_name, first_name, date_of_birth, housing_unit, "
        "projected_release_date, primary_language (dates YYYY-MM-DD). Existing DOC numbers "
        "are updated, new ones added as referred. One bad row stops the import unless "
        "--skip-invalid.",
    )
    p.add_argument("file", help="the roster file (.csv or .xlsx)")
    p.add_argument(
        "--map",
        action="append",
        metavar="NAME=COLUMN",
        help="read field NAME from the column COLUMN (repeat for several)",
    )
    p.add_argument("--skip-invalid", action="store_true", help="import the good rows only")
    p.add_argument("--dry-run", action="store_true", help="check and report; write nothing")
    p.set_defaults(func=cmd_roster_import)

    from peerdesk.cli_keys import register as register_keys

    register_keys(sub, login)

    from peerdesk import cli_sync

    cli_sync.register(sub, login)

    from peerdesk import cli_reports

    cli_reports.register(sub, login)

    from peerdesk import selftest

    selftest.register(sub)  # not in the command list; see installer/README.md

    from peerdesk import cli_backup

    cli_backup.register(sub, login)

    p = sub.add_parser("check", parents=[login], help="check the database file and audit trail")
    p.set_defaults(func=cmd_check)

    p = sub.add_parser(
        "demo",
        parents=[login],
        help="fill an empty site with realistic, made-up records",
        description="Made-up participants and everything around them: screenings, mentors, "
        "matches, groups, sessions, contacts, notes, pathways, referrals, consents, incentives "
        "and outcomes. The same seed gives the same data.",
    )
    p.add_argument("--participants", type=int, required=True, metavar="N")
    p.add_argument("--seed", type=int, default=1, metavar="S")
    p.add_argument("--as-of", metavar="DATE", help="the last day of the data (default today)")
    p.add_argument(
        "--append", action="store_true", help="add to a site that already has participants"
    )
    p.set_defaults(func=cmd_demo)

    p = sub.add_parser("recover", help="reset a passphrase with the printed recovery code")
    p.add_argument("--user", required=True, help="whose passphrase to reset")
    p.set_defaults(func=cmd_recover)
    return parser


def _role_values() -> list[str]:
    from peerdesk.domain.roles import Role

    return [r.value for r in Role]


def main(argv: Sequence[str] | None = None) -> int:
    from peerdesk.logging_setup import configure

    args = build_parser().parse_args(argv)
    configure()
    try:
        return int(args.func(args))
    except PeerdeskError as exc:
        print(f"peerdesk: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("peerdesk: interrupted; nothing was changed by the unfinished step.", file=sys.stderr)
        return 1
    except Exception:
        log.exception("unexpected error")
        print(
            "peerdesk: an unexpected error stopped the command; nothing more was changed. "
            "Please report it.",
            file=sys.stderr,
        )
        return 1
